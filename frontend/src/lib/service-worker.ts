// Registers the service worker of the production build (public/ has none in development): it
// keeps the app shell and static files for the check-in page at a door without Wi-Fi.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // without it the app still works online
    });
  });
}
