//! The method explorable's model (island `grpo`): a GRPO group and its advantages (`group`), the
//! seeded toy run (`toy`), its table and CSV (`table`), the two reducers (`state`) and their URL
//! codecs (`url`). Pure Rust, tested natively (`tests`); the view only renders these values.
//!
//! What the view calls: `GroupState::new().apply(GroupAction::…)`, then `advantages()` (values,
//! `teaches_nothing()`, `mean_push()`) and `loss_reading(β, row.kl)`; `RunState::run()` gives a
//! `Run`, whose `advance(n)` computes n steps (the view spreads them over idle moments) and whose
//! `rows()` feed `Column::cell` and `csv`; the prerender calls `run_to_end()`.

mod group;
mod state;
mod table;
mod toy;
mod url;

pub use group::{
    advantages, Advantages, Answer, LossReading, Scaling, Spread, GROUP_SIZES, SPREAD,
};
pub use state::{
    GroupAction, GroupPreset, GroupState, RunAction, RunState, BETA_LABEL, CLIP_LABEL,
    DEFAULT_SEED, EXAMPLE_GROUP, GROUP_SIZE_LABEL, RUN_GROUP_SIZE_LABEL, SEED_LABEL,
};
pub use table::{csv, milestones, shown, Column};
pub use toy::{
    fingerprint, Row, Run, Settings, BETA_RANGE, CLIP_RANGE, DEFAULT_RUN_FINGERPRINT,
    DEFAULT_SETTINGS, FADE, FIRST_STEP_CHANCES, MAX_LENGTH,
};
pub use url::parse_group;

#[cfg(test)]
mod tests;
