//! API price histories and the cost of a workload: which price was in force on a day, and what a
//! request costs at that price. Reasoning tokens are billed as output tokens by every vendor here.

use super::date::Date;
use super::facts::Confidence;
use super::locale::{lookup, t};

/// Dollars per million tokens for the three token classes vendors bill.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rates {
    pub input: f64,
    pub cached_input: f64,
    pub output: f64,
}

/// One price in force from `from` (inclusive) until `until` (exclusive; `None` = still listed at
/// the end of our data).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PricePeriod {
    pub from: Date,
    pub until: Option<Date>,
    pub rates: Rates,
    /// What this period is called on the price list ("launch price", "off-peak, 16:30–00:30 UTC").
    pub label: &'static str,
    pub sources: &'static [&'static str],
    pub confidence: Confidence,
    pub caveat: Option<&'static str>,
}

impl PricePeriod {
    pub fn applies_on(&self, day: Date) -> bool {
        self.from <= day && self.until.is_none_or(|until| day < until)
    }
}

/// Where an edition keeps a price period's renminbi amount (DeepSeek priced in CNY; the Chinese
/// edition shows it beside the dollars): `price::r1::2025-01-20::cny::input`. `rate` is
/// `input`, `cached_input` or `output`.
pub fn cny_key(model: &str, from: Date, rate: &str) -> String {
    format!("price::{model}::{from}::cny::{rate}")
}

/// Who makes a model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vendor {
    OpenAi,
    DeepSeek,
}

impl Vendor {
    pub fn name(self) -> &'static str {
        match self {
            Vendor::OpenAi => t!("OpenAI"),
            Vendor::DeepSeek => t!("DeepSeek"),
        }
    }
}

/// A model (or a pricing variant of one, such as R1 off-peak) and its price history.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PricedModel {
    /// Short, stable key used in URLs and CSV.
    pub key: &'static str,
    pub name: &'static str,
    pub vendor: Vendor,
    /// Price periods in date order, not overlapping.
    pub history: &'static [PricePeriod],
}

/// The priced models and the last day their prices were checked: a price view accepts any day
/// from the first price to that one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Catalogue {
    pub models: &'static [PricedModel],
    pub checked: Date,
}

impl Catalogue {
    /// The first and the last day a price view accepts.
    pub fn days(&self) -> (Date, Date) {
        let first = self
            .models
            .iter()
            .filter_map(|model| model.history.first())
            .map(|period| period.from)
            .min()
            .unwrap_or(self.checked);
        (first.min(self.checked), self.checked)
    }
}

/// One model's stretch of a vendor's reasoning-price line (see `PriceSeries`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub from: Date,
    /// Key of the model in the catalogue whose prices apply.
    pub model: &'static str,
    /// What the chart calls this stretch (a model may carry on under a new name, as R1-0528 did).
    pub label: &'static str,
}

/// A vendor's reasoning model on sale over time: successive segments, each a model of the
/// catalogue, in date order. `optional` series are off until a reader adds them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PriceSeries {
    pub key: &'static str,
    pub name: &'static str,
    pub vendor: Vendor,
    pub optional: bool,
    pub segments: &'static [Segment],
}

/// A stretch of days with one price: the segment's label and the period of its model in force.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub from: Date,
    /// Exclusive; the series' last step ends at the end of the chart.
    pub until: Date,
    pub label: &'static str,
    pub model: &'static PricedModel,
    pub period: &'static PricePeriod,
}

impl PriceSeries {
    /// What the chart calls one of the line's models: the line's name and the model's ("DeepSeek
    /// R1", "OpenAI GPT-5"), or the model's alone on a line named after it ("o3-mini", not "o3-mini
    /// o3-mini").
    pub fn step_name(&self, label: &str) -> String {
        if label.starts_with(self.name) {
            label.to_owned()
        } else {
            format!("{} {}", self.name, label)
        }
    }

