//! Native checks of the data and the prose that cites it: every id resolves, every date is real,
//! histories are ordered, prose never retypes a figure, and the key figures read as facts.md says.

use super::benchmarks::{self, O3_ANNOUNCED, ROWS};
use super::events::EVENTS;
use super::facts::FACTS;
use super::prices::{self, MODELS};
use super::quotes::QUOTES;
use super::sources::SOURCES;
use super::{fact, quote, source};
use crate::content::glossary::{self, TERMS};
use crate::content::sections::SECTIONS;
use crate::content::{Block, Figure, ABOUT, KEY_FIGURES, KICKER, LEDE, STANDFIRST, TITLE};
use crate::model::date::Date;
use crate::model::facts::Value;
use crate::model::format;
use crate::model::locale::{render_in, tr, Locale};
use crate::model::pricing::{cost_per_request, PriceOn, Rates, Workload};
use crate::model::template::{parse, Segment};
use std::collections::HashSet;

fn assert_unique<'a>(what: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for id in ids {
        assert!(seen.insert(id), "duplicate {what} id {id:?}");
    }
}

fn assert_sources_exist(owner: &str, ids: &[&str]) {
    for id in ids {
        assert!(source(id).is_some(), "{owner} cites unknown source {id:?}");
    }
}

/// Every piece of template markup on the page: the opening (lede, key figures, how to read the
/// page) and the sections' paragraphs, claim findings and list items.
fn templated_texts() -> Vec<(&'static str, &'static str)> {
    let mut texts = vec![("lede", LEDE), ("about", ABOUT)];
    texts.extend(
        KEY_FIGURES
            .iter()
            .map(|figure| ("key figures", figure.text)),
    );
    for section in SECTIONS {
        for block in section.blocks {
            match *block {
                Block::Paragraph(text) => texts.push((section.id, text)),
                Block::ClaimCheck { finding, .. } => texts.push((section.id, finding)),
                Block::List(items) => texts.extend(items.iter().map(|item| (section.id, *item))),
                _ => {}
            }
        }
    }
    texts
}

/// The fact tables of a section, in the flow or in a "Details" disclosure.
fn fact_tables(block: &Block) -> Option<(&'static str, &'static [&'static str])> {
    match *block {
        Block::Figure(Figure::FactTable { caption, facts })
        | Block::Details {
            figure: Figure::FactTable { caption, facts },
            ..
        } => Some((caption, facts)),
        _ => None,
    }
}

/// Digits a reader sees that do not come from a fact. A digit is allowed only inside a name, that
/// is a word that starts with a letter ("R1", "o3", "H800", "FP8", "V3.2-Exp", "GPT-5",
/// "R1-0528", "pass@1"); words that start with a digit are typed figures: bare numbers ("95",
/// "2025") and numbers with a unit ("128K", "1.5B", "4T").
fn stray_numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '@')))
        .map(|word| word.trim_matches(|c: char| matches!(c, '.' | '-' | '@')))
        .filter(|word| word.bytes().any(|b| b.is_ascii_digit()))
        .filter(|word| word.bytes().next().is_some_and(|b| b.is_ascii_digit()))
        .map(str::to_owned)
        .collect()
}

fn rates_of(key: &str, day: Date) -> Rates {
    let model = prices::model(key).unwrap_or_else(|| panic!("no priced model {key:?}"));
    match model.price_on(day) {
        PriceOn::Listed(period) => period.rates,
        other => panic!("{key} is not listed on {day}: {other:?}"),
    }
}

const ARTICLE_DAY: Date = Date::ymd(2025, 1, 27);

#[test]
fn sources_are_https_with_unique_ids_and_urls() {
    assert_unique("source", SOURCES.iter().map(|s| s.id));
    assert_unique("source url", SOURCES.iter().map(|s| s.url.0));
    for s in SOURCES {
        assert!(
            s.url.0.starts_with("https://"),
            "{} is not https: {}",
            s.id,
            s.url.0
        );
        assert!(
            !s.title.0.is_empty() && !s.publisher.0.is_empty(),
            "{} lacks a title or publisher",
            s.id
        );
        assert!(
            s.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{} is not kebab-case",
            s.id
        );
    }
}

