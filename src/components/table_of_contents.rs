//! The table of contents: one link per section anchor.

use yew::prelude::*;

use crate::content::sections::SECTIONS;

#[component]
pub fn TableOfContents() -> Html {
    html! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">{ "Contents" }</h2>
            <ol>
                { for SECTIONS.iter().map(|section| html! {
                    <li>
                        <a href={format!("#{}", section.id)}>{ section.title }</a>
                        <span class="toc-summary">{ section.summary }</span>
                    </li>
                }) }
                <li><a href="#glossary">{ "Glossary" }</a></li>
                <li><a href="#sources">{ "Sources" }</a></li>
            </ol>
        </nav>
    }
}
