//! State of the price explorer: which day's prices are shown, and what the reader was told when
//! their input could not be used as typed.

use super::date::{self, Date};

/// The day the explorer opens on: the week of the article.
pub const DEFAULT_DATE: Date = Date::ymd(2025, 1, 27);

#[derive(Clone, Debug, PartialEq)]
pub struct ExplorerState {
    pub date: Date,
    /// A specific, visible message when input was clamped or rejected.
    pub message: Option<String>,
}

impl Default for ExplorerState {
    fn default() -> Self {
        ExplorerState {
            date: DEFAULT_DATE,
            message: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExplorerAction {
    /// The reader typed or picked a date in the date field (raw text, validated here).
    EnterDate(String),
    /// A shortcut button for a known day.
    Pick(Date),
}

impl ExplorerState {
    pub fn apply(&self, action: ExplorerAction) -> ExplorerState {
        match action {
            ExplorerAction::Pick(day) => ExplorerState {
                date: day.clamp_to_supported(),
                message: None,
            },
            ExplorerAction::EnterDate(text) => match Date::parse(text.trim()) {
                None => ExplorerState {
                    date: self.date,
                    message: Some(format!(
                        "“{}” is not a date in the form YYYY-MM-DD; still showing {}.",
                        truncate(&text, 40),
                        self.date.long()
                    )),
                },
                Some(day) if day != day.clamp_to_supported() => {
                    let clamped = day.clamp_to_supported();
                    ExplorerState {
                        date: clamped,
                        message: Some(format!(
                            "Dates run from {} to {}; showing {} instead of {}.",
                            date::EARLIEST.long(),
                            date::LATEST.long(),
                            clamped.long(),
                            day
                        )),
                    }
                }
                Some(day) => ExplorerState {
                    date: day,
                    message: None,
                },
            },
        }
    }
}

/// Cuts echoed input so a pasted novel cannot flood the message.
fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max_chars).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_dates_are_taken_and_clear_the_message() {
        let state = ExplorerState {
            message: Some("old".into()),
            ..Default::default()
        };
        let next = state.apply(ExplorerAction::EnterDate("2025-03-01".into()));
        assert_eq!(
            next,
            ExplorerState {
                date: Date::ymd(2025, 3, 1),
                message: None
            }
        );
    }

    #[test]
    fn garbage_keeps_the_date_and_says_why() {
        let next = ExplorerState::default().apply(ExplorerAction::EnterDate("<script>".into()));
        assert_eq!(next.date, DEFAULT_DATE);
        assert_eq!(
            next.message.as_deref(),
            Some("“<script>” is not a date in the form YYYY-MM-DD; still showing 27 January 2025.")
        );
        let long = "9".repeat(100_000);
        let next = ExplorerState::default().apply(ExplorerAction::EnterDate(long));
        assert!(next.message.unwrap().chars().count() < 120);
    }

    #[test]
    fn out_of_range_dates_are_clamped_with_a_message() {
        let next = ExplorerState::default().apply(ExplorerAction::EnterDate("1999-01-01".into()));
        assert_eq!(next.date, date::EARLIEST);
        assert!(next.message.unwrap().contains("instead of 1999-01-01"));
        let next = ExplorerState::default().apply(ExplorerAction::Pick(Date::ymd(2099, 1, 1)));
        assert_eq!(next.date, date::LATEST);
    }
}
