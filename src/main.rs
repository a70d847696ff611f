//! The wasm entry point: only mounts the islands (the page itself is prerendered HTML).

fn main() {
    #[cfg(target_arch = "wasm32")]
    r1_explainer::start();
}
