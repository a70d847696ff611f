//! A few timeline events as a compact dated list under the prose that tells them: each date is its
//! event's fact (it opens the source card), each title carries its citation. Static markup.

use yew::prelude::*;

use crate::components::citation::citation;
use crate::components::source_cards::fact_ref;
use crate::data::{self, events::EVENTS};
use crate::model::facts::Value;
use crate::model::locale::tr;

pub fn event_list(caption: &'static str, keys: &'static [&'static str]) -> Html {
    let items = keys.iter().filter_map(|key| {
        let event = EVENTS.iter().find(|event| event.key == *key)?;
        // The event's own fact (its first) dates it, as exactly as that fact knows the day
        // ("late April 2025" where only that is known).
        let day = html! { <time datetime={event.date.to_string()}>{ event.date.short() }</time> };
        let date = match event.facts.first().and_then(|id| data::fact(id)) {
            Some(fact) if matches!(fact.value, Value::Day(_)) => fact_ref(fact, day),
            Some(fact) => fact_ref(fact, html! { fact.display() }),
            None => day,
        };
        Some(html! {
            <li class={classes!("event-row", event.colour_key())} data-row={event.key}>
                <span class="event-date">{ date }</span>
                <span class="event-row-title">{ tr(event.title) }{ citation(event.sources) }</span>
            </li>
        })
    });
    html! {
        <figure class="event-list">
            <figcaption class="figure-title">{ caption }</figcaption>
            <ol>{ for items }</ol>
        </figure>
    }
}
