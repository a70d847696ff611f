//! A labelled number input with units and, where a range helps, a slider for the same value.
//! The text box takes what readers type ("1,000", "1e6"); the model decides what to do with it.

use crate::browser;
use crate::model::locale::tf;
use crate::model::number_input::trim_number;
use yew::prelude::*;

/// What a number field shows. A plain struct and function rather than a component: the field has
/// no state of its own, and each component type costs the wasm its own copy of Yew's lifecycle code.
pub struct NumberFieldProps {
    /// Unique id of the text box; the slider gets `{id}-slider`.
    pub id: AttrValue,
    pub label: AttrValue,
    /// Units shown after the box ("tokens", "%", "$ per GPU-hour").
    pub unit: AttrValue,
    /// The value as it should appear in the box.
    pub text: AttrValue,
    pub value: f64,
    /// The slider's range and step; `None` for no slider.
    pub slider: Option<(f64, f64, f64)>,
    pub hint: Option<AttrValue>,
    /// Raw text from the box (on change) or the slider (on input).
    pub onchange: Callback<String>,
}

pub fn number_field(props: NumberFieldProps) -> Html {
    let text_changed = props
        .onchange
        .reform(|event: Event| browser::input_value(&event));
    let slid = props
        .onchange
        .reform(|event: InputEvent| browser::input_value(&event));
    let hint_id = format!("{}-hint", props.id);
    let slider = props.slider.map(|(min, max, step)| {
        // The range grows to take in a larger value (a preset, a typed number), to the next round
        // number, so the thumb never sits at the end while the box says five times more.
        let max = if props.value > max {
            crate::model::chart::nice_ceiling(props.value)
        } else {
            max
        };
        html! {
            <input type="range" id={format!("{}-slider", props.id)} class="slider"
                   aria-label={tf!("{} (slider)", props.label)}
                   min={trim_number(min)} max={trim_number(max)} step={trim_number(step)}
                   value={trim_number(props.value.clamp(min, max))} oninput={slid} />
        }
    });
    html! {
        <div class="number-field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <div class="number-row">
                <input type="text" inputmode="decimal" id={props.id.clone()} value={props.text.clone()}
                       aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}
                       autocomplete="off" spellcheck="false" onchange={text_changed} />
                <span class="unit">{ &props.unit }</span>
            </div>
            { for slider }
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}
