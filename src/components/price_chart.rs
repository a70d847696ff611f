//! Island: the price of reasoning over time. Each vendor's reasoning model on sale, as a step line
//! of its price per 1M output (or input) tokens from September 2024 to the last day checked, on a
//! log scale. A date picked on the chart (pointer, tap, or the date slider's keys) shows the prices
//! in force that day with their sources, and can set the cost calculator's date. The answer comes
//! first: the claim the chart checks, computed from the prices. State in `model::price_chart`.

use crate::model::format::fixed;
use crate::model::locale::{t, tf, tr};

use yew::prelude::*;

use crate::browser;
use crate::components::citation::citation;
use crate::components::embed_button::EmbedButton;
use crate::components::fragment_sync::use_fragment_sync;
use crate::components::prerendered::as_prerendered;
use crate::components::price_date_handoff::PriceDateHandoff;
use crate::components::reducer::{send, State, Store};
use crate::components::table::{table_shell, Narrow, TableShell};
use crate::data::{self, prices};
use crate::island::Island;
use crate::model::date::Date;
use crate::model::format;
use crate::model::price_chart::{
    fall, fall_sentence, x_fraction, y_fraction, Measure, PriceChartAction, PriceChartState,
    CHART_START,
};
use crate::model::pricing::{Catalogue, PriceSeries, Step, Vendor};
use crate::model::url_state::{UrlState, UrlWrite};

impl State for PriceChartState {
    type Action = PriceChartAction;
    /// A pointer moving within one day changes nothing, and re-renders nothing.
    fn next(&self, action: PriceChartAction) -> Option<Self> {
        let next = self.apply(action, prices::REASONING_SERIES, &prices::CATALOGUE);
        (next != *self).then_some(next)
    }
}

/// The plot's height in pixels (its width follows the page, in percentages).
const PLOT_HEIGHT: f64 = 240.0;
const TOP: f64 = 10.0;
const AXIS_HEIGHT: f64 = 28.0;

fn y_px(price: f64, measure: Measure) -> f64 {
    TOP + (1.0 - y_fraction(price, measure.axis())) * PLOT_HEIGHT
}

fn x_pct(day: Date) -> String {
    format!(
        "{}%",
        fixed(x_fraction(day, prices::CATALOGUE.checked) * 100.0, 3)
    )
}

fn series_class(series: &PriceSeries) -> String {
    let vendor = match series.vendor {
        Vendor::OpenAi => "vendor-openai",
        Vendor::DeepSeek => "vendor-deepseek",
    };
    format!("price-line {vendor} line-{}", series.key)
}

