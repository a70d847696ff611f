//! Pure Rust, no yew or web-sys: dates, the number formatter, fact and price types, cost maths and
//! the prose markup. Everything here is tested natively with exact expected values.

pub mod benchmarks;
pub mod chart;
pub mod citation;
pub mod cost;
pub mod date;
pub mod edition_files;
pub mod embed;
pub mod facts;
pub mod format;
pub mod grpo;
pub mod locale;
pub mod number_input;
pub mod page_text;
pub mod price_chart;
pub mod pricing;
pub mod source_card;
pub mod template;
pub mod timeline;
pub mod training;
pub mod url_state;