#[test]
fn every_cited_source_exists_and_every_source_is_cited() {
    let mut cited: HashSet<&str> = HashSet::new();
    for f in FACTS {
        assert!(!f.sources.is_empty(), "fact {} has no source", f.id);
        assert_sources_exist(f.id, f.sources);
        cited.extend(f.sources);
    }
    for model in MODELS {
        for period in model.history {
            assert!(
                !period.sources.is_empty(),
                "a {} price has no source",
                model.key
            );
            assert_sources_exist(model.key, period.sources);
            cited.extend(period.sources);
        }
    }
    for event in EVENTS {
        assert!(
            !event.sources.is_empty(),
            "event {} has no source",
            event.key
        );
        assert_sources_exist(event.key, event.sources);
        cited.extend(event.sources);
    }
    assert_sources_exist("benchmark table", benchmarks::TABLE_SOURCES);
    cited.extend(benchmarks::TABLE_SOURCES);
    for score in O3_ANNOUNCED {
        assert_sources_exist(score.benchmark, score.sources);
        cited.extend(score.sources);
    }
    for q in QUOTES {
        let listed = SOURCES.iter().find(|s| s.url.0 == q.source);
        let listed =
            listed.unwrap_or_else(|| panic!("quote {} links {} outside SOURCES", q.id, q.source));
        cited.insert(listed.id);
    }
    for s in SOURCES {
        assert!(
            cited.contains(s.id),
            "source {} is listed but never cited",
            s.id
        );
    }
}

#[test]
fn fact_ids_are_unique_snake_case_and_dates_are_real() {
    assert_unique("fact", FACTS.iter().map(|f| f.id));
    for f in FACTS {
        assert!(
            f.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "{} is not snake_case",
            f.id
        );
        assert!(
            f.date.is_valid(),
            "{} has an impossible date {:?}",
            f.id,
            f.date
        );
        if let Value::Day(day) = f.value {
            assert!(day.is_valid(), "{} has an impossible value {:?}", f.id, day);
            assert_eq!(day, f.date, "{}: a date fact applies on its own day", f.id);
        }
        assert!(!f.label.0.is_empty(), "{} has no label", f.id);
        assert!(
            !f.value.display().is_empty(),
            "{} displays as nothing",
            f.id
        );
    }
}

#[test]
fn events_are_in_date_order_with_unique_keys_and_known_facts() {
    assert_unique("event", EVENTS.iter().map(|e| e.key));
    for pair in EVENTS.windows(2) {
        assert!(
            pair[0].date <= pair[1].date,
            "{} comes after {}",
            pair[0].key,
            pair[1].key
        );
    }
    for event in EVENTS {
        assert!(
            event.date.is_valid(),
            "{} has an impossible date",
            event.key
        );
        assert!(!event.actors.is_empty(), "{} has no actor", event.key);
        for id in event.facts {
            assert!(
                fact(id).is_some(),
                "event {} cites unknown fact {id:?}",
                event.key
            );
        }
        for text in [event.title, event.summary.0] {
            assert_eq!(
                stray_numbers(text),
                Vec::<String>::new(),
                "event {} types a figure",
                event.key
            );
        }
    }
    for key in [
        "o1-preview",
        "o1",
        "o1-api",
        "o3-announced",
        "v3",
        "r1",
        "r1-paper",
        "app-store",
        "nvidia",
        "o3-mini",
        "off-peak",
        "o3",
        "o3-cut",
        "nature",
        "bis-2022",
        "bis-2023",
    ] {
        assert!(EVENTS.iter().any(|e| e.key == key), "no event {key:?}");
    }
}

#[test]
fn price_histories_are_ordered_and_do_not_overlap() {
    let keys: Vec<&str> = MODELS.iter().map(|m| m.key).collect();
    assert_eq!(
        keys,
        [
            "o1-preview",
            "o1",
            "o1-mini",
            "o3-mini",
            "o3",
            "o4-mini",
            "gpt-5",
            "r1",
            "r1-offpeak",
            "v3",
            "v3-1",
            "v3-2",
            "v4-flash"
        ]
    );
    for model in MODELS {
        assert!(!model.history.is_empty(), "{} has no prices", model.key);
        for period in model.history {
            assert!(period.from.is_valid(), "{}: bad start", model.key);
            if let Some(until) = period.until {
                assert!(
                    until.is_valid() && period.from < until,
                    "{}: empty period from {}",
                    model.key,
                    period.from
                );
            }
            let rates = period.rates;
            for price in [rates.input, rates.cached_input, rates.output] {
                assert!(
                    price.is_finite() && price > 0.0,
                    "{}: bad price {price}",
                    model.key
                );
            }
            assert!(
                rates.cached_input <= rates.input,
                "{}: cache dearer than input",
                model.key
            );
        }
        for pair in model.history.windows(2) {
            let until = pair[0]
                .until
                .unwrap_or_else(|| panic!("{}: open period before another", model.key));
            // Neither overlapping nor leaving a gap: a model's prices are continuous.
            assert_eq!(
                until, pair[1].from,
                "{}: periods overlap or leave a gap at {}",
                model.key, pair[1].from
            );
        }
    }
}

