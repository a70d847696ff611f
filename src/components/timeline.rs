//! Island: the interactive timeline of o1, R1 and o3. A chart on a true time scale with a details
//! panel from 600 px wide, the same events as a list below that, one tab stop with arrow keys,
//! "days between" two events, filters, zoom, and a link to the cost widget's date. State lives in
//! a reducer (`model::timeline_state`) and in the URL fragment.

use crate::components::prerendered::as_prerendered;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::components::embed_button::EmbedButton;
use crate::components::fragment_sync::use_fragment_sync;
use crate::components::reducer::{send, State, Store};

use crate::components::timeline_chart::{timeline_chart, TimelineChartProps};
use crate::components::timeline_details::{timeline_details, TimelineDetailsProps};
use crate::components::timeline_list::{live_list, static_list, LiveList};
use crate::data::events::EVENTS;
use crate::island::Island;
use crate::model::locale::{t, tf, tr};
use crate::model::timeline::{event_index, layout, Actor, EventKind, Zoom};
use crate::model::timeline::{visible, Gap, Nav, TimelineAction, TimelineState};
use crate::model::url_state::UrlState;

#[derive(Properties, PartialEq, Default)]
pub struct TimelineProps {
    /// Starts live with this fragment's state. For render tests and previews only: the island
    /// leaves it unset, so its first render is the prerendered one and the URL is applied after.
    #[prop_or_default]
    pub initial_hash: Option<AttrValue>,
}

impl State for TimelineState {
    type Action = TimelineAction;
    fn next(&self, action: TimelineAction) -> Option<Self> {
        Some(self.apply(action, EVENTS))
    }
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let state = use_reducer({
        let initial = props.initial_hash.clone();
        move || {
            let start = TimelineState::new();
            Store(match initial {
                Some(hash) => start
                    .apply(TimelineAction::Start { width: None }, EVENTS)
                    .apply(TimelineAction::LoadFragment(hash.to_string()), EVENTS),
                None => start,
            })
        }
    });
    let chart_ref = use_node_ref();

    // After hydration (which must match the prerendered list), go live: measure the chart and
    // follow resizes. The URL's state is loaded next, by the fragment hook below (effects run in
    // the order they are declared), which also writes selections back as new history entries
    // and filters as replaced ones.
    {
        let dispatcher = state.dispatcher();
        let chart_ref = chart_ref.clone();
        use_effect_with((), move |_| {
            dispatcher.dispatch(TimelineAction::Start {
                width: browser::width_of(&chart_ref),
            });
            let resize = browser::on_resize(move || {
                // A hidden chart (the list layout) measures 0: keep the last width.
                if let Some(width) = browser::width_of(&chart_ref) {
                    dispatcher.dispatch(TimelineAction::SetWidth(width));
                }
            });
            move || drop(resize)
        });
    }
    use_fragment_sync(
        state.dispatcher(),
        TimelineAction::LoadFragment,
        TimelineState::KEYS,
        state.0.to_pairs(EVENTS),
        state.0.url_write,
    );
    // After each render: the bench build measures key-to-DOM time here (a no-op otherwise).
    use_effect(|| {
        crate::bench::measure(
            crate::bench::TIMELINE_KEY_TO_DOM,
            crate::bench::TIMELINE_KEY,
        )
    });
    // Arrow keys move focus to the new event once it is rendered with its tab stop.
    {
        let cursor = state.0.cursor;
        use_effect_with(state.0.focus_token, move |token| {
            if *token > 0 {
                if let Some(event) = cursor.and_then(|index| EVENTS.get(index)) {
                    browser::focus_by_id(&format!("tl-ev-{}", event.key));
                }
            }
        });
    }

    let view = &state.0;
    // Layout only changes with the width, the filters and the zoom, never with the selection.
    let (shown, chart) = {
        let deps = (
            view.width,
            view.actors.clone(),
            view.kinds.clone(),
            view.zoom,
        );
        let memo = use_memo(deps, |(width, actors, kinds, zoom)| {
            let shown = visible(EVENTS, actors, kinds, *zoom);
            let chart = layout(EVENTS, &shown, zoom.range(EVENTS), f64::from(*width));
            (Rc::new(shown), Rc::new(chart))
        });
        (memo.0.clone(), memo.1.clone())
    };
    let tab_stop = view.tab_stop(EVENTS);
    let hidden = view.selected.is_some_and(|index| !shown.contains(&index));

