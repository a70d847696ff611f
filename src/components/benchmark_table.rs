//! The R1 paper's benchmark table: R1 against o1-1217 and four peers, every score as published.

use crate::model::format::fixed;
use yew::prelude::*;

use crate::components::citation::citation;
use crate::components::table::{table_shell, Narrow, TableShell};
use crate::data::benchmarks;
use crate::model::locale::{t, tf, tr};

#[component]
pub fn BenchmarkTable() -> Html {
    let rows = benchmarks::ROWS.iter().map(|row| {
        let best = row
            .scores
            .iter()
            .flatten()
            .copied()
            .fold(f64::NEG_INFINITY, f64::max);
        let cells = row.scores.iter().map(|score| match score {
            Some(score) => {
                let text = fixed(*score, usize::from(row.decimals));
                if *score == best {
                    html! { <td class="num best"><strong>{ text }</strong></td> }
                } else {
                    html! { <td class="num">{ text }</td> }
                }
            }
            None => html! { <td class="num na"><abbr title={t!("not reported")}>{ t!("–") }</abbr></td> },
        });
        html! {
            // Benchmark and model names are test and product names, the same in every edition.
            <tr data-benchmark={row.key}>
                <th scope="row">{ row.name }<span class="metric">{ tr(row.metric) }</span></th>
                { for cells }
            </tr>
        }
    });
    let mut columns = vec![t!("Benchmark")];
    columns.extend(benchmarks::MODELS);
    // The caveat is the chart's (the table sits under it, in a disclosure): not said twice. The
    // dash is the table's own, so its caption explains it; the chart says "not reported" instead.
    table_shell(TableShell {
        class: "benchmark-table",
        caption_id: "benchmark-table-caption",
        caption: html! {
            <>
                { t!("Benchmark scores from the R1 paper; best in each row in bold, a dash where none was reported") }
                { citation(benchmarks::TABLE_SOURCES) }
                // The paper puts the two models the section is about last, off a phone's screen.
                <span class="scroll-hint">
                    { tf!(" On a narrow screen the table scrolls sideways: {} and {} are its last two columns.",
                        benchmarks::MODELS[benchmarks::MODELS.len() - 2], benchmarks::MODELS[benchmarks::MODELS.len() - 1]) }
                </span>
            </>
        },
        columns: &columns,
        rows: rows.collect(),
        narrow: Narrow::Scrolls,
    })
}
