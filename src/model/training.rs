//! The training-cost panel's arithmetic: GPU-hours times a rental price for DeepSeek's own runs,
//! set beside fixed dollar figures for other spending, so the scale of each is honest.

use super::facts::Fact;

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
    /// Stages of DeepSeek-V3's final run are indented under its total.
    pub is_stage: bool,
}

/// The facts the panel shows, in order: V3's three stages and total, R1's own RL, then the
/// comparisons that are not rentals.
pub const STAGES: [&str; 3] = [
    "v3_pretrain_gpu_hours",
    "v3_context_ext_gpu_hours",
    "v3_post_train_gpu_hours",
];
pub const V3_TOTAL: &str = "v3_gpu_hours";
pub const R1_OWN: &str = "r1_rl_gpu_hours";
pub const REPORTED: [(&str, bool); 2] =
    [("amodei_frontier_run", false), ("semianalysis_capex", true)];

/// Builds the lines at a GPU-hour price; facts that are missing or not numeric are skipped (the
/// data tests make sure none is).
pub fn lines(
    gpu_hour_price: f64,
    fact: impl Fn(&str) -> Option<&'static Fact>,
) -> Vec<TrainingLine> {
    let rented = |id: &str, is_stage: bool| {
        let fact = fact(id)?;
        let gpu_hours = fact.value.number()?;
        Some(TrainingLine {
            fact,
            basis: Basis::Rented { gpu_hours },
            cost: gpu_hours * gpu_hour_price,
            is_stage,
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
            is_stage: false,
        })
    };
    let mut lines: Vec<TrainingLine> = Vec::new();
    lines.extend(rented(V3_TOTAL, false));
    lines.extend(STAGES.iter().filter_map(|id| rented(id, true)));
    lines.extend(rented(R1_OWN, false));
    lines.extend(REPORTED.iter().filter_map(reported));
    lines
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
    fn at_two_dollars_the_final_run_is_5_576_million() {
        let lines = lines(2.0, data::fact);
        assert_eq!(lines.len(), 7);
        assert_eq!(cost_of(&lines, "v3_gpu_hours"), "$5.576M");
        assert_eq!(cost_of(&lines, "v3_pretrain_gpu_hours"), "$5.328M");
        assert_eq!(cost_of(&lines, "v3_context_ext_gpu_hours"), "$238K");
        assert_eq!(cost_of(&lines, "v3_post_train_gpu_hours"), "$10K");
        assert_eq!(cost_of(&lines, "r1_rl_gpu_hours"), "$294K");
        assert_eq!(cost_of(&lines, "amodei_frontier_run"), "$1B");
        assert_eq!(cost_of(&lines, "semianalysis_capex"), "$1.6B");
        let stages: f64 = lines
            .iter()
            .filter(|line| line.is_stage)
            .map(|line| line.cost)
            .sum();
        assert!((stages - 5_576_000.0).abs() < 1e-6);
    }

    #[test]
    fn the_rental_price_moves_rentals_only() {
        let lines = lines(3.0, data::fact);
        assert_eq!(cost_of(&lines, "v3_gpu_hours"), "$8.364M");
        assert_eq!(cost_of(&lines, "r1_rl_gpu_hours"), "$441K");
        assert_eq!(cost_of(&lines, "semianalysis_capex"), "$1.6B");
    }
}
