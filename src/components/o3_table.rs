//! o3's scores as OpenAI announced them on 2024-12-20, before release, beside o1's.

use yew::prelude::*;

use crate::components::citation::citation;
use crate::data::benchmarks;

#[component]
pub fn O3Table() -> Html {
    let rows = benchmarks::O3_ANNOUNCED.iter().map(|score| {
        html! {
            <tr>
                <th scope="row">{ score.benchmark }</th>
                <td class="num">{ score.o3 }{ citation(score.sources) }</td>
                <td class="num">{ score.o1.unwrap_or("–") }</td>
                <td class="caveat">{ score.note.unwrap_or("") }</td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap">
            <table class="o3-table">
                <caption>{ "o3 as announced (pre-release, compute-heavy settings) against o1" }</caption>
                <thead><tr>
                    <th scope="col">{ "Benchmark" }</th>
                    <th scope="col">{ "o3 (announced)" }</th>
                    <th scope="col">{ "o1" }</th>
                    <th scope="col">{ "Note" }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
