//! The text the islands show but never compute with (what a figure measures and its caveat, a
//! source's title, publisher and address, an event's summary, a term's definition), kept out of
//! the wasm. Natively (the prerender, the tests) it is the data modules' own text. In the browser's
//! island build (cfg `text_from_page`, set by build.rs) the data modules compile without it
//! (`FromPage` holds nothing there) and the islands read it from `page-text-<hash>.json`, which the
//! prerender writes from the same data and the loader fetches beside the wasm; `load` puts it
//! here, decoded into these types.
//!
//! Text that cannot be had (the file missing, truncated or not of this shape) is the empty
//! string: nothing panics, and the source card says it could not load the source (`loaded`).

use serde::{Deserialize, Serialize};

/// A piece of page text in the data modules, written `from_page!("…")`: the text itself natively,
/// nothing in the wasm (where it is looked up by its owner's id instead).
#[cfg(not(text_from_page))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FromPage(pub &'static str);

#[cfg(text_from_page)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FromPage;

/// `from_page!("text")`: see `FromPage`.
#[cfg(not(text_from_page))]
macro_rules! from_page {
    ($text:expr) => {
        $crate::model::page_text::FromPage($text)
    };
}

#[cfg(text_from_page)]
macro_rules! from_page {
    ($text:expr) => {
        $crate::model::page_text::FromPage
    };
}

// Lists with their ids rather than maps: a map's decoding, compiled for each value type, costs
// the wasm more than the few dozen lookups a reader makes, each a scan of a few hundred ids.

pub(crate) use from_page;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FactText {
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceText {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
}

/// One event's summary, or one term's definition, by its key or id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KeyedText {
    pub id: String,
    pub text: String,
}

/// The whole file, one per edition.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PageText {
    /// The edition's language (`Locale::lang`): "en", or "zh-CN" for the Chinese page's file.
    #[serde(default)]
    pub lang: String,
    pub facts: Vec<FactText>,
    pub sources: Vec<SourceText>,
    pub events: Vec<KeyedText>,
    pub terms: Vec<KeyedText>,
    /// The edition's words for the islands' English strings (`model::locale`), sorted by the
    /// English; none in the English file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<(String, String)>,
}

impl PageText {
    /// The edition this file is for, and its words for `model::locale` (kept for the life of
    /// the island instance, which is what they are for).
    pub fn edition(
        &mut self,
    ) -> (
        super::locale::Locale,
        Option<&'static super::locale::Translations>,
    ) {
        use super::locale::{Locale, Translations};
        if self.lang != Locale::Zh.lang() {
            return (Locale::En, None);
        }
        let leak = |text: String| -> &'static str { Box::leak(text.into_boxed_str()) };
        let words = std::mem::take(&mut self.words)
            .into_iter()
            .map(|(english, words)| (leak(english), leak(words)))
            .collect();
        (
            Locale::Zh,
            Some(Box::leak(Box::new(Translations::from_sorted(words)))),
        )
    }
}

impl PageText {
    pub fn fact(&self, id: &str) -> Option<&FactText> {
        self.facts.iter().find(|fact| fact.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&SourceText> {
        self.sources.iter().find(|source| source.id == id)
    }

    pub fn event_summary(&self, key: &str) -> Option<&String> {
        self.events
            .iter()
            .find(|event| event.id == key)
            .map(|event| &event.text)
    }

    pub fn definition(&self, id: &str) -> Option<&String> {
        self.terms
            .iter()
            .find(|term| term.id == id)
            .map(|term| &term.text)
    }
}

#[cfg(text_from_page)]
thread_local! {
    static LOADED: std::cell::RefCell<Option<PageText>> = const { std::cell::RefCell::new(None) };
}

/// Puts the decoded file in place (once per wasm instance, before its islands start); `None`
/// when it could not be had.
#[cfg_attr(not(text_from_page), allow(unused_variables))]
pub fn load(text: Option<PageText>) {
    #[cfg(text_from_page)]
    LOADED.with(|loaded| *loaded.borrow_mut() = text);
}

/// Whether the page text is there: always natively; in the browser, once `load` had the file.
pub fn loaded() -> bool {
    #[cfg(text_from_page)]
    return LOADED.with(|loaded| loaded.borrow().is_some());
    #[cfg(not(text_from_page))]
    true
}

/// Reads from the loaded file (the browser), or `None` before or without it.
#[cfg(text_from_page)]
pub fn with<T>(read: impl FnOnce(&PageText) -> Option<T>) -> Option<T> {
    LOADED.with(|loaded| loaded.borrow().as_ref().and_then(read))
}