#[test]
fn the_price_of_reasoning_series_run_without_gaps_to_the_data_version() {
    use super::prices::REASONING_SERIES;
    use super::DATA_VERSION;
    let end = DATA_VERSION.add_days(1);
    for series in REASONING_SERIES {
        for pair in series.segments.windows(2) {
            assert!(
                pair[0].from < pair[1].from,
                "{}: segments in order",
                series.key
            );
        }
        for segment in series.segments {
            let model = super::prices::model(segment.model)
                .unwrap_or_else(|| panic!("{} names {}", series.key, segment.model));
            assert!(
                model.on_sale(segment.from),
                "{}: {} on sale from {}",
                series.key,
                segment.model,
                segment.from
            );
        }
        let steps = series.steps(MODELS, end);
        for pair in steps.windows(2) {
            assert_eq!(
                pair[0].until, pair[1].from,
                "{}: no gap or overlap at {}",
                series.key, pair[1].from
            );
        }
        assert_eq!(
            steps.last().unwrap().until,
            end,
            "{} runs to the data version",
            series.key
        );
    }
    // The two flagship lines from their first price to today.
    let line = |key: &str| {
        REASONING_SERIES
            .iter()
            .find(|s| s.key == key)
            .unwrap()
            .steps(MODELS, end)
    };
    let deepseek = line("deepseek");
    assert_eq!(
        (deepseek[0].from, deepseek[0].period.rates.output),
        (Date::ymd(2025, 1, 20), 2.19)
    );
    assert_eq!(
        (
            deepseek.last().unwrap().label,
            deepseek.last().unwrap().period.rates.output
        ),
        ("V4-Flash", 0.28)
    );
    let labels: Vec<&str> = deepseek.iter().map(|step| step.label).collect();
    assert_eq!(
        labels,
        ["R1", "R1-0528", "V3.1", "V3.1", "V3.2", "V3.2", "V4-Flash"]
    );
    let openai = line("openai");
    assert_eq!(
        (openai[0].from, openai[0].period.rates.output),
        (Date::ymd(2024, 9, 12), 60.0)
    );
    let outputs: Vec<f64> = openai.iter().map(|step| step.period.rates.output).collect();
    assert_eq!(outputs, [60.0, 60.0, 60.0, 40.0, 8.0, 10.0]);
}

#[test]
fn every_template_reference_resolves_to_a_fact() {
    for (section, text) in templated_texts() {
        for segment in parse(text) {
            if let Segment::FactValue(id) | Segment::FactDate(id) = segment {
                assert!(
                    fact(id).is_some(),
                    "section {section} cites unknown fact {id:?}"
                );
            }
            if let Segment::Link { url, .. } = segment {
                match glossary::linked_term(url) {
                    Some(id) => assert!(
                        glossary::term(id).is_some(),
                        "{section} links unknown term {id:?}"
                    ),
                    None => assert!(url.starts_with("https://"), "section {section} links {url}"),
                }
            }
        }
        for leftover in ["{", "}"] {
            let literal = parse(text)
                .into_iter()
                .any(|s| matches!(s, Segment::Text(t) if t.contains(leftover)));
            assert!(
                !literal,
                "section {section} has malformed markup in {text:?}"
            );
        }
    }
    for section in SECTIONS {
        for block in section.blocks {
            match *block {
                Block::Quote(id) => assert!(
                    quote(id).is_some(),
                    "section {} quotes unknown {id:?}",
                    section.id
                ),
                _ => {
                    if let Some((caption, facts)) = fact_tables(block) {
                        assert!(!caption.is_empty());
                        for id in facts {
                            assert!(
                                fact(id).is_some(),
                                "table {caption:?} lists unknown fact {id:?}"
                            );
                        }
                    }
                }
            }
        }
    }
}

