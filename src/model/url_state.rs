//! The URL fragment as shared state: `#in=2000&m=o1,r1&ev=r1`. Each widget owns a few short keys,
//! reads only those, and writes them back without disturbing the others'. A fragment with no `=`
//! is an ordinary anchor (`#reaction`) and is left alone.
//!
//! Hand-written percent coding instead of the `url`/`percent-encoding` crates: a dozen lines here,
//! and those crates pull in IDNA tables that would cost far more wasm than they save.

use super::locale::{t, tf};

/// Longest fragment we look at; anything past it is ignored (a 100 KB fragment must stay cheap).
pub const MAX_FRAGMENT_CHARS: usize = 4096;
/// Longest value kept for one key.
const MAX_VALUE_CHARS: usize = 200;

/// How a widget's change reaches the URL: a new history entry (a timeline selection, so Back
/// returns to the previous one) or a replaced one (typing, filters, zoom: they never flood Back).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlWrite {
    Push,
    Replace,
}

/// Whether a fragment the browser navigated to carries widget state. A plain anchor
/// (`#reaction`, a table-of-contents link) does not, and leaves every widget as it is; an empty
/// one does: Back to the page as first opened means the default view.
pub fn is_state(hash: &str) -> bool {
    hash.contains('=') || hash.trim_start_matches('#').is_empty()
}

/// Cuts a value read from a link to a readable length for the message that quotes it back: a
/// hostile link can carry anything, and a message must stay short.
pub fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        tf!("{}…", text.chars().take(max_chars).collect::<String>())
    }
}

/// A value read from a link: kept when it parses, and whatever the reader should know about it
/// (a clamp, or why it was refused) said as "From the link: …". `None` when refused, so the
/// widget keeps its default.
pub fn from_link<T>(
    parsed: Result<(T, Option<String>), String>,
    messages: &mut Vec<String>,
) -> Option<T> {
    let (value, message) = match parsed {
        Ok((value, message)) => (Some(value), message),
        Err(message) => (None, Some(message)),
    };
    messages.extend(message.map(|m| tf!("From the link: {m}"; m = shorten(&m, MAX_VALUE_CHARS))));
    value
}

/// Names the keys of a link that no widget knows, so the reader sees what was left out ("unknown
/// model “evil” ignored."): at most three, each cut short, since a hostile link can carry any
/// number of any length.
pub fn say_unknown(unknown: &[&str], what: &str, messages: &mut Vec<String>) {
    if unknown.is_empty() {
        return;
    }
    let names: Vec<String> = unknown
        .iter()
        .take(3)
        .map(|key| tf!("“{}”", shorten(key, 20)))
        .collect();
    messages.push(tf!(
        "From the link: unknown {what} {} ignored.",
        names.join(t!(", "));
        what = what
    ));
}

/// A widget's view as URL state: the keys it owns, how it reads them back (every bad value falls
/// back to its default with a message naming the key), and the non-default values it writes.
/// `Context` is what the codec checks keys against (the priced models, the events); `()` when
/// the state needs nothing.
pub trait UrlState: Sized {
    const KEYS: &'static [&'static str];
    type Context: ?Sized;

    fn from_fragment(fragment: &Fragment, context: &Self::Context) -> Self;

    /// The widget's values that differ from its default view, so links stay short.
    fn to_pairs(&self, context: &Self::Context) -> Vec<(&'static str, String)>;

    /// Reads the state from `location.hash` as the browser gives it.
    fn from_hash(hash: &str, context: &Self::Context) -> Self {
        Self::from_fragment(&Fragment::parse(hash), context)
    }

    /// Writes the widget's keys into `fragment`, keeping every other widget's.
    fn write_into(&self, fragment: &mut Fragment, context: &Self::Context) {
        fragment.replace_owned(Self::KEYS, self.to_pairs(context));
    }
}

/// Key-value pairs in order of appearance; later duplicates are dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    pairs: Vec<(String, String)>,
}

