//! The first screen's strip of key figures: each a sourced figure that opens its card, a line that
//! says what it is, and a link to the part of the page that explains it. Static markup.

use yew::prelude::*;

use crate::components::prose::Prose;
use crate::components::source_cards::fact_ref;
use crate::content::KEY_FIGURES;
use crate::data;
use crate::model::locale::{t, tr};

pub fn key_figures() -> Html {
    let items = KEY_FIGURES.iter().filter_map(|figure| {
        let fact = data::fact(figure.fact)?;
        Some(html! {
            <li class="key-figure">
                <p class="key-value">{ fact_ref(fact, html! { fact.display() }) }</p>
                <p class="key-text"><Prose text={tr(figure.text)} /></p>
                <a class="key-link" href={figure.href}>{ tr(figure.link) }<span aria-hidden="true">{ t!(" →") }</span></a>
            </li>
        })
    });
    html! {
        <ul class="key-figures" aria-label={t!("The story in four numbers")}>{ for items }</ul>
    }
}
