//! The training-cost panel: its state (the rental price the reader chooses, in the URL as `gpu`)
//! and its arithmetic, GPU-hours times that price for DeepSeek's own runs, set beside fixed dollar
//! figures for other spending, so the scale of each is honest.

use super::facts::Fact;
use super::format;
use super::number_input::{parse_number, trim_number, NumberSpec};
use super::url_state::{from_link, Fragment, UrlState};
use crate::model::locale::{t, tf};

/// The rental price DeepSeek assumed for its $5.576M figure.
pub const DEFAULT_GPU_HOUR_PRICE: f64 = 2.0;
pub const GPU_HOUR_PRICE_RANGE: (f64, f64) = (0.5, 10.0);
pub const GPU_HOUR_PRICE_LABEL: &str = "Rental price per H800 GPU-hour";

#[derive(Clone, Debug, PartialEq)]
pub struct TrainingState {
    pub gpu_hour_price: f64,
    /// Visible explanations of input that was clamped or rejected.
    pub messages: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TrainingAction {
    /// Raw text from the price box or its slider.
    SetPrice(String),
    /// Restores state from the URL fragment (on load and on back/forward).
    LoadFragment(String),
}

fn parse_price(text: &str) -> Result<(f64, Option<String>), String> {
    parse_number(
        &NumberSpec {
            label: GPU_HOUR_PRICE_LABEL,
            range: GPU_HOUR_PRICE_RANGE,
            whole: false,
            show: format::usd,
        },
        text,
    )
}

impl TrainingState {
    pub fn new() -> TrainingState {
        TrainingState {
            gpu_hour_price: DEFAULT_GPU_HOUR_PRICE,
            messages: Vec::new(),
        }
    }

    pub fn apply(&self, action: TrainingAction) -> TrainingState {
        match action {
            TrainingAction::SetPrice(text) => match parse_price(&text) {
                Ok((price, message)) => TrainingState {
                    gpu_hour_price: price,
                    messages: message.into_iter().collect(),
                },
                Err(message) => TrainingState {
                    gpu_hour_price: self.gpu_hour_price,
                    messages: vec![message],
                },
            },
            TrainingAction::LoadFragment(hash) => TrainingState::from_hash(&hash, &()),
        }
    }