#[component]
pub fn PriceChart() -> Html {
    let state = use_reducer(|| Store(PriceChartState::new()));
    use_fragment_sync(
        state.dispatcher(),
        PriceChartAction::LoadFragment,
        PriceChartState::KEYS,
        state
            .0
            .to_pairs(&(prices::REASONING_SERIES, prices::CATALOGUE)),
        UrlWrite::Replace,
    );
    let view = &state.0;
    let catalogue = &prices::CATALOGUE;
    let measure = view.measure;
    let end = catalogue.checked.add_days(1);
    let day = view.day(catalogue);
    let picked = view.picked(catalogue);
    let shown = view.shown(prices::REASONING_SERIES);

    // The claim, computed from the prices: how far each main line fell.
    let claims: Vec<String> = shown
        .iter()
        .filter(|series| !series.optional)
        .filter_map(|series| {
            fall(series, catalogue, measure).map(|f| fall_sentence(series, &f, measure))
        })
        .collect();

    let lines = shown.iter().map(|series| {
        let steps = series.steps(catalogue.models, end);
        let mut previous: Option<f64> = None;
        let mut previous_label: Option<&str> = None;
        let latest_label = steps.last().map(|step| step.label);
        let parts = steps.iter().map(|step| {
            // Each model is named where its stretch starts (the first with the vendor's name);
            // on a phone only the first and the latest stay (styles/main.css), so labels never
            // collide and both ends of the line are named. The extra lines are named at their end
            // instead (below).
            let label = (!series.optional && previous_label != Some(step.label)).then(|| {
                let first = previous_label.is_none();
                let latest = !first && Some(step.label) == latest_label;
                let text = if first {
                    series.step_name(step.label)
                } else {
                    step.label.to_owned()
                };
                html! {
                    <text class={classes!("step-label", first.then_some("first"), latest.then_some("latest"))} x={x_pct(step.from)} dx="2"
                          y={fixed(y_px(measure.of(step), measure) - 6.0, 1)}>{ text }</text>
                }
            });
            previous_label = Some(step.label);
            let y = y_px(measure.of(step), measure);
            let riser = previous.filter(|p| (p - y).abs() > 0.5).map(|p| {
                html! { <line class="riser" x1={x_pct(step.from)} x2={x_pct(step.from)} y1={fixed(p, 1)} y2={fixed(y, 1)} /> }
            });
            previous = Some(y);
            let title = tf!(
                "{}: {} per 1M {} tokens from {}",
                series.step_name(step.label),
                format::usd(measure.of(step)),
                measure.name(),
                step.from.long()
            );
            html! {
                <g class="step">
                    { for riser }
                    <line class="tread" x1={x_pct(step.from)} x2={x_pct(step.until.min(catalogue.checked))} y1={fixed(y, 1)} y2={fixed(y, 1)} />
                    <circle cx={x_pct(step.from)} cy={fixed(y, 1)} r="3.5"><title>{ title }</title></circle>
                    { for label }
                </g>
            }
        });
        html! { <g class={series_class(series)} data-series={series.key}>{ for parts }</g> }
    });
    let end_labels = end_labels(&shown, catalogue, end, measure);

    // The axes: decades of price, and a tick every six months.
    let (low, high) = measure.axis();
    let mut decade = low;
    let mut y_ticks = Vec::new();
    while decade <= high * 1.0001 {
        y_ticks.push(decade);
        decade *= 10.0;
    }
    let y_ticks: Vec<(f64, f64)> = y_ticks
        .into_iter()
        .map(|price| (price, y_px(price, measure)))
        .collect();
    let y_axis = y_ticks.iter().map(|(_, y)| {
        let y = fixed(*y, 1);
        html! { <g class="tick"><line x1="0" x2="100%" y1={y.clone()} y2={y} /></g> }
    });
    // The price labels are drawn over the lines, each on a halo of the chart's background: a line
    // that starts at the left edge (o1-preview's, at $15 input) would otherwise cross "$10".
    let y_labels = y_ticks.iter().map(|(price, y)| {
        html! { <text x="0" y={fixed(y - 3.0, 1)}>{ axis_label(*price) }</text> }
    });
    let axis_y = TOP + PLOT_HEIGHT;

    // The picked day: a rule across the chart, and each line's price then.
    let in_force: Vec<(&PriceSeries, Step)> = shown
        .iter()
        .filter_map(|series| Some((*series, series.on(catalogue.models, day, end)?)))
        .collect();
    let cursor_dots = in_force.iter().map(|(series, step)| {
        html! { <circle class={classes!("cursor-dot", series_class(series))} cx={x_pct(day)} cy={fixed(y_px(measure.of(step), measure), 1)} r="5" /> }
    });
    let summary = tf!(
        "Price per 1M {} tokens, log scale, {} to {}. {}",
        measure.name(),
        CHART_START.long(),
        catalogue.checked.long(),
        claims.join(t!(" "))
    );

    let readout = in_force.iter().map(|(series, step)| {
        html! {
            <li>
                <span class={classes!("swatch", series_class(series))} aria-hidden="true"></span>
                <strong>{ series.step_name(step.label) }</strong>{ t!(": ") }
                { tf!("{} per 1M {} tokens", format::usd(measure.of(step)), measure.name()) }
                <span class="model-note">{ tf!(" ({}, from {})", tr(step.period.label), step.from.short()) }</span>
                { citation(step.period.sources) }
            </li>
        }
    });
    let not_yet: Vec<&str> = shown
        .iter()
        .filter(|series| !in_force.iter().any(|(s, _)| s.key == series.key))
        .map(|series| series.name)
        .collect();

    let measure_button = |measure: Measure, label: &'static str| {
        html! {
            <button type="button" class="chip" data-action={format!("measure-{}", measure.key())} aria-pressed={(view.measure == measure).to_string()}
                    onclick={send(&state, move |_: MouseEvent| PriceChartAction::SetMeasure(measure))}>{ label }</button>
        }
    };
    let optional = prices::REASONING_SERIES.iter().filter(|s| s.optional).map(|series| {
        let key = series.key;
        let id = format!("price-series-{key}");
        html! {
            <li>
                <input type="checkbox" id={id.clone()} checked={view.optional.contains(&key)}
                       onchange={send(&state, move |_: Event| PriceChartAction::ToggleSeries(key.to_owned()))} />
                <label for={id}><span class={classes!("swatch", series_class(series))} aria-hidden="true"></span>{ series.name }</label>
            </li>
        }
    });
    let days = CHART_START.days_until(catalogue.checked);
    let on_slide = send(&state, |event: InputEvent| {
        PriceChartAction::SetDay(browser::input_value(&event))
    });
    // A pointer on the plot picks the day under it; a mouse resting on it shows that day's prices
    // until it leaves (touch and pen pick only: they have no resting state).
    let on_pointer = send(&state, move |event: PointerEvent| {
        let fraction = browser::pointer_across_svg(&event)?;
        let picked = (fraction * days as f64).round() as i64;
        Some(PriceChartAction::SetDay(picked.to_string()))
    });
    let on_hover = send(&state, move |event: PointerEvent| {
        if event.pointer_type() != "mouse" {
            return None;
        }
        let fraction = browser::pointer_across_svg(&event)?;
        let under = (fraction * days as f64).round() as i64;
        Some(PriceChartAction::Hover(Some(under)))
    });
    let on_leave = send(&state, |_: PointerEvent| PriceChartAction::Hover(None));
    let csv = crate::model::price_chart::csv(view, prices::REASONING_SERIES, catalogue, |id| {
        data::source(id).map(|source| source.url())
    });
    let height = axis_y + AXIS_HEIGHT;

    html! {
        <div class="price-chart" role="group" aria-labelledby="price-chart-heading" data-csv={csv}>
            { as_prerendered(|| html! { <h3 id="price-chart-heading">{ t!("The price of reasoning, from o1-preview to today") }</h3> }) }
            <div class="headline" aria-live="polite">
                <p>{ tf!("Per 1M {} tokens, from each line's first price to the last one checked:", measure.name()) }</p>
                <ul class="falls">{ for claims.iter().map(|claim| html! { <li>{ claim }</li> }) }</ul>
            </div>
            <div class="messages" role="status" aria-live="polite">
                { for view.messages.iter().map(|message| html! { <p class="input-message">{ message }</p> }) }
            </div>
            <figure class="bar-chart price-plot">
                <svg width="100%" height={fixed(height, 0)} role="img" aria-label={summary.clone()}
                     onpointerdown={on_pointer} onpointermove={on_hover} onpointerleave={on_leave}>
                    <title>{ summary }</title>
                    <g class="grid">{ for y_axis }{ as_prerendered(|| date_axis(catalogue.checked)) }</g>
                    { for lines }
                    <g class="y-labels">{ for y_labels }</g>
                    { end_labels }
                    <line class="cursor" x1={x_pct(day)} x2={x_pct(day)} y1={fixed(TOP, 1)} y2={fixed(axis_y, 1)} />
                    { for cursor_dots }
                </svg>
            </figure>
            <div class="price-readout" aria-live="polite">
                <p class="readout-day"><strong>{ t!("In force on ") }<time datetime={day.to_string()}>{ day.long() }</time></strong></p>
                <ul>{ for readout }</ul>
                if !not_yet.is_empty() {
                    <p class="model-note">{ tf!("Not yet on sale that day: {}.", not_yet.join(t!(", "))) }</p>
                }
            </div>
            <div class="price-controls needs-wasm">
                { as_prerendered(|| html! { <label for="price-day">{ t!("Date on the chart") }</label> }) }
                <input type="range" id="price-day" class="slider price-slider" min="0" max={days.to_string()} step="1"
                       value={CHART_START.days_until(picked).to_string()} aria-valuetext={picked.long()} oninput={on_slide} />
                <div class="chips">
                    <PriceDateHandoff day={picked} label={t!("Use this date in the cost calculator")} note_id="price-chart-handoff" />
                </div>
                <div class="chart-controls" role="group" aria-label={t!("Which price")}>
                    { as_prerendered(|| html! { <span>{ t!("Price:") }</span> }) }{ measure_button(Measure::Output, t!("Output")) }{ measure_button(Measure::Input, t!("Input")) }
                </div>
                <fieldset class="models">
                    { as_prerendered(|| html! { <legend>{ t!("Smaller models, as extra lines") }</legend> }) }
                    <ul>{ for optional }</ul>
                </fieldset>
            </div>
            <details class="details">
                { as_prerendered(|| html! { <summary><span class="details-tag">{ t!("Details") }</span>{ t!("Every price on the chart, with its dates and sources") }</summary> }) }
                { steps_table(&shown, measure) }
                { as_prerendered(|| html! { <p class="hint">{ t!("A line runs to the last day checked; later changes or retirements are not tracked. DeepSeek's V4 prices changed several times after launch.") }</p> }) }
            </details>
            <EmbedButton island={Island::PriceChart} />
        </div>
    }
}

