//! Island: the R1 paper's benchmarks as grouped bars, R1 against o1-1217 by default, with the other
//! columns and o3's announced (pre-release) scores as optional series, and an order by R1's lead.
//! The static table below it carries the same numbers for every reader.

use crate::components::prerendered::as_prerendered;
use crate::model::format::fixed;
use crate::model::locale::{t, tf, tr};

use yew::prelude::*;

use crate::browser;
use crate::components::citation::citation;
use crate::components::embed_button::EmbedButton;
use crate::components::fragment_sync::use_fragment_sync;
use crate::components::reducer::{send, State, Store};
use crate::data::benchmarks::{self, BenchmarkRow};
use crate::island::Island;
use crate::model::benchmarks::{
    bar_span, gap, is_out_of_100, row_order, BenchAction, BenchState, Order, RowScores,
    BAR_SHARE_PERCENT, LABEL_GAP_PX, O3_SERIES, SERIES_COUNT,
};
use crate::model::chart::nice_ceiling;
use crate::model::timeline::text_width;
use crate::model::url_state::{UrlState, UrlWrite};

impl State for BenchState {
    type Action = BenchAction;
    fn next(&self, action: BenchAction) -> Option<Self> {
        Some(self.apply(action))
    }
}

fn series_name(series: usize) -> &'static str {
    benchmarks::MODELS
        .get(series)
        .copied()
        .unwrap_or(t!("o3 (pre-release)"))
}

fn score(row: &BenchmarkRow, series: usize) -> Option<f64> {
    if series == O3_SERIES {
        benchmarks::O3_ANNOUNCED_ON_ROWS
            .iter()
            .find(|announced| announced.row == row.key)
            .map(|announced| announced.o3)
    } else {
        row.scores[series]
    }
}

/// The widest value label the series on show can have, in pixels at `font_px`: a name, a space and
/// four digits ("1820"), or the name and ": not reported". The estimate is made 10% wider, as the
/// system fonts of some readers run a few percent wider than `text_width` assumes.
fn widest_label(shown: &[usize], font_px: f64) -> f64 {
    shown
        .iter()
        .flat_map(|series| {
            let name = series_name(*series);
            [tf!("{} {}", name, "0000"), tf!("{}: not reported", name)]
        })
        .map(|label| text_width(&label, font_px) * 1.1)
        .fold(0.0, f64::max)
}

const LABEL_HEIGHT: usize = 20;
const BAR_HEIGHT: usize = 18;
const GROUP_GAP: usize = 10;