impl Fragment {
    /// Parses `location.hash` (with or without the leading `#`). Never fails: malformed pieces are
    /// skipped, and the caller validates each value.
    pub fn parse(hash: &str) -> Fragment {
        let text = hash.strip_prefix('#').unwrap_or(hash);
        let text = match text.char_indices().nth(MAX_FRAGMENT_CHARS) {
            Some((cut, _)) => &text[..cut],
            None => text,
        };
        let mut fragment = Fragment::default();
        if !text.contains('=') {
            return fragment;
        }
        for piece in text.split('&') {
            let Some((key, value)) = piece.split_once('=') else {
                continue;
            };
            let key = decode(key);
            if key.is_empty() || fragment.get(&key).is_some() {
                continue;
            }
            let value: String = decode(value).chars().take(MAX_VALUE_CHARS).collect();
            fragment.pairs.push((key, value));
        }
        fragment
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// Replaces every key in `owned` with the given pairs (in the order given), keeping other keys.
    pub fn replace_owned(&mut self, owned: &[&str], pairs: Vec<(&str, String)>) {
        self.pairs.retain(|(key, _)| !owned.contains(&key.as_str()));
        self.pairs.extend(
            pairs
                .into_iter()
                .map(|(key, value)| (key.to_owned(), value)),
        );
    }

    /// `#k=v&k2=v2`, or an empty string when there is no state to keep.
    pub fn to_hash(&self) -> String {
        if self.pairs.is_empty() {
            return String::new();
        }
        let body = self
            .pairs
            .iter()
            .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
            .collect::<Vec<_>>()
            .join("&");
        format!("#{body}")
    }
}

/// Percent-encodes everything but unreserved characters and the few we use unescaped in values
/// (`,` `-` `.` `_` `~`), so fragments stay short and readable.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+`; malformed escapes stay literal; invalid UTF-8 is replaced.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let hex = |offset: usize| {
            bytes
                .get(index + offset)
                .and_then(|b| char::from(*b).to_digit(16))
        };
        match (byte, hex(1), hex(2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                index += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                index += 1;
            }
            _ => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_named_three_at_most_and_cut_short() {
        let mut messages = Vec::new();
        say_unknown(&[], "model", &mut messages);
        assert!(messages.is_empty());
        let long = "x".repeat(500);
        say_unknown(&["evil", &long, "b", "c"], "model", &mut messages);
        assert_eq!(
            messages,
            [format!(
                "From the link: unknown model “evil”, “{}…”, “b” ignored.",
                "x".repeat(20)
            )]
        );
    }

    #[test]
    fn parses_pairs_and_ignores_plain_anchors() {
        let fragment = Fragment::parse("#in=2000&m=o1,r1&d=2025-01-27");
        assert_eq!(fragment.get("in"), Some("2000"));
        assert_eq!(fragment.get("m"), Some("o1,r1"));
        assert_eq!(fragment.get("x"), None);
        assert!(Fragment::parse("#reaction").is_empty());
        assert!(Fragment::parse("").is_empty());
        assert_eq!(Fragment::parse("#a=1&a=2").get("a"), Some("1"));
        assert_eq!(Fragment::parse("#=1&&b&c=").get("c"), Some(""));
    }

    #[test]
    fn widgets_replace_only_their_own_keys() {
        let mut fragment = Fragment::parse("#in=5&ev=r1");
        fragment.replace_owned(&["in", "out"], vec![("out", "7".into())]);
        assert_eq!(fragment.to_hash(), "#ev=r1&out=7");
        fragment.replace_owned(&["ev", "out"], vec![]);
        assert_eq!(fragment.to_hash(), "");
    }

    #[test]
    fn coding_round_trips_any_text() {
        for text in [
            "plain",
            "a b&c=d#e",
            "<script>alert(1)</script>",
            "ünïcødé 🤖",
            "%zz%4",
            "",
        ] {
            let mut fragment = Fragment::default();
            fragment.replace_owned(&[], vec![("k", text.to_owned())]);
            let parsed = Fragment::parse(&fragment.to_hash());
            assert_eq!(parsed.get("k"), Some(text), "{text:?}");
        }
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%F0%9F"), "\u{FFFD}");
    }

    #[test]
    fn huge_fragments_are_cut() {
        let huge = format!("#a=1&b={}", "x".repeat(100_000));
        let fragment = Fragment::parse(&huge);
        assert_eq!(fragment.get("a"), Some("1"));
        assert_eq!(fragment.get("b").map(str::len), Some(MAX_VALUE_CHARS));
    }

    #[test]
    fn anchors_are_not_state_and_the_empty_fragment_is_the_default_view() {
        assert!(is_state("#in=2000&ev=r1") && is_state("ev=r1"));
        assert!(is_state("") && is_state("#"));
        assert!(!is_state("#reaction") && !is_state("#widget-cost"));
    }
}
