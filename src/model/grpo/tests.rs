//! Native tests of the method explorable's model: the advantages against hand computations, the
//! loss reading, the PRNG against PCG's published outputs, the toy run's determinism, its rising
//! reward and length, the Dr. GRPO effect on wrong answers, the gradient against finite
//! differences, the reducers, the URL codecs and the table.

use super::group::{advantages, Answer, LossReading, Scaling};
use super::state::*;
use super::table::{csv, milestones, shown, Column};
use super::toy::*;
use crate::model::url_state::{Fragment, UrlState};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

fn two_decimals(values: &[f64]) -> Vec<String> {
    values.iter().map(|value| shown(*value, 2)).collect()
}

#[test]
fn an_all_equal_group_gives_every_advantage_exactly_zero_and_teaches_nothing() {
    // Rewards 1, 1, 1, 1: mean 1, every r − mean = 0, std 0. 0/0 would be NaN; GRPO's update
    // gets nothing from this group, so every advantage is 0.
    for rewards in [vec![1u8; 4], vec![2; 16], vec![0; 64], vec![2, 2]] {
        for scaling in [Scaling::ByStd, Scaling::CentredOnly] {
            let group = advantages(&rewards, scaling);
            assert!(group.teaches_nothing(), "{rewards:?}");
            assert!(group.values.iter().all(|a| a.to_bits() == 0), "{group:?}");
            assert_eq!(group.std, 0.0);
            assert_eq!(group.mean_push(), 0.0);
        }
    }
    assert_eq!(advantages(&[1, 1, 1, 1], Scaling::ByStd).mean_reward, 1.0);
}

#[test]
fn one_right_answer_carries_a_large_advantage_and_each_wrong_one_a_small_negative() {
    // G = 4, rewards 2, 1, 1, 1 (one right; all well formatted). Mean = 5/4 = 1.25.
    // r − mean: 0.75, −0.25, −0.25, −0.25. Σ squares = 0.5625 + 3 × 0.0625 = 0.75.
    // Sample std = √(0.75 / 3) = √0.25 = 0.5. A = 0.75/0.5 = 1.5 and −0.25/0.5 = −0.5.
    let group = advantages(&[2, 1, 1, 1], Scaling::ByStd);
    assert_eq!(group.mean_reward, 1.25);
    assert_eq!(group.std, 0.5);
    assert_eq!(group.values, vec![1.5, -0.5, -0.5, -0.5]);
    assert!(!group.teaches_nothing());
    // G = 16, one right (2) and fifteen wrong in good format (1): mean = 17/16.
    // r − mean: 15/16 once, −1/16 fifteen times. Σ squares = 225/256 + 15/256 = 240/256.
    // Sample std = √(240/256 / 15) = √(1/16) = 0.25. A = (15/16)/0.25 = 3.75, (−1/16)/0.25 = −0.25.
    let mut rewards = vec![1u8; 16];
    rewards[0] = 2;
    let group = advantages(&rewards, Scaling::ByStd);
    assert_eq!(group.std, 0.25);
    assert_eq!(group.values[0], 3.75);
    assert!(group.values[1..].iter().all(|a| *a == -0.25));
    // Dr. GRPO leaves them centred only: 15/16 and −1/16.
    let centred = advantages(&rewards, Scaling::CentredOnly);
    assert_eq!(centred.values[0], 0.9375);
    assert_eq!(centred.values[1], -0.0625);
}

