//! The method explorable's two reducers: the group explorer (which answers are right and well
//! formatted, and G) and the toy run's controls (seed, G, β, ε, Dr. GRPO), with the messages that
//! explain any input that could not be taken as typed.

use super::group::{advantages, Advantages, Answer, LossReading, Scaling, GROUP_SIZES};
use super::toy::{Run, Settings, BETA_RANGE, CLIP_RANGE, DEFAULT_SETTINGS};
use crate::model::locale::{tf, tr};
use crate::model::number_input::{decimal, parse_number, trim_number, NumberSpec};
use crate::model::url_state::UrlState;

/// The group the explorer opens on, one reward digit per answer (G = 16, R1-Zero's group size).
pub const EXAMPLE_GROUP: &str = "2200102100221010";

/// The example's answers, repeated to fill all 64 places: answers past G keep these until the
/// reader changes them.
const fn example_answers() -> [Answer; GROUP_SIZES.1] {
    let digits = EXAMPLE_GROUP.as_bytes();
    let mut answers = [Answer::WRONG; GROUP_SIZES.1];
    let mut i = 0;
    while i < GROUP_SIZES.1 {
        if let Some(answer) = Answer::from_reward(digits[i % digits.len()] - b'0') {
            answers[i] = answer;
        }
        i += 1;
    }
    answers
}

pub const GROUP_SIZE_LABEL: &str = "Answers in the group";

