//! What a panic does in the browser. The wasm is built to abort on panic, so a panic traps the
//! instance it happens in; the loader therefore gives each island an instance of its own, sees the
//! trap, and puts the page's error box with a reload link where that instance's islands were
//! (assets/scripts/failure.js, `components::island_failed`). The other islands, in their own
//! instances, keep working, and the prerendered prose never depended on any of them.
//!
//! The stable build also reports the panic's message on the console through the hook below, which
//! runs before the trap. The nightly size build (`-Cpanic=immediate-abort`) runs no hook and keeps
//! no message: there the loader's console line, which names the island, is all there is.

#[cfg(target_arch = "wasm32")]
use std::cell::RefCell;

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
        // Through Yew, or its renderer would put its own hook back in place of this one. The
        // size build's panics abort before any hook could run, so it carries none.
        #[cfg(not(r1_size_build))]
        if first {
            yew::set_custom_panic_hook(Box::new(on_panic));
        }
        #[cfg(r1_size_build)]
        let _ = first;
    }
}

/// The console line for a panic in the islands `names`.
pub fn console_message(names: &[&str], panic: &str) -> String {
    format!(
        "r1-explainer: the {} island panicked: {panic}",
        names.join(", ")
    )
}

#[cfg(all(target_arch = "wasm32", not(r1_size_build)))]
fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    // try_borrow: the panic may have come from inside a borrow of this very list.
    let owned: Vec<Island> = OWNED.with(|owned| {
        owned
            .try_borrow()
            .map(|owned| owned.clone())
            .unwrap_or_default()
    });
    let names: Vec<&str> = owned.iter().map(|island| island.key()).collect();
    // The loader's own line, "the <island> island stopped after a panic.", follows the trap.
    web_sys::console::error_1(&console_message(&names, &info.to_string()).into());
    // And the message with the JavaScript stack, as Yew would have logged it.
    console_error_panic_hook::hook(info);
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
