//! A table of sourced facts: what each figure measures, its value and the day it applies to. Each
//! value opens its source card, where its caveat is: the table does not repeat them.

use yew::prelude::*;

use crate::components::source_cards::fact_ref;
use crate::components::table::{table_shell, Narrow, TableShell};
use crate::data;
use crate::model::locale::t;

#[derive(Properties, PartialEq)]
pub struct FactTableProps {
    pub caption: &'static str,
    pub facts: &'static [&'static str],
}

#[component]
pub fn FactTable(props: &FactTableProps) -> Html {
    let rows = props.facts.iter().map(|id| match data::fact(id) {
        Some(fact) => html! {
            <tr data-fact={*id}>
                <th scope="row">{ fact.label() }</th>
                <td class="num" data-label={t!("Value")}>{ fact_ref(fact, html! { fact.display() }) }</td>
                <td data-label={t!("Applies to")}><time datetime={fact.date.to_string()}>{ fact.date.short() }</time></td>
            </tr>
        },
        None => html! { <tr><td colspan="3" class="fact-missing">{ format!("[unknown fact {id}]") }</td></tr> },
    });
    let caption_id = format!("facts-{}", props.facts.first().copied().unwrap_or("none"));
    table_shell(TableShell {
        class: "fact-table",
        caption_id: &caption_id,
        caption: html! { props.caption },
        columns: &[t!("Figure"), t!("Value"), t!("Applies to")],
        rows: rows.collect(),
        narrow: Narrow::Stacks,
    })
}
