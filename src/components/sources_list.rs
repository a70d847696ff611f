//! The numbered Sources list at the end of the page; every citation links into it.

use yew::prelude::*;

use crate::components::citation::source_anchor;
use crate::data::sources::SOURCES;
use crate::model::locale::{lookup, t};

#[component]
pub fn SourcesList() -> Html {
    let items = SOURCES.iter().enumerate().map(|(index, source)| {
        // A document's own title stays as the citation; the Chinese edition glosses it after.
        let gloss = lookup(&format!("source::{}::gloss", source.id));
        html! {
            <li id={source_anchor(index + 1)}>
                <a href={source.url()}>{ source.title() }</a>
                if let Some(gloss) = gloss {
                    <span class="source-gloss">{ "（" }{ gloss }{ "）" }</span>
                }
                { t!(", ") }{ source.publisher() }{ t!(". ") }
                <span class="url">{ source.url() }</span>
            </li>
        }
    });
    html! {
        <section id="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{ t!("Sources") }</h2>
            <ol class="sources">{ for items }</ol>
        </section>
    }
}
