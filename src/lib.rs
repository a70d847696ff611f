//! r1-explainer: the modules, in layers: `model` (pure Rust), `data` and `content` (facts and
//! prose), `components` (the view), `island` and `mount` (the interactive parts and how they meet
//! the static page). `render_page` serves the prerender; `mount` is the browser's entry point.

pub mod bench;
pub mod browser;
pub mod components;
pub mod content;
pub mod data;
pub mod island;
pub mod isolation;
pub mod model;
pub mod mount;
pub mod shared;

#[cfg(target_arch = "wasm32")]
pub use mount::mount;
#[cfg(feature = "ssr")]
pub use mount::{page_text, render_embed, render_island, render_page};

// Talc instead of std's dlmalloc: the same single-threaded heap that grows the linear memory on
// demand, for a few KB less wasm (issue 15; `cargo xtask size` shows the difference).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static HEAP: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
