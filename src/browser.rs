//! The browser calls the islands make (URL fragment, clipboard, a field's value, focus, scrolling,
//! where a pointer is), each failing quietly: a blocked API leaves the widget working and the
//! static page readable. Natively (prerender and render tests) they do nothing. The components
//! call the browser only through here; the source cards' own browser module (`live` in
//! components/source_cards.rs) and the modules that start the islands (`mount`, `isolation`,
//! `shared`, `bench`) are the others.

use yew::TargetCast;

/// The current `location.hash`, or "" when there is none or it cannot be read.
pub fn current_hash() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|window| window.location().hash().ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// Replaces the URL fragment without adding a history entry (typing must not flood Back).
pub fn replace_hash(hash: &str) {
    set_hash(hash, false);
}

/// Sets the URL fragment as a new history entry, so Back returns to the previous view.
pub fn push_hash(hash: &str) {
    set_hash(hash, true);
}

#[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))]
fn set_hash(hash: &str, new_entry: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else {
            return;
        };
        if window.location().hash().ok().as_deref() == Some(hash) {
            return;
        }
        // An empty hash must still change the URL: keep path and query, drop the fragment.
        let url = if hash.is_empty() {
            let location = window.location();
            format!(
                "{}{}",
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            )
        } else {
            hash.to_owned()
        };
        let Ok(history) = window.history() else {
            return;
        };
        let _ = if new_entry {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
}

/// Calls `on_change` with the new hash whenever the fragment changes by navigation (back/forward,
/// an edited URL). The listener lives as long as the returned guard.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> Option<gloo::events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        let window = web_sys::window()?;
        let listener = move |_: &web_sys::Event| on_change(current_hash());
        let hash = gloo::events::EventListener::new(&window, "hashchange", listener);
        Some(hash)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = on_change;
        None
    }
}

/// An element's width in CSS pixels, or `None` when it is hidden, not yet mounted or cannot be
/// measured (a chart laid out in pixels then keeps its last width, or its prerendered layout).
pub fn width_of(node: &yew::NodeRef) -> Option<u32> {
    let width = node.cast::<web_sys::Element>()?.client_width();
    u32::try_from(width).ok().filter(|width| *width > 0)
}

/// Calls `on_resize` whenever the window is resized, as long as the returned guard lives.
pub fn on_resize(on_resize: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        let window = web_sys::window()?;
        Some(gloo::events::EventListener::new(
            &window,
            "resize",
            move |_| on_resize(),
        ))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = on_resize;
        None
    }
}

/// Also listens for popstate: pushState entries do not fire hashchange when the user goes back.
pub fn on_pop_state(on_change: impl Fn(String) + 'static) -> Option<gloo::events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        let window = web_sys::window()?;
        Some(gloo::events::EventListener::new(
            &window,
            "popstate",
            move |_| on_change(current_hash()),
        ))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = on_change;
        None
    }
}

/// The folder the page is served from, e.g. `https://example.org/r1/` (for embed snippets).
pub fn page_base() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let href = web_sys::window()
            .and_then(|window| window.location().href().ok())
            .unwrap_or_default();
        let without_fragment = href.split(['#', '?']).next().unwrap_or_default();
        match without_fragment.rfind('/') {
            Some(slash) => without_fragment[..=slash].to_owned(),
            None => String::new(),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// Copies text to the clipboard and reports whether it worked (it can be refused, e.g. in an
/// iframe without `clipboard-write`).
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))]
pub fn copy_text(text: String, on_done: yew::Callback<bool>) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else {
            on_done.emit(false);
            return;
        };
        let promise = window.navigator().clipboard().write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            on_done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    }
}

/// The text of the `<input>` whose change or input `event` is.
pub fn input_value(event: &web_sys::Event) -> String {
    event
        .target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

/// The value of the `<select>` whose change `event` is.
pub fn select_value(event: &web_sys::Event) -> String {
    event
        .target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

/// Moves focus to the element with this id, if there is one that can take it.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))]
pub fn focus_by_id(id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(element) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(id))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    }
}

/// Scrolls the first element `selector` finds into view, as little as it takes, if it is shown.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))]
pub fn reveal(selector: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let element = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.query_selector(selector).ok().flatten());
        if let Some(element) = element.filter(|element| element.get_client_rects().length() > 0) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}

/// Where across the `<svg>` it is over the pointer of `event` is, from 0 to 1; `None` off a chart
/// or when the chart has no width.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))]
pub fn pointer_across_svg(event: &web_sys::PointerEvent) -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        // Yew delegates events to its root, so the chart is found from the target, not from the
        // current target.
        let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
        let svg = target.closest("svg").ok()??;
        let rect = svg.get_bounding_client_rect();
        (rect.width() > 0.0)
            .then(|| ((f64::from(event.client_x()) - rect.left()) / rect.width()).clamp(0.0, 1.0))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}
