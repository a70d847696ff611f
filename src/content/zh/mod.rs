//! The Chinese edition's words: the TOML files beside this module (written for Chinese readers;
//! NOTES.md says how and where they depart from the English on purpose), read natively into the
//! gettext-style `Translations` of `model::locale`, every entry keyed by the English it stands
//! for. Read once, by the prerender and the tests; never compiled into the wasm.
//!
//! Reading them also checks them against the English edition block by block (the same sections,
//! blocks, figures, fact references and glossary links), so neither edition can change alone:
//! what does not match is a `problem`, and the parity tests and the prerender fail on any.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use toml::{Table, Value};

use crate::content::embeds::EmbedView;
use crate::content::glossary::TERMS;
use crate::content::sections::SECTIONS;
use crate::content::{widgets, Block, Figure, KEY_FIGURES};
use crate::data;
use crate::model::locale::Translations;
use crate::model::template::{parse, Segment};

const FILES: [(&str, &str); 10] = [
    ("ui.toml", include_str!("ui.toml")),
    ("sections.toml", include_str!("sections.toml")),
    ("facts.toml", include_str!("facts.toml")),
    ("events.toml", include_str!("events.toml")),
    ("glossary.toml", include_str!("glossary.toml")),
    ("quotes.toml", include_str!("quotes.toml")),
    ("sources.toml", include_str!("sources.toml")),
    ("prices.toml", include_str!("prices.toml")),
    ("benchmarks.toml", include_str!("benchmarks.toml")),
    ("formats.toml", include_str!("formats.toml")),
];

/// The edition as read: its words, and what did not match the English edition.
pub struct Edition {
    pub translations: Translations,
    /// The words the islands may show, sorted by their English, for their page text: all but the
    /// prose and the texts the page text already carries in Chinese.
    pub islands: Vec<(String, String)>,
    /// Places where the Chinese files and the English edition disagree (a missing block, a fact
    /// referenced in one and not the other, an id the English does not have).
    pub problems: Vec<String>,
    /// English strings given two different translations in different places.
    pub conflicts: Vec<String>,
    /// Each translated place and a fingerprint of the English it was translated from, to compare
    /// with `english.lock`: the English text changing is what makes a translation stale.
    pub english: BTreeMap<String, String>,
}

/// The English each Chinese text was translated from, as fingerprints (`english.lock`).
pub const ENGLISH_LOCK: &str = include_str!("english.lock");

/// FNV-1a, 64 bits: a fingerprint, not a defence against anyone.
pub fn fingerprint(english: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in english.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// `english.lock` as the English stands now: one line per translated place.
pub fn english_lock(edition: &Edition) -> String {
    edition
        .english
        .iter()
        .map(|(place, hash)| format!("{hash} {place}\n"))
        .collect()
}

/// The edition, read and checked once. A file that is not valid TOML is an error; so is any
/// problem, since an edition that has drifted from the English must not ship.
pub fn translations() -> Result<&'static Translations, String> {
    let edition = edition()?;
    if let Some(problem) = edition.problems.first() {
        return Err(format!(
            "the Chinese edition does not match the English ({} problems), first: {problem}",
            edition.problems.len()
        ));
    }
    Ok(&edition.translations)
}

pub fn edition() -> Result<&'static Edition, String> {
    static EDITION: OnceLock<Result<Edition, String>> = OnceLock::new();
    EDITION.get_or_init(read).as_ref().map_err(Clone::clone)
}

/// A file's table by name.
fn file(tables: &BTreeMap<&str, Table>, name: &str) -> Table {
    tables.get(name).cloned().unwrap_or_default()
}

