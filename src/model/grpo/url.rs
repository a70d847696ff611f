//! The method explorable's URL codecs: the group as `#grpo=2200102100221010` (one reward digit per
//! answer: 0, 1 or 2, where 1 opens as a wrong answer in good format, see `Answer::from_reward`),
//! and the toy run as `#run=7&rg=64&beta=0.04&clip=0.2&dr=1`. Defaults are left out; a bad value
//! keeps its default and says why, as "From the link: …".

use super::group::{Answer, GROUP_SIZES};
use super::state::{
    parse_beta, parse_clip, parse_group_size, parse_seed, GroupState, RunState, DEFAULT_SEED,
    EXAMPLE_GROUP, RUN_GROUP_SIZE_LABEL,
};
use super::toy::DEFAULT_SETTINGS;
use crate::model::locale::tf;
use crate::model::number_input::trim_number;
use crate::model::url_state::{from_link, shorten, Fragment, UrlState};

/// Reads a group from its digits: every digit 0, 1 or 2, at least two of them; past 64 the first
/// 64 are kept, with a message.
pub fn parse_group(text: &str) -> Result<(Vec<Answer>, Option<String>), String> {
    let (fewest, most) = GROUP_SIZES;
    let answers: Option<Vec<Answer>> = text
        .bytes()
        .map(|byte| byte.checked_sub(b'0').and_then(Answer::from_reward))
        .collect();
    match answers {
        None => Err(tf!(
            "“{}” is not a group: it takes one digit per answer, 0, 1 or 2 (its reward); showing the example group.",
            shorten(text, 24)
        )),
        Some(answers) if answers.len() < fewest => Err(tf!(
            "“{}” is not a group: a group needs at least {} answers to compare; showing the example group.",
            shorten(text, 24),
            fewest
        )),
        Some(mut answers) if answers.len() > most => {
            let given = answers.len();
            answers.truncate(most);
            Ok((
                answers,
                Some(tf!(
                    "a group has at most {} answers, so the first {} of the {} given are used.",
                    most,
                    most,
                    given
                )),
            ))
        }
        Some(answers) => Ok((answers, None)),
    }
}

impl UrlState for GroupState {
    const KEYS: &'static [&'static str] = &["grpo"];
    type Context = ();

    fn from_fragment(fragment: &Fragment, _: &()) -> GroupState {
        let mut state = GroupState::new();
        if let Some(text) = fragment.get("grpo") {
            if let Some(answers) = from_link(parse_group(text), &mut state.messages) {
                state.places[..answers.len()].copy_from_slice(&answers);
                state.size = answers.len();
            }
        }
        state
    }

    fn to_pairs(&self, _: &()) -> Vec<(&'static str, String)> {
        let digits = self.digits();
        if digits == EXAMPLE_GROUP {
            Vec::new()
        } else {
            vec![("grpo", digits)]
        }
    }
}

impl UrlState for RunState {
    /// Seed, G, β, ε and the Dr. GRPO switch: everything the reader can set, so a link names the
    /// same run.
    const KEYS: &'static [&'static str] = &["run", "rg", "beta", "clip", "dr"];
    type Context = ();

    fn from_fragment(fragment: &Fragment, _: &()) -> RunState {
        let mut state = RunState::new();
        let messages = &mut state.messages;
        if let Some(text) = fragment.get("run") {
            if let Some(seed) = from_link(parse_seed(text), messages) {
                state.seed = seed;
            }
        }
        if let Some(text) = fragment.get("rg") {
            if let Some(size) = from_link(parse_group_size(RUN_GROUP_SIZE_LABEL, text), messages) {
                state.settings.group_size = size;
            }
        }
        if let Some(text) = fragment.get("beta") {
            if let Some(beta) = from_link(parse_beta(text), messages) {
                state.settings.beta = beta;
            }
        }
        if let Some(text) = fragment.get("clip") {
            if let Some(clip) = from_link(parse_clip(text), messages) {
                state.settings.clip = clip;
            }
        }
        match fragment.get("dr") {
            None | Some("0") => {}
            Some("1") => state.settings.dr_grpo = true,
            Some(other) => messages.push(tf!(
                "From the link: dr “{}” is neither 1 (Dr. GRPO) nor 0 (GRPO); using GRPO.",
                shorten(other, 20)
            )),
        }
        state
    }

    fn to_pairs(&self, _: &()) -> Vec<(&'static str, String)> {
        let defaults = DEFAULT_SETTINGS;
        let settings = &self.settings;
        let mut pairs = Vec::new();
        if self.seed != DEFAULT_SEED {
            pairs.push(("run", self.seed.to_string()));
        }
        if settings.group_size != defaults.group_size {
            pairs.push(("rg", settings.group_size.to_string()));
        }
        if settings.beta != defaults.beta {
            pairs.push(("beta", trim_number(settings.beta)));
        }
        if settings.clip != defaults.clip {
            pairs.push(("clip", trim_number(settings.clip)));
        }
        if settings.dr_grpo {
            pairs.push(("dr", "1".to_owned()));
        }
        pairs
    }
}