/// A figure that is a lower bound (its label ends "(more than)") is never written in the prose
/// as if it were the count itself: "with more than 1M lines", not "with 1M lines".
#[test]
fn a_lower_bound_reads_as_one_in_the_prose() {
    let bounds: Vec<&str> = FACTS
        .iter()
        .filter(|fact| fact.label.0.ends_with("(more than)"))
        .map(|fact| fact.id)
        .collect();
    assert!(bounds.contains(&"wiz_log_lines"), "{bounds:?}");
    for (section, text) in templated_texts() {
        let mut before = String::new();
        for segment in parse(text) {
            match segment {
                Segment::FactValue(id) if bounds.contains(&id) => assert!(
                    before.trim_end().ends_with("more than") || before.trim_end().ends_with("over"),
                    "section {section} writes the lower bound {{{id}}} as a count: …{}",
                    &before[before.len().saturating_sub(40)..]
                ),
                Segment::Text(words) => before.push_str(words),
                _ => before.clear(),
            }
        }
    }
}

#[test]
fn prose_never_types_a_figure() {
    assert_eq!(
        stray_numbers("R1, R1-Zero, o1-mini, o3, o4-mini, DeepSeek-V3, H800, FP8, V3.2-Exp, GPT-5, R1-0528 and pass@1."),
        Vec::<String>::new()
    );
    assert_eq!(
        stray_numbers("about 95% or $6 million in 2025, with 128K tokens, 1.5B and $4T."),
        ["95", "6", "2025", "128K", "1.5B", "4T"]
    );

    let mut plain: Vec<(&str, &str)> = vec![
        ("title", TITLE),
        ("standfirst", STANDFIRST),
        ("kicker", KICKER),
    ];
    plain.extend(
        KEY_FIGURES
            .iter()
            .map(|figure| ("key figure link", figure.link)),
    );
    plain.extend(TERMS.iter().map(|term| ("glossary", term.definition.0)));
    for section in SECTIONS {
        plain.extend([(section.id, section.title), (section.id, section.summary)]);
        for block in section.blocks {
            match block {
                Block::Subheading { text, .. } => plain.push((section.id, text)),
                Block::Details { summary, .. } => plain.push((section.id, summary)),
                _ => {}
            }
        }
    }
    // Both editions: the Chinese is checked as the page shows it (src/content/zh/).
    let chinese = crate::content::zh::translations().expect("the Chinese edition");
    for (locale, words) in [(Locale::En, None), (Locale::Zh, Some(chinese))] {
        render_in(locale, words, || check_no_typed_figure(&plain));
    }
}

fn check_no_typed_figure(plain: &[(&str, &'static str)]) {
    for &(owner, text) in plain {
        let text = tr(text);
        assert_eq!(
            stray_numbers(text),
            Vec::<String>::new(),
            "{owner} types a figure in {text:?}"
        );
    }
    for (section, text) in templated_texts() {
        for segment in parse(tr(text)) {
            let visible = match segment {
                Segment::Text(t) | Segment::Emphasis(t) | Segment::Link { text: t, .. } => t,
                Segment::FactValue(_) | Segment::FactDate(_) => continue,
            };
            assert_eq!(
                stray_numbers(visible),
                Vec::<String>::new(),
                "section {section} types a figure in {visible:?}"
            );
        }
    }
}

#[test]
fn six_sections_in_the_articles_order() {
    let ids: Vec<&str> = SECTIONS.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "emergence",
            "openness",
            "stacks-up",
            "reaction",
            "implications",
            "future"
        ]
    );
    for section in SECTIONS {
        assert!(!section.title.is_empty() && !section.summary.is_empty());
        assert!(
            section
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Paragraph(_))),
            "{} has no prose",
            section.id
        );
    }
    assert!(!TITLE.contains("TODO") && !STANDFIRST.contains("TODO"));
}