fn read() -> Result<Edition, String> {
    let mut tables = BTreeMap::new();
    for (name, text) in FILES {
        let table: Table = text
            .parse()
            .map_err(|error| format!("src/content/zh/{name}: {error}"))?;
        tables.insert(name, table);
    }
    let mut builder = Builder::default();
    builder.ui(&file(&tables, "ui.toml"));
    builder.for_page = true;
    builder.sections(&file(&tables, "sections.toml"));
    builder.quotes(&file(&tables, "quotes.toml"));
    builder.sources(&file(&tables, "sources.toml"));
    builder.for_page = false;
    builder.facts(&file(&tables, "facts.toml"));
    builder.events(&file(&tables, "events.toml"));
    builder.glossary(&file(&tables, "glossary.toml"));
    builder.prices(&file(&tables, "prices.toml"));
    builder.benchmarks(&file(&tables, "benchmarks.toml"));
    let islands = builder
        .words
        .iter()
        .filter(|(english, _)| builder.for_islands.contains(*english))
        .map(|(english, chinese)| (english.to_string(), chinese.to_string()))
        .collect();
    Ok(Edition {
        translations: Translations::from_sorted(builder.words.into_iter().collect()),
        islands,
        problems: builder.problems,
        conflicts: builder.conflicts,
        english: builder.english,
    })
}

#[derive(Default)]
struct Builder {
    words: BTreeMap<&'static str, &'static str>,
    /// Entries the islands may show (not the page's prose, quotes and sources, nor the texts the
    /// page text carries in Chinese anyway).
    for_islands: std::collections::BTreeSet<&'static str>,
    problems: Vec<String>,
    conflicts: Vec<String>,
    english: BTreeMap<String, String>,
    /// Where the entry being read sits, for its fingerprint.
    place: String,
    /// Whether the entries being read are the page's alone (its prose, quotes and sources list),
    /// which the islands never show.
    for_page: bool,
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

fn text<'a>(table: &'a Table, key: &str) -> Option<&'a str> {
    table.get(key).and_then(Value::as_str)
}

fn table<'a>(table: &'a Table, key: &str) -> Option<&'a Table> {
    table.get(key).and_then(Value::as_table)
}

/// The facts a piece of template markup cites and the glossary terms it links, sorted, so two
/// editions of a text can be compared.
fn references(markup: &str) -> Vec<String> {
    let mut found: Vec<String> = parse(markup)
        .into_iter()
        .filter_map(|segment| match segment {
            Segment::FactValue(id) => Some(format!("{{{id}}}")),
            Segment::FactDate(id) => Some(format!("{{{id}:date}}")),
            Segment::Link { url, .. } if url.starts_with("#term-") => Some(url.to_owned()),
            _ => None,
        })
        .collect();
    found.sort();
    found
}

impl Builder {
    /// `english` reads `chinese` in this edition; the same English given other words elsewhere
    /// is a conflict.
    fn add(&mut self, english: &'static str, chinese: &str) {
        if !self.place.is_empty() {
            let entry = self.english.entry(self.place.clone()).or_default();
            *entry = fingerprint(&format!("{entry}{english}"));
        }
        if !self.for_page {
            self.for_islands.insert(english);
        }
        let chinese = leak(chinese);
        if let Some(before) = self.words.insert(english, chinese) {
            if before != chinese {
                self.conflicts
                    .push(format!("“{english}”: “{before}” and “{chinese}”"));
            }
        }
    }

    /// An entry the islands read from the page text (`model::page_text`) rather than from the words.
    fn add_page_text(&mut self, english: &'static str, chinese: &str) {
        self.for_page_only(|builder| builder.add(english, chinese));
    }

    /// Entries made by `add` that the islands never read (the page text or the prerender has them).
    fn for_page_only(&mut self, add: impl FnOnce(&mut Self)) {
        let for_page = std::mem::replace(&mut self.for_page, true);
        add(self);
        self.for_page = for_page;
    }

    /// An entry under a key of its own (`"<fact id>::unit"`), read with `locale::lookup`.
    /// Names the place the next entries are read from (see `english`).
    fn at(&mut self, place: String) {
        self.place = place;
    }

    /// The English of a keyed entry, for its place's fingerprint.
    fn translated_from(&mut self, english: &str) {
        let entry = self.english.entry(self.place.clone()).or_default();
        *entry = fingerprint(&format!("{entry}{english}"));
    }

    fn add_keyed(&mut self, key: String, chinese: &str) {
        let key = leak(&key);
        if !self.for_page {
            self.for_islands.insert(key);
        }
        self.words.insert(key, leak(chinese));
    }

    fn problem(&mut self, problem: String) {
        self.problems.push(problem);
    }

