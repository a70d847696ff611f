//! A table of sourced facts: what each figure measures, its value, the day it applies to, and its
//! source and caveat.

use yew::prelude::*;

use crate::components::source_cards::fact_ref;
use crate::data;

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
                <th scope="row">{ fact.label }</th>
                <td class="num">{ fact_ref(fact, html! { fact.value.display() }) }</td>
                <td><time datetime={fact.date.to_string()}>{ fact.date.short() }</time></td>
                <td class="caveat">{ fact.caveat.unwrap_or("") }</td>
            </tr>
        },
        None => html! { <tr><td colspan="4" class="fact-missing">{ format!("[unknown fact {id}]") }</td></tr> },
    });
    html! {
        <div class="table-wrap">
            <table class="fact-table">
                <caption>{ props.caption }</caption>
                <thead><tr>
                    <th scope="col">{ "Figure" }</th>
                    <th scope="col">{ "Value" }</th>
                    <th scope="col">{ "Applies to" }</th>
                    <th scope="col">{ "Caveat" }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
