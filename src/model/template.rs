//! The tiny markup our prose is written in, so that text cites facts instead of retyping numbers:
//! `{fact_id}` is the fact's value, `{fact_id:date}` its date, `[words](https://…)` a link, and
//! `*words*` emphasis. Anything else is literal text.
//!
//! Hand-written rather than a Markdown crate: the syntax is four constructs, parsing happens
//! natively at prerender time, and a Markdown parser would add weight for nothing.

/// A piece of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// A fact's formatted value, linked to its source.
    FactValue(&'a str),
    /// A fact's date in long form, linked to its source.
    FactDate(&'a str),
    Link {
        text: &'a str,
        url: &'a str,
    },
    Emphasis(&'a str),
}

/// Splits a paragraph into segments. Unclosed or malformed markup stays literal text, so a typo in
/// the prose shows up on the page (and in the tests) rather than vanishing.
pub fn parse(paragraph: &str) -> Vec<Segment<'_>> {
    let mut segments = Vec::new();
    let mut rest = paragraph;
    let mut literal_start = 0usize;
    let base = paragraph.as_ptr() as usize;
    let offset = |s: &str| s.as_ptr() as usize - base;

    while let Some(position) = rest.find(['{', '[', '*']) {
        let candidate = &rest[position..];
        let parsed = match candidate.as_bytes()[0] {
            b'{' => candidate.find('}').and_then(|end| {
                let inner = &candidate[1..end];
                let (id, field) = inner.split_once(':').unwrap_or((inner, ""));
                let valid_id = !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
                match (valid_id, field) {
                    (true, "") => Some((Segment::FactValue(id), end + 1)),
                    (true, "date") => Some((Segment::FactDate(id), end + 1)),
                    _ => None,
                }
            }),
            b'[' => candidate.find("](").and_then(|middle| {
                let after = &candidate[middle + 2..];
                after.find(')').map(|close| {
                    let segment = Segment::Link {
                        text: &candidate[1..middle],
                        url: &after[..close],
                    };
                    (segment, middle + 2 + close + 1)
                })
            }),
            _ => candidate[1..]
                .find('*')
                .filter(|&end| end > 0)
                .map(|end| (Segment::Emphasis(&candidate[1..end + 1]), end + 2)),
        };
        match parsed {
            Some((segment, consumed)) => {
                let start = offset(candidate);
                if start > literal_start {
                    segments.push(Segment::Text(&paragraph[literal_start..start]));
                }
                segments.push(segment);
                rest = &candidate[consumed..];
                literal_start = offset(rest);
            }
            None => rest = &candidate[1..],
        }
    }
    if literal_start < paragraph.len() {
        segments.push(Segment::Text(&paragraph[literal_start..]));
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_facts_dates_links_and_emphasis() {
        assert_eq!(
            parse("R1 came out on {r1_release:date}, with {r1_params} in *all*; see [the repo](https://x.org)."),
            vec![
                Segment::Text("R1 came out on "),
                Segment::FactDate("r1_release"),
                Segment::Text(", with "),
                Segment::FactValue("r1_params"),
                Segment::Text(" in "),
                Segment::Emphasis("all"),
                Segment::Text("; see "),
                Segment::Link { text: "the repo", url: "https://x.org" },
                Segment::Text("."),
            ]
        );
    }

    #[test]
    fn malformed_markup_stays_literal() {
        assert_eq!(parse("a { b"), vec![Segment::Text("a { b")]);
        assert_eq!(
            parse("{Bad Id} and {x:year}"),
            vec![Segment::Text("{Bad Id} and {x:year}")]
        );
        assert_eq!(parse("5 * 3"), vec![Segment::Text("5 * 3")]);
        assert_eq!(parse("[text]"), vec![Segment::Text("[text]")]);
        assert_eq!(parse(""), vec![]);
        assert_eq!(parse("**"), vec![Segment::Text("**")]);
    }
}
