//! Which edition is being rendered (English, or Simplified Chinese at `/zh/`) and the words of the
//! other one. Code is written in English, and every reader-facing string goes through `t!` (a
//! string) or `tf!` (a template with arguments): the English edition gets the string itself, the
//! Chinese one the catalogue's words for it (`src/content/zh/`), keyed by the exact English, as
//! gettext does. So a changed English string has no translation until the Chinese one follows,
//! and the parity tests fail on the miss.
//!
//! The catalogue is built natively, for the prerender; in the browser each island instance gets
//! it from the page text of its edition (`mount`), so it renders what the prerender rendered.

use std::fmt::Display;

use super::edition_files::{EditionFiles, CHINESE, ENGLISH};

/// An edition of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    #[default]
    En,
    Zh,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Zh];

    /// The BCP 47 tag of `<html lang>` and `hreflang`.
    pub fn lang(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Zh => "zh-CN",
        }
    }

    /// Where the edition sits in the built site: its folder and its single file.
    pub const fn files(self) -> &'static EditionFiles {
        match self {
            Locale::En => &ENGLISH,
            Locale::Zh => &CHINESE,
        }
    }

    /// The edition's folder under the site's root, with its slash ("" for English).
    pub fn folder(self) -> String {
        match self.files().folder {
            "" => String::new(),
            folder => format!("{folder}/"),
        }
    }

    /// The way back from the edition's folder to the site's root, for its links to shared files.
    pub fn to_root(self) -> &'static str {
        match self {
            Locale::En => "",
            Locale::Zh => "../",
        }
    }
}

/// One edition's words, keyed by the English they stand for, sorted by it; a key of the form
/// `"src/components/timeline.rs::What"` holds the words for that file only, where one English
/// word needs two translations. Natively `src/content/zh/` builds it; in the browser the islands
/// get it from the page text (`model::page_text`), already sorted.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Translations {
    words: Vec<(&'static str, &'static str)>,
}

impl Translations {
    /// From pairs sorted by their English (as a `BTreeMap` gives them); pairs out of order are
    /// never found, so a tampered file gives English, not a panic.
    pub fn from_sorted(words: Vec<(&'static str, &'static str)>) -> Translations {
        Translations { words }
    }

    pub fn get(&self, english: &str) -> Option<&'static str> {
        self.words
            .binary_search_by(|(key, _)| (*key).cmp(english))
            .ok()
            .map(|at| self.words[at].1)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.words.iter().copied()
    }
}

thread_local! {
    static CURRENT: std::cell::Cell<Locale> = const { std::cell::Cell::new(Locale::En) };
    static CATALOGUE: std::cell::Cell<Option<&'static Translations>> = const { std::cell::Cell::new(None) };
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    // The English strings asked for while rendering another edition that had no words for them.
    static MISSES: std::cell::RefCell<std::collections::BTreeSet<String>> =
        const { std::cell::RefCell::new(std::collections::BTreeSet::new()) };
}

/// The edition being rendered.
pub fn current() -> Locale {
    CURRENT.with(|current| current.get())
}

/// Makes `locale` the edition for good (an island instance in the browser, once, at mount).
pub fn set(locale: Locale, catalogue: Option<&'static Translations>) {
    CURRENT.with(|current| current.set(locale));
    CATALOGUE.with(|cell| cell.set(catalogue));
}

/// Runs `render` as `locale`, looking words up in `catalogue` (the English edition needs none),
/// and puts the previous edition back afterwards, even if `render` panics.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_in<T>(
    locale: Locale,
    catalogue: Option<&'static Translations>,
    render: impl FnOnce() -> T,
) -> T {
    struct Restore(Locale, Option<&'static Translations>);
    impl Drop for Restore {
        fn drop(&mut self) {
            set(self.0, self.1);
        }
    }
    let _restore = Restore(current(), CATALOGUE.with(|catalogue| catalogue.get()));
    set(locale, catalogue);
    render()
}

/// The current edition's words for `english`. A miss gives the English (and natively is
/// recorded for `take_misses`).
pub fn tr(english: &'static str) -> &'static str {
    tr_in("", english)
}

/// `tr` for one source file: the words the catalogue holds for `"<file>::<english>"` if any,
/// else its words for `english`.
pub fn tr_in(file: &'static str, english: &'static str) -> &'static str {
    if current() == Locale::En {
        return english;
    }
    let Some(catalogue) = CATALOGUE.with(|catalogue| catalogue.get()) else {
        record_miss(english);
        return english;
    };
    let in_file = (!file.is_empty())
        .then(|| catalogue.get(&format!("{file}::{english}")))
        .flatten();
    match in_file.or_else(|| catalogue.get(english)) {
        Some(words) => words,
        None => {
            record_miss(english);
            english
        }
    }
}

/// The current edition's entry under a key of its own (such as `"<fact id>::unit"`), for what
/// is not keyed by English words; `None` in English or where the edition has none.
pub fn lookup(key: &str) -> Option<&'static str> {
    if current() == Locale::En {
        return None;
    }
    CATALOGUE.with(|catalogue| catalogue.get().and_then(|c| c.get(key)))
}

