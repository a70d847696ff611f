//! The few browser calls the islands make (URL fragment, clipboard), each failing quietly: a
//! blocked API leaves the widget working and the static page readable. Natively (prerender and
//! render tests) they do nothing.

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
