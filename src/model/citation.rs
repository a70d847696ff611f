//! Citations of the explainer (or one of its widgets) as plain text and BibTeX, dated by the data
//! version, so a reader who cites a figure cites the state of the data they saw.

use crate::model::date::Date;
use crate::model::locale::{t, tf};

/// What is being cited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Work<'a> {
    /// The explainer's title.
    pub title: &'a str,
    /// A widget's title when citing one part of the explainer.
    pub part: Option<&'a str>,
    /// What the BibTeX key is made of, if not `part`: the part's English title, so every edition
    /// cites it under the same key (a Chinese title has no ASCII letters to make one of).
    pub key_part: Option<&'a str>,
    /// Where to find it: the page, or the widget's anchor on it; `None` when the build does not
    /// know the public address (the citation then names none, rather than a placeholder, and
    /// share.js adds the address the page was opened from).
    pub url: Option<&'a str>,
    /// The day the data was last checked against its sources.
    pub data_version: Date,
}

/// Who the citation names as author: the project, as the page names no person.
pub const AUTHOR: &str = "r1-explainer";

/// `r1-explainer (2026). DeepSeek-R1 and … [Interactive explainer]. Data version 28 November 2026
/// (checked against sources). https://…`
pub fn plain_text(work: &Work) -> String {
    let year = work.data_version.year;
    let what = match work.part {
        // A title that ends in its own punctuation ("…their peers?") takes no full stop.
        Some(part) if part.ends_with(['.', '?', '!']) => {
            tf!("“{part}” In {}", work.title; part = part)
        }
        Some(part) => tf!("“{part}”. In {}", work.title; part = part),
        None => work.title.to_owned(),
    };
    let mut text = tf!(
        "{AUTHOR} ({year}). {what} [Interactive explainer]. Data version {} (figures checked against their sources).",
        work.data_version.long();
        AUTHOR = AUTHOR,
        year = year,
        what = what
    );
    if let Some(url) = work.url {
        text.push(' ');
        text.push_str(url);
    }
    text
}

/// A BibTeX `@misc` entry. Text fields are escaped for (La)TeX; words with inner capitals are
/// braced so bibliography styles keep "DeepSeek-R1" as written.
pub fn bibtex(work: &Work) -> String {
    let version = work.data_version;
    let key = format!(
        "r1explainer{}{}",
        version.year,
        work.key_part
            .or(work.part)
            .map_or(String::new(), |part| format!("-{}", slug(part)))
    );
    // A widget is cited under its own title, as part of the explainer.
    let (title, published) = match work.part {
        Some(part) => (
            protect(part),
            tf!(
                "Part of the interactive explainer ``{}''",
                protect(work.title)
            ),
        ),
        None => (protect(work.title), t!("Interactive explainer").to_owned()),
    };
    let address = work.url.map_or(String::new(), |url| {
        format!(
            "  url = {{{}}},\n  urldate = {{{version}}},\n",
            escape_url(url)
        )
    });
    let note = tf!(
        "Data version {version}; figures checked against their sources on {}",
        version.long();
        version = version
    );
    format!(
        "@misc{{{key},\n  author = {{{{{}}}}},\n  title = {{{title}}},\n  year = {{{}}},\n  howpublished = {{{published}}},\n{address}  note = {{{note}}}\n}}",
        escape(AUTHOR),
        version.year,
    )
}

/// A citation key fragment: lower-case ASCII letters and digits joined by `-`.
fn slug(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(4)
        .map(str::to_ascii_lowercase)
        .collect();
    words.join("-")
}

