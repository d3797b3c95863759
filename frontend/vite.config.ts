/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig, loadEnv, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { offlinePlugin } from './offline-plugin.ts';

// The SPA always calls the API at the relative path /api; the dev server and `vite preview`
// forward it to the backend, so the browser never needs CORS.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const target = env.VITE_API_PROXY_TARGET || 'http://127.0.0.1:8080';
  const proxy: Record<string, ProxyOptions> = { '/api': { target, changeOrigin: false } };

  return {
    plugins: [react(), offlinePlugin()],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: { port: 5173, strictPort: true, proxy },
    preview: { port: 4173, strictPort: true, proxy },
    build: { sourcemap: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      // The 2-core CI machine runs these while Keycloak starts beside them; the heaviest
      // dashboard tests then need more than Vitest's 5 s default (a timeout, not a failure).
      testTimeout: 20_000,
    },
  };
});
