//! API list prices per million tokens on one day, with each price's period and source; models not
//! on sale that day say so instead of showing a zero.

use yew::prelude::*;

use crate::components::citation::citation;
use crate::components::table::{table_shell, Narrow, TableShell};
use crate::data::prices;
use crate::model::date::Date;
use crate::model::format;
use crate::model::pricing::PriceOn;

#[derive(Properties, PartialEq)]
pub struct PriceTableProps {
    /// The day whose prices are shown.
    pub date: Date,
    /// Model keys from `data::prices::MODELS`, in row order.
    pub models: &'static [&'static str],
}

/// The models of the static table: the reasoning models and DeepSeek's chat model at R1's launch.
pub const ARTICLE_MODELS: &[&str] = &["o1", "o1-mini", "o3-mini", "r1", "v3"];

#[component]
pub fn PriceTable(props: &PriceTableProps) -> Html {
    let row = |model: &'static crate::model::pricing::PricedModel| {
        let cells = match model.price_on(props.date) {
            PriceOn::Listed(period) => html! {
                <>
                    <td class="num" data-label="Input">{ format::usd(period.rates.input) }</td>
                    <td class="num" data-label="Cached input">{ format::usd(period.rates.cached_input) }</td>
                    <td class="num" data-label="Output">{ format::usd(period.rates.output) }</td>
                    <td data-label="Price in force">
                        { period.label }{ ", from " }
                        <time datetime={period.from.to_string()}>{ period.from.short() }</time>
                        { citation(period.sources) }
                    </td>
                </>
            },
            PriceOn::NotYetAvailable(from) => html! {
                <td colspan="4" class="unavailable">
                    { "Not yet available (first priced " }
                    <time datetime={from.to_string()}>{ from.short() }</time>{ ")" }
                </td>
            },
            PriceOn::Withdrawn(until) => html! {
                <td colspan="4" class="unavailable">
                    { "No longer offered (until " }
                    <time datetime={until.to_string()}>{ until.short() }</time>{ ")" }
                </td>
            },
        };
        html! {
            <tr data-model={model.key}>
                <th scope="row">{ model.name }<span class="vendor">{ model.vendor.name() }</span></th>
                { cells }
            </tr>
        }
    };
    table_shell(TableShell {
        class: "price-table",
        caption_id: "price-table-caption",
        caption: html! {
            <>
                { "API list prices in US dollars per million tokens, on " }
                <time datetime={props.date.to_string()}>{ props.date.long() }</time>
            </>
        },
        columns: &[
            "Model",
            "Input",
            "Cached input",
            "Output (incl. reasoning)",
            "Price in force",
        ],
        rows: props
            .models
            .iter()
            .filter_map(|key| prices::MODELS.iter().find(|m| m.key == *key))
            .map(row)
            .collect(),
        narrow: Narrow::Stacks,
    })
}