    let onactivate = send(&state, |(index, compare): (usize, bool)| {
        TimelineAction::Activate { index, compare }
    });
    let onnavigate = send(&state, |(from, nav): (usize, Nav)| {
        TimelineAction::Navigate { from, nav }
    });
    let oncompare = send(&state, TimelineAction::SetCompare);
    let onclear = send(&state, |()| TimelineAction::ClearSelection);
    let details = |prefix: &'static str, show_summary: bool| {
        timeline_details(&TimelineDetailsProps {
            prefix,
            selected: view.selected,
            compare: view.compare,
            hidden,
            show_summary,
            oncompare: oncompare.clone(),
            onclear: onclear.clone(),
        })
    };
    let collapsed = chart
        .marks
        .iter()
        .filter(|mark| mark.label.is_none())
        .count();

    html! {
        <div class={classes!("timeline-widget", view.live.then_some("is-live"))} role="group" aria-labelledby="tl-heading">
            { as_prerendered(|| html! { <h3 id="tl-heading">{ t!("The race, day by day") }</h3> }) }
            if view.live {
                <p class="tl-intro">
                    // One way of saying it per layout: the chart from 600 px, the list below.
                    <span class="tl-intro-chart">{ t!("Pick an event on the chart for its sources and figures; hold Shift as you pick a second one to count the days between the two.") }</span>
                    <span class="tl-intro-list">{ t!("Tap an event for its sources and figures; choose a second one under “Compare with…” to count the days between the two.") }</span>
                    <span class="tl-keys" id="tl-keys">
                        { t!(" Keys: Tab reaches the events, the arrows move between them, Home and End jump to the ends, Enter or Space selects, and Shift with Enter compares.") }
                    </span>
                </p>
            } else {
                { as_prerendered(|| html! { <p class="tl-intro">{ t!("Every dated event in this story, each with its source, from the first US chip rules to DeepSeek's V4.") }</p> }) }
            }
            { claim_check(&state) }
            if view.live {
                { controls(&state) }
                <div class="messages" role="status" aria-live="polite">
                    { for view.messages.iter().map(|message| html! { <p class="input-message">{ message }</p> }) }
                </div>
            }
            <div class="tl-stage">
                if view.live {
                    { live_list(&LiveList {
                        shown: shown.clone(),
                        selected: view.selected,
                        compare: view.compare,
                        tab_stop,
                        details: details("tl-inline", false),
                        onactivate: onactivate.clone(),
                        onnavigate,
                    }) }
                } else {
                    // Until it is live the timeline shows the static list, as prerendered.
                    { as_prerendered(static_list) }
                }
                <div class="tl-chart" aria-hidden="true" ref={chart_ref}>
                    { timeline_chart(&TimelineChartProps {
                        layout: chart.clone(),
                        selected: view.selected,
                        compare: view.compare,
                        cursor: tab_stop,
                        onactivate,
                    }) }
                    if collapsed > 0 {
                        <p class="tl-note">
                            { if collapsed == 1 { t!("One label is").to_owned() } else { tf!("{collapsed} labels are"; collapsed = collapsed) } }
                            // Without the script there is no range to pick and no marker to
                            // select, but the list beside the chart has every event.
                            if view.live {
                                { t!(" left out for lack of room: pick a shorter range, or select a marker.") }
                            } else {
                                { t!(" left out for lack of room; every event is in the list.") }
                            }
                        </p>
                    }
                </div>
                if view.live {
                    <div class="tl-details">{ details("tl-panel", true) }</div>
                }
            </div>
            <p class="visually-hidden tl-announce" role="status" aria-live="polite">{ announcement(view) }</p>
            <EmbedButton island={Island::Timeline} />
        </div>
    }
}

/// The article's "less than two months" checked against the event dates, both ways of counting.
fn claim_check(state: &UseReducerHandle<Store<TimelineState>>) -> Html {
    let (Some(o1), Some(r1), Some(preview)) = (
        event_index(EVENTS, "o1"),
        event_index(EVENTS, "r1"),
        event_index(EVENTS, "o1-preview"),
    ) else {
        return Html::default();
    };
    let show = |from: usize, label: &'static str| {
        html! {
            <button type="button" class="chip"
                    onclick={send(state, move |_: MouseEvent| TimelineAction::ShowGap { from, to: r1 })}>
                { label }
            </button>
        }
    };
    html! {
        <div class="claim-check tl-claim" role="note" aria-label={t!("Claim check: less than two months")}>
            { as_prerendered(|| claim_finding(o1, r1, preview)) }
            if state.0.live {
                <p class="chips">
                    { show(o1, t!("Show o1 → R1 on the timeline")) }
                    { show(preview, t!("Show o1-preview → R1")) }
                </p>
            }
        </div>
    }
}

