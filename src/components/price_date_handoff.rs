//! The button that sends a day from the timeline or the price chart to the cost calculator, and
//! the note it leaves behind: the calculator sits elsewhere on the page, so without the note (and
//! its link there) the button would seem to do nothing.

use yew::prelude::*;

use crate::components::share_tools::widget_anchor;
use crate::island::Island;
use crate::model::date::Date;
use crate::model::locale::{t, tf};
use crate::shared;

#[derive(Properties, PartialEq)]
pub struct PriceDateHandoffProps {
    pub day: Date,
    pub label: AttrValue,
    /// Id of the note, which also describes the button.
    pub note_id: AttrValue,
}

#[component]
pub fn PriceDateHandoff(props: &PriceDateHandoffProps) -> Html {
    let sent = use_state(|| None::<Date>);
    let day = props.day;
    let onclick = {
        let sent = sent.clone();
        Callback::from(move |_: MouseEvent| {
            shared::publish_price_date(day);
            sent.set(Some(day));
        })
    };
    let note = if *sent == Some(day) {
        html! {
            <>
                { tf!("The cost calculator now prices {}. ", day.long()) }
                <a href={format!("#{}", widget_anchor(Island::CostWidget))}>{ t!("Go to the calculator") }</a>
            </>
        }
    } else {
        html! { tf!("Sets the cost calculator's “Prices as of” date to {}.", day.long()) }
    };
    html! {
        <span class="handoff">
            <button type="button" class="chip" {onclick} aria-describedby={props.note_id.clone()}>{ props.label.clone() }</button>
            <span class="hint" id={props.note_id.clone()} role="status">{ note }</span>
        </span>
    }
}