    /// The series cut into steps of constant price up to `end` (exclusive): where a segment's
    /// model changes price, a new step starts. Days a model had no price leave a gap.
    pub fn steps(&self, catalogue: &'static [PricedModel], end: Date) -> Vec<Step> {
        let mut steps = Vec::new();
        for (index, segment) in self.segments.iter().enumerate() {
            let segment_end = self
                .segments
                .get(index + 1)
                .map_or(end, |next| next.from)
                .min(end);
            let Some(model) = catalogue.iter().find(|model| model.key == segment.model) else {
                continue;
            };
            for period in model.history {
                let from = period.from.max(segment.from);
                let until = period
                    .until
                    .map_or(segment_end, |until| until.min(segment_end));
                if from < until {
                    steps.push(Step {
                        from,
                        until,
                        label: segment.label,
                        model,
                        period,
                    });
                }
            }
        }
        steps
    }

    /// The step in force on `day`, if the series had a price then.
    pub fn on(&self, catalogue: &'static [PricedModel], day: Date, end: Date) -> Option<Step> {
        self.steps(catalogue, end)
            .into_iter()
            .find(|step| step.from <= day && day < step.until)
    }
}

/// Each vendor's reasoning model on sale on `day`, as the price chart's main lines have it (its
/// optional lines aside): what a day sent from the price chart or the timeline brings into the
/// cost calculator in place of chosen models that were not on sale then.
pub fn on_sale_by_line(
    lines: &[PriceSeries],
    catalogue: &Catalogue,
    day: Date,
) -> Vec<&'static str> {
    lines
        .iter()
        .filter(|line| !line.optional)
        .filter_map(|line| line.on(catalogue.models, day, catalogue.checked.add_days(1)))
        .map(|step| step.model.key)
        .collect()
}

/// A model's name in the current edition: most are product names, the same in every edition, so
/// only a name the edition has words for changes. In the model layer, so the calculator's
/// messages name models as its table does.
pub fn model_name(name: &'static str) -> &'static str {
    lookup(name).unwrap_or(name)
}

/// Whether a model could be bought on a given day, and at what price.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PriceOn {
    Listed(&'static PricePeriod),
    /// Not yet on sale: the first price starts on this day.
    NotYetAvailable(Date),
    /// No longer sold under this name: the last price ended on this day.
    Withdrawn(Date),
}

impl PricedModel {
    /// Whether it had a list price on `day`.
    pub fn on_sale(&self, day: Date) -> bool {
        matches!(self.price_on(day), PriceOn::Listed(_))
    }

    pub fn price_on(&self, day: Date) -> PriceOn {
        if let Some(period) = self.history.iter().find(|period| period.applies_on(day)) {
            return PriceOn::Listed(period);
        }
        match (self.history.first(), self.history.last()) {
            (Some(first), _) if day < first.from => PriceOn::NotYetAvailable(first.from),
            (_, Some(last)) => PriceOn::Withdrawn(last.until.unwrap_or(last.from)),
            _ => PriceOn::NotYetAvailable(day),
        }
    }

    /// The day the model was first priced.
    pub fn first_listed(&self) -> Option<Date> {
        self.history.first().map(|period| period.from)
    }
}

/// The most tokens a field accepts; beyond this a value is clamped (and the reader told).
pub const MAX_TOKENS: u64 = 1_000_000_000_000;
/// The most requests per day a field accepts.
pub const MAX_REQUESTS_PER_DAY: u64 = 1_000_000_000;
/// A month, for monthly totals, is 30 days.
pub const DAYS_PER_MONTH: u64 = 30;

/// What one request looks like, and how many a day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Workload {
    pub input_tokens: u64,
    /// Share of the input tokens served from the vendor's cache, in percent (0–100).
    pub cached_percent: f64,
    /// Tokens of the answer the reader sees.
    pub output_tokens: u64,
    /// Hidden chain-of-thought tokens; billed at the output price.
    pub reasoning_tokens: u64,
    pub requests_per_day: u64,
}

