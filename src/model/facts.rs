//! The shapes of sourced facts: what a figure is, where it comes from, how sure we are of it.
//! The values themselves live in `crate::data`; this module only defines and formats them.

use super::date::Date;
use super::format;
use super::locale::t;
use super::page_text::FromPage;
#[cfg(text_from_page)]
use super::page_text::{self, SourceText};

/// How well a figure is confirmed (facts.md: H, M, L).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Confirmed in a primary source or two independent reputable reports.
    High,
    /// Secondary sources only, or sources differ slightly.
    Medium,
    /// Weakly confirmed: shown only with a caveat.
    Low,
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::High => t!("high"),
            Confidence::Medium => t!("medium"),
            Confidence::Low => t!("low"),
        }
    }
}

/// A document a figure comes from. `id` is the stable key facts use to cite it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    pub title: FromPage,
    pub publisher: FromPage,
    pub url: FromPage,
}

/// A source's words, through `page_text` (empty in the browser until the page text has loaded).
impl Source {
    pub fn title(&self) -> String {
        // The document's own title stays in every edition; a title of our own is translated.
        #[cfg(not(text_from_page))]
        return super::locale::lookup(&format!("source::{}::title", self.id))
            .unwrap_or(self.title.0)
            .to_owned();
        #[cfg(text_from_page)]
        self.read_page_text(|text| &text.title)
    }

    pub fn publisher(&self) -> String {
        #[cfg(not(text_from_page))]
        return super::locale::lookup(&format!("source::{}::publisher", self.id))
            .unwrap_or(self.publisher.0)
            .to_owned();
        #[cfg(text_from_page)]
        self.read_page_text(|text| &text.publisher)
    }

    pub fn url(&self) -> String {
        #[cfg(not(text_from_page))]
        return self.url.0.to_owned();
        #[cfg(text_from_page)]
        self.read_page_text(|text| &text.url)
    }

    #[cfg(text_from_page)]
    fn read_page_text(&self, field: fn(&SourceText) -> &String) -> String {
        page_text::with(|text| text.source(self.id).map(|source| field(source).clone()))
            .unwrap_or_default()
    }
}

/// A figure and how it is written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// A dollar amount shown to the cent or beyond: "$2.74".
    Usd(f64),
    /// A large dollar amount shown compactly: "$5.576M".
    UsdCompact(f64),
    /// A lower and upper dollar bound where sources differ: "$589B–$593B".
    UsdRange(f64, f64),
    /// A price in dollars per million tokens: "$0.55 per 1M tokens".
    UsdPerMillionTokens(f64),
    /// A percentage with its number of decimals: (−16.97, 2) → "−16.97%".
    Percent(f64, u8),
    /// A count written compactly with a unit: (671e9, "parameters") → "671B parameters".
    Count(f64, &'static str),
    /// An exact whole number with a unit: (2048, "H800 GPUs") → "2,048 H800 GPUs".
    Whole(u64, &'static str),
    /// A ratio: "27.4×".
    Multiple(f64),
    /// A calendar date: "20 January 2025".
    Day(Date),
    /// A score on a benchmark's own scale, with decimals: (79.8, 1) → "79.8".
    Score(f64, u8),
    /// A non-numeric fact, such as a licence name.
    Text(&'static str),
}

impl Value {
    /// The number behind the value, for arithmetic (ranges give their upper bound).
    pub fn number(&self) -> Option<f64> {
        match *self {
            Value::Usd(v)
            | Value::UsdCompact(v)
            | Value::UsdPerMillionTokens(v)
            | Value::Multiple(v) => Some(v),
            Value::UsdRange(_, high) => Some(high),
            Value::Percent(v, _) | Value::Count(v, _) | Value::Score(v, _) => Some(v),
            Value::Whole(v, _) => Some(v as f64),
            Value::Day(_) | Value::Text(_) => None,
        }
    }

    /// The reader-facing text of the value, from the one formatter.
    pub fn display(&self) -> String {
        match *self {
            Value::Usd(amount) => format::usd(amount),
            Value::UsdCompact(amount) => format::usd_compact(amount),
            // 5890亿–5930亿美元: the currency once, after the range.
            Value::UsdRange(low, high) if chinese() => {
                format!("{}–{}美元", format::compact(low), format::compact(high))
            }
            Value::UsdRange(low, high) => {
                format!("{}–{}", format::usd_compact(low), format::usd_compact(high))
            }
            Value::UsdPerMillionTokens(price) if chinese() => {
                format!("{}/百万词元", format::usd(price))
            }
            Value::UsdPerMillionTokens(price) => format!("{} per 1M tokens", format::usd(price)),
            Value::Percent(value, decimals) => format::percent(value, usize::from(decimals)),
            Value::Count(value, unit) => join_unit(format::compact(value), unit),
            Value::Whole(value, unit) => join_unit(format::group_thousands(value), unit),
            Value::Multiple(ratio) => format::multiple(ratio),
            Value::Day(date) => date.long(),
            Value::Score(score, decimals) => {
                crate::model::format::fixed(score, usize::from(decimals))
            }
            Value::Text(text) => text.to_owned(),
        }
    }
}

fn chinese() -> bool {
    super::locale::current() == super::locale::Locale::Zh
}

fn join_unit(number: String, unit: &str) -> String {
    if unit.is_empty() {
        number
    } else {
        format!("{number} {unit}")
    }
}

/// Chinese writes a number and its unit together (46天, 2048块H800 GPU), except a Latin unit
/// symbol after a digit (600 GB/s, 5000 H800 GPU小时).
fn join_chinese_unit(number: String, unit: &str) -> String {
    let spaced = number.ends_with(|c: char| c.is_ascii_digit())
        && unit.starts_with(|c: char| c.is_ascii_alphabetic());
    if spaced {
        format!("{number} {unit}")
    } else {
        format!("{number}{unit}")
    }
}

/// One sourced figure. Prose cites it by `id` (`{id}` in the content templates).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fact {
    pub id: &'static str,
    /// What the figure measures, in a reader's words.
    pub label: FromPage,
    pub value: Value,
    /// The day the figure applies to (a release date, the day of a price, a report's date).
    pub date: Date,
    /// Ids of the `Source`s that back it, most authoritative first.
    pub sources: &'static [&'static str],
    pub confidence: Confidence,
    /// What a reader must know to not misread it; corrections of the article go here.
    pub caveat: Option<FromPage>,
}

