//! wasm-bindgen-test in headless Chromium: each island hydrates its server-rendered markup without
//! errors, reuses that markup instead of replacing it, and then responds to input.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use r1_explainer::components::cost_widget::CostWidget;
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

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector}"))
        .text_content()
        .unwrap()
}

fn change(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn cost_widget_hydrates_in_place_and_recomputes() {
    let prerendered = yew::LocalServerRenderer::<CostWidget>::new()
        .hydratable(true)
        .render()
        .await;
    let root = mount_point(&prerendered);
    let table_before = root.query_selector("table.cost-table").unwrap().unwrap();

    let _app = yew::Renderer::<CostWidget>::with_root(root.clone()).hydrate();
    settle().await;

    assert_eq!(
        root.query_selector_all(".cost-widget").unwrap().length(),
        1,
        "no duplicated widget"
    );
    let table_after = root.query_selector("table.cost-table").unwrap().unwrap();
    assert!(
        table_before.is_same_node(Some(&table_after)),
        "hydration reused the server markup"
    );
    assert_eq!(text(&root, r#"tr[data-model="r1"] .per-request"#), "$2.74");

    change(&root, "#cost-reasoning", "1000000");
    settle().await;
    assert_eq!(
        text(&root, r#"tr[data-model="o1"] .per-request"#),
        "$135.00"
    );
    assert_eq!(text(&root, r#"tr[data-model="r1"] .per-request"#), "$4.93");

    change(&root, "#cost-input", "-20");
    settle().await;
    assert!(text(&root, ".messages")
        .contains("Input tokens per request: -20 is below the minimum, so 0 is used."));
    // The widget writes only its own keys and keeps whatever else the fragment held.
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(
        hash.ends_with("&in=0&think=1000000") || hash == "#in=0&think=1000000",
        "{hash}"
    );
}