#[test]
fn a_mixed_group_of_zeros_ones_and_twos_matches_the_hand_computation() {
    // The example group 2200102100221010 (G = 16): five 2s, four 1s, seven 0s. Σ = 14, mean =
    // 0.875. r − mean: 1.125 (2), 0.125 (1), −0.875 (0). Σ squares = 5 × 1.265625 + 4 ×
    // 0.015625 + 7 × 0.765625 = 6.328125 + 0.0625 + 5.359375 = 11.75. Sample std = √(11.75/15)
    // = 0.885061…; A = 1.125/0.885061 = 1.2711, 0.125/0.885061 = 0.1412, −0.875/0.885061 =
    // −0.9886.
    let state = GroupState::new();
    assert_eq!(state.digits(), EXAMPLE_GROUP);
    let group = state.advantages();
    assert_eq!(group.mean_reward, 0.875);
    let std = (11.75f64 / 15.0).sqrt();
    assert!(close(group.std, std), "{}", group.std);
    for (reward, advantage) in state.rewards().iter().zip(&group.values) {
        let by_hand = (f64::from(*reward) - 0.875) / std;
        assert!(
            close(*advantage, by_hand),
            "{reward}: {advantage} vs {by_hand}"
        );
    }
    assert_eq!(
        two_decimals(&group.values[..5]),
        ["1.27", "1.27", "−0.99", "−0.99", "0.14"]
    );
    // A smaller mixed group: 2, 1, 0, 1, 2, 0. Mean 1; r − mean: 1, 0, −1, 0, 1, −1; Σ squares
    // 4; sample std √(4/5) = 0.894427…; A = ±1/0.894427 = ±1.118034, and 0 for the 1s.
    let group = advantages(&[2, 1, 0, 1, 2, 0], Scaling::ByStd);
    let a = 1.0 / (0.8f64).sqrt();
    assert!(close(group.values[0], a) && close(group.values[2], -a));
    assert_eq!(group.values[1], 0.0);
    assert_eq!(
        two_decimals(&group.values),
        ["1.12", "0.00", "−1.12", "0.00", "1.12", "−1.12"]
    );
}

#[test]
fn the_std_is_the_sample_std_everywhere() {
    // G = 2, rewards 2 and 0: r − mean = ±1. Sample std √(2/1) = 1.414…, so A = ±0.7071;
    // the population std (1) would give ±1.
    assert_eq!(super::SPREAD, super::Spread::Sample);
    let group = advantages(&[2, 0], Scaling::ByStd);
    assert!(close(group.std, 2f64.sqrt()));
    assert!(close(group.values[0], 1.0 / 2f64.sqrt()));
}

#[test]
fn advantages_always_average_to_an_exact_zero() {
    let mut next = crate::model::format::pseudo_random(0x5eed);
    for _ in 0..2_000 {
        let size = 2 + (next() % 63) as usize;
        let rewards: Vec<u8> = (0..size).map(|_| (next() % 3) as u8).collect();
        for scaling in [Scaling::ByStd, Scaling::CentredOnly] {
            let group = advantages(&rewards, scaling);
            assert_eq!(group.mean.to_bits(), 0, "{rewards:?}");
            assert!(group.values.iter().all(|a| a.is_finite()));
            // And the floats themselves come within rounding of it.
            assert!(group.values.iter().sum::<f64>().abs() < 1e-12);
        }
    }
}

#[test]
fn the_printed_loss_is_the_kl_term_while_the_group_still_pushes() {
    let group = GroupState::new().advantages();
    let reading = LossReading::new(&group, 0.001, 0.85);
    assert_eq!(reading.mean_advantage, 0.0);
    assert_eq!(reading.policy_term.to_bits(), 0, "a plain 0, not −0");
    assert_eq!(reading.kl_term, 0.001 * 0.85);
    assert_eq!(reading.loss, reading.kl_term);
    // Mean |A| of the example: (5 × 1.2711 + 4 × 0.1412 + 7 × 0.9886) / 16 = 0.8652.
    let by_hand = (5.0 * 1.125 + 4.0 * 0.125 + 7.0 * 0.875) / (11.75f64 / 15.0).sqrt() / 16.0;
    assert!(close(reading.push, by_hand));
    let flat = GroupState::new()
        .apply(GroupAction::Preset(GroupPreset::AllRight))
        .loss_reading(0.001, 0.85);
    assert_eq!(flat.push, 0.0);
    assert_eq!(flat.loss, flat.kl_term);
}

