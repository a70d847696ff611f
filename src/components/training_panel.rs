//! Island: the training-cost panel. DeepSeek-V3's final run and R1's own training at a GPU-hour
//! price the reader chooses, beside the very different sums spent elsewhere, on a log scale so a
//! $10K stage and a $1.6B estimate can share one chart honestly. The answer (a sentence and the
//! chart) comes first, the price field after it, the stage-by-stage table in a disclosure. State
//! lives in a reducer (`model::training`) and in the URL fragment (`gpu`).

use crate::components::prerendered::as_prerendered;

use yew::prelude::*;

use crate::components::bar_chart::{bar_chart, Bar, BarChartProps, TickFormat};
use crate::components::citation::citation;
use crate::components::embed_button::EmbedButton;
use crate::components::fragment_sync::use_fragment_sync;
use crate::components::number_field::{number_field, NumberFieldProps};
use crate::components::reducer::{send, State, Store};
use crate::components::source_cards::fact_ref;
use crate::components::table::{table_shell, Narrow, TableShell};
use crate::content::widgets;
use crate::data;
use crate::island::Island;
use crate::model::chart::Scale;
use crate::model::format;
use crate::model::locale::{t, tf, tr};
use crate::model::training::{
    self, Basis, TrainingAction, TrainingLine, TrainingState, GPU_HOUR_PRICE_LABEL,
    GPU_HOUR_PRICE_RANGE,
};
use crate::model::url_state::{UrlState, UrlWrite};

impl State for TrainingState {
    type Action = TrainingAction;
    fn next(&self, action: TrainingAction) -> Option<Self> {
        Some(self.apply(action))
    }
}

#[component]
pub fn TrainingPanel() -> Html {
    let state = use_reducer(|| Store(TrainingState::new()));
    use_fragment_sync(
        state.dispatcher(),
        TrainingAction::LoadFragment,
        TrainingState::KEYS,
        state.0.to_pairs(&()),
        UrlWrite::Replace,
    );
    let view = &state.0;
    let price = view.gpu_hour_price;
    let lines = training::lines(price, data::fact);
    let bars: Vec<Bar> = lines
        .iter()
        .filter(|line| !line.is_stage)
        .map(|line| Bar {
            label: widgets::training_bar_label(line.fact.id)
                .map_or_else(|| line.fact.label(), |label| tr(label).to_owned()),
            value: Some(line.cost),
            value_text: match line.basis {
                Basis::Rented { .. } => format::usd_compact(line.cost),
                Basis::Reported { estimate: true } => {
                    tf!("{} (estimate)", format::usd_compact(line.cost))
                }
                Basis::Reported { estimate: false } => {
                    tf!("{} (as said)", format::usd_compact(line.cost))
                }
            },
            class: match line.basis {
                Basis::Rented { .. } => "vendor-deepseek",
                Basis::Reported { .. } => "reported",
            },
        })
        .collect();
    let summary = tf!(
        "Training costs on a log scale at {} per GPU-hour: {}.",
        format::usd(price),
        bars.iter()
            .map(|bar| tf!("{} {}", bar.label, bar.value_text))
            .collect::<Vec<_>>()
            .join(t!("; "))
    );
    let onchange = send(&state, TrainingAction::SetPrice);
    // For the Download CSV tool under the panel (share.js saves it).
    let csv = training::csv(price, &lines, |id| {
        data::source(id).map(|source| source.url())
    });
    html! {
        <div class="training-panel" role="group" aria-labelledby="training-heading" data-csv={csv}>
            { as_prerendered(|| html! { <h3 id="training-heading">{ t!("Training bills side by side") }</h3> }) }
            <p class="headline" aria-live="polite">{ headline(price, &lines) }</p>
            <div class="messages" role="status" aria-live="polite">
                { for view.messages.iter().map(|message| html! { <p class="input-message">{ message }</p> }) }
            </div>
            { bar_chart(BarChartProps { bars, scale: Scale::Log, ticks: TickFormat::UsdCompact, summary, axis_reaches: training::axis_span(data::fact) }) }
            { as_prerendered(|| html! { <p class="hint">{ tr(widgets::LOG_SCALE_NOTE) }</p> }) }
            <div class="needs-wasm">
                { number_field(NumberFieldProps {
                    id: "training-gpu-price".into(),
                    label: tr(GPU_HOUR_PRICE_LABEL).into(),
                    unit: t!("$ per GPU-hour").into(),
                    text: crate::model::number_input::trim_number(price).into(),
                    value: price,
                    slider: Some((GPU_HOUR_PRICE_RANGE.0, GPU_HOUR_PRICE_RANGE.1, 0.05)),
                    hint: Some(AttrValue::from(tr(widgets::GPU_PRICE_HINT))),
                    onchange,
                }) }
            </div>
            <details class="details">
                { as_prerendered(|| html! { <summary><span class="details-tag">{ t!("Details") }</span>{ t!("Each run stage by stage, and what the figures leave out") }</summary> }) }
                { stage_table(view, &lines) }
                { as_prerendered(|| html! {
                    <>
                        <p>{ t!("DeepSeek's figures leave out:") }</p>
                        <ul class="excluded">{ for widgets::TRAINING_EXCLUDES.iter().map(|item| html! { <li>{ tr(item) }</li> }) }</ul>
                    </>
                }) }
            </details>
            <EmbedButton island={Island::Training} />
        </div>
    }
}

