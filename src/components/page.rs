//! The whole page: the opening (kicker, title, lede and the key figures), how to read it, the
//! contents, the six sections, the glossary, sources and footer. Rendered natively at build time;
//! only its islands run in the browser.

use yew::prelude::*;

use crate::components::glossary::Glossary;
use crate::components::island_failed::island_failed_template;
use crate::components::key_figures::key_figures;
use crate::components::prose::{around, Prose};
use crate::components::section_view::SectionView;
use crate::components::share_tools::share_tools;
use crate::components::sources_list::SourcesList;
use crate::components::table_of_contents::TableOfContents;
use crate::content::sections::SECTIONS;
use crate::content::{ABOUT, ABOUT_SCRIPTED, KICKER, LEDE, TITLE};
use crate::data::DATA_VERSION;
use crate::island::{Island, IslandSlot};
use crate::model::locale::{current, t, tr, Locale};

/// The link to the other edition, in that edition's language and script.
fn edition_link() -> Html {
    let (href, other) = match current() {
        Locale::En => (Locale::Zh.folder(), Locale::Zh),
        Locale::Zh => (Locale::Zh.to_root().to_owned(), Locale::En),
    };
    let name = match other {
        Locale::En => "English",
        Locale::Zh => "中文",
    };
    html! {
        <a class="edition-link" {href} hreflang={other.lang()} lang={other.lang()}>{ name }</a>
    }
}

/// What assets/share.js writes (status lines, CSV headers, the downloaded chart's caption), in
/// English as the script has it.
const SCRIPT_WORDS: [&str; 15] = [
    "Could not copy the link: it is selected in the field below.",
    "Copied",
    "Shared",
    "Could not copy: select the citation above and copy it by hand.",
    "There is no chart to download.",
    "Could not draw the PNG in this browser; the SVG download still works.",
    " Data checked ",
    "benchmark",
    "metric",
    "date",
    "event",
    "summary",
    "selection",
    "selected",
    "compared",
];

/// The edition's words for the script's English, as JSON in an attribute (the script reads them;
/// the English edition needs none).
fn script_words() -> Html {
    if current() == Locale::En {
        return Html::default();
    }
    let quote = |text: &str| {
        let mut out = String::with_capacity(text.len() + 2);
        out.push('"');
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if c < ' ' => out.push(' '),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    let pairs: Vec<String> = SCRIPT_WORDS
        .iter()
        .map(|english| format!("{}:{}", quote(english), quote(tr(english))))
        .collect();
    let words = format!("{{{}}}", pairs.join(","));
    html! { <div id="r1-words" hidden=true data-words={words}></div> }
}

#[component]
pub fn Page() -> Html {
    let single_file = current().files().single_file;
    html! {
        <>
            <a class="skip-link" href="#main">{ t!("Skip to the explainer") }</a>
            <header class="masthead">
                <p class="kicker data-version">
                    // What the page is and when its data was checked: not a publication date.
                    // Chinese sets the date right after the kicker, with no space (NOTES.md §3).
                    { around(t!("{kicker} {date}"), vec![
                        ("kicker", html! { tr(KICKER) }),
                        ("date", html! { <time datetime={DATA_VERSION.to_string()}>{ DATA_VERSION.long() }</time> }),
                    ]) }
                    // Shown and wired by theme.js; without JavaScript the system theme applies.
                    // Its words for each choice ride along, so theme.js writes them in the page's language.
                    <button type="button" id="theme-toggle" class="theme-toggle chip" hidden=true
                        data-label-auto={t!("Theme: Auto")} data-label-light={t!("Theme: Light")} data-label-dark={t!("Theme: Dark")}
                        data-aria-auto={t!("Theme: auto. Change theme")} data-aria-light={t!("Theme: light. Change theme")} data-aria-dark={t!("Theme: dark. Change theme")}>
                        { t!("Theme: Auto") }
                    </button>
                    { edition_link() }
                </p>
                <h1>{ tr(TITLE) }</h1>
                <p class="lede"><Prose text={tr(LEDE)} /></p>
                { key_figures() }
            </header>
            // Shown only if the WebAssembly fails to start (the loader marks <html data-wasm="failed">).
            <p class="wasm-failed-note" role="status">
                { t!("The interactive parts could not start in this browser. Everything here is still the full text, and every widget shows its result for the default settings.") }
            </p>
            <section class="about" aria-label={t!("How to read this page")}>
                <p><Prose text={tr(ABOUT)} />{ t!(" ") }<span class="if-scripted">{ tr(ABOUT_SCRIPTED) }</span></p>
                { share_tools(None) }
            </section>
            <TableOfContents />
            <main id="main">
                { for SECTIONS.iter().enumerate().map(|(index, section)| html! {
                    <SectionView {section} number={index + 1} />
                }) }
                <Glossary />
                <SourcesList />
            </main>
            // The one card every figure and term above opens (outside <main>: it is positioned by
            // its figure, and belongs to no section).
            <IslandSlot island={Island::SourceCards} />
            <footer class="colophon">
                <p>
                    { t!("Written in our own words from the sources listed above. Every figure links to its source; corrections of the original reporting are marked as claim checks.") }
                </p>
                // The single-file edition (xtask/src/pipeline/offline/single_file.rs writes it and adds its size to the
                // link text; the file itself drops this paragraph, since the reader already has it).
                // Each edition's own single file, beside the English page (model/edition_files.rs
                // names them); the build fills in its size from `data-size-text`.
                <p class="offline-download">
                    <a href={format!("{}{single_file}", current().to_root())} download={single_file}
                       data-size-text={t!("Download for offline ({} KB)")}>{ t!("Download for offline") }</a>
                    { t!(": the whole explainer with its interactive parts in one HTML file that opens from disk, with no connection.") }
                </p>
                <noscript>
                    <p>{ t!("JavaScript is off: everything above is the full text, and each widget shows its result for the default settings.") }</p>
                </noscript>
            </footer>
            // Shown by the loader while offline or when the service worker served the saved copy.
            // Prerendered hidden and fixed in place, so neither state moves the text.
            <p id="offline-note" class="offline-note" role="status" hidden=true>
                { t!("Offline — showing the copy saved on this device; data checked ") }
                <time datetime={DATA_VERSION.to_string()}>{ DATA_VERSION.long() }</time>
            </p>
            { island_failed_template() }
            { script_words() }
        </>
    }
}