/// PCG's reference implementation (pcg32_srandom_r(42, 54), as its pcg32-demo prints) gives
/// 0xa15c02b7 0x7b47f409 0xba1d3330 0x83d2f293 0xbfa4784b 0xcbed606e: oorandom's Rand32 is that
/// generator.
#[test]
fn the_prng_is_pcg32_and_gives_its_published_outputs() {
    let mut rng = oorandom::Rand32::new_inc(42, 54);
    let first: Vec<u32> = (0..6).map(|_| rng.rand_u32()).collect();
    assert_eq!(
        first,
        [0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e]
    );
}

#[test]
fn the_runs_random_numbers_are_pcg32_of_the_seed_over_two_to_the_32() {
    // PCG32 written out (O'Neill's pcg32_srandom_r and pcg32_random_r), with the default stream
    // 1442695040888963407: the toy's draws for seed 1 must be its outputs divided by 2³².
    fn step(state: &mut u64, increment: u64) -> u32 {
        let old = *state;
        *state = old
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(increment);
        ((((old >> 18) ^ old) >> 27) as u32).rotate_right((old >> 59) as u32)
    }
    for seed in [0u32, 1, 7, u32::MAX] {
        let increment = (1_442_695_040_888_963_407u64 << 1) | 1;
        let mut state = 0u64;
        step(&mut state, increment);
        state = state.wrapping_add(u64::from(seed));
        step(&mut state, increment);
        let mut random = Random::new(seed);
        for _ in 0..100 {
            let expected = f64::from(step(&mut state, increment)) / 4_294_967_296.0;
            assert_eq!(random.unit(), expected);
        }
    }
    // The same seed, the same stream; another seed, another.
    let draws = |seed| {
        let mut random = Random::new(seed);
        (0..8).map(|_| random.unit()).collect::<Vec<_>>()
    };
    assert_eq!(draws(3), draws(3));
    assert_ne!(draws(3), draws(4));
    assert!(draws(3).iter().all(|u| (0.0..1.0).contains(u)));
}

fn default_run(seed: u32) -> Vec<Row> {
    Run::new(DEFAULT_SETTINGS, seed).run_to_end()
}

fn mean_of(rows: &[Row], value: impl Fn(&Row) -> f64) -> f64 {
    rows.iter().map(value).sum::<f64>() / rows.len() as f64
}

#[test]
fn the_same_seed_gives_the_same_run_and_another_seed_another() {
    let once = default_run(DEFAULT_SEED);
    assert_eq!(once.len(), DEFAULT_SETTINGS.steps);
    let again = default_run(DEFAULT_SEED);
    assert_eq!(fingerprint(&once), fingerprint(&again));
    assert_eq!(once, again);
    let other = default_run(DEFAULT_SEED + 1);
    assert_ne!(once[0], other[0]);
    assert_ne!(fingerprint(&once), fingerprint(&other));
    // Stepping in chunks, as the view does, gives the same rows as one go.
    let mut chunked = Run::new(DEFAULT_SETTINGS, DEFAULT_SEED);
    let mut computed = 0;
    while !chunked.is_done() {
        computed += chunked.advance(7);
    }
    assert_eq!(computed, DEFAULT_SETTINGS.steps);
    assert_eq!(chunked.rows(), &once[..]);
    assert!(chunked.step().is_none());
    assert_eq!(chunked.advance(5), 0);
}

/// The default run, bit for bit: the wasm32 test in headless Chromium (tests/hydrate.rs) checks
/// the same fingerprint, so the table the prerender writes and the one the live widget computes
/// are the same. A change to the toy's maths changes it: write the new value in both places.
#[test]
fn the_default_run_has_its_recorded_fingerprint() {
    assert_eq!(
        fingerprint(&default_run(DEFAULT_SEED)),
        DEFAULT_RUN_FINGERPRINT,
        "{:#018x}",
        fingerprint(&default_run(DEFAULT_SEED))
    );
}

