//! The wasm entry point: only mounts islands (the page itself is prerendered HTML). Our loader
//! decides which islands an instance runs and calls the exported `mount`; `main` mounts nothing,
//! except in the bench's client-only baseline, which Trunk's own loader starts as a plain Yew app.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    // The client-only baseline has no page text file; its page renders from compiled-in data.
    #[cfg(all(target_arch = "wasm32", feature = "client-only"))]
    r1_explainer::mount("", wasm_bindgen::JsValue::NULL);
}

/// Mounts the islands named in `keys` (comma-separated; empty for all of them), with the page
/// text the loader fetched (`null` when it could not).
#[wasm_bindgen]
pub fn mount(keys: &str, text: wasm_bindgen::JsValue) {
    #[cfg(target_arch = "wasm32")]
    r1_explainer::mount(keys, text);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (keys, text);
}