#[test]
fn quotes_are_clean_and_dated() {
    assert_unique("quote", QUOTES.iter().map(|q| q.id));
    for q in QUOTES {
        assert!(
            !q.text.contains("getService"),
            "{} carries the article's stray word",
            q.id
        );
        assert!(
            !q.text.starts_with(['"', '\u{201c}']),
            "{} includes its quotation marks",
            q.id
        );
        assert!(q.date.is_valid(), "{} has an impossible date", q.id);
        assert!(
            q.source.starts_with("https://"),
            "{} links {}",
            q.id,
            q.source
        );
    }
    let andreessen = quote("andreessen-gift").unwrap();
    assert!(andreessen
        .text
        .ends_with("a profound gift to the world. \u{1f916}\u{1fae1}"));
    assert!(quote("wang-wakeup")
        .unwrap()
        .text
        .contains("strategy: - USA must out-innovate & race faster"));
    assert!(quote("wang-wakeup").unwrap().date_note.is_some());
    assert!(quote("lecun-open").unwrap().date_note.is_some());
    assert!(quote("fan-mission").unwrap().date_note.is_some());
}

#[test]
fn benchmark_rows_are_complete() {
    assert_unique("benchmark", ROWS.iter().map(|r| r.key));
    assert!(!benchmarks::TABLE_CAVEAT.contains("TODO"));
    let r1 = benchmarks::MODELS
        .iter()
        .position(|m| *m == "DeepSeek-R1")
        .unwrap();
    let o1 = benchmarks::MODELS
        .iter()
        .position(|m| *m == "o1-1217")
        .unwrap();
    let row = |key: &str| ROWS.iter().find(|r| r.key == key).unwrap();
    assert_eq!(row("aime").scores[r1], Some(79.8));
    assert_eq!(row("aime").scores[o1], Some(79.2));
    assert_eq!(row("codeforces-rating").scores[r1], Some(2029.0));
    assert_eq!(row("codeforces-rating").decimals, 0);
    assert_eq!(row("mmlu-pro").scores[o1], None);
    assert_eq!(O3_ANNOUNCED.len(), 6);
}

#[test]
fn key_figures_read_as_the_fact_sheet_says() {
    let shown = |id: &str| {
        fact(id)
            .unwrap_or_else(|| panic!("no fact {id}"))
            .value
            .display()
    };
    assert_eq!(shown("r1_vs_o1_multiple"), "27.4×");
    assert_eq!(shown("v3_final_run_cost"), "$5.576M");
    assert_eq!(shown("r1_rl_cost"), "$294K");
    assert_eq!(shown("nvidia_drop"), "−16.97%");
    assert_eq!(shown("nvidia_value_lost"), "$593B");
    assert_eq!(shown("r1_vs_o1_input_saving"), "96.33%");
    assert_eq!(shown("r1_vs_o1_cached_saving"), "98.13%");
    assert_eq!(shown("r1_total_params"), "671B parameters");
    assert_eq!(shown("r1_active_params"), "37B parameters");
    assert_eq!(shown("v3_h800_count"), "2,048 H800 GPUs");
    assert_eq!(fact("r1_release").unwrap().date, Date::ymd(2025, 1, 20));
    assert!(fact("v3_final_run_cost")
        .unwrap()
        .caveat
        .unwrap()
        .0
        .contains("not R1's cost"));
    assert!(fact("nvidia_value_lost")
        .unwrap()
        .caveat
        .unwrap()
        .0
        .contains("$589B"));
    assert!(fact("app_store_no1")
        .unwrap()
        .caveat
        .unwrap()
        .0
        .contains("27 January"));
}

