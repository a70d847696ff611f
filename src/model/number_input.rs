//! The number fields every widget shares: how a number typed by a reader is read ("1,000", "1e6",
//! "$2"), clamped or rounded with a message that says so, and written back in its shortest form.

use super::format::fixed;
use super::url_state::shorten;
use crate::model::locale::{tf, tr};

/// Short decimal text for a value (`2`, `2.5`, `1000000`): up to six decimals, trailing zeros
/// dropped, from integers (`format::fixed`) rather than float formatting. The fields hold whole
/// tokens, percentages and prices in cents, so six decimals lose nothing a reader typed.
pub fn trim_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return format!("{}", value as i64);
    }
    let text = fixed(value, 6);
    let text = text.trim_end_matches('0');
    text.strip_suffix('.').unwrap_or(text).to_owned()
}

/// A decimal number as text ("2.5", "-3", ".5", "1e6", "1.5E-3") read into the nearest `f64`, as
/// `str::parse::<f64>` reads it for any input of up to 15 significant digits with a power of ten
/// within ±22 (one exact product or quotient of two exact doubles: the fast path of correctly
/// rounded parsing). Longer inputs keep their first 19 digits. Hand-written because core's
/// parser, built for every input, costs the wasm more than the fields it serves.
pub fn decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, mut at) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let mut digits: u64 = 0;
    let mut kept = 0u32;
    let mut exponent: i64 = 0;
    let mut seen_digit = false;
    let mut seen_point = false;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'0'..=b'9' => {
                seen_digit = true;
                let digit = u64::from(byte - b'0');
                if digits == 0 && digit == 0 {
                    // A leading zero: no significant digit, but a place after the point.
                    exponent -= i64::from(seen_point);
                } else if kept < 19 {
                    digits = digits * 10 + digit;
                    kept += 1;
                    exponent -= i64::from(seen_point);
                } else {
                    // Beyond 19 digits: dropped, though a place before the point still counts.
                    exponent += i64::from(!seen_point);
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        at += 1;
    }
    if !seen_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        at += 1;
        let (sign, start) = match bytes.get(at) {
            Some(b'-') => (-1, at + 1),
            Some(b'+') => (1, at + 1),
            _ => (1, at),
        };
        let power = bytes.get(start..)?;
        if power.is_empty() || !power.iter().all(u8::is_ascii_digit) {
            return None;
        }
        // Saturates: "1e99999" is simply too large, and is clamped like any other.
        let power = power.iter().fold(0i64, |sum, digit| {
            (sum * 10 + i64::from(digit - b'0')).min(100_000)
        });
        exponent += sign * power;
        at = bytes.len();
    }
    if at != bytes.len() {
        return None;
    }
    let value = scale(digits as f64, exponent);
    Some(if negative { -value } else { value })
}

/// `value` × 10^`exponent`, with exact powers of ten where they exist (up to 10^22).
fn scale(value: f64, exponent: i64) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if value == 0.0 {
        return 0.0;
    }
    let mut result = value;
    let mut left = exponent;
    while left != 0 {
        let step = left.unsigned_abs().min(22) as usize;
        if left > 0 {
            result *= EXACT[step];
            left -= step as i64;
        } else {
            result /= EXACT[step];
            left += step as i64;
        }
        if result == 0.0 || result.is_infinite() {
            break;
        }
    }
    result
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
    let label = tr(spec.label);
    // Chinese input methods type full-width digits and signs (１，０００．５): read as ASCII.
    let cleaned: String = text
        .chars()
        .map(|c| match c {
            '\u{ff10}'..='\u{ff19}' => char::from(b'0' + (c as u32 - 0xff10) as u8),
            '\u{ff0c}' | '\u{3001}' => ',',
            '\u{ff0e}' => '.',
            '\u{ff05}' => '%',
            '\u{ff04}' => '$',
            '\u{ff0b}' => '+',
            '\u{ff0d}' => '-',
            '\u{3000}' => ' ',
            _ => c,
        })
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}' | '$' | '%'))
        .collect();
    if cleaned.is_empty() {
        return Err(tf!(
            "{}: the field is empty; keeping the previous value.",
            label
        ));
    }
    let value: f64 = match decimal(&cleaned) {
        Some(value) if value.is_finite() => value,
        _ => {
            return Err(tf!(
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
        message = Some(tf!(
            "{}: {} is below the minimum, so {} is used.",
            label,
            shorten(&cleaned, 24),
            (spec.show)(low)
        ));
    } else if value > high {
        message = Some(tf!(
            "{}: {} is above the maximum, so {} is used.",
            label,
            shorten(&cleaned, 24),
            (spec.show)(high)
        ));
    } else if spec.whole && used.fract() != 0.0 {
        used = used.round();
        message = Some(tf!(
            "{}: rounded to {} (whole tokens and requests only).",
            label,
            (spec.show)(used)
        ));
    }
    Ok((used, message))
}

#[cfg(test)]
mod tests {
    use super::{decimal, trim_number};

    #[test]
    fn reads_what_readers_type() {
        assert_eq!(decimal("2.5"), Some(2.5));
        assert_eq!(decimal("-3"), Some(-3.0));
        assert_eq!(decimal("+3"), Some(3.0));
        assert_eq!(decimal(".5"), Some(0.5));
        assert_eq!(decimal("5."), Some(5.0));
        assert_eq!(decimal("1e6"), Some(1e6));
        assert_eq!(decimal("1.5E-3"), Some(1.5e-3));
        assert_eq!(decimal("0.05"), Some(0.05));
        assert_eq!(decimal("007"), Some(7.0));
        for bad in [
            "", ".", "e5", "1e", "1e+", "1.2.3", "abc", "1x", "inf", "NaN", "--1", "1e5e5",
        ] {
            assert_eq!(decimal(bad), None, "{bad}");
        }
        assert_eq!(decimal("1e99999"), Some(f64::INFINITY));
        assert_eq!(decimal("1e-99999"), Some(0.0));
    }

    /// The same value as core's parser, over decimals of up to 15 significant digits.
    #[test]
    fn agrees_with_core_parsing() {
        let mut next = crate::model::format::pseudo_random(0x2545_f491_4f6c_dd1d);
        for _ in 0..200_000 {
            let digits = next() % 1_000_000_000_000_000;
            let text = digits.to_string();
            let point = (next() % (text.len() as u64 + 1)) as usize;
            let mut typed = format!("{}.{}", &text[..point], &text[point..]);
            if next().is_multiple_of(3) {
                typed = format!("{typed}e{}", (next() % 15) as i64 - 7);
            }
            assert_eq!(decimal(&typed), typed.parse::<f64>().ok(), "{typed}");
        }
    }

    #[test]
    fn numbers_are_written_back_short() {
        assert_eq!(trim_number(2.0), "2");
        assert_eq!(trim_number(2.5), "2.5");
        assert_eq!(trim_number(0.014), "0.014");
        assert_eq!(trim_number(1_000_000.0), "1000000");
        assert_eq!(trim_number(-0.25), "-0.25");
    }
}
