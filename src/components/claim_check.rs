//! A claim from the article set beside what the sources show.

use yew::prelude::*;

use crate::components::prose::Prose;
use crate::model::locale::t;

#[derive(Properties, PartialEq)]
pub struct ClaimCheckProps {
    pub claim: &'static str,
    pub finding: &'static str,
}

#[component]
pub fn ClaimCheck(props: &ClaimCheckProps) -> Html {
    html! {
        <div class="claim-check" role="note">
            <p class="claim"><span class="tag">{ t!("The claim") }</span>{ t!(" ") }<Prose text={props.claim} /></p>
            <p class="finding"><span class="tag">{ t!("What the sources show") }</span>{ t!(" ") }<Prose text={props.finding} /></p>
        </div>
    }
}
