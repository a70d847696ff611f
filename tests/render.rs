//! Native render tests: the components through Yew's server renderer, as the prerender runs them.
#![cfg(feature = "ssr")]

use r1_explainer::components::cost_widget::CostWidget;
use r1_explainer::components::page::Page;
use r1_explainer::content::sections::SECTIONS;
use r1_explainer::islands::{render_island, Island};

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
        .find(r#"<table class="price-table">"#)
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

#[test]
fn rendering_is_deterministic() {
    assert_eq!(r1_explainer::render_page(), r1_explainer::render_page());
}

#[test]
fn cost_widget_opens_on_the_headline_comparison() {
    let html = render_static::<CostWidget>();
    assert!(html.contains("On 27 January 2025, DeepSeek-R1 costs $2.74 per request against $75.00 on o1: 27.4× cheaper (96.35% saved)."), "{html}");
    assert!(
        html.contains("DeepSeek-R1 costs 96.3% less than o1 (27.4×): more than the article's 95%.")
    );
    assert!(html.contains(r#"value="2025-01-27""#));
    assert!(
        html.contains(r#"<table class="cost-table">"#),
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
    let html = render_static::<CostWidget>();
    let table = &html[html.find(r#"<table class="training-table">"#).unwrap()..];
    assert!(
        table.contains("$5.576M")
            && table.contains("$5.328M")
            && table.contains("$294K")
            && table.contains("$1.6B")
    );
    assert!(html.contains("$1.6B (estimate)") && html.contains("$1B (as said)"));
    assert!(table.contains("2,788,000"));
    for excluded in r1_explainer::content::widgets::TRAINING_EXCLUDES {
        assert!(html.contains(excluded));
    }
}
