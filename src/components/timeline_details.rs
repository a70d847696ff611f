//! The selected event in full: date, who and what, summary, related figures with their sources,
//! source links, the "days between" it and a compared event, and the button that sends its date
//! to the cost widget.

use yew::prelude::*;

use crate::browser;
use crate::components::citation::citation;
use crate::components::price_date_handoff::PriceDateHandoff;
use crate::components::source_cards::fact_ref;
use crate::data::{self, events::EVENTS};
use crate::model::locale::{t, tf, tr};
use crate::model::timeline::Gap;

/// What the details show (a plain function's arguments: it has no state of its own, and a
/// component would cost the wasm its lifecycle code for nothing).
pub struct TimelineDetailsProps {
    /// Prefix for ids, so the side panel and the copy inside the list never share one.
    pub prefix: &'static str,
    pub selected: Option<usize>,
    pub compare: Option<usize>,
    /// The selected event is outside the current filters or range.
    pub hidden: bool,
    /// Repeat the summary (the list item already shows it, the side panel does not).
    pub show_summary: bool,
    /// From the "Compare with…" control: an event key, or "" for none.
    pub oncompare: Callback<String>,
    pub onclear: Callback<()>,
}

pub fn timeline_details(props: &TimelineDetailsProps) -> Html {
    let Some(event) = props.selected.and_then(|index| EVENTS.get(index)) else {
        return html! {
            <p class="tl-empty">
                // The widget's intro already says how to pick and compare: this only says what
                // the panel is for.
                { t!("No event picked yet: its date, sources and figures will show here.") }
            </p>
        };
    };
    let prefix = props.prefix;
    let actors = event.actor_names();
    let facts = event
        .facts
        .iter()
        .filter_map(|id| data::fact(id))
        .map(|fact| {
            html! {
                <li>{ fact.label() }{ t!(": ") }{ fact_ref(fact, html! { fact.display() }) }</li>
            }
        });
    let sources = event.sources.iter().filter_map(|id| Some((id, data::source(id)?))).map(|(id, source)| {
        html! {
            <li>
                <a href={source.url()} rel="noopener">{ source.title() }</a>{ t!(", ") }{ source.publisher() }
                { citation(std::slice::from_ref(id)) }
            </li>
        }
    });
    let day = event.date;
    let on_compare = props
        .oncompare
        .reform(|change: Event| browser::select_value(&change));
    let on_clear = props.onclear.reform(|_: MouseEvent| ());
    let options = EVENTS
        .iter()
        .enumerate()
        .filter(|(index, _)| props.selected != Some(*index))
        .map(|(index, other)| {
            html! {
                <option value={other.key} selected={props.compare == Some(index)}>
                    { tf!("{} ({})", tr(other.title), other.date.short()) }
                </option>
            }
        });
    let gap = props
        .compare
        .and_then(|index| EVENTS.get(index))
        .map(|other| Gap::between(event, other));
    let compare_id = format!("{prefix}-compare");
    html! {
        <article class="tl-event" aria-labelledby={format!("{prefix}-title")}>
            <h4 id={format!("{prefix}-title")} class="tl-event-title">{ tr(event.title) }</h4>
            <p class="tl-meta">
                <time datetime={day.to_string()}>{ day.long() }</time>
                { t!(" · ") }{ actors }{ t!(" · ") }{ tr(event.kind.name()) }
            </p>
            if props.show_summary { <p class="tl-summary">{ event.summary() }</p> }
            if props.hidden {
                <p class="hint">{ t!("The current filters or range hide this event in the chart and the list.") }</p>
            }
            if let Some(gap) = gap {
                <p class="tl-days">
                    <strong>{ gap.days_text() }</strong>
                    // In months and days only where that says more than the count of days.
                    if gap.months > 0 {
                        { tf!(" from {} ({}) to {} ({}): {}.", tr(gap.earlier.title), gap.earlier.date.long(), tr(gap.later.title), gap.later.date.long(), gap.calendar_text()) }
                    } else {
                        { tf!(" from {} ({}) to {} ({}).", tr(gap.earlier.title), gap.earlier.date.long(), tr(gap.later.title), gap.later.date.long()) }
                    }
                </p>
            }
            if !event.facts.is_empty() {
                <h5>{ t!("Figures") }</h5>
                <ul class="tl-facts">{ for facts }</ul>
            }
            <h5>{ t!("Sources") }</h5>
            <ul class="tl-sources">{ for sources }</ul>
            <div class="tl-actions">
                <PriceDateHandoff {day} label={t!("Show prices on this date")} note_id={format!("{prefix}-prices-hint")} />
            </div>
            <div class="tl-actions">
                <label for={compare_id.clone()}>{ t!("Compare with…") }</label>
                <select id={compare_id} onchange={on_compare}>
                    <option value="" selected={props.compare.is_none()}>{ t!("No other event") }</option>
                    { for options }
                </select>
                <button type="button" class="chip" onclick={on_clear}>{ t!("Clear selection") }</button>
            </div>
        </article>
    }
}
