// Starts the session with Keycloak, then renders the router.
import { useEffect, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from '@/app/query-client';
import { routes } from '@/app/routes';
import { initAuth, SignInUnavailable } from '@/lib/auth';

const queryClient = createQueryClient();
const router = createBrowserRouter(routes);

type AuthState = 'pending' | 'ready' | 'failed' | 'unavailable';

export function App() {
  const { t } = useTranslation();
  const [state, setState] = useState<AuthState>('pending');

  useEffect(() => {
    initAuth()
      .then((authenticated) => setState(authenticated ? 'ready' : 'pending'))
      .catch((error: unknown) => setState(error instanceof SignInUnavailable ? 'unavailable' : 'failed'));
  }, []);

  if (state === 'failed' || state === 'unavailable') {
    return (
      <main className="app-main app-main--centered" id="main">
        <h1 className="utrecht-heading-1">{t('app.name')}</h1>
        <p role="alert">{t(state === 'unavailable' ? 'app.signInUnavailable' : 'app.authFailed')}</p>
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => window.location.reload()}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  if (state === 'pending') {
    return (
      <main className="app-main app-main--centered" id="main">
        <h1 className="utrecht-heading-1">{t('app.name')}</h1>
        <p role="status">{t('app.signingIn')}</p>
      </main>
    );
  }
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
