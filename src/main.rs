//! The wasm entry point: only mounts islands (the page itself is prerendered HTML). The loader
//! decides which islands an instance runs, so `main` does nothing and `mount` is exported.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Mounts the islands named in `keys` (comma-separated; empty for all of them).
#[wasm_bindgen]
pub fn mount(keys: &str) {
    #[cfg(target_arch = "wasm32")]
    r1_explainer::mount(keys);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = keys;
}
