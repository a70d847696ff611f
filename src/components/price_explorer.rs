//! Island: API prices on any day the reader picks, with the R1-vs-o1 gap on that day. The static
//! price table above it is the no-JavaScript form of the same data.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::price_table::PriceTable;
use crate::data::{events, prices};
use crate::model::date::{self, Date};
use crate::model::explorer::{ExplorerAction, ExplorerState};
use crate::model::format;
use crate::model::pricing::{compare, PriceOn};

/// Every priced model, in the order the explorer lists them.
const ALL_MODELS: &[&str] = &["o1", "o1-mini", "o3-mini", "o3", "r1", "r1-offpeak", "v3"];

/// Timeline events offered as one-click days, by event key.
const SHORTCUT_EVENTS: &[&str] = &["o1-api", "r1", "o3-mini", "off-peak", "o3", "o3-cut"];

struct Reducer(ExplorerState);

impl Reducible for Reducer {
    type Action = ExplorerAction;
    fn reduce(self: Rc<Self>, action: ExplorerAction) -> Rc<Self> {
        Rc::new(Reducer(self.0.apply(action)))
    }
}

#[component]
pub fn PriceExplorer() -> Html {
    let state = use_reducer(|| Reducer(ExplorerState::default()));
    let day = state.0.date;

    let onchange = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            state.dispatch(ExplorerAction::EnterDate(input.value()));
        })
    };
    let shortcuts = SHORTCUT_EVENTS
        .iter()
        .filter_map(|key| events::EVENTS.iter().find(|event| event.key == *key))
        .map(|event| {
            let state = state.clone();
            let onclick = Callback::from(move |_: MouseEvent| state.dispatch(ExplorerAction::Pick(event.date)));
            html! {
                <button type="button" class="chip" {onclick} aria-pressed={(event.date == day).to_string()}>
                    { event.title }{ " · " }{ event.date.short() }
                </button>
            }
        });

    html! {
        <div class="price-explorer" role="group" aria-labelledby="price-explorer-heading">
            <h3 id="price-explorer-heading">{ "Prices on any day" }</h3>
            <div class="controls">
                <label for="price-date">{ "Prices as of" }</label>
                <input id="price-date" type="date" value={day.to_string()}
                       min={date::EARLIEST.to_string()} max={date::LATEST.to_string()} {onchange} />
            </div>
            <div class="chips" aria-label="Jump to a day">{ for shortcuts }</div>
            if let Some(message) = &state.0.message {
                <p class="input-message" role="alert">{ message }</p>
            }
            <p class="gap" aria-live="polite">{ gap_sentence(day) }</p>
            <PriceTable date={day} models={ALL_MODELS} />
        </div>
    }
}

/// "On 27 January 2025, R1's output tokens cost 27.4× less than o1's (96.35% less)."
fn gap_sentence(day: Date) -> String {
    let listed = |key: &str| match prices::MODELS
        .iter()
        .find(|model| model.key == key)?
        .price_on(day)
    {
        PriceOn::Listed(period) => Some(period.rates.output),
        _ => None,
    };
    match (listed("o1"), listed("r1")) {
        (Some(o1), Some(r1)) => match compare(o1, r1) {
            Some(gap) => format!(
                "On {}, DeepSeek-R1's output tokens cost {} less than o1's ({} less).",
                day.long(),
                format::multiple(gap.times_cheaper),
                format::percent(gap.percent_saved, 2)
            ),
            None => String::new(),
        },
        _ => format!(
            "On {}, o1 and DeepSeek-R1 were not both on sale, so there is no gap to show.",
            day.long()
        ),
    }
}
