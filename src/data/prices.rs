//! API price histories per model.
use crate::model::pricing::PricedModel;
pub const MODELS: &[PricedModel] = &[];