#[test]
fn with_the_defaults_mean_reward_and_length_rise() {
    for seed in 1..=5 {
        let rows = default_run(seed);
        let (first, last) = (&rows[..20], &rows[rows.len() - 20..]);
        let reward = (
            mean_of(first, |r| r.mean_reward),
            mean_of(last, |r| r.mean_reward),
        );
        let length = (
            mean_of(first, |r| r.mean_length),
            mean_of(last, |r| r.mean_length),
        );
        let right = (
            mean_of(first, |r| r.accuracy),
            mean_of(last, |r| r.accuracy),
        );
        assert!(reward.1 > reward.0 + 0.4, "seed {seed}: reward {reward:?}");
        assert!(length.1 > 3.0 * length.0, "seed {seed}: length {length:?}");
        assert!(
            right.1 > right.0 + 0.1,
            "seed {seed}: share right {right:?}"
        );
        assert!(rows
            .iter()
            .all(|r| r.mean_length >= 1.0 && r.mean_length <= MAX_LENGTH as f64));
    }
}

#[test]
fn under_grpo_wrong_answers_grow_long_and_dr_grpo_keeps_them_shorter() {
    for seed in 1..=5 {
        let grpo = default_run(seed);
        let dr = Run::new(
            Settings {
                dr_grpo: true,
                ..DEFAULT_SETTINGS
            },
            seed,
        )
        .run_to_end();
        let tail =
            |rows: &[Row], value: &dyn Fn(&Row) -> f64| mean_of(&rows[rows.len() - 20..], value);
        let wrong = |r: &Row| r.mean_wrong_length.unwrap_or(0.0);
        let (grpo_wrong, dr_wrong) = (tail(&grpo, &wrong), tail(&dr, &wrong));
        // Both start at about two and a half steps; GRPO's wrong answers end near the cap, Dr.
        // GRPO's where more steps stop helping.
        assert!(
            grpo_wrong > 1.5 * dr_wrong,
            "seed {seed}: wrong answers {grpo_wrong} (GRPO) vs {dr_wrong} (Dr. GRPO)"
        );
        // For no loss of accuracy.
        let right = |r: &Row| r.accuracy;
        assert!(
            (tail(&grpo, &right) - tail(&dr, &right)).abs() < 0.06,
            "seed {seed}: {} vs {}",
            tail(&grpo, &right),
            tail(&dr, &right)
        );
    }
}

#[test]
fn the_toys_printed_loss_is_its_kl_term_while_its_gradient_is_not_zero() {
    let rows = default_run(DEFAULT_SEED);
    for row in &rows {
        assert_eq!(row.policy_term.to_bits(), 0, "step {}", row.step);
        assert_eq!(row.loss(), row.kl_term);
        assert_eq!(row.kl_term, DEFAULT_SETTINGS.beta * row.kl);
        if row.idle_groups < DEFAULT_SETTINGS.questions {
            assert!(row.grad_norm > 1e-4, "step {}: {}", row.step, row.grad_norm);
        }
    }
    // The first step starts at the reference policy: KL 0, loss 0, and still a gradient.
    assert_eq!(rows[0].kl, 0.0);
    assert!(rows[0].grad_norm > 0.1);
    // Dr. GRPO sums tokens, so longer answers weigh more and its policy term is not 0.
    let dr = Run::new(
        Settings {
            dr_grpo: true,
            ..DEFAULT_SETTINGS
        },
        DEFAULT_SEED,
    )
    .run_to_end();
    assert!(dr.iter().any(|row| row.policy_term != 0.0));
}

