//! The number fields every widget shares: how a number typed by a reader is read ("1,000", "1e6",
//! "$2"), clamped or rounded with a message that says so, and written back in its shortest form.

use super::url_state::shorten;

/// Shortest decimal text for a value (`2`, `2.5`, `1000000`).
pub fn trim_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// What a number field accepts, and how a value is written back in a message.
pub struct NumberSpec<F: Fn(f64) -> String> {
    pub label: &'static str,
    pub range: (f64, f64),
    /// Whole numbers only (tokens, requests); otherwise decimals are kept.
    pub whole: bool,
    pub show: F,
}

/// Parses a number as readers type it ("1,000", "1e6", " 2.5 ", "$2"). Returns the value to use
/// and, when it differs from what was typed (clamped to the range, rounded), a message saying
/// what was done; text that is not a number is an error message and changes nothing.
pub fn parse_number<F: Fn(f64) -> String>(
    spec: &NumberSpec<F>,
    text: &str,
) -> Result<(f64, Option<String>), String> {
    let label = spec.label;
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}' | '$' | '%'))
        .collect();
    if cleaned.is_empty() {
        return Err(format!(
            "{}: the field is empty; keeping the previous value.",
            label
        ));
    }
    let value: f64 = match cleaned.parse::<f64>() {
        Ok(value) if value.is_finite() => value,
        _ => {
            return Err(format!(
                "{}: “{}” is not a number; keeping the previous value.",
                label,
                shorten(text.trim(), 24)
            ))
        }
    };
    let (low, high) = spec.range;
    let mut used = value.clamp(low, high);
    let mut message = None;
    if value < low {
        // As typed (shortened), like the maximum: "1e-126" written out in full would be a
        // hundred zeros long.
        message = Some(format!(
            "{}: {} is below the minimum, so {} is used.",
            label,
            shorten(&cleaned, 24),
            (spec.show)(low)
        ));
    } else if value > high {
        message = Some(format!(
            "{}: {} is above the maximum, so {} is used.",
            label,
            shorten(&cleaned, 24),
            (spec.show)(high)
        ));
    } else if spec.whole && used.fract() != 0.0 {
        used = used.round();
        message = Some(format!(
            "{}: rounded to {} (whole tokens and requests only).",
            label,
            (spec.show)(used)
        ));
    }
    Ok((used, message))
}
