//! The six sections of the explainer.
use super::Section;
pub const SECTIONS: &[Section] = &[];
