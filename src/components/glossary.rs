//! The glossary at the end of the page: every term the prose links, with its definition. Each
//! entry is the target of its term links, so the terms work without JavaScript too.

use yew::prelude::*;

use crate::content::glossary::{anchor, TERMS};
use crate::model::locale::{t, tr};

#[component]
pub fn Glossary() -> Html {
    html! {
        <section id="glossary" aria-labelledby="glossary-heading">
            <h2 id="glossary-heading">{ t!("Glossary") }</h2>
            <dl class="glossary">
                { for TERMS.iter().map(|term| html! {
                    <div class="glossary-entry">
                        <dt id={anchor(term.id)}>{ tr(term.name) }</dt>
                        <dd>{ term.definition() }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
