//! The table of contents: one link per section anchor.

use yew::prelude::*;

use crate::content::sections::SECTIONS;
use crate::model::locale::{t, tr};

#[component]
pub fn TableOfContents() -> Html {
    html! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">{ t!("Contents") }</h2>
            <ol>
                { for SECTIONS.iter().map(|section| html! {
                    <li>
                        <a href={format!("#{}", section.id)}>{ tr(section.title) }</a>
                        <span class="toc-summary">{ tr(section.summary) }</span>
                    </li>
                }) }
                <li><a href="#glossary">{ t!("Glossary") }</a></li>
                <li><a href="#sources">{ t!("Sources") }</a></li>
            </ol>
        </nav>
    }
}
