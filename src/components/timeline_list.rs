//! The dated list of timeline events: readable without JavaScript, and the narrow-screen form of
//! the timeline.

use yew::prelude::*;

use crate::components::citation::Citation;
use crate::data::events::EVENTS;

#[component]
pub fn TimelineList() -> Html {
    let items = EVENTS.iter().map(|event| {
        let actors = event.actors.iter().map(|actor| actor.name()).collect::<Vec<_>>().join(", ");
        html! {
            <li id={format!("event-{}", event.key)} data-event={event.key}
                class={classes!("event", event.actors.first().map(|actor| actor.key()))}>
                <time datetime={event.date.to_string()}>{ event.date.long() }</time>
                <span class="event-title">{ event.title }</span>
                <span class="event-summary">{ event.summary }<Citation sources={event.sources} /></span>
                <span class="event-tags">{ actors }{ " · " }{ event.kind.name() }</span>
            </li>
        }
    });
    html! { <ol class="timeline-list" aria-label="Timeline of events, oldest first">{ for items }</ol> }
}
