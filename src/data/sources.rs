//! The documents every figure comes from, in the order of the page's numbered Sources list.
use crate::model::facts::Source;
pub const SOURCES: &[Source] = &[];
