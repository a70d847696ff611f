//! wasm-bindgen-test in headless Chromium: each island hydrates its server-rendered markup
//! without errors and then responds to input.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use r1_explainer::components::price_explorer::PriceExplorer;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

fn mount_point(html: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_inner_html(html);
    document.body().unwrap().append_child(&root).unwrap();
    root
}

#[wasm_bindgen_test]
async fn price_explorer_hydrates_without_duplicating_and_reacts() {
    let prerendered = yew::LocalServerRenderer::<PriceExplorer>::new()
        .hydratable(true)
        .render()
        .await;
    let root = mount_point(&prerendered);
    let table_before = root.query_selector("table").unwrap().unwrap();

    let _app = yew::Renderer::<PriceExplorer>::with_root(root.clone()).hydrate();
    settle().await;

    assert_eq!(
        root.query_selector_all(".price-explorer").unwrap().length(),
        1
    );
    let table_after = root.query_selector("table").unwrap().unwrap();
    assert!(
        table_before.is_same_node(Some(&table_after)),
        "hydration reused the server markup"
    );

    let input: HtmlInputElement = root
        .query_selector("#price-date")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("2025-06-10");
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    let o3 = root
        .query_selector(r#"tr[data-model="o3"] td"#)
        .unwrap()
        .unwrap();
    assert_eq!(o3.text_content().unwrap(), "$2.00");

    input.set_value("not a date");
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    let message = root
        .query_selector(".input-message")
        .unwrap()
        .expect("message shown");
    assert!(message
        .text_content()
        .unwrap()
        .contains("still showing 10 June 2025"));
}
