//! What a panic does in the browser. The wasm is built with `panic = "abort"`, so a panic traps
//! the instance it happens in; the loader therefore gives each island an instance of its own, and
//! this hook, which runs before the trap, reports the panic on the console and puts an error box
//! with a reload link where that instance's islands were. The other islands, in their own
//! instances, keep working, and the prerendered prose never depended on any of them.

#[cfg(target_arch = "wasm32")]
use std::cell::RefCell;

#[cfg(target_arch = "wasm32")]
use crate::content::widgets::{FAILED_HEADING, FAILED_TEXT, RELOAD_LINK};
use crate::island::Island;

/// The event that makes an island panic on purpose, so the end-to-end tests can check the above
/// on the real build. Only script already running in the page can fire it (it does not cross
/// frames, and nothing in a URL or a host message leads to it), and all it can break is the
/// reader's own view until a reload.
pub const TEST_PANIC_EVENT: &str = "r1-test-panic";

// The islands this instance runs, in one place so the panic hook can find their slots.
#[cfg(target_arch = "wasm32")]
thread_local! {
    static OWNED: RefCell<Vec<Island>> = const { RefCell::new(Vec::new()) };
}

/// Records that this instance runs `island`, and (once per instance) installs the panic hook.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))]
pub fn guard(island: Island) {
    #[cfg(target_arch = "wasm32")]
    {
        let first = OWNED.with(|owned| {
            let mut owned = owned.borrow_mut();
            owned.push(island);
            owned.len() == 1
        });
        if first {
            // Through Yew, or its renderer would put its own hook back in place of this one.
            yew::set_custom_panic_hook(Box::new(on_panic));
        }
    }
}

/// The console line for a panic in the islands `names`.
pub fn console_message(names: &[&str], panic: &str) -> String {
    format!(
        "r1-explainer: the {} island stopped after a panic: {panic}",
        names.join(", ")
    )
}

#[cfg(target_arch = "wasm32")]
fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    // try_borrow: the panic may have come from inside a borrow of this very list.
    let owned: Vec<Island> = OWNED.with(|owned| {
        owned
            .try_borrow()
            .map(|owned| owned.clone())
            .unwrap_or_default()
    });
    let names: Vec<&str> = owned.iter().map(|island| island.key()).collect();
    web_sys::console::error_1(&console_message(&names, &info.to_string()).into());
    // And the message with the JavaScript stack, as Yew would have logged it.
    console_error_panic_hook::hook(info);
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        for island in owned {
            show_failure(&document, island);
        }
    }
}

/// Replaces the island's slot, not just its content: Yew listens for events on the slot itself,
/// and those listeners would call into the trapped instance.
#[cfg(target_arch = "wasm32")]
fn show_failure(document: &web_sys::Document, island: Island) -> Option<()> {
    let selector = format!(r#"[data-island="{}"]"#, island.key());
    let slot = document.query_selector(&selector).ok()??;
    let element = |tag: &str, text: &str| -> Option<web_sys::Element> {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let failed = document.create_element("div").ok()?;
    failed.set_class_name("island island-failed");
    failed.set_attribute("data-island", island.key()).ok()?;
    failed.set_attribute("data-failed", "true").ok()?;
    failed.set_attribute("role", "alert").ok()?;
    let heading = element("p", "")?;
    let strong = element("strong", FAILED_HEADING)?;
    heading.append_child(&strong).ok()?;
    failed.append_child(&heading).ok()?;
    let text = element("p", FAILED_TEXT)?;
    failed.append_child(&text).ok()?;
    let link = element("a", RELOAD_LINK)?;
    // A link to this very address (the widget's state is in it); the loader turns the click into
    // a real reload, since following a link that only repeats the fragment would not reload.
    let here = web_sys::window()?.location().href().ok()?;
    link.set_attribute("href", &here).ok()?;
    link.set_attribute("data-reload", "").ok()?;
    let paragraph = element("p", "")?;
    paragraph.append_child(&link).ok()?;
    failed.append_child(&paragraph).ok()?;
    slot.replace_with_with_node_1(&failed).ok()
}

/// Lets the end-to-end tests make `island` panic (see `TEST_PANIC_EVENT`).
#[cfg(target_arch = "wasm32")]
pub fn listen_for_test_panic(root: &web_sys::Element, island: Island) {
    gloo::events::EventListener::new(root, TEST_PANIC_EVENT, move |_| {
        panic!("test panic requested in the {} island", island.key())
    })
    .forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_console_line_names_the_island_and_the_panic() {
        let line = console_message(&["cost"], "index out of bounds");
        assert!(line.contains("the cost island"), "{line}");
        assert!(line.ends_with("index out of bounds"), "{line}");
    }
}
