// single-file.js: the start of the single-file edition (r1-explainer-offline.html), inlined after
// wasm-bindgen's glue, inside a block of its own so no name can clash with the glue's; `__INIT__` is
// the glue's init function. The wasm is decoded from the page itself. Same timing as the page's
// loader; no service worker.
function start() {
  const data = document.getElementById('r1-wasm');
  const text = data.textContent.trim();
  data.remove();
  const bytes = typeof Uint8Array.fromBase64 === 'function'
    ? Uint8Array.fromBase64(text)
    : Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  // One instance for every island here: the glue is inlined, so it cannot be imported once per
  // island as the site's loader does, and a panic stops all the widgets of this edition (the
  // text stays).
  watchForTraps(() => [...document.querySelectorAll('[data-island]')].map((slot) => slot.dataset.island));
  let pageText = null;
  try {
    pageText = JSON.parse(document.getElementById('r1-page-text')?.textContent ?? 'null');
  } catch {
    // Without it the widgets still start; a source card says it could not load its source.
  }
  __INIT__({ module_or_path: bytes }).then(() => mount('', pageText)).catch(couldNotStart('page'));
}

function afterPaint() {
  requestAnimationFrame(() => setTimeout(start, 0));
}

if (document.readyState === 'complete') afterPaint();
else addEventListener('load', afterPaint, { once: true });
