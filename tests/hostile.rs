//! Property tests over everything that reads untrusted input: the URL-fragment codec and each
//! widget's state decoder, the number and date parsers. Arbitrary text never panics and always
//! yields a valid state. Each property runs CASES cases (proptest's shrinking finds a minimal
//! counterexample if one ever fails).

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use r1_explainer::data::{
    events::EVENTS,
    prices::{CATALOGUE, MODELS, REASONING_SERIES},
};
use r1_explainer::model::benchmarks::BenchState;
use r1_explainer::model::cost::{self, CostState, Field};
use r1_explainer::model::date::Date;
use r1_explainer::model::grpo::{
    GroupAction, GroupPreset, GroupState, Run, RunAction, RunState, Settings, BETA_RANGE,
    CLIP_RANGE, GROUP_SIZES, MAX_LENGTH,
};
use r1_explainer::model::price_chart::{PriceChartAction, PriceChartState, CHART_START};
use r1_explainer::model::timeline::{Nav, TimelineAction, TimelineState};
use r1_explainer::model::training::{TrainingAction, TrainingState, GPU_HOUR_PRICE_RANGE};
use r1_explainer::model::url_state::{decode, encode, Fragment, UrlState};

const CASES: u32 = 4_000;
/// Cases of the toy-run property (each runs a short GRPO run twice).
const RUN_CASES: u32 = 300;

/// Text that looks like our fragments often enough to reach the decoders' deeper branches.
fn fragment_like() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("in"),
        Just("cache"),
        Just("out"),
        Just("think"),
        Just("rpd"),
        Just("m"),
        Just("base"),
        Just("d"),
        Just("scale"),
        Just("gpu"),
        Just("bm"),
        Just("bsort"),
        Just("ev"),
        Just("cmp"),
        Just("act"),
        Just("kind"),
        Just("zoom"),
        Just("pm"),
        Just("ps"),
        Just("pd"),
        Just("grpo"),
        Just("run"),
        Just("rg"),
        Just("beta"),
        Just("clip"),
        Just("dr"),
    ];
    let value = prop_oneof![
        any::<String>(),
        "[0-9eE.,+-]{0,30}",
        "(o1|o3|r1|v3|o1-mini|o3-mini|r1-offpeak|nope)(,(o1|o3|r1|v3|nope)){0,4}",
        "(openai|deepseek|markets|policy|release|regulation|all|2025-2026|jan25-feb25|input|o4-mini)(,(r1|o1|nvidia|v4)){0,3}",
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        "[0-3]{0,70}",
        Just("NaN".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
    ];
    prop::collection::vec((key, value), 0..12).prop_map(|pairs| {
        let body: Vec<String> = pairs
            .into_iter()
            .map(|(key, value)| format!("{key}={}", encode(&value)))
            .collect();
        format!("#{}", body.join("&"))
    })
}

