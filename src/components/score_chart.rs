//! A static bar chart of scores on a 0–100 scale, one bar per sourced fact, with its citations in
//! the caption. Prerendered only: it never changes, so no island carries it.

use yew::prelude::*;

use crate::components::bar_chart::{bar_chart, Bar, BarChartProps, TickFormat};
use crate::components::citation::citation;
use crate::data;
use crate::model::chart::Scale;

pub fn score_chart(caption: &'static str, bars: &'static [(&'static str, &'static str)]) -> Html {
    let facts: Vec<_> = bars
        .iter()
        .filter_map(|(label, id)| Some((*label, data::fact(id)?)))
        .collect();
    let shown: Vec<Bar> = facts
        .iter()
        .map(|(label, fact)| Bar {
            label: (*label).to_owned(),
            value: fact.value.number(),
            value_text: fact.value.display(),
            // OpenAI's model stands out from DeepSeek's by colour and by its name.
            class: if label.contains("OpenAI") {
                "vendor-openai"
            } else {
                "vendor-deepseek"
            },
        })
        .collect();
    let summary = format!(
        "{caption}: {}.",
        shown
            .iter()
            .map(|bar| format!("{} {}", bar.label, bar.value_text))
            .collect::<Vec<_>>()
            .join("; ")
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
            { bar_chart(BarChartProps { bars: shown, scale: Scale::Linear, ticks: TickFormat::Plain, summary, max: Some(100.0) }) }
        </div>
    }
}
