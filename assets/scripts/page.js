// page.js: the end of the full page's loader, which decides when the wasm starts. Only when a
// reader is about to use it: when a widget comes within a screen of the viewport, when the pointer
// or focus reaches a figure (its source card) or a widget, or at once when the address carries a
// widget's state (`#…=…`), since the prerendered widgets show the default view. Until the load is
// over nothing of it is fetched, so nothing competes with the text for the network or the main
// thread; at the first idle moment after it the downloads begin (`fetchWhenIdle`), but no island
// runs before it is wanted. A click on a figure before the wasm is up is replayed once it is.
//
// Once the page has loaded and the main thread is idle, it registers the service worker `sw.js`
// (assets/scripts/service-worker.js), which precaches the site in the background for offline use.
// Where service workers are missing or refused (old browsers, some private modes) the site works as
// before, only without offline use.
function registerServiceWorker() {
  try {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register(new URL('./sw.js', import.meta.url).href).catch(() => {});
    }
  } catch {
    // No service worker here: the page works online as it is.
  }
}

let started = false;
let pendingFigure = null;

function start() {
  if (started) return;
  started = true;
  performance.mark?.('r1:islands-start');
  startIslands().then(() => {
    pendingFigure?.click();
  }).catch(couldNotStart('page'));
}

const WANTED = 'button.fact, [data-island]';

function startWhenWanted() {
  const widgets = [...document.querySelectorAll('[data-island]')].filter((slot) => slot.dataset.island !== 'cards');
  if (location.hash.includes('=') || widgets.length === 0 || !('IntersectionObserver' in window)) {
    start();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      start();
    }
  }, { rootMargin: '100% 0px' });
  for (const widget of widgets) observer.observe(widget);
  for (const type of ['pointerover', 'focusin', 'touchstart']) {
    document.addEventListener(type, (event) => {
      if (event.target instanceof Element && event.target.closest(WANTED)) start();
    }, { passive: true, capture: true });
  }
  document.addEventListener('click', (event) => {
    const figure = event.target instanceof Element ? event.target.closest('button.fact') : null;
    if (figure && document.body.dataset.hydrated !== 'true') pendingFigure = figure;
  }, { capture: true });
  addEventListener('hashchange', () => {
    if (location.hash.includes('=')) start();
  });
}

// A reader who asked for less data (Save-Data) or is on a very slow line downloads the wasm only
// when a widget comes near; everyone else gets it at the first idle moment after the load.
function fetchWhenIdle() {
  const connection = navigator.connection;
  if (connection?.saveData || /(^|-)2g$/.test(connection?.effectiveType ?? '')) return;
  if ('requestIdleCallback' in window) requestIdleCallback(fetchIslands, { timeout: 2000 });
  else setTimeout(fetchIslands, 0);
}

function afterLoad() {
  startWhenWanted();
  if (!started) fetchWhenIdle();
  // The offline copy is made in the background, when nothing else is going on: a few seconds
  // after the load, then at an idle moment. (A reload in the very moment the worker was being
  // registered and installing now and then never finished loading in headless Chromium; a reader
  // who reloads at once is better served by a plain page load anyway.)
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(registerServiceWorker, { timeout: 3000 });
    else registerServiceWorker();
  }, 4000);
}

if (document.readyState === 'complete') afterLoad();
else addEventListener('load', afterLoad, { once: true });