/// The gradient the toy follows is the gradient of the objective it computes: against central
/// finite differences, for every logit, over answers of every kind (found, stopped, at the cap,
/// with and without the format), both clip sides active and the KL on.
#[test]
fn the_gradient_matches_finite_differences_of_the_objective() {
    let samples = vec![
        sample(1, true, true),
        sample(3, false, true),
        sample(5, true, false),
        sample(2, false, false),
        sample(MAX_LENGTH, false, true),
        sample(7, false, true),
        sample(4, true, true),
    ];
    let advantages = vec![1.3, -0.4, 0.9, -1.1, -0.2, -0.7, 0.2];
    let mut now = Policy::START;
    let mut old = Policy::START;
    let mut next = crate::model::format::pseudo_random(11);
    let mut noise = || (next() % 2001) as f64 / 1000.0 - 1.0;
    for t in 0..MAX_LENGTH {
        now.keep_going[t] = 1.5 * noise();
        old.keep_going[t] = now.keep_going[t] + 0.5 * noise();
    }
    now.format = 0.7;
    old.format = 0.2;
    for dr_grpo in [false, true] {
        let batch = Batch::new(samples.clone(), advantages.clone(), dr_grpo);
        let (clip, beta) = (0.2, 0.3);
        let reference = Policy::START.probabilities();
        let value = |policy: &Policy| {
            let o = objective(
                &batch,
                &policy.probabilities(),
                &old.probabilities(),
                &reference,
                clip,
                beta,
            );
            o.policy - beta * o.kl
        };
        let gradient = objective(
            &batch,
            &now.probabilities(),
            &old.probabilities(),
            &reference,
            clip,
            beta,
        )
        .gradient;
        let h = 1e-6;
        assert!(gradient.iter().any(|g| g.abs() > 1e-3));
        for (parameter, analytic) in gradient.iter().enumerate() {
            let nudged = |by: f64| {
                let mut policy = now;
                if parameter == MAX_LENGTH {
                    policy.format += by;
                } else {
                    policy.keep_going[parameter] += by;
                }
                value(&policy)
            };
            let numeric = (nudged(h) - nudged(-h)) / (2.0 * h);
            assert!(
                (numeric - analytic).abs() < 1e-7,
                "dr {dr_grpo}, logit {parameter}: {numeric} vs {analytic}"
            );
        }
    }
}

fn sample(length: usize, correct: bool, formatted: bool) -> Sample {
    Sample {
        length,
        correct,
        formatted,
    }
}

#[test]
fn any_settings_in_range_run_without_panicking_or_nan() {
    for (group_size, beta, clip, dr_grpo) in [
        (2, 0.0, 0.01, false),
        (64, 1.0, 1.0, true),
        (64, 1.0, 0.01, false),
        (3, 0.5, 0.5, true),
    ] {
        let settings = Settings {
            group_size,
            beta,
            clip,
            dr_grpo,
            steps: 60,
            learning_rate: 10.0,
            ..DEFAULT_SETTINGS
        };
        for row in Run::new(settings, 9).run_to_end() {
            for value in [
                row.mean_reward,
                row.mean_length,
                row.kl,
                row.grad_norm,
                row.loss(),
            ] {
                assert!(value.is_finite(), "{settings:?}: {row:?}");
            }
        }
    }
    // Out of range, it is clamped rather than refused.
    let wild = Settings {
        group_size: 0,
        beta: f64::NAN,
        clip: -3.0,
        questions: 0,
        steps: usize::MAX,
        inner_steps: 0,
        learning_rate: f64::INFINITY,
        dr_grpo: false,
    };
    let run = Run::new(wild, 0);
    assert_eq!(run.settings().group_size, 2);
    assert_eq!(run.settings().beta, 0.0);
    assert_eq!(run.settings().steps, 2000);
}

