// The one script on every page, all progressive enhancement: "/" jumps to the search field,
// a notice appears while the visitor is offline, the offline service worker is registered, and
// the "Brug uden net" control works where a page has one (src/scripts/offline-control.ts).
import './offline-control';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const field = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? document.getElementById('site-search-q');
  if (field instanceof HTMLInputElement) {
    event.preventDefault();
    field.focus();
  }
});

const notice = document.getElementById('offline-notice');
const showOffline = () => {
  if (notice) notice.hidden = navigator.onLine;
};
window.addEventListener('online', showOffline);
window.addEventListener('offline', showOffline);
showOffline();

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // Offline use is an extra; the site works without it.
  });
}