/// "At $2.00 per GPU-hour, DeepSeek-V3's final training run comes to $5.576M and R1's own…"
fn headline(price: f64, lines: &[TrainingLine]) -> String {
    let cost = |id: &str| {
        lines
            .iter()
            .find(|line| line.fact.id == id)
            .map(|line| format::usd_compact(line.cost))
            .unwrap_or_default()
    };
    tf!(
        "At {} per GPU-hour, DeepSeek-V3's final training run comes to {} and R1's own training on top of it to {}.",
        format::usd(price),
        cost(training::V3_TOTAL.0),
        cost(training::R1_OWN.0),
    )
}

/// Every line with its GPU-hours and its cost at the chosen price. At the sources' own price the
/// costs are the sourced figures themselves, each opening its card.
fn stage_table(view: &TrainingState, lines: &[TrainingLine]) -> Html {
    let rows = lines.iter().map(|line| {
        let hours = match line.basis {
            Basis::Rented { gpu_hours } => match data::fact(line.fact.id)
                .filter(|fact| fact.value.number() == Some(gpu_hours))
            {
                Some(fact) => fact_ref(fact, html! { format::group_thousands(gpu_hours as u64) }),
                None => html! { tf!("about {}", format::whole(gpu_hours as u64)) },
            },
            Basis::Reported { .. } => html! { t!("—") },
        };
        let cost = match line.reported_cost {
            Some(fact) if view.at_reported_price() => fact_ref(fact, html! { fact.display() }),
            _ => html! { <>{ format::usd_compact(line.cost) }{ citation(line.fact.sources) }</> },
        };
        html! {
            <tr class={classes!(line.is_stage.then_some("stage"))} data-fact={line.fact.id}>
                <th scope="row">{ line.fact.label() }</th>
                <td class="num" data-label={t!("GPU-hours")}>{ hours }</td>
                <td class="num cost" data-label={t!("Cost")}>{ cost }</td>
            </tr>
        }
    });
    let caption = tf!(
        "Training compute and cost at {} per H800 GPU-hour",
        format::usd(view.gpu_hour_price)
    );
    table_shell(TableShell {
        class: "training-table",
        caption_id: "training-table-caption",
        caption: html! { caption },
        columns: &[t!("What"), t!("GPU-hours"), t!("Cost")],
        rows: rows.collect(),
        narrow: Narrow::Stacks,
    })
}
