//! Performance marks for `cargo xtask bench`. They compile to nothing unless the `bench` feature
//! is on, so the shipped build carries no measuring code.

pub const COST_INPUT: &str = "r1:cost-input";
pub const COST_INPUT_TO_DOM: &str = "r1:cost-input-to-dom";
pub const TIMELINE_KEY: &str = "r1:timeline-key";
pub const TIMELINE_KEY_TO_DOM: &str = "r1:timeline-key-to-dom";

/// Marks the moment an input event reached the widget.
#[cfg_attr(
    not(all(feature = "bench", target_arch = "wasm32")),
    allow(unused_variables)
)]
pub fn mark(name: &str) {
    #[cfg(all(feature = "bench", target_arch = "wasm32"))]
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}

/// Records the time from `start_mark` to now as `name`, then clears the mark so one input is
/// measured once. Does nothing if no input was marked (e.g. a render caused by something else).
#[cfg_attr(
    not(all(feature = "bench", target_arch = "wasm32")),
    allow(unused_variables)
)]
pub fn measure(name: &str, start_mark: &str) {
    #[cfg(all(feature = "bench", target_arch = "wasm32"))]
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        if performance.get_entries_by_name(start_mark).length() > 0 {
            let _ = performance.measure_with_start_mark(name, start_mark);
            performance.clear_marks_with_mark_name(start_mark);
        }
    }
}