/// The date axis: a tick every six months from January 2025 to the last day checked. It never
/// changes, so it stays as prerendered.
fn date_axis(checked: Date) -> Html {
    let mut month = Date::ymd(2025, 1, 1);
    let mut ticks = Vec::new();
    while month <= checked {
        ticks.push(month);
        month = if month.month == 1 {
            Date::ymd(month.year, 7, 1)
        } else {
            Date::ymd(month.year + 1, 1, 1)
        };
    }
    let axis_y = TOP + PLOT_HEIGHT;
    html! {
        for tick in ticks {
            <g class="tick x-tick">
                <line x1={x_pct(tick)} x2={x_pct(tick)} y1={fixed(TOP, 1)} y2={fixed(axis_y, 1)} />
                <text x={x_pct(tick)} y={fixed(axis_y + 16.0, 1)} text-anchor="middle">{ tick.month_year() }</text>
            </g>
        }
    }
}

fn steps_table(shown: &[&'static PriceSeries], measure: Measure) -> Html {
    let catalogue = &prices::CATALOGUE;
    let steps = shown.iter().flat_map(|series| {
        series
            .steps(catalogue.models, catalogue.checked.add_days(1))
            .into_iter()
            .map(move |step| (series, step))
    });
    // A price on more than one line (R1's on DeepSeek's line and its own) says its caveat once.
    let mut explained: Vec<(&str, Date)> = Vec::new();
    let mut rows = Vec::new();
    for (series, step) in steps {
        let price = (step.model.key, step.period.from);
        let caveat = step.period.caveat.filter(|_| !explained.contains(&price));
        explained.push(price);
        rows.push(html! {
            <tr>
                <th scope="row">{ series.step_name(step.label) }</th>
                <td data-label={t!("From")}><time datetime={step.from.to_string()}>{ step.from.short() }</time></td>
                <td class="num" data-label={t!("Output")}>{ format::usd_tight(step.period.rates.output) }</td>
                <td class="num" data-label={t!("Input")}>{ format::usd_tight(step.period.rates.input) }{ citation(step.period.sources) }</td>
                <td data-label={t!("Confidence and caveat")}>
                    { step.period.confidence.label() }
                    if let Some(caveat) = caveat {
                        <span class="step-caveat">{ tr(caveat) }</span>
                    }
                </td>
            </tr>
        });
    }
    table_shell(TableShell {
        class: "price-steps",
        caption_id: "price-steps-caption",
        caption: html! { tf!("Reasoning prices per 1M tokens (the chart shows {})", measure.name()) },
        columns: &[
            t!("Line and model"),
            t!("From"),
            t!("Output"),
            t!("Input"),
            t!("Confidence and caveat"),
        ],
        rows: rows.into_iter().collect(),
        narrow: Narrow::Stacks,
    })
}

/// A y-axis label: whole dollars without cents ("$100", "$1"), cents below a dollar ("$0.10"),
/// so the powers of ten read at a glance.
/// The extra lines' names, at their right-hand end and just below it (the main lines' names sit
/// above theirs, at their start, where the extra lines start too close together to name on a
/// phone). Lines that end within a label's height of each other share one label ("o3-mini,
/// o4-mini": the two were sold at the same prices).
fn end_labels(shown: &[&PriceSeries], catalogue: &Catalogue, end: Date, measure: Measure) -> Html {
    const LABEL_HEIGHT_PX: f64 = 12.0;
    let mut ends: Vec<(f64, Vec<String>)> = Vec::new();
    for series in shown.iter().filter(|series| series.optional) {
        let Some(last) = series.steps(catalogue.models, end).pop() else {
            continue;
        };
        let y = y_px(measure.of(&last), measure);
        let name = series.step_name(last.label);
        match ends
            .iter_mut()
            .find(|(other, _)| (other - y).abs() < LABEL_HEIGHT_PX)
        {
            Some((_, names)) => names.push(name),
            None => ends.push((y, vec![name])),
        }
    }
    ends.into_iter()
        .map(|(y, names)| {
            html! {
                <text class="step-label first end-label" x="100%" dx="-8" text-anchor="end" y={fixed(y + LABEL_HEIGHT_PX + 2.0, 1)}>
                    { names.join(t!(", ")) }
                </text>
            }
        })
        .collect()
}

fn axis_label(price: f64) -> String {
    if price >= 1.0 {
        tf!("${}", format::group_thousands(price.round() as u64))
    } else {
        format::usd_tight(price)
    }
}