    /// A text of the English edition and its Chinese one, which must cite the same facts and
    /// link the same terms.
    fn add_markup(&mut self, place: &str, english: &'static str, chinese: Option<&str>) {
        let Some(chinese) = chinese else {
            self.problem(format!("{place}: no Chinese text"));
            return;
        };
        let (theirs, ours) = (references(english), references(chinese));
        if theirs != ours {
            self.problem(format!(
                "{place}: the English cites {theirs:?}, the Chinese {ours:?}"
            ));
        }
        self.add(english, chinese);
    }

    fn ui(&mut self, file: &Table) {
        // Keyed by the English itself: a changed English string simply has no entry.
        self.at(String::new());
        for name in ["ui", "ui_zh_only"] {
            for (english, chinese) in table(file, name).into_iter().flatten() {
                if let Some(chinese) = chinese.as_str() {
                    self.add(leak(english), chinese);
                }
            }
        }
        // "src/components/timeline.rs::What": the words for one file only.
        for (key, chinese) in table(file, "ui_context").into_iter().flatten() {
            if let Some(chinese) = chinese.as_str() {
                self.add_keyed(key.clone(), chinese);
            }
        }
        for (key, chinese) in table(file, "ui_after").into_iter().flatten() {
            if let Some(chinese) = chinese.as_str() {
                self.add_keyed(format!("after::{key}"), chinese);
            }
        }
        for (_, template) in table(file, "templates").into_iter().flatten() {
            if let (Some(english), Some(chinese)) = (
                template.get("en").and_then(Value::as_str),
                template.get("zh").and_then(Value::as_str),
            ) {
                self.add(leak(english), chinese);
            }
        }
        for (key, chinese) in table(file, "page_meta").into_iter().flatten() {
            if let Some(chinese) = chinese.as_str() {
                self.add_keyed(format!("page_meta::{key}"), chinese);
            }
        }
        self.widgets(table(file, "widgets").cloned().unwrap_or_default());
        // Each view's words, and a widget's static note, keyed by the view's key (a widget's is its
        // island's).
        for (view, spec) in EmbedView::all() {
            let place = format!("ui.toml [embeds.{}]", view.key());
            self.at(place.clone());
            let Some(words) = table(file, "embeds").and_then(|embeds| table(embeds, view.key()))
            else {
                self.problem(format!("{place}: missing"));
                continue;
            };
            let note = match view {
                EmbedView::Widget(island) => island.widget().map(|widget| widget.note),
                EmbedView::Explainer => None,
            };
            let note_fields =
                note.map(|note| [("no_script", note.no_script), ("failed", note.failed)]);
            for (field, english) in [
                ("title", spec.title),
                ("source_line", spec.source_line),
                ("section_title", spec.section_title),
            ]
            .into_iter()
            .chain(note_fields.into_iter().flatten())
            {
                match text(words, field) {
                    Some(chinese) => self.add(english, chinese),
                    None => self.problem(format!("{place}: no {field}")),
                }
            }
        }
    }

    fn widgets(&mut self, words: Table) {
        let constants = [
            ("OWN_WORKLOAD", widgets::OWN_WORKLOAD),
            ("CACHE_HINT", widgets::CACHE_HINT),
            ("REASONING_HINT", widgets::REASONING_HINT),
            ("CLAIM_CAVEAT", widgets::CLAIM_CAVEAT),
            ("GPU_PRICE_HINT", widgets::GPU_PRICE_HINT),
            ("LOG_SCALE_NOTE", widgets::LOG_SCALE_NOTE),
            ("STARTING", widgets::STARTING),
            ("FAILED_HEADING", widgets::FAILED_HEADING),
            ("FAILED_TEXT", widgets::FAILED_TEXT),
            ("RELOAD_LINK", widgets::RELOAD_LINK),
            ("CARD_LABEL_MISSING", widgets::CARD_LABEL_MISSING),
            ("CARD_TEXT_MISSING", widgets::CARD_TEXT_MISSING),
        ];
        for (name, english) in constants {
            self.at(format!("ui.toml [widgets] {name}"));
            match text(&words, name) {
                Some(chinese) => self.add(english, chinese),
                None => self.problem(format!("ui.toml [widgets]: no {name}")),
            }
        }
        for (fact, chinese) in table(&words, "training_bar_label").into_iter().flatten() {
            self.at(format!("ui.toml [widgets.training_bar_label] {fact}"));
            match (widgets::training_bar_label(fact), chinese.as_str()) {
                (Some(english), Some(chinese)) => self.add(english, chinese),
                _ => self.problem(format!("ui.toml training_bar_label.{fact}: no such bar")),
            }
        }
        let excludes = table(&words, "training_excludes");
        for (index, english) in widgets::TRAINING_EXCLUDES.iter().enumerate() {
            self.at(format!("ui.toml [widgets.training_excludes] {index}"));
            match excludes.and_then(|zh| text(zh, &index.to_string())) {
                Some(chinese) => self.add(english, chinese),
                None => self.problem(format!("ui.toml training_excludes.{index}: missing")),
            }
        }
    }

