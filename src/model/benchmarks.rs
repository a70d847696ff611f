//! The benchmark chart's state: which series show, how the rows are ordered, and the URL codec.
//! Series 0–5 are the R1 paper's columns; series 6 is o3 as announced (pre-release).

use super::locale::{t, tf};
use super::url_state::{say_unknown, Fragment, UrlState};

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
    /// The chart's width in CSS pixels once the island has measured it; `None` in the prerendered
    /// chart, which is laid out in percentages (see `bar_span`).
    pub width: Option<u32>,
}

pub const DEFAULT_VISIBLE: [bool; SERIES_COUNT] = [false, false, false, false, true, true, false];

impl Default for BenchState {
    fn default() -> Self {
        BenchState {
            visible: DEFAULT_VISIBLE,
            order: Order::Paper,
            messages: Vec::new(),
            width: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum BenchAction {
    Toggle(usize),
    SetOrder(Order),
    LoadFragment(String),
    /// The chart was measured (on start and on every resize).
    SetWidth(u32),
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
            BenchAction::SetWidth(width) => next.width = Some(width),
            BenchAction::LoadFragment(hash) => {
                return BenchState {
                    width: self.width,
                    ..BenchState::from_hash(&hash, &())
                }
            }
        }
        next
    }
}

/// The share of the chart's width, in percent, a full-scale bar takes when there is room for its
/// label.
pub const BAR_SHARE_PERCENT: f64 = 52.0;
/// Space between a bar's end and its label, in pixels.
pub const LABEL_GAP_PX: f64 = 6.0;
/// The shortest a full bar gets, so that even on the narrowest screen the bars can be compared.
const MIN_BAR_PX: f64 = 60.0;

/// How long a full-scale bar is, in pixels, on a chart `chart_px` wide whose widest value label
/// is `widest_label_px`: the usual share of the width, or less, so that the label after the
/// longest bar still ends inside the chart (a label such as "Claude-3.5-Sonnet-1022 88.3" is half
/// a phone's width).
pub fn bar_span(chart_px: f64, widest_label_px: f64) -> f64 {
    let share = chart_px * BAR_SHARE_PERCENT / 100.0;
    share
        .min(chart_px - LABEL_GAP_PX - widest_label_px)
        .max(MIN_BAR_PX.min(share))
}

/// R1's score minus o1's, where both exist.
pub fn gap(scores: &[Option<f64>; 6]) -> Option<f64> {
    Some(scores[R1_SERIES]? - scores[O1_SERIES]?)
}

/// Whether a benchmark's scores run from 0 to 100 (percentages, percentiles), so that R1's lead
/// is in points any reader can compare across rows; a rating is on a scale of its own.
pub fn is_out_of_100(metric: &str) -> bool {
    metric.contains('%') || metric == "percentile"
}

/// What the ordering needs of a row: its scores and whether they are out of 100.
pub struct RowScores {
    pub scores: [Option<f64>; 6],
    pub out_of_100: bool,
}

/// Row indices in display order. Sorting by gap is stable: rows whose lead is in points out of 100
/// first, largest lead first; then rows on another scale (a 32-point rating gap is not a larger
/// lead than a 17-point gap in percent), in the same way; rows without a gap last.
pub fn row_order(rows: &[RowScores], order: Order) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..rows.len()).collect();
    if order == Order::Gap {
        // Lower ranks first: 0 for a lead in points out of 100, 1 on another scale, 2 for none.
        let rank = |row: &RowScores| match gap(&row.scores) {
            Some(_) if row.out_of_100 => 0,
            Some(_) => 1,
            None => 2,
        };
        indices.sort_by(|a, b| {
            let (a, b) = (&rows[*a], &rows[*b]);
            rank(a)
                .cmp(&rank(b))
                .then_with(|| match (gap(&a.scores), gap(&b.scores)) {
                    (Some(x), Some(y)) => y.total_cmp(&x),
                    _ => std::cmp::Ordering::Equal,
                })
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
                    None => unknown.push(key),
                }
            }
            say_unknown(&unknown, t!("model"), &mut state.messages);
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
    fn a_gap_on_a_rating_scale_is_ranked_after_every_gap_in_points_out_of_100() {
        let row = |o1: f64, r1: f64, out_of_100: bool| RowScores {
            scores: [None, None, None, None, Some(o1), Some(r1)],
            out_of_100,
        };
        // A rating 5 behind and 20 ahead, a percentage 10 behind and 1 ahead, and no gap at all.
        let rows = [
            row(2000.0, 1995.0, false),
            row(50.0, 40.0, true),
            row(1000.0, 1020.0, false),
            row(70.0, 71.0, true),
            RowScores {
                scores: [None; 6],
                out_of_100: true,
            },
        ];
        assert_eq!(row_order(&rows, Order::Gap), vec![3, 1, 2, 0, 4]);
    }

    #[test]
    fn sorting_by_gap_puts_r1s_biggest_leads_first() {
        let rows: Vec<RowScores> = ROWS
            .iter()
            .map(|row| RowScores {
                scores: row.scores,
                out_of_100: is_out_of_100(row.metric),
            })
            .collect();
        let order = row_order(&rows, Order::Gap);
        let keys: Vec<&str> = order.iter().map(|index| ROWS[*index].key).collect();
        // LiveCodeBench +2.5 leads; the Codeforces rating, on its own scale, is the last with a gap.
        assert_eq!(keys[0], "livecodebench");
        let last_with_gap = keys
            .iter()
            .rposition(|key| {
                gap(&ROWS.iter().find(|row| row.key == *key).unwrap().scores).is_some()
            })
            .unwrap();
        assert_eq!(keys[last_with_gap], "codeforces-rating");
        assert_eq!(
            row_order(&rows, Order::Paper),
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
    fn bars_leave_room_for_the_widest_label_down_to_a_readable_minimum() {
        // A wide chart: the usual share, whatever the label.
        assert_eq!(bar_span(1000.0, 200.0), 520.0);
        // A phone: the label after a full bar ends at the chart's edge.
        assert_eq!(bar_span(254.0, 160.0), 254.0 - LABEL_GAP_PX - 160.0);
        // Never shorter than 60 px (or the usual share, on a chart too small for that).
        assert_eq!(bar_span(254.0, 240.0), 60.0);
        assert_eq!(bar_span(100.0, 240.0), 52.0);
    }

    #[test]
    fn the_measured_width_survives_a_link_being_loaded() {
        let state = BenchState::default()
            .apply(BenchAction::SetWidth(320))
            .apply(BenchAction::LoadFragment("#bm=claude".into()));
        assert_eq!(state.width, Some(320));
        assert!(state.visible[0] && !state.visible[R1_SERIES]);
        // The width is layout, not view: links never carry it.
        assert!(state.to_pairs(&()).iter().all(|(key, _)| *key == "bm"));
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
