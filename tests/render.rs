//! Native render tests: the components through Yew's server renderer, as the prerender runs them.
#![cfg(feature = "ssr")]

use r1_explainer::components::cost_widget::CostWidget;
use r1_explainer::components::page::Page;
use r1_explainer::content::sections::SECTIONS;
use r1_explainer::island::Island;
use r1_explainer::render_island;

fn render_static<C: yew::BaseComponent>() -> String
where
    C::Properties: Default,
{
    futures::executor::block_on(
        yew::LocalServerRenderer::<C>::new()
            .hydratable(false)
            .render(),
    )
}

#[test]
fn page_has_six_sections_each_linked_from_the_contents() {
    let html = render_static::<Page>();
    assert_eq!(SECTIONS.len(), 6);
    for section in SECTIONS {
        assert!(
            html.contains(&format!(r#"<section id="{}""#, section.id)),
            "section {}",
            section.id
        );
        assert!(
            html.contains(&format!(r##"<a href="#{}">"##, section.id)),
            "contents link to {}",
            section.id
        );
    }
    assert!(html.contains(r#"<section id="sources""#));
}

#[test]
fn prose_renders_no_unknown_fact_or_quote() {
    let html = render_static::<Page>();
    assert!(
        !html.contains("fact-missing"),
        "a template names a fact or quote that does not exist"
    );
    assert!(
        !html.contains('{') || !html.contains("{r1_"),
        "a template placeholder was left unparsed"
    );
}

#[test]
fn static_price_table_shows_the_article_week_prices() {
    let html = render_static::<Page>();
    let table_start = html
        .find(r#"<table class="price-table stacks">"#)
        .expect("price table");
    let table = &html[table_start..table_start + html[table_start..].find("</table>").unwrap()];
    assert!(table.contains("27 January 2025"));
    for (model, price) in [
        ("o1", "$60.00"),
        ("o1-mini", "$12.00"),
        ("r1", "$2.19"),
        ("v3", "$0.28"),
    ] {
        let row_start = table
            .find(&format!(r#"data-model="{model}""#))
            .unwrap_or_else(|| panic!("row {model}"));
        let row = &table[row_start..row_start + table[row_start..].find("</tr>").unwrap()];
        assert!(row.contains(price), "{model} output price {price} in {row}");
    }
    assert!(table.contains(r#"data-model="o3-mini""#) && table.contains("Not yet available"));
}

#[test]
fn quotes_are_exact_and_attributed() {
    let html = render_static::<Page>();
    let quote = r1_explainer::data::quote("nadella-jevons").expect("Nadella quote");
    assert!(html.contains(&format!("“{}”", quote.text.replace('&', "&amp;"))));
    assert!(html.contains(quote.source));
    assert!(!html.contains("getService"));
}

#[test]
fn every_island_slot_is_filled_with_hydratable_markup() {
    let html = r1_explainer::render_page();
    for island in Island::ALL {
        let markup = render_island(island);
        assert!(
            markup.starts_with("<!--<["),
            "island {} carries hydration markers",
            island.key()
        );
        let at = html.find(&island.slot_attribute()).expect("slot present");
        let inside = &html[at + html[at..].find('>').unwrap() + 1..];
        assert!(
            inside.starts_with(&markup),
            "slot {} holds the island's markup",
            island.key()
        );
    }
    assert!(!r1_explainer::render_page().is_empty());
}

/// Each island's own end-to-end file under tests/e2e/, which drives it in Chromium:
/// `<key>.test.mjs`, but for the islands whose tests were written before the rule.
fn e2e_file(island: Island) -> String {
    match island {
        // The training panel's tests sit with the calculator's, whose chart axis they share.
        Island::Training => "cost.test.mjs".into(),
        Island::PriceChart => "since.test.mjs".into(),
        Island::SourceCards => "source-cards.test.mjs".into(),
        _ => format!("{}.test.mjs", island.key()),
    }
}

/// Every island has what the recipe in ARCHITECTURE.md ("Add a widget") asks for: its slot on the
/// page, filled, and its end-to-end file; a widget also its embed view (its title, its figure and
/// the island's markup in its slot), its static fallback (the prerendered result and the note
/// that says why it is static, on the page and in its view) and its Chinese words (the view and
/// the note in Chinese, with no English string left over).
#[test]
fn every_island_has_its_embed_view_static_fallback_e2e_file_and_chinese_words() {
    use r1_explainer::content::embeds::EmbedView;
    use r1_explainer::model::locale::{render_in, take_misses, tr, Locale};
    let page = r1_explainer::render_page();
    let translations = r1_explainer::content::zh::translations().expect("the Chinese edition");
    // The island's hydratable markup in its slot (an embed view's cites the full page's sources,
    // so only its start is the same).
    let slot_filled = |html: &str, island: Island| {
        let marker = island.slot_attribute();
        html.find(&marker).is_some_and(|at| {
            let inside = &html[at + html[at..].find('>').unwrap() + 1..];
            inside.starts_with("<!--<[") && render_island(island).starts_with(&inside[..40])
        })
    };
    for island in Island::ALL {
        let key = island.key();
        let e2e = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/e2e")
            .join(e2e_file(island));
        let tests = std::fs::read_to_string(&e2e)
            .unwrap_or_else(|error| panic!("{key}: its e2e file {}: {error}", e2e.display()));
        assert!(
            tests.contains("test('"),
            "{key}: {} has no test",
            e2e.display()
        );
        assert!(slot_filled(&page, island), "{key}: its slot on the page");
        let Some(widget) = island.widget() else {
            continue;
        };
        let view = EmbedView::Widget(island);
        assert_eq!(view.spec(), Some(widget.embed), "{key}: its embed view");
        assert!(
            EmbedView::all().any(|(written, _)| written == view),
            "{key}: the prerender writes its view"
        );
        let embed = r1_explainer::render_embed(view);
        for (html, place) in [(&page, "the page"), (&embed, "its embed view")] {
            for figure in [
                format!(r#"id="widget-{key}""#),
                format!(r#"data-widget="{key}""#),
            ] {
                assert_eq!(
                    html.matches(&figure).count(),
                    1,
                    "{key}: its figure in {place}"
                );
            }
            assert!(slot_filled(html, island), "{key}: its markup in {place}");
            for note in [widget.note.no_script, widget.note.failed] {
                assert!(html.contains(note), "{key}: its static note in {place}");
            }
        }
        assert!(
            embed.contains(widget.embed.title),
            "{key}: its view's title"
        );
        let english = [
            widget.embed.title,
            widget.embed.source_line,
            widget.embed.section_title,
            widget.note.no_script,
            widget.note.failed,
        ];
        let _ = take_misses();
        let (chinese, words) = render_in(Locale::Zh, Some(translations), || {
            let words: Vec<&str> = english.into_iter().map(tr).collect();
            (r1_explainer::render_embed(view), words)
        });
        assert_eq!(
            take_misses(),
            Vec::<String>::new(),
            "{key}: its view in Chinese"
        );
        for (english, chinese_words) in english.into_iter().zip(&words) {
            assert_ne!(
                english, *chinese_words,
                "{key}: Chinese words for {english:?}"
            );
        }
        assert!(
            chinese.contains(words[3]) && chinese.contains(words[0]),
            "{key}"
        );
    }
}

#[test]
fn rendering_is_deterministic() {
    assert_eq!(r1_explainer::render_page(), r1_explainer::render_page());
}

#[test]
fn cost_widget_opens_on_the_headline_comparison() {
    let html = render_static::<CostWidget>();
    assert!(html.contains("On 27 January 2025, DeepSeek-R1 costs $2.74 per request against $75.00 on o1: 27.4× cheaper (96.35% saved)."), "{html}");
    assert!(html
        .contains("DeepSeek-R1 costs 96.35% less than o1 (27.4×): more than the article's 95%."));
    assert!(html.contains(r#"value="2025-01-27""#));
    assert!(
        html.contains(r#"<table class="cost-table stacks">"#),
        "the data table is always in the DOM"
    );
    assert!(
        html.contains(r#"role="img""#)
            && html.contains("Cost per request on 27 January 2025: o1 $75.00; DeepSeek-R1 $2.74.")
    );
    for preset in r1_explainer::model::cost::PRESETS {
        assert!(html.contains(preset.name), "preset {}", preset.name);
    }
}

#[test]
fn training_panel_shows_the_final_run_and_what_it_excludes() {
    use r1_explainer::components::training_panel::TrainingPanel;
    let html = render_static::<TrainingPanel>();
    assert!(
        html.contains("At $2.00 per GPU-hour, DeepSeek-V3's final training run comes to $5.576M and R1's own training on top of it to $294K."),
        "the answer first: {html}"
    );
    let table = &html[html
        .find(r#"<table class="training-table stacks">"#)
        .unwrap()..];
    assert!(
        table.contains("$5.576M")
            && table.contains("$5.328M")
            && table.contains("$294K")
            && table.contains("$1.6B")
    );
    assert!(html.contains("$1.6B (estimate)") && html.contains("$1B (as said)"));
    assert!(table.contains("2,788,000"));
    // At the sources' own price the costs are the sourced figures, each opening its card.
    for fact in [
        "v3_final_run_cost",
        "v3_pretrain_cost",
        "r1_rl_cost",
        "r1_zero_rl_cost",
    ] {
        assert!(table.contains(&format!(r#"data-fact="{fact}""#)), "{fact}");
    }
    for excluded in r1_explainer::content::widgets::TRAINING_EXCLUDES {
        assert!(html.contains(excluded));
    }
}

/// The timeline island, as prerendered and as it renders live from a link.
mod timeline {
    use r1_explainer::components::timeline::{Timeline, TimelineProps};
    use r1_explainer::data::events::EVENTS;

    fn render(hash: Option<&str>) -> String {
        let props = TimelineProps {
            initial_hash: hash.map(|hash| hash.to_owned().into()),
        };
        futures::executor::block_on(
            yew::LocalServerRenderer::<Timeline>::with_props(props)
                .hydratable(false)
                .render(),
        )
    }

    /// The part of `html` from the tag holding the first `start` to the next `end` after it
    /// (Yew chooses the order of attributes, so `start` is found anywhere inside the tag).
    fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
        let at = html.find(start).unwrap_or_else(|| panic!("no {start}"));
        let from = html[..at].rfind('<').unwrap_or(0);
        let to = html[at..].find(end).map_or(html.len(), |to| at + to);
        &html[from..to]
    }

    #[test]
    fn timeline_prerenders_an_svg_chart_and_the_dated_list_of_every_event() {
        let html = render(None);
        let chart = between(&html, r#"class="tl-chart""#, "</svg>");
        assert!(chart.contains(r#"aria-hidden="true""#));
        assert!(
            chart.contains(r#"<svg viewBox="0 0 960.0 "#) && chart.contains(r#"class="tl-svg""#)
        );
        for lane in ["OpenAI", "DeepSeek", "Markets", "Governments"] {
            assert!(chart.contains(&format!(">{lane}</text>")), "lane {lane}");
        }
        assert!(
            chart.contains(">Jan 2025</text>"),
            "month ticks are labelled"
        );
        let list = between(&html, r#"class="timeline-list""#, "</ol>");
        let mut at_list = 0;
        let mut at_chart = 0;
        for event in EVENTS {
            let marker = format!(r#"data-event="{}""#, event.key);
            // In date order in both, each with its date and title.
            at_list += list[at_list..]
                .find(&marker)
                .unwrap_or_else(|| panic!("{} in list", event.key));
            at_chart += chart[at_chart..]
                .find(&marker)
                .unwrap_or_else(|| panic!("{} in chart", event.key));
            assert!(list.contains(&format!(
                r#"<time datetime="{}">{}</time>"#,
                event.date,
                event.date.long()
            )));
            assert!(
                chart.contains(&format!(
                    "<title>{}, {}</title>",
                    event.title,
                    event.date.long()
                )),
                "{}",
                event.key
            );
        }
        assert!(
            list.contains(r#"<sup class="cite">"#),
            "the fallback list cites its sources"
        );
        assert_eq!(EVENTS.len(), 46);
    }

    #[test]
    fn timeline_checks_the_two_months_claim_in_days() {
        let html = render(None);
        let claim = between(&html, r#"class="claim-check tl-claim""#, "</div>");
        assert!(claim.contains("5 December 2024 to DeepSeek-R1 on 20 January 2025 is <strong class=\"tl-claim-days\">46 days</strong> (1 month and 15 days): under two months"), "{claim}");
        assert!(claim.contains("o1-preview of 12 September 2024, the gap is <strong class=\"tl-claim-days\">130 days</strong> (4 months and 8 days)"), "{claim}");
    }

    #[test]
    fn timeline_link_opens_the_live_view_with_details_and_days_between() {
        let html = render(Some("#ev=o1&cmp=r1"));
        assert!(html.contains(r#"class="timeline-widget is-live""#));
        let panel = between(&html, r#"class="tl-details""#, "</article>");
        assert!(panel.contains(">o1 in ChatGPT</h4>"), "{panel}");
        assert!(panel.contains(r#"<time datetime="2024-12-05">5 December 2024</time>"#));
        assert!(panel.contains("<strong>46 days</strong> from o1 in ChatGPT (5 December 2024) to DeepSeek-R1 (20 January 2025): 1 month and 15 days."), "{panel}");
        assert!(panel.contains("Show prices on this date"));
        assert!(
            panel.contains(r#"<option value="r1" selected="selected">"#),
            "{panel}"
        );
        let chart = between(&html, r#"class="tl-chart""#, "</svg>");
        assert!(chart.contains(">46 days</text>"), "the bracket is labelled");
        assert!(chart.contains(r#"class="mark openai selected"#));
        // One tab stop: the selected event's button.
        let list = between(&html, r#"class="timeline-list tl-list""#, "</ol>");
        assert_eq!(list.matches(r#"tabindex="0""#).count(), 1);
        assert_eq!(list.matches(r#"tabindex="-1""#).count(), EVENTS.len() - 1);
        assert!(between(list, r#"tabindex="0""#, "</button>").contains("o1 in ChatGPT"));
        let announce = between(&html, r#"tl-announce""#, "</p>");
        assert!(
            announce.contains("o1 in ChatGPT, 5 December 2024.")
                && announce.contains("46 days between o1 in ChatGPT and DeepSeek-R1."),
            "{announce}"
        );
    }

    #[test]
    fn timeline_filters_hide_events_from_the_chart_and_the_list() {
        let html = render(Some("#act=openai&zoom=sep24-feb25"));
        for hidden in ["r1", "v3", "nvidia", "o3-cut", "bis-2022"] {
            assert!(
                !html.contains(&format!(r#"data-event="{hidden}""#)),
                "{hidden} hidden"
            );
        }
        for shown in ["o1-preview", "o1", "o1-api", "o3-announced", "o3-mini"] {
            assert_eq!(
                html.matches(&format!(r#"data-event="{shown}""#)).count(),
                2,
                "{shown} in chart and list"
            );
        }
        assert_eq!(
            html.matches(r#"aria-pressed="false""#).count(),
            3 + 4,
            "three actors and four ranges off"
        );
    }

    #[test]
    fn timeline_link_with_bad_values_says_what_it_ignored() {
        let html = render(Some("#ev=zzz&act=aliens&zoom=%3Cscript%3E"));
        let messages = between(&html, r#"class="messages""#, "</div>");
        assert!(
            messages.contains("there is no event “zzz”, so nothing is selected."),
            "{messages}"
        );
        assert!(messages.contains("unknown group “aliens” ignored."));
        assert!(messages.contains("“&lt;script&gt;” is not one of the ranges"));
        assert!(!html.contains("<script>"));
        assert_eq!(html.matches(r#"class="tl-pick""#).count(), EVENTS.len());
    }
}

#[test]
fn benchmark_chart_prerenders_r1_against_o1_with_its_caveat() {
    let html = render_static::<r1_explainer::components::benchmark_chart::BenchmarkChart>();
    assert!(
        html.contains("o1-1217 79.2") && html.contains("DeepSeek-R1 79.8"),
        "{html}"
    );
    assert!(
        !html.contains("Claude-3.5-Sonnet-1022 16.0"),
        "optional series start hidden"
    );
    assert!(html.contains(r1_explainer::data::benchmarks::TABLE_CAVEAT));
    assert!(html.contains(r#"role="img""#));
}

/// The opening tags of every figure button (`<button … data-fact=…>`) and what follows each.
fn figure_buttons(html: &str) -> Vec<(&str, &str)> {
    html.match_indices("<button")
        .map(|(at, _)| {
            let end = at + html[at..].find('>').expect("tag ends");
            (&html[at..=end], &html[end + 1..])
        })
        .filter(|(tag, _)| tag.contains("data-fact="))
        .collect()
}

/// A percentage's sign is part of the figure, before its citation: "79.2%[2]", never "79.2[2]%".
#[test]
fn a_percent_sign_stays_with_its_figure_before_the_citation() {
    let html = r1_explainer::render_page();
    assert!(!html.contains("</sup></span>%"), "a % after a citation");
    let figure = figure_buttons(&html)
        .into_iter()
        .find(|(tag, _)| tag.contains(r#"data-fact="distill_32b_aime""#))
        .expect("the distilled model's AIME score is a figure");
    assert!(
        figure.1.starts_with("72.6%</button>"),
        "its % is inside the figure: {}",
        &figure.1[..40]
    );
}

#[test]
fn prose_figures_are_buttons_that_open_source_cards_and_keep_their_citations() {
    let html = r1_explainer::render_page();
    let main = &html[html.find(r#"<main id="main">"#).expect("main")
        ..html.find("</main>").expect("end of main")];
    assert!(
        !main.contains(r#"<span class="fact""#),
        "no figure is left as plain text"
    );
    let figures = figure_buttons(main);
    assert!(figures.len() > 40, "many figures ({})", figures.len());
    for (tag, after) in &figures {
        for attribute in [
            r#"type="button""#,
            r#"class="fact""#,
            r#"aria-haspopup="dialog""#,
            r#"aria-expanded="false""#,
        ] {
            assert!(tag.contains(attribute), "{attribute} in {tag}");
        }
        let id = tag
            .split(r#"data-fact=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap();
        assert!(r1_explainer::data::fact(id).is_some(), "{id} is a fact");
        // The citation follows the button and still links into the Sources list.
        let after_button =
            &after[after.find("</button>").expect("button closes") + "</button>".len()..];
        assert!(
            after_button.starts_with(r#"<sup class="cite">[<a "#),
            "citation after {tag}"
        );
        let citation = &after_button[..after_button.find("</sup>").unwrap()];
        for href in citation
            .split(r##"href="#"##)
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap())
        {
            assert!(
                html.contains(&format!(r#"<li id="{href}""#)),
                "{href} is an entry of the Sources list"
            );
        }
        assert!(citation.contains(r##"href="#source-"##), "{citation}");
    }
    // The article's "$6 million", corrected in place, opens the card of the V3 report's figure.
    let (_, after) = figures
        .iter()
        .find(|(tag, _)| tag.contains(r#"data-fact="v3_final_run_cost""#))
        .expect("the V3 final-run figure is in the prose");
    assert!(after.starts_with("$5.576M</button>"), "{}", &after[..40]);
    // The fact tables, the key figures of the first screen and the training panel's costs are
    // figures too.
    let table = &main[main
        .find(r#"<table class="fact-table stacks">"#)
        .expect("a fact table")..];
    assert!(!figure_buttons(&table[..table.find("</table>").unwrap()]).is_empty());
    let opening = &html[html.find(r#"class="key-figures""#).expect("key figures")..];
    assert!(figure_buttons(&opening[..opening.find("</ul>").unwrap()]).len() >= 4);
    let training = &html[html
        .find(r#"<table class="training-table stacks">"#)
        .expect("training table")..];
    assert!(!figure_buttons(&training[..training.find("</table>").unwrap()]).is_empty());
}

#[test]
fn the_page_prerenders_one_hidden_empty_source_card() {
    let html = r1_explainer::render_page();
    assert_eq!(html.matches(r#"id="source-card""#).count(), 1);
    let at = html.find(r#"id="source-card""#).unwrap();
    let start = html[..at].rfind('<').unwrap();
    let tag = &html[start..at + html[at..].find('>').unwrap() + 1];
    for attribute in [r#"role="dialog""#, r#"aria-modal="false""#, "hidden"] {
        assert!(tag.contains(attribute), "{attribute} in {tag}");
    }
    assert!(
        html[start..].starts_with(&format!("{tag}</div>")),
        "empty until a figure opens it"
    );
    assert!(
        html.find(tag).unwrap() > html.find("</main>").unwrap(),
        "after the article"
    );
}

#[test]
fn embed_views_without_a_sources_list_cite_the_full_explainers_list() {
    use r1_explainer::content::embeds::EmbedView;
    // Found by the keyboard walk: a widget's embed view has no Sources list, so `#source-N` there
    // pointed nowhere. Its citations open the full page's list in a new tab instead.
    let cost = r1_explainer::render_embed(EmbedView::Widget(Island::CostWidget));
    assert!(
        !cost.contains(r#"id="source-1""#),
        "the cost view has no Sources list"
    );
    assert!(
        !cost.contains(r##"href="#source-"##),
        "no citation points at a missing anchor"
    );
    assert!(
        cost.contains(r##"href="./#source-"##) && cost.contains(r#"target="_blank""#),
        "citations open the full explainer's Sources list"
    );
    // The whole-explainer view has the list, and the main page is unaffected by rendering a view.
    let explainer = r1_explainer::render_embed(EmbedView::Explainer);
    assert!(explainer.contains(r#"id="source-1""#) && explainer.contains(r##"href="#source-"##));
    assert!(r1_explainer::render_page().contains(r##"href="#source-"##));
    assert!(!r1_explainer::render_page().contains(r##"href="./#source-"##));
}

#[test]
fn share_tools_are_prerendered_for_the_page_and_each_widget_with_their_citations() {
    use r1_explainer::data::DATA_VERSION;
    let html = r1_explainer::render_page();
    for key in ["page", "cost", "training", "timeline", "benchmarks"] {
        let at = html
            .find(&format!(r#"data-share="{key}""#))
            .unwrap_or_else(|| panic!("tool row {key}"));
        let row = &html[at..at + html[at..].find("share-fallback").expect("row end")];
        // Citations readable with no script: the data version in long and ISO form, and no
        // placeholder where the build does not know the public address.
        assert!(
            row.contains(&format!("Data version {}", DATA_VERSION.long())),
            "{key}"
        );
        assert!(
            row.contains(&format!("note = {{Data version {DATA_VERSION};")),
            "{key}"
        );
        assert!(!row.contains("address of this page"), "{key}");
        // Every button waits for share.js, so none shows that could do nothing.
        let buttons: Vec<&str> = row
            .split("<button")
            .skip(1)
            .map(|tag| &tag[..tag.find('>').unwrap_or(tag.len())])
            .collect();
        assert!(buttons.len() >= 4, "{key}");
        assert!(
            buttons.iter().all(|tag| tag.contains(r#"hidden="hidden""#)),
            "{key}"
        );
        let downloads = row.matches(r#"data-share-do="csv""#).count()
            + row.matches(r#"data-share-do="svg""#).count()
            + row.matches(r#"data-share-do="png""#).count();
        assert_eq!(downloads, if key == "page" { 0 } else { 3 }, "{key}");
    }
    // Widget links land on the widget.
    for key in ["cost", "training", "timeline", "benchmarks"] {
        assert!(html.contains(&format!(r#"id="widget-{key}""#)), "{key}");
    }
    // The cost widget hands its comparison to the CSV download.
    assert!(html.contains("data-csv=\"# r1-explainer cost comparison"));
}

/// Every fact of the data is on the page: shown as a figure that opens its card, in the flow or
/// in a "Details" disclosure (the e2e tier checks that each of those is visible or one click away).
#[test]
fn every_fact_is_shown_or_reachable_on_the_page() {
    let html = r1_explainer::render_page();
    let missing: Vec<&str> = r1_explainer::data::facts::FACTS
        .iter()
        .map(|fact| fact.id)
        .filter(|id| !html.contains(&format!(r#"data-fact="{id}""#)))
        .collect();
    assert_eq!(missing, Vec::<&str>::new(), "facts no reader can reach");
}

/// The numbered Sources list is in reading order: down the rendered page, each source's first
/// citation (or a quote's link) comes in its list order. And every listed source is cited there.
#[test]
fn sources_are_numbered_in_reading_order_and_all_cited() {
    use r1_explainer::data::sources::SOURCES;
    let html = r1_explainer::render_page();
    let end = html.find(r#"<section id="sources""#).expect("sources list");
    let page = &html[..end];
    let mut first: Vec<(usize, usize)> = Vec::new();
    for (index, source) in SOURCES.iter().enumerate() {
        let number = index + 1;
        let cited = page.find(&format!(r##"href="#source-{number}""##));
        let linked = page.find(&format!(r#"href="{}""#, source.url()));
        match cited.into_iter().chain(linked).min() {
            Some(at) => first.push((at, number)),
            None => panic!(
                "source {number} ({}) is listed but nothing on the page cites it",
                source.id
            ),
        }
    }
    first.sort();
    let order: Vec<usize> = first.iter().map(|(_, number)| *number).collect();
    let mut sorted = order.clone();
    sorted.sort();
    let ids: Vec<&str> = order.iter().map(|number| SOURCES[number - 1].id).collect();
    assert_eq!(
        order, sorted,
        "sources in the order the page first cites them: {ids:?}"
    );
}

/// The Chinese edition renders every string of the page in Chinese: each English string the
/// components ask for has its words in src/content/zh/ (a string changed or added in English
/// alone fails here until the Chinese follows).
#[test]
fn the_chinese_edition_has_words_for_every_string_of_the_page() {
    use r1_explainer::model::locale::{render_in, take_misses, Locale};
    let translations = r1_explainer::content::zh::translations().expect("the Chinese edition");
    let _ = take_misses();
    let html = render_in(Locale::Zh, Some(translations), r1_explainer::render_page);
    let misses = take_misses();
    assert!(
        misses.is_empty(),
        "{} English strings have no Chinese:\n{}",
        misses.len(),
        misses.join("\n")
    );
    // The same page, in Chinese: the same sections, figures and citations.
    let english = r1_explainer::render_page();
    let count = |html: &str, needle: &str| html.matches(needle).count();
    for needle in [
        "<section id=",
        "class=\"cite\"",
        "data-fact=",
        "<table",
        "<svg",
    ] {
        assert_eq!(count(&html, needle), count(&english, needle), "{needle}");
    }
    assert!(html.contains("27.4倍") && html.contains("2025年1月20日"));
}