/// A fact's words, through `page_text` (empty in the browser until the page text has loaded).
impl Fact {
    pub fn label(&self) -> String {
        #[cfg(not(text_from_page))]
        return super::locale::tr_owned(self.label.0);
        #[cfg(text_from_page)]
        page_text::with(|text| text.fact(self.id).map(|fact| fact.label.clone()))
            .unwrap_or_default()
    }

    /// The value as the current edition writes it: in Chinese a count or whole number takes the
    /// fact's own unit (6710亿参数, 2048块H800 GPU), context lengths keep their K (128K), and a
    /// text value its translation.
    pub fn display(&self) -> String {
        use super::locale::{current, lookup, tr_owned, Locale};
        if current() != Locale::Zh {
            return self.value.display();
        }
        let unit = |english: &str| {
            lookup(&format!("{}::unit", self.id))
                .map(str::to_owned)
                .unwrap_or_else(|| tr_owned(english))
        };
        match self.value {
            Value::Text(text) => lookup(&format!("{}::value", self.id))
                .map(str::to_owned)
                .unwrap_or_else(|| tr_owned(text)),
            Value::Count(value, _) if lookup(&format!("{}::style", self.id)) == Some("k") => {
                format::compact_english(value)
            }
            Value::Count(value, english) => {
                join_chinese_unit(format::compact(value), &unit(english))
            }
            Value::Whole(value, english) => join_chinese_unit(format::whole(value), &unit(english)),
            _ => self.value.display(),
        }
    }

    pub fn caveat(&self) -> Option<String> {
        #[cfg(not(text_from_page))]
        return self.caveat.map(|caveat| super::locale::tr_owned(caveat.0));
        #[cfg(text_from_page)]
        page_text::with(|text| text.fact(self.id).and_then(|fact| fact.caveat.clone()))
    }
}

/// An exact quotation of a named person.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quote {
    pub id: &'static str,
    pub person: &'static str,
    /// Who the person is, as of the quote ("CEO of Scale AI").
    pub role: &'static str,
    /// The words exactly as published, without the quotation marks.
    pub text: &'static str,
    pub date: Date,
    /// How precise `date` is, e.g. "about 24–25 January 2025"; `None` when the day is confirmed.
    pub date_note: Option<&'static str>,
    /// Whether the day itself is confirmed; if not, the page's machine-readable date gives only
    /// the month, so it claims no more than the sources do.
    pub day_confirmed: bool,
    /// Where it was said ("post on X", "speech at Trump National Doral").
    pub venue: &'static str,
    pub source: &'static str,
    pub confidence: Confidence,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_format_through_the_one_formatter() {
        assert_eq!(Value::UsdCompact(5_576_000.0).display(), "$5.576M");
        assert_eq!(Value::UsdRange(589e9, 593e9).display(), "$589B–$593B");
        assert_eq!(
            Value::UsdPerMillionTokens(0.55).display(),
            "$0.55 per 1M tokens"
        );
        assert_eq!(Value::Percent(-16.97, 2).display(), "−16.97%");
        assert_eq!(
            Value::Count(671e9, "parameters").display(),
            "671B parameters"
        );
        assert_eq!(Value::Whole(2048, "H800 GPUs").display(), "2,048 H800 GPUs");
        assert_eq!(
            Value::Day(Date::ymd(2025, 1, 20)).display(),
            "20 January 2025"
        );
        assert_eq!(Value::Score(79.8, 1).display(), "79.8");
        assert_eq!(Value::Text("MIT").display(), "MIT");
    }
}
