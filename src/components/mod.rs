//! The component tree, one component per file. The page-level components render natively at build
//! time; the islands (see `islands.rs`) are also hydrated in the browser.

pub mod benchmark_table;
pub mod citation;
pub mod claim_check;
pub mod fact_table;
pub mod o3_table;
pub mod page;
pub mod price_explorer;
pub mod price_table;
pub mod prose;
pub mod quote_block;
pub mod section_view;
pub mod sources_list;
pub mod table_of_contents;
pub mod timeline_list;
