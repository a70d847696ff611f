//! The error box an island gives way to when its wasm instance traps, as an inert `<template>` the
//! page carries: the loader's JavaScript (assets/scripts/failure.js) clones it into the island's
//! place, since a trapped instance can run no code of its own, and a nightly build's panic runs no
//! hook either.

use yew::prelude::*;

use crate::content::widgets::{FAILED_HEADING, FAILED_TEXT, RELOAD_LINK};
use crate::model::locale::tr;

/// The template's id, as failure.js looks it up.
pub const TEMPLATE_ID: &str = "island-failed";

pub fn island_failed_template() -> Html {
    html! {
        <template id={TEMPLATE_ID}>
            <div class="island island-failed" data-failed="true" role="alert">
                <p><strong>{ tr(FAILED_HEADING) }</strong></p>
                <p>{ tr(FAILED_TEXT) }</p>
                // failure.js sets the address (this page, with the widget's state) and turns the
                // click into a real reload.
                <p><a href="" data-reload="">{ tr(RELOAD_LINK) }</a></p>
            </div>
        </template>
    }
}
