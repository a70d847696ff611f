//! Calendar dates (proleptic Gregorian, UTC days) and the arithmetic the explainer needs.
//!
//! Hand-written rather than pulling in `chrono`/`time`: we need parse, compare, day counts and two
//! display forms, and those crates would add tens of KB to the wasm for that.

use std::fmt;

/// A calendar day. Ordering is chronological because the fields are compared year, month, day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The earliest and latest dates any view accepts; outside these a date is clamped.
pub const EARLIEST: Date = Date::ymd(2022, 1, 1);
pub const LATEST: Date = Date::ymd(2030, 12, 31);

impl Date {
    /// Builds a date without checking it; data constants are checked by `is_valid` in tests.
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    pub fn is_leap_year(year: i32) -> bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    pub fn days_in_month(year: i32, month: u8) -> u8 {
        match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if Date::is_leap_year(year) => 29,
            2 => 28,
            _ => 0,
        }
    }

    pub fn is_valid(self) -> bool {
        (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= Date::days_in_month(self.year, self.month)
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (or an impossible day) is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let date = Date {
            year: digits(0..4)? as i32,
            month: digits(5..7)? as u8,
            day: digits(8..10)? as u8,
        };
        date.is_valid().then_some(date)
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let year_of_era = y - era * 400;
        let m = i64::from(self.month);
        let day_of_year =
            (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The inverse of `days_since_epoch`.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// Keeps a date inside the range the views accept.
    pub fn clamp_to_supported(self) -> Date {
        self.clamp(EARLIEST, LATEST)
    }

    pub fn month_name(self) -> &'static str {
        MONTH_NAMES
            .get(usize::from(self.month.saturating_sub(1)))
            .copied()
            .unwrap_or("?")
    }

    /// "20 January 2025": unambiguous for readers on both sides of the Atlantic.
    pub fn long(self) -> String {
        if chinese() {
            return format!("{}年{}月{}日", self.year, self.month, self.day);
        }
        format!("{} {} {}", self.day, self.month_name(), self.year)
    }

    /// "2025-01": a valid HTML `<time datetime>` when only the month is certain.
    pub fn year_month(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// "20 Jan 2025", for tight spaces such as chart labels.
    pub fn short(self) -> String {
        if chinese() {
            return self.long();
        }
        format!("{} {} {}", self.day, &self.month_name()[..3], self.year)
    }

    /// "Jan 2025", for month ticks.
    pub fn month_year(self) -> String {
        if chinese() {
            return format!("{}年{}月", self.year, self.month);
        }
        format!("{} {}", &self.month_name()[..3], self.year)
    }
}

/// Chinese has no short month names: 2025年1月20日 is about as wide as "20 Jan 2025".
fn chinese() -> bool {
    super::locale::current() == super::locale::Locale::Zh
}

impl fmt::Display for Date {
    /// ISO 8601, the form used in URLs, CSV and `<time datetime>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates_and_rejects_everything_else() {
        assert_eq!(Date::parse("2025-01-20"), Some(Date::ymd(2025, 1, 20)));
        assert_eq!(Date::parse("2024-02-29"), Some(Date::ymd(2024, 2, 29)));
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-1-20",
            "20250120",
            "",
            "2025-01-2x",
            "+025-01-20",
            "2025-01-20 ",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn counts_days_between_the_articles_events() {
        // o1 in ChatGPT to R1, and o1-preview to R1: the article's "less than two months".
        assert_eq!(
            Date::ymd(2024, 12, 5).days_until(Date::ymd(2025, 1, 20)),
            46
        );
        assert_eq!(
            Date::ymd(2024, 9, 12).days_until(Date::ymd(2025, 1, 20)),
            130
        );
        assert_eq!(Date::ymd(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(Date::ymd(2000, 3, 1).days_since_epoch(), 11_017);
    }

    #[test]
    fn day_numbers_round_trip() {
        for days in (-800_000..800_000).step_by(997) {
            let date = Date::from_days_since_epoch(days);
            assert!(date.is_valid());
            assert_eq!(date.days_since_epoch(), days);
        }
    }

    #[test]
    fn displays_iso_and_long_forms() {
        let r1 = Date::ymd(2025, 1, 20);
        assert_eq!(r1.to_string(), "2025-01-20");
        assert_eq!(r1.long(), "20 January 2025");
        assert_eq!(r1.short(), "20 Jan 2025");
        assert_eq!(r1.month_year(), "Jan 2025");
        assert_eq!(Date::ymd(1999, 1, 1).clamp_to_supported(), EARLIEST);
    }
}