/// What the current edition writes after the element that follows `english`, where its word
/// order needs it (`ui.toml` [ui_after]: "{label}, from {date}" is "{label}，{date}起").
pub fn after(english: &str) -> &'static str {
    lookup(&format!("after::{english}")).unwrap_or("")
}

/// `tr` for text that is not a literal of the code (a data module's field, read at run time).
pub fn tr_owned(english: &str) -> String {
    if current() == Locale::En {
        return english.to_owned();
    }
    match CATALOGUE.with(|catalogue| catalogue.get().and_then(|c| c.get(english))) {
        Some(words) => words.to_owned(),
        None => {
            record_miss(english);
            english.to_owned()
        }
    }
}

#[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
fn record_miss(english: &str) {
    // Text with no letters (a separator, a figure) needs no translation.
    #[cfg(not(target_arch = "wasm32"))]
    if english.chars().any(char::is_alphabetic) {
        MISSES.with(|misses| misses.borrow_mut().insert(english.to_owned()));
    }
}

/// The English strings that had no words in the edition rendered since the last call.
#[cfg(not(target_arch = "wasm32"))]
pub fn take_misses() -> Vec<String> {
    MISSES.with(|misses| {
        std::mem::take(&mut *misses.borrow_mut())
            .into_iter()
            .collect()
    })
}

/// Fills a template: `{}` takes the next of `positional`, `{0}`, `{1}` … a given one (so a
/// translation may reorder them), `{name}` the one of that name in `named`; `{{` and `}}` are
/// braces. A placeholder with no argument stays as written, so a mistake shows on the page.
pub fn fill(template: &str, positional: &[&dyn Display], named: &[(&str, &dyn Display)]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len() + 16);
    let mut next = 0usize;
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        if after.starts_with("{{") || after.starts_with("}}") {
            out.push_str(&after[..1]);
            rest = &after[2..];
            continue;
        }
        if let Some(after_brace) = after.strip_prefix('}') {
            out.push('}');
            rest = after_brace;
            continue;
        }
        let Some(close) = after.find('}') else {
            out.push_str(after);
            rest = "";
            break;
        };
        let name = &after[1..close];
        let argument: Option<&dyn Display> = if name.is_empty() {
            next += 1;
            positional.get(next - 1).copied()
        } else if let Ok(index) = name.parse::<usize>() {
            positional.get(index).copied()
        } else {
            named
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| *value)
        };
        match argument {
            Some(value) => {
                let _ = write!(out, "{value}");
            }
            None => out.push_str(&after[..=close]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// `t!("English words")`: the current edition's words for them (`tr_in` with this file).
macro_rules! t {
    ($english:literal) => {
        $crate::model::locale::tr_in(file!(), $english)
    };
}

/// `tf!("{} of {}", a, b; name = value)`: a template in the current edition, filled like
/// `format!` (positional arguments first, then named ones after a semicolon) by `fill`.
macro_rules! tf {
    ($template:literal $(, $arg:expr)* $(; $($name:ident = $value:expr),+)? $(,)?) => {
        $crate::model::locale::fill(
            $crate::model::locale::tr_in(file!(), $template),
            &[$(&$arg as &dyn ::std::fmt::Display),*],
            &[$($((stringify!($name), &$value as &dyn ::std::fmt::Display)),+)?],
        )
    };
}

pub(crate) use {t, tf};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_takes_positional_indexed_and_named_arguments() {
        assert_eq!(fill("{} of {}", &[&1, &"two"], &[]), "1 of two");
        assert_eq!(fill("{1}的{0}", &[&"a", &"b"], &[]), "b的a");
        assert_eq!(
            fill("Source {number}: {}", &[&"X"], &[("number", &3)]),
            "Source 3: X"
        );
        assert_eq!(fill("{{literal}} {}", &[&5], &[]), "{literal} 5");
        assert_eq!(fill("{missing} {}", &[], &[]), "{missing} {}");
        assert_eq!(fill("unclosed {", &[], &[]), "unclosed {");
    }

    #[test]
    fn tf_matches_format_in_the_english_edition() {
        let (a, b) = (2.5, "x");
        assert_eq!(tf!("{} and {}", a, b), format!("{a} and {b}"));
        assert_eq!(
            tf!("{} then {n}", a; n = b),
            format!("{} then {n}", a, n = b)
        );
    }

    #[test]
    fn another_edition_gets_its_words_and_reports_what_it_lacks() {
        let mut words = vec![
            ("Contents", "目录"),
            ("src/model/locale.rs::What", "类型"),
            ("What", "什么"),
            ("{} days", "{0}天"),
        ];
        words.sort();
        let catalogue = Translations::from_sorted(words);
        let catalogue: &'static Translations = Box::leak(Box::new(catalogue));
        let _ = take_misses();
        let (contents, what, days, missing) = render_in(Locale::Zh, Some(catalogue), || {
            (
                tr("Contents"),
                t!("What"),
                tf!("{} days", 46),
                tr("Not translated"),
            )
        });
        assert_eq!((contents, what, days.as_str()), ("目录", "类型", "46天"));
        assert_eq!(missing, "Not translated");
        assert_eq!(take_misses(), vec!["Not translated".to_owned()]);
        assert_eq!(current(), Locale::En, "the edition is put back");
        assert_eq!(tr("Contents"), "Contents");
    }
}