#[test]
fn the_group_reducer_toggles_resizes_and_keeps_what_it_hid() {
    let state = GroupState::new();
    assert_eq!(state.size, 16);
    // Answer 3 is a 0: right makes it 1, formatted too makes it 2.
    let state = state.apply(GroupAction::ToggleCorrect(2));
    assert_eq!(
        state.answers()[2],
        Answer {
            correct: true,
            formatted: false
        }
    );
    let state = state.apply(GroupAction::ToggleFormat(2));
    assert_eq!(state.rewards()[2], 2);
    assert_eq!(state.digits(), "2220102100221010");
    // Out of the group: nothing happens.
    assert_eq!(state.apply(GroupAction::ToggleCorrect(16)), state);
    // Smaller, then larger again: the toggle comes back.
    let small = state.apply(GroupAction::SetSize("2".into()));
    assert_eq!(small.digits(), "22");
    let back = small.apply(GroupAction::SetSize("16".into()));
    assert_eq!(back.digits(), "2220102100221010");
    // Larger than 16: the example's pattern continues.
    assert_eq!(
        GroupState::new()
            .apply(GroupAction::SetSize("20".into()))
            .digits(),
        "22001021002210102200"
    );
    // Clamped, rounded and refused, each with its message.
    let big = state.apply(GroupAction::SetSize("100".into()));
    assert_eq!(big.size, 64);
    assert_eq!(
        big.messages,
        ["Answers in the group: 100 is above the maximum, so 64 is used."]
    );
    let one = state.apply(GroupAction::SetSize("1".into()));
    assert_eq!(one.size, 2);
    assert_eq!(one.messages.len(), 1);
    let rounded = state.apply(GroupAction::SetSize("5.6".into()));
    assert_eq!(rounded.size, 6);
    assert_eq!(
        rounded.messages,
        ["Answers in the group: rounded to 6 (whole numbers only)."]
    );
    let refused = state.apply(GroupAction::SetSize("many".into()));
    assert_eq!(refused.size, 16);
    assert!(refused.messages[0].contains("is not a number"));
    // The next action clears the message.
    assert!(refused
        .apply(GroupAction::ToggleFormat(0))
        .messages
        .is_empty());
}

#[test]
fn presets_make_their_point() {
    let all_right = GroupState::new().apply(GroupAction::Preset(GroupPreset::AllRight));
    assert!(all_right.advantages().teaches_nothing());
    assert!(GroupState::new()
        .apply(GroupAction::Preset(GroupPreset::AllWrong))
        .advantages()
        .teaches_nothing());
    let one = GroupState::new()
        .apply(GroupAction::SetSize("8".into()))
        .apply(GroupAction::Preset(GroupPreset::OneRight));
    assert_eq!(one.digits(), "20000000");
    // Mean 2/8 = 0.25; r − mean: 1.75 once, −0.25 seven times; Σ squares = 3.0625 + 0.4375 =
    // 3.5; sample std √(3.5/7) = √0.5; A = 1.75/√0.5 = 2.4749, −0.25/√0.5 = −0.3536.
    let values = one.advantages().values;
    assert!(close(values[0], 1.75 / 0.5f64.sqrt()));
    assert!(close(values[1], -0.25 / 0.5f64.sqrt()));
    let example = one.apply(GroupAction::Preset(GroupPreset::Example));
    assert_eq!(example.digits(), "22001021");
    assert_eq!(one.apply(GroupAction::Reset), GroupState::new());
}

