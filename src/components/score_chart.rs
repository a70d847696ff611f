//! A static bar chart of scores on a 0–100 scale, one bar per sourced fact, with its citations in
//! the caption. Prerendered only: it never changes, so no island carries it.

use yew::prelude::*;

use crate::components::bar_chart::{bar_chart, Bar, BarChartProps, TickFormat};
use crate::components::citation::citation;
use crate::data;
use crate::model::chart::Scale;
use crate::model::locale::{t, tf, tr};

/// `caption` in the current edition's words; `bars` are (English label, fact id).
pub fn score_chart(caption: &'static str, bars: &'static [(&'static str, &'static str)]) -> Html {
    let facts: Vec<_> = bars
        .iter()
        .filter_map(|(label, id)| Some((tr(label), data::fact(id)?)))
        .collect();
    let shown: Vec<Bar> = facts
        .iter()
        .map(|(label, fact)| Bar {
            label: (*label).to_owned(),
            value: fact.value.number(),
            value_text: fact.display(),
            // OpenAI's model stands out from DeepSeek's by colour and by its name.
            class: if is_openai(fact.id) {
                "vendor-openai"
            } else {
                "vendor-deepseek"
            },
        })
        .collect();
    let summary = tf!(
        "{caption}: {}.",
        shown
            .iter()
            .map(|bar| tf!("{} {}", bar.label, bar.value_text))
            .collect::<Vec<_>>()
            .join(t!("; "));
        caption = caption
    );
    let mut sources: Vec<&'static str> = Vec::new();
    for (_, fact) in &facts {
        for source in fact.sources {
            if !sources.contains(source) {
                sources.push(source);
            }
        }
    }
    html! {
        <div class="score-chart">
            <p class="figure-title">{ caption }{ citation(&sources) }</p>
            { bar_chart(BarChartProps { bars: shown, scale: Scale::Linear, ticks: TickFormat::Plain, summary, axis_reaches: vec![100.0] }) }
        </div>
    }
}

/// Whether a score is an OpenAI model's: its fact is named after the model, an o and a number
/// (`o1_mini_aime`), where DeepSeek's are not (`distill_7b_aime`, `r1_aime`). Decided from the id,
/// not the bar's label, which is in the reader's language.
fn is_openai(fact_id: &str) -> bool {
    matches!(fact_id.as_bytes(), [b'o', b'0'..=b'9', ..])
}