impl Workload {
    /// Input tokens billed at the cached price (rounded to whole tokens).
    pub fn cached_input_tokens(&self) -> u64 {
        let share = self.cached_percent.clamp(0.0, 100.0);
        let share = if share.is_nan() { 0.0 } else { share };
        ((self.input_tokens as f64) * share / 100.0).round() as u64
    }

    pub fn uncached_input_tokens(&self) -> u64 {
        self.input_tokens - self.cached_input_tokens().min(self.input_tokens)
    }

    /// Visible plus reasoning tokens: everything billed at the output price.
    pub fn billed_output_tokens(&self) -> u64 {
        self.output_tokens.saturating_add(self.reasoning_tokens)
    }
}

/// The cost of one request at the given rates, in dollars.
pub fn cost_per_request(workload: &Workload, rates: &Rates) -> f64 {
    let per_token = |tokens: u64, price_per_million: f64| tokens as f64 * price_per_million / 1e6;
    per_token(workload.uncached_input_tokens(), rates.input)
        + per_token(workload.cached_input_tokens(), rates.cached_input)
        + per_token(workload.billed_output_tokens(), rates.output)
}

/// Per request, per day and per 30-day month, in dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Costs {
    pub per_request: f64,
    pub per_day: f64,
    pub per_month: f64,
}

pub fn costs(workload: &Workload, rates: &Rates) -> Costs {
    let per_request = cost_per_request(workload, rates);
    let per_day = per_request * workload.requests_per_day as f64;
    Costs {
        per_request,
        per_day,
        per_month: per_day * DAYS_PER_MONTH as f64,
    }
}

/// How `candidate` compares with `baseline`: the ratio baseline/candidate and the share saved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Comparison {
    /// How many times cheaper the candidate is (below 1: how much dearer, as 1/ratio).
    pub times_cheaper: f64,
    /// Percent of the baseline's cost saved (negative when the candidate costs more).
    pub percent_saved: f64,
}

