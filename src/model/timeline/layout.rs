//! The timeline chart's layout maths: a true time scale, month ticks, and label placement that
//! never overlaps.

use super::events::{add_months, month_start, Event, Lane, Range};
use crate::model::date::Date;
use crate::model::locale::{t, tr};

// Everything is in CSS pixels for a chart `width` pixels wide: the component measures its box and
// draws the SVG at exactly that size, so the label boxes tested here are the boxes on screen.

/// Font size of event labels and tick labels (styles/timeline.css uses the same).
pub const LABEL_FONT_PX: f64 = 12.0;
/// Font size of the lane captions (bold).
pub const CAPTION_FONT_PX: f64 = 11.0;
/// Space left and right of the axis, so edge markers are not cut off.
pub const PAD_X: f64 = 12.0;
/// Top row, kept free for the "days between" bracket so choosing a comparison never moves
/// anything else.
pub const GAP_ROW_HEIGHT: f64 = 28.0;
const CAPTION_HEIGHT: f64 = 16.0;
const MARKER_ROW_HEIGHT: f64 = 18.0;
const LABEL_ROW_HEIGHT: f64 = 17.0;
const LABEL_BOX_HEIGHT: f64 = 14.0;
const LANE_GAP: f64 = 8.0;
const AXIS_HEIGHT: f64 = 30.0;
/// Horizontal space kept clear between two labels in one row.
const LABEL_GAP: f64 = 10.0;
/// Two events of one lane on the same day (or a day apart on a long range) would hide each
/// other's marker: the later one moves right until their centres are this far apart.
const MARK_GAP: f64 = 7.0;
/// Labels start this far right of their leader line, so a crowded run of labels can step down
/// with each leader passing just left of the labels after it.
const LABEL_INSET: f64 = 3.0;
/// Rows of labels per lane before a label is collapsed (marker only; details on selection).
pub const MAX_LABEL_ROWS: usize = 7;

/// Estimated advance width of `text` in a system sans-serif at `font_px`, erring wide: a few
/// classes of glyph width are close enough to keep labels apart (checked in the browser too).
pub fn text_width(text: &str, font_px: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | 'I' | '.' | ',' | '\'' | '’' | '|' | '!' | ':' => 0.3,
            'f' | 't' | 'r' | ' ' | '-' | '(' | ')' | '–' => 0.38,
            'm' | 'w' | 'M' | 'W' => 0.9,
            'A'..='Z' => 0.7,
            '0'..='9' => 0.6,
            // CJK ideographs, kana, CJK punctuation (U+3000–U+303F lies inside the first range)
            // and full-width forms are a full em wide.
            '\u{2e80}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}' => 1.0,
            _ => 0.58,
        })
        .sum();
    ems * font_px
}

/// An axis-aligned box in chart pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// True when the boxes share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// Maps days to x: a true time scale, so equal gaps in days are equal distances.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    range: Range,
    left: f64,
    span: f64,
}

impl TimeScale {
    pub fn new(range: Range, width: f64) -> TimeScale {
        TimeScale {
            range,
            left: PAD_X,
            span: (width - 2.0 * PAD_X).max(1.0),
        }
    }

    pub fn x(&self, day: Date) -> f64 {
        let offset = self.range.start.days_until(day) as f64;
        self.left + offset / self.range.days() as f64 * self.span
    }
}

/// One lane's band: its caption and the line its markers sit on.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneBand {
    pub lane: Lane,
    pub top: f64,
    pub height: f64,
    pub line_y: f64,
    pub caption: Rect,
}

/// An event's label: its box, and where its text starts or ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    pub rect: Rect,
    /// Text drawn right-aligned at `rect.right()` (near the right edge) instead of from `rect.x`.
    pub align_end: bool,
    pub baseline: f64,
}

/// One event on the chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    /// Index into the events given to `layout`.
    pub event: usize,
    pub x: f64,
    pub y: f64,
    /// `None` when there was no room: the marker stays, the label is collapsed.
    pub label: Option<Label>,
}

/// A month boundary on the axis; only some carry a label, so labels never collide.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub date: Date,
    pub x: f64,
    pub label: Option<(String, Rect)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub range: Range,
    pub lanes: Vec<LaneBand>,
    pub marks: Vec<Mark>,
    pub ticks: Vec<Tick>,
    pub axis_y: f64,
    /// Middle of the top row that holds the "days between" bracket.
    pub gap_y: f64,
    scale: TimeScale,
}

impl Layout {
    pub fn x(&self, day: Date) -> f64 {
        self.scale.x(day)
    }

