// offline-note.js: the note that says the page is the copy saved on this device (part of the
// page's loader and of the single-file edition). The service worker marks a page it had to serve
// from its cache with <html data-offline>; the browser's online/offline events cover the rest. The
// note is `position: fixed`, so it never moves the text.
const offlineNote = document.getElementById('offline-note');
function showOfflineState() {
  if (offlineNote) offlineNote.hidden = navigator.onLine && !document.documentElement.hasAttribute('data-offline');
}
addEventListener('online', () => {
  document.documentElement.removeAttribute('data-offline');
  showOfflineState();
});
addEventListener('offline', showOfflineState);
showOfflineState();
