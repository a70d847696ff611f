//! The cost widget's CSV: exactly what it shows, with the prices' dates and sources.

use super::results::results;
use super::state::CostState;
use crate::model::format::fixed;
use crate::model::locale::{t, tf};
use crate::model::number_input::trim_number;
use crate::model::pricing::{PriceOn, PricedModel};

/// Quotes a CSV cell when it needs it.
fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Exactly what the widget shows: the inputs, then one line per model with the prices used, their
/// dates and sources, and the costs.
pub fn csv(
    state: &CostState,
    catalogue: &'static [PricedModel],
    source_url: impl Fn(&str) -> Option<String>,
) -> String {
    let workload = &state.workload;
    let mut lines = vec![
        t!("# r1-explainer cost comparison").to_owned(),
        tf!("# prices as of,{}", state.date),
        tf!("# input tokens per request,{}", workload.input_tokens),
        tf!("# input served from cache (%),{}", trim_number(workload.cached_percent)),
        tf!("# visible output tokens per request,{}", workload.output_tokens),
        tf!("# reasoning tokens per request (billed as output),{}", workload.reasoning_tokens),
        tf!("# requests per day,{}", workload.requests_per_day),
        t!("model,vendor,status,price period from,price period until,input $/1M,cached input $/1M,output $/1M,cost per request $,cost per day $,cost per 30-day month $,times cheaper than baseline,percent saved,sources").to_owned(),
    ];
    for row in results(state, catalogue) {
        let mut cells = vec![
            row.model.name.to_owned(),
            row.model.vendor.name().to_owned(),
        ];
        match (row.price, row.costs) {
            (PriceOn::Listed(period), Some(costs)) => {
                cells.push(if row.model.key == state.baseline {
                    t!("baseline").into()
                } else {
                    t!("listed").into()
                });
                cells.push(period.from.to_string());
                cells.push(period.until.map(|d| d.to_string()).unwrap_or_default());
                for value in [
                    period.rates.input,
                    period.rates.cached_input,
                    period.rates.output,
                ] {
                    cells.push(trim_number(value));
                }
                for value in [costs.per_request, costs.per_day, costs.per_month] {
                    cells.push(fixed(value, 6));
                }
                match row.versus_baseline {
                    Some(comparison) => {
                        cells.push(fixed(comparison.times_cheaper, 3));
                        cells.push(fixed(comparison.percent_saved, 2));
                    }
                    None => cells.extend([String::new(), String::new()]),
                }
                let urls: Vec<String> = period
                    .sources
                    .iter()
                    .filter_map(|id| source_url(id))
                    .collect();
                cells.push(urls.join(" "));
            }
            (PriceOn::NotYetAvailable(from), _) => {
                cells.push(tf!("not yet available (from {from})"; from = from));
                cells.extend(std::iter::repeat_n(String::new(), 11));
            }
            (PriceOn::Withdrawn(until), _) => {
                cells.push(tf!("no longer offered (until {until})"; until = until));
                cells.extend(std::iter::repeat_n(String::new(), 11));
            }
            (PriceOn::Listed(_), None) => cells.push(t!("no price").to_owned()),
        }
        lines.push(
            cells
                .iter()
                .map(|cell| csv_cell(cell))
                .collect::<Vec<_>>()
                .join(","),
        );
    }
    lines.join("\n") + "\n"
}
