//! The cost widget's model: its state and reducer (`state`), URL codec (`url`), answers
//! (`results`) and CSV (`csv`), each in its own file; this file re-exports them as one API.

mod csv;
mod results;
mod state;
mod url;

pub use csv::csv;
pub use results::{claim_check, ratio_words, results, ClaimCheck, ResultRow};
pub use state::{
    parse_field, CostAction, CostState, Field, Preset, Scale, DEFAULT_DATE, DEFAULT_MODELS,
    DEFAULT_WORKLOAD, PRESETS,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::prices::{CATALOGUE, MODELS};
    use crate::model::date::Date;
    use crate::model::format;
    use crate::model::pricing::{PriceOn, MAX_TOKENS};
    use crate::model::url_state::{Fragment, UrlState};

    fn state_with(actions: Vec<CostAction>) -> CostState {
        actions.into_iter().fold(CostState::new(), |state, action| {
            state.apply(action, &CATALOGUE)
        })
    }

    fn row<'a>(rows: &'a [ResultRow], key: &str) -> &'a ResultRow {
        rows.iter().find(|row| row.model.key == key).unwrap()
    }

    #[test]
    fn default_view_reproduces_the_headline_numbers() {
        let state = CostState::new();
        let rows = results(&state, MODELS);
        assert_eq!(rows.len(), 2);
        assert_eq!(
            format::usd(row(&rows, "o1").costs.unwrap().per_request),
            "$75.00"
        );
        let r1 = row(&rows, "r1");
        assert_eq!(format::usd(r1.costs.unwrap().per_request), "$2.74");
        let versus = r1.versus_baseline.unwrap();
        assert_eq!(ratio_words(&versus), "27.4× cheaper");
        assert_eq!(format::percent(versus.percent_saved, 2), "96.35%");
        assert_eq!(format::usd(r1.costs.unwrap().per_month), "$82.20");
        match claim_check(&state, MODELS) {
            ClaimCheck::Saving { percent_saved, .. } => {
                assert_eq!(format::percent(percent_saved, 2), "96.35%")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn fully_cached_input_gives_the_98_percent_saving() {
        let state = state_with(vec![
            CostAction::SetField(Field::CachedPercent, "100".into()),
            CostAction::SetField(Field::OutputTokens, "0".into()),
        ]);
        match claim_check(&state, MODELS) {
            ClaimCheck::Saving {
                percent_saved,
                times_cheaper,
            } => {
                assert_eq!(format::percent(percent_saved, 1), "98.1%");
                assert_eq!(format::multiple(times_cheaper), "53.6×");
            }
            other => panic!("{other:?}"),
        }
    }

    /// A day sent from the price chart or the timeline, as the cost widget passes it on.
    fn sent(day: Date) -> CostAction {
        use crate::data::prices::REASONING_SERIES;
        use crate::model::pricing::on_sale_by_line;
        CostAction::PricesOnDay(day, on_sale_by_line(REASONING_SERIES, &CATALOGUE, day))
    }

    #[test]
    fn a_day_sent_from_the_chart_brings_in_the_models_on_sale_then() {
        let day = Date::ymd(2026, 8, 23);
        let state = state_with(vec![sent(day)]);
        assert_eq!(state.date, day);
        // R1 was withdrawn on 21 August 2025; o1 is still on sale, so it stays the baseline.
        assert_eq!(state.selected, vec!["o1", "v4-flash"]);
        assert_eq!(state.baseline, "o1");
        assert_eq!(
            state.messages,
            vec!["DeepSeek-V4-Flash in place of DeepSeek-R1, not on sale on 23 August 2026."]
        );
        let rows = results(&state, MODELS);
        assert!(
            rows.iter().all(|row| row.costs.is_some()),
            "every row priced"
        );
        // SetDate, as the date field sends it, leaves the reader's models alone.
        let typed = state_with(vec![CostAction::SetDate("2026-08-23".into())]);
        assert_eq!(typed.selected, vec!["o1", "r1"]);
    }

    #[test]
    fn a_sent_day_keeps_models_on_sale_and_at_least_two() {
        // In the article's week o1 and R1 are both on sale: nothing changes, nothing is said.
        let week = state_with(vec![sent(Date::ymd(2025, 1, 27))]);
        assert_eq!(week.selected, vec!["o1", "r1"]);
        assert!(week.messages.is_empty());
        // Before R1, DeepSeek's line has no model yet: R1 stays, shown as not yet available.
        let before = state_with(vec![sent(Date::ymd(2024, 12, 26))]);
        assert_eq!(before.selected, vec!["o1", "r1"]);
        // Two OpenAI models, neither on sale yet, and no other: o1-preview joins them rather than
        // leave one model, and becomes the baseline, since it has a price.
        let openai_only = state_with(vec![
            CostAction::ToggleModel("o3".into()),
            CostAction::ToggleModel("r1".into()),
            sent(Date::ymd(2024, 10, 15)),
        ]);
        assert_eq!(openai_only.selected, vec!["o1-preview", "o1", "o3"]);
        assert_eq!(openai_only.baseline, "o1-preview");
        assert_eq!(
            openai_only.messages,
            vec!["o1-preview added: o1 and o3 not on sale on 15 October 2024."]
        );
    }

    #[test]
    fn off_peak_r1_is_priced_in_its_period_only() {
        let state = state_with(vec![
            CostAction::ToggleModel("r1-offpeak".into()),
            CostAction::SetDate("2025-03-01".into()),
        ]);
        let rows = results(&state, MODELS);
        let off_peak = row(&rows, "r1-offpeak");
        assert_eq!(format::usd(off_peak.costs.unwrap().per_request), "$0.685");
        assert_eq!(
            format::multiple(off_peak.versus_baseline.unwrap().times_cheaper),
            "109×"
        );
        let before = state.apply(CostAction::SetDate("2025-01-27".into()), &CATALOGUE);
        assert!(matches!(
            row(&results(&before, MODELS), "r1-offpeak").price,
            PriceOn::NotYetAvailable(_)
        ));
    }

    #[test]
    fn a_model_not_yet_released_is_unavailable_not_zero() {
        let state = state_with(vec![CostAction::ToggleModel("o3".into())]);
        let o3 = *row(&results(&state, MODELS), "o3");
        assert_eq!(o3.costs, None);
        assert_eq!(o3.versus_baseline, None);
        assert_eq!(o3.price, PriceOn::NotYetAvailable(Date::ymd(2025, 4, 16)));
        let after_cut = state.apply(CostAction::SetDate("2025-06-10".into()), &CATALOGUE);
        assert_eq!(
            format::usd(
                row(&results(&after_cut, MODELS), "o3")
                    .costs
                    .unwrap()
                    .per_request
            ),
            "$10.00"
        );
    }

    #[test]
    fn reasoning_tokens_raise_the_cost_at_the_output_price() {
        let state = state_with(vec![CostAction::ApplyPreset("proof")]);
        let rows = results(&state, MODELS);
        // 500 in at $15 plus (3,000 + 25,000) out at $60, per million; 5 a day for 30 days.
        assert_eq!(
            format::usd(row(&rows, "o1").costs.unwrap().per_request),
            "$1.6875"
        );
        assert_eq!(
            format::usd(row(&rows, "o1").costs.unwrap().per_month),
            "$253.125"
        );
    }

    #[test]
    fn bad_input_is_clamped_or_kept_with_a_specific_message() {
        let state = state_with(vec![CostAction::SetField(Field::InputTokens, "-5".into())]);
        assert_eq!(state.workload.input_tokens, 0);
        assert_eq!(
            state.messages,
            vec!["Input tokens per request: -5 is below the minimum, so 0 is used."]
        );
        let state = state_with(vec![CostAction::SetField(
            Field::OutputTokens,
            "1e13".into(),
        )]);
        assert_eq!(state.workload.output_tokens, MAX_TOKENS);
        assert!(state.messages[0].contains("above the maximum, so 1,000,000,000,000 is used"));
        for garbage in ["", "NaN", "inf", "abc", "1..2"] {
            let state = state_with(vec![CostAction::SetField(
                Field::InputTokens,
                garbage.into(),
            )]);
            assert_eq!(
                state.workload.input_tokens, DEFAULT_WORKLOAD.input_tokens,
                "{garbage:?}"
            );
            assert_eq!(state.messages.len(), 1, "{garbage:?}");
        }
        let state = state_with(vec![CostAction::SetField(
            Field::InputTokens,
            "1,500.6".into(),
        )]);
        assert_eq!(state.workload.input_tokens, 1_501);
        assert!(state.messages[0].contains("rounded to 1,501"));
        let state = state_with(vec![CostAction::SetField(
            Field::CachedPercent,
            "250".into(),
        )]);
        assert_eq!(state.workload.cached_percent, 100.0);
    }

    #[test]
    fn presets_state_their_token_counts() {
        assert_eq!(
            PRESETS[2].assumption(),
            "Assumes 20,000 input tokens per request (50% cached), 2,000 visible output and 8,000 reasoning tokens, 20 requests a day."
        );
        assert_eq!(PRESETS[0].workload, DEFAULT_WORKLOAD);
    }

    #[test]
    fn at_least_two_models_stay_selected() {
        let state = state_with(vec![CostAction::ToggleModel("r1".into())]);
        assert_eq!(state.selected, vec!["o1", "r1"]);
        assert_eq!(state.messages.len(), 1);
        let state = state_with(vec![
            CostAction::ToggleModel("v3".into()),
            CostAction::ToggleModel("o1".into()),
        ]);
        assert_eq!(state.selected, vec!["r1", "v3"]);
        assert_eq!(state.baseline, "r1");
    }

    #[test]
    fn url_state_round_trips_and_omits_defaults() {
        assert!(CostState::new().to_pairs(&CATALOGUE).is_empty());
        let state = state_with(vec![
            CostAction::ApplyPreset("coding"),
            CostAction::ToggleModel("o3".into()),
            CostAction::SetBaseline("r1".into()),
            CostAction::SetDate("2025-06-10".into()),
            CostAction::SetScale(Scale::Log),
        ]);
        let mut fragment = Fragment::default();
        state.write_into(&mut fragment, &CATALOGUE);
        let hash = fragment.to_hash();
        assert_eq!(hash, "#in=20000&cache=50&out=2000&think=8000&rpd=20&m=o1,o3,r1&base=r1&d=2025-06-10&scale=log");
        let restored = CostState::from_fragment(&Fragment::parse(&hash), &CATALOGUE);
        assert_eq!(
            restored,
            CostState {
                messages: vec![],
                ..state
            }
        );
    }

    #[test]
    fn hostile_fragments_fall_back_with_messages() {
        let state = CostState::from_fragment(
            &Fragment::parse("#in=-1&out=NaN&m=o1,evil,<script>&d=1899-01-01&scale=3d&base=zz"),
            &CATALOGUE,
        );
        assert_eq!(state.workload.input_tokens, 0);
        assert_eq!(state.workload.output_tokens, DEFAULT_WORKLOAD.output_tokens);
        assert_eq!(state.selected, vec!["o1", "r1"]);
        assert_eq!(state.date, CATALOGUE.days().0, "clamped to the first price");
        assert_eq!(state.scale, Scale::Linear);
        assert!(state
            .messages
            .iter()
            .any(|m| m.contains("unknown model “evil”")));
        assert!(state.messages.len() >= 6, "{:?}", state.messages);
    }

    #[test]
    fn csv_lists_what_is_on_screen() {
        let csv = csv(&CostState::new(), MODELS, |_| {
            Some("https://example.org/p".to_owned())
        });
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 10, "{csv}");
        assert_eq!(lines[1], "# prices as of,2025-01-27");
        assert!(lines[8].contains(",baseline,2024-12-17,,15,7.5,60,75.000000,75.000000,2250.000000,,,https://example.org/p"), "{}", lines[8]);
        assert!(lines[9].contains(",listed,2025-01-20,2025-08-21,0.55,0.14,2.19,2.740000,2.740000,82.200000,27.372,96.35,"), "{}", lines[9]);
    }
}
