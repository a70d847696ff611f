//! Island: what a workload costs on o1, R1 and their peers at the prices in force on a chosen day,
//! with the article's "95% cheaper" checked against the reader's own numbers. State lives in a
//! reducer (`model::cost`) and in the URL fragment.

use crate::components::prerendered::as_prerendered;

use yew::prelude::*;

use crate::bench;
use crate::browser;
use crate::components::bar_chart::{bar_chart, Bar, BarChartProps, TickFormat};
use crate::components::citation::citation;
use crate::components::embed_button::EmbedButton;
use crate::components::fragment_sync::use_fragment_sync;
use crate::components::number_field::{number_field, NumberFieldProps};
use crate::components::reducer::{send, State, Store};
use crate::components::table::{table_shell, Narrow, TableShell};
use crate::content::widgets;
use crate::data::{self, prices};
use crate::island::Island;
use crate::model::cost::{
    self, ClaimCheck, CostAction, CostState, Field, ResultRow, Scale, PRESETS,
};
use crate::model::format;
use crate::model::locale::{after, t, tf, tr};
use crate::model::pricing::{model_name, on_sale_by_line, PriceOn, Vendor};
use crate::model::url_state::{UrlState, UrlWrite};
use crate::shared;

/// The decimals of every saving the widget shows (headline, table, the claim's verdict), so one
/// view never gives the same saving two ways (96.35% and 96.3%), and a saving just under the
/// article's 95% never reads as 95.0%.
const PERCENT_DECIMALS: usize = 2;

impl State for CostState {
    type Action = CostAction;
    fn next(&self, action: CostAction) -> Option<Self> {
        Some(self.apply(action, &prices::CATALOGUE))
    }
}

