// islands.js: starts the islands, `startIslands()`; part of every loader of the site (page and
// embeds), filled in by `cargo xtask build` (xtask/src/scripts.rs) with the names of this build's
// JS glue and wasm.
//
// The wasm is built to abort on panic, so a panic traps the whole instance it happens in. Each
// island therefore gets an instance of its own: the module is fetched and compiled once, and the
// glue is imported once per island under a different `#fragment`, which gives each import its own
// copy of the glue's state without a second download (fragments never reach the server, the HTTP
// cache or the service worker). The fragment also names the island in the stack of a trap, so a
// panicking island shows its error box (failure.js) and the others carry on. A page with no island
// slots (the bench's client-only baseline draws the page itself) gets one instance for everything.
const glueUrl = new URL('__GLUE__', import.meta.url).href;
const wasmUrl = new URL('__WASM__', import.meta.url);
// The text the islands show but do not carry (src/model/page_text.rs), fetched beside the wasm.
const textUrl = new URL('__TEXT__', import.meta.url);

async function compileWasm() {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`failed to fetch the wasm: HTTP ${response.status}`);
  if (response.headers.get('Content-Type') === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

// The page text as a plain object, or null when it cannot be had (missing, truncated, not JSON):
// the islands then start without it, and a source card says it could not load its source.
async function fetchText() {
  try {
    const response = await fetch(textUrl);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

async function startInstance(tag, keys) {
  const glue = await import(tag ? `${glueUrl}#${tag}` : glueUrl);
  await glue.default({ module_or_path: await compiled });
  glue.mount(keys, await pageText);
}

let compiled;
let pageText;

// The island whose glue the trap's stack passes through (`…/r1-explainer-<hash>.js#cost:12:34`).
watchForTraps((error) => {
  const keys = [...String(error.stack).matchAll(/\.js#([a-z-]+):/g)].map((match) => match[1]);
  return keys.length > 0 ? [keys[0]] : [];
});

async function startIslands() {
  const keys = [...document.querySelectorAll('[data-island]')].map((slot) => slot.dataset.island);
  earlyInput.starting(keys);
  compiled = compileWasm();
  pageText = fetchText();
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
      // A trap while mounting: the island gives way to its error box; the next island still starts.
      if (error instanceof WebAssembly.RuntimeError) showIslandFailure(key);
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