#[test]
fn prices_in_force_on_the_articles_day() {
    let r1 = rates_of("r1", ARTICLE_DAY);
    assert_eq!((r1.input, r1.cached_input, r1.output), (0.55, 0.14, 2.19));
    let o1 = rates_of("o1", ARTICLE_DAY);
    assert_eq!((o1.input, o1.cached_input, o1.output), (15.0, 7.5, 60.0));
    let v3 = rates_of("v3", ARTICLE_DAY);
    assert_eq!((v3.input, v3.cached_input, v3.output), (0.14, 0.014, 0.28));
    let o1_mini = rates_of("o1-mini", ARTICLE_DAY);
    assert_eq!((o1_mini.input, o1_mini.output), (3.0, 12.0));

    let model = |key: &str| prices::model(key).unwrap();
    assert_eq!(
        model("o3").price_on(ARTICLE_DAY),
        PriceOn::NotYetAvailable(Date::ymd(2025, 4, 16))
    );
    assert_eq!(
        model("r1-offpeak").price_on(ARTICLE_DAY),
        PriceOn::NotYetAvailable(Date::ymd(2025, 2, 26))
    );
    let offpeak = rates_of("r1-offpeak", Date::ymd(2025, 3, 1));
    assert_eq!(
        (offpeak.input, offpeak.cached_input, offpeak.output),
        (0.135, 0.035, 0.55)
    );

    // Edges: the V3 promotion ends on 8 February, o3's cut starts on 10 June, R1 ends on 21 August
    // (facts.md §0.9: deepseek-reasoner became V3.1 that day), and o1-mini had no cached price
    // before prompt caching began on 1 October 2024.
    assert_eq!(rates_of("v3", Date::ymd(2025, 2, 8)).output, 1.1);
    assert_eq!(rates_of("o3", Date::ymd(2025, 6, 9)).input, 10.0);
    assert_eq!(rates_of("o3", Date::ymd(2025, 6, 10)).input, 2.0);
    assert_eq!(rates_of("o1-mini", Date::ymd(2025, 1, 31)).input, 1.1);
    assert_eq!(
        model("r1").price_on(Date::ymd(2025, 8, 21)),
        PriceOn::Withdrawn(Date::ymd(2025, 8, 21))
    );
    assert_eq!(rates_of("r1", Date::ymd(2025, 8, 20)).output, 2.19);
    let before_caching = rates_of("o1-mini", Date::ymd(2024, 9, 30));
    assert_eq!(before_caching.cached_input, before_caching.input);
    assert_eq!(
        rates_of("o1-mini", Date::ymd(2024, 10, 1)).cached_input,
        1.5
    );
}

#[test]
fn a_million_tokens_each_way_costs_75_dollars_on_o1_and_2_74_on_r1() {
    let million_each = Workload {
        input_tokens: 1_000_000,
        cached_percent: 0.0,
        output_tokens: 1_000_000,
        reasoning_tokens: 0,
        requests_per_day: 1,
    };
    assert_eq!(
        format::usd(cost_per_request(
            &million_each,
            &rates_of("o1", ARTICLE_DAY)
        )),
        "$75.00"
    );
    assert_eq!(
        format::usd(cost_per_request(
            &million_each,
            &rates_of("r1", ARTICLE_DAY)
        )),
        "$2.74"
    );
    assert_eq!(fact("o1_1m_cost").unwrap().value.display(), "$75.00");
    assert_eq!(fact("r1_1m_cost").unwrap().value.display(), "$2.74");
}

#[test]
fn every_glossary_term_is_linked_from_the_prose_and_every_key_figure_is_a_fact() {
    let mut linked: HashSet<&str> = HashSet::new();
    for (_, text) in templated_texts() {
        for segment in parse(text) {
            if let Segment::Link { url, .. } = segment {
                linked.extend(glossary::linked_term(url));
            }
        }
    }
    for term in TERMS {
        assert!(
            linked.contains(term.id),
            "the glossary defines {} but no prose links it",
            term.id
        );
    }
    let anchors: Vec<&str> = SECTIONS
        .iter()
        .flat_map(|section| section.blocks)
        .filter_map(|block| match block {
            Block::Subheading { id, .. } => Some(*id),
            _ => None,
        })
        .collect();
    assert_unique("subheading anchor", anchors.iter().copied());
    for figure in KEY_FIGURES {
        assert!(fact(figure.fact).is_some(), "{} is a fact", figure.fact);
        let target = figure.href.trim_start_matches('#');
        assert!(
            anchors.contains(&target) || target.starts_with("widget-"),
            "{} links to an anchor the page has",
            figure.href
        );
    }
}