#[component]
pub fn CostWidget() -> Html {
    let state = use_reducer(|| Store(CostState::new()));

    use_fragment_sync(
        state.dispatcher(),
        CostAction::LoadFragment,
        CostState::KEYS,
        state.0.to_pairs(&prices::CATALOGUE),
        UrlWrite::Replace,
    );
    // Another island (the timeline, the price chart) can set the day whose prices apply; it brings
    // along the models on sale that day, for chosen ones that were not.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let subscription = shared::subscribe_price_date(move |day| {
                let on_sale = on_sale_by_line(prices::REASONING_SERIES, &prices::CATALOGUE, day);
                dispatcher.dispatch(CostAction::PricesOnDay(day, on_sale))
            });
            move || drop(subscription)
        });
    }

    // After the DOM shows the new numbers: the bench build measures input-to-DOM time here.
    use_effect_with(state.0.clone(), |_| {
        bench::measure(bench::COST_INPUT_TO_DOM, bench::COST_INPUT)
    });

    let view = &state.0;
    let field = |field: Field,
                 id: &'static str,
                 unit: &'static str,
                 slider: Option<(f64, f64, f64)>,
                 hint: Option<&'static str>| {
        let value = view.field_value(field);
        let text = if field.is_whole() {
            format::group_thousands(value as u64)
        } else {
            crate::model::number_input::trim_number(value)
        };
        number_field(NumberFieldProps {
            id: id.into(),
            label: tr(field.label()).into(),
            unit: unit.into(),
            text: text.into(),
            value,
            slider,
            hint: hint.map(AttrValue::from),
            onchange: send(&state, move |text: String| {
                bench::mark(bench::COST_INPUT);
                CostAction::SetField(field, text)
            }),
        })
    };

    let active_preset = PRESETS
        .iter()
        .find(|preset| preset.workload == view.workload);
    let presets = PRESETS.iter().map(|preset| {
        let key = preset.key;
        let pressed = active_preset.is_some_and(|active| active.key == key);
        html! {
            <button type="button" class="chip" data-action={format!("preset-{key}")} aria-pressed={pressed.to_string()}
                    onclick={send(&state, move |_: MouseEvent| CostAction::ApplyPreset(key))}>
                { tr(preset.name) }
            </button>
        }
    });

    let model_boxes = prices::MODELS.iter().map(|model| {
        let key = model.key;
        let checked = view.selected.contains(&key);
        let id = format!("cost-model-{key}");
        let availability = match model.price_on(view.date) {
            PriceOn::Listed(period) => tr(period.label).to_owned(),
            // The same words as the results row, so one state is not named two ways.
            PriceOn::NotYetAvailable(from) => tf!("not yet available (from {})", from.short()),
            PriceOn::Withdrawn(until) => tf!("no longer offered from {}", until.short()),
        };
        html! {
            <li>
                <input type="checkbox" id={id.clone()} checked={checked}
                       onchange={send(&state, move |_: Event| CostAction::ToggleModel(key.to_owned()))} />
                <label for={id}>{ model_name(model.name) }<span class="model-note">{ availability }</span></label>
            </li>
        }
    });

    let baseline_options = view.selected.iter().filter_map(|key| prices::model(key)).map(|model| {
        // A baseline without a price leaves every "Against baseline" cell empty: the list says
        // which choices would.
        let unpriced = !model.on_sale(view.date);
        html! {
            <option value={model.key} selected={model.key == view.baseline}>
                { model_name(model.name) }{ if unpriced { t!(" (not on sale that day)") } else { "" } }
            </option>
        }
    });
    let on_baseline = send(&state, |event: Event| {
        CostAction::SetBaseline(browser::select_value(&event))
    });
    let on_date = send(&state, |event: Event| {
        CostAction::SetDate(browser::input_value(&event))
    });
    // The action is named by the scale's key, not its label, so it reads the same in every edition.
    let scale_button = |scale: Scale, key: &'static str, label: &'static str| {
        html! {
            <button type="button" class="chip" data-action={format!("scale-{key}")} aria-pressed={(view.scale == scale).to_string()}
                    onclick={send(&state, move |_: MouseEvent| CostAction::SetScale(scale))}>{ label }</button>
        }
    };

    let rows = cost::results(view, prices::MODELS);
    // The comparison as CSV, for the Download CSV tool under the widget (share.js saves it): built
    // here, where the model is, so the file carries the inputs, price dates and sources too.
    let csv = cost::csv(view, prices::MODELS, |id| {
        data::source(id).map(|source| source.url())
    });
    let workload = &view.workload;
    let more_settings = tf!(
        "More settings: input served from cache ({}), requests per day ({})",
        format::percent(workload.cached_percent, 0),
        format::group_thousands(workload.requests_per_day)
    );

    // The answer comes first: the headline and chart above the inputs on a phone (the headline
    // stays in view while a field is edited) and beside them on a wide screen. Rare settings sit
    // in a disclosure; controls the wasm must run are marked `needs-wasm`, so that without it the
    // widget shows its result and hides what could not act.
    html! {
        <div class="cost-widget" role="group" aria-labelledby="cost-heading" data-csv={csv}>
            { as_prerendered(|| html! { <h3 id="cost-heading">{ t!("What would your workload cost?") }</h3> }) }
            <div class="cost-layout">
                <div class="cost-summary">
                    <p class="headline" aria-live="polite">{ headline(view, &rows) }</p>
                    <div class="messages" role="status" aria-live="polite">
                        { for view.messages.iter().map(|message| html! { <p class="input-message">{ message }</p> }) }
                    </div>
                </div>
                <div class="cost-answer">
                    { bar_chart(BarChartProps { bars: bars(&rows), scale: view.scale, ticks: TickFormat::Usd, summary: chart_summary(view, &rows), axis_reaches: Vec::new() }) }
                    <div class="chart-controls needs-wasm" role="group" aria-label={t!("Chart scale")}>
                        { as_prerendered(|| html! { <span>{ t!("Scale:") }</span> }) }{ scale_button(Scale::Linear, "linear", t!("Linear")) }{ scale_button(Scale::Log, "log", t!("Log")) }
                    </div>
                    { claim_box(view) }
                </div>
                <div class="cost-inputs needs-wasm">
                    <fieldset class="input-group workload-group">
                        { as_prerendered(|| html! { <legend>{ t!("Your workload") }</legend> }) }
                        <div class="chips" role="group" aria-label={t!("Workload presets")}>{ for presets }</div>
                        <p class="preset-note">
                            { active_preset.map_or_else(|| tr(widgets::OWN_WORKLOAD).to_owned(), |preset| preset.assumption()) }
                        </p>
                        <div class="inputs">
                            { field(Field::InputTokens, "cost-input", t!("tokens"), Some((0.0, 200_000.0, 500.0)), None) }
                            { field(Field::OutputTokens, "cost-output", t!("tokens"), Some((0.0, 50_000.0, 100.0)), None) }
                            { field(Field::ReasoningTokens, "cost-reasoning", t!("tokens"), Some((0.0, 100_000.0, 500.0)), Some(tr(widgets::REASONING_HINT))) }
                        </div>
                        <details class="more-settings">
                            <summary>{ more_settings }</summary>
                            <div class="inputs">
                                { field(Field::CachedPercent, "cost-cache", t!("%"), Some((0.0, 100.0, 1.0)), Some(tr(widgets::CACHE_HINT))) }
                                { field(Field::RequestsPerDay, "cost-requests", t!("per day"), Some((0.0, 10_000.0, 1.0)), None) }
                            </div>
                        </details>
                    </fieldset>
                    <fieldset class="input-group comparison-group">
                        { as_prerendered(|| html! { <legend>{ t!("The comparison") }</legend> }) }
                        <fieldset class="models">
                            { as_prerendered(|| html! { <legend>{ t!("Models to compare (at least two)") }</legend> }) }
                            <ul>{ for model_boxes }</ul>
                        </fieldset>
                        <div class="controls">
                            // Each label with its control, so a narrow row wraps between the pairs,
                            // never between a label and its field.
                            <span class="control">
                                { as_prerendered(|| html! { <label for="cost-baseline">{ t!("Compare against") }</label> }) }
                                <select id="cost-baseline" onchange={on_baseline}>{ for baseline_options }</select>
                            </span>
                            <span class="control">
                                { as_prerendered(|| html! { <label for="cost-date">{ t!("Prices as of") }</label> }) }
                                <input id="cost-date" type="date" value={view.date.to_string()}
                                       min={prices::CATALOGUE.days().0.to_string()} max={prices::CATALOGUE.days().1.to_string()} onchange={on_date} />
                            </span>
                        </div>
                    </fieldset>
                </div>
            </div>
            { results_table(view, &rows) }
            <EmbedButton island={Island::CostWidget} />
        </div>
    }
}

