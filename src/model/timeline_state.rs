//! The timeline's state and reducer: the selected event, the event compared with it, the roving
//! keyboard cursor, the actor and kind filters, the zoom range and the chart width, plus the
//! messages that explain any link value we could not use. Also its URL codec and the "days
//! between" arithmetic behind the article's "less than two months" check.

use super::timeline::{event_index, months_and_days, Actor, Event, EventKind, Zoom};
use super::url_state::Fragment;

/// The URL keys the timeline owns: selected event, compared event, actors, kinds, zoom.
pub const URL_KEYS: [&str; 5] = ["ev", "cmp", "act", "kind", "zoom"];
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

/// How the last change should reach the URL: a new history entry (selections, so Back returns
/// to the previous one) or a replaced one (filters and zoom, so they never flood Back).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlWrite {
    Push,
    Replace,
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
}

#[derive(Clone, Debug, PartialEq)]
pub enum TimelineAction {
    /// The island has mounted: measure, then restore any state in the URL.
    Start {
        hash: String,
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
        match action {
            TimelineAction::Start { hash, width } => {
                if hash.contains('=') {
                    next = TimelineState::from_fragment(&Fragment::parse(&hash), events);
                    next.focus_token = self.focus_token;
                }
                next.live = true;
                next.width = width.map_or(self.width, clamp_width);
                next.url_write = UrlWrite::Replace;
            }
            TimelineAction::Navigate { from, nav } => {
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
                            "That is the selected event: pick a different one to count the days between them.".into(),
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
                        next.messages.push(format!(
                            "{} is the only group shown: switch another on before switching it off.",
                            actor.name()
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
                        next.messages.push(format!(
                            "{} is the only kind shown: switch another on before switching it off.",
                            kind.name()
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
                next = TimelineState::from_fragment(&Fragment::parse(&hash), events);
                next.live = self.live;
                next.width = self.width;
                next.focus_token = self.focus_token;
                next.url_write = UrlWrite::Replace;
            }
        }
        next
    }

    /// Reads the timeline's keys from a fragment; every bad value falls back to its default and
    /// adds a message naming the key and what was wrong.
    pub fn from_fragment(fragment: &Fragment, events: &[Event]) -> TimelineState {
        let mut state = TimelineState::new();
        let lookup = |key: &str, what: &str, state: &mut TimelineState| match fragment.get(key) {
            None | Some("") => None,
            Some(text) => {
                let found = event_index(events, text);
                if found.is_none() {
                    state.messages.push(format!(
                        "From the link: there is no event “{}”, so {what}.",
                        shorten(text, 24)
                    ));
                }
                found
            }
        };
        state.selected = lookup("ev", "nothing is selected", &mut state);
        state.compare = lookup("cmp", "there is nothing to compare with", &mut state);
        match (state.selected, state.compare) {
            (None, Some(_)) => {
                state.messages.push(
                    "From the link: a comparison needs a selected event first, so it is left out."
                        .into(),
                );
                state.compare = None;
            }
            (Some(a), Some(b)) if a == b => state.compare = None,
            _ => {}
        }
        state.cursor = state.selected;
        if let Some(list) = fragment.get("act") {
            state.actors = parse_set(list, &Actor::ALL, Actor::key, "group", &mut state.messages);
        }
        if let Some(list) = fragment.get("kind") {
            state.kinds = parse_set(
                list,
                &EventKind::ALL,
                EventKind::key,
                "kind of event",
                &mut state.messages,
            );
        }
        if let Some(key) = fragment.get("zoom") {
            match Zoom::from_key(key) {
                Some(zoom) => state.zoom = zoom,
                None => state.messages.push(format!(
                    "From the link: “{}” is not one of the ranges, so every date is shown.",
                    shorten(key, 24)
                )),
            }
        }
        state
    }

    /// The timeline's non-default values as URL pairs (defaults are left out to keep links short).
    pub fn to_pairs(&self, events: &[Event]) -> Vec<(&'static str, String)> {
        let key = |index: Option<usize>| index.and_then(|i| events.get(i)).map(|e| e.key);
        let mut pairs = Vec::new();
        if let Some(selected) = key(self.selected) {
            pairs.push(("ev", selected.to_owned()));
            if let Some(compare) = key(self.compare) {
                pairs.push(("cmp", compare.to_owned()));
            }
        }
        if self.actors.len() < Actor::ALL.len() {
            let keys: Vec<&str> = self.actors.iter().map(|actor| actor.key()).collect();
            pairs.push(("act", keys.join(",")));
        }
        if self.kinds.len() < EventKind::ALL.len() {
            let keys: Vec<&str> = self.kinds.iter().map(|kind| kind.key()).collect();
            pairs.push(("kind", keys.join(",")));
        }
        if self.zoom != Zoom::All {
            pairs.push(("zoom", self.zoom.key().to_owned()));
        }
        pairs
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

/// Parses a comma list of keys into a set in `all`'s order. Unknown keys are named in a message;
/// a list with no known key at all shows everything.
fn parse_set<T: Copy + PartialEq>(
    list: &str,
    all: &[T],
    key: fn(T) -> &'static str,
    what: &str,
    messages: &mut Vec<String>,
) -> Vec<T> {
    let mut unknown = Vec::new();
    let mut chosen: Vec<T> = Vec::new();
    for part in list.split(',').filter(|part| !part.is_empty()) {
        match all.iter().find(|item| key(**item) == part) {
            Some(item) if !chosen.contains(item) => chosen.push(*item),
            Some(_) => {}
            None => unknown.push(part),
        }
    }
    if !unknown.is_empty() {
        messages.push(format!(
            "From the link: unknown {what} {} ignored.",
            unknown
                .iter()
                .take(3)
                .map(|part| format!("“{}”", shorten(part, 20)))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if chosen.is_empty() {
        messages.push(format!(
            "From the link: no known {what} to show, so all of them are shown."
        ));
        return all.to_vec();
    }
    all.iter()
        .copied()
        .filter(|item| chosen.contains(item))
        .collect()
}

/// Cuts a hostile value to a readable length for a message.
fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(limit).collect::<String>())
    }
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
        plural(self.days, "day")
    }

    /// "1 month and 15 days", "4 months and 8 days", "15 days".
    pub fn calendar_text(&self) -> String {
        match (self.months, self.extra_days) {
            (0, days) => plural(days, "day"),
            (months, 0) => plural(i64::from(months), "month"),
            (months, days) => format!(
                "{} and {}",
                plural(i64::from(months), "month"),
                plural(days, "day")
            ),
        }
    }

    /// Whether the later event came less than `months` calendar months after the earlier.
    pub fn within_months(&self, months: u32) -> bool {
        self.months < months
    }
}

fn plural(count: i64, unit: &str) -> String {
    if count == 1 {
        format!("1 {unit}")
    } else {
        format!("{count} {unit}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::events::EVENTS;
    use crate::model::timeline::event_index;

    fn index(key: &str) -> usize {
        event_index(EVENTS, key).unwrap()
    }

    fn gap(a: &str, b: &str) -> Gap {
        Gap::between(&EVENTS[index(a)], &EVENTS[index(b)])
    }

    fn run(actions: Vec<TimelineAction>) -> TimelineState {
        actions
            .into_iter()
            .fold(TimelineState::new(), |state, action| {
                state.apply(action, EVENTS)
            })
    }

    fn keys(indices: &[usize]) -> Vec<&'static str> {
        indices.iter().map(|i| EVENTS[*i].key).collect()
    }

    #[test]
    fn r1_came_46_days_after_o1_and_130_after_o1_preview() {
        let from_o1 = gap("o1", "r1");
        assert_eq!(from_o1.days, 46);
        assert_eq!(from_o1.days_text(), "46 days");
        assert_eq!(from_o1.calendar_text(), "1 month and 15 days");
        assert!(from_o1.within_months(2));
        let from_preview = gap("r1", "o1-preview");
        assert_eq!(from_preview.earlier.key, "o1-preview");
        assert_eq!(from_preview.days, 130);
        assert_eq!(from_preview.calendar_text(), "4 months and 8 days");
        assert!(!from_preview.within_months(2));
        assert_eq!(gap("r1", "r1-paper").days_text(), "2 days");
    }

    #[test]
    fn keyboard_moves_through_the_events_on_show_in_date_order() {
        let start = run(vec![TimelineAction::Start {
            hash: String::new(),
            width: Some(1100),
        }]);
        let shown = start.visible(EVENTS);
        assert_eq!(shown.len(), EVENTS.len());
        assert_eq!(start.tab_stop(EVENTS), Some(shown[0]));
        // Right from the first event visits every event in date order, then stays on the last.
        let mut state = start.clone();
        let mut visited = vec![state.tab_stop(EVENTS).unwrap()];
        for _ in 1..EVENTS.len() + 2 {
            let from = state.tab_stop(EVENTS).unwrap();
            state = state.apply(
                TimelineAction::Navigate {
                    from,
                    nav: Nav::Next,
                },
                EVENTS,
            );
            visited.push(state.cursor.unwrap());
        }
        visited.dedup();
        assert_eq!(visited, shown);
        for pair in visited.windows(2) {
            assert!(EVENTS[pair[0]].date <= EVENTS[pair[1]].date);
        }
        let state = state.apply(
            TimelineAction::Navigate {
                from: shown[5],
                nav: Nav::First,
            },
            EVENTS,
        );
        assert_eq!(state.cursor, Some(shown[0]));
        let state = state.apply(
            TimelineAction::Navigate {
                from: shown[0],
                nav: Nav::Prev,
            },
            EVENTS,
        );
        assert_eq!(
            state.cursor,
            Some(shown[0]),
            "Left on the first event stays there"
        );
        let state = state.apply(
            TimelineAction::Navigate {
                from: shown[0],
                nav: Nav::Last,
            },
            EVENTS,
        );
        assert_eq!(state.cursor, shown.last().copied());
        assert_eq!(
            state.focus_token,
            start.focus_token + EVENTS.len() as u32 + 4
        );
    }

    #[test]
    fn keyboard_skips_events_the_filters_hide() {
        let state = run(vec![
            TimelineAction::ToggleActor(Actor::OpenAi),
            TimelineAction::ToggleKind(EventKind::Market),
        ]);
        let shown = state.visible(EVENTS);
        assert!(shown
            .iter()
            .all(|i| !EVENTS[*i].actors.contains(&Actor::OpenAi)
                && EVENTS[*i].kind != EventKind::Market));
        // Without OpenAI and the market moves, and without the regulators' lane too.
        let lab = state.apply(TimelineAction::ToggleActor(Actor::Policy), EVENTS);
        assert_eq!(
            keys(&lab.visible(EVENTS)),
            [
                "v3", "app", "r1", "r1-paper", "sign-ups", "wiz", "off-peak", "r1-0528", "v3-1",
                "nature", "v3-2-exp", "v3-2", "v4"
            ]
        );
        assert!(keys(&shown).contains(&"italy") && !keys(&shown).contains(&"o1"));
        let r1 = index("r1");
        let next = state.apply(
            TimelineAction::Navigate {
                from: r1,
                nav: Nav::Next,
            },
            EVENTS,
        );
        assert_eq!(next.cursor, Some(index("r1-paper")));
        let home = state.apply(
            TimelineAction::Navigate {
                from: r1,
                nav: Nav::First,
            },
            EVENTS,
        );
        assert_eq!(home.cursor, Some(index("bis-2022")));
        let end = state.apply(
            TimelineAction::Navigate {
                from: r1,
                nav: Nav::Last,
            },
            EVENTS,
        );
        assert_eq!(end.cursor, Some(index("v4")));
        // From an event the filters just hid (o1), the arrows go to its neighbours on show.
        let o1 = index("o1");
        let after = state.apply(
            TimelineAction::Navigate {
                from: o1,
                nav: Nav::Next,
            },
            EVENTS,
        );
        assert_eq!(after.cursor, Some(index("v3")));
        let before = state.apply(
            TimelineAction::Navigate {
                from: o1,
                nav: Nav::Prev,
            },
            EVENTS,
        );
        assert_eq!(before.cursor, Some(index("bis-2023")));
        // The tab stop never sits on a hidden event.
        let hidden_cursor = TimelineState {
            cursor: Some(o1),
            ..state.clone()
        };
        assert_eq!(hidden_cursor.tab_stop(EVENTS), Some(index("bis-2022")));
        // Zoom narrows the set too.
        let zoomed = state.apply(TimelineAction::SetZoom(Zoom::Launch), EVENTS);
        assert_eq!(
            keys(&zoomed.visible(EVENTS)),
            ["v3", "app", "r1", "r1-paper", "navy", "sign-ups", "sacks", "wiz", "italy", "texas"]
        );
    }

    #[test]
    fn selecting_and_comparing() {
        let (o1, r1, preview) = (index("o1"), index("r1"), index("o1-preview"));
        let state = run(vec![
            TimelineAction::Activate {
                index: o1,
                compare: false,
            },
            TimelineAction::Activate {
                index: r1,
                compare: true,
            },
        ]);
        assert_eq!((state.selected, state.compare), (Some(o1), Some(r1)));
        assert_eq!(state.url_write, UrlWrite::Push);
        let same = state.apply(
            TimelineAction::Activate {
                index: o1,
                compare: true,
            },
            EVENTS,
        );
        assert_eq!(same.compare, Some(r1));
        assert_eq!(same.messages.len(), 1);
        let swapped = state.apply(
            TimelineAction::Activate {
                index: r1,
                compare: false,
            },
            EVENTS,
        );
        assert_eq!((swapped.selected, swapped.compare), (Some(r1), None));
        let chosen = state.apply(TimelineAction::SetCompare("o1-preview".into()), EVENTS);
        assert_eq!(chosen.compare, Some(preview));
        let none = chosen.apply(TimelineAction::SetCompare(String::new()), EVENTS);
        assert_eq!(none.compare, None);
        // Shift with nothing selected selects.
        let first = run(vec![TimelineAction::Activate {
            index: r1,
            compare: true,
        }]);
        assert_eq!((first.selected, first.compare), (Some(r1), None));
        let cleared = state.apply(TimelineAction::ClearSelection, EVENTS);
        assert_eq!((cleared.selected, cleared.compare), (None, None));
        // Out-of-range indices are ignored.
        assert_eq!(
            state.apply(
                TimelineAction::Activate {
                    index: 999,
                    compare: false
                },
                EVENTS
            ),
            state
        );
        let gap = run(vec![
            TimelineAction::ToggleActor(Actor::DeepSeek),
            TimelineAction::ShowGap { from: o1, to: r1 },
        ]);
        assert_eq!((gap.selected, gap.compare), (Some(o1), Some(r1)));
        assert!(
            gap.visible(EVENTS).contains(&r1),
            "the gap's ends are brought on show"
        );
    }

    #[test]
    fn filters_keep_at_least_one_actor_and_kind() {
        let mut state = TimelineState::new();
        for actor in Actor::ALL {
            state = state.apply(TimelineAction::ToggleActor(actor), EVENTS);
        }
        assert_eq!(state.actors, vec![Actor::Policy]);
        assert_eq!(
            state.messages,
            vec!["Governments is the only group shown: switch another on before switching it off."]
        );
        let state = state.apply(TimelineAction::ToggleActor(Actor::OpenAi), EVENTS);
        assert_eq!(state.actors, vec![Actor::OpenAi, Actor::Policy]);
        assert!(state.messages.is_empty());
        let reset = state.apply(TimelineAction::ResetView, EVENTS);
        assert_eq!(reset.actors, Actor::ALL.to_vec());
        assert_eq!(reset.url_write, UrlWrite::Replace);
    }

    #[test]
    fn url_state_round_trips_and_omits_defaults() {
        assert!(TimelineState::new().to_pairs(EVENTS).is_empty());
        let state = run(vec![
            TimelineAction::Activate {
                index: index("o1"),
                compare: false,
            },
            TimelineAction::Activate {
                index: index("r1"),
                compare: true,
            },
            TimelineAction::ToggleActor(Actor::Markets),
            TimelineAction::ToggleKind(EventKind::Research),
            TimelineAction::SetZoom(Zoom::Race),
        ]);
        let mut fragment = Fragment::parse("#in=2000&d=2025-01-27");
        fragment.replace_owned(&URL_KEYS, state.to_pairs(EVENTS));
        let hash = fragment.to_hash();
        assert_eq!(
            hash,
            "#in=2000&d=2025-01-27&ev=o1&cmp=r1&act=openai,deepseek,policy&kind=release,announcement,price,market,regulation&zoom=sep24-feb25"
        );
        let restored = TimelineState::from_fragment(&Fragment::parse(&hash), EVENTS);
        assert_eq!(restored.to_pairs(EVENTS), state.to_pairs(EVENTS));
        assert_eq!(restored.selected, state.selected);
        assert_eq!(restored.cursor, state.selected);
        assert!(restored.messages.is_empty());
        // Every single event and every zoom round-trips.
        for (i, _) in EVENTS.iter().enumerate() {
            for zoom in Zoom::ALL {
                let one = TimelineState {
                    selected: Some(i),
                    cursor: Some(i),
                    zoom,
                    ..TimelineState::new()
                };
                let mut fragment = Fragment::default();
                fragment.replace_owned(&URL_KEYS, one.to_pairs(EVENTS));
                let back =
                    TimelineState::from_fragment(&Fragment::parse(&fragment.to_hash()), EVENTS);
                assert_eq!(back, one);
            }
        }
        // Loading keeps what the URL does not hold: liveness and width.
        let live = run(vec![TimelineAction::Start {
            hash: String::new(),
            width: Some(700),
        }]);
        let loaded = live.apply(TimelineAction::LoadFragment("#ev=nvidia".into()), EVENTS);
        assert!(loaded.live);
        assert_eq!(loaded.width, 700);
        assert_eq!(loaded.selected, Some(index("nvidia")));
        let started = TimelineState::new().apply(
            TimelineAction::Start {
                hash: "#ev=v3&zoom=dec24-jan25".into(),
                width: None,
            },
            EVENTS,
        );
        assert!(started.live);
        assert_eq!(
            (started.selected, started.zoom),
            (Some(index("v3")), Zoom::Launch)
        );
        assert_eq!(started.width, DEFAULT_WIDTH);
    }

    #[test]
    fn hostile_fragments_fall_back_with_messages() {
        let state = TimelineState::from_fragment(
            &Fragment::parse("#ev=<script>&cmp=r1&act=aliens,openai,openai&kind=&zoom=1999"),
            EVENTS,
        );
        assert_eq!(state.selected, None);
        assert_eq!(state.compare, None);
        assert_eq!(state.actors, vec![Actor::OpenAi]);
        assert_eq!(state.kinds, EventKind::ALL.to_vec());
        assert_eq!(state.zoom, Zoom::All);
        assert_eq!(
            state.messages,
            vec![
                "From the link: there is no event “<script>”, so nothing is selected.",
                "From the link: a comparison needs a selected event first, so it is left out.",
                "From the link: unknown group “aliens” ignored.",
                "From the link: no known kind of event to show, so all of them are shown.",
                "From the link: “1999” is not one of the ranges, so every date is shown.",
            ]
        );
        let same = TimelineState::from_fragment(&Fragment::parse("#ev=r1&cmp=r1"), EVENTS);
        assert_eq!((same.selected, same.compare), (Some(index("r1")), None));
        // A plain anchor is not state: Start leaves the default view.
        let anchor = TimelineState::new().apply(
            TimelineAction::Start {
                hash: "#reaction".into(),
                width: Some(5),
            },
            EVENTS,
        );
        assert_eq!(anchor.selected, None);
        assert_eq!(anchor.width, WIDTH_RANGE.0);
    }

    #[test]
    fn arbitrary_fragments_never_panic_and_stay_valid() {
        // A deterministic xorshift walk over fragment-like strings: 7,200 cases, no extra crate.
        let alphabet: Vec<char> = "ev=cmpactkindzoom&,-.%0123456789+#<>\\\"'ü🤖 o1r3v-previewopenaideepseekmarketsrelease"
            .chars()
            .collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut cases = 0;
        for length in 0..120 {
            for _ in 0..60 {
                let text: String = (0..length)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        alphabet[(seed % alphabet.len() as u64) as usize]
                    })
                    .collect();
                let state = TimelineState::new().apply(TimelineAction::LoadFragment(text), EVENTS);
                assert!(!state.actors.is_empty() && !state.kinds.is_empty());
                assert!(state.selected.is_none_or(|i| i < EVENTS.len()));
                assert!(state
                    .compare
                    .is_none_or(|i| i < EVENTS.len() && Some(i) != state.selected));
                assert!(state.compare.is_none() || state.selected.is_some());
                // Whatever was loaded writes back to a fragment that loads to the same state.
                let mut fragment = Fragment::default();
                fragment.replace_owned(&URL_KEYS, state.to_pairs(EVENTS));
                let again =
                    TimelineState::from_fragment(&Fragment::parse(&fragment.to_hash()), EVENTS);
                assert_eq!(again.to_pairs(EVENTS), state.to_pairs(EVENTS));
                assert!(again.messages.is_empty(), "{:?}", again.messages);
                let shown = state.visible(EVENTS);
                let stop = state.tab_stop(EVENTS);
                assert!(stop.is_none_or(|i| shown.contains(&i)));
                for nav in [Nav::Next, Nav::Prev, Nav::First, Nav::Last] {
                    let moved = state.apply(
                        TimelineAction::Navigate {
                            from: seed as usize % 40,
                            nav,
                        },
                        EVENTS,
                    );
                    assert!(moved.cursor.is_none_or(|i| shown.contains(&i)));
                }
                cases += 1;
            }
        }
        assert_eq!(cases, 7_200);
    }
}
