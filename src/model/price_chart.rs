//! The "price of reasoning" chart: its state (output or input prices, the optional series on
//! show, the day the reader picked), its URL codec, the geometry of its log scale and time axis,
//! and the claim it checks from the data: how far each vendor's price fell from its first price to
//! the last one checked.

use super::date::Date;
use super::format;
use super::pricing::{Catalogue, PriceSeries, Step};
use super::url_state::{from_link, shorten, Fragment, UrlState};
use crate::model::locale::{t, tf};

/// The first day on the chart: the month of o1-preview, the first reasoning model on sale.
pub const CHART_START: Date = Date::ymd(2024, 9, 1);

/// Which price the chart draws. Reasoning tokens are billed as output, so output comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Output,
    Input,
}

impl Measure {
    pub fn key(self) -> &'static str {
        match self {
            Measure::Output => "output",
            Measure::Input => "input",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Measure::Output => t!("output"),
            Measure::Input => t!("uncached input"),
        }
    }

    pub fn of(self, step: &Step) -> f64 {
        match self {
            Measure::Output => step.period.rates.output,
            Measure::Input => step.period.rates.input,
        }
    }

    /// The log axis in dollars per 1M tokens: whole decades around every price of the kind.
    pub fn axis(self) -> (f64, f64) {
        match self {
            Measure::Output => (0.1, 100.0),
            Measure::Input => (0.01, 100.0),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PriceChartState {
    pub measure: Measure,
    /// Keys of the optional series on show, in the catalogue's order.
    pub optional: Vec<&'static str>,
    /// The day picked (click, tap, slider, link); `None` is the last day checked.
    pub day: Option<Date>,
    /// The day under a mouse pointer resting on the plot: shown while it is there, never kept in
    /// the URL, and gone when the pointer leaves (the picked day comes back).
    pub hover: Option<Date>,
    pub messages: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PriceChartAction {
    SetMeasure(Measure),
    ToggleSeries(String),
    /// A day as days since `CHART_START` (the slider's value) or as `YYYY-MM-DD`.
    SetDay(String),
    /// The mouse rests this many days after `CHART_START`; `None` when it leaves the plot.
    Hover(Option<i64>),
    LoadFragment(String),
}

impl PriceChartState {
    pub fn new() -> PriceChartState {
        PriceChartState {
            measure: Measure::Output,
            optional: Vec::new(),
            day: None,
            hover: None,
            messages: Vec::new(),
        }
    }

    /// The day picked: the slider's value, and the day a hand-off sends.
    pub fn picked(&self, catalogue: &Catalogue) -> Date {
        self.day.unwrap_or(catalogue.checked)
    }

    /// The day the readout and the cursor show: the hovered day, else the picked one.
    pub fn day(&self, catalogue: &Catalogue) -> Date {
        self.hover.unwrap_or_else(|| self.picked(catalogue))
    }

    pub fn apply(
        &self,
        action: PriceChartAction,
        series: &'static [PriceSeries],
        catalogue: &Catalogue,
    ) -> PriceChartState {
        let mut next = self.clone();
        if let PriceChartAction::Hover(days) = action {
            // A passing pointer leaves the messages of the last real input alone.
            next.hover = days.map(|days| {
                CHART_START.add_days(days.clamp(0, CHART_START.days_until(catalogue.checked)))
            });
            return next;
        }
        next.messages.clear();
        next.hover = None;
        match action {
            PriceChartAction::SetMeasure(measure) => next.measure = measure,
            PriceChartAction::ToggleSeries(key) => {
                if let Some(found) = series.iter().find(|s| s.optional && s.key == key) {
                    if next.optional.contains(&found.key) {
                        next.optional.retain(|shown| *shown != found.key);
                    } else {
                        next.optional.push(found.key);
                        next.optional
                            .sort_by_key(|key| series.iter().position(|series| series.key == *key));
                    }
                }
            }
            PriceChartAction::SetDay(text) => match parse_day(&text, catalogue) {
                Ok((day, message)) => {
                    next.day = (day != catalogue.checked).then_some(day);
                    next.messages.extend(message);
                }
                Err(message) => next.messages.push(message),
            },
            PriceChartAction::LoadFragment(hash) => {
                return PriceChartState::from_hash(&hash, &(series, *catalogue))
            }
            PriceChartAction::Hover(_) => {}
        }
        next
    }

    /// The series on show: every main series, and the optional ones the reader added.
    pub fn shown(&self, series: &'static [PriceSeries]) -> Vec<&'static PriceSeries> {
        series
            .iter()
            .filter(|s| !s.optional || self.optional.contains(&s.key))
            .collect()
    }
}

impl Default for PriceChartState {
    fn default() -> Self {
        PriceChartState::new()
    }
}

/// A day on the chart: the slider's day count from `CHART_START`, or a date; clamped to the
/// chart's days with a message.
fn parse_day(text: &str, catalogue: &Catalogue) -> Result<(Date, Option<String>), String> {
    let text = text.trim();
    let day = match text.parse::<i64>() {
        Ok(days) if (-100_000..=100_000).contains(&days) => CHART_START.add_days(days),
        _ => Date::parse(text).ok_or_else(|| {
            tf!(
                "Date on the chart: “{}” is not a date in the form YYYY-MM-DD; keeping the previous one.",
                shorten(text, 24)
            )
        })?,
    };
    let clamped = day.clamp(CHART_START, catalogue.checked);
    let message = (clamped != day).then(|| {
        tf!(
            "Date on the chart: the chart runs from {CHART_START} to {}, so {clamped} is used instead of {day}.",
            catalogue.checked;
            CHART_START = CHART_START, clamped = clamped, day = day
        )
    });
    Ok((clamped, message))
}

/// Where on the chart's width a day falls, from 0 (`CHART_START`) to 1 (the last day checked).
pub fn x_fraction(day: Date, last: Date) -> f64 {
    let span = CHART_START.days_until(last).max(1) as f64;
    (CHART_START.days_until(day) as f64 / span).clamp(0.0, 1.0)
}

/// Where a price falls on the log axis, from 0 (the bottom) to 1 (the top).
pub fn y_fraction(price: f64, (low, high): (f64, f64)) -> f64 {
    if !(price.is_finite() && price > 0.0) {
        return 0.0;
    }
    ((price.log10() - low.log10()) / (high.log10() - low.log10())).clamp(0.0, 1.0)
}

/// How far a series' price fell from its first step to its last (on the last day checked).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fall {
    pub first: Step,
    pub last: Step,
    pub percent: f64,
    pub times: f64,
}

pub fn fall(series: &PriceSeries, catalogue: &Catalogue, measure: Measure) -> Option<Fall> {
    let steps = series.steps(catalogue.models, catalogue.checked.add_days(1));
    let (first, last) = (*steps.first()?, *steps.last()?);
    let (from, to) = (measure.of(&first), measure.of(&last));
    (from > 0.0 && to > 0.0).then(|| Fall {
        first,
        last,
        percent: (1.0 - to / from) * 100.0,
        times: from / to,
    })
}

/// The claim the chart checks, in one sentence per main series, e.g. "DeepSeek: from $2.19 (R1,
/// 20 January 2025) to $0.28 (V4-Flash): 87.2% lower, 7.8× cheaper."
pub fn fall_sentence(series: &PriceSeries, fall: &Fall, measure: Measure) -> String {
    tf!(
        "{}: from {} ({}, {}) to {} ({}), {} lower ({} cheaper).",
        series.name,
        format::usd(measure.of(&fall.first)),
        fall.first.label,
        fall.first.from.long(),
        format::usd(measure.of(&fall.last)),
        fall.last.label,
        format::percent(fall.percent, 1),
        format::multiple(fall.times),
    )
}

/// What the chart shows, as CSV: one line per step of every series on show.
pub fn csv(
    state: &PriceChartState,
    series: &'static [PriceSeries],
    catalogue: &Catalogue,
    source_url: impl Fn(&str) -> Option<String>,
) -> String {
    let mut lines = vec![
        t!("# r1-explainer: the price of reasoning, US dollars per 1M tokens").to_owned(),
        tf!("# prices checked on,{}", catalogue.checked),
        t!("vendor line,model,from,until,input $/1M,cached input $/1M,output $/1M,confidence,sources")
            .to_owned(),
    ];
    for line in state.shown(series) {
        for step in line.steps(catalogue.models, catalogue.checked.add_days(1)) {
            let rates = step.period.rates;
            let urls: Vec<String> = step
                .period
                .sources
                .iter()
                .filter_map(|id| source_url(id))
                .collect();
            lines.push(format!(
                "{},{},{},{},{},{},{},{},{}",
                line.name,
                step.label,
                step.from,
                step.until.add_days(-1),
                super::number_input::trim_number(rates.input),
                super::number_input::trim_number(rates.cached_input),
                super::number_input::trim_number(rates.output),
                step.period.confidence.label(),
                urls.join(" ")
            ));
        }
    }
    lines.join("\n") + "\n"
}

/// What the price chart's URL codec checks keys against: the lines it can draw, and the prices.
pub type PriceChartData = (&'static [PriceSeries], Catalogue);

impl UrlState for PriceChartState {
    const KEYS: &'static [&'static str] = &["pm", "ps", "pd"];
    type Context = PriceChartData;

    /// Reads the chart's keys; bad values keep their defaults and say so.
    fn from_fragment(
        fragment: &Fragment,
        &(series, catalogue): &PriceChartData,
    ) -> PriceChartState {
        let mut state = PriceChartState::new();
        match fragment.get("pm") {
            Some("input") => state.measure = Measure::Input,
            Some("output") | None => {}
            Some(other) => state.messages.push(tf!(
                "From the link: prices “{}” are neither output nor input; showing output.",
                shorten(other, 20)
            )),
        }
        if let Some(list) = fragment.get("ps") {
            for key in list.split(',').filter(|key| !key.is_empty()) {
                match series.iter().find(|s| s.optional && s.key == key) {
                    Some(found) if !state.optional.contains(&found.key) => {
                        state.optional.push(found.key)
                    }
                    Some(_) => {}
                    None => state.messages.push(tf!(
                        "From the link: no optional line “{}”; ignored.",
                        shorten(key, 20)
                    )),
                }
            }
            state
                .optional
                .sort_by_key(|key| series.iter().position(|series| series.key == *key));
        }
        if let Some(text) = fragment.get("pd") {
            if let Some(day) = from_link(parse_day(text, &catalogue), &mut state.messages) {
                state.day = (day != catalogue.checked).then_some(day);
            }
        }
        state.messages.truncate(4);
        state
    }

    /// The non-default state as URL pairs.
    fn to_pairs(&self, _: &PriceChartData) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.measure == Measure::Input {
            pairs.push(("pm", "input".to_owned()));
        }
        if !self.optional.is_empty() {
            pairs.push(("ps", self.optional.join(",")));
        }
        if let Some(day) = self.day {
            pairs.push(("pd", day.to_string()));
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::prices::{CATALOGUE, REASONING_SERIES};

    fn run(actions: Vec<PriceChartAction>) -> PriceChartState {
        actions
            .into_iter()
            .fold(PriceChartState::new(), |state, action| {
                state.apply(action, REASONING_SERIES, &CATALOGUE)
            })
    }

    fn line(key: &str) -> &'static PriceSeries {
        REASONING_SERIES.iter().find(|s| s.key == key).unwrap()
    }

    #[test]
    fn the_claim_is_computed_from_the_prices() {
        let deepseek = fall(line("deepseek"), &CATALOGUE, Measure::Output).unwrap();
        assert_eq!(
            fall_sentence(line("deepseek"), &deepseek, Measure::Output),
            "DeepSeek: from $2.19 (R1, 20 January 2025) to $0.28 (V4-Flash), 87.2% lower (7.82× cheaper)."
        );
        let openai = fall(line("openai"), &CATALOGUE, Measure::Output).unwrap();
        assert_eq!(
            fall_sentence(line("openai"), &openai, Measure::Output),
            "OpenAI: from $60.00 (o1-preview, 12 September 2024) to $10.00 (GPT-5), 83.3% lower (6.0× cheaper)."
        );
        let input = fall(line("openai"), &CATALOGUE, Measure::Input).unwrap();
        assert_eq!((input.percent * 10.0).round() / 10.0, 91.7);
    }

    #[test]
    fn state_round_trips_through_the_url_and_bad_values_say_why() {
        assert!(PriceChartState::new()
            .to_pairs(&(REASONING_SERIES, CATALOGUE))
            .is_empty());
        let state = run(vec![
            PriceChartAction::SetMeasure(Measure::Input),
            PriceChartAction::ToggleSeries("o4-mini".into()),
            PriceChartAction::ToggleSeries("o3-mini".into()),
            PriceChartAction::SetDay("2025-03-01".into()),
        ]);
        assert_eq!(
            state.to_pairs(&(REASONING_SERIES, CATALOGUE)),
            vec![
                ("pm", "input".to_owned()),
                ("ps", "o3-mini,o4-mini".to_owned()),
                ("pd", "2025-03-01".to_owned())
            ]
        );
        let mut fragment = Fragment::default();
        state.write_into(&mut fragment, &(REASONING_SERIES, CATALOGUE));
        let back = PriceChartState::from_fragment(&fragment, &(REASONING_SERIES, CATALOGUE));
        assert_eq!(back, state);
        // The slider gives a day count.
        let slid = run(vec![PriceChartAction::SetDay("181".into())]);
        assert_eq!(slid.day, Some(Date::ymd(2025, 3, 1)));
        let bad = PriceChartState::from_fragment(
            &Fragment::parse("#pm=cheap&ps=o1,<x>&pd=1999-01-01"),
            &(REASONING_SERIES, CATALOGUE),
        );
        assert_eq!(bad.measure, Measure::Output);
        assert!(bad.optional.is_empty(), "a main series is not optional");
        assert_eq!(bad.day, Some(CHART_START));
        assert_eq!(bad.messages.len(), 4, "{:?}", bad.messages);
        let nonsense = run(vec![PriceChartAction::SetDay("soon".into())]);
        assert!(nonsense.messages[0].contains("is not a date"));
        assert_eq!(nonsense.day, None);
    }

    #[test]
    fn hovering_shows_a_day_without_picking_it() {
        let picked = run(vec![PriceChartAction::SetDay("2025-03-01".into())]);
        let hovering = picked.apply(
            PriceChartAction::Hover(Some(11)),
            REASONING_SERIES,
            &CATALOGUE,
        );
        assert_eq!(hovering.day(&CATALOGUE), Date::ymd(2024, 9, 12));
        assert_eq!(hovering.picked(&CATALOGUE), Date::ymd(2025, 3, 1));
        assert_eq!(
            hovering.to_pairs(&(REASONING_SERIES, CATALOGUE)),
            picked.to_pairs(&(REASONING_SERIES, CATALOGUE)),
            "a hover is not in the URL"
        );
        // Past either end it stays on the chart.
        let far = hovering.apply(
            PriceChartAction::Hover(Some(99_999)),
            REASONING_SERIES,
            &CATALOGUE,
        );
        assert_eq!(far.day(&CATALOGUE), CATALOGUE.checked);
        let left = far.apply(PriceChartAction::Hover(None), REASONING_SERIES, &CATALOGUE);
        assert_eq!(left, picked, "leaving brings the picked day back");
        // A click while hovering picks that day and ends the hover.
        let clicked = hovering.apply(
            PriceChartAction::SetDay("11".into()),
            REASONING_SERIES,
            &CATALOGUE,
        );
        assert_eq!(
            (clicked.day, clicked.hover),
            (Some(Date::ymd(2024, 9, 12)), None)
        );
        // A message from real input survives a passing pointer.
        let clamped = run(vec![PriceChartAction::SetDay("2030-01-01".into())]);
        let passed = clamped.apply(
            PriceChartAction::Hover(Some(3)),
            REASONING_SERIES,
            &CATALOGUE,
        );
        assert_eq!(passed.messages, clamped.messages);
    }

    #[test]
    fn the_axes_map_days_and_prices_into_the_chart() {
        assert_eq!(x_fraction(CHART_START, CATALOGUE.checked), 0.0);
        assert_eq!(x_fraction(CATALOGUE.checked, CATALOGUE.checked), 1.0);
        assert_eq!(x_fraction(Date::ymd(2030, 1, 1), CATALOGUE.checked), 1.0);
        let axis = Measure::Output.axis();
        assert_eq!(y_fraction(0.1, axis), 0.0);
        assert_eq!(y_fraction(100.0, axis), 1.0);
        assert!((y_fraction(10.0, axis) - 2.0 / 3.0).abs() < 1e-12);
        for price in [f64::NAN, -1.0, 0.0, 1e9] {
            let y = y_fraction(price, axis);
            assert!((0.0..=1.0).contains(&y));
        }
        // Every price drawn falls inside its axis.
        for series in REASONING_SERIES {
            for step in series.steps(CATALOGUE.models, CATALOGUE.checked) {
                for measure in [Measure::Output, Measure::Input] {
                    let (low, high) = measure.axis();
                    let price = measure.of(&step);
                    assert!(price >= low && price <= high, "{} {price}", series.key);
                }
            }
        }
    }

    #[test]
    fn the_csv_lists_every_step_on_show() {
        let csv = csv(
            &PriceChartState::new(),
            REASONING_SERIES,
            &CATALOGUE,
            |_| Some("https://x.org".to_owned()),
        );
        let lines: Vec<&str> = csv.lines().collect();
        assert!(
            lines[3].starts_with("DeepSeek,R1,2025-01-20,2025-05-27,0.55,0.14,2.19,high,"),
            "{}",
            lines[3]
        );
        assert!(lines
            .iter()
            .any(|l| l.starts_with("OpenAI,GPT-5,2025-08-07,2026-12-01,1.25,0.125,10,high,")));
        assert!(!csv.contains("o3-mini"), "optional lines only when shown");
    }
}
