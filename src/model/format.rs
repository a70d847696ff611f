//! The one number formatter: every figure a reader sees goes through these functions, natively in
//! the prerender and in the browser alike, so the two always print the same text.
//!
//! Decimals come from integers (`fixed`), never from `core::fmt`'s float formatting, which would
//! add tens of KB to the wasm for the same digits.

/// `value` with exactly `decimals` decimals, as `format!("{value:.decimals$}")` prints it: the
/// exact binary value rounded half to even (so 96.35, stored as 96.3499…, gives "96.3"), worked
/// out in integers. Hand-written because no crate does this without float formatting of its own.
/// Covers what the page shows: |value| × 10^decimals below 2^64 and up to 12 decimals; beyond
/// that, and for NaN and infinities, it gives "—".
pub fn fixed(value: f64, decimals: usize) -> String {
    const MAX_DECIMALS: usize = 12;
    if !value.is_finite() || decimals > MAX_DECIMALS {
        return "—".to_owned();
    }
    let bits = value.abs().to_bits();
    let exponent_bits = ((bits >> 52) & 0x7ff) as i32;
    let fraction = u128::from(bits & ((1 << 52) - 1));
    // value = mantissa × 2^exponent, exactly.
    let (mantissa, exponent) = if exponent_bits == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent_bits - 1075)
    };
    let scaled = mantissa * 10u128.pow(decimals as u32);
    let units = if exponent >= 0 {
        // An integer: nothing to round, only to check it fits.
        if exponent > 64 {
            return "—".to_owned();
        }
        scaled.checked_mul(1 << exponent)
    } else if exponent <= -127 {
        // Below half a unit of the last decimal (scaled < 2^93).
        Some(0)
    } else {
        let shift = (-exponent) as u32;
        let whole = scaled >> shift;
        let rest = scaled & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        Some(if rest > half || (rest == half && whole % 2 == 1) {
            whole + 1
        } else {
            whole
        })
    };
    let Some(units) = units.and_then(|units| u64::try_from(units).ok()) else {
        return "—".to_owned();
    };
    let mut digits = units.to_string();
    if digits.len() <= decimals {
        digits.insert_str(0, &"0".repeat(decimals + 1 - digits.len()));
    }
    if decimals > 0 {
        digits.insert(digits.len() - decimals, '.');
    }
    if value.is_sign_negative() {
        digits.insert(0, '-');
    }
    digits
}

/// Groups an integer's digits in threes: 1234567 → "1,234,567".
pub fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Drops trailing zeros after the decimal point, keeping at least `keep` decimals.
fn trim_decimals(mut text: String, keep: usize) -> String {
    if let Some(dot) = text.find('.') {
        while text.len() > dot + 1 + keep && text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    text
}

/// Formats a fixed-decimal number with thousands separators: (1234.5, 2) → "1,234.50".
fn fixed_grouped(value: f64, decimals: usize) -> String {
    let text = fixed(value, decimals);
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text.as_str(), None),
    };
    let grouped = group_thousands(whole.parse().unwrap_or(0));
    match fraction {
        Some(fraction) => format!("{grouped}.{fraction}"),
        None => grouped,
    }
}

/// A dollar amount as readers expect it: "$0.000274", "$0.014", "$2.74", "$1,234.56".
///
/// Amounts under one cent keep three significant digits so a per-request cost never shows as
/// "$0.00"; larger amounts show cents, plus up to two more decimals only when the value has them
/// (prices such as $0.014 or $0.275 per million tokens are shown exactly, never rounded).
pub fn usd(amount: f64) -> String {
    if !amount.is_finite() {
        return "—".to_owned();
    }
    let sign = if amount < 0.0 { "−" } else { "" };
    let magnitude = amount.abs();
    let body = usd_digits(magnitude);
    if chinese() {
        return format!("{sign}{body}美元");
    }
    format!("{sign}${body}")
}

/// `usd`, and after it the renminbi amount DeepSeek listed where the edition shows one (the
/// Chinese: 0.55美元（人民币4元）). The amount is DeepSeek's own, never converted.
pub fn usd_with_cny(amount: f64, cny: Option<&str>) -> String {
    match cny {
        Some(cny) if chinese() => format!("{}（人民币{cny}元）", usd(amount)),
        _ => usd(amount),
    }
}

