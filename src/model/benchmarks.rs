//! The benchmark chart's state: which series show, how the rows are ordered, and the URL codec.
//! Series 0–5 are the R1 paper's columns; series 6 is o3 as announced (pre-release).

use super::locale::{t, tf};
use super::url_state::{Fragment, UrlState};

pub const SERIES_COUNT: usize = 7;
pub const O3_SERIES: usize = 6;
/// The paper's o1-1217 and DeepSeek-R1 columns, the pair the article compares.
pub const O1_SERIES: usize = 4;
pub const R1_SERIES: usize = 5;
/// Short keys for the URL.
pub const SERIES_KEYS: [&str; SERIES_COUNT] = ["claude", "gpt4o", "v3", "o1mini", "o1", "r1", "o3"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// The paper's order.
    Paper,
    /// R1's lead over o1, largest first; rows without both scores last.
    Gap,
}

impl Order {
    /// The order's name in the URL (`order=gap`) and in the page's markup.
    pub fn key(self) -> &'static str {
        match self {
            Order::Paper => "paper",
            Order::Gap => "gap",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct BenchState {
    pub visible: [bool; SERIES_COUNT],
    pub order: Order,
    pub messages: Vec<String>,
}

pub const DEFAULT_VISIBLE: [bool; SERIES_COUNT] = [false, false, false, false, true, true, false];

impl Default for BenchState {
    fn default() -> Self {
        BenchState {
            visible: DEFAULT_VISIBLE,
            order: Order::Paper,
            messages: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum BenchAction {
    Toggle(usize),
    SetOrder(Order),
    LoadFragment(String),
}

impl BenchState {
    pub fn apply(&self, action: BenchAction) -> BenchState {
        let mut next = self.clone();
        next.messages.clear();
        match action {
            BenchAction::Toggle(series) if series < SERIES_COUNT => {
                next.visible[series] = !next.visible[series];
                if !next.visible.iter().any(|shown| *shown) {
                    next.visible[series] = true;
                    next.messages
                        .push(t!("Keep at least one model on the chart.").into());
                }
            }
            BenchAction::Toggle(_) => {}
            BenchAction::SetOrder(order) => next.order = order,
            BenchAction::LoadFragment(hash) => return BenchState::from_hash(&hash, &()),
        }
        next
    }
}

/// R1's score minus o1's, where both exist.
pub fn gap(scores: &[Option<f64>; 6]) -> Option<f64> {
    Some(scores[R1_SERIES]? - scores[O1_SERIES]?)
}

/// Row indices in display order. Sorting by gap is stable and puts rows without a gap last.
pub fn row_order(rows: &[[Option<f64>; 6]], order: Order) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..rows.len()).collect();
    if order == Order::Gap {
        indices.sort_by(|a, b| match (gap(&rows[*a]), gap(&rows[*b])) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
    }
    indices
}

impl UrlState for BenchState {
    const KEYS: &'static [&'static str] = &["bm", "bsort"];
    type Context = ();

    fn from_fragment(fragment: &Fragment, _: &()) -> BenchState {
        let mut state = BenchState::default();
        if let Some(list) = fragment.get("bm") {
            let mut visible = [false; SERIES_COUNT];
            let mut unknown = Vec::new();
            for key in list.split(',').filter(|key| !key.is_empty()) {
                match SERIES_KEYS.iter().position(|known| *known == key) {
                    Some(index) => visible[index] = true,
                    None => unknown.push(key.chars().take(20).collect::<String>()),
                }
            }
            if !unknown.is_empty() {
                state.messages.push(tf!(
                    "From the link: unknown model “{}” ignored.",
                    unknown.join(t!("”, “"))
                ));
            }
            if visible.iter().any(|shown| *shown) {
                state.visible = visible;
            } else {
                state.messages.push(
                    t!("From the link: no known model to show, so showing o1 and DeepSeek-R1.")
                        .into(),
                );
            }
        }
        match fragment.get("bsort") {
            None | Some("paper") => {}
            Some("gap") => state.order = Order::Gap,
            Some(other) => state.messages.push(tf!(
                "From the link: order “{}” is unknown; using the paper's order.",
                other.chars().take(20).collect::<String>()
            )),
        }
        state
    }

    fn to_pairs(&self, _: &()) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.visible != DEFAULT_VISIBLE {
            let keys: Vec<&str> = SERIES_KEYS
                .iter()
                .zip(self.visible)
                .filter(|(_, shown)| *shown)
                .map(|(key, _)| *key)
                .collect();
            pairs.push(("bm", keys.join(",")));
        }
        if self.order == Order::Gap {
            pairs.push(("bsort", "gap".to_owned()));
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::benchmarks::ROWS;

    #[test]
    fn sorting_by_gap_puts_r1s_biggest_leads_first() {
        let scores: Vec<[Option<f64>; 6]> = ROWS.iter().map(|row| row.scores).collect();
        let order = row_order(&scores, Order::Gap);
        let keys: Vec<&str> = order.iter().map(|index| ROWS[*index].key).collect();
        // LiveCodeBench +2.5 leads; SimpleQA −16.9 trails among rows with both scores.
        assert_eq!(keys[0], "livecodebench");
        let last_with_gap = keys
            .iter()
            .rposition(|key| {
                gap(&ROWS.iter().find(|row| row.key == *key).unwrap().scores).is_some()
            })
            .unwrap();
        assert_eq!(keys[last_with_gap], "codeforces-rating");
        assert_eq!(
            row_order(&scores, Order::Paper),
            (0..ROWS.len()).collect::<Vec<_>>()
        );
        assert!(
            (gap(&ROWS[0].scores).unwrap() - 0.6).abs() < 1e-9,
            "AIME: 79.8 − 79.2"
        );
    }

    #[test]
    fn toggles_keep_one_series_and_round_trip_through_the_url() {
        let state = BenchState::default()
            .apply(BenchAction::Toggle(O1_SERIES))
            .apply(BenchAction::Toggle(R1_SERIES));
        assert_eq!(
            state.visible,
            [false, false, false, false, false, true, false]
        );
        assert_eq!(state.messages.len(), 1);
        let state = BenchState::default()
            .apply(BenchAction::Toggle(O3_SERIES))
            .apply(BenchAction::SetOrder(Order::Gap));
        let mut fragment = Fragment::default();
        state.write_into(&mut fragment, &());
        assert_eq!(fragment.to_hash(), "#bm=o1,r1,o3&bsort=gap");
        assert_eq!(BenchState::from_hash(&fragment.to_hash(), &()), state);
        assert!(BenchState::default().to_pairs(&()).is_empty());
    }

    #[test]
    fn hostile_fragments_fall_back_with_messages() {
        let state = BenchState::from_hash("#bm=<script>,,zz&bsort=%00", &());
        assert_eq!(state.visible, DEFAULT_VISIBLE);
        assert_eq!(state.order, Order::Paper);
        assert_eq!(state.messages.len(), 3);
        let _ = BenchState::default().apply(BenchAction::Toggle(99));
    }
}
