//! A paragraph of our prose: template markup turned into text, fact values (each a control that
//! opens its source card) with citations, glossary terms, links and emphasis.

use yew::prelude::*;

use crate::components::source_cards::{fact_ref, term_ref};
use crate::content::glossary;
use crate::data;
use crate::model::template::{self, Segment};

#[derive(Properties, PartialEq)]
pub struct ProseProps {
    /// Text in the markup of `model::template`.
    pub text: &'static str,
}

/// Renders inline content only; the caller chooses the wrapping element (`<p>`, `<li>`, …).
#[component]
pub fn Prose(props: &ProseProps) -> Html {
    html! { <>{ for template::parse(props.text).into_iter().map(segment) }</> }
}

fn segment(segment: Segment<'static>) -> Html {
    match segment {
        Segment::Text(text) => html! { text },
        Segment::Emphasis(text) => html! { <em>{ text }</em> },
        Segment::Link { text, url } => match glossary::linked_term(url) {
            Some(id) => match glossary::term(id) {
                Some(term) => term_ref(term, text),
                // Visible on purpose, like an unknown fact: the data tests fail on it.
                None => {
                    html! { <span class="fact-missing">{ format!("[unknown term {id}]") }</span> }
                }
            },
            None => html! { <a href={url}>{ text }</a> },
        },
        Segment::FactValue(id) | Segment::FactDate(id) => {
            let Some(fact) = data::fact(id) else {
                // Visible on purpose: a data test fails on it before it can ship.
                return html! { <span class="fact-missing">{ format!("[unknown fact {id}]") }</span> };
            };
            let shown = match segment {
                Segment::FactDate(_) => html! {
                    <time datetime={fact.date.to_string()}>{ fact.date.long() }</time>
                },
                _ => html! { fact.value.display() },
            };
            fact_ref(fact, shown)
        }
    }
}