/// `usd` with the dollar sign before the digits in every edition, for axis ticks and table cells
/// whose caption names the currency.
pub fn usd_tight(amount: f64) -> String {
    if !amount.is_finite() {
        return "—".to_owned();
    }
    let sign = if amount < 0.0 { "−" } else { "" };
    format!("{sign}${}", usd_digits(amount.abs()))
}

fn usd_digits(magnitude: f64) -> String {
    if magnitude == 0.0 {
        "0.00".to_owned()
    } else if magnitude < 0.01 {
        let exponent = magnitude.log10().floor() as i32;
        let decimals = (2 - exponent).clamp(0, 12) as usize;
        trim_decimals(fixed(magnitude, decimals), 0)
    } else if magnitude < 1_000.0 {
        trim_decimals(fixed(magnitude, 4), 2)
    } else {
        fixed_grouped(magnitude, 2)
    }
}

/// Large dollar figures in words-like form with up to four significant digits, never rounded
/// further: 5_576_000 → "$5.576M", 294_000 → "$294K", 593e9 → "$593B", 1.6e9 → "$1.6B".
pub fn usd_compact(amount: f64) -> String {
    if !amount.is_finite() {
        return "—".to_owned();
    }
    let sign = if amount < 0.0 { "−" } else { "" };
    if chinese() {
        return format!("{sign}{}美元", compact(amount.abs()));
    }
    format!("{sign}${}", compact(amount.abs()))
}

/// `usd_compact` for axis ticks: "$10K" in English, "$1万" in Chinese.
pub fn usd_compact_tight(amount: f64) -> String {
    if !amount.is_finite() {
        return "—".to_owned();
    }
    let sign = if amount < 0.0 { "−" } else { "" };
    format!("{sign}${}", compact(amount.abs()))
}

/// A count with K/M/B/T suffix and up to four significant digits: 671e9 → "671B"; in Chinese
/// the same digits with 万, 亿 or 万亿 (6710亿).
pub fn compact(value: f64) -> String {
    let english = compact_english(value);
    if chinese() {
        return chinese_units(&english);
    }
    english
}

/// `compact` in the English form in every edition (context lengths such as "128K" keep it in
/// Chinese writing too).
pub fn compact_english(value: f64) -> String {
    const SCALES: [(f64, &str); 4] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")];
    for (scale, suffix) in SCALES {
        if value >= scale {
            let scaled = value / scale;
            let decimals = if scaled >= 100.0 {
                1
            } else if scaled >= 10.0 {
                2
            } else {
                3
            };
            return format!("{}{suffix}", trim_decimals(fixed(scaled, decimals), 0));
        }
    }
    trim_decimals(fixed(value, 2), 0)
}

/// How many times larger one figure is than another: 27.4×, 5.45×, 111×.
pub fn multiple(ratio: f64) -> String {
    if !ratio.is_finite() {
        return "—".to_owned();
    }
    let text = if ratio >= 100.0 {
        format!("{}", ratio.round() as u64)
    } else if ratio >= 10.0 {
        fixed(ratio, 1)
    } else {
        trim_decimals(fixed(ratio, 2), 1)
    };
    if chinese() {
        return format!("{text}倍");
    }
    format!("{text}×")
}

/// A percentage with a fixed number of decimals: (96.3467, 2) → "96.35%". Negative values use a
/// true minus sign, as in "−16.97%".
pub fn percent(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let sign = if value < 0.0 { "−" } else { "" };
    format!("{sign}{}%", fixed(value.abs(), decimals))
}

/// An exact whole number as the edition writes it: grouped in threes in English (2,664,000); in
/// Chinese without separators below 10,000 (2048) and with 万, 亿 or 万亿 above (266.4万).
pub fn whole(value: u64) -> String {
    if chinese() {
        return chinese_units(&value.to_string());
    }
    group_thousands(value)
}

