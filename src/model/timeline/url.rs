//! The timeline's URL codec: `#ev=r1&cmp=o1&act=openai&zoom=dec24-jan25`. Defaults are left
//! out, and every bad value falls back to its default with a message naming the key.

use super::events::{event_index, Actor, Event, EventKind, Zoom};
use super::state::TimelineState;
use crate::model::locale::{t, tf};
use crate::model::url_state::{say_unknown, shorten, Fragment, UrlState};

impl UrlState for TimelineState {
    /// Selected event, compared event, actors, kinds, zoom.
    const KEYS: &'static [&'static str] = &["ev", "cmp", "act", "kind", "zoom"];
    type Context = [Event];

    /// Reads the timeline's keys from a fragment; every bad value falls back to its default and
    /// adds a message naming the key and what was wrong.
    fn from_fragment(fragment: &Fragment, events: &[Event]) -> TimelineState {
        let mut state = TimelineState::new();
        let lookup = |key: &str, what: &str, state: &mut TimelineState| match fragment.get(key) {
            None | Some("") => None,
            Some(text) => {
                let found = event_index(events, text);
                if found.is_none() {
                    state.messages.push(tf!(
                        "From the link: there is no event “{}”, so {what}.",
                        shorten(text, 24);
                        what = what
                    ));
                }
                found
            }
        };
        state.selected = lookup("ev", t!("nothing is selected"), &mut state);
        state.compare = lookup("cmp", t!("there is nothing to compare with"), &mut state);
        match (state.selected, state.compare) {
            (None, Some(_)) => {
                state.messages.push(
                    t!("From the link: a comparison needs a selected event first, so it is left out.")
                        .into(),
                );
                state.compare = None;
            }
            (Some(a), Some(b)) if a == b => state.compare = None,
            _ => {}
        }
        state.cursor = state.selected;
        if let Some(list) = fragment.get("act") {
            state.actors = parse_set(
                list,
                &Actor::ALL,
                Actor::key,
                t!("group"),
                &mut state.messages,
            );
        }
        if let Some(list) = fragment.get("kind") {
            state.kinds = parse_set(
                list,
                &EventKind::ALL,
                EventKind::key,
                t!("kind of event"),
                &mut state.messages,
            );
        }
        if let Some(key) = fragment.get("zoom") {
            match Zoom::from_key(key) {
                Some(zoom) => state.zoom = zoom,
                None => state.messages.push(tf!(
                    "From the link: “{}” is not one of the ranges, so every date is shown.",
                    shorten(key, 24)
                )),
            }
        }
        state
    }

    fn to_pairs(&self, events: &[Event]) -> Vec<(&'static str, String)> {
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
    say_unknown(&unknown, what, messages);
    if chosen.is_empty() {
        messages.push(tf!(
            "From the link: no known {what} to show, so all of them are shown.";
            what = what
        ));
        return all.to_vec();
    }
    all.iter()
        .copied()
        .filter(|item| chosen.contains(item))
        .collect()
}
