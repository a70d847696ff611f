// islands.js: starts the islands, `startIslands()`; part of every loader of the site (page and
// embeds), filled in by `cargo xtask build` (xtask/src/scripts.rs) with the names of this build's
// JS glue and wasm.
//
// The wasm is built to abort on panic, so a panic traps the whole instance it happens in. Each
// island therefore gets an instance of its own: the module is fetched and compiled once, and the
// glue is imported once per island under a different `#fragment`, which gives each import its own
// copy of the glue's state without a second download (fragments never reach the server, the HTTP
// cache or the service worker). Each instance's exports are guarded, so a panicking island shows its
// error box (failure.js) and the others carry on. A page with no island
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

// An instance whose every export reports a trap as its island's before the error goes on, so the
// island that trapped is known for certain (a stack trace cannot tell: the browser may name every
// copy of the glue after the first one it compiled). The innermost export the trap leaves names it.
function guarded(instance, key) {
  const exports = {};
  for (const [name, value] of Object.entries(instance.exports)) {
    exports[name] = typeof value !== 'function' ? value : function guardedExport(...args) {
      try {
        return value.apply(this, args);
      } catch (error) {
        if (error instanceof WebAssembly.RuntimeError && !error.island) {
          error.island = key;
          showIslandFailure(key);
        }
        throw error;
      }
    };
  }
  return Object.create(WebAssembly.Instance.prototype, { exports: { value: Object.freeze(exports) } });
}

// Each island's copy of the glue, imported once. The first island's is asked for together with the
// wasm, not after it: on a slow phone that import is a round trip of its own (about 185 ms of the
// 1.4 s the bench's phone took from scrolling to a live widget).
// Never two requests for the glue at once: an import waits for the download into the HTTP cache
// if one is under way (`fetchIslands`), and finds the glue there. The rare hydrations that hung in
// the tests (every download done, no island live) were all on pages that start at once, where the
// download and the first import used to be in flight together.
const glues = new Map();
let glueCached = Promise.resolve();
function glueFor(tag) {
  if (!glues.has(tag)) glues.set(tag, glueCached.then(() => import(tag ? `${glueUrl}#${tag}` : glueUrl)));
  return glues.get(tag);
}

async function startInstance(tag, keys) {
  const glue = await glueFor(tag);
  const module = await compiled;
  // The glue instantiates the module itself (only it has the imports): it is handed a guarded
  // instance instead, for the moment of its start (islands start one at a time).
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (...args) => guarded(await instantiate(...args), tag);
  try {
    await glue.default({ module_or_path: module });
  } finally {
    WebAssembly.instantiate = instantiate;
  }
  glue.mount(keys, await pageText);
}

let compiled;
let pageText;

// The downloads alone, started once: the wasm (compiled as it arrives, off the main thread), the
// page text and the glue, none of them run. The page asks for them when its load is over and the
// main thread is idle, so that a reader who scrolls to a widget after reading the first screen
// finds everything there (on the bench's phone the download was most of the wait); starting the
// islands asks for them too, and takes what has already arrived.
function fetchModule() {
  if (compiled) return;
  compiled = compileWasm();
  pageText = fetchText();
  // Failures show up where the islands start; a download alone must not count as unhandled.
  compiled.catch(() => {});
}

function fetchIslands() {
  if (compiled) return;
  fetchModule();
  // Into the HTTP cache, where each island's import of the glue finds it (imports carry a
  // fragment, so a module preload would not be reused). Islands that start at once import it
  // themselves instead (`startIslands`).
  glueCached = fetch(glueUrl).then((response) => response.arrayBuffer()).then(() => {}, () => {});
}

async function startIslands() {
  let keys = [...document.querySelectorAll('[data-island]')].map((slot) => slot.dataset.island);
  earlyInput.starting(keys);
  // The downloads first: the order below measures the page, which on a slow phone takes a while.
  fetchModule();
  // The widget the reader is looking at starts first, then the others by their distance from the
  // viewport: on a slow phone each start is a task of its own, and the one in view is the one the
  // reader is waiting for. The source cards serve figures anywhere on the page, so they always
  // start, last.
  const distance = (key) => {
    const box = document.querySelector(`[data-island="${key}"]`)?.getBoundingClientRect();
    if (!box) return Infinity;
    return box.bottom < 0 ? -box.bottom : Math.max(0, box.top - innerHeight);
  };
  if (keys.length > 0) {
    const order = keys.filter((key) => key !== 'cards').map((key) => [distance(key), key]);
    order.sort((a, b) => a[0] - b[0]);
    keys = [...order.map(([, key]) => key), 'cards'];
  }
  // A failed import shows up where the island starts; here it must not count as unhandled.
  glueFor(keys[0] ?? '').catch(() => {});
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
  let failures = 0;
  for (const key of keys) {
    try {
      await startInstance(key, key);
      // Live: what the reader did meanwhile is applied, in order, before the next island starts.
      await earlyInput.live(key);
    } catch (error) {
      // A trap while mounting has put up the island's error box; the next island still starts.
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
