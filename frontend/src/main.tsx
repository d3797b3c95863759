import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/styles/index.css';
import { enableAnonymousApi } from '@/lib/api-client';
import { setupI18n } from '@/lib/i18n';
import { isPublicPath } from '@/lib/start-mode';
import { registerServiceWorker } from '@/lib/service-worker';
import { App } from '@/app/app';
import { PublicApp } from '@/app/public-app';

setupI18n();

// The public pages never start Keycloak: decided from the address, before anything calls the API.
const publicPage = isPublicPath(window.location.pathname);
if (publicPage) enableAnonymousApi();

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');
createRoot(container).render(<StrictMode>{publicPage ? <PublicApp /> : <App />}</StrictMode>);

registerServiceWorker();
