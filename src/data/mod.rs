//! Every number, date, price, quote and source the explainer shows, as typed constants checked
//! against ../shared/facts.md. Prose and components look facts up here by id; nothing else in
//! the code base types a figure.

pub mod benchmarks;
pub mod events;
pub mod facts;
pub mod prices;
pub mod quotes;
pub mod sources;

use crate::model::date::Date;
use crate::model::facts::{Fact, Quote, Source};

/// The day the data was last checked against its sources; shown on the page and in citations.
pub const DATA_VERSION: Date = Date::ymd(2026, 12, 1);

pub fn fact(id: &str) -> Option<&'static Fact> {
    facts::FACTS.iter().find(|fact| fact.id == id)
}

pub fn source(id: &str) -> Option<&'static Source> {
    sources::SOURCES.iter().find(|source| source.id == id)
}

/// The 1-based number of a source in the page's Sources list.
pub fn source_number(id: &str) -> Option<usize> {
    sources::SOURCES
        .iter()
        .position(|source| source.id == id)
        .map(|index| index + 1)
}

pub fn quote(id: &str) -> Option<&'static Quote> {
    quotes::QUOTES.iter().find(|quote| quote.id == id)
}

#[cfg(test)]
mod tests;