#[component]
pub fn BenchmarkChart() -> Html {
    let state = use_reducer(|| Store(BenchState::default()));
    use_fragment_sync(
        state.dispatcher(),
        BenchAction::LoadFragment,
        BenchState::KEYS,
        state.0.to_pairs(&()),
        UrlWrite::Replace,
    );
    // Live, the chart is laid out in pixels: measured now and on every resize.
    let chart_ref = use_node_ref();
    {
        let dispatcher = state.dispatcher();
        let chart_ref = chart_ref.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(width) = browser::width_of(&chart_ref) {
                    dispatcher.dispatch(BenchAction::SetWidth(width));
                }
            };
            measure();
            let resize = browser::on_resize(measure);
            move || drop(resize)
        });
    }
    let view = &state.0;

    let toggles = (0..SERIES_COUNT).map(|series| {
        let id = format!("bench-series-{series}");
        html! {
            <li>
                <input type="checkbox" id={id.clone()} checked={view.visible[series]}
                       onchange={send(&state, move |_: Event| BenchAction::Toggle(series))} />
                <label for={id}><span class={format!("swatch series-{series}")} aria-hidden="true"></span>{ series_name(series) }</label>
            </li>
        }
    });
    let order_button = |order: Order, label: &'static str| {
        html! {
            <button type="button" class="chip" data-action={format!("order-{}", order.key())} aria-pressed={(view.order == order).to_string()}
                    onclick={send(&state, move |_: MouseEvent| BenchAction::SetOrder(order))}>{ label }</button>
        }
    };

    let shown: Vec<usize> = (0..SERIES_COUNT)
        .filter(|series| view.visible[*series])
        .collect();
    let rows: Vec<RowScores> = benchmarks::ROWS
        .iter()
        .map(|row| RowScores {
            scores: row.scores,
            out_of_100: is_out_of_100(row.metric),
        })
        .collect();
    let order = row_order(&rows, view.order);
    let group_height = LABEL_HEIGHT + shown.len() * BAR_HEIGHT + GROUP_GAP;
    let mut summary = Vec::new();
    // Where a bar ends, `fraction` of the way to full scale: in percent of the chart as
    // prerendered (the default view, whose labels fit on any phone), in pixels once the island has
    // measured the chart, so that the longest label always ends inside it. The stylesheet sets the
    // labels in 11 px type on a phone, 13 px elsewhere.
    let span = view.width.map(f64::from).map(|width| {
        bar_span(
            width,
            widest_label(&shown, if width < 400.0 { 11.0 } else { 13.0 }),
        )
    });
    let bar_end = |fraction: f64| match span {
        Some(span) => fixed(fraction * span, 1),
        None => format!("{}%", fixed(fraction * BAR_SHARE_PERCENT, 2)),
    };
    let groups = order.iter().enumerate().map(|(position, index)| {
        let row = &benchmarks::ROWS[*index];
        let top = position * group_height;
        // Each benchmark on its own scale: percentages to 100, ratings to a round number.
        let values: Vec<f64> = shown.iter().filter_map(|series| score(row, *series)).collect();
        let max = if is_out_of_100(row.metric) { 100.0 } else { nice_ceiling(values.iter().copied().fold(1.0, f64::max)) };
        // R1's lead over o1, only while both are on the chart.
        let lead = gap(&row.scores).filter(|_| view.visible[4] && view.visible[5]).map(|gap| tf!(" · R1 − o1: {}{}", if gap >= 0.0 { "+" } else { "−" }, fixed(gap.abs(), usize::from(row.decimals)))).unwrap_or_default();
        let mut parts = Vec::new();
        let bars = shown.iter().enumerate().map(|(slot, series)| {
            let y = top + LABEL_HEIGHT + slot * BAR_HEIGHT;
            let value = score(row, *series);
            let text = match value {
                Some(value) => tf!("{} {}", series_name(*series), fixed(value, usize::from(row.decimals))),
                None => tf!("{}: not reported", series_name(*series)),
            };
            parts.push(text.clone());
            let fraction = value.map(|value| (value / max).clamp(0.0, 1.0));
            html! {
                <g>
                    if let Some(width) = fraction {
                        <rect class={format!("bar series-{series}")} x="0" y={(y + 3).to_string()} width={bar_end(width)} height={(BAR_HEIGHT - 6).to_string()} rx="2" />
                    }
                    <text class="bar-value" x={bar_end(fraction.unwrap_or(0.0))} dx={fixed(LABEL_GAP_PX, 0)} y={(y + BAR_HEIGHT - 6).to_string()}>{ text }</text>
                </g>
            }
        }).collect::<Html>();
        summary.push(tf!("{} ({}): {}", row.name, tr(row.metric), parts.join(t!(", "))));
        html! {
            <g class="group" data-benchmark={row.key}>
                <text class="bar-label" x="0" y={(top + 15).to_string()}>{ row.name }<tspan class="metric">{ tf!(" ({})", tr(row.metric)) }</tspan><tspan class="metric lead">{ lead }</tspan></text>
                { bars }
            </g>
        }
    }).collect::<Html>();
    let height = order.len() * group_height;

    html! {
        <div class="benchmark-chart" role="group" aria-labelledby="bench-heading">
            { as_prerendered(|| html! { <h3 id="bench-heading">{ t!("Benchmark by benchmark") }</h3> }) }
            <figure class="bar-chart" ref={chart_ref}>
                <svg width="100%" height={height.to_string()} role="img" aria-label={tf!("Benchmark scores. {}.", summary.join(t!("; ")))}>
                    { groups }
                </svg>
            </figure>
            // Always in the tree, hidden in the paper's order: a paragraph that came and went would
            // move the caveat after it, and with it the place its citation holds in the tab order.
            <p class="table-note bench-order-note" hidden={view.order != Order::Gap}>{ t!("Ordered by R1's lead in points out of 100; the Codeforces rating is on a scale of its own, so it comes after them.") }</p>
            { as_prerendered(|| html! { <p class="table-note">{ tr(benchmarks::TABLE_CAVEAT) }{ citation(benchmarks::TABLE_SOURCES) }</p> }) }
            if view.visible[O3_SERIES] {
                <p class="table-note o3-caveat">{ tr(benchmarks::O3_SERIES_CAVEAT) }</p>
            }
            <div class="messages" role="status" aria-live="polite">
                { for view.messages.iter().map(|message| html! { <p class="input-message">{ message }</p> }) }
            </div>
            <div class="bench-controls needs-wasm">
                <fieldset class="models">
                    { as_prerendered(|| html! { <legend>{ t!("Models on the chart") }</legend> }) }
                    <ul>{ for toggles }</ul>
                </fieldset>
                <div class="chart-controls" role="group" aria-label={t!("Order of benchmarks")}>
                    { as_prerendered(|| html! { <span>{ t!("Order:") }</span> }) }
                    { order_button(Order::Paper, t!("As in the paper")) }
                    { order_button(Order::Gap, t!("By R1's lead over o1")) }
                </div>
            </div>
            <EmbedButton island={Island::BenchmarkChart} />
        </div>
    }
}