fn vendor_class(vendor: Vendor) -> &'static str {
    match vendor {
        Vendor::OpenAi => "vendor-openai",
        Vendor::DeepSeek => "vendor-deepseek",
    }
}

fn unavailable_text(price: PriceOn) -> String {
    match price {
        PriceOn::NotYetAvailable(from) => tf!("not yet available (from {})", from.short()),
        PriceOn::Withdrawn(until) => tf!("no longer offered from {}", until.short()),
        PriceOn::Listed(_) => t!("no price").to_owned(),
    }
}

fn bars(rows: &[ResultRow]) -> Vec<Bar> {
    rows.iter()
        .map(|row| Bar {
            label: model_name(row.model.name).to_owned(),
            value: row.costs.map(|costs| costs.per_request),
            value_text: match (row.costs, row.versus_baseline) {
                (Some(costs), Some(versus)) => tf!(
                    "{} · {}",
                    format::usd(costs.per_request),
                    cost::ratio_words(&versus)
                ),
                (Some(costs), None) => format::usd(costs.per_request),
                (None, _) => unavailable_text(row.price),
            },
            class: vendor_class(row.model.vendor),
        })
        .collect()
}

/// The one-sentence result, e.g. "On 27 January 2025, DeepSeek-R1 costs $2.74 per request against
/// $75.00 on OpenAI o1: 27.4× cheaper (96.35% saved)."
fn headline(view: &CostState, rows: &[ResultRow]) -> String {
    // The story's subject: R1 when it is compared, otherwise the first other model.
    let baseline = rows.first();
    let other = rows
        .iter()
        .skip(1)
        .find(|row| row.model.key == "r1")
        .or_else(|| rows.get(1));
    let (Some(baseline), Some(other)) = (baseline, other) else {
        return String::new();
    };
    match (baseline.costs, other.costs, other.versus_baseline) {
        (Some(base), Some(costs), Some(versus)) => tf!(
            "On {}, {} costs {} per request against {} on {}: {} ({} {}).",
            view.date.long(),
            model_name(other.model.name),
            format::usd(costs.per_request),
            format::usd(base.per_request),
            model_name(baseline.model.name),
            cost::ratio_words(&versus),
            format::percent(versus.percent_saved.abs(), PERCENT_DECIMALS),
            if versus.percent_saved >= 0.0 {
                t!("saved")
            } else {
                t!("more")
            }
        ),
        (Some(_), Some(_), None) => {
            t!("This workload has no tokens, so every model costs nothing.").to_owned()
        }
        _ => tf!(
            "On {}, not every chosen model was on sale; see the table.",
            view.date.long()
        ),
    }
}

fn chart_summary(view: &CostState, rows: &[ResultRow]) -> String {
    let parts: Vec<String> = rows
        .iter()
        .map(|row| match row.costs {
            Some(costs) => tf!(
                "{} {}",
                model_name(row.model.name),
                format::usd(costs.per_request)
            ),
            None => tf!(
                "{}: {}",
                model_name(row.model.name),
                unavailable_text(row.price)
            ),
        })
        .collect();
    tf!(
        "Cost per request on {}: {}.",
        view.date.long(),
        parts.join(t!("; "))
    )
}

