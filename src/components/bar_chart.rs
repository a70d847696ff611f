//! A horizontal bar chart in SVG, labelled directly (no legend to decode) and sized in
//! percentages so its text stays legible from 320 px up. Screen readers get the summary sentence;
//! the same numbers are always in a table next to it.

use crate::model::format::fixed;
use yew::prelude::*;

use crate::model::chart::{Axis, Scale};
use crate::model::format;

/// One bar. `value: None` draws no bar and shows `value_text` (e.g. "not on sale that day").
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub value_text: String,
    /// A CSS class for the bar's fill (by vendor or kind).
    pub class: &'static str,
}

/// How tick labels are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickFormat {
    Usd,
    UsdCompact,
    /// Plain whole numbers (scores).
    Plain,
}

/// What a bar chart shows (a plain struct and function: the chart keeps no state).
pub struct BarChartProps {
    pub bars: Vec<Bar>,
    pub scale: Scale,
    pub ticks: TickFormat,
    /// One sentence that says what the chart shows, for screen readers and as the figure's title.
    pub summary: String,
    /// Values the axis takes in even where no bar reaches them: a natural top (100 for
    /// percentages), or every value a bar can take as the reader changes an input, so that the
    /// bars that do not change keep their length. Empty fits the axis to the bars.
    pub axis_reaches: Vec<f64>,
}

const ROW_HEIGHT: usize = 46;
const AXIS_HEIGHT: usize = 26;
/// The bars use this share of the width, leaving room for the value text after the longest bar.
const BAR_SPAN_PERCENT: f64 = 70.0;

pub fn bar_chart(props: BarChartProps) -> Html {
    let mut values: Vec<Option<f64>> = props.bars.iter().map(|bar| bar.value).collect();
    values.extend(props.axis_reaches.iter().copied().map(Some));
    let axis = Axis::fit(&values, props.scale);
    let height = props.bars.len() * ROW_HEIGHT + AXIS_HEIGHT;
    let percent = |fraction: f64| format!("{}%", fixed(fraction * BAR_SPAN_PERCENT, 2));
    let tick_label = |value: f64| match props.ticks {
        TickFormat::Usd => format::usd(value),
        TickFormat::UsdCompact => format::usd_compact(value),
        TickFormat::Plain => format::group_thousands(value.round() as u64),
    };
    let ticks = axis.ticks.iter().filter_map(|tick| Some((*tick, axis.fraction(*tick)?))).map(|(tick, fraction)| {
        let x = percent(fraction);
        let anchor = if fraction == 0.0 { "start" } else { "middle" };
        html! {
            <g class="tick">
                <line x1={x.clone()} x2={x.clone()} y1="0" y2={(height - AXIS_HEIGHT).to_string()} />
                <text x={x} y={(height - 8).to_string()} text-anchor={anchor}>{ tick_label(tick) }</text>
            </g>
        }
    });
    let rows = props.bars.iter().enumerate().map(|(index, bar)| {
        let top = index * ROW_HEIGHT;
        let fraction = bar.value.and_then(|value| axis.fraction(value));
        let bar_shape = fraction.map(|fraction| {
            // A hairline minimum so a tiny but real cost is still visible on a linear axis.
            let width = percent(fraction.max(0.004));
            html! { <rect class={classes!("bar", bar.class)} x="0" y={(top + 20).to_string()} width={width} height="16" rx="2" /> }
        });
        let text_x = percent(fraction.unwrap_or(0.0).max(0.004));
        html! {
            <g class="row">
                <text class="bar-label" x="0" y={(top + 14).to_string()}>{ &bar.label }</text>
                { for bar_shape }
                <text class="bar-value" x={text_x} dx="6" y={(top + 33).to_string()}>{ &bar.value_text }</text>
            </g>
        }
    });
    html! {
        <figure class="bar-chart">
            <svg width="100%" height={height.to_string()} role="img" aria-label={props.summary.clone()}>
                <title>{ &props.summary }</title>
                <g class="grid">{ for ticks }</g>
                { for rows }
            </svg>
            <figcaption class="visually-hidden">{ &props.summary }</figcaption>
        </figure>
    }
}
