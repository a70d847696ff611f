//! The cost widget's URL codec: `#in=2000&m=o1,r1&d=2025-01-27`. Defaults are left out, and
//! every bad value falls back to its default with a message naming the key.

use super::state::{parse_date, parse_field, CostState, Field, Scale};
use crate::model::locale::{t, tf};
use crate::model::number_input::trim_number;
use crate::model::pricing::Catalogue;
use crate::model::url_state::{from_link, say_unknown, shorten, Fragment, UrlState};

impl UrlState for CostState {
    /// The URL keys the cost widget owns.
    const KEYS: &'static [&'static str] = &[
        "in", "cache", "out", "think", "rpd", "m", "base", "d", "scale",
    ];
    type Context = Catalogue;

    /// Reads the widget's keys from a fragment; every bad value falls back to its default and
    /// adds a message naming the key and what was wrong.
    fn from_fragment(fragment: &Fragment, catalogue: &Catalogue) -> CostState {
        let days = catalogue.days();
        let catalogue = catalogue.models;
        let mut state = CostState::new();
        for field in Field::ALL {
            if let Some(text) = fragment.get(field.url_key()) {
                if let Some(value) = from_link(parse_field(field, text), &mut state.messages) {
                    state.set_field_value(field, value);
                }
            }
        }
        if let Some(list) = fragment.get("m") {
            let mut keys: Vec<&'static str> = Vec::new();
            let mut unknown = Vec::new();
            for key in list.split(',').filter(|key| !key.is_empty()) {
                match catalogue.iter().find(|model| model.key == key) {
                    Some(model) if !keys.contains(&model.key) => keys.push(model.key),
                    Some(_) => {}
                    None => unknown.push(key),
                }
            }
            say_unknown(&unknown, t!("model"), &mut state.messages);
            keys.sort_by_key(|key| catalogue.iter().position(|model| model.key == *key));
            if keys.len() >= 2 {
                state.selected = keys;
                state.baseline = state.selected[0];
            } else {
                state.messages.push(
                    t!("From the link: fewer than two known models, so showing o1 and DeepSeek-R1.")
                        .into(),
                );
            }
        }
        if let Some(base) = fragment.get("base") {
            match state.selected.iter().find(|key| **key == base) {
                Some(key) => state.baseline = key,
                None => state.messages.push(tf!("From the link: “{}” is not among the compared models, so the first one is the baseline.", shorten(base, 20))),
            }
        }
        if let Some(text) = fragment.get("d") {
            if let Some(day) = from_link(parse_date(text, days), &mut state.messages) {
                state.date = day;
            }
        }
        match fragment.get("scale") {
            Some("log") => state.scale = Scale::Log,
            Some("linear") | None => {}
            Some(other) => state.messages.push(tf!(
                "From the link: scale “{}” is neither linear nor log; using linear.",
                shorten(other, 20)
            )),
        }
        state
    }

    fn to_pairs(&self, _: &Catalogue) -> Vec<(&'static str, String)> {
        let defaults = CostState::new();
        let mut pairs = Vec::new();
        for field in Field::ALL {
            let value = self.field_value(field);
            if value != defaults.field_value(field) {
                pairs.push((field.url_key(), trim_number(value)));
            }
        }
        if self.selected != defaults.selected {
            pairs.push(("m", self.selected.join(",")));
        }
        if self.baseline != self.selected[0] {
            pairs.push(("base", self.baseline.to_owned()));
        }
        if self.date != defaults.date {
            pairs.push(("d", self.date.to_string()));
        }
        if self.scale == Scale::Log {
            pairs.push(("scale", "log".to_owned()));
        }
        pairs
    }
}
