//! A superscript link from a figure to its numbered entry in the Sources list.

use yew::prelude::*;

use crate::data;
use crate::model::locale::{t, tf};

/// The anchor id of a source's entry in the Sources list.
pub fn source_anchor(number: usize) -> String {
    format!("source-{number}")
}

thread_local! {
    /// Whether the Sources list is on another page: a widget's embed view has none, so its
    /// citations (and its source cards' list links) open the full explainer's list in a new tab
    /// instead of pointing at an anchor that does not exist. Set by the prerender for each view,
    /// and in the browser from the page itself, so both render the same markup.
    static SOURCES_ELSEWHERE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Says whether this page lacks the Sources list (see `SOURCES_ELSEWHERE`).
pub fn set_sources_elsewhere(elsewhere: bool) {
    SOURCES_ELSEWHERE.with(|flag| flag.set(elsewhere));
}

/// A link to a source's entry in the Sources list, wherever that list is.
pub fn source_link(
    number: usize,
    label: Option<String>,
    class: Option<&'static str>,
    text: Html,
) -> Html {
    let anchor = source_anchor(number);
    if SOURCES_ELSEWHERE.with(std::cell::Cell::get) {
        html! {
            <a {class} href={format!("./#{anchor}")} target="_blank" rel="noopener" aria-label={label}>{ text }</a>
        }
    } else {
        html! { <a {class} href={format!("#{anchor}")} aria-label={label}>{ text }</a> }
    }
}

/// The citation as plain markup. A function rather than a component: it has no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle code.
pub fn citation(sources: &[&str]) -> Html {
    let links = sources.iter().filter_map(|id| {
        let number = data::source_number(id)?;
        let source = data::source(id)?;
        Some(source_link(
            number,
            Some(tf!("Source {number}: {}", source.title(); number = number)),
            None,
            html! { { number } },
        ))
    });
    html! { <sup class="cite">{ t!("[") }{ for intersperse(links) }{ t!("]") }</sup> }
}

/// Puts ", " between links without collecting into a Vec first.
fn intersperse(links: impl Iterator<Item = Html>) -> impl Iterator<Item = Html> {
    links
        .enumerate()
        .flat_map(|(index, link)| [(index > 0).then(|| html! { t!(", ") }), Some(link)])
        .flatten()
}
