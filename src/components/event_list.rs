//! A few timeline events as a compact dated list under the prose that tells them: each date is its
//! event's fact (it opens the source card), each title carries its citation: the sources its date
//! has not already cited. Static markup.

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
        let fact = event.facts.first().and_then(|id| data::fact(id));
        let date = match fact {
            Some(fact) if matches!(fact.value, Value::Day(_)) => fact_ref(fact, day),
            Some(fact) => fact_ref(fact, html! { fact.display() }),
            None => day,
        };
        // Each source once a row: a second [46] beside the title would only repeat the date's.
        let dated_by = fact.map_or(&[][..], |fact| fact.sources);
        let uncited: Vec<&'static str> = event
            .sources
            .iter()
            .copied()
            .filter(|source| !dated_by.contains(source))
            .collect();
        Some(html! {
            <li class={classes!("event-row", event.colour_key())} data-row={event.key}>
                <span class="event-date">{ date }</span>
                <span class="event-row-title">{ tr(event.title) }if !uncited.is_empty() { { citation(&uncited) } }</span>
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
