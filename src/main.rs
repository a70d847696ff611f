//! The wasm entry point: only mounts islands (the page itself is prerendered HTML). Our loader
//! decides which islands an instance runs and calls the exported `mount`; `main` mounts nothing,
//! except in the bench's client-only baseline, which Trunk's own loader starts as a plain Yew app.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    #[cfg(all(target_arch = "wasm32", feature = "client-only"))]
    r1_explainer::mount("");
}

/// Mounts the islands named in `keys` (comma-separated; empty for all of them).
#[wasm_bindgen]
pub fn mount(keys: &str) {
    #[cfg(target_arch = "wasm32")]
    r1_explainer::mount(keys);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = keys;
}
