//! Timeline events: who acted, what kind of event it was and when, the lanes they sit in, the
//! ready-made zoom ranges, and the calendar arithmetic the chart and its "days between" use.

use crate::model::date::Date;
use crate::model::facts::Confidence;
use crate::model::locale::{t, tf, tr};
use crate::model::page_text::FromPage;

/// Who an event is about; each gets its own lane and colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Actor {
    OpenAi,
    DeepSeek,
    Markets,
    Policy,
}

impl Actor {
    pub const ALL: [Actor; 4] = [
        Actor::OpenAi,
        Actor::DeepSeek,
        Actor::Markets,
        Actor::Policy,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Actor::OpenAi => "OpenAI",
            Actor::DeepSeek => "DeepSeek",
            Actor::Markets => "Markets",
            // Regulators (Italy's Garante, Korea's PIPC) included: they are government bodies.
            Actor::Policy => "Governments",
        }
    }

    /// Stable key for URLs and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Actor::OpenAi => "openai",
            Actor::DeepSeek => "deepseek",
            Actor::Markets => "markets",
            Actor::Policy => "policy",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventKind {
    Release,
    Announcement,
    Price,
    Market,
    Research,
    /// Bans, privacy orders, export rules and security incidents.
    Regulation,
}

impl EventKind {
    pub const ALL: [EventKind; 6] = [
        EventKind::Release,
        EventKind::Announcement,
        EventKind::Price,
        EventKind::Market,
        EventKind::Research,
        EventKind::Regulation,
    ];

    pub fn name(self) -> &'static str {
        match self {
            EventKind::Release => "Release",
            EventKind::Announcement => "Announcement",
            EventKind::Price => "Price change",
            EventKind::Market => "Market",
            EventKind::Research => "Research",
            EventKind::Regulation => "Regulation and security",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            EventKind::Release => "release",
            EventKind::Announcement => "announcement",
            EventKind::Price => "price",
            EventKind::Market => "market",
            EventKind::Research => "research",
            EventKind::Regulation => "regulation",
        }
    }
}

/// One dated event on the timeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Event {
    /// Short, stable key used in URLs ("r1", "o1-api").
    pub key: &'static str,
    pub date: Date,
    /// A few words, used as the label on the axis ("DeepSeek-R1").
    pub title: &'static str,
    /// One line in our own words (through `summary()`: see `model::page_text`).
    pub summary: FromPage,
    pub actors: &'static [Actor],
    pub kind: EventKind,
    /// Source ids, most authoritative first.
    pub sources: &'static [&'static str],
    /// Ids of facts related to the event (shown in its details).
    pub facts: &'static [&'static str],
    pub confidence: Confidence,
}

impl Event {
    /// The one-line summary (empty in the browser until the page text has loaded).
    pub fn summary(&self) -> String {
        #[cfg(not(text_from_page))]
        return crate::model::locale::tr_owned(self.summary.0);
        #[cfg(text_from_page)]
        crate::model::page_text::with(|text| text.event_summary(self.key).cloned())
            .unwrap_or_default()
    }

    /// The lane the event is drawn in: the lane of its first (main) actor.
    pub fn lane(&self) -> Lane {
        self.actors
            .first()
            .map_or(Lane::Policy, |actor| Lane::of(*actor))
    }

    /// The actor whose colour and marker shape the event takes (CSS class).
    pub fn colour_key(&self) -> &'static str {
        self.actors.first().map_or("policy", |actor| actor.key())
    }

    /// Who acted, as the list and the details panel name them: "OpenAI, DeepSeek".
    pub fn actor_names(&self) -> String {
        self.actors
            .iter()
            .map(|actor| tr(actor.name()))
            .collect::<Vec<_>>()
            .join(t!(", "))
    }

    /// Whether any of the event's actors is in `shown`.
    pub fn has_actor_in(&self, shown: &[Actor]) -> bool {
        self.actors.iter().any(|actor| shown.contains(actor))
    }
}

/// The position of the event with this key, if any.
pub fn event_index(events: &[Event], key: &str) -> Option<usize> {
    events.iter().position(|event| event.key == key)
}

/// The chart's horizontal bands: the two labs, then the world's reaction in two lanes (markets;
/// governments and regulators), which since 2025 each hold too many events to share one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lane {
    OpenAi,
    DeepSeek,
    Markets,
    Policy,
}

impl Lane {
    pub const ALL: [Lane; 4] = [Lane::OpenAi, Lane::DeepSeek, Lane::Markets, Lane::Policy];

    pub fn of(actor: Actor) -> Lane {
        match actor {
            Actor::OpenAi => Lane::OpenAi,
            Actor::DeepSeek => Lane::DeepSeek,
            Actor::Markets => Lane::Markets,
            Actor::Policy => Lane::Policy,
        }
    }

