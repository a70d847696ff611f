//! The share, cite and download tools of the page and of each widget: static markup, prerendered
//! and never compiled into the wasm. `assets/share.js` shows the buttons and does the browser work
//! (clipboard, share sheet, files); the citations are readable here even with no script at all.

use yew::prelude::*;

use crate::content::widgets::{self, EmbedSpec};
use crate::content::TITLE;
use crate::data::DATA_VERSION;
use crate::island::{Island, IslandSlot};
use crate::model::citation::{bibtex, plain_text, Work};
use crate::model::embed::public_url;
use crate::model::locale::{t, tf, tr};

/// The anchor of a widget on the full page; links to a widget's view are `#<anchor>&<state>`.
pub fn widget_anchor(island: Island) -> String {
    format!("widget-{}", island.key())
}

/// A widget with its tools under it, in the page's section or alone in its embed view. Around
/// the island's slot, static markup the loader and the stylesheet use: a status line that says
/// the widget is starting (the loader fills it; until the widget is live, what a reader does is
/// kept and replayed), and the one line that says why the widget is static when it cannot start.
/// An island that is no widget (the source cards) is its slot alone (a render test checks that
/// every widget figure of the page names a widget).
pub fn widget_figure(island: Island) -> Html {
    let Some(widget) = island.widget() else {
        return html! { <IslandSlot {island} /> };
    };
    let note = widget.note;
    html! {
        <div class="widget" id={widget_anchor(island)} data-widget={island.key()}>
            <p class="island-status" role="status" aria-live="polite" data-starting={tr(widgets::STARTING)}></p>
            <p class="static-note">
                <span class="static-note-nojs">{ tr(note.no_script) }</span>
                <span class="static-note-failed">{ tr(note.failed) }</span>
            </p>
            <IslandSlot {island} />
            { share_tools(Some((island, widget.embed))) }
        </div>
    }
}

/// The tool row: for the page (`None`: link and citation) or for one widget (also its files).
pub fn share_tools(widget: Option<(Island, &EmbedSpec)>) -> Html {
    let base = public_url();
    // Where a widget sits on the page: the citation's address is the page's plus this.
    let anchor = widget.map_or(String::new(), |(island, _)| {
        format!("#{}", widget_anchor(island))
    });
    let spec = widget.map(|(_, spec)| spec);
    let (key, label) = match widget {
        Some((island, spec)) => (
            island.key(),
            tf!(
                "Share, cite or download: {}",
                tr(spec.section_title).to_lowercase()
            ),
        ),
        None => ("page", t!("Share or cite this explainer").to_owned()),
    };
    let url = base.map(|base| format!("{base}{anchor}"));
    let work = Work {
        title: tr(TITLE),
        part: spec.map(|spec| tr(spec.title)),
        // The same key in every edition: from the English title.
        key_part: spec.map(|spec| spec.title),
        url: url.as_deref(),
        data_version: DATA_VERSION,
    };
    // Without a known public address the prerendered citations name none; share.js adds the
    // address the page was opened from (plus this anchor), where scripts run.
    let add_url = url.is_none().then(|| anchor.clone());
    let id = |suffix: &str| format!("share-{key}-{suffix}");
    // Hidden until share.js runs: without it these buttons could do nothing.
    let button = |action: &'static str, text: &'static str| {
        html! { <button type="button" class="chip" data-share-do={action} hidden=true>{ text }</button> }
    };
    let citation = |suffix: &'static str,
                    heading: &'static str,
                    copy: &'static str,
                    text: String| {
        html! {
            <>
                <p class="citation-label">{ heading }</p>
                <pre class="citation" data-citation={suffix} data-add-url={add_url.clone()}
                     data-urldate={add_url.as_ref().map(|_| DATA_VERSION.to_string())}>{ text }</pre>
                <button type="button" class="chip" data-share-do="copy-citation" data-citation-of={suffix}
                        hidden=true>{ copy }</button>
            </>
        }
    };
    html! {
        <div class="share-tools" role="group" aria-label={label} data-share={key}
             data-share-title={tr(spec.map_or(TITLE, |spec| spec.title))}
             data-share-source={spec.map(|spec| tr(spec.source_line))}
             data-data-version={DATA_VERSION.long()}>
            <div class="share-buttons">
                { button("copy-link", t!("Copy link")) }
                { button("share", t!("Share…")) }
                if widget.is_some() {
                    { button("csv", t!("Download CSV")) }
                    { button("svg", t!("Download SVG")) }
                    { button("png", t!("Download PNG")) }
                }
            </div>
            <details class="cite-panel">
                <summary class="chip">{ t!("Cite") }</summary>
                { citation("text", t!("Plain text"), t!("Copy citation"), plain_text(&work)) }
                { citation("bibtex", t!("BibTeX"), t!("Copy BibTeX"), bibtex(&work)) }
            </details>
            <p class="share-status" role="status" aria-live="polite"></p>
            <p class="share-fallback" hidden=true>
                <label for={id("url")}>{ t!("Copying was not allowed here. The link is selected: copy it with Ctrl+C (⌘C on a Mac).") }</label>
                <input id={id("url")} type="url" readonly=true />
            </p>
        </div>
    }
}
