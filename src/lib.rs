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
