//! What the cost widget answers: one row per model with the prices that applied on the day and
//! the costs, each against the baseline, and the check of the article's "95% cheaper".

use super::state::CostState;
use crate::model::format;
use crate::model::locale::{t, tf};
use crate::model::pricing::{self, PriceOn, PricedModel};

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
        t!("same cost").to_owned()
    } else if ratio > 1.0 {
        tf!("{} cheaper", format::multiple(ratio))
    } else {
        tf!("{} dearer", format::multiple(1.0 / ratio))
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
        return ClaimCheck::NotComparable(tf!(
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
