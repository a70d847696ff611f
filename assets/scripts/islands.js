// islands.js: starts the islands, `startIslands()`; part of every loader of the site (page and
// embeds), filled in by `cargo xtask build` (xtask/src/scripts.rs) with the names of this build's
// JS glue and wasm.
//
// The wasm is built with `panic = "abort"`, so a panic traps the whole instance it happens in.
// Each island therefore gets an instance of its own: the module is fetched and compiled once, and
// the glue is imported once per island under a different `#fragment`, which gives each import its
// own copy of the glue's state without a second download (fragments never reach the server, the
// HTTP cache or the service worker). A panicking island shows its error box (src/isolation.rs) and
// the others carry on. A page with no island slots (the bench's client-only baseline draws the page
// itself) gets one instance for everything.
const glueUrl = new URL('__GLUE__', import.meta.url).href;
const wasmUrl = new URL('__WASM__', import.meta.url);

async function compileWasm() {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`failed to fetch the wasm: HTTP ${response.status}`);
  if (response.headers.get('Content-Type') === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

async function startInstance(tag, keys) {
  const glue = await import(tag ? `${glueUrl}#${tag}` : glueUrl);
  await glue.default({ module_or_path: await compiled });
  glue.mount(keys);
}

let compiled;

async function startIslands() {
  const keys = [...document.querySelectorAll('[data-island]')].map((slot) => slot.dataset.island);
  earlyInput.starting(keys);
  compiled = compileWasm();
  try {
    await compiled;
  } catch (error) {
    keys.forEach((key) => earlyInput.failed(key));
    throw error;
  }
  if (keys.length === 0) {
    await startInstance('', '');
    return;
  }
  // The source cards serve figures anywhere on the page, so they always start, last.
  if (!keys.includes('cards')) keys.push('cards');
  else keys.push(keys.splice(keys.indexOf('cards'), 1)[0]);
  let failures = 0;
  for (const key of keys) {
    try {
      await startInstance(key, key);
      // Live: what the reader did meanwhile is applied, in order, before the next island starts.
      await earlyInput.live(key);
    } catch (error) {
      // A trap while mounting: the island's own error box is up; the next island still starts.
      failures += 1;
      earlyInput.failed(key);
      console.error(`r1-explainer: the ${key} island could not start.`, error);
    }
    // One island per task, so input is handled between them on slow phones.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (failures === keys.length) throw new Error('no island started');
  // Lets tests and the bench know the islands are live.
  document.body.dataset.hydrated = 'true';
}
