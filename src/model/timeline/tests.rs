//! The timeline state's tests: reducer, keyboard, filters, URL codec and "days between".

use super::*;
use crate::data::events::EVENTS;
use crate::model::timeline::event_index;
use crate::model::url_state::{Fragment, UrlState, UrlWrite};

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

/// Focus moves after the view renders; presses that come before it arrive on the event they
/// left, and each still moves one step. A click in between starts again from where it lands.
#[test]
fn a_key_pressed_before_the_focus_moved_still_moves_on() {
    let start = run(vec![TimelineAction::Start { width: Some(1100) }]);
    let shown = start.visible(EVENTS);
    let mut state = start.clone();
    for _ in 0..3 {
        state = state.apply(
            TimelineAction::Navigate {
                from: shown[10],
                nav: Nav::Prev,
            },
            EVENTS,
        );
    }
    assert_eq!(state.cursor, Some(shown[7]), "three presses, three steps");
    let state = state.apply(
        TimelineAction::Activate {
            index: shown[20],
            compare: false,
        },
        EVENTS,
    );
    let state = state.apply(
        TimelineAction::Navigate {
            from: shown[20],
            nav: Nav::Next,
        },
        EVENTS,
    );
    assert_eq!(
        state.cursor,
        Some(shown[21]),
        "after a click, from the clicked event"
    );
}

#[test]
fn keyboard_moves_through_the_events_on_show_in_date_order() {
    let start = run(vec![TimelineAction::Start { width: Some(1100) }]);
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
    assert!(shown.iter().all(
        |i| !EVENTS[*i].actors.contains(&Actor::OpenAi) && EVENTS[*i].kind != EventKind::Market
    ));
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
    state.write_into(&mut fragment, EVENTS);
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
            one.write_into(&mut fragment, EVENTS);
            let back = TimelineState::from_fragment(&Fragment::parse(&fragment.to_hash()), EVENTS);
            assert_eq!(back, one);
        }
    }
    // Loading keeps what the URL does not hold: liveness and width.
    let live = run(vec![TimelineAction::Start { width: Some(700) }]);
    let loaded = live.apply(TimelineAction::LoadFragment("#ev=nvidia".into()), EVENTS);
    assert!(loaded.live);
    assert_eq!(loaded.width, 700);
    assert_eq!(loaded.selected, Some(index("nvidia")));
    let started = run(vec![
        TimelineAction::Start { width: None },
        TimelineAction::LoadFragment("#ev=v3&zoom=dec24-jan25".into()),
    ]);
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
    // A plain anchor carries no state (the fragment hook does not load it; were it loaded,
    // it would still be the default view).
    assert!(!crate::model::url_state::is_state("#reaction"));
    let anchor = run(vec![
        TimelineAction::Start { width: Some(5) },
        TimelineAction::LoadFragment("#reaction".into()),
    ]);
    assert_eq!(anchor.selected, None);
    assert_eq!(anchor.width, WIDTH_RANGE.0);
}

#[test]
fn an_event_names_its_actors_as_the_lanes_do() {
    let mut event = EVENTS[index("r1")];
    assert_eq!(event.actor_names(), "DeepSeek");
    event.actors = &[Actor::DeepSeek, Actor::Policy];
    assert_eq!(event.actor_names(), "DeepSeek, Governments");
}

/// The Chinese edition has words for every message, range and day count the timeline writes
/// (the page test sees only the first render), and its labels are measured as CJK.
#[test]
fn the_chinese_edition_has_words_for_every_timeline_message() {
    use crate::model::locale::{render_in, take_misses, Locale};
    use crate::model::timeline::layout::text_width;
    let translations = crate::content::zh::translations().expect("the Chinese edition");
    let _ = take_misses();
    let (messages, texts, widths) = render_in(Locale::Zh, Some(translations), || {
        let mut messages = TimelineState::from_fragment(
            &Fragment::parse("#ev=<script>&cmp=r1&act=aliens,openai,openai&kind=&zoom=1999"),
            EVENTS,
        )
        .messages;
        let mut state = TimelineState::new();
        for actor in Actor::ALL {
            state = state.apply(TimelineAction::ToggleActor(actor), EVENTS);
        }
        messages.extend(state.messages);
        let mut state = TimelineState::new();
        for kind in EventKind::ALL {
            state = state.apply(TimelineAction::ToggleKind(kind), EVENTS);
        }
        messages.extend(state.messages);
        let selected = run(vec![
            TimelineAction::Activate {
                index: index("r1"),
                compare: false,
            },
            TimelineAction::Activate {
                index: index("r1"),
                compare: true,
            },
        ]);
        messages.extend(selected.messages);
        messages
            .extend(TimelineState::from_fragment(&Fragment::parse("#act=aliens"), EVENTS).messages);
        let mut texts: Vec<String> = Zoom::ALL.iter().map(|zoom| zoom.label(EVENTS)).collect();
        for (a, b) in [("o1", "r1"), ("o1-preview", "r1"), ("v3", "r1")] {
            let gap = gap(a, b);
            texts.push(gap.days_text());
            texts.push(gap.calendar_text());
        }
        texts.push(EVENTS[index("r1")].actor_names());
        let widths = (
            text_width("年", 10.0),
            text_width("、", 10.0),
            text_width("，", 10.0),
        );
        (messages, texts, widths)
    });
    assert_eq!(
        take_misses(),
        Vec::<String>::new(),
        "{messages:?} {texts:?}"
    );
    assert_eq!(messages.len(), 10, "{messages:?}");
    assert!(texts.contains(&"46天".to_owned()), "{texts:?}");
    assert!(texts.contains(&"1个月零15天".to_owned()), "{texts:?}");
    assert_eq!(widths, (10.0, 10.0, 10.0));
    // The English edition is untouched.
    assert_eq!(gap("o1", "r1").days_text(), "46 days");
}
