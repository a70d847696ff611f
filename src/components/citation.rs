//! A superscript link from a figure to its numbered entry in the Sources list.

use yew::prelude::*;

use crate::data;

/// The anchor id of a source's entry in the Sources list.
pub fn source_anchor(number: usize) -> String {
    format!("source-{number}")
}

/// The citation as plain markup. A function rather than a component: it has no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle code.
pub fn citation(sources: &[&str]) -> Html {
    let links = sources.iter().filter_map(|id| {
        let number = data::source_number(id)?;
        let source = data::source(id)?;
        Some(html! {
            <a href={format!("#{}", source_anchor(number))}
               aria-label={format!("Source {number}: {}", source.title)}>{ number }</a>
        })
    });
    html! { <sup class="cite">{ "[" }{ for intersperse(links) }{ "]" }</sup> }
}

/// Puts ", " between links without collecting into a Vec first.
fn intersperse(links: impl Iterator<Item = Html>) -> impl Iterator<Item = Html> {
    links
        .enumerate()
        .flat_map(|(index, link)| [(index > 0).then(|| html! { ", " }), Some(link)])
        .flatten()
}
