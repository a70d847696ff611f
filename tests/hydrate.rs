//! wasm-bindgen-test in headless Chromium: each island hydrates its server-rendered markup without
//! errors, reuses that markup instead of replacing it, and then responds to input; and the toy GRPO
//! run computes in wasm32 the bits it computes natively.
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

/// Waits until `selector` matches in `root`, for at most two seconds: going live is one more
/// render after hydration, and in a debug build with every event of 2022–2026 it can take more
/// than one `settle`. A widget that never goes live still fails the assertion after this.
async fn until_present(root: &Element, selector: &str) {
    for _ in 0..40 {
        if root.query_selector(selector).ok().flatten().is_some() {
            return;
        }
        settle().await;
    }
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

/// Key presses and Shift+clicks as the browser would send them (web-sys builds neither with
/// modifiers without extra crate features).
mod timeline_input {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = "
        export function press(target, key, shift) {
            target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: shift, bubbles: true, cancelable: true }));
        }
        export function shift_click(target) {
            target.dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true, cancelable: true }));
        }
    ")]
    extern "C" {
        pub fn press(target: &web_sys::Element, key: &str, shift: bool);
        pub fn shift_click(target: &web_sys::Element);
    }
}

#[wasm_bindgen_test]
async fn timeline_hydrates_in_place_then_answers_pointer_keyboard_and_url() {
    use r1_explainer::components::timeline::Timeline;
    use r1_explainer::data::events::EVENTS;
    use timeline_input::{press, shift_click};
    use web_sys::HtmlElement;

    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#ev=o1"))
        .unwrap();
    let prerendered = yew::LocalServerRenderer::<Timeline>::new()
        .hydratable(true)
        .render()
        .await;
    let root = mount_point(&prerendered);
    let find = |selector: &str| root.query_selector(selector).unwrap();
    let claim_before = find(".tl-claim").expect("claim check prerendered");
    let chart_before = find(".tl-svg").expect("chart prerendered");
    assert!(
        find(".tl-list").is_none(),
        "the prerender carries the static list"
    );

    let _app = yew::Renderer::<Timeline>::with_root(root.clone()).hydrate();
    until_present(&root, ".timeline-widget.is-live").await;

    assert_eq!(
        root.query_selector_all(".timeline-widget")
            .unwrap()
            .length(),
        1,
        "no duplicated widget"
    );
    assert!(
        claim_before.is_same_node(find(".tl-claim").as_deref()),
        "hydration reused the server markup"
    );
    assert!(
        chart_before.is_same_node(find(".tl-svg").as_deref()),
        "the chart node survives going live"
    );
    assert!(
        find(".timeline-widget.is-live").is_some(),
        "live after mount"
    );
    assert_eq!(
        root.query_selector_all(".tl-list .tl-pick")
            .unwrap()
            .length() as usize,
        EVENTS.len()
    );
    // The URL was applied after hydration, not during it.
    assert_eq!(text(&root, ".tl-details h4"), "o1 in ChatGPT");
    assert_eq!(
        root.query_selector_all(".tl-list [tabindex=\"0\"]")
            .unwrap()
            .length(),
        1
    );

    let button =
        |key: &str| -> HtmlElement { find(&format!("#tl-ev-{key}")).unwrap().dyn_into().unwrap() };
    button("r1").click();
    settle().await;
    assert_eq!(text(&root, ".tl-details h4"), "DeepSeek-R1");
    assert!(text(&root, ".tl-announce").starts_with("DeepSeek-R1, 20 January 2025."));
    assert_eq!(window.location().hash().unwrap(), "#ev=r1");

    button("r1").focus().unwrap();
    press(&button("r1"), "ArrowRight", false);
    settle().await;
    let focused = || {
        window
            .document()
            .unwrap()
            .active_element()
            .map(|element| element.id())
    };
    assert_eq!(focused().as_deref(), Some("tl-ev-r1-paper"));
    press(&button("r1-paper"), "Enter", true);
    settle().await;
    assert!(text(&root, ".tl-details .tl-days").starts_with("2 days from DeepSeek-R1"));
    assert_eq!(window.location().hash().unwrap(), "#ev=r1&cmp=r1-paper");

    let o1_mark = find(".tl-chart .mark[data-event=\"o1\"]").unwrap();
    shift_click(&o1_mark);
    settle().await;
    assert!(text(&root, ".tl-details .tl-days").starts_with("46 days from o1 in ChatGPT"));
    press(&button("r1"), "Home", false);
    settle().await;
    assert_eq!(focused().as_deref(), Some("tl-ev-bis-2022"));

    // Leave the fragment as other tests expect to find it.
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&window.location().pathname().unwrap()),
        )
        .unwrap();
}

/// The toy GRPO run computes the same bits in wasm32 as natively: its fingerprint is the one the
/// native tests pin (src/model/grpo/tests.rs), so the table the prerender writes is the one the
/// live widget computes. Every exp and log goes through the `libm` crate for this (natively
/// `f64::exp` would call glibc, here Rust's own port).
#[wasm_bindgen_test]
fn the_toy_run_is_bit_for_bit_the_native_one() {
    use r1_explainer::model::grpo::{
        fingerprint, Run, DEFAULT_RUN_FINGERPRINT, DEFAULT_SEED, DEFAULT_SETTINGS,
    };
    let rows = Run::new(DEFAULT_SETTINGS, DEFAULT_SEED).run_to_end();
    assert_eq!(fingerprint(&rows), DEFAULT_RUN_FINGERPRINT);
}