/// The claim and what the dates show: computed from the events, so the same in every state.
fn claim_finding(o1: usize, r1: usize, preview: usize) -> Html {
    let from_o1 = Gap::between(&EVENTS[o1], &EVENTS[r1]);
    let from_preview = Gap::between(&EVENTS[preview], &EVENTS[r1]);
    let verdict = if from_o1.within_months(2) {
        t!("under two months, so the claim holds for the full o1")
    } else {
        t!("not under two months, so the claim does not hold")
    };
    html! {
        <>
            <p class="claim"><span class="tag">{ t!("The claim") }</span>{ t!(" The article: R1 arrived “less than two months” after o1.") }</p>
            <p class="finding">
                <span class="tag">{ t!("What the dates show") }</span>
                { tf!(" From o1's arrival in ChatGPT on {} to {} on {} is ", from_o1.earlier.date.long(), tr(from_o1.later.title), from_o1.later.date.long()) }
                <strong class="tl-claim-days">{ from_o1.days_text() }</strong>
                { tf!(" ({}): {}. Counted from the o1-preview of {}, the gap is ", from_o1.calendar_text(), verdict, from_preview.earlier.date.long()) }
                <strong class="tl-claim-days">{ from_preview.days_text() }</strong>
                { tf!(" ({}).", from_preview.calendar_text()) }
            </p>
        </>
    }
}

fn controls(state: &UseReducerHandle<Store<TimelineState>>) -> Html {
    let view = &state.0;
    let actor_chip = |actor: Actor| {
        html! {
            <button type="button" class={classes!("chip", "tl-chip", actor.key())}
                    aria-pressed={view.actors.contains(&actor).to_string()}
                    onclick={send(state, move |_: MouseEvent| TimelineAction::ToggleActor(actor))}>
                <span class="tl-swatch" aria-hidden="true"></span>{ tr(actor.name()) }
            </button>
        }
    };
    let kind_chip = |kind: EventKind| {
        html! {
            <button type="button" class="chip tl-chip" aria-pressed={view.kinds.contains(&kind).to_string()}
                    onclick={send(state, move |_: MouseEvent| TimelineAction::ToggleKind(kind))}>
                { tr(kind.name()) }
            </button>
        }
    };
    let zoom_chip = |zoom: Zoom| {
        html! {
            <button type="button" class="chip tl-chip" aria-pressed={(view.zoom == zoom).to_string()}
                    onclick={send(state, move |_: MouseEvent| TimelineAction::SetZoom(zoom))}>
                { zoom.label(EVENTS) }
            </button>
        }
    };
    let reset = send(state, |_: MouseEvent| TimelineAction::ResetView);
    html! {
        <div class="tl-controls">
            <div class="chips" role="group" aria-labelledby="tl-who">
                <span class="tl-controls-label" id="tl-who">{ t!("Who") }</span>
                { for Actor::ALL.into_iter().map(actor_chip) }
            </div>
            <div class="chips" role="group" aria-labelledby="tl-what">
                <span class="tl-controls-label" id="tl-what">{ t!("What") }</span>
                { for EventKind::ALL.into_iter().map(kind_chip) }
            </div>
            <div class="chips" role="group" aria-labelledby="tl-when">
                <span class="tl-controls-label" id="tl-when">{ t!("When") }</span>
                { for Zoom::ALL.into_iter().map(zoom_chip) }
                <button type="button" class="chip tl-reset" onclick={reset}>{ t!("Reset view") }</button>
            </div>
        </div>
    }
}

/// What the live region says after a change: the selected event and any days between.
fn announcement(view: &TimelineState) -> String {
    let Some(event) = view.selected.and_then(|index| EVENTS.get(index)) else {
        return String::new();
    };
    let mut text = tf!(
        "{}, {}. {}",
        tr(event.title),
        event.date.long(),
        event.summary()
    );
    if let Some(other) = view.compare.and_then(|index| EVENTS.get(index)) {
        let gap = Gap::between(event, other);
        text.push_str(&tf!(
            " {} between {} and {}.",
            gap.days_text(),
            tr(gap.earlier.title),
            tr(gap.later.title)
        ));
    }
    text
}