    fn sections(&mut self, file: &Table) {
        let page = table(file, "page").cloned().unwrap_or_default();
        for (field, english, markup) in [
            ("title", crate::content::TITLE, false),
            ("standfirst", crate::content::STANDFIRST, false),
            ("kicker", crate::content::KICKER, false),
            ("lede", crate::content::LEDE, true),
            ("about", crate::content::ABOUT, true),
            ("about_scripted", crate::content::ABOUT_SCRIPTED, false),
        ] {
            let place = format!("sections.toml [page] {field}");
            self.at(place.clone());
            if markup {
                self.add_markup(&place, english, text(&page, field));
            } else {
                match text(&page, field) {
                    Some(chinese) => self.add(english, chinese),
                    None => self.problem(format!("{place}: missing")),
                }
            }
        }
        for figure in KEY_FIGURES {
            let place = format!("sections.toml [page.key_figures.{}]", figure.fact);
            self.at(place.clone());
            let zh = table(&page, "key_figures").and_then(|all| table(all, figure.fact));
            self.add_markup(&place, figure.text, zh.and_then(|zh| text(zh, "text")));
            match zh.and_then(|zh| text(zh, "link")) {
                Some(chinese) => self.add(figure.link, chinese),
                None => self.problem(format!("{place}: no link")),
            }
        }
        let known: Vec<&str> = SECTIONS.iter().map(|section| section.id).collect();
        for id in file.keys() {
            if id != "page" && !known.contains(&id.as_str()) {
                self.problem(format!("sections.toml [{id}]: no such English section"));
            }
        }
        for section in SECTIONS {
            let Some(zh) = table(file, section.id) else {
                self.problem(format!("sections.toml: no [{}]", section.id));
                continue;
            };
            self.at(format!("sections.toml [{}]", section.id));
            for (field, english) in [("title", section.title), ("summary", section.summary)] {
                match text(zh, field) {
                    Some(chinese) => self.add(english, chinese),
                    None => self.problem(format!("sections.toml [{}]: no {field}", section.id)),
                }
            }
            let blocks = table(zh, "blocks").cloned().unwrap_or_default();
            if blocks.len() != section.blocks.len() {
                self.problem(format!(
                    "sections.toml [{}]: {} blocks, the English has {}",
                    section.id,
                    blocks.len(),
                    section.blocks.len()
                ));
            }
            for (index, block) in section.blocks.iter().enumerate() {
                let place = format!("sections.toml [{}.blocks.{index}]", section.id);
                self.at(place.clone());
                match table(&blocks, &index.to_string()) {
                    Some(zh) => self.block(&place, block, zh),
                    None => self.problem(format!("{place}: missing")),
                }
            }
        }
    }