    pub fn mark(&self, event: usize) -> Option<&Mark> {
        self.marks.iter().find(|mark| mark.event == event)
    }

    /// Every text box drawn: lane captions, event labels and tick labels.
    pub fn text_boxes(&self) -> Vec<Rect> {
        let captions = self.lanes.iter().map(|lane| lane.caption);
        let labels = self
            .marks
            .iter()
            .filter_map(|mark| mark.label.map(|label| label.rect));
        let ticks = self
            .ticks
            .iter()
            .filter_map(|tick| tick.label.as_ref().map(|(_, rect)| *rect));
        captions.chain(labels).chain(ticks).collect()
    }
}

/// Where one label went: its row, its left edge, and whether it ends at its leader.
type Slot = Option<(usize, f64, bool)>;

fn rows_used(slots: &[Slot]) -> usize {
    slots
        .iter()
        .flatten()
        .map(|(row, _, _)| row + 1)
        .max()
        .unwrap_or(0)
}

/// Orders of placement. Labels that run right from their leader stack best from the latest
/// event back (a crowded run steps down to the left, each leader passing just left of the labels
/// after it); labels that end at their leader stack best from the earliest forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Strategy {
    /// Every label runs right, latest placed first.
    RunRight,
    /// Every label runs left, earliest placed first.
    RunLeft,
    /// Labels in the left half run right, those in the right half run left.
    Split,
}

impl Strategy {
    const ALL: [Strategy; 3] = [Strategy::RunRight, Strategy::RunLeft, Strategy::Split];
}