/// Writes a widget's state into a fragment that also holds another widget's key, reads it back,
/// and checks the link opens the same view (same pairs) and kept the other key.
fn written_back<S: UrlState>(state: &S, context: &S::Context) -> S {
    let mut fragment = Fragment::parse("#other=kept");
    state.write_into(&mut fragment, context);
    let again = S::from_hash(&fragment.to_hash(), context);
    assert_eq!(again.to_pairs(context), state.to_pairs(context));
    assert_eq!(
        Fragment::parse(&fragment.to_hash()).get("other"),
        Some("kept")
    );
    again
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_text_decodes_to_valid_widget_states(hash in prop_oneof![any::<String>(), fragment_like()]) {
        let fragment = Fragment::parse(&hash);
        let cost = CostState::from_fragment(&fragment, &CATALOGUE);
        prop_assert!(cost.selected.len() >= 2 && cost.selected.contains(&cost.baseline));
        prop_assert!(cost.workload.input_tokens <= r1_explainer::model::pricing::MAX_TOKENS);
        prop_assert!((0.0..=100.0).contains(&cost.workload.cached_percent));
        prop_assert!(cost.date >= CATALOGUE.days().0 && cost.date <= CATALOGUE.days().1);
        let _ = cost::results(&cost, MODELS);
        let training = TrainingState::from_fragment(&fragment, &());
        let (low, high) = GPU_HOUR_PRICE_RANGE;
        prop_assert!(training.gpu_hour_price >= low && training.gpu_hour_price <= high);
        let bench = BenchState::from_fragment(&fragment, &());
        prop_assert!(bench.visible.iter().any(|shown| *shown));
        let timeline = TimelineState::from_fragment(&fragment, EVENTS);
        prop_assert!(!timeline.actors.is_empty() && !timeline.kinds.is_empty());
        prop_assert!(timeline.selected.is_none_or(|index| index < EVENTS.len()));
        let prices = PriceChartState::from_fragment(&fragment, &(REASONING_SERIES, CATALOGUE));
        let day = prices.day(&CATALOGUE);
        prop_assert!(day >= CHART_START && day <= CATALOGUE.checked);
        prop_assert!(prices.messages.len() <= 4);
        let group = GroupState::from_fragment(&fragment, &());
        prop_assert!(group.size >= GROUP_SIZES.0 && group.size <= GROUP_SIZES.1);
        prop_assert!(group.advantages().values.iter().all(|a| a.is_finite()));
        prop_assert!(group.messages.len() <= 1);
        let run = RunState::from_fragment(&fragment, &());
        prop_assert_eq!(run.run().settings(), run.settings, "the controls hold only values in range");
        prop_assert!(run.messages.len() <= 5);
        prop_assert!(group.messages.iter().chain(&run.messages).all(|m| m.chars().count() < 200));
    }

    #[test]
    fn every_widget_writes_back_a_link_that_opens_the_same_view(hash in prop_oneof![any::<String>(), fragment_like()]) {
        let fragment = Fragment::parse(&hash);
        written_back(&CostState::from_fragment(&fragment, &CATALOGUE), &CATALOGUE);
        written_back(&TrainingState::from_fragment(&fragment, &()), &());
        written_back(&BenchState::from_fragment(&fragment, &()), &());
        written_back(&TimelineState::from_fragment(&fragment, EVENTS), EVENTS);
        let prices = (REASONING_SERIES, CATALOGUE);
        written_back(&PriceChartState::from_fragment(&fragment, &prices), &prices);
        let group = written_back(&GroupState::from_fragment(&fragment, &()), &());
        prop_assert_eq!(group.digits(), GroupState::from_fragment(&fragment, &()).digits());
        let run = RunState::from_fragment(&fragment, &());
        let again = written_back(&run, &());
        // The link names the same run: the same seed and the same settings, bit for bit.
        prop_assert_eq!((again.seed, again.settings), (run.seed, run.settings));
    }

    #[test]
    fn any_group_digits_and_any_explorer_input_keep_a_valid_group(
        digits in prop_oneof!["[0-2]{0,80}", any::<String>()],
        actions in prop::collection::vec((0u8..6, any::<usize>(), prop_oneof![any::<String>(), "-?[0-9.e]{0,8}"]), 0..12),
    ) {
        let mut state = GroupState::new().apply(GroupAction::LoadFragment(format!("#grpo={}", encode(&digits))));
        for (kind, index, text) in actions {
            state = state.apply(match kind {
                0 => GroupAction::ToggleCorrect(index % 70),
                1 => GroupAction::ToggleFormat(index % 70),
                2 => GroupAction::SetSize(text),
                3 => GroupAction::Preset([GroupPreset::Example, GroupPreset::AllRight, GroupPreset::AllWrong, GroupPreset::OneRight][index % 4]),
                4 => GroupAction::Reset,
                _ => GroupAction::LoadFragment(text),
            });
            prop_assert!(state.size >= GROUP_SIZES.0 && state.size <= GROUP_SIZES.1);
            let advantages = state.advantages();
            prop_assert_eq!(advantages.values.len(), state.size);
            prop_assert!(advantages.values.iter().all(|a| a.is_finite()));
            prop_assert_eq!(advantages.mean, 0.0);
            prop_assert_eq!(advantages.teaches_nothing(), state.rewards().iter().all(|r| *r == state.rewards()[0]));
            prop_assert!(state.messages.iter().all(|m| m.chars().count() < 200));
            // The group's link opens the same group.
            let again = written_back(&state, &());
            prop_assert_eq!(again.digits(), state.digits());
        }
    }

    #[test]
    fn any_run_controls_give_a_run_in_range(
        actions in prop::collection::vec((0u8..8, prop_oneof![any::<String>(), "-?[0-9.e]{0,10}"], any::<bool>()), 0..10),
    ) {
        let mut state = RunState::new();
        for (kind, text, on) in actions {
            state = state.apply(match kind {
                0 => RunAction::SetSeed(text),
                1 => RunAction::NextSeed,
                2 => RunAction::SetGroupSize(text),
                3 => RunAction::SetBeta(text),
                4 => RunAction::SetClip(text),
                5 => RunAction::SetDrGrpo(on),
                6 => RunAction::Reset,
                _ => RunAction::LoadFragment(text),
            });
            let settings = state.settings;
            prop_assert!(settings.group_size >= GROUP_SIZES.0 && settings.group_size <= GROUP_SIZES.1);
            prop_assert!(settings.beta >= BETA_RANGE.0 && settings.beta <= BETA_RANGE.1);
            prop_assert!(settings.clip >= CLIP_RANGE.0 && settings.clip <= CLIP_RANGE.1);
            prop_assert!(state.messages.iter().all(|m| m.chars().count() < 200));
            let again = written_back(&state, &());
            prop_assert_eq!((again.seed, again.settings), (state.seed, state.settings));
        }
    }

    #[test]
    fn any_timeline_link_round_trips_and_the_keys_stay_on_shown_events(hash in prop_oneof![any::<String>(), fragment_like()], from in 0usize..64) {
        let state = TimelineState::new().apply(TimelineAction::LoadFragment(hash), EVENTS);
        prop_assert!(!state.actors.is_empty() && !state.kinds.is_empty());
        prop_assert!(state.selected.is_none_or(|i| i < EVENTS.len()));
        prop_assert!(state.compare.is_none_or(|i| i < EVENTS.len() && Some(i) != state.selected));
        prop_assert!(state.compare.is_none() || state.selected.is_some());
        // Whatever was loaded writes back to a fragment that loads to the same state.
        let again = written_back(&state, EVENTS);
        prop_assert!(again.messages.is_empty(), "{:?}", again.messages);
        let shown = state.visible(EVENTS);
        prop_assert!(state.tab_stop(EVENTS).is_none_or(|i| shown.contains(&i)));
        for nav in [Nav::Next, Nav::Prev, Nav::First, Nav::Last] {
            let moved = state.apply(TimelineAction::Navigate { from, nav }, EVENTS);
            prop_assert!(moved.cursor.is_none_or(|i| shown.contains(&i)));
        }
    }

    #[test]
    fn any_price_chart_input_keeps_the_day_on_the_chart(text in prop_oneof![any::<String>(), "-?[0-9]{0,7}", "[0-9]{4}-[0-9]{2}-[0-9]{2}"], hover in proptest::option::of(any::<i64>())) {
        let state = PriceChartState::new()
            .apply(PriceChartAction::SetDay(text), REASONING_SERIES, &CATALOGUE)
            .apply(PriceChartAction::Hover(hover), REASONING_SERIES, &CATALOGUE);
        for day in [state.day(&CATALOGUE), state.picked(&CATALOGUE)] {
            prop_assert!(day >= CHART_START && day <= CATALOGUE.checked);
        }
        prop_assert!(state.messages.iter().all(|message| message.chars().count() < 200));
    }

    #[test]
    fn fragments_round_trip_any_value(key in "[a-z]{1,6}", value in any::<String>()) {
        let mut fragment = Fragment::default();
        fragment.replace_owned(&[], vec![(Box::leak(key.clone().into_boxed_str()) as &str, value.clone())]);
        let parsed = Fragment::parse(&fragment.to_hash());
        let expected: String = value.chars().take(200).collect();
        prop_assert_eq!(parsed.get(&key), Some(expected.as_str()));
        prop_assert_eq!(decode(&encode(&value)), value);
    }

    #[test]
    fn number_fields_accept_or_refuse_without_panicking(text in prop_oneof![any::<String>(), "[-+]?[0-9,._ ]{0,20}([eE][-+]?[0-9]{1,4})?"]) {
        for field in [Field::InputTokens, Field::CachedPercent, Field::OutputTokens, Field::ReasoningTokens, Field::RequestsPerDay] {
            match cost::parse_field(field, &text) {
                Ok((value, _)) => {
                    let (low, high) = field.range();
                    prop_assert!(value.is_finite() && value >= low && value <= high, "{:?} {} → {}", field, text, value);
                    prop_assert!(!field.is_whole() || value.fract() == 0.0);
                }
                Err(message) => prop_assert!(message.chars().count() < 200),
            }
        }
        // The training panel's price goes through the same parser.
        let training = TrainingState::new().apply(TrainingAction::SetPrice(text.clone()));
        let (low, high) = GPU_HOUR_PRICE_RANGE;
        prop_assert!(training.gpu_hour_price.is_finite() && training.gpu_hour_price >= low && training.gpu_hour_price <= high);
        prop_assert!(training.messages.iter().all(|message| message.chars().count() < 200));
    }

    #[test]
    fn dates_parse_only_when_real(text in prop_oneof![any::<String>(), "[0-9]{4}-[0-9]{2}-[0-9]{2}"]) {
        if let Some(day) = Date::parse(&text) {
            prop_assert!(day.is_valid());
            prop_assert_eq!(day.to_string(), text);
        }
    }
}

