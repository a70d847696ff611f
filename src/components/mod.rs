//! The component tree, one component per file. The page-level components render natively at build
//! time; the islands (see `islands.rs`) are also hydrated in the browser.

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
pub mod key_figures;
pub mod number_field;
pub mod o3_table;
pub mod page;
pub mod price_chart;
pub mod price_date_handoff;
pub mod price_table;
pub mod prose;
pub mod quote_block;
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