/// Rewrites a number as the English formatter printed it ("5.576M", "294K", "2664000", "2.5")
/// with the Chinese units of ten thousand, in decimal arithmetic on its digits: nothing is
/// rounded and no digit is added. 5.576M → 557.6万, 593B → 5930亿, 14.8T → 14.8万亿, 2.5K → 2500.
pub fn chinese_units(english: &str) -> String {
    let (number, exponent) = match english.char_indices().last() {
        Some((at, 'K')) => (&english[..at], 3),
        Some((at, 'M')) => (&english[..at], 6),
        Some((at, 'B')) => (&english[..at], 9),
        Some((at, 'T')) => (&english[..at], 12),
        _ => (english, 0),
    };
    let number = number.replace(',', "");
    let (whole, fraction) = number.split_once('.').unwrap_or((&number, ""));
    if whole.is_empty()
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return english.to_owned();
    }
    // value = digits × 10^power, digits without leading zeros.
    let digits = format!("{whole}{fraction}");
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return "0".to_owned();
    }
    let power = exponent - fraction.len() as i32;
    let magnitude = digits.len() as i32 + power; // number of digits before the point
    let unit = [(12, "万亿"), (8, "亿"), (4, "万")]
        .into_iter()
        .find(|(size, _)| magnitude > *size);
    let (shift, name) = unit.unwrap_or((0, ""));
    let point = magnitude - shift; // digits before the point, in the unit
    let text = if point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        format!(
            "{}.{}",
            &digits[..point as usize],
            &digits[point as usize..]
        )
    };
    format!("{}{name}", trim_decimals(text, 0))
}

fn chinese() -> bool {
    super::locale::current() == super::locale::Locale::Zh
}

/// A token count with separators: 1000000 → "1,000,000".
pub fn tokens(count: u64) -> String {
    group_thousands(count)
}

