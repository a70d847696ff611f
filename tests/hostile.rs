//! Property tests over everything that reads untrusted input: the URL-fragment codec and each
//! widget's state decoder, the number and date parsers. Arbitrary text never panics and always
//! yields a valid state. Each property runs CASES cases (proptest's shrinking finds a minimal
//! counterexample if one ever fails).

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use r1_explainer::data::{
    events::EVENTS,
    prices::{CATALOGUE, MODELS},
};
use r1_explainer::model::benchmarks::BenchState;
use r1_explainer::model::cost::{self, CostState, Field};
use r1_explainer::model::date::Date;
use r1_explainer::model::timeline_state::TimelineState;
use r1_explainer::model::training::{TrainingAction, TrainingState, GPU_HOUR_PRICE_RANGE};
use r1_explainer::model::url_state::{decode, encode, Fragment};

const CASES: u32 = 4_000;

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
    ];
    let value = prop_oneof![
        any::<String>(),
        "[0-9eE.,+-]{0,30}",
        "(o1|o3|r1|v3|o1-mini|o3-mini|r1-offpeak|nope)(,(o1|o3|r1|v3|nope)){0,4}",
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
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
        let training = TrainingState::from_fragment(&fragment);
        let (low, high) = GPU_HOUR_PRICE_RANGE;
        prop_assert!(training.gpu_hour_price >= low && training.gpu_hour_price <= high);
        let bench = BenchState::from_fragment(&fragment);
        prop_assert!(bench.visible.iter().any(|shown| *shown));
        let timeline = TimelineState::from_fragment(&fragment, EVENTS);
        prop_assert!(!timeline.actors.is_empty() && !timeline.kinds.is_empty());
        prop_assert!(timeline.selected.is_none_or(|index| index < EVENTS.len()));
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

#[test]
fn report_the_number_of_cases() {
    // Four properties above, each run CASES times; printed so the closing note can quote it.
    println!(
        "hostile-input properties: 4 × {CASES} = {} cases",
        4 * CASES
    );
}