/// Ready-made groups, each making one point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupPreset {
    /// The example group.
    Example,
    /// Every answer right and well formatted: all advantages 0, nothing learnt.
    AllRight,
    /// Every answer wrong and badly formatted: the same.
    AllWrong,
    /// One right answer among wrong ones: it carries a large advantage, each wrong one a small
    /// negative one.
    OneRight,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GroupState {
    /// Every place the reader can show; the first `size` are the group. Places past G keep their
    /// answers, so making the group smaller and then larger again loses no toggle.
    pub places: [Answer; GROUP_SIZES.1],
    /// G.
    pub size: usize,
    /// Visible explanations of input that was clamped, rounded or refused.
    pub messages: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum GroupAction {
    /// Flips answer `i`'s accuracy reward.
    ToggleCorrect(usize),
    /// Flips answer `i`'s format reward.
    ToggleFormat(usize),
    /// Raw text from the G field or slider.
    SetSize(String),
    /// Fills the group (keeping G) with a ready-made pattern.
    Preset(GroupPreset),
    /// The example group at G = 16.
    Reset,
    /// Restores the group from the URL fragment (on load and on back/forward).
    LoadFragment(String),
}

impl GroupState {
    pub fn new() -> GroupState {
        GroupState {
            places: example_answers(),
            size: EXAMPLE_GROUP.len(),
            messages: Vec::new(),
        }
    }

    /// The group: its first `size` answers.
    pub fn answers(&self) -> &[Answer] {
        &self.places[..self.size]
    }

    pub fn rewards(&self) -> Vec<u8> {
        self.answers()
            .iter()
            .map(|answer| answer.reward())
            .collect()
    }

    /// The group's advantages, scaled by its std as GRPO does.
    pub fn advantages(&self) -> Advantages {
        advantages(&self.rewards(), Scaling::ByStd)
    }

    /// "Why the loss is near zero" for this group, with a KL weight and per-token KL estimate
    /// (a toy run's row gives both: `Settings::beta` and `Row::kl`).
    pub fn loss_reading(&self, beta: f64, kl: f64) -> LossReading {
        LossReading::new(&self.advantages(), beta, kl)
    }

    /// One reward digit per answer: the URL's `grpo` value.
    pub fn digits(&self) -> String {
        self.answers()
            .iter()
            .map(|answer| char::from(b'0' + answer.reward()))
            .collect()
    }

    /// Applies an action to a copy.
    pub fn apply(&self, action: GroupAction) -> GroupState {
        let mut next = self.clone();
        next.messages.clear();
        match action {
            GroupAction::ToggleCorrect(i) => {
                if let Some(answer) = next.places[..next.size].get_mut(i) {
                    answer.correct = !answer.correct;
                }
            }
            GroupAction::ToggleFormat(i) => {
                if let Some(answer) = next.places[..next.size].get_mut(i) {
                    answer.formatted = !answer.formatted;
                }
            }
            GroupAction::SetSize(text) => {
                if let Some(size) = typed(
                    parse_group_size(GROUP_SIZE_LABEL, &text),
                    &mut next.messages,
                ) {
                    next.size = size;
                }
            }
            GroupAction::Preset(preset) => {
                let example = example_answers();
                for (i, answer) in next.places[..next.size].iter_mut().enumerate() {
                    *answer = match preset {
                        GroupPreset::Example => example[i],
                        GroupPreset::AllRight => Answer::RIGHT,
                        GroupPreset::AllWrong => Answer::WRONG,
                        GroupPreset::OneRight if i == 0 => Answer::RIGHT,
                        GroupPreset::OneRight => Answer::WRONG,
                    };
                }
            }
            GroupAction::Reset => return GroupState::new(),
            GroupAction::LoadFragment(hash) => return GroupState::from_hash(&hash, &()),
        }
        next
    }
}

impl Default for GroupState {
    fn default() -> Self {
        GroupState::new()
    }
}

/// A value typed into a field: kept when it parses, with whatever the reader should know about
/// it (a clamp, a rounding); when refused, the message says why and `None` keeps the old value.
fn typed<T>(parsed: Result<(T, Option<String>), String>, messages: &mut Vec<String>) -> Option<T> {
    match parsed {
        Ok((value, message)) => {
            messages.extend(message);
            Some(value)
        }
        Err(message) => {
            messages.push(message);
            None
        }
    }
}

/// A whole number typed into a field (G, a seed), clamped to `range` or rounded, with a message
/// saying so (`parse_number`'s own rounding message speaks of tokens and requests).
pub(super) fn parse_whole(
    label: &'static str,
    (low, high): (u64, u64),
    text: &str,
) -> Result<(u64, Option<String>), String> {
    let spec = NumberSpec {
        label,
        range: (low as f64, high as f64),
        whole: false,
        show: |value: f64| (value as u64).to_string(),
    };
    let (value, message) = parse_number(&spec, text)?;
    if value.fract() == 0.0 {
        return Ok((value as u64, message));
    }
    let rounded = value.round() as u64;
    Ok((
        rounded,
        Some(tf!(
            "{}: rounded to {} (whole numbers only).",
            tr(label),
            rounded
        )),
    ))
}

/// G as a field gives it, within `GROUP_SIZES`.
pub(super) fn parse_group_size(
    label: &'static str,
    text: &str,
) -> Result<(usize, Option<String>), String> {
    let (fewest, most) = GROUP_SIZES;
    parse_whole(label, (fewest as u64, most as u64), text)
        .map(|(size, message)| (size as usize, message))
}

/// The seed the run opens with.
pub const DEFAULT_SEED: u32 = 1;
pub const SEED_LABEL: &str = "Seed";
pub const RUN_GROUP_SIZE_LABEL: &str = "Answers per question (G)";
pub const BETA_LABEL: &str = "KL weight β";
pub const CLIP_LABEL: &str = "Clip range ε";

/// The toy run's controls: what the reader chose, which names one run. The run itself (`Run`,
/// computed step by step off the render path) is the view's to hold.
#[derive(Clone, Debug, PartialEq)]
pub struct RunState {
    pub settings: Settings,
    pub seed: u32,
    pub messages: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RunAction {
    /// Raw text from the seed field.
    SetSeed(String),
    /// The next seed (seed + 1, wrapping): another run, on request, with no clock involved.
    NextSeed,
    /// Raw text from the G field or slider.
    SetGroupSize(String),
    /// Raw text from the β field.
    SetBeta(String),
    /// Raw text from the ε field.
    SetClip(String),
    SetDrGrpo(bool),
    /// The default run: seed 1, the default settings.
    Reset,
    /// Restores the run's settings from the URL fragment.
    LoadFragment(String),
}

impl RunState {
    pub fn new() -> RunState {
        RunState {
            settings: DEFAULT_SETTINGS,
            seed: DEFAULT_SEED,
            messages: Vec::new(),
        }
    }

    /// The run these controls name, not yet computed.
    pub fn run(&self) -> Run {
        Run::new(self.settings, self.seed)
    }

    /// Applies an action to a copy.
    pub fn apply(&self, action: RunAction) -> RunState {
        let mut next = self.clone();
        next.messages.clear();
        match action {
            RunAction::SetSeed(text) => {
                if let Some(seed) = typed(parse_seed(&text), &mut next.messages) {
                    next.seed = seed;
                }
            }
            RunAction::NextSeed => next.seed = next.seed.wrapping_add(1),
            RunAction::SetGroupSize(text) => {
                let size = parse_group_size(RUN_GROUP_SIZE_LABEL, &text);
                if let Some(size) = typed(size, &mut next.messages) {
                    next.settings.group_size = size;
                }
            }
            RunAction::SetBeta(text) => {
                if let Some(beta) = typed(parse_beta(&text), &mut next.messages) {
                    next.settings.beta = beta;
                }
            }
            RunAction::SetClip(text) => {
                if let Some(clip) = typed(parse_clip(&text), &mut next.messages) {
                    next.settings.clip = clip;
                }
            }
            RunAction::SetDrGrpo(on) => next.settings.dr_grpo = on,
            RunAction::Reset => return RunState::new(),
            RunAction::LoadFragment(hash) => return RunState::from_hash(&hash, &()),
        }
        next
    }
}

impl Default for RunState {
    fn default() -> Self {
        RunState::new()
    }
}

pub(super) fn parse_seed(text: &str) -> Result<(u32, Option<String>), String> {
    parse_whole(SEED_LABEL, (0, u64::from(u32::MAX)), text)
        .map(|(seed, message)| (seed as u32, message))
}

/// A setting with decimals (β, ε), kept to the six decimals a link writes (`trim_number`), so a
/// link always names the run the reader saw.
fn parse_fraction(
    label: &'static str,
    range: (f64, f64),
    text: &str,
) -> Result<(f64, Option<String>), String> {
    let spec = NumberSpec {
        label,
        range,
        whole: false,
        show: trim_number,
    };
    let (value, message) = parse_number(&spec, text)?;
    let kept = decimal(&trim_number(value)).unwrap_or(value);
    if kept == value {
        return Ok((value, message));
    }
    Ok((
        kept,
        Some(tf!(
            "{}: rounded to {} (six decimals at most).",
            tr(label),
            trim_number(kept)
        )),
    ))
}

pub(super) fn parse_beta(text: &str) -> Result<(f64, Option<String>), String> {
    parse_fraction(BETA_LABEL, BETA_RANGE, text)
}

pub(super) fn parse_clip(text: &str) -> Result<(f64, Option<String>), String> {
    parse_fraction(CLIP_LABEL, CLIP_RANGE, text)
}
