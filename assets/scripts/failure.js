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

// A panic traps the wasm instance it happens in (the wasm is built to abort). The trap reaches
// JavaScript as a WebAssembly.RuntimeError: thrown out of `mount` while an island starts, or
// uncaught out of an event handler, a timer or a promise once it is live. The site's loader knows
// which instance trapped (islands.js guards each one's exports); the single-file edition, with one
// instance for all, uses `watchForTraps(islandsOf)`. Each island gives way to the error box the
// page carries in
// `<template id="island-failed">` (rendered from the same words as the rest of the page), so that
// nothing is left of the widget that would call into the trapped instance. A nightly build's
// panic carries no message; a stable build's panic hook logs it first (src/isolation.rs).
function showIslandFailure(key) {
  const slot = document.querySelector(`[data-island="${key}"]:not([data-failed])`);
  const template = document.getElementById('island-failed');
  if (!slot || !template) return;
  const box = template.content.firstElementChild.cloneNode(true);
  box.dataset.island = key;
  // A link to this very address (the widget's state is in it), which the click above reloads.
  box.querySelector('a[data-reload]')?.setAttribute('href', location.href);
  slot.replaceWith(box);
  console.error(`r1-explainer: the ${key} island stopped after a panic.`);
}

function watchForTraps(islandsOf) {
  const onTrap = (error) => {
    if (error instanceof WebAssembly.RuntimeError) islandsOf(error).forEach(showIslandFailure);
  };
  addEventListener('error', (event) => onTrap(event.error));
  addEventListener('unhandledrejection', (event) => onTrap(event.reason));
}
