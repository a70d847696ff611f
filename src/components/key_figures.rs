//! The first screen's strip of key figures: each a sourced figure that opens its card, a line that
//! says what it is, and a link to the part of the page that explains it. Static markup.

use yew::prelude::*;

use crate::components::prose::Prose;
use crate::components::source_cards::fact_ref;
use crate::content::KEY_FIGURES;
use crate::data;

pub fn key_figures() -> Html {
    let items = KEY_FIGURES.iter().filter_map(|figure| {
        let fact = data::fact(figure.fact)?;
        Some(html! {
            <li class="key-figure">
                <p class="key-value">{ fact_ref(fact, html! { fact.value.display() }) }</p>
                <p class="key-text"><Prose text={figure.text} /></p>
                <a class="key-link" href={figure.href}>{ figure.link }<span aria-hidden="true">{ " →" }</span></a>
            </li>
        })
    });
    html! {
        <ul class="key-figures" aria-label="The story in four numbers">{ for items }</ul>
    }
}