#[test]
fn the_group_link_round_trips_and_refuses_bad_values_visibly() {
    assert!(GroupState::new().to_pairs(&()).is_empty());
    let state = GroupState::new()
        .apply(GroupAction::SetSize("5".into()))
        .apply(GroupAction::ToggleCorrect(4));
    let mut fragment = Fragment::parse("#ev=r1");
    state.write_into(&mut fragment, &());
    assert_eq!(fragment.to_hash(), "#ev=r1&grpo=22002");
    let restored = GroupState::from_hash(&fragment.to_hash(), &());
    assert_eq!(restored.digits(), "22002");
    assert!(restored.messages.is_empty());
    // A 1 opens as a wrong answer in good format.
    let ones = GroupState::from_hash("#grpo=1010", &());
    assert_eq!(
        ones.answers()[0],
        Answer {
            correct: false,
            formatted: true
        }
    );
    assert_eq!(
        ones.answers()[1],
        Answer {
            correct: false,
            formatted: false
        }
    );
    // Bad values: the example group, and a message saying why.
    for (hash, says) in [
        (
            "#grpo=2203",
            "is not a group: it takes one digit per answer",
        ),
        ("#grpo=2", "needs at least 2 answers"),
        ("#grpo=", "needs at least 2 answers"),
        ("#grpo=22%2000", "is not a group"),
        ("#grpo=-1", "is not a group"),
    ] {
        let state = GroupState::from_hash(hash, &());
        assert_eq!(state.digits(), EXAMPLE_GROUP, "{hash}");
        assert_eq!(state.messages.len(), 1, "{hash}");
        assert!(
            state.messages[0].starts_with("From the link: "),
            "{:?}",
            state.messages
        );
        assert!(
            state.messages[0].contains(says),
            "{hash}: {:?}",
            state.messages
        );
    }
    // Too long: the first 64 are used, and the message says so.
    let long = GroupState::from_hash(&format!("#grpo={}", "21".repeat(40)), &());
    assert_eq!(long.size, 64);
    assert_eq!(
        long.messages,
        ["From the link: a group has at most 64 answers, so the first 64 of the 80 given are used."]
    );
    let loaded = GroupState::new().apply(GroupAction::LoadFragment("#grpo=012".into()));
    assert_eq!(loaded.digits(), "012");
}

#[test]
fn the_run_controls_name_the_run_in_the_link() {
    let state = RunState::new();
    assert!(state.to_pairs(&()).is_empty());
    assert_eq!(state.run().seed(), DEFAULT_SEED);
    let state = state
        .apply(RunAction::SetSeed("42".into()))
        .apply(RunAction::SetGroupSize("64".into()))
        .apply(RunAction::SetBeta("0.04".into()))
        .apply(RunAction::SetClip("0.3".into()))
        .apply(RunAction::SetDrGrpo(true));
    let mut fragment = Fragment::default();
    state.write_into(&mut fragment, &());
    assert_eq!(fragment.to_hash(), "#run=42&rg=64&beta=0.04&clip=0.3&dr=1");
    let restored = RunState::from_hash(&fragment.to_hash(), &());
    assert_eq!(restored, state);
    assert_eq!(restored.run().settings(), state.run().settings());
    assert_eq!(
        RunState::new().apply(RunAction::LoadFragment(
            "#run=42&rg=64&beta=0.04&clip=0.3&dr=1".into()
        )),
        state
    );
    assert_eq!(state.apply(RunAction::NextSeed).seed, 43);
    assert_eq!(
        RunState::new()
            .apply(RunAction::SetSeed("4294967295".into()))
            .apply(RunAction::NextSeed)
            .seed,
        0
    );
    assert_eq!(state.apply(RunAction::Reset), RunState::new());
}

