//! o3's scores as OpenAI announced them on 2024-12-20, before release, beside o1's, with what the
//! rows share said once under the table.

use yew::prelude::*;

use crate::components::citation::citation;
use crate::components::table::{table_shell, Narrow, TableShell};
use crate::data::benchmarks;
use crate::model::locale::{lookup, t, tr};

#[component]
pub fn O3Table() -> Html {
    // A benchmark's name and a score are mostly the same in every edition: only those with
    // words ("75.7% (high-efficiency); …") have a translation.
    let words = |english: &'static str| lookup(english).unwrap_or(english);
    let rows = benchmarks::O3_ANNOUNCED.iter().map(|score| {
        html! {
            <tr>
                <th scope="row">{ words(score.benchmark) }</th>
                <td class="num" data-label={t!("o3 (announced)")}>{ words(score.o3) }{ citation(score.sources) }</td>
                <td class="num" data-label={t!("o1 (same livestream)")}>{ score.o1.map_or(t!("–"), words) }</td>
                <td class="note" data-label={t!("Note")}>{ score.note.map_or("", tr) }</td>
            </tr>
        }
    });
    html! {
        <>
            { table_shell(TableShell {
                class: "o3-table",
                caption_id: "o3-table-caption",
                caption: html! { t!("o3 as announced in December 2024, before release, against o1") },
                columns: &[t!("Benchmark"), t!("o3 (announced)"), t!("o1 (same livestream)"), t!("Note")],
                rows: rows.collect(),
                narrow: Narrow::Stacks,
            }) }
            <p class="table-note">{ tr(benchmarks::O3_TABLE_NOTE) }</p>
        </>
    }
}