#[test]
fn derived_figures_match_the_data_they_come_from() {
    // Days from o1 in ChatGPT to R1.
    let days = fact("o1_release_chatgpt")
        .unwrap()
        .date
        .days_until(fact("r1_release").unwrap().date);
    assert_eq!(
        fact("o1_to_r1_days").unwrap().value,
        Value::Whole(days as u64, "days")
    );
    assert_eq!(days, 46);
    // R1's and o1's widest leads in the paper's table, among the rows scored in percent; the three
    // widest gaps are all o1's.
    let (r1, o1) = (5, 4);
    let mut gaps: Vec<(f64, &str)> = ROWS
        .iter()
        .filter(|row| row.metric.contains('%') || row.metric == "percentile")
        .filter_map(|row| Some(((row.scores[r1]? - row.scores[o1]?), row.key)))
        .collect();
    let round = |x: f64| (x * 10.0).round() / 10.0;
    let r1_best = gaps.iter().map(|g| g.0).fold(f64::MIN, f64::max);
    let o1_best = -gaps.iter().map(|g| g.0).fold(f64::MAX, f64::min);
    assert_eq!(
        fact("r1_widest_lead").unwrap().value,
        Value::Score(round(r1_best), 1)
    );
    assert_eq!(
        fact("o1_widest_lead").unwrap().value,
        Value::Score(round(o1_best), 1)
    );
    gaps.sort_by(|a, b| b.0.abs().total_cmp(&a.0.abs()));
    assert!(gaps[..3].iter().all(|(gap, _)| *gap < 0.0), "{gaps:?}");
    assert_eq!(
        gaps[..3].iter().map(|g| g.1).collect::<Vec<_>>(),
        ["simpleqa", "aider-polyglot", "gpqa-diamond"]
    );
}

/// The corrections of the reading pass (issue 12), each against facts.md: they stay fixed.
#[test]
fn the_reading_pass_corrections_hold() {
    // The official Nvidia close is Reuters', not CNBC's (CNBC used $118.58).
    let close = fact("nvidia_close").unwrap();
    assert_eq!(close.value, Value::Usd(118.42));
    assert!(
        !close.sources.contains(&"cnbc-nvidia"),
        "{:?}",
        close.sources
    );
    assert!(close.caveat.unwrap().0.contains("$118.58"));
    // The $593B is Reuters/LSEG's alone; CNBC's price gives $589B, the range's other end.
    let lost = fact("nvidia_value_lost").unwrap();
    assert_eq!(
        (lost.value, lost.sources),
        (Value::UsdCompact(593e9), &["reuters-nasdaq"][..])
    );
    let range = fact("nvidia_value_lost_range").unwrap();
    assert!(range.sources.contains(&"cnbc-nvidia"));
    // R1-Zero's 71.0 is the first arXiv version's; the Nature paper reports 77.9.
    assert_eq!(fact("r1_zero_aime").unwrap().sources, ["r1-arxiv"]);
    let nature = fact("r1_zero_aime_nature").unwrap();
    assert_eq!(
        (nature.value, nature.sources),
        (Value::Score(77.9, 1), &["r1-nature"][..])
    );
    // The app launched in mid-January (in the stores about the 10th, announced on the 15th).
    assert_eq!(
        fact("app_launch").unwrap().value,
        Value::Text("mid-January 2025")
    );
    // Amodei's words are quoted in the caveat; the page says what they mean.
    let sonnet = fact("amodei_sonnet_cost").unwrap();
    assert_eq!(sonnet.value, Value::Text("tens of millions of dollars"));
    assert!(sonnet.caveat.unwrap().0.contains("a few $10M's"));
    // o3's announced figures cite a written record.
    for score in O3_ANNOUNCED {
        assert!(
            !score.sources.is_empty(),
            "{} has a citation",
            score.benchmark
        );
    }
    // Quotes whose day is not confirmed say so, and January 2025 titles that changed say "then".
    for (id, role) in [
        ("wang-wakeup", "then CEO of Scale AI"),
        ("lecun-open", "then Meta's chief AI scientist"),
    ] {
        assert_eq!(quote(id).unwrap().role, role);
    }
    for id in ["wang-wakeup", "lecun-open", "fan-mission"] {
        assert!(!quote(id).unwrap().day_confirmed, "{id}");
    }
    // deepseek-reasoner stopped being R1 on 21 August 2025; the night discount has an end too.
    assert!(fact("r1_release")
        .unwrap()
        .caveat
        .unwrap()
        .0
        .contains("21 August 2025"));
    assert!(fact("off_peak_start")
        .unwrap()
        .caveat
        .unwrap()
        .0
        .contains("5 September 2025"));
    // Wordings the reading pass found wrong do not come back.
    let mut prose: Vec<&str> = templated_texts()
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    prose.extend(
        SECTIONS
            .iter()
            .flat_map(|section| [section.title, section.summary]),
    );
    for wrong in [
        "most of the margins are small",
        "the opposite of how the leading US labs work",
        "took fright",
        "a steep cut from o1",
        "comes back in the section",
        "a few $10M's",
    ] {
        assert!(
            prose.iter().all(|text| !text.contains(wrong)),
            "the prose says {wrong:?} again"
        );
    }
}