/// A repeatable stream of pseudo-random numbers (xorshift) for the tests that compare our
/// formatting and parsing with core's over many values: fixed, so a failure reproduces.
#[cfg(test)]
pub(crate) fn pseudo_random(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_decimals_round_the_exact_value_half_to_even() {
        assert_eq!(fixed(96.35, 1), "96.3");
        assert_eq!(fixed(0.125, 2), "0.12");
        assert_eq!(fixed(0.375, 2), "0.38");
        assert_eq!(fixed(2.5, 0), "2");
        assert_eq!(fixed(3.5, 0), "4");
        assert_eq!(fixed(1234.5, 2), "1234.50");
        assert_eq!(fixed(0.000274, 6), "0.000274");
        assert_eq!(fixed(-0.004, 2), "-0.00");
        assert_eq!(fixed(0.0, 3), "0.000");
        assert_eq!(fixed(5e-324, 3), "0.000");
        assert_eq!(fixed(1e300, 2), "—");
        assert_eq!(fixed(f64::NAN, 2), "—");
    }

    /// `fixed` against the formatter it replaces, over values of every size the page shows and
    /// the ties and near-ties where rounding differs.
    #[test]
    fn fixed_prints_what_core_fmt_prints() {
        let mut next = pseudo_random(0x9e37_79b9_7f4a_7c15);
        for _ in 0..200_000 {
            let decimals = (next() % 7) as usize;
            let magnitude = 10f64.powi((next() % 16) as i32 - 6);
            let value = (next() % 1_000_000) as f64 / 1_000_000.0 * magnitude;
            let value = if next().is_multiple_of(4) {
                -value
            } else {
                value
            };
            assert_eq!(
                fixed(value, decimals),
                format!("{value:.decimals$}"),
                "{value:e}"
            );
            // Exact ties (k + ½ units) and their neighbours.
            let tie = ((next() % 100_000) as f64 + 0.5) / 10f64.powi(decimals as i32);
            for near in [
                tie,
                f64::from_bits(tie.to_bits() + 1),
                f64::from_bits(tie.to_bits() - 1),
            ] {
                assert_eq!(
                    fixed(near, decimals),
                    format!("{near:.decimals$}"),
                    "{near:e}"
                );
            }
        }
    }

    #[test]
    fn dollars_keep_significant_digits_and_exact_prices() {
        assert_eq!(usd(0.000274), "$0.000274");
        assert_eq!(usd(0.0000274), "$0.0000274");
        assert_eq!(usd(2.74), "$2.74");
        assert_eq!(usd(75.0), "$75.00");
        assert_eq!(usd(1234.56), "$1,234.56");
        assert_eq!(usd(1_234_567.891), "$1,234,567.89");
        assert_eq!(usd(0.014), "$0.014");
        assert_eq!(usd(0.275), "$0.275");
        assert_eq!(usd(0.55), "$0.55");
        assert_eq!(usd(0.0), "$0.00");
        assert_eq!(usd(-2.5), "−$2.50");
        assert_eq!(usd(f64::NAN), "—");
    }

    #[test]
    fn compact_figures_never_round_below_four_digits() {
        assert_eq!(usd_compact(5_576_000.0), "$5.576M");
        assert_eq!(usd_compact(5_328_000.0), "$5.328M");
        assert_eq!(usd_compact(294_000.0), "$294K");
        assert_eq!(usd_compact(593e9), "$593B");
        assert_eq!(usd_compact(1.6e9), "$1.6B");
        assert_eq!(usd_compact(1e9), "$1B");
        assert_eq!(compact(671e9), "671B");
        assert_eq!(compact(37e9), "37B");
        assert_eq!(compact(2_788_000.0), "2.788M");
        assert_eq!(compact(14.8e12), "14.8T");
    }

    #[test]
    fn ratios_and_percentages() {
        assert_eq!(multiple(75.0 / 2.74), "27.4×");
        assert_eq!(multiple(3.0 / 0.55), "5.45×");
        assert_eq!(multiple(2.0), "2.0×");
        assert_eq!(multiple(60.0 / 0.55), "109×");
        assert_eq!(percent(96.3503, 2), "96.35%");
        assert_eq!(percent(-16.97, 2), "−16.97%");
        assert_eq!(percent(96.35, 1), "96.3%");
        assert_eq!(tokens(1_000_000), "1,000,000");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
    }

    /// The Chinese edition's forms (src/content/zh/formats.toml): the English digits, with
    /// 美元, 倍 and the units of ten thousand, never rounded again.
    #[test]
    fn chinese_forms_keep_the_english_digits() {
        use crate::model::locale::{render_in, Locale};
        render_in(Locale::Zh, None, || {
            assert_eq!(usd(2.74), "2.74美元");
            assert_eq!(usd(0.000274), "0.000274美元");
            assert_eq!(usd(2250.0), "2,250.00美元");
            assert_eq!(usd(-2.5), "−2.50美元");
            assert_eq!(usd_tight(0.014), "$0.014");
            assert_eq!(usd_compact(5_576_000.0), "557.6万美元");
            assert_eq!(usd_compact(294_000.0), "29.4万美元");
            assert_eq!(usd_compact(593e9), "5930亿美元");
            assert_eq!(usd_compact(1.6e9), "16亿美元");
            assert_eq!(usd_compact(4e12), "4万亿美元");
            assert_eq!(usd_compact(10_000.0), "1万美元");
            assert_eq!(usd_compact_tight(1e4), "$1万");
            assert_eq!(usd_compact_tight(1e7), "$1000万");
            assert_eq!(usd_compact_tight(1e9), "$10亿");
            assert_eq!(compact(671e9), "6710亿");
            assert_eq!(compact(14.8e12), "14.8万亿");
            assert_eq!(compact(2500.0), "2500");
            assert_eq!(compact_english(128_000.0), "128K");
            assert_eq!(whole(2048), "2048");
            assert_eq!(whole(2_664_000), "266.4万");
            assert_eq!(whole(5000), "5000");
            assert_eq!(multiple(75.0 / 2.74), "27.4倍");
            assert_eq!(multiple(2.0), "2.0倍");
            assert_eq!(multiple(60.0 / 0.55), "109倍");
            assert_eq!(percent(-16.97, 2), "−16.97%");
            assert_eq!(tokens(1_000_000), "1,000,000");
        });
        assert_eq!(usd(2.74), "$2.74", "English again outside");
    }

    #[test]
    fn chinese_units_shift_the_point_in_decimal() {
        for (english, chinese) in [
            ("5.576M", "557.6万"),
            ("593B", "5930亿"),
            ("1.6B", "16亿"),
            ("14.8T", "14.8万亿"),
            ("294K", "29.4万"),
            ("10K", "1万"),
            ("1M", "100万"),
            ("2.5K", "2500"),
            ("2,664,000", "266.4万"),
            ("9999", "9999"),
            ("10000", "1万"),
            ("0.5", "0.5"),
            ("1.23456T", "1.23456万亿"),
            ("100T", "100万亿"),
            ("—", "—"),
        ] {
            assert_eq!(chinese_units(english), chinese, "{english}");
        }
    }
}
