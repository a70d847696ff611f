// failure.js: what every loader (page, embeds, single file) does when the interactive parts fail.
//
// The error box of a panicking island (src/isolation.rs) has a reload link that repeats the page's
// own address, which alone would only scroll: the click is turned into a real reload here, in
// JavaScript that no wasm trap can stop.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-reload]') : null;
  if (link) {
    event.preventDefault();
    location.reload();
  }
});

// A wasm that cannot start leaves the static page as it is and marks <html data-wasm="failed">,
// so the page can say its widgets are static. `what` is what stays readable: 'page' or 'view'.
function couldNotStart(what) {
  return (error) => {
    document.documentElement.dataset.wasm = 'failed';
    console.warn(`r1-explainer: the interactive parts could not start; the ${what} stays readable.`, error);
  };
}