    /// The lane is named as its filter chip is, so the two read as one thing.
    pub fn name(self) -> &'static str {
        match self {
            Lane::OpenAi => Actor::OpenAi,
            Lane::DeepSeek => Actor::DeepSeek,
            Lane::Markets => Actor::Markets,
            Lane::Policy => Actor::Policy,
        }
        .name()
    }

    pub fn key(self) -> &'static str {
        match self {
            Lane::OpenAi => "openai",
            Lane::DeepSeek => "deepseek",
            Lane::Markets => "markets",
            Lane::Policy => "policy",
        }
    }
}

/// A span of days: `start` inclusive, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub start: Date,
    pub end: Date,
}

impl Range {
    pub fn contains(self, day: Date) -> bool {
        self.start <= day && day < self.end
    }

    /// Length in days, at least one so a scale never divides by zero.
    pub fn days(self) -> i64 {
        self.start.days_until(self.end).max(1)
    }
}

/// The first day of `day`'s month.
pub fn month_start(day: Date) -> Date {
    Date::ymd(day.year, day.month, 1)
}

/// The same day `months` calendar months later, moved back to the month's last day if needed
/// (31 January plus one month is 28 or 29 February).
pub fn add_months(day: Date, months: u32) -> Date {
    let total = i64::from(day.year) * 12 + i64::from(day.month) - 1 + i64::from(months);
    let year = total.div_euclid(12) as i32;
    let month = (total.rem_euclid(12) + 1) as u8;
    Date::ymd(year, month, day.day.min(Date::days_in_month(year, month)))
}

/// A gap between two days as whole calendar months and the days left over: 5 December 2024 to
/// 20 January 2025 is one month and fifteen days. Order does not matter.
pub fn months_and_days(a: Date, b: Date) -> (u32, i64) {
    let (from, to) = if a <= b { (a, b) } else { (b, a) };
    let mut months = 0;
    // At most a few hundred steps for any supported date; the guard keeps garbage cheap.
    while months < 2400 && add_months(from, months + 1) <= to {
        months += 1;
    }
    (months, add_months(from, months).days_until(to))
}

/// A ready-made view of part of the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zoom {
    /// Every event, from the first month to the last.
    All,
    /// From o1-preview to the weeks after R1.
    Race,
    /// The two months around R1's release.
    Launch,
    /// January and February 2025: R1, the market's fall and the first bans.
    Shock,
    /// What came after: 2025 and 2026.
    Since,
}

impl Zoom {
    pub const ALL: [Zoom; 5] = [
        Zoom::All,
        Zoom::Race,
        Zoom::Launch,
        Zoom::Shock,
        Zoom::Since,
    ];

    /// Stable key for URLs.
    pub fn key(self) -> &'static str {
        match self {
            Zoom::All => "all",
            Zoom::Race => "sep24-feb25",
            Zoom::Launch => "dec24-jan25",
            Zoom::Shock => "jan25-feb25",
            Zoom::Since => "2025-2026",
        }
    }

    pub fn from_key(key: &str) -> Option<Zoom> {
        Zoom::ALL.into_iter().find(|zoom| zoom.key() == key)
    }

    /// The days shown; `All` spans whole months around the events given.
    pub fn range(self, events: &[Event]) -> Range {
        match self {
            Zoom::All => {
                let first = events.iter().map(|event| event.date).min();
                let last = events.iter().map(|event| event.date).max();
                match (first, last) {
                    (Some(first), Some(last)) => Range {
                        start: month_start(first),
                        end: add_months(month_start(last), 1),
                    },
                    _ => Zoom::Race.range(events),
                }
            }
            Zoom::Race => Range {
                start: Date::ymd(2024, 9, 1),
                end: Date::ymd(2025, 3, 1),
            },
            Zoom::Launch => Range {
                start: Date::ymd(2024, 12, 1),
                end: Date::ymd(2025, 2, 1),
            },
            Zoom::Shock => Range {
                start: Date::ymd(2025, 1, 1),
                end: Date::ymd(2025, 3, 1),
            },
            Zoom::Since => Range {
                start: Date::ymd(2025, 1, 1),
                end: Date::ymd(2027, 1, 1),
            },
        }
    }

    /// The button text, written from the range itself ("Sep 2024 – Feb 2025").
    pub fn label(self, events: &[Event]) -> String {
        match self {
            Zoom::All => t!("All events").to_owned(),
            // Whole years read better as years.
            Zoom::Since => t!("2025 – 2026").to_owned(),
            other => {
                let range = other.range(events);
                tf!(
                    "{} – {}",
                    range.start.month_year(),
                    range.end.add_days(-1).month_year()
                )
            }
        }
    }
}
