//! Timeline event types: who acted, what kind of event it was, and when.

use super::date::Date;
use super::facts::Confidence;

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
            Actor::Policy => "Policy",
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
}

impl EventKind {
    pub const ALL: [EventKind; 5] = [
        EventKind::Release,
        EventKind::Announcement,
        EventKind::Price,
        EventKind::Market,
        EventKind::Research,
    ];

    pub fn name(self) -> &'static str {
        match self {
            EventKind::Release => "Release",
            EventKind::Announcement => "Announcement",
            EventKind::Price => "Price change",
            EventKind::Market => "Market",
            EventKind::Research => "Research",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            EventKind::Release => "release",
            EventKind::Announcement => "announcement",
            EventKind::Price => "price",
            EventKind::Market => "market",
            EventKind::Research => "research",
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
    /// One line in our own words.
    pub summary: &'static str,
    pub actors: &'static [Actor],
    pub kind: EventKind,
    /// Source ids, most authoritative first.
    pub sources: &'static [&'static str],
    /// Ids of facts related to the event (shown in its details).
    pub facts: &'static [&'static str],
    pub confidence: Confidence,
}
