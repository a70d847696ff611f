//! The cost widget's state and reducer: the reader's workload (presets and typed fields), the
//! models compared, the day whose prices apply and the chart scale, with the messages that explain
//! any input we could not take as typed.

use crate::model::date::Date;
use crate::model::format;
use crate::model::locale::{t, tf};
use crate::model::number_input::{parse_number, trim_number, NumberSpec};
use crate::model::pricing::{
    model_name, Catalogue, PricedModel, Workload, MAX_REQUESTS_PER_DAY, MAX_TOKENS,
};
use crate::model::url_state::{shorten, UrlState};

/// The day the widget opens on: the week of the article.
pub const DEFAULT_DATE: Date = Date::ymd(2025, 1, 27);
/// The widget opens on the article's own comparison: a million tokens in and a million out.
pub const DEFAULT_WORKLOAD: Workload = Workload {
    input_tokens: 1_000_000,
    cached_percent: 0.0,
    output_tokens: 1_000_000,
    reasoning_tokens: 0,
    requests_per_day: 1,
};
pub const DEFAULT_MODELS: [&str; 2] = ["o1", "r1"];

pub use crate::model::chart::Scale;

/// A workload input the reader can type or slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    InputTokens,
    CachedPercent,
    OutputTokens,
    ReasoningTokens,
    RequestsPerDay,
}

impl Field {
    pub fn label(self) -> &'static str {
        match self {
            Field::InputTokens => "Input tokens per request",
            Field::CachedPercent => "Input served from cache",
            Field::OutputTokens => "Visible output tokens per request",
            Field::ReasoningTokens => "Reasoning tokens per request",
            Field::RequestsPerDay => "Requests per day",
        }
    }

    /// The accepted range; values outside are clamped with a message.
    pub fn range(self) -> (f64, f64) {
        match self {
            Field::InputTokens | Field::OutputTokens | Field::ReasoningTokens => {
                (0.0, MAX_TOKENS as f64)
            }
            Field::CachedPercent => (0.0, 100.0),
            Field::RequestsPerDay => (0.0, MAX_REQUESTS_PER_DAY as f64),
        }
    }

    /// Whole numbers only (tokens and requests); percentages and prices may have decimals.
    pub fn is_whole(self) -> bool {
        self != Field::CachedPercent
    }

    pub(super) fn url_key(self) -> &'static str {
        match self {
            Field::InputTokens => "in",
            Field::CachedPercent => "cache",
            Field::OutputTokens => "out",
            Field::ReasoningTokens => "think",
            Field::RequestsPerDay => "rpd",
        }
    }

    pub(super) const ALL: [Field; 5] = [
        Field::InputTokens,
        Field::CachedPercent,
        Field::OutputTokens,
        Field::ReasoningTokens,
        Field::RequestsPerDay,
    ];
}

/// A named workload, with the token counts it assumes stated on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    pub key: &'static str,
    pub name: &'static str,
    pub workload: Workload,
}

impl Preset {
    /// The counts the preset assumes, written out from its workload (never retyped).
    pub fn assumption(&self) -> String {
        let w = &self.workload;
        tf!(
            "Assumes {} input tokens per request ({} cached), {} visible output and {} reasoning tokens, {} request{} a day.",
            format::group_thousands(w.input_tokens),
            format::percent(w.cached_percent, 0),
            format::group_thousands(w.output_tokens),
            format::group_thousands(w.reasoning_tokens),
            format::group_thousands(w.requests_per_day),
            if w.requests_per_day == 1 { "" } else { "s" }
        )
    }
}

/// Our assumptions for typical tasks; the first is the per-token comparison behind the headlines.
pub const PRESETS: [Preset; 5] = [
    Preset {
        key: "million",
        name: "1M in + 1M out",
        workload: DEFAULT_WORKLOAD,
    },
    Preset {
        key: "chat",
        name: "Chat turn",
        workload: Workload {
            input_tokens: 1_500,
            cached_percent: 0.0,
            output_tokens: 400,
            reasoning_tokens: 1_500,
            requests_per_day: 50,
        },
    },
    Preset {
        key: "coding",
        name: "Coding task",
        workload: Workload {
            input_tokens: 20_000,
            cached_percent: 50.0,
            output_tokens: 2_000,
            reasoning_tokens: 8_000,
            requests_per_day: 20,
        },
    },
    Preset {
        key: "proof",
        name: "Long math proof",
        workload: Workload {
            input_tokens: 500,
            cached_percent: 0.0,
            output_tokens: 3_000,
            reasoning_tokens: 25_000,
            requests_per_day: 5,
        },
    },
    Preset {
        key: "summary",
        name: "Summarise a long document",
        workload: Workload {
            input_tokens: 100_000,
            cached_percent: 0.0,
            output_tokens: 1_000,
            reasoning_tokens: 2_000,
            requests_per_day: 10,
        },
    },
];

