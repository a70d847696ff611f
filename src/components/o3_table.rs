//! o3's scores as OpenAI announced them on 2024-12-20, before release, beside o1's, with what the
//! rows share said once under the table.

use yew::prelude::*;

use crate::components::citation::citation;
use crate::components::table::{table_shell, Narrow, TableShell};
use crate::data::benchmarks;

#[component]
pub fn O3Table() -> Html {
    let rows = benchmarks::O3_ANNOUNCED.iter().map(|score| {
        html! {
            <tr>
                <th scope="row">{ score.benchmark }</th>
                <td class="num" data-label="o3 (announced)">{ score.o3 }{ citation(score.sources) }</td>
                <td class="num" data-label="o1 (same livestream)">{ score.o1.unwrap_or("–") }</td>
                <td class="note" data-label="Note">{ score.note.unwrap_or("") }</td>
            </tr>
        }
    });
    html! {
        <>
            { table_shell(TableShell {
                class: "o3-table",
                caption_id: "o3-table-caption",
                caption: html! { "o3 as announced in December 2024, before release, against o1" },
                columns: &["Benchmark", "o3 (announced)", "o1 (same livestream)", "Note"],
                rows: rows.collect(),
                narrow: Narrow::Stacks,
            }) }
            <p class="table-note">{ benchmarks::O3_TABLE_NOTE }</p>
        </>
    }
}
