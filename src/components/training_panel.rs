//! The training-cost panel: DeepSeek-V3's final run at an adjustable GPU-hour price, broken into
//! its stages, beside R1's own RL stage and the very different sums spent elsewhere, on a log
//! scale so a $10K stage and a $1.6B estimate can share one chart honestly.

use yew::prelude::*;

use crate::components::bar_chart::{bar_chart, Bar, BarChartProps, TickFormat};
use crate::components::citation::citation;
use crate::components::number_field::{number_field, NumberFieldProps};
use crate::content::widgets;
use crate::data;
use crate::model::chart::Scale;
use crate::model::cost::GPU_HOUR_PRICE_RANGE;
use crate::model::format;
use crate::model::training::{self, Basis};

/// The panel's inputs (a plain struct and function: its state lives in the cost widget).
pub struct TrainingPanelProps {
    pub gpu_hour_price: f64,
    /// Raw text of a new GPU-hour price.
    pub onchange: Callback<String>,
}

pub fn training_panel(props: TrainingPanelProps) -> Html {
    let lines = training::lines(props.gpu_hour_price, data::fact);
    let bars: Vec<Bar> = lines
        .iter()
        .filter(|line| !line.is_stage)
        .map(|line| Bar {
            label: line.fact.label.to_owned(),
            value: Some(line.cost),
            value_text: match line.basis {
                Basis::Rented { .. } => format::usd_compact(line.cost),
                Basis::Reported { estimate: true } => {
                    format!("{} (estimate)", format::usd_compact(line.cost))
                }
                Basis::Reported { estimate: false } => {
                    format!("{} (as said)", format::usd_compact(line.cost))
                }
            },
            class: match line.basis {
                Basis::Rented { .. } => "vendor-deepseek",
                Basis::Reported { .. } => "reported",
            },
        })
        .collect();
    let summary = format!(
        "Training costs on a log scale at {} per GPU-hour: {}.",
        format::usd(props.gpu_hour_price),
        bars.iter()
            .map(|bar| format!("{} {}", bar.label, bar.value_text))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let rows = lines.iter().map(|line| {
        let hours = match line.basis {
            Basis::Rented { gpu_hours } => format::group_thousands(gpu_hours as u64),
            Basis::Reported { .. } => "—".to_owned(),
        };
        html! {
            <tr class={classes!(line.is_stage.then_some("stage"))} data-fact={line.fact.id}>
                <th scope="row">{ line.fact.label }</th>
                <td class="num">{ hours }</td>
                <td class="num cost">{ format::usd_compact(line.cost) }{ citation(line.fact.sources) }</td>
                <td class="caveat">{ line.fact.caveat.unwrap_or("") }</td>
            </tr>
        }
    });
    html! {
        <section class="training-panel" aria-labelledby="training-heading">
            <h3 id="training-heading">{ "What did training cost?" }</h3>
            { number_field(NumberFieldProps {
                id: "training-gpu-price".into(),
                label: "Rental price per H800 GPU-hour".into(),
                unit: "$ per GPU-hour".into(),
                text: format!("{}", props.gpu_hour_price).into(),
                value: props.gpu_hour_price,
                slider: Some((GPU_HOUR_PRICE_RANGE.0, GPU_HOUR_PRICE_RANGE.1, 0.05)),
                hint: Some(AttrValue::from(widgets::GPU_PRICE_HINT)),
                onchange: props.onchange.clone(),
            }) }
            { bar_chart(BarChartProps { bars, scale: Scale::Log, ticks: TickFormat::UsdCompact, summary }) }
            <p class="hint">{ widgets::LOG_SCALE_NOTE }</p>
            <div class="table-wrap">
                <table class="training-table">
                    <caption>{ format!("Training compute and cost at {} per H800 GPU-hour", format::usd(props.gpu_hour_price)) }</caption>
                    <thead><tr>
                        <th scope="col">{ "What" }</th>
                        <th scope="col">{ "GPU-hours" }</th>
                        <th scope="col">{ "Cost" }</th>
                        <th scope="col">{ "Caveat" }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p>{ "The final-run figure leaves out:" }</p>
            <ul class="excluded">{ for widgets::TRAINING_EXCLUDES.iter().map(|item| html! { <li>{ *item }</li> }) }</ul>
        </section>
    }
}
