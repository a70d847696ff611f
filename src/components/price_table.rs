//! API list prices per million tokens on one day, with each price's period and source (its
//! confidence and caveat are in the price chart's list of every price, not said twice); models
//! not on sale that day say so instead of showing a zero. Where DeepSeek priced in
//! renminbi and the edition has the amount (the Chinese one), it stands beside the dollars.

use yew::prelude::*;

use crate::components::citation::citation;
use crate::components::table::{table_shell, Narrow, TableShell};
use crate::data::prices;
use crate::model::date::Date;
use crate::model::format;
use crate::model::locale::{lookup, t, tr};
use crate::model::pricing::{cny_key, model_name, PriceOn, PricePeriod};

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
        let price = |period: &PricePeriod, rate: &str, usd: f64| {
            let cny = lookup(&cny_key(model.key, period.from, rate));
            format::usd_with_cny(usd, cny)
        };
        let cells = match model.price_on(props.date) {
            PriceOn::Listed(period) => html! {
                <>
                    <td class="num" data-label={t!("Input")}>{ price(period, "input", period.rates.input) }</td>
                    <td class="num" data-label={t!("Cached input")}>{ price(period, "cached_input", period.rates.cached_input) }</td>
                    <td class="num" data-label={t!("Output")}>{ price(period, "output", period.rates.output) }</td>
                    <td data-label={t!("Price in force")}>
                        { tr(period.label) }{ t!(", from ") }
                        <time datetime={period.from.to_string()}>{ period.from.short() }</time>
                        // Chinese says "from" after the date (起); English nothing.
                        if let Some(after) = lookup("after::, from ") {
                            { after }
                        }
                        { citation(period.sources) }
                    </td>
                </>
            },
            PriceOn::NotYetAvailable(from) => html! {
                <td colspan="4" class="unavailable">
                    { t!("Not yet available (first priced ") }
                    <time datetime={from.to_string()}>{ from.short() }</time>{ t!(")") }
                </td>
            },
            PriceOn::Withdrawn(until) => html! {
                <td colspan="4" class="unavailable">
                    { t!("No longer offered (until ") }
                    <time datetime={until.to_string()}>{ until.short() }</time>{ t!(")") }
                </td>
            },
        };
        html! {
            <tr data-model={model.key}>
                <th scope="row">{ model_name(model.name) }<span class="vendor">{ model.vendor.name() }</span></th>
                { cells }
            </tr>
        }
    };
    let table = table_shell(TableShell {
        class: "price-table",
        caption_id: "price-table-caption",
        caption: html! {
            <>
                { t!("API list prices in US dollars per million tokens, on ") }
                <time datetime={props.date.to_string()}>{ props.date.long() }</time>
            </>
        },
        columns: &[
            t!("Model"),
            t!("Input"),
            t!("Cached input"),
            t!("Output (incl. reasoning)"),
            t!("Price in force"),
        ],
        rows: props
            .models
            .iter()
            .filter_map(|key| prices::MODELS.iter().find(|m| m.key == *key))
            .map(row)
            .collect(),
        narrow: Narrow::Stacks,
    });
    html! {
        <>
            { table }
            <p class="table-note">
                { t!("How sure each price is, and what to know about it: ") }
                <a href="#widget-prices">{ t!("the list under the price chart") }</a>{ t!(".") }
            </p>
        </>
    }
}