/// Places one lane's labels. `items` are (marker x, label width) in date order. A label takes
/// the first row where it overlaps no label in that row (with a gap), its leader crosses no label
/// in a row above, and no leader from a label further down crosses it. It runs the other way
/// where its preferred way would leave the chart, and is collapsed if no row is free.
fn place_lane(items: &[(f64, f64)], width: f64, strategy: Strategy) -> Vec<Slot> {
    let right_limit = width - PAD_X / 2.0;
    let runs_right = |x: f64| match strategy {
        Strategy::RunRight => true,
        Strategy::RunLeft => false,
        Strategy::Split => x < width / 2.0,
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    // Right-running labels first, latest first; then left-running ones, earliest first.
    order.sort_by(|a, b| {
        let (ra, rb) = (runs_right(items[*a].0), runs_right(items[*b].0));
        rb.cmp(&ra).then(if ra { b.cmp(a) } else { a.cmp(b) })
    });
    // (row, left, right, leader x) of each placed label.
    let mut placed: Vec<(usize, f64, f64, f64)> = Vec::new();
    let mut slots = vec![None; items.len()];
    for index in order {
        let (x, w) = items[index];
        let right_run = (x + LABEL_INSET, false);
        let left_run = (x - LABEL_INSET - w, true);
        let (left, align_end) = match (runs_right(x), right_run.0 + w <= right_limit) {
            (true, true) => right_run,
            (true, false) => left_run,
            (false, _) if left_run.0 >= 0.0 => left_run,
            (false, _) => right_run,
        };
        let left = left.clamp(0.0, (right_limit - w).max(0.0));
        let right = left + w;
        let free = |row: usize| {
            placed
                .iter()
                .all(|&(other_row, other_left, other_right, other_x)| {
                    if other_row == row {
                        right + LABEL_GAP <= other_left || other_right + LABEL_GAP <= left
                    } else if other_row < row {
                        // Our leader passes through the other's row.
                        x < other_left - 1.0 || other_right + 1.0 < x
                    } else {
                        // The other's leader passes through our row.
                        other_x < left - 1.0 || right + 1.0 < other_x
                    }
                })
        };
        if let Some(row) = (0..MAX_LABEL_ROWS).find(|row| free(*row)) {
            placed.push((row, left, right, x));
            slots[index] = Some((row, left, align_end));
        }
    }
    slots
}

/// Lays out the `shown` events (indices into `events`) over `range` for a chart `width` pixels
/// wide. Labels hang below their lane's line in rows, each joined to its marker by a leader line
/// (see `place_lane`); labels with no room in `MAX_LABEL_ROWS` rows are collapsed.
pub fn layout(events: &[Event], shown: &[usize], range: Range, width: f64) -> Layout {
    let width = if width.is_finite() {
        width.clamp(200.0, 4000.0)
    } else {
        960.0
    };
    let scale = TimeScale::new(range, width);
    let mut shown: Vec<usize> = shown
        .iter()
        .copied()
        .filter(|index| events.get(*index).is_some_and(|e| range.contains(e.date)))
        .collect();
    shown.sort_by_key(|index| (events[*index].date, *index));
    shown.dedup();

    let mut lanes = Vec::new();
    let mut marks = Vec::new();
    let mut top = GAP_ROW_HEIGHT;
    for lane in Lane::ALL {
        let line_y = top + CAPTION_HEIGHT + MARKER_ROW_HEIGHT / 2.0;
        let rows_top = top + CAPTION_HEIGHT + MARKER_ROW_HEIGHT;
        let members: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|index| events[*index].lane() == lane)
            .collect();
        let mut previous = f64::NEG_INFINITY;
        let items: Vec<(f64, f64)> = members
            .iter()
            .map(|index| {
                let x = scale
                    .x(events[*index].date)
                    .max(previous + MARK_GAP)
                    .min(width - PAD_X / 2.0);
                previous = x;
                (x, text_width(tr(events[*index].title), LABEL_FONT_PX))
            })
            .collect();
        // A few ways to stack; keep the one that hides fewest labels, then uses fewest rows.
        let slots = Strategy::ALL
            .into_iter()
            .map(|strategy| place_lane(&items, width, strategy))
            .min_by_key(|slots| {
                let hidden = slots.iter().filter(|slot| slot.is_none()).count();
                (hidden, rows_used(slots))
            })
            .unwrap_or_default();
        for ((index, (x, w)), slot) in members.iter().zip(&items).zip(&slots) {
            let label = slot.map(|(row, left, align_end)| {
                let row_top = rows_top + row as f64 * LABEL_ROW_HEIGHT;
                Label {
                    rect: Rect {
                        x: left,
                        y: row_top + (LABEL_ROW_HEIGHT - LABEL_BOX_HEIGHT) / 2.0,
                        w: *w,
                        h: LABEL_BOX_HEIGHT,
                    },
                    align_end,
                    baseline: row_top + LABEL_ROW_HEIGHT - 4.5,
                }
            });
            marks.push(Mark {
                event: *index,
                x: *x,
                y: line_y,
                label,
            });
        }
        let rows = rows_used(&slots).max(1);
        let height = CAPTION_HEIGHT + MARKER_ROW_HEIGHT + rows as f64 * LABEL_ROW_HEIGHT;
        lanes.push(LaneBand {
            lane,
            top,
            height,
            line_y,
            caption: Rect {
                x: PAD_X / 2.0,
                y: top + 2.0,
                w: text_width(tr(lane.name()), CAPTION_FONT_PX),
                h: CAPTION_HEIGHT - 3.0,
            },
        });
        top += height + LANE_GAP;
    }
    marks.sort_by_key(|mark| (events[mark.event].date, mark.event));

    let axis_y = top;
    let ticks = month_ticks(range, &scale, width, axis_y);
    Layout {
        width,
        height: axis_y + AXIS_HEIGHT,
        range,
        lanes,
        marks,
        ticks,
        axis_y,
        gap_y: GAP_ROW_HEIGHT / 2.0,
        scale,
    }
}

