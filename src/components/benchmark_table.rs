//! The R1 paper's benchmark table: R1 against o1-1217 and four peers, with its caveats.

use yew::prelude::*;

use crate::components::citation::citation;
use crate::data::benchmarks;

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
                let text = format!("{score:.prec$}", prec = usize::from(row.decimals));
                if *score == best {
                    html! { <td class="num best"><strong>{ text }</strong></td> }
                } else {
                    html! { <td class="num">{ text }</td> }
                }
            }
            None => html! { <td class="num na"><abbr title="not reported">{ "–" }</abbr></td> },
        });
        html! {
            <tr data-benchmark={row.key}>
                <th scope="row">{ row.name }<span class="metric">{ row.metric }</span></th>
                { for cells }
            </tr>
        }
    });
    html! {
        <div class="table-wrap">
            <table class="benchmark-table">
                <caption>
                    { "Benchmark scores from the R1 paper; best in each row in bold" }
                    { citation(benchmarks::TABLE_SOURCES) }
                </caption>
                <thead><tr>
                    <th scope="col">{ "Benchmark" }</th>
                    { for benchmarks::MODELS.iter().map(|model| html! { <th scope="col">{ *model }</th> }) }
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p class="table-note">{ benchmarks::TABLE_CAVEAT }</p>
        </div>
    }
}
