//! The cost widget's state and reducer: the reader's workload, the models compared, the day whose
//! prices apply, the chart scale, and the messages that explain any input we could not take as
//! typed. Also its URL codec and its CSV, and the number parser every widget's fields share.

use super::date::Date;
use super::format;
use super::pricing::{
    self, Catalogue, PriceOn, PricedModel, Workload, MAX_REQUESTS_PER_DAY, MAX_TOKENS,
};
use super::url_state::Fragment;

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

/// The URL keys the cost widget owns.
pub const URL_KEYS: [&str; 9] = [
    "in", "cache", "out", "think", "rpd", "m", "base", "d", "scale",
];

pub use super::chart::Scale;

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

    fn url_key(self) -> &'static str {
        match self {
            Field::InputTokens => "in",
            Field::CachedPercent => "cache",
            Field::OutputTokens => "out",
            Field::ReasoningTokens => "think",
            Field::RequestsPerDay => "rpd",
        }
    }

    const ALL: [Field; 5] = [
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
        format!(
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

    fn set_field_value(&mut self, field: Field, value: f64) {
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
                            next.messages.push("Compare at least two models: tick another before unticking this one.".into());
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
            CostAction::SetScale(scale) => next.scale = scale,
            CostAction::LoadFragment(hash) => {
                return CostState::from_fragment(
                    &Fragment::parse(&hash),
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

    /// Reads the widget's keys from a fragment; every bad value falls back to its default and
    /// adds a message naming the key and what was wrong.
    pub fn from_fragment(fragment: &Fragment, catalogue: &Catalogue) -> CostState {
        let days = catalogue.days();
        let catalogue = catalogue.models;
        let mut state = CostState::new();
        for field in Field::ALL {
            if let Some(text) = fragment.get(field.url_key()) {
                match parse_field(field, text) {
                    Ok((value, message)) => {
                        state.set_field_value(field, value);
                        state
                            .messages
                            .extend(message.map(|m| format!("From the link: {m}")));
                    }
                    Err(message) => state.messages.push(format!("From the link: {message}")),
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
            if !unknown.is_empty() {
                state.messages.push(format!(
                    "From the link: unknown model {} ignored.",
                    unknown
                        .iter()
                        .take(3)
                        .map(|key| format!("“{}”", shorten(key, 20)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            keys.sort_by_key(|key| catalogue.iter().position(|model| model.key == *key));
            if keys.len() >= 2 {
                state.selected = keys;
                state.baseline = state.selected[0];
            } else {
                state.messages.push(
                    "From the link: fewer than two known models, so showing o1 and DeepSeek-R1."
                        .into(),
                );
            }
        }
        if let Some(base) = fragment.get("base") {
            match state.selected.iter().find(|key| **key == base) {
                Some(key) => state.baseline = key,
                None => state.messages.push(format!("From the link: “{}” is not among the compared models, so the first one is the baseline.", shorten(base, 20))),
            }
        }
        if let Some(text) = fragment.get("d") {
            match parse_date(text, days) {
                Ok((day, message)) => {
                    state.date = day;
                    state
                        .messages
                        .extend(message.map(|m| format!("From the link: {m}")));
                }
                Err(message) => state.messages.push(format!("From the link: {message}")),
            }
        }
        match fragment.get("scale") {
            Some("log") => state.scale = Scale::Log,
            Some("linear") | None => {}
            Some(other) => state.messages.push(format!(
                "From the link: scale “{}” is neither linear nor log; using linear.",
                shorten(other, 20)
            )),
        }
        state
    }

    /// The widget's non-default values as URL pairs (defaults are omitted to keep links short).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
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

impl Default for CostState {
    fn default() -> Self {
        CostState::new()
    }
}

/// Shortest decimal text for a value (`2`, `2.5`, `1000000`).
pub fn trim_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

pub fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max_chars).collect::<String>())
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

/// What a number field accepts, and how a value is written back in a message.
pub struct NumberSpec<F: Fn(f64) -> String> {
    pub label: &'static str,
    pub range: (f64, f64),
    /// Whole numbers only (tokens, requests); otherwise decimals are kept.
    pub whole: bool,
    pub show: F,
}

/// Parses a number as readers type it ("1,000", "1e6", " 2.5 ", "$2"). Returns the value to use
/// and, when it differs from what was typed (clamped to the range, rounded), a message saying
/// what was done; text that is not a number is an error message and changes nothing.
pub fn parse_number<F: Fn(f64) -> String>(
    spec: &NumberSpec<F>,
    text: &str,
) -> Result<(f64, Option<String>), String> {
    let label = spec.label;
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}' | '$' | '%'))
        .collect();
    if cleaned.is_empty() {
        return Err(format!(
            "{}: the field is empty; keeping the previous value.",
            label
        ));
    }
    let value: f64 = match cleaned.parse::<f64>() {
        Ok(value) if value.is_finite() => value,
        _ => {
            return Err(format!(
                "{}: “{}” is not a number; keeping the previous value.",
                label,
                shorten(text.trim(), 24)
            ))
        }
    };
    let (low, high) = spec.range;
    let mut used = value.clamp(low, high);
    let mut message = None;
    if value < low {
        // As typed (shortened), like the maximum: "1e-126" written out in full would be a
        // hundred zeros long.
        message = Some(format!(
            "{}: {} is below the minimum, so {} is used.",
            label,
            shorten(&cleaned, 24),
            (spec.show)(low)
        ));
    } else if value > high {
        message = Some(format!(
            "{}: {} is above the maximum, so {} is used.",
            label,
            shorten(&cleaned, 24),
            (spec.show)(high)
        ));
    } else if spec.whole && used.fract() != 0.0 {
        used = used.round();
        message = Some(format!(
            "{}: rounded to {} (whole tokens and requests only).",
            label,
            (spec.show)(used)
        ));
    }
    Ok((used, message))
}

fn show(field: Field, value: f64) -> String {
    match field {
        Field::CachedPercent => format!("{}%", trim_number(value)),
        _ => format::group_thousands(value as u64),
    }
}

/// A day the prices are known for: from the first price to the day the data was checked.
fn parse_date(text: &str, (first, last): (Date, Date)) -> Result<(Date, Option<String>), String> {
    let Some(day) = Date::parse(text.trim()) else {
        return Err(format!(
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
            Some(format!(
                "Prices as of: prices are known from {first} to {last}, so {clamped} is used instead of {day}."
            )),
        ))
    }
}

/// One model's line of the results.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ResultRow {
    pub model: &'static PricedModel,
    pub price: PriceOn,
    /// `None` when the model had no price that day.
    pub costs: Option<pricing::Costs>,
    /// Against the baseline; `None` for the baseline itself or when either cost is missing.
    pub versus_baseline: Option<pricing::Comparison>,
}

/// The results for the current state, baseline first.
pub fn results(state: &CostState, catalogue: &'static [PricedModel]) -> Vec<ResultRow> {
    let find = |key: &str| catalogue.iter().find(|model| model.key == key);
    let row = |model: &'static PricedModel| {
        let price = model.price_on(state.date);
        let costs = match price {
            PriceOn::Listed(period) => Some(pricing::costs(&state.workload, &period.rates)),
            _ => None,
        };
        ResultRow {
            model,
            price,
            costs,
            versus_baseline: None,
        }
    };
    let Some(baseline_model) = find(state.baseline) else {
        return Vec::new();
    };
    let baseline = row(baseline_model);
    let mut rows = vec![baseline];
    for key in state.selected.iter().filter(|key| **key != state.baseline) {
        if let Some(model) = find(key) {
            let mut candidate = row(model);
            candidate.versus_baseline = match (baseline.costs, candidate.costs) {
                (Some(base), Some(other)) => pricing::compare(base.per_request, other.per_request),
                _ => None,
            };
            rows.push(candidate);
        }
    }
    rows
}

/// "27.4× cheaper", "2.0× dearer" or "same cost".
pub fn ratio_words(comparison: &pricing::Comparison) -> String {
    let ratio = comparison.times_cheaper;
    if (ratio - 1.0).abs() < 1e-9 {
        "same cost".to_owned()
    } else if ratio > 1.0 {
        format!("{} cheaper", format::multiple(ratio))
    } else {
        format!("{} dearer", format::multiple(1.0 / ratio))
    }
}

/// The article said R1 was "95% cheaper" than o1; this is what the reader's own inputs give.
#[derive(Clone, Debug, PartialEq)]
pub enum ClaimCheck {
    Saving {
        percent_saved: f64,
        times_cheaper: f64,
    },
    /// o1 or R1 had no price that day.
    NotComparable(String),
    /// The workload is empty, so both cost nothing.
    NothingToPrice,
}

pub fn claim_check(state: &CostState, catalogue: &'static [PricedModel]) -> ClaimCheck {
    let rates = |key: &str| match catalogue
        .iter()
        .find(|model| model.key == key)
        .map(|model| model.price_on(state.date))
    {
        Some(PriceOn::Listed(period)) => Some(period.rates),
        _ => None,
    };
    let (Some(o1), Some(r1)) = (rates("o1"), rates("r1")) else {
        return ClaimCheck::NotComparable(format!(
            "o1 and DeepSeek-R1 were not both on sale on {}.",
            state.date.long()
        ));
    };
    match pricing::compare(
        pricing::cost_per_request(&state.workload, &o1),
        pricing::cost_per_request(&state.workload, &r1),
    ) {
        Some(comparison) => ClaimCheck::Saving {
            percent_saved: comparison.percent_saved,
            times_cheaper: comparison.times_cheaper,
        },
        None => ClaimCheck::NothingToPrice,
    }
}

/// Quotes a CSV cell when it needs it.
fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Exactly what the widget shows: the inputs, then one line per model with the prices used, their
/// dates and sources, and the costs.
pub fn csv(
    state: &CostState,
    catalogue: &'static [PricedModel],
    source_url: impl Fn(&str) -> Option<&'static str>,
) -> String {
    let workload = &state.workload;
    let mut lines = vec![
        "# r1-explainer cost comparison".to_owned(),
        format!("# prices as of,{}", state.date),
        format!("# input tokens per request,{}", workload.input_tokens),
        format!("# input served from cache (%),{}", trim_number(workload.cached_percent)),
        format!("# visible output tokens per request,{}", workload.output_tokens),
        format!("# reasoning tokens per request (billed as output),{}", workload.reasoning_tokens),
        format!("# requests per day,{}", workload.requests_per_day),
        "model,vendor,status,price period from,price period until,input $/1M,cached input $/1M,output $/1M,cost per request $,cost per day $,cost per 30-day month $,times cheaper than baseline,percent saved,sources".to_owned(),
    ];
    for row in results(state, catalogue) {
        let mut cells = vec![
            row.model.name.to_owned(),
            row.model.vendor.name().to_owned(),
        ];
        match (row.price, row.costs) {
            (PriceOn::Listed(period), Some(costs)) => {
                cells.push(if row.model.key == state.baseline {
                    "baseline".into()
                } else {
                    "listed".into()
                });
                cells.push(period.from.to_string());
                cells.push(period.until.map(|d| d.to_string()).unwrap_or_default());
                for value in [
                    period.rates.input,
                    period.rates.cached_input,
                    period.rates.output,
                ] {
                    cells.push(trim_number(value));
                }
                for value in [costs.per_request, costs.per_day, costs.per_month] {
                    cells.push(format!("{value:.6}"));
                }
                match row.versus_baseline {
                    Some(comparison) => {
                        cells.push(format!("{:.3}", comparison.times_cheaper));
                        cells.push(format!("{:.2}", comparison.percent_saved));
                    }
                    None => cells.extend([String::new(), String::new()]),
                }
                let urls: Vec<&str> = period
                    .sources
                    .iter()
                    .filter_map(|id| source_url(id))
                    .collect();
                cells.push(urls.join(" "));
            }
            (PriceOn::NotYetAvailable(from), _) => {
                cells.push(format!("not yet available (from {from})"));
                cells.extend(std::iter::repeat_n(String::new(), 11));
            }
            (PriceOn::Withdrawn(until), _) => {
                cells.push(format!("no longer offered (until {until})"));
                cells.extend(std::iter::repeat_n(String::new(), 11));
            }
            (PriceOn::Listed(_), None) => cells.push("no price".to_owned()),
        }
        lines.push(
            cells
                .iter()
                .map(|cell| csv_cell(cell))
                .collect::<Vec<_>>()
                .join(","),
        );
    }
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::prices::{CATALOGUE, MODELS};

    fn state_with(actions: Vec<CostAction>) -> CostState {
        actions.into_iter().fold(CostState::new(), |state, action| {
            state.apply(action, &CATALOGUE)
        })
    }

    fn row<'a>(rows: &'a [ResultRow], key: &str) -> &'a ResultRow {
        rows.iter().find(|row| row.model.key == key).unwrap()
    }

    #[test]
    fn default_view_reproduces_the_headline_numbers() {
        let state = CostState::new();
        let rows = results(&state, MODELS);
        assert_eq!(rows.len(), 2);
        assert_eq!(
            format::usd(row(&rows, "o1").costs.unwrap().per_request),
            "$75.00"
        );
        let r1 = row(&rows, "r1");
        assert_eq!(format::usd(r1.costs.unwrap().per_request), "$2.74");
        let versus = r1.versus_baseline.unwrap();
        assert_eq!(ratio_words(&versus), "27.4× cheaper");
        assert_eq!(format::percent(versus.percent_saved, 2), "96.35%");
        assert_eq!(format::usd(r1.costs.unwrap().per_month), "$82.20");
        match claim_check(&state, MODELS) {
            ClaimCheck::Saving { percent_saved, .. } => {
                assert_eq!(format::percent(percent_saved, 1), "96.3%")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn fully_cached_input_gives_the_98_percent_saving() {
        let state = state_with(vec![
            CostAction::SetField(Field::CachedPercent, "100".into()),
            CostAction::SetField(Field::OutputTokens, "0".into()),
        ]);
        match claim_check(&state, MODELS) {
            ClaimCheck::Saving {
                percent_saved,
                times_cheaper,
            } => {
                assert_eq!(format::percent(percent_saved, 1), "98.1%");
                assert_eq!(format::multiple(times_cheaper), "53.6×");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn off_peak_r1_is_priced_in_its_period_only() {
        let state = state_with(vec![
            CostAction::ToggleModel("r1-offpeak".into()),
            CostAction::SetDate("2025-03-01".into()),
        ]);
        let rows = results(&state, MODELS);
        let off_peak = row(&rows, "r1-offpeak");
        assert_eq!(format::usd(off_peak.costs.unwrap().per_request), "$0.685");
        assert_eq!(
            format::multiple(off_peak.versus_baseline.unwrap().times_cheaper),
            "109×"
        );
        let before = state.apply(CostAction::SetDate("2025-01-27".into()), &CATALOGUE);
        assert!(matches!(
            row(&results(&before, MODELS), "r1-offpeak").price,
            PriceOn::NotYetAvailable(_)
        ));
    }

    #[test]
    fn a_model_not_yet_released_is_unavailable_not_zero() {
        let state = state_with(vec![CostAction::ToggleModel("o3".into())]);
        let o3 = *row(&results(&state, MODELS), "o3");
        assert_eq!(o3.costs, None);
        assert_eq!(o3.versus_baseline, None);
        assert_eq!(o3.price, PriceOn::NotYetAvailable(Date::ymd(2025, 4, 16)));
        let after_cut = state.apply(CostAction::SetDate("2025-06-10".into()), &CATALOGUE);
        assert_eq!(
            format::usd(
                row(&results(&after_cut, MODELS), "o3")
                    .costs
                    .unwrap()
                    .per_request
            ),
            "$10.00"
        );
    }

    #[test]
    fn reasoning_tokens_raise_the_cost_at_the_output_price() {
        let state = state_with(vec![CostAction::ApplyPreset("proof")]);
        let rows = results(&state, MODELS);
        // 500 in at $15 plus (3,000 + 25,000) out at $60, per million; 5 a day for 30 days.
        assert_eq!(
            format::usd(row(&rows, "o1").costs.unwrap().per_request),
            "$1.6875"
        );
        assert_eq!(
            format::usd(row(&rows, "o1").costs.unwrap().per_month),
            "$253.125"
        );
    }

    #[test]
    fn bad_input_is_clamped_or_kept_with_a_specific_message() {
        let state = state_with(vec![CostAction::SetField(Field::InputTokens, "-5".into())]);
        assert_eq!(state.workload.input_tokens, 0);
        assert_eq!(
            state.messages,
            vec!["Input tokens per request: -5 is below the minimum, so 0 is used."]
        );
        let state = state_with(vec![CostAction::SetField(
            Field::OutputTokens,
            "1e13".into(),
        )]);
        assert_eq!(state.workload.output_tokens, MAX_TOKENS);
        assert!(state.messages[0].contains("above the maximum, so 1,000,000,000,000 is used"));
        for garbage in ["", "NaN", "inf", "abc", "1..2"] {
            let state = state_with(vec![CostAction::SetField(
                Field::InputTokens,
                garbage.into(),
            )]);
            assert_eq!(
                state.workload.input_tokens, DEFAULT_WORKLOAD.input_tokens,
                "{garbage:?}"
            );
            assert_eq!(state.messages.len(), 1, "{garbage:?}");
        }
        let state = state_with(vec![CostAction::SetField(
            Field::InputTokens,
            "1,500.6".into(),
        )]);
        assert_eq!(state.workload.input_tokens, 1_501);
        assert!(state.messages[0].contains("rounded to 1,501"));
        let state = state_with(vec![CostAction::SetField(
            Field::CachedPercent,
            "250".into(),
        )]);
        assert_eq!(state.workload.cached_percent, 100.0);
    }

    #[test]
    fn presets_state_their_token_counts() {
        assert_eq!(
            PRESETS[2].assumption(),
            "Assumes 20,000 input tokens per request (50% cached), 2,000 visible output and 8,000 reasoning tokens, 20 requests a day."
        );
        assert_eq!(PRESETS[0].workload, DEFAULT_WORKLOAD);
    }

    #[test]
    fn at_least_two_models_stay_selected() {
        let state = state_with(vec![CostAction::ToggleModel("r1".into())]);
        assert_eq!(state.selected, vec!["o1", "r1"]);
        assert_eq!(state.messages.len(), 1);
        let state = state_with(vec![
            CostAction::ToggleModel("v3".into()),
            CostAction::ToggleModel("o1".into()),
        ]);
        assert_eq!(state.selected, vec!["r1", "v3"]);
        assert_eq!(state.baseline, "r1");
    }

    #[test]
    fn url_state_round_trips_and_omits_defaults() {
        assert!(CostState::new().to_pairs().is_empty());
        let state = state_with(vec![
            CostAction::ApplyPreset("coding"),
            CostAction::ToggleModel("o3".into()),
            CostAction::SetBaseline("r1".into()),
            CostAction::SetDate("2025-06-10".into()),
            CostAction::SetScale(Scale::Log),
        ]);
        let mut fragment = Fragment::default();
        fragment.replace_owned(&URL_KEYS, state.to_pairs());
        let hash = fragment.to_hash();
        assert_eq!(hash, "#in=20000&cache=50&out=2000&think=8000&rpd=20&m=o1,o3,r1&base=r1&d=2025-06-10&scale=log");
        let restored = CostState::from_fragment(&Fragment::parse(&hash), &CATALOGUE);
        assert_eq!(
            restored,
            CostState {
                messages: vec![],
                ..state
            }
        );
    }

    #[test]
    fn hostile_fragments_fall_back_with_messages() {
        let state = CostState::from_fragment(
            &Fragment::parse("#in=-1&out=NaN&m=o1,evil,<script>&d=1899-01-01&scale=3d&base=zz"),
            &CATALOGUE,
        );
        assert_eq!(state.workload.input_tokens, 0);
        assert_eq!(state.workload.output_tokens, DEFAULT_WORKLOAD.output_tokens);
        assert_eq!(state.selected, vec!["o1", "r1"]);
        assert_eq!(state.date, CATALOGUE.days().0, "clamped to the first price");
        assert_eq!(state.scale, Scale::Linear);
        assert!(state
            .messages
            .iter()
            .any(|m| m.contains("unknown model “evil”")));
        assert!(state.messages.len() >= 6, "{:?}", state.messages);
    }

    #[test]
    fn arbitrary_fragments_never_panic_and_stay_valid() {
        // A deterministic xorshift walk over fragment-like strings: 7,200 cases, no extra crate.
        let alphabet: Vec<char> =
            "in=cachoutthinkrpdmbasedscalegpu&,-.%0123456789eE+#<>\\\"'ü🤖 o1r3v"
                .chars()
                .collect();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut cases = 0;
        for length in 0..120 {
            for _ in 0..60 {
                let text: String = (0..length)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        alphabet[(seed % alphabet.len() as u64) as usize]
                    })
                    .collect();
                let state = CostState::from_fragment(&Fragment::parse(&text), &CATALOGUE);
                assert!(state.selected.len() >= 2 && state.selected.contains(&state.baseline));
                assert!(
                    state.workload.input_tokens <= MAX_TOKENS
                        && (0.0..=100.0).contains(&state.workload.cached_percent)
                );
                assert!(state.date >= CATALOGUE.days().0 && state.date <= CATALOGUE.days().1);
                let _ = results(&state, MODELS);
                cases += 1;
            }
        }
        assert_eq!(cases, 7_200);
    }

    #[test]
    fn csv_lists_what_is_on_screen() {
        let csv = csv(&CostState::new(), MODELS, |_| Some("https://example.org/p"));
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 10, "{csv}");
        assert_eq!(lines[1], "# prices as of,2025-01-27");
        assert!(lines[8].contains(",baseline,2024-12-17,,15,7.5,60,75.000000,75.000000,2250.000000,,,https://example.org/p"), "{}", lines[8]);
        assert!(lines[9].contains(",listed,2025-01-20,2025-08-21,0.55,0.14,2.19,2.740000,2.740000,82.200000,27.372,96.35,"), "{}", lines[9]);
    }
}