/// The article's claim against the reader's own workload, with the list-price savings it is
/// measured against.
fn claim_box(view: &CostState) -> Html {
    let verdict = match cost::claim_check(view, prices::MODELS) {
        ClaimCheck::Saving {
            percent_saved,
            times_cheaper,
        } => tf!(
            "With these inputs, DeepSeek-R1 costs {} less than o1 ({}): {} the article's 95%.",
            format::percent(percent_saved, PERCENT_DECIMALS),
            format::multiple(times_cheaper),
            if percent_saved > 95.0 {
                t!("more than")
            } else if percent_saved < 95.0 {
                t!("less than")
            } else {
                t!("exactly")
            }
        ),
        ClaimCheck::NotComparable(reason) => reason,
        ClaimCheck::NothingToPrice => t!("With no tokens there is nothing to compare.").to_owned(),
    };
    html! {
        <div class="claim-check" role="note">
            { as_prerendered(|| html! { <p class="claim"><span class="tag">{ t!("The claim") }</span>{ t!(" The article: R1 is “95% cheaper” than o1 per token.") }</p> }) }
            <p class="finding"><span class="tag">{ t!("Your numbers") }</span>{ t!(" ") }{ verdict }</p>
            { as_prerendered(list_price_savings) }
        </div>
    }
}

/// The list-price savings the claim is measured against, as figures that open their cards (so an
/// embed of the widget cites them too), and the claim's caveat: the same in every state.
fn list_price_savings() -> Html {
    let saving = |id: &str| {
        data::fact(id).map_or_else(Html::default, |fact| {
            crate::components::source_cards::fact_ref(fact, html! { fact.display() })
        })
    };
    html! {
        <>
            <p class="list-prices">
                { t!("Per token at list prices, R1 was ") }{ saving("r1_vs_o1_input_saving") }
                { t!(" cheaper on uncached input, ") }{ saving("r1_vs_o1_output_saving") }
                { t!(" on output and ") }{ saving("r1_vs_o1_cached_saving") }{ t!(" on cached input.") }
            </p>
            <p class="hint">{ tr(widgets::CLAIM_CAVEAT) }</p>
        </>
    }
}

fn results_table(view: &CostState, rows: &[ResultRow]) -> Html {
    let body = rows.iter().map(|row| {
        let name = html! {
            <th scope="row">{ model_name(row.model.name) }
                if row.model.key == view.baseline { <span class="vendor">{ t!("baseline") }</span> }
            </th>
        };
        match (row.price, row.costs) {
            (PriceOn::Listed(period), Some(costs)) => html! {
                <tr data-model={row.model.key}>
                    { name }
                    <td class="num price-used" data-label={t!("Prices used")}>
                        // The tight form ($0.55): the caption names the currency and the unit.
                        { tf!("{} / {} / {}", format::usd_tight(period.rates.input), format::usd_tight(period.rates.cached_input), format::usd_tight(period.rates.output)) }
                        <span class="vendor">{ tr(period.label) }{ t!(", from ") }{ period.from.short() }{ after(", from ") }</span>
                        { citation(period.sources) }
                    </td>
                    <td class="num per-request" data-label={t!("Per request")}>{ format::usd(costs.per_request) }</td>
                    <td class="num per-day" data-label={t!("Per day")}>{ format::usd(costs.per_day) }</td>
                    <td class="num per-month" data-label={t!("Per 30-day month")}>{ format::usd(costs.per_month) }</td>
                    <td class="num versus" data-label={t!("Against baseline")}>{ row.versus_baseline.map(|versus| tf!("{} ({} saved)", cost::ratio_words(&versus), format::percent(versus.percent_saved, PERCENT_DECIMALS))).unwrap_or_else(|| t!("—").to_owned()) }</td>
                </tr>
            },
            (price, _) => html! {
                <tr data-model={row.model.key}>{ name }<td colspan="5" class="unavailable">{ unavailable_text(price) }</td></tr>
            },
        }
    });
    table_shell(TableShell {
        class: "cost-table",
        caption_id: "cost-table-caption",
        caption: html! { tf!("Costs at list prices on {} (prices per 1M tokens: input / cached input / output)", view.date.long()) },
        columns: &[
            t!("Model"),
            t!("Prices used"),
            t!("Per request"),
            t!("Per day"),
            t!("Per 30-day month"),
            t!("Against baseline"),
        ],
        rows: body.collect(),
        narrow: Narrow::Stacks,
    })
}
