/**
 * Lindung installs as a web app (web/public/manifest.webmanifest) and keeps its shell for use
 * without a signal through its service worker (web/pwa/sw.js, written to /sw.js by build:web).
 * Only the built app registers it: the dev server has no /sw.js.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Not a secure context (plain http on a LAN address) or blocked: the app works online as before.
    });
  });
}