#[test]
fn bad_run_settings_are_clamped_rounded_or_refused_with_a_message() {
    let state = RunState::new();
    let seed = state.apply(RunAction::SetSeed("-5".into()));
    assert_eq!(seed.seed, 0);
    assert_eq!(
        seed.messages,
        ["Seed: -5 is below the minimum, so 0 is used."]
    );
    let seed = state.apply(RunAction::SetSeed("1e12".into()));
    assert_eq!(seed.seed, u32::MAX);
    let seed = state.apply(RunAction::SetSeed("2.5".into()));
    assert_eq!(seed.seed, 3);
    assert_eq!(seed.messages, ["Seed: rounded to 3 (whole numbers only)."]);
    let beta = state.apply(RunAction::SetBeta("5".into()));
    assert_eq!(beta.settings.beta, BETA_RANGE.1);
    let beta = state.apply(RunAction::SetBeta("0.00000049".into()));
    assert_eq!(beta.settings.beta, 0.0);
    assert_eq!(
        beta.messages,
        ["KL weight β: rounded to 0 (six decimals at most)."]
    );
    let clip = state.apply(RunAction::SetClip("0".into()));
    assert_eq!(clip.settings.clip, CLIP_RANGE.0);
    let refused = state.apply(RunAction::SetClip("wide".into()));
    assert_eq!(refused.settings.clip, DEFAULT_SETTINGS.clip);
    assert_eq!(refused.messages.len(), 1);
    let linked = RunState::from_hash("#run=x&rg=1000&beta=-1&clip=NaN&dr=yes", &());
    assert_eq!(linked.seed, DEFAULT_SEED);
    assert_eq!(linked.settings.group_size, 64);
    assert_eq!(linked.settings.beta, 0.0);
    assert_eq!(linked.settings.clip, DEFAULT_SETTINGS.clip);
    assert!(!linked.settings.dr_grpo);
    assert_eq!(linked.messages.len(), 5, "{:?}", linked.messages);
    assert!(linked
        .messages
        .iter()
        .all(|m| m.starts_with("From the link: ")));
}

#[test]
fn the_table_shows_its_columns_through_the_formatter_and_the_csv_holds_the_run() {
    let run = {
        let mut run = Run::new(DEFAULT_SETTINGS, DEFAULT_SEED);
        run.advance(3);
        run
    };
    let rows = run.rows();
    let headings: Vec<&str> = Column::SHOWN.iter().map(|c| c.heading()).collect();
    assert_eq!(
        headings,
        [
            "Step",
            "Mean reward",
            "Mean length",
            "Mean length of wrong answers"
        ]
    );
    let row = &rows[0];
    assert_eq!(Column::Step.cell(row), "1");
    assert_eq!(
        Column::MeanReward.cell(row),
        crate::model::format::fixed(row.mean_reward, 2)
    );
    assert_eq!(
        Column::MeanLength.cell(row),
        crate::model::format::fixed(row.mean_length, 1)
    );
    assert_eq!(Column::PolicyTerm.cell(row), "0.0000");
    let all_right = Row {
        mean_wrong_length: None,
        ..*row
    };
    assert_eq!(Column::WrongLength.cell(&all_right), "—");
    assert_eq!(shown(-0.25, 2), "−0.25");
    assert_eq!(shown(-1e-18, 4), "0.0000");

    let text = csv(&run.settings(), run.seed(), rows);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "# r1-explainer toy GRPO run: a toy, not R1");
    assert_eq!(lines[1], "# seed,1");
    assert_eq!(lines[2], "# objective,GRPO");
    assert_eq!(lines[3], "# answers per question (G),16");
    assert!(lines[10].starts_with("Step,Mean reward,Mean length,Mean length of wrong answers,"));
    assert_eq!(lines.len(), 11 + rows.len());
    let cells: Vec<&str> = lines[11].split(',').collect();
    assert_eq!(cells.len(), Column::ALL.len());
    assert_eq!(cells[0], "1");
    assert_eq!(cells[1], crate::model::format::fixed(row.mean_reward, 6));
    assert_eq!(cells[7], "0.000000");
    let dr = csv(
        &Settings {
            dr_grpo: true,
            ..DEFAULT_SETTINGS
        },
        5,
        &[],
    );
    assert!(dr.contains("# objective,Dr. GRPO (no 1/|o| and no std)\n"));
}

#[test]
fn milestones_span_the_run_from_first_to_last() {
    let rows = default_run(DEFAULT_SEED);
    let picked: Vec<usize> = milestones(&rows, 5).iter().map(|r| r.step).collect();
    assert_eq!(picked, [1, 50, 100, 150, 200]);
    assert_eq!(milestones(&rows[..3], 5).len(), 3);
    assert_eq!(milestones(&rows, 1)[0].step, 200);
    assert!(milestones(&rows, 0).is_empty());
    assert!(milestones(&[], 4).is_empty());
}
