//! Exact quotations of named people.
use crate::model::facts::Quote;
pub const QUOTES: &[Quote] = &[];
