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
    let mut segments = template::parse(props.text);
    // A percent sign typed after a figure ("{o1_aime}%") belongs to it, before its citation:
    // "79.2%[2]", not "79.2[2]%".
    let mut percent = vec![false; segments.len()];
    for index in 1..segments.len() {
        if let (Segment::FactValue(_), &Segment::Text(text)) =
            (&segments[index - 1], &segments[index])
        {
            if let Some(rest) = text.strip_prefix('%') {
                percent[index - 1] = true;
                segments[index] = Segment::Text(rest);
            }
        }
    }
    let parts = segments
        .into_iter()
        .zip(percent)
        .map(|(part, percent)| segment(part, percent));
    html! { <>{ for parts }</> }
}

fn segment(segment: Segment<'static>, percent: bool) -> Html {
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
                _ if percent => html! { format!("{}%", fact.display()) },
                _ => html! { fact.display() },
            };
            fact_ref(fact, shown)
        }
    }
}

/// A sentence the current edition glues around elements: `template` (from `t!`, such as
/// `"{kicker} {date}"`) with each `{name}` of `slots` replaced by its markup and the words between
/// kept as text, so an edition may reorder the elements or drop the space between them. A
/// placeholder with no slot stays as written, so a mistake shows on the page.
pub fn around(template: &str, slots: Vec<(&str, Html)>) -> Html {
    let mut parts: Vec<Html> = Vec::new();
    let mut text = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open..];
        let slot = after.find('}').and_then(|close| {
            let name = &after[1..close];
            slots
                .iter()
                .find(|(slot, _)| *slot == name)
                .map(|(_, markup)| (close, markup.clone()))
        });
        match slot {
            Some((close, markup)) => {
                text.push_str(&rest[..open]);
                if !text.is_empty() {
                    parts.push(html! { std::mem::take(&mut text) });
                }
                parts.push(markup);
                rest = &after[close + 1..];
            }
            None => {
                text.push_str(&rest[..=open]);
                rest = &after[1..];
            }
        }
    }
    text.push_str(rest);
    if !text.is_empty() {
        parts.push(html! { text });
    }
    parts.into_iter().collect()
}