    fn block(&mut self, place: &str, block: &Block, zh: &Table) {
        let kind = match block {
            Block::Paragraph(_) => "paragraph",
            Block::Subheading { .. } => "subheading",
            Block::Quote(_) => "quote",
            Block::ClaimCheck { .. } => "claim_check",
            Block::Figure(_) => "figure",
            Block::Details { .. } => "details",
            Block::List(_) => "list",
        };
        if text(zh, "kind") != Some(kind) {
            self.problem(format!("{place}: the English block is a {kind}"));
            return;
        }
        match *block {
            Block::Paragraph(english) => self.add_markup(place, english, text(zh, "text")),
            Block::Subheading { id, text: english } => {
                if text(zh, "id") != Some(id) {
                    self.problem(format!("{place}: the English sub-heading is #{id}"));
                }
                match text(zh, "text") {
                    Some(chinese) => self.add(english, chinese),
                    None => self.problem(format!("{place}: no text")),
                }
            }
            Block::Quote(id) => {
                if text(zh, "quote") != Some(id) {
                    self.problem(format!("{place}: the English quotes {id}"));
                }
            }
            Block::ClaimCheck { claim, finding } => {
                // The claim quotes the article, figures and all; only the finding cites facts.
                match text(zh, "claim") {
                    Some(chinese) => self.add(claim, chinese),
                    None => self.problem(format!("{place}: no claim")),
                }
                self.add_markup(place, finding, text(zh, "finding"));
            }
            Block::Figure(figure) => self.figure(place, figure, zh),
            Block::Details { summary, figure } => {
                match text(zh, "summary") {
                    Some(chinese) => self.add(summary, chinese),
                    None => self.problem(format!("{place}: no summary")),
                }
                self.figure(place, figure, zh);
            }
            Block::List(items) => {
                let zh_items: Vec<&str> = zh
                    .get("items")
                    .and_then(Value::as_array)
                    .map(|items| items.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                if zh_items.len() != items.len() {
                    self.problem(format!(
                        "{place}: {} items, the English has {}",
                        zh_items.len(),
                        items.len()
                    ));
                }
                for (english, chinese) in items.iter().zip(zh_items) {
                    self.add_markup(place, english, Some(chinese));
                }
            }
        }
    }

    fn figure(&mut self, place: &str, figure: Figure, zh: &Table) {
        let name = match figure {
            Figure::PriceTable => "price_table",
            Figure::BenchmarkTable => "benchmark_table",
            Figure::O3AnnouncedTable => "o3_announced_table",
            Figure::TimelineList => "timeline_list",
            // A widget by its island's key.
            Figure::Widget(island) => island.key(),
            Figure::EventList { .. } => "event_list",
            Figure::ScoreChart { .. } => "score_chart",
            Figure::FactTable { .. } => "fact_table",
        };
        if text(zh, "figure") != Some(name) {
            self.problem(format!("{place}: the English figure is a {name}"));
            return;
        }
        let caption = match figure {
            Figure::EventList { caption, .. }
            | Figure::ScoreChart { caption, .. }
            | Figure::FactTable { caption, .. } => Some(caption),
            _ => None,
        };
        if let Some(english) = caption {
            match text(zh, "caption") {
                Some(chinese) => self.add(english, chinese),
                None => self.problem(format!("{place}: no caption")),
            }
        }
        if let Figure::ScoreChart { bars, .. } = figure {
            let zh_bars = table(zh, "bars");
            for (english, fact) in bars {
                match zh_bars.and_then(|zh| text(zh, fact)) {
                    Some(chinese) => self.add(english, chinese),
                    None => self.problem(format!("{place}: no bar label for {fact}")),
                }
            }
        }
    }

    fn facts(&mut self, file: &Table) {
        for fact in data::facts::FACTS {
            let place = format!("facts.toml [{}]", fact.id);
            self.at(place.clone());
            let Some(zh) = table(file, fact.id) else {
                self.problem(format!("{place}: missing"));
                continue;
            };
            match text(zh, "label") {
                Some(chinese) => self.add_page_text(fact.label.0, chinese),
                None => self.problem(format!("{place}: no label")),
            }
            match (fact.caveat, text(zh, "caveat")) {
                (Some(english), Some(chinese)) => self.add_page_text(english.0, chinese),
                (None, None) => {}
                (Some(_), None) => self.problem(format!("{place}: no caveat")),
                (None, Some(_)) => self.problem(format!("{place}: a caveat the English lacks")),
            }
            if let crate::model::facts::Value::Count(_, unit)
            | crate::model::facts::Value::Whole(_, unit)
            | crate::model::facts::Value::Text(unit) = fact.value
            {
                self.translated_from(unit);
            }
            for key in ["value", "unit", "style"] {
                if let Some(chinese) = text(zh, key) {
                    self.add_keyed(format!("{}::{key}", fact.id), chinese);
                }
            }
        }
        for id in file.keys() {
            if !id.starts_with('_') && data::fact(id).is_none() {
                self.problem(format!("facts.toml [{id}]: no such English fact"));
            }
        }
    }

    fn events(&mut self, file: &Table) {
        for event in data::events::EVENTS {
            let place = format!("events.toml [{}]", event.key);
            self.at(place.clone());
            let Some(zh) = table(file, event.key) else {
                self.problem(format!("{place}: missing"));
                continue;
            };
            match (text(zh, "title"), text(zh, "summary")) {
                (Some(title), Some(summary)) => {
                    self.add(event.title, title);
                    self.add_page_text(event.summary.0, summary);
                }
                _ => self.problem(format!("{place}: needs a title and a summary")),
            }
        }
    }

    fn glossary(&mut self, file: &Table) {
        for term in TERMS {
            let place = format!("glossary.toml [{}]", term.id);
            self.at(place.clone());
            match table(file, term.id).map(|zh| (text(zh, "name"), text(zh, "definition"))) {
                Some((Some(name), Some(definition))) => {
                    self.add(term.name, name);
                    self.add_page_text(term.definition.0, definition);
                }
                _ => self.problem(format!("{place}: needs a name and a definition")),
            }
        }
    }

    fn quotes(&mut self, file: &Table) {
        for quote in data::quotes::QUOTES {
            let place = format!("quotes.toml [{}]", quote.id);
            self.at(place.clone());
            let Some(zh) = table(file, quote.id) else {
                self.problem(format!("{place}: missing"));
                continue;
            };
            for (field, english) in [
                ("person", quote.person),
                ("role", quote.role),
                ("venue", quote.venue),
            ] {
                self.translated_from(english);
                match text(zh, field) {
                    Some(chinese) => {
                        self.add_keyed(format!("quote::{}::{field}", quote.id), chinese)
                    }
                    None => self.problem(format!("{place}: no {field} (for “{english}”)")),
                }
            }
            // The translation follows the quoted words.
            self.translated_from(quote.text);
            self.translated_from(quote.date_note.unwrap_or_default());
            match (quote.date_note, text(zh, "date_note")) {
                (Some(_), Some(chinese)) => {
                    self.add_keyed(format!("quote::{}::date_note", quote.id), chinese)
                }
                (None, None) => {}
                _ => self.problem(format!("{place}: date_note differs from the English")),
            }
            match text(zh, "translation") {
                Some(chinese) => {
                    self.add_keyed(format!("quote::{}::translation", quote.id), chinese)
                }
                None => self.problem(format!("{place}: no translation")),
            }
        }
    }

    fn sources(&mut self, file: &Table) {
        for source in data::sources::SOURCES {
            let place = format!("sources.toml [{}]", source.id);
            self.at(place.clone());
            let Some(zh) = table(file, source.id) else {
                self.problem(format!("{place}: missing"));
                continue;
            };
            self.translated_from(source.title.0);
            self.translated_from(source.publisher.0);
            match (text(zh, "kind"), text(zh, "title")) {
                // Our own description of the document: ours to translate.
                // Keyed by the source, not by its English: a document's own title can read
                // like one of our texts (a headline and a fact label the same words), and must
                // not be replaced by that text's translation.
                (Some("description"), Some(chinese)) => {
                    // Its English, once more, as `add` would chain it into the fingerprint.
                    self.translated_from(source.title.0);
                    self.for_page_only(|builder| {
                        builder.add_keyed(format!("source::{}::title", source.id), chinese);
                    });
                }
                // The document's own title stays, with our gloss after it.
                (Some("title"), gloss) => {
                    if let Some(gloss) = gloss {
                        self.add_keyed(format!("source::{}::gloss", source.id), gloss);
                    }
                }
                _ => self.problem(format!("{place}: needs kind = title or a described title")),
            }
            if let Some(chinese) = text(zh, "publisher") {
                self.add_keyed(format!("source::{}::publisher", source.id), chinese);
            }
        }
    }

    fn prices(&mut self, file: &Table) {
        for model in data::prices::MODELS {
            let place = format!("prices.toml [models.{}]", model.key);
            self.at(place.clone());
            let Some(zh) = table(file, "models").and_then(|models| table(models, model.key)) else {
                self.problem(format!("{place}: missing"));
                continue;
            };
            if let Some(name) = text(zh, "name") {
                self.add(model.name, name);
            }
            for period in model.history {
                let place = format!("{place}.periods.\"{}\"", period.from);
                self.at(place.clone());
                let Some(zh) =
                    table(zh, "periods").and_then(|p| table(p, &period.from.to_string()))
                else {
                    self.problem(format!("{place}: missing"));
                    continue;
                };
                match text(zh, "label") {
                    Some(chinese) => self.add(period.label, chinese),
                    None => self.problem(format!("{place}: no label")),
                }
                match (period.caveat, text(zh, "caveat")) {
                    (Some(english), Some(chinese)) => self.add(english, chinese),
                    (None, None) => {}
                    _ => self.problem(format!("{place}: caveat differs from the English")),
                }
                // DeepSeek's own renminbi list price, shown beside the dollars (issue 16).
                if let Some(cny) = table(zh, "cny") {
                    self.for_page_only(|builder| {
                        for rate in ["input", "cached_input", "output"] {
                            let amount = match cny.get(rate) {
                                Some(Value::Integer(whole)) => whole.to_string(),
                                Some(Value::Float(amount)) => amount.to_string(),
                                _ => {
                                    builder.problem(format!("{place}: cny has no {rate}"));
                                    continue;
                                }
                            };
                            builder.add_keyed(
                                crate::model::pricing::cny_key(model.key, period.from, rate),
                                &amount,
                            );
                        }
                    });
                }
            }
        }
    }

    fn benchmarks(&mut self, file: &Table) {
        for (field, english) in [
            ("table_caveat", data::benchmarks::TABLE_CAVEAT),
            ("o3_table_note", data::benchmarks::O3_TABLE_NOTE),
            ("o3_series_caveat", data::benchmarks::O3_SERIES_CAVEAT),
        ] {
            self.at(format!("benchmarks.toml {field}"));
            match text(file, field) {
                Some(chinese) => self.add(english, chinese),
                None => self.problem(format!("benchmarks.toml: no {field}")),
            }
        }
        for row in data::benchmarks::ROWS {
            let place = format!("benchmarks.toml [rows.{}]", row.key);
            self.at(place.clone());
            let Some(zh) = table(file, "rows").and_then(|rows| table(rows, row.key)) else {
                self.problem(format!("{place}: missing"));
                continue;
            };
            match text(zh, "metric") {
                Some(chinese) => self.add(row.metric, chinese),
                None => self.problem(format!("{place}: no metric")),
            }
            match (row.note, text(zh, "note")) {
                (Some(english), Some(chinese)) => self.add(english, chinese),
                (None, None) => {}
                _ => self.problem(format!("{place}: note differs from the English")),
            }
        }
        for score in data::benchmarks::O3_ANNOUNCED {
            let place = format!("benchmarks.toml [o3_announced.\"{}\"]", score.benchmark);
            self.at(place.clone());
            let Some(zh) = table(file, "o3_announced").and_then(|all| table(all, score.benchmark))
            else {
                self.problem(format!("{place}: missing"));
                continue;
            };
            if let Some(chinese) = text(zh, "benchmark") {
                self.add(score.benchmark, chinese);
            }
            if let Some(chinese) = text(zh, "o3") {
                self.add(score.o3, chinese);
            }
            if let (Some(english), Some(chinese)) = (score.o1, text(zh, "o1")) {
                self.add(english, chinese);
            }
            match (score.note, text(zh, "note")) {
                (Some(english), Some(chinese)) => self.add(english, chinese),
                (None, None) => {}
                _ => self.problem(format!("{place}: note differs from the English")),
            }
        }
    }
}

#[cfg(test)]
mod tests;
