//! The numbered Sources list at the end of the page; every citation links into it.

use yew::prelude::*;

use crate::components::citation::source_anchor;
use crate::data::sources::SOURCES;

#[component]
pub fn SourcesList() -> Html {
    let items = SOURCES.iter().enumerate().map(|(index, source)| {
        html! {
            <li id={source_anchor(index + 1)}>
                <a href={source.url()}>{ source.title() }</a>{ ", " }{ source.publisher() }{ ". " }
                <span class="url">{ source.url() }</span>
            </li>
        }
    });
    html! {
        <section id="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{ "Sources" }</h2>
            <ol class="sources">{ for items }</ol>
        </section>
    }
}