    /// Whether the figures shown are the ones the sources state (at DeepSeek's own assumption).
    pub fn at_reported_price(&self) -> bool {
        self.gpu_hour_price == DEFAULT_GPU_HOUR_PRICE
    }
}

impl Default for TrainingState {
    fn default() -> Self {
        TrainingState::new()
    }
}

/// How a line's dollar figure comes about.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Basis {
    /// GPU-hours rented at the reader's price.
    Rented { gpu_hours: f64 },
    /// A dollar figure as stated by its source (`estimate` when it is an outside estimate); the
    /// GPU price does not move it.
    Reported { estimate: bool },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainingLine {
    /// The fact behind the line (its label, source and caveat).
    pub fact: &'static Fact,
    pub basis: Basis,
    pub cost: f64,
    /// The fact that states this line's cost at the sources' own $2 per GPU-hour, where one does.
    pub reported_cost: Option<&'static Fact>,
    /// Stages of a run are indented under its total.
    pub is_stage: bool,
}

/// The facts the panel shows, in order: V3's total and three stages, R1's own total and three
/// stages, then the comparisons that are not rentals. Each rented line pairs the fact giving its
/// GPU-hours with the fact giving its cost at $2 (for R1's stages only the cost is published, so
/// their hours are that cost at $2).
pub const V3_TOTAL: (&str, &str) = ("v3_gpu_hours", "v3_final_run_cost");
pub const STAGES: [(&str, &str); 3] = [
    ("v3_pretrain_gpu_hours", "v3_pretrain_cost"),
    ("v3_context_ext_gpu_hours", "v3_context_ext_cost"),
    ("v3_post_train_gpu_hours", "v3_post_train_cost"),
];
pub const R1_OWN: (&str, &str) = ("r1_rl_gpu_hours", "r1_rl_cost");
pub const R1_STAGES: [&str; 3] = ["r1_zero_rl_cost", "r1_sft_data_cost", "r1_final_rl_cost"];
pub const REPORTED: [(&str, bool); 2] =
    [("amodei_frontier_run", false), ("semianalysis_capex", true)];

/// Builds the lines at a GPU-hour price; facts that are missing or not numeric are skipped (the
/// data tests make sure none is).
pub fn lines(
    gpu_hour_price: f64,
    fact: impl Fn(&str) -> Option<&'static Fact>,
) -> Vec<TrainingLine> {
    let rented = |(hours_id, cost_id): (&str, &str), is_stage: bool| {
        let hours = fact(hours_id)?;
        let gpu_hours = hours.value.number()?;
        Some(TrainingLine {
            fact: hours,
            basis: Basis::Rented { gpu_hours },
            cost: gpu_hours * gpu_hour_price,
            reported_cost: fact(cost_id),
            is_stage,
        })
    };
    // Published as a cost at the sources' rate: its hours are that cost at that rate.
    let rented_from_cost = |cost_id: &str| {
        let cost = fact(cost_id)?;
        let gpu_hours = cost.value.number()? / DEFAULT_GPU_HOUR_PRICE;
        Some(TrainingLine {
            fact: cost,
            basis: Basis::Rented { gpu_hours },
            cost: gpu_hours * gpu_hour_price,
            reported_cost: Some(cost),
            is_stage: true,
        })
    };
    let reported = |(id, estimate): &(&str, bool)| {
        let fact = fact(id)?;
        Some(TrainingLine {
            fact,
            basis: Basis::Reported {
                estimate: *estimate,
            },
            cost: fact.value.number()?,
            reported_cost: None,
            is_stage: false,
        })
    };
    let mut lines: Vec<TrainingLine> = Vec::new();
    lines.extend(rented(V3_TOTAL, false));
    lines.extend(STAGES.iter().filter_map(|ids| rented(*ids, true)));
    lines.extend(rented(R1_OWN, false));
    lines.extend(R1_STAGES.iter().filter_map(|id| rented_from_cost(id)));
    lines.extend(REPORTED.iter().filter_map(reported));
    lines
}

/// The costs the panel's chart must take in whatever price the reader picks: its bars at the
/// cheapest and at the dearest price the field accepts. With them the axis never moves, so the
/// figures that do not depend on the price (Amodei's, SemiAnalysis's) keep their length.
pub fn axis_span(fact: impl Fn(&str) -> Option<&'static Fact> + Copy) -> Vec<f64> {
    [GPU_HOUR_PRICE_RANGE.0, GPU_HOUR_PRICE_RANGE.1]
        .iter()
        .flat_map(|price| lines(*price, fact))
        .filter(|line| !line.is_stage)
        .map(|line| line.cost)
        .collect()
}

/// What the panel shows, as CSV (the Download CSV tool): the price used, then one line per run or
/// stage with its GPU-hours, its cost at that price and its sources.
pub fn csv(
    gpu_hour_price: f64,
    lines: &[TrainingLine],
    source_url: impl Fn(&str) -> Option<String>,
) -> String {
    let mut out = vec![
        t!("# r1-explainer training costs").to_owned(),
        tf!(
            "# rental price per H800 GPU-hour ($),{}",
            trim_number(gpu_hour_price)
        ),
        t!("what,stage,basis,GPU-hours,cost $,sources").to_owned(),
    ];
    for line in lines {
        let (basis, hours) = match line.basis {
            Basis::Rented { gpu_hours } => (t!("rented GPU-hours"), trim_number(gpu_hours)),
            Basis::Reported { estimate: true } => (t!("estimate as reported"), String::new()),
            Basis::Reported { estimate: false } => (t!("as said"), String::new()),
        };
        let urls: Vec<String> = line
            .fact
            .sources
            .iter()
            .filter_map(|id| source_url(id))
            .collect();
        let label = line.fact.label().replace('"', "\"\"");
        out.push(format!(
            "\"{label}\",{},{basis},{hours},{},{}",
            if line.is_stage {
                t!("stage")
            } else {
                t!("total")
            },
            trim_number(line.cost),
            urls.join(" ")
        ));
    }
    out.join("\n") + "\n"
}

impl UrlState for TrainingState {
    const KEYS: &'static [&'static str] = &["gpu"];
    type Context = ();

    /// Reads `gpu` from a fragment; a bad value keeps the default and says why.
    fn from_fragment(fragment: &Fragment, _: &()) -> TrainingState {
        let mut state = TrainingState::new();
        if let Some(text) = fragment.get("gpu") {
            if let Some(price) = from_link(parse_price(text), &mut state.messages) {
                state.gpu_hour_price = price;
            }
        }
        state
    }

