//! The component tree, one piece per file. The page-level pieces render natively at build time;
//! the islands (see `island.rs` and `mount.rs`) are also hydrated in the browser.
//!
//! A piece is a `#[component]` when it holds state or hooks (the widgets, the handoff button, the
//! source cards) or is a unit the page composes by name (sections, tables, the glossary). It is a
//! plain function returning `Html` (`table_shell`, `bar_chart`, `citation`, `fact_ref`,
//! `number_field`, `score_chart`, `key_figures`, `event_list`, the share tools) when it is stateless
//! markup called from inside one: each component is a type of its own in the wasm, with its
//! properties, comparison and lifecycle code, so helpers that need none of that stay functions.
//! Values go down as props; events come up as `on<verb>` callbacks; a widget's state lives in a
//! reducer in `model/` with an `Action` enum.

pub mod bar_chart;
pub mod benchmark_chart;
pub mod benchmark_table;
pub mod citation;
pub mod claim_check;
pub mod cost_widget;
pub mod embed_button;
pub mod embed_page;
pub mod event_list;
pub mod fact_table;
pub mod fragment_sync;
pub mod glossary;
pub mod island_failed;
pub mod key_figures;
pub mod number_field;
pub mod o3_table;
pub mod page;
pub mod prerendered;
pub mod price_chart;
pub mod price_date_handoff;
pub mod price_table;
pub mod prose;
pub mod quote_block;
pub mod reducer;
pub mod score_chart;
pub mod section_view;
pub mod share_tools;
pub mod source_cards;
pub mod sources_list;
pub mod table;
pub mod table_of_contents;
pub mod timeline;
pub mod timeline_chart;
pub mod timeline_details;
pub mod timeline_list;
pub mod training_panel;
