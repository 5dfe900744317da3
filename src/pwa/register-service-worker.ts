/**
 * Installs the service worker that keeps the app working offline after the first visit. Relative to the
 * page, so the app can live under any sub-path; production builds only (the worker precaches built files).
 */
export function registerServiceWorker(nav: Navigator = navigator, win: Window = window): void {
  if (!('serviceWorker' in nav)) return;
  const register = () => {
    nav.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => {
      console.warn('Service worker not registered; the app will not work offline.', error);
    });
  };
  // After the page's own loading, so precaching does not compete with it.
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