    /// The non-default price as URL pairs.
    fn to_pairs(&self, _: &()) -> Vec<(&'static str, String)> {
        if self.gpu_hour_price == DEFAULT_GPU_HOUR_PRICE {
            Vec::new()
        } else {
            vec![("gpu", trim_number(self.gpu_hour_price))]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;
    use crate::model::format;

    fn cost_of(lines: &[TrainingLine], id: &str) -> String {
        format::usd_compact(lines.iter().find(|line| line.fact.id == id).unwrap().cost)
    }

    #[test]
    fn the_chart_axis_is_the_same_at_every_price_so_fixed_figures_keep_their_length() {
        use crate::model::chart::{Axis, Scale};
        // As the bar chart builds it: the bars' values, then what the axis must also reach.
        let axis_at = |price: f64, reaches: &[f64]| {
            let mut values: Vec<Option<f64>> = lines(price, data::fact)
                .iter()
                .filter(|line| !line.is_stage)
                .map(|line| Some(line.cost))
                .collect();
            values.extend(reaches.iter().copied().map(Some));
            Axis::fit(&values, Scale::Log)
        };
        let span = axis_span(data::fact);
        let at_default = axis_at(DEFAULT_GPU_HOUR_PRICE, &span);
        for price in [GPU_HOUR_PRICE_RANGE.0, 1.0, 3.7, GPU_HOUR_PRICE_RANGE.1] {
            assert_eq!(axis_at(price, &span), at_default, "at ${price}");
        }
        // Fitted to the bars alone it moved a decade each way (from $10K to $1M at its low end).
        assert_ne!(
            axis_at(GPU_HOUR_PRICE_RANGE.0, &[]),
            axis_at(GPU_HOUR_PRICE_RANGE.1, &[])
        );
    }

    #[test]
    fn at_two_dollars_the_final_run_is_5_576_million() {
        let lines = lines(2.0, data::fact);
        assert_eq!(lines.len(), 10);
        assert_eq!(cost_of(&lines, "v3_gpu_hours"), "$5.576M");
        assert_eq!(cost_of(&lines, "v3_pretrain_gpu_hours"), "$5.328M");
        assert_eq!(cost_of(&lines, "v3_context_ext_gpu_hours"), "$238K");
        assert_eq!(cost_of(&lines, "v3_post_train_gpu_hours"), "$10K");
        assert_eq!(cost_of(&lines, "r1_rl_gpu_hours"), "$294K");
        assert_eq!(cost_of(&lines, "r1_zero_rl_cost"), "$202K");
        assert_eq!(cost_of(&lines, "r1_final_rl_cost"), "$82K");
        assert_eq!(cost_of(&lines, "amodei_frontier_run"), "$1B");
        assert_eq!(cost_of(&lines, "semianalysis_capex"), "$1.6B");
        // Each run's stages add up to its total, and at $2 every rented line costs what the
        // sources say it cost.
        let stage_sum = |ids: &[&str]| -> f64 {
            lines
                .iter()
                .filter(|line| ids.contains(&line.fact.id))
                .map(|line| line.cost)
                .sum()
        };
        let v3: Vec<&str> = STAGES.iter().map(|(hours, _)| *hours).collect();
        assert!((stage_sum(&v3) - 5_576_000.0).abs() < 1e-6);
        assert!((stage_sum(&R1_STAGES) - 294_000.0).abs() < 1e-6);
        for line in &lines {
            if let Some(reported) = line.reported_cost {
                assert_eq!(Some(line.cost), reported.value.number(), "{}", line.fact.id);
            }
        }
    }

    #[test]
    fn the_price_lives_in_the_url_and_bad_input_says_why() {
        let state = TrainingState::new().apply(TrainingAction::SetPrice("2.5".into()));
        assert_eq!(state.gpu_hour_price, 2.5);
        assert_eq!(state.to_pairs(&()), vec![("gpu", "2.5".to_owned())]);
        assert!(TrainingState::new().to_pairs(&()).is_empty());
        assert!(TrainingState::new().at_reported_price());
        let restored =
            TrainingState::new().apply(TrainingAction::LoadFragment("#in=5&gpu=2.5".into()));
        assert_eq!(restored, state);
        let clamped = TrainingState::from_hash("#gpu=1e6", &());
        assert_eq!(clamped.gpu_hour_price, GPU_HOUR_PRICE_RANGE.1);
        assert!(
            clamped.messages[0].contains("above the maximum"),
            "{:?}",
            clamped.messages
        );
        let rejected = state.apply(TrainingAction::SetPrice("cheap".into()));
        assert_eq!(rejected.gpu_hour_price, 2.5);
        assert!(rejected.messages[0].contains("is not a number"));
        let below = TrainingState::from_hash("#gpu=-2", &());
        assert_eq!(below.gpu_hour_price, GPU_HOUR_PRICE_RANGE.0);
        assert!(below.messages[0].contains("below the minimum"));
    }

    #[test]
    fn the_csv_holds_every_line_at_the_chosen_price() {
        let lines = lines(3.0, data::fact);
        let csv = csv(3.0, &lines, |_| Some("https://example.org/s".to_owned()));
        let rows: Vec<&str> = csv.lines().collect();
        assert_eq!(rows[1], "# rental price per H800 GPU-hour ($),3");
        assert_eq!(rows.len(), 3 + lines.len());
        assert_eq!(
            rows[3],
            "\"DeepSeek-V3 final training run, total compute\",total,rented GPU-hours,2788000,8364000,https://example.org/s"
        );
        assert!(csv.contains(",total,as said,,1000000000,"), "{csv}");
    }

    #[test]
    fn the_rental_price_moves_rentals_only() {
        let lines = lines(3.0, data::fact);
        assert_eq!(cost_of(&lines, "v3_gpu_hours"), "$8.364M");
        assert_eq!(cost_of(&lines, "r1_rl_gpu_hours"), "$441K");
        assert_eq!(cost_of(&lines, "semianalysis_capex"), "$1.6B");
    }
}