#[derive(Clone, Debug, PartialEq)]
pub struct CostState {
    pub workload: Workload,
    /// Keys of the models compared, in the catalogue's order.
    pub selected: Vec<&'static str>,
    /// The model every other is compared against.
    pub baseline: &'static str,
    pub date: Date,
    pub scale: Scale,
    /// Specific, visible explanations of input that was clamped, rounded or rejected.
    pub messages: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CostAction {
    /// Raw text from a number field or slider.
    SetField(Field, String),
    ApplyPreset(&'static str),
    ToggleModel(String),
    SetBaseline(String),
    SetDate(String),
    /// A day sent from another widget (the price chart, the timeline), with each vendor's model on
    /// sale that day (`pricing::on_sale_by_line`). A chosen model that was not on sale then gives
    /// way to its vendor's, so the calculator compares prices rather than showing gaps.
    PricesOnDay(Date, Vec<&'static str>),
    SetScale(Scale),
    /// Restores state from the URL fragment (on load and on back/forward).
    LoadFragment(String),
    DismissMessages,
}

impl CostState {
    pub fn new() -> CostState {
        CostState {
            workload: DEFAULT_WORKLOAD,
            selected: DEFAULT_MODELS.to_vec(),
            baseline: DEFAULT_MODELS[0],
            date: DEFAULT_DATE,
            scale: Scale::Linear,
            messages: Vec::new(),
        }
    }

    pub fn field_value(&self, field: Field) -> f64 {
        match field {
            Field::InputTokens => self.workload.input_tokens as f64,
            Field::CachedPercent => self.workload.cached_percent,
            Field::OutputTokens => self.workload.output_tokens as f64,
            Field::ReasoningTokens => self.workload.reasoning_tokens as f64,
            Field::RequestsPerDay => self.workload.requests_per_day as f64,
        }
    }

    pub(super) fn set_field_value(&mut self, field: Field, value: f64) {
        match field {
            Field::InputTokens => self.workload.input_tokens = value as u64,
            Field::CachedPercent => self.workload.cached_percent = value,
            Field::OutputTokens => self.workload.output_tokens = value as u64,
            Field::ReasoningTokens => self.workload.reasoning_tokens = value as u64,
            Field::RequestsPerDay => self.workload.requests_per_day = value as u64,
        }
    }

    /// Applies an action to a copy; `catalogue` is the priced models and the days they cover.
    pub fn apply(&self, action: CostAction, catalogue: &Catalogue) -> CostState {
        let days = catalogue.days();
        let catalogue = catalogue.models;
        let mut next = self.clone();
        match action {
            CostAction::SetField(field, text) => {
                next.messages.clear();
                match parse_field(field, &text) {
                    Ok((value, message)) => {
                        next.set_field_value(field, value);
                        next.messages.extend(message);
                    }
                    Err(message) => next.messages.push(message),
                }
            }
            CostAction::ApplyPreset(key) => {
                next.messages.clear();
                if let Some(preset) = PRESETS.iter().find(|preset| preset.key == key) {
                    next.workload = preset.workload;
                }
            }
            CostAction::ToggleModel(key) => {
                next.messages.clear();
                if let Some(model) = catalogue.iter().find(|model| model.key == key) {
                    if next.selected.contains(&model.key) {
                        if next.selected.len() <= 2 {
                            next.messages.push(t!("Compare at least two models: tick another before unticking this one.").into());
                        } else {
                            next.selected.retain(|selected| *selected != model.key);
                            if next.baseline == model.key {
                                next.baseline = next.selected[0];
                            }
                        }
                    } else {
                        next.selected.push(model.key);
                        next.selected.sort_by_key(|key| {
                            catalogue.iter().position(|model| model.key == *key)
                        });
                    }
                }
            }
            CostAction::SetBaseline(key) => {
                if let Some(selected) = next.selected.iter().find(|selected| **selected == key) {
                    next.baseline = selected;
                }
            }
            CostAction::SetDate(text) => {
                next.messages.clear();
                match parse_date(&text, days) {
                    Ok((day, message)) => {
                        next.date = day;
                        next.messages.extend(message);
                    }
                    Err(message) => next.messages.push(message),
                }
            }
            CostAction::PricesOnDay(day, on_sale) => {
                next.messages.clear();
                next.date = day.clamp(days.0, days.1);
                next.bring_in(&on_sale, catalogue);
            }
            CostAction::SetScale(scale) => next.scale = scale,
            CostAction::LoadFragment(hash) => {
                return CostState::from_hash(
                    &hash,
                    &Catalogue {
                        models: catalogue,
                        checked: days.1,
                    },
                )
            }
            CostAction::DismissMessages => next.messages.clear(),
        }
        next
    }
}

impl CostState {
    /// For each model of `on_sale` whose vendor has chosen models but none on sale on the widget's
    /// day: that model replaces them, and a message says so. The reader's other choices stay, and
    /// at least two models stay chosen.
    fn bring_in(&mut self, on_sale: &[&'static str], catalogue: &'static [PricedModel]) {
        let day = self.date;
        let model = |key: &str| catalogue.iter().find(|model| model.key == key);
        let listed = |key: &str| model(key).is_some_and(|model| model.on_sale(day));
        let name = |key: &str| {
            model(key).map_or_else(|| key.to_owned(), |model| model_name(model.name).to_owned())
        };
        for newcomer in on_sale.iter().filter_map(|key| model(key)) {
            let of_vendor: Vec<&'static str> = self
                .selected
                .iter()
                .copied()
                .filter(|key| model(key).is_some_and(|chosen| chosen.vendor == newcomer.vendor))
                .collect();
            if of_vendor.is_empty()
                || of_vendor.iter().any(|key| listed(key))
                || !listed(newcomer.key)
            {
                continue;
            }
            // Replacing them all would leave one model: then the newcomer joins them.
            let replaces = self.selected.len() - of_vendor.len() + 1 >= 2;
            if replaces {
                self.selected.retain(|key| !of_vendor.contains(key));
            }
            self.selected.push(newcomer.key);
            self.selected
                .sort_by_key(|key| catalogue.iter().position(|model| model.key == *key));
            let gone: Vec<String> = of_vendor.iter().map(|key| name(key)).collect();
            let gone = gone.join(t!(" and "));
            self.messages.push(if replaces {
                tf!(
                    "{} in place of {}, not on sale on {}.",
                    name(newcomer.key),
                    gone,
                    day.long()
                )
            } else {
                tf!(
                    "{} added: {} not on sale on {}.",
                    name(newcomer.key),
                    gone,
                    day.long()
                )
            });
        }
        if !listed(self.baseline) {
            if let Some(first) = self.selected.iter().find(|key| listed(key)) {
                self.baseline = first;
            }
        }
    }
}

impl Default for CostState {
    fn default() -> Self {
        CostState::new()
    }
}

/// Parses a workload field as readers type it (see `parse_number`).
pub fn parse_field(field: Field, text: &str) -> Result<(f64, Option<String>), String> {
    parse_number(
        &NumberSpec {
            label: field.label(),
            range: field.range(),
            whole: field.is_whole(),
            show: |value| show(field, value),
        },
        text,
    )
}

fn show(field: Field, value: f64) -> String {
    match field {
        Field::CachedPercent => format!("{}%", trim_number(value)),
        _ => format::group_thousands(value as u64),
    }
}

/// A day the prices are known for: from the first price to the day the data was checked.
pub(super) fn parse_date(
    text: &str,
    (first, last): (Date, Date),
) -> Result<(Date, Option<String>), String> {
    let Some(day) = Date::parse(text.trim()) else {
        return Err(tf!(
            "Prices as of: “{}” is not a date in the form YYYY-MM-DD; keeping the previous date.",
            shorten(text.trim(), 24)
        ));
    };
    let clamped = day.clamp(first, last);
    if clamped == day {
        Ok((day, None))
    } else {
        Ok((
            clamped,
            Some(tf!(
                "Prices as of: prices are known from {first} to {last}, so {clamped} is used instead of {day}.";
                first = first, last = last, clamped = clamped, day = day
            )),
        ))
    }
}