// The toy run is costly next to a parser, so its property runs fewer cases, each a few steps long.
proptest! {
    #![proptest_config(ProptestConfig { cases: RUN_CASES, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_settings_in_range_run_without_panicking_or_nan(
        seed in any::<u32>(),
        group_size in GROUP_SIZES.0..=GROUP_SIZES.1,
        beta in BETA_RANGE.0..=BETA_RANGE.1,
        clip in CLIP_RANGE.0..=CLIP_RANGE.1,
        dr_grpo in any::<bool>(),
        learning_rate in 0.0..=10.0f64,
        questions in 1usize..=8,
        inner_steps in 1usize..=8,
    ) {
        let settings = Settings { group_size, beta, clip, dr_grpo, learning_rate, questions, inner_steps, steps: 12 };
        let mut run = Run::new(settings, seed);
        prop_assert_eq!(run.settings(), settings);
        prop_assert_eq!(run.advance(5) + run.advance(100), 12);
        for row in run.rows() {
            prop_assert!(row.mean_reward >= 0.0 && row.mean_reward <= 2.0);
            prop_assert!(row.accuracy >= 0.0 && row.accuracy <= 1.0);
            prop_assert!(row.mean_length >= 1.0 && row.mean_length <= MAX_LENGTH as f64);
            prop_assert!(row.idle_groups <= questions);
            for value in [row.policy_term, row.kl, row.kl_term, row.grad_norm, row.loss()] {
                prop_assert!(value.is_finite(), "{:?}", row);
            }
            prop_assert!(row.kl >= 0.0);
        }
        // The same seed and settings, the same rows.
        prop_assert_eq!(Run::new(settings, seed).run_to_end(), run.rows().to_vec());
    }
}

#[test]
fn report_the_number_of_cases() {
    // Nine properties above run CASES times and the toy run's RUN_CASES times; printed so the
    // closing note can quote it.
    println!(
        "hostile-input properties: 9 × {CASES} + {RUN_CASES} = {} cases",
        9 * CASES + RUN_CASES
    );
}
