//! The timeline's state and reducer: the selected event, the event compared with it, the roving
//! keyboard cursor, the actor and kind filters, the zoom range and the chart width, with the
//! messages that explain any link value we could not use; and the "days between" arithmetic
//! behind the article's "less than two months" check.

use super::events::{event_index, months_and_days, Actor, Event, EventKind, Zoom};
use crate::model::locale::{t, tf, tr};
use crate::model::url_state::{UrlState, UrlWrite};
/// The chart width the first render lays out for, natively and in the browser alike; the real
/// width is measured after mount.
pub const DEFAULT_WIDTH: u32 = 960;
/// Widths outside this range are clamped (a hidden chart measures 0).
pub const WIDTH_RANGE: (u32, u32) = (280, 2400);

/// A keyboard move between the events on show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    Next,
    Prev,
    First,
    Last,
}

impl Nav {
    /// The move a key asks for: arrows both ways (the list is vertical on phones), Home and End.
    pub fn from_key(key: &str) -> Option<Nav> {
        match key {
            "ArrowRight" | "ArrowDown" => Some(Nav::Next),
            "ArrowLeft" | "ArrowUp" => Some(Nav::Prev),
            "Home" => Some(Nav::First),
            "End" => Some(Nav::Last),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineState {
    /// False for the first render (the prerendered, linked list); true once the island runs.
    pub live: bool,
    /// Indices into the events.
    pub selected: Option<usize>,
    pub compare: Option<usize>,
    /// The event that holds the single tab stop (and has focus while the reader uses arrows).
    pub cursor: Option<usize>,
    /// Actors shown, in `Actor::ALL` order; never empty.
    pub actors: Vec<Actor>,
    /// Kinds shown, in `EventKind::ALL` order; never empty.
    pub kinds: Vec<EventKind>,
    pub zoom: Zoom,
    pub width: u32,
    pub messages: Vec<String>,
    pub url_write: UrlWrite,
    /// Bumped by every keyboard move so the view moves focus even when the cursor stays put.
    pub focus_token: u32,
    /// Where the last keyboard move sent the focus, until any other action. The view moves focus
    /// after it renders, so a key pressed before then (fast, held down, or on a busy page) still
    /// arrives on the event it left: it moves on from here instead, and no press is lost.
    pub keyed_to: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TimelineAction {
    /// The island has mounted and measured its chart (any state in the URL follows as
    /// `LoadFragment`, from the shared fragment hook).
    Start {
        width: Option<u32>,
    },
    /// A key pressed on the event at `from`.
    Navigate {
        from: usize,
        nav: Nav,
    },
    /// Click, Enter or Space on an event; with Shift it becomes the compared event.
    Activate {
        index: usize,
        compare: bool,
    },
    /// From the "Compare with…" control: an event key, or "" for none.
    SetCompare(String),
    /// Selects `from` and compares it with `to` (the claim check's "show on the timeline").
    ShowGap {
        from: usize,
        to: usize,
    },
    ClearSelection,
    ToggleActor(Actor),
    ToggleKind(EventKind),
    SetZoom(Zoom),
    /// Back to every actor, every kind and all dates; the selection stays.
    ResetView,
    SetWidth(u32),
    /// Restores state from the URL fragment (back/forward, an edited URL).
    LoadFragment(String),
}

impl TimelineState {
    pub fn new() -> TimelineState {
        TimelineState {
            live: false,
            selected: None,
            compare: None,
            cursor: None,
            actors: Actor::ALL.to_vec(),
            kinds: EventKind::ALL.to_vec(),
            zoom: Zoom::All,
            width: DEFAULT_WIDTH,
            messages: Vec::new(),
            url_write: UrlWrite::Replace,
            focus_token: 0,
            keyed_to: None,
        }
    }

    /// The events on show (filters and zoom), as indices in date order.
    pub fn visible(&self, events: &[Event]) -> Vec<usize> {
        visible(events, &self.actors, &self.kinds, self.zoom)
    }

    /// The one event that can take focus with Tab: the cursor, else the selection, else the
    /// first event on show.
    pub fn tab_stop(&self, events: &[Event]) -> Option<usize> {
        let shown = self.visible(events);
        [self.cursor, self.selected]
            .into_iter()
            .flatten()
            .find(|index| shown.contains(index))
            .or_else(|| shown.first().copied())
    }

    /// Applies an action to a copy.
    pub fn apply(&self, action: TimelineAction, events: &[Event]) -> TimelineState {
        let mut next = self.clone();
        next.keyed_to = None;
        match action {
            TimelineAction::Start { width } => {
                next.live = true;
                next.width = width.map_or(self.width, clamp_width);
                next.url_write = UrlWrite::Replace;
            }
            TimelineAction::Navigate { from, nav } => {
                let from = self.keyed_to.unwrap_or(from);
                let shown = self.visible(events);
                if let (Some(first), Some(last)) = (shown.first(), shown.last()) {
                    // Where `from` is (or would be, if the filters just hid it) among those shown.
                    let position = shown.iter().position(|index| *index == from);
                    let after = events.get(from).map_or(0, |event| {
                        shown.partition_point(|i| events[*i].date <= event.date)
                    });
                    let target = match (nav, position) {
                        (Nav::First, _) => *first,
                        (Nav::Last, _) => *last,
                        (Nav::Next, Some(at)) => shown[(at + 1).min(shown.len() - 1)],
                        (Nav::Prev, Some(at)) => shown[at.saturating_sub(1)],
                        (Nav::Next, None) => shown[after.min(shown.len() - 1)],
                        (Nav::Prev, None) => shown[after.saturating_sub(1)],
                    };
                    next.cursor = Some(target);
                    next.keyed_to = Some(target);
                    next.focus_token = self.focus_token.wrapping_add(1);
                }
            }
            TimelineAction::Activate { index, compare } => {
                if index < events.len() {
                    next.messages.clear();
                    next.cursor = Some(index);
                    next.url_write = UrlWrite::Push;
                    match (compare, self.selected) {
                        (true, Some(selected)) if selected == index => next.messages.push(
                            t!("That is the selected event: pick a different one to count the days between them.").into(),
                        ),
                        (true, Some(_)) => next.compare = Some(index),
                        _ => {
                            next.selected = Some(index);
                            if next.compare == Some(index) {
                                next.compare = None;
                            }
                        }
                    }
                }
            }
            TimelineAction::SetCompare(key) => {
                next.messages.clear();
                next.url_write = UrlWrite::Push;
                if key.is_empty() {
                    next.compare = None;
                } else if let Some(index) = event_index(events, &key) {
                    if next.selected.is_some() && next.selected != Some(index) {
                        next.compare = Some(index);
                    }
                }
            }
            TimelineAction::ShowGap { from, to } => {
                if from < events.len() && to < events.len() && from != to {
                    next.messages.clear();
                    next.selected = Some(from);
                    next.compare = Some(to);
                    next.cursor = Some(from);
                    next.url_write = UrlWrite::Push;
                    // Both ends must be on show for the bracket to be drawn.
                    let shown = next.visible(events);
                    if !shown.contains(&from) || !shown.contains(&to) {
                        next.actors = Actor::ALL.to_vec();
                        next.kinds = EventKind::ALL.to_vec();
                        next.zoom = Zoom::All;
                    }
                }
            }
            TimelineAction::ClearSelection => {
                next.messages.clear();
                next.selected = None;
                next.compare = None;
                next.url_write = UrlWrite::Push;
            }
            TimelineAction::ToggleActor(actor) => {
                next.messages.clear();
                next.url_write = UrlWrite::Replace;
                if next.actors.contains(&actor) {
                    if next.actors.len() == 1 {
                        next.messages.push(tf!(
                            "{} is the only group shown: switch another on before switching it off.",
                            tr(actor.name())
                        ));
                    } else {
                        next.actors.retain(|shown| *shown != actor);
                    }
                } else {
                    next.actors.push(actor);
                    next.actors.sort();
                }
            }
            TimelineAction::ToggleKind(kind) => {
                next.messages.clear();
                next.url_write = UrlWrite::Replace;
                if next.kinds.contains(&kind) {
                    if next.kinds.len() == 1 {
                        next.messages.push(tf!(
                            "{} is the only kind shown: switch another on before switching it off.",
                            tr(kind.name())
                        ));
                    } else {
                        next.kinds.retain(|shown| *shown != kind);
                    }
                } else {
                    next.kinds.push(kind);
                    next.kinds.sort();
                }
            }
            TimelineAction::SetZoom(zoom) => {
                next.zoom = zoom;
                next.url_write = UrlWrite::Replace;
            }
            TimelineAction::ResetView => {
                next.messages.clear();
                next.actors = Actor::ALL.to_vec();
                next.kinds = EventKind::ALL.to_vec();
                next.zoom = Zoom::All;
                next.url_write = UrlWrite::Replace;
            }
            TimelineAction::SetWidth(width) => next.width = clamp_width(width),
            TimelineAction::LoadFragment(hash) => {
                next = TimelineState::from_hash(&hash, events);
                next.live = self.live;
                next.width = self.width;
                next.focus_token = self.focus_token;
                next.url_write = UrlWrite::Replace;
            }
        }
        next
    }
}

impl Default for TimelineState {
    fn default() -> Self {
        TimelineState::new()
    }
}

/// The events with a shown actor and kind inside the zoom's range, as indices in date order.
pub fn visible(events: &[Event], actors: &[Actor], kinds: &[EventKind], zoom: Zoom) -> Vec<usize> {
    let range = zoom.range(events);
    let mut shown: Vec<usize> = events
        .iter()
        .enumerate()
        .filter(|(_, event)| {
            event.has_actor_in(actors) && kinds.contains(&event.kind) && range.contains(event.date)
        })
        .map(|(index, _)| index)
        .collect();
    shown.sort_by_key(|index| (events[*index].date, *index));
    shown
}

fn clamp_width(width: u32) -> u32 {
    width.clamp(WIDTH_RANGE.0, WIDTH_RANGE.1)
}

/// Two events and the calendar between them, earlier first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gap {
    pub earlier: &'static Event,
    pub later: &'static Event,
    pub days: i64,
    pub months: u32,
    pub extra_days: i64,
}

impl Gap {
    pub fn between(a: &'static Event, b: &'static Event) -> Gap {
        let (earlier, later) = if a.date <= b.date { (a, b) } else { (b, a) };
        let (months, extra_days) = months_and_days(earlier.date, later.date);
        Gap {
            earlier,
            later,
            days: earlier.date.days_until(later.date),
            months,
            extra_days,
        }
    }

    /// "46 days", "1 day".
    pub fn days_text(&self) -> String {
        days(self.days)
    }

    /// "1 month and 15 days", "4 months and 8 days", "15 days".
    pub fn calendar_text(&self) -> String {
        match (self.months, self.extra_days) {
            (0, extra) => days(extra),
            (months, 0) => months_text(i64::from(months)),
            (months, extra) => tf!("{} and {}", months_text(i64::from(months)), days(extra)),
        }
    }

    /// Whether the later event came less than `months` calendar months after the earlier.
    pub fn within_months(&self, months: u32) -> bool {
        self.months < months
    }
}

// Whole phrases, not a unit and an "s": the Chinese edition writes 46天 and 1个月.
fn days(count: i64) -> String {
    if count == 1 {
        t!("1 day").to_owned()
    } else {
        tf!("{count} days"; count = count)
    }
}

fn months_text(count: i64) -> String {
    if count == 1 {
        t!("1 month").to_owned()
    } else {
        tf!("{count} months"; count = count)
    }
}