/// `None` when either cost is zero, where a ratio means nothing.
pub fn compare(baseline: f64, candidate: f64) -> Option<Comparison> {
    if baseline <= 0.0 || candidate <= 0.0 || !baseline.is_finite() || !candidate.is_finite() {
        return None;
    }
    Some(Comparison {
        times_cheaper: baseline / candidate,
        percent_saved: (1.0 - candidate / baseline) * 100.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const O1: Rates = Rates {
        input: 15.0,
        cached_input: 7.5,
        output: 60.0,
    };
    const R1: Rates = Rates {
        input: 0.55,
        cached_input: 0.14,
        output: 2.19,
    };

    fn workload(input: u64, cached_percent: f64, output: u64, reasoning: u64) -> Workload {
        Workload {
            input_tokens: input,
            cached_percent,
            output_tokens: output,
            reasoning_tokens: reasoning,
            requests_per_day: 1,
        }
    }

    #[test]
    fn a_million_in_and_out_costs_75_dollars_on_o1_and_2_74_on_r1() {
        let million_each = workload(1_000_000, 0.0, 1_000_000, 0);
        let o1 = cost_per_request(&million_each, &O1);
        let r1 = cost_per_request(&million_each, &R1);
        assert_eq!(crate::model::format::usd(o1), "$75.00");
        assert_eq!(crate::model::format::usd(r1), "$2.74");
        let comparison = compare(o1, r1).unwrap();
        assert_eq!(
            crate::model::format::multiple(comparison.times_cheaper),
            "27.4×"
        );
        assert_eq!(
            crate::model::format::percent(comparison.percent_saved, 2),
            "96.35%"
        );
    }

    #[test]
    fn reasoning_tokens_are_billed_as_output() {
        let visible_only = workload(0, 0.0, 1_000, 0);
        let with_reasoning = workload(0, 0.0, 1_000, 9_000);
        assert!((cost_per_request(&visible_only, &O1) - 0.06).abs() < 1e-12);
        assert!((cost_per_request(&with_reasoning, &O1) - 0.6).abs() < 1e-12);
    }

    #[test]
    fn fully_cached_input_uses_the_cached_price() {
        let cached = workload(1_000_000, 100.0, 0, 0);
        let ratio = compare(
            cost_per_request(&cached, &O1),
            cost_per_request(&cached, &R1),
        )
        .unwrap();
        assert_eq!(crate::model::format::multiple(ratio.times_cheaper), "53.6×");
        assert_eq!(
            crate::model::format::percent(ratio.percent_saved, 1),
            "98.1%"
        );
        let half = workload(1_000, 50.0, 0, 0);
        assert_eq!(half.cached_input_tokens(), 500);
        assert_eq!(workload(1_000, f64::NAN, 0, 0).cached_input_tokens(), 0);
        assert_eq!(workload(1_000, 250.0, 0, 0).cached_input_tokens(), 1_000);
    }

    #[test]
    fn monthly_cost_is_thirty_days_of_requests() {
        let mut chat = workload(1_000_000, 0.0, 1_000_000, 0);
        chat.requests_per_day = 10;
        let totals = costs(&chat, &R1);
        assert!((totals.per_day - 27.4).abs() < 1e-9);
        assert!((totals.per_month - 822.0).abs() < 1e-9);
    }

    #[test]
    fn no_ratio_against_a_zero_cost() {
        assert_eq!(compare(0.0, 1.0), None);
        assert_eq!(compare(1.0, 0.0), None);
        assert_eq!(compare(f64::NAN, 1.0), None);
        let dearer = compare(1.0, 4.0).unwrap();
        assert_eq!(dearer.percent_saved, -300.0);
    }

    const HISTORY: [PricePeriod; 2] = [
        PricePeriod {
            from: Date::ymd(2025, 1, 20),
            until: Some(Date::ymd(2025, 9, 5)),
            rates: R1,
            label: "standard",
            sources: &[],
            confidence: Confidence::High,
            caveat: None,
        },
        PricePeriod {
            from: Date::ymd(2025, 9, 5),
            until: Some(Date::ymd(2025, 9, 29)),
            rates: O1,
            label: "later",
            sources: &[],
            confidence: Confidence::High,
            caveat: None,
        },
    ];
    const MODEL: PricedModel = PricedModel {
        key: "t",
        name: "Test",
        vendor: Vendor::DeepSeek,
        history: &HISTORY,
    };

    #[test]
    fn a_step_is_named_once_on_a_line_named_after_its_model() {
        let line = |name| PriceSeries {
            key: "k",
            name,
            vendor: Vendor::OpenAi,
            optional: true,
            segments: &[],
        };
        assert_eq!(line("o3-mini").step_name("o3-mini"), "o3-mini");
        assert_eq!(line("DeepSeek").step_name("R1"), "DeepSeek R1");
    }

    #[test]
    fn prices_start_inclusive_and_end_exclusive() {
        assert_eq!(
            MODEL.price_on(Date::ymd(2025, 1, 19)),
            PriceOn::NotYetAvailable(Date::ymd(2025, 1, 20))
        );
        assert_eq!(
            MODEL.price_on(Date::ymd(2025, 1, 20)),
            PriceOn::Listed(&HISTORY[0])
        );
        assert_eq!(
            MODEL.price_on(Date::ymd(2025, 9, 4)),
            PriceOn::Listed(&HISTORY[0])
        );
        assert_eq!(
            MODEL.price_on(Date::ymd(2025, 9, 5)),
            PriceOn::Listed(&HISTORY[1])
        );
        assert_eq!(
            MODEL.price_on(Date::ymd(2025, 9, 29)),
            PriceOn::Withdrawn(Date::ymd(2025, 9, 29))
        );
    }
}
