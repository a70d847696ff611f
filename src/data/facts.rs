//! Sourced figures cited by id from the prose.
use crate::model::facts::Fact;
pub const FACTS: &[Fact] = &[];