/// Escapes the characters (La)TeX treats specially in text.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text and braces each word that has a capital after its first letter (DeepSeek-R1, o1's
/// "OpenAI"), so styles that lower-case titles leave names alone.
fn protect(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            // Punctuation around the word stays outside the braces.
            let core = word.trim_matches(|c: char| !c.is_alphanumeric());
            let start = word.find(core).unwrap_or(0);
            let (before, after) = (&word[..start], &word[start + core.len()..]);
            if core.chars().skip(1).any(|c| c.is_ascii_uppercase()) {
                format!("{}{{{}}}{}", escape(before), escape(core), escape(after))
            } else {
                escape(word)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A URL in a `url` field is verbatim, but its braces must balance and a backslash would still
/// escape: percent-encode those three, which leaves the address the same.
fn escape_url(url: &str) -> String {
    url.replace('\\', "%5C")
        .replace('{', "%7B")
        .replace('}', "%7D")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::TITLE;
    use crate::data::DATA_VERSION;

    const URL: &str = "https://example.org/r1/";

    fn page() -> Work<'static> {
        Work {
            title: TITLE,
            part: None,
            key_part: None,
            url: Some(URL),
            data_version: DATA_VERSION,
        }
    }

    #[test]
    fn plain_text_names_title_url_and_data_version() {
        let text = plain_text(&page());
        assert_eq!(
            text,
            format!(
                "r1-explainer ({}). {TITLE} [Interactive explainer]. Data version {} (figures checked against their sources). {URL}",
                DATA_VERSION.year,
                DATA_VERSION.long()
            )
        );
        assert!(!text.contains('\n'));
    }

    #[test]
    fn plain_text_of_a_widget_names_the_widget_in_the_explainer() {
        let work = Work {
            part: Some("What does a task cost?"),
            url: Some("https://example.org/r1/#widget-cost"),
            ..page()
        };
        let text = plain_text(&work);
        assert!(
            text.contains(&format!("“What does a task cost?” In {TITLE} [")),
            "{text}"
        );
        let statement = Work {
            part: Some("Benchmark by benchmark"),
            ..work
        };
        assert!(plain_text(&statement).contains(&format!("“Benchmark by benchmark”. In {TITLE} [")));
        assert!(
            text.ends_with(" https://example.org/r1/#widget-cost"),
            "{text}"
        );
    }

    #[test]
    fn bibtex_has_every_field_with_the_data_version_in_iso_form() {
        let entry = bibtex(&page());
        let version = DATA_VERSION.to_string();
        assert!(
            entry.starts_with(&format!("@misc{{r1explainer{},\n", DATA_VERSION.year)),
            "{entry}"
        );
        assert!(entry.contains("  author = {{r1-explainer}},\n"), "{entry}");
        assert!(
            entry.contains("  title = {{DeepSeek-R1} and the race for cheaper reasoning},\n"),
            "{entry}"
        );
        assert!(entry.contains(&format!("  year = {{{}}},\n", DATA_VERSION.year)));
        assert!(entry.contains(&format!("  url = {{{URL}}},\n")));
        assert!(entry.contains(&format!("  urldate = {{{version}}},\n")));
        assert!(entry.contains(&format!(
            "  note = {{Data version {version}; figures checked against their sources on {}}}\n}}",
            DATA_VERSION.long()
        )));
        assert_eq!(version.len(), 10, "ISO 8601 date");
        assert_eq!(entry.matches('{').count(), entry.matches('}').count());
    }

    #[test]
    fn bibtex_keys_are_plain_and_fields_are_escaped() {
        let work = Work {
            title: "Costs & 50% of $ {R1} #1_x ~ ^ \\",
            part: Some("R1's Cost: 100% (v2)"),
            key_part: None,
            url: Some("https://example.org/r1/#widget-cost&in=20%2C000&q={x}\\"),
            data_version: Date::ymd(2025, 1, 27),
        };
        let entry = bibtex(&work);
        let key = entry.lines().next().unwrap_or_default();
        assert_eq!(key, "@misc{r1explainer2025-r1-s-cost-100,");
        assert!(
            entry.contains("title = {R1's Cost: 100\\% (v2)},"),
            "{entry}"
        );
        assert!(
            entry.contains(
                "howpublished = {Part of the interactive explainer ``Costs \\& 50\\% of \\$ \\{R1\\} \\#1\\_x \\textasciitilde{} \\textasciicircum{} \\textbackslash{}''},"
            ),
            "{entry}"
        );
        assert!(
            entry.contains("url = {https://example.org/r1/#widget-cost&in=20%2C000&q=%7Bx%7D%5C},"),
            "{entry}"
        );
        assert!(entry.contains("urldate = {2025-01-27}"));
        assert!(entry.contains(
            "Data version 2025-01-27; figures checked against their sources on 27 January 2025"
        ));
        // Every brace that is not escaped is balanced.
        let unescaped = entry.replace("\\{", "").replace("\\}", "");
        assert_eq!(
            unescaped.matches('{').count(),
            unescaped.matches('}').count()
        );
    }

    #[test]
    fn the_key_comes_from_the_key_part_whatever_the_title_says() {
        let work = Work {
            part: Some("一项任务要花多少钱？"),
            key_part: Some("What does a task cost on DeepSeek-R1?"),
            ..page()
        };
        let entry = bibtex(&work);
        assert!(
            entry.starts_with(&format!(
                "@misc{{r1explainer{}-what-does-a-task,\n",
                DATA_VERSION.year
            )),
            "{entry}"
        );
        assert!(entry.contains("title = {一项任务要花多少钱？},"), "{entry}");
    }

    #[test]
    fn names_with_inner_capitals_are_braced_without_their_punctuation() {
        let work = Work {
            part: Some("Cost on DeepSeek-R1, o1 and OpenAI's o3?"),
            ..page()
        };
        let entry = bibtex(&work);
        assert!(
            entry.contains("title = {Cost on {DeepSeek-R1}, o1 and {OpenAI's} o3?},"),
            "{entry}"
        );
        assert!(entry.contains(
            "howpublished = {Part of the interactive explainer ``{DeepSeek-R1} and the race for cheaper reasoning''},"
        ));
    }

    #[test]
    fn without_a_known_address_the_citation_names_none() {
        let work = Work {
            url: None,
            ..page()
        };
        let text = plain_text(&work);
        assert!(
            text.ends_with("(figures checked against their sources)."),
            "{text}"
        );
        let entry = bibtex(&work);
        assert!(
            !entry.contains("url = ") && !entry.contains("urldate"),
            "{entry}"
        );
        assert!(
            !text.contains('[') || !text.contains("address"),
            "no placeholder"
        );
        assert_eq!(entry.matches('{').count(), entry.matches('}').count());
    }

    #[test]
    fn odd_input_never_panics() {
        for text in ["", " ", "ÄÖÜ {{{", "}}}\\", "\u{1F600} R1"] {
            let work = Work {
                title: text,
                part: Some(text),
                key_part: None,
                url: Some(text),
                data_version: Date::ymd(2025, 1, 20),
            };
            assert!(!plain_text(&work).is_empty());
            assert!(bibtex(&work).starts_with("@misc{r1explainer2025"));
        }
    }
}
