//! The toy run's table: its columns (each heading in the reader's words, each cell through the
//! one number formatter, never a float `format!`), the rows a short table shows, and the CSV of a
//! whole run.

use super::toy::{Row, Settings, MAX_LENGTH};
use crate::model::format::fixed;
use crate::model::locale::{t, tf};
use crate::model::number_input::trim_number;

/// A column of the run's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Step,
    MeanReward,
    MeanLength,
    WrongLength,
    RightLength,
    Accuracy,
    IdleGroups,
    PolicyTerm,
    KlTerm,
    Loss,
    GradientNorm,
}

impl Column {
    /// Every column, in the CSV's order.
    pub const ALL: [Column; 11] = [
        Column::Step,
        Column::MeanReward,
        Column::MeanLength,
        Column::WrongLength,
        Column::RightLength,
        Column::Accuracy,
        Column::IdleGroups,
        Column::PolicyTerm,
        Column::KlTerm,
        Column::Loss,
        Column::GradientNorm,
    ];

    /// The page's table: the shape of the paper's Fig. 1 (reward and length rising), and what
    /// Dr. GRPO changes (the length of wrong answers).
    pub const SHOWN: [Column; 4] = [
        Column::Step,
        Column::MeanReward,
        Column::MeanLength,
        Column::WrongLength,
    ];

    pub fn heading(self) -> &'static str {
        match self {
            Column::Step => t!("Step"),
            Column::MeanReward => t!("Mean reward"),
            Column::MeanLength => t!("Mean length"),
            Column::WrongLength => t!("Mean length of wrong answers"),
            Column::RightLength => t!("Mean length of right answers"),
            Column::Accuracy => t!("Share right"),
            Column::IdleGroups => t!("Groups that taught nothing"),
            Column::PolicyTerm => t!("Policy term"),
            Column::KlTerm => t!("KL term"),
            Column::Loss => t!("Loss"),
            Column::GradientNorm => t!("Gradient norm"),
        }
    }

    /// The row's value in this column; `None` where there is none (no wrong answer that step).
    pub fn value(self, row: &Row) -> Option<f64> {
        Some(match self {
            Column::Step => row.step as f64,
            Column::MeanReward => row.mean_reward,
            Column::MeanLength => row.mean_length,
            Column::WrongLength => return row.mean_wrong_length,
            Column::RightLength => return row.mean_right_length,
            Column::Accuracy => row.accuracy,
            Column::IdleGroups => row.idle_groups as f64,
            Column::PolicyTerm => row.policy_term,
            Column::KlTerm => row.kl_term,
            Column::Loss => row.loss(),
            Column::GradientNorm => row.grad_norm,
        })
    }

    /// Decimals in the page's table: rewards and shares to two, lengths to one, the loss and its
    /// terms to four (the loss is of the order of β).
    pub fn decimals(self) -> usize {
        match self {
            Column::Step | Column::IdleGroups => 0,
            Column::MeanLength | Column::WrongLength | Column::RightLength => 1,
            Column::MeanReward | Column::Accuracy => 2,
            Column::GradientNorm => 3,
            Column::PolicyTerm | Column::KlTerm | Column::Loss => 4,
        }
    }

    /// The cell as the page's table shows it: "—" for no value, a true minus sign, and no sign on
    /// a value that rounds to zero.
    pub fn cell(self, row: &Row) -> String {
        match self.value(row) {
            Some(value) => shown(value, self.decimals()),
            None => "—".to_owned(),
        }
    }
}

/// `fixed`, with "−" for a negative value and no sign at all on one that rounds to zero (a
/// policy term of −1e-18 is 0 to the reader).
pub fn shown(value: f64, decimals: usize) -> String {
    let text = fixed(value, decimals);
    match text.strip_prefix('-') {
        Some(digits) if digits.bytes().all(|b| b == b'0' || b == b'.') => digits.to_owned(),
        Some(digits) => format!("−{digits}"),
        None => text,
    }
}

/// `count` rows spread evenly over the run, always its first and its last: the static table's
/// rows, where the whole run would be hundreds of lines.
pub fn milestones(rows: &[Row], count: usize) -> Vec<&Row> {
    if rows.len() <= count {
        return rows.iter().collect();
    }
    let last = rows.len() - 1;
    match count {
        0 => Vec::new(),
        1 => vec![&rows[last]],
        _ => (0..count).map(|i| &rows[i * last / (count - 1)]).collect(),
    }
}

/// The run as CSV: its settings (so the file says which run it is), then every row with every
/// column, six decimals, with an empty cell where a column has no value.
pub fn csv(settings: &Settings, seed: u32, rows: &[Row]) -> String {
    let objective = if settings.dr_grpo {
        t!("Dr. GRPO (no 1/|o| and no std)")
    } else {
        t!("GRPO")
    };
    let quoted = |text: &str| {
        if text.contains([',', '"', '\n']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_owned()
        }
    };
    let mut lines = vec![
        t!("# r1-explainer toy GRPO run: a toy, not R1").to_owned(),
        tf!("# seed,{}", seed),
        tf!("# objective,{}", quoted(objective)),
        tf!("# answers per question (G),{}", settings.group_size),
        tf!("# questions per step,{}", settings.questions),
        tf!("# KL weight β,{}", trim_number(settings.beta)),
        tf!("# clip range ε,{}", trim_number(settings.clip)),
        tf!(
            "# learning rate (Adam),{}",
            trim_number(settings.learning_rate)
        ),
        tf!("# gradient steps per batch,{}", settings.inner_steps),
        tf!("# maximum length (steps),{}", MAX_LENGTH),
        Column::ALL
            .iter()
            .map(|column| quoted(column.heading()))
            .collect::<Vec<_>>()
            .join(","),
    ];
    for row in rows {
        let cells: Vec<String> = Column::ALL
            .iter()
            .map(|column| match (column, column.value(row)) {
                (_, None) => String::new(),
                (Column::Step | Column::IdleGroups, Some(value)) => fixed(value, 0),
                (_, Some(value)) => fixed(value, 6),
            })
            .collect();
        lines.push(cells.join(","));
    }
    lines.join("\n") + "\n"
}
