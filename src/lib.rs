//! r1-explainer: the page (App) and its modules.
pub mod content;
pub mod data;
pub mod model;
