//! The dated list of timeline events, in two forms from the same data: the static list with
//! citations (the no-JavaScript fallback and the prerendered first view), and the live list the
//! timeline island drives (the narrow-screen layout and, always, the form screen readers use).

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::components::citation::citation;
use crate::data::events::EVENTS;
use crate::model::locale::{t, tr};
use crate::model::timeline::Nav;

/// What the live list needs from the timeline island.
#[derive(Clone, PartialEq)]
pub struct LiveList {
    /// Indices of the events on show, in date order.
    pub shown: Rc<Vec<usize>>,
    pub selected: Option<usize>,
    pub compare: Option<usize>,
    /// The one event reachable with Tab; the others take focus only through the arrow keys.
    pub tab_stop: Option<usize>,
    /// Details of the selected event, shown inside its item where the list is the layout.
    pub details: Html,
    /// An event was clicked or Enter/Space pressed on it; `true` with Shift (compare).
    pub onactivate: Callback<(usize, bool)>,
    /// A navigation key was pressed on an event.
    pub onnavigate: Callback<(usize, Nav)>,
}

/// The static list, which needs no JavaScript. Plain functions, not components: they have no state
/// of their own, and a component would cost the wasm its lifecycle code.
pub fn static_list() -> Html {
    let items = EVENTS.iter().map(|event| {
        let actors = event.actor_names();
        html! {
            <li id={format!("event-{}", event.key)} data-event={event.key}
                class={classes!("event", event.actors.first().map(|actor| actor.key()))}>
                <time datetime={event.date.to_string()}>{ event.date.long() }</time>
                <span class="event-title">{ tr(event.title) }</span>
                <span class="event-summary"><span class="summary-text">{ event.summary() }</span>{ citation(event.sources) }</span>
                <span class="event-tags">{ actors }{ t!(" · ") }{ tr(event.kind.name()) }</span>
            </li>
        }
    });
    html! { <ol class="timeline-list" aria-label={t!("Timeline of events, oldest first")}>{ for items }</ol> }
}

/// The list the timeline island drives once it is live.
pub fn live_list(live: &LiveList) -> Html {
    let items = live.shown.iter().filter_map(|index| Some((*index, EVENTS.get(*index)?))).map(|(index, event)| {
        let selected = live.selected == Some(index);
        let compared = live.compare == Some(index);
        let onclick = {
            let onactivate = live.onactivate.clone();
            Callback::from(move |click: MouseEvent| onactivate.emit((index, click.shift_key())))
        };
        let onkeydown = {
            let onactivate = live.onactivate.clone();
            let onnavigate = live.onnavigate.clone();
            Callback::from(move |key: KeyboardEvent| {
                crate::bench::mark(crate::bench::TIMELINE_KEY);
                if let Some(nav) = Nav::from_key(&key.key()) {
                    key.prevent_default();
                    onnavigate.emit((index, nav));
                } else if matches!(key.key().as_str(), "Enter" | " ") {
                    // Handled here rather than by the button's click, so Shift reaches us.
                    key.prevent_default();
                    onactivate.emit((index, key.shift_key()));
                }
            })
        };
        // Where the chart is the layout, the list is hidden but holds the focus: the focused
        // event's marker is brought into view, so the reader sees where they are.
        let key = event.key;
        let onfocus = Callback::from(move |_: FocusEvent| {
            browser::reveal(&format!(r#".tl-chart .mark[data-event="{key}"]"#))
        });
        html! {
            <li key={event.key} data-event={event.key}
                class={classes!("event", event.colour_key(), selected.then_some("selected"), compared.then_some("compared"))}>
                <button type="button" id={format!("tl-ev-{}", event.key)} class="tl-pick"
                        tabindex={if live.tab_stop == Some(index) { "0" } else { "-1" }}
                        aria-current={selected.then_some("true")}
                        {onclick} {onkeydown} {onfocus}>
                    <time datetime={event.date.to_string()}>{ event.date.long() }</time>
                    <span class="event-title">{ tr(event.title) }</span>
                    if compared { <span class="tl-compared-tag">{ t!(" (compared)") }</span> }
                </button>
                <span class="event-summary">{ event.summary() }</span>
                if selected { <div class="tl-inline">{ live.details.clone() }</div> }
            </li>
        }
    });
    html! {
        <ol class="timeline-list tl-list" aria-label={t!("Timeline events, oldest first")} aria-describedby="tl-keys">
            { for items }
        </ol>
    }
}