/// A tick at the first of every month in the range; labels every 1, 2, 3, 6 or 12 months,
/// whichever is the first step whose labels all fit side by side.
fn month_ticks(range: Range, scale: &TimeScale, width: f64, axis_y: f64) -> Vec<Tick> {
    let mut months = Vec::new();
    let mut day = month_start(range.start);
    if day < range.start {
        day = add_months(day, 1);
    }
    // The guard keeps an absurd range cheap; supported ranges have at most a few dozen months.
    while day <= range.end && months.len() < 600 {
        months.push(day);
        day = add_months(day, 1);
    }
    // The widest month label of the edition (2025年10月 in Chinese).
    let sample = text_width(t!("May 2025"), LABEL_FONT_PX);
    // The shortest month decides: a step that fits February fits every month.
    let month_px = scale.x(Date::ymd(2025, 3, 1)) - scale.x(Date::ymd(2025, 2, 1));
    let step = [1u8, 2, 3, 6, 12]
        .into_iter()
        .find(|step| f64::from(*step) * month_px >= sample + 3.0 * LABEL_GAP)
        .unwrap_or(12);
    let mut last_right = f64::NEG_INFINITY;
    months
        .into_iter()
        .map(|date| {
            let x = scale.x(date);
            let text = date.month_year();
            let w = text_width(&text, LABEL_FONT_PX);
            let rect = Rect {
                x: x + LABEL_INSET,
                y: axis_y + 8.0,
                w,
                h: LABEL_BOX_HEIGHT,
            };
            let wanted = (date.month - 1) % step == 0;
            let fits = rect.right() <= width - PAD_X / 2.0 && rect.x >= last_right + LABEL_GAP;
            let label = (wanted && fits).then(|| {
                last_right = rect.right();
                (text, rect)
            });
            Tick { date, x, label }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::events::EVENTS;
    use crate::model::timeline::*;

    fn all() -> Vec<usize> {
        (0..EVENTS.len()).collect()
    }

    fn shown_in(zoom: Zoom) -> Vec<usize> {
        let range = zoom.range(EVENTS);
        all()
            .into_iter()
            .filter(|i| range.contains(EVENTS[*i].date))
            .collect()
    }

    #[test]
    fn x_positions_rise_strictly_with_the_date() {
        for width in [320.0, 768.0, 1280.0] {
            for zoom in Zoom::ALL {
                let layout = layout(EVENTS, &shown_in(zoom), zoom.range(EVENTS), width);
                assert_eq!(layout.marks.len(), shown_in(zoom).len());
                for pair in layout.marks.windows(2) {
                    let (a, b) = (&EVENTS[pair[0].event], &EVENTS[pair[1].event]);
                    assert!(a.date <= b.date, "marks in date order");
                    if a.date < b.date && a.lane() == b.lane() {
                        assert!(
                            pair[0].x < pair[1].x,
                            "{} before {} at {width}",
                            a.key,
                            b.key
                        );
                    }
                }
                // Within a lane, no two markers sit on each other, even on the same day.
                for lane in Lane::ALL {
                    let xs: Vec<f64> = layout
                        .marks
                        .iter()
                        .filter(|mark| EVENTS[mark.event].lane() == lane)
                        .map(|mark| mark.x)
                        .collect();
                    for pair in xs.windows(2) {
                        assert!(
                            pair[1] - pair[0] >= MARK_GAP - 1e-9 || width < 400.0,
                            "{lane:?} at {width}"
                        );
                    }
                }
                for mark in &layout.marks {
                    assert!(mark.x >= PAD_X - 1e-9 && mark.x <= width - PAD_X / 2.0 + 1e-9);
                }
                for pair in layout.ticks.windows(2) {
                    assert!(pair[0].x < pair[1].x);
                }
            }
        }
    }

    #[test]
    fn the_scale_is_proportional_to_days() {
        let range = Zoom::All.range(EVENTS);
        let layout = layout(EVENTS, &all(), range, 1280.0);
        let per_day = |a: Date, b: Date| (layout.x(b) - layout.x(a)) / a.days_until(b) as f64;
        let o1_to_r1 = per_day(Date::ymd(2024, 12, 5), Date::ymd(2025, 1, 20));
        let preview_to_nature = per_day(Date::ymd(2024, 9, 12), Date::ymd(2025, 9, 17));
        assert!((o1_to_r1 - preview_to_nature).abs() < 1e-9);
        assert_eq!(range.start, Date::ymd(2022, 10, 1));
        assert_eq!(range.end, Date::ymd(2026, 5, 1));
    }

    /// Fails if any two text boxes overlap, a box leaves the chart, or a leader line runs
    /// through another event's label.
    fn assert_clean(layout: &Layout, what: &str) {
        let boxes = layout.text_boxes();
        for (i, a) in boxes.iter().enumerate() {
            assert!(
                a.x >= 0.0 && a.right() <= layout.width,
                "{a:?} inside, {what}"
            );
            assert!(a.bottom() <= layout.height, "{a:?} inside, {what}");
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}, {what}");
            }
        }
        for mark in &layout.marks {
            let Some(label) = mark.label else { continue };
            for other in &layout.marks {
                let Some(other_label) = other.label else {
                    continue;
                };
                let crosses = other.event != mark.event
                    && other_label.rect.y > mark.y
                    && other_label.rect.bottom() < label.rect.y
                    && other_label.rect.x <= mark.x
                    && mark.x <= other_label.rect.right();
                assert!(
                    !crosses,
                    "leader of {} crosses {}, {what}",
                    mark.event, other.event
                );
            }
        }
    }

    #[test]
    fn chinese_labels_are_measured_as_cjk_and_do_not_overlap() {
        use crate::model::locale::{render_in, Locale};
        // Ideographs, CJK punctuation and full-width forms are one em; Latin stays as it was.
        assert_eq!(text_width("年、，", 10.0), 30.0);
        assert!((text_width("May 2025", 10.0) - 48.4).abs() < 1e-9);
        let translations = crate::content::zh::translations().expect("the Chinese edition");
        render_in(Locale::Zh, Some(translations), || {
            assert!(
                text_width(t!("May 2025"), LABEL_FONT_PX)
                    >= text_width("2025年10月", LABEL_FONT_PX)
            );
            for width in [320.0, 768.0, 1280.0] {
                for zoom in Zoom::ALL {
                    let layout = layout(EVENTS, &shown_in(zoom), zoom.range(EVENTS), width);
                    assert_clean(&layout, &format!("zh, {width}px, {zoom:?}"));
                }
            }
        });
    }

    #[test]
    fn no_label_boxes_overlap_for_the_real_events() {
        for width in [320.0, 768.0, 1280.0] {
            for zoom in Zoom::ALL {
                // Every combination of actors shown, as the filters can make them.
                for mask in 1..16u8 {
                    let actors: Vec<Actor> = Actor::ALL
                        .into_iter()
                        .enumerate()
                        .filter(|(bit, _)| mask & (1 << bit) != 0)
                        .map(|(_, actor)| actor)
                        .collect();
                    let shown: Vec<usize> = shown_in(zoom)
                        .into_iter()
                        .filter(|i| EVENTS[*i].has_actor_in(&actors))
                        .collect();
                    let layout = layout(EVENTS, &shown, zoom.range(EVENTS), width);
                    assert_eq!(layout.marks.len(), shown.len());
                    assert_clean(&layout, &format!("{width}px, {zoom:?}, {actors:?}"));
                }
            }
        }
    }

    #[test]
    fn wide_charts_label_what_they_can_and_short_ranges_label_everything() {
        // Since 2025 the story has more events than a chart of every month can label: from 560 px
        // up most labels fit in every range (the rest are collapsed, and the chart says so), and
        // from 1100 px the two short ranges around R1 label every event.
        for (width, zoom) in [560.0, 768.0, 1100.0, 1280.0]
            .into_iter()
            .flat_map(|width| Zoom::ALL.map(|zoom| (width, zoom)))
        {
            let layout = layout(EVENTS, &shown_in(zoom), zoom.range(EVENTS), width);
            let collapsed: Vec<&str> = layout
                .marks
                .iter()
                .filter(|mark| mark.label.is_none())
                .map(|mark| EVENTS[mark.event].key)
                .collect();
            assert!(
                collapsed.len() * 3 <= layout.marks.len(),
                "{collapsed:?} of {} at {width} {zoom:?}",
                layout.marks.len()
            );
            if width >= 1100.0 && matches!(zoom, Zoom::Launch | Zoom::Shock) {
                assert!(collapsed.is_empty(), "{collapsed:?} at {width} {zoom:?}");
            }
            assert!(layout.ticks.iter().filter(|t| t.label.is_some()).count() >= 2);
        }
    }

    #[test]
    fn hostile_widths_and_empty_sets_still_lay_out() {
        for width in [f64::NAN, -5.0, 0.0, 1e9, f64::INFINITY] {
            let layout = layout(EVENTS, &all(), Zoom::All.range(EVENTS), width);
            assert!(layout.width.is_finite() && layout.height > 0.0);
        }
        let empty = layout(EVENTS, &[], Zoom::Race.range(EVENTS), 800.0);
        assert!(empty.marks.is_empty() && empty.lanes.len() == Lane::ALL.len());
        let bad_index = layout(EVENTS, &[999], Zoom::All.range(EVENTS), 800.0);
        assert!(bad_index.marks.is_empty());
        assert_eq!(Zoom::All.range(&[]), Zoom::Race.range(&[]));
    }

    #[test]
    fn calendar_months_and_days() {
        assert_eq!(
            add_months(Date::ymd(2025, 1, 31), 1),
            Date::ymd(2025, 2, 28)
        );
        assert_eq!(add_months(Date::ymd(2024, 11, 5), 2), Date::ymd(2025, 1, 5));
        assert_eq!(
            months_and_days(Date::ymd(2024, 12, 5), Date::ymd(2025, 1, 20)),
            (1, 15)
        );
        assert_eq!(
            months_and_days(Date::ymd(2025, 1, 20), Date::ymd(2024, 9, 12)),
            (4, 8)
        );
        assert_eq!(Zoom::Race.label(EVENTS), "Sep 2024 – Feb 2025");
        assert_eq!(Zoom::Launch.label(EVENTS), "Dec 2024 – Jan 2025");
        assert_eq!(Zoom::from_key("dec24-jan25"), Some(Zoom::Launch));
        assert_eq!(Zoom::from_key("x"), None);
    }
}
