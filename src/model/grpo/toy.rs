//! The toy run: a tiny policy, plainly not R1, trained with GRPO on a made-up task where thinking
//! longer raises the chance of a right answer, computed the same on every machine so that a seed
//! names one run.
//!
//! The task. Each question has a difficulty: the chance of finding the answer at the first
//! reasoning step (one of `FIRST_STEP_CHANCES`), a chance that fades by `FADE` with each step
//! spent without finding it (insight comes early or not at all). Found, the toy answers right at
//! once. Not found, it chooses to write another step or to stop and answer, wrongly; at
//! `MAX_LENGTH` steps it must stop. It also chooses whether to wrap its reasoning in the format
//! the format reward checks. Reward: accuracy plus format, each 0 or 1, as in R1-Zero.
//!
//! The policy. One logit per step position for "write another step" (shared by every question:
//! the toy cannot tell questions apart), one for "use the format". A response of length L is L
//! tokens: L − 1 "another step" choices, then a last token carrying the stop choice (when it
//! stopped unsolved before the cap) and the format choice.
//!
//! The update, per step: `questions` questions, G answers each, sampled from the policy as it
//! stands (π_old); group-relative advantages (`group::advantages`); then `inner_steps` Adam steps
//! on the per-token GRPO objective, PPO's clipped ratio times the advantage minus β times the KL
//! estimate π_ref/π − log(π_ref/π) − 1 toward the starting policy, each answer averaged over its
//! own tokens (1/|o_i|), the groups averaged. The Dr. GRPO switch divides by the cap `MAX_LENGTH`
//! instead of |o_i| and leaves advantages unscaled by the std. (R1-Zero reset its reference to the
//! policy every 400 steps; the toy's runs are shorter, so its reference stays the start.)
//!
//! Determinism: one seeded PRNG (oorandom's PCG32), no clock, no hash-map order, and every exp
//! and log through the `libm` crate, not `f64::exp`/`ln`: natively those call the platform's libm
//! (glibc) but on wasm32 Rust's own port, and a last-bit difference would flip a sampled answer
//! and make the hydrated table differ from the prerendered one. +, −, ×, ÷ and √ are exact IEEE
//! operations everywhere, and nothing here uses `mul_add` or `powi`, whose results may differ.

use super::group::{advantages, Scaling, GROUP_SIZES};

/// The longest response, in steps: the toy's maximum length.
pub const MAX_LENGTH: usize = 32;
/// How much the chance of finding the answer fades with each step spent without it.
pub const FADE: f64 = 0.85;
/// The questions' difficulties, as the chance of finding the answer at the first step, from hard
/// to easy; each question draws one at random.
pub const FIRST_STEP_CHANCES: [f64; 5] = [0.02, 0.05, 0.1, 0.2, 0.4];
// Where the policy starts, and where the KL term pulls it back to: an even chance of writing
// another step (so about two steps when it finds nothing), and a one-in-four chance (σ(−1.1) =
// 0.25) of using the format.
const START_KEEP_GOING: f64 = 0.0;
const START_FORMAT: f64 = -1.1;
/// Logits are kept within ±LOGIT_LIMIT, so no probability underflows to 0 and no ratio or KL
/// estimate overflows, whatever the reader's settings.
const LOGIT_LIMIT: f64 = 12.0;

/// What the reader can set, and what the widget fixes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// G, answers per question.
    pub group_size: usize,
    /// β, the weight of the KL penalty.
    pub beta: f64,
    /// ε, the PPO clip range: ratios outside 1 ± ε earn no more.
    pub clip: f64,
    /// Dr. GRPO: no 1/|o_i| and no division by the std.
    pub dr_grpo: bool,
    /// Questions per step (R1-Zero: 32).
    pub questions: usize,
    /// Update steps in the run.
    pub steps: usize,
    /// Gradient steps on each batch of answers (the first at ratio 1).
    pub inner_steps: usize,
    /// Adam's step size.
    pub learning_rate: f64,
}

/// The paper's shape (G = 16, a small β as R1-Zero's 0.001) at the size of a toy.
pub const DEFAULT_SETTINGS: Settings = Settings {
    group_size: 16,
    beta: 0.001,
    clip: 0.2,
    dr_grpo: false,
    questions: 32,
    steps: 200,
    inner_steps: 2,
    learning_rate: 0.05,
};

pub const BETA_RANGE: (f64, f64) = (0.0, 1.0);
pub const CLIP_RANGE: (f64, f64) = (0.01, 1.0);
pub const QUESTION_RANGE: (usize, usize) = (1, 64);
pub const STEP_RANGE: (usize, usize) = (1, 2000);
pub const INNER_STEP_RANGE: (usize, usize) = (1, 8);
pub const LEARNING_RATE_RANGE: (f64, f64) = (0.0, 10.0);

impl Settings {
    /// Every setting within its range (NaN becomes the range's low end), so any `Settings` runs.
    pub fn clamped(self) -> Settings {
        let float = |value: f64, (low, high): (f64, f64)| {
            if value.is_nan() {
                low
            } else {
                value.clamp(low, high)
            }
        };
        Settings {
            group_size: self.group_size.clamp(GROUP_SIZES.0, GROUP_SIZES.1),
            beta: float(self.beta, BETA_RANGE),
            clip: float(self.clip, CLIP_RANGE),
            dr_grpo: self.dr_grpo,
            questions: self.questions.clamp(QUESTION_RANGE.0, QUESTION_RANGE.1),
            steps: self.steps.clamp(STEP_RANGE.0, STEP_RANGE.1),
            inner_steps: self
                .inner_steps
                .clamp(INNER_STEP_RANGE.0, INNER_STEP_RANGE.1),
            learning_rate: float(self.learning_rate, LEARNING_RATE_RANGE),
        }
    }
}

/// One line of the run's table: what the step's answers were like, and what its update printed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    /// 1 for the first update.
    pub step: usize,
    /// Mean reward (accuracy + format, 0 to 2) of the step's answers, before its update.
    pub mean_reward: f64,
    /// Share of right answers.
    pub accuracy: f64,
    /// Mean response length, in steps.
    pub mean_length: f64,
    /// Mean length of the wrong answers (`None` when every answer was right).
    pub mean_wrong_length: Option<f64>,
    /// Mean length of the right answers (`None` when none was right).
    pub mean_right_length: Option<f64>,
    /// Groups whose answers all scored the same, which taught nothing.
    pub idle_groups: usize,
    /// The loss's policy term at the first inner step (ratio 1): exactly 0 under GRPO (the mean
    /// of centred advantages); not under Dr. GRPO, which sums tokens, so long answers weigh more.
    pub policy_term: f64,
    /// The KL estimate, averaged as the loss averages it (β × this is the KL term).
    pub kl: f64,
    /// β × `kl`: nearly all of the printed loss.
    pub kl_term: f64,
    /// The length of the gradient at the first inner step: not zero while the loss is.
    pub grad_norm: f64,
}

impl Row {
    /// The loss a trainer would print at this step (the first inner step).
    pub fn loss(&self) -> f64 {
        self.policy_term + self.kl_term
    }
}

/// The run in one number: a 64-bit FNV-1a hash of every value of every row, bit for bit. Two
/// machines that computed the same run give the same fingerprint, so the tests compare the
/// native run (the prerender's table) with the wasm32 one (the live widget's) by it. Hand-written:
/// eight lines, where a hashing crate would bring traits and tables for one use.
pub fn fingerprint(rows: &[Row]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for row in rows {
        let optional = |value: Option<f64>| value.map_or(u64::MAX, f64::to_bits);
        for word in [
            row.step as u64,
            row.mean_reward.to_bits(),
            row.accuracy.to_bits(),
            row.mean_length.to_bits(),
            optional(row.mean_wrong_length),
            optional(row.mean_right_length),
            row.idle_groups as u64,
            row.policy_term.to_bits(),
            row.kl.to_bits(),
            row.kl_term.to_bits(),
            row.grad_norm.to_bits(),
        ] {
            for byte in word.to_le_bytes() {
                hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
    }
    hash
}

/// `fingerprint` of the default run (`DEFAULT_SETTINGS`, seed 1), as the native tests and the
/// wasm32 test in headless Chromium (tests/hydrate.rs) both compute it.
#[doc(hidden)]
pub const DEFAULT_RUN_FINGERPRINT: u64 = 0xc9fa_331d_f9cf_1543;

/// A policy's logits: "write another step" at each position (the last is never used: the cap
/// ends the answer), and "use the format".
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Policy {
    pub(super) keep_going: [f64; MAX_LENGTH],
    pub(super) format: f64,
}

impl Policy {
    pub(super) const START: Policy = Policy {
        keep_going: [START_KEEP_GOING; MAX_LENGTH],
        format: START_FORMAT,
    };

    /// The probabilities of each "yes", σ(logit).
    pub(super) fn probabilities(&self) -> Probabilities {
        let mut keep_going = [0.0; MAX_LENGTH];
        for (p, logit) in keep_going.iter_mut().zip(self.keep_going) {
            *p = sigmoid(logit);
        }
        Probabilities {
            keep_going,
            format: sigmoid(self.format),
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Probabilities {
    keep_going: [f64; MAX_LENGTH],
    format: f64,
}

fn sigmoid(logit: f64) -> f64 {
    1.0 / (1.0 + libm::exp(-logit))
}

/// One sampled answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Sample {
    /// Steps written, 1 to MAX_LENGTH.
    pub(super) length: usize,
    pub(super) correct: bool,
    pub(super) formatted: bool,
}

impl Sample {
    fn reward(self) -> u8 {
        self.correct as u8 + self.formatted as u8
    }

    /// Whether its last token chose to stop (it gave up unsolved before the cap); otherwise the
    /// answer was found, or the cap ended it, and that token made no length choice.
    fn stopped(self) -> bool {
        !self.correct && self.length < MAX_LENGTH
    }

    /// The probability of its last token (its stop, if any, and its format) under a policy.
    fn last_token(self, p: &Probabilities) -> f64 {
        let stop = if self.stopped() {
            1.0 - p.keep_going[self.length - 1]
        } else {
            1.0
        };
        let format = if self.formatted {
            p.format
        } else {
            1.0 - p.format
        };
        stop * format
    }
}

/// The PRNG: oorandom's PCG32, a small, well-kept crate of a few dozen lines with no
/// dependencies, that gives the same stream on every platform.
pub(super) struct Random(oorandom::Rand32);

impl Random {
    pub(super) fn new(seed: u32) -> Random {
        Random(oorandom::Rand32::new(u64::from(seed)))
    }

    /// Uniform in [0, 1), exactly a multiple of 2⁻³².
    pub(super) fn unit(&mut self) -> f64 {
        f64::from(self.0.rand_u32()) / 4_294_967_296.0
    }

    pub(super) fn below(&mut self, bound: usize) -> usize {
        self.0.rand_range(0..bound as u32) as usize
    }
}

/// Every logit the policy has: one per position, then the format's.
const PARAMETERS: usize = MAX_LENGTH + 1;

/// Adam, as real GRPO runs use (AdamW without decay): each logit's step is its gradient's running
/// mean over its running root mean square, so the size of a step does not depend on how the loss
/// is normalised (GRPO's 1/|o_i| and std, Dr. GRPO's constant), only its direction does, and the
/// switch compares what each normalisation favours rather than two step sizes. Moments and their
/// bias corrections use only ×, +, ÷ and √, exact everywhere.
#[derive(Clone, Copy, Debug)]
struct Adam {
    mean: [f64; PARAMETERS],
    square: [f64; PARAMETERS],
    /// β₁ᵗ and β₂ᵗ, kept by multiplication (no `powi`, whose result may differ by platform).
    decay_mean: f64,
    decay_square: f64,
}

impl Adam {
    const BETA1: f64 = 0.9;
    const BETA2: f64 = 0.999;
    const EPSILON: f64 = 1e-8;

    fn new() -> Adam {
        Adam {
            mean: [0.0; PARAMETERS],
            square: [0.0; PARAMETERS],
            decay_mean: 1.0,
            decay_square: 1.0,
        }
    }

    /// The change to each logit for a gradient of the objective (ascent).
    fn step(&mut self, gradient: &[f64; PARAMETERS], rate: f64) -> [f64; PARAMETERS] {
        self.decay_mean *= Adam::BETA1;
        self.decay_square *= Adam::BETA2;
        let mut change = [0.0; PARAMETERS];
        for i in 0..PARAMETERS {
            let g = gradient[i];
            self.mean[i] = Adam::BETA1 * self.mean[i] + (1.0 - Adam::BETA1) * g;
            self.square[i] = Adam::BETA2 * self.square[i] + (1.0 - Adam::BETA2) * g * g;
            let mean = self.mean[i] / (1.0 - self.decay_mean);
            let square = self.square[i] / (1.0 - self.decay_square);
            change[i] = rate * mean / (square.sqrt() + Adam::EPSILON);
        }
        change
    }
}

/// One step's answers with their advantages and their weights in the objective, and the sums
/// over answers that the "another step" tokens need, position by position.
pub(super) struct Batch {
    samples: Vec<Sample>,
    advantages: Vec<f64>,
    /// Each answer's weight per token: 1/answers of the batch (1/G of a group, 1/questions of
    /// the groups), divided by its own length (GRPO) or by the cap (Dr. GRPO).
    weights: Vec<f64>,
    /// Over the answers that wrote another step at position t (those longer than t + 1): their
    /// weight × advantage where the advantage is positive, where it is negative (PPO's clip acts
    /// on each side differently), and their weights alone (for the KL).
    gaining: [f64; MAX_LENGTH],
    losing: [f64; MAX_LENGTH],
    weighing: [f64; MAX_LENGTH],
}

impl Batch {
    pub(super) fn new(samples: Vec<Sample>, advantages: Vec<f64>, dr_grpo: bool) -> Batch {
        let share = 1.0 / samples.len().max(1) as f64;
        let weights: Vec<f64> = samples
            .iter()
            .map(|sample| {
                let tokens = if dr_grpo { MAX_LENGTH } else { sample.length };
                share / tokens as f64
            })
            .collect();
        // By the position of each answer's last token, then summed from the end: an answer whose
        // last token is at e wrote another step at every position before e.
        let mut by_end = [[0.0; 3]; MAX_LENGTH];
        for ((sample, advantage), weight) in samples.iter().zip(&advantages).zip(&weights) {
            let sums = &mut by_end[sample.length - 1];
            if *advantage > 0.0 {
                sums[0] += weight * advantage;
            } else {
                sums[1] += weight * advantage;
            }
            sums[2] += weight;
        }
        let mut gaining = [0.0; MAX_LENGTH];
        let mut losing = [0.0; MAX_LENGTH];
        let mut weighing = [0.0; MAX_LENGTH];
        for t in (0..MAX_LENGTH - 1).rev() {
            gaining[t] = gaining[t + 1] + by_end[t + 1][0];
            losing[t] = losing[t + 1] + by_end[t + 1][1];
            weighing[t] = weighing[t + 1] + by_end[t + 1][2];
        }
        Batch {
            samples,
            advantages,
            weights,
            gaining,
            losing,
            weighing,
        }
    }
}

/// The objective at a policy, and its gradient in the logits.
pub(super) struct Objective {
    /// Σ weight × min(ratio·A, clip(ratio)·A) over every token.
    pub(super) policy: f64,
    /// Σ weight × (π_ref/π − log(π_ref/π) − 1) over every token.
    pub(super) kl: f64,
    /// ∂(policy − β·kl)/∂logit: the "another step" logits by position, then the format's.
    pub(super) gradient: [f64; PARAMETERS],
}

/// GRPO's objective (to maximise): `policy − β·kl` over the batch, for the policy `now`, the
/// policy that sampled the batch `old`, and the reference. Each token's probability ratio is
/// now/old; its gradient through log π is the token's coefficient times ∂log π/∂logit, which is
/// 1 − p for a "yes" of probability p and −p for a "no".
pub(super) fn objective(
    batch: &Batch,
    now: &Probabilities,
    old: &Probabilities,
    reference: &Probabilities,
    clip: f64,
    beta: f64,
) -> Objective {
    let (low, high) = (1.0 - clip, 1.0 + clip);
    // min(ratio·A, clip(ratio)·A) for the positive and the negative advantages; the clipped side
    // is flat, so it passes no gradient once the ratio has left 1 ± ε in the advantage's direction.
    let surrogate = |ratio: f64, gain: f64, loss: f64| {
        let clipped = ratio.clamp(low, high);
        gain * ratio.min(clipped) + loss * ratio.max(clipped)
    };
    let pull = |ratio: f64, gain: f64, loss: f64| {
        let gain = if ratio <= high { gain } else { 0.0 };
        let loss = if ratio >= low { loss } else { 0.0 };
        ratio * (gain + loss)
    };
    // The KL estimate for the ratio π_ref/π; its derivative through log π is 1 − π_ref/π.
    let estimate = |to_reference: f64| to_reference - libm::log(to_reference) - 1.0;
    let mut result = Objective {
        policy: 0.0,
        kl: 0.0,
        gradient: [0.0; PARAMETERS],
    };
    for t in 0..MAX_LENGTH - 1 {
        if batch.weighing[t] == 0.0 {
            continue;
        }
        let p = now.keep_going[t];
        let ratio = p / old.keep_going[t];
        let to_reference = reference.keep_going[t] / p;
        let (gain, loss) = (batch.gaining[t], batch.losing[t]);
        result.policy += surrogate(ratio, gain, loss);
        result.kl += batch.weighing[t] * estimate(to_reference);
        let coefficient = pull(ratio, gain, loss) - beta * (1.0 - to_reference) * batch.weighing[t];
        result.gradient[t] += coefficient * (1.0 - p);
    }
    for ((sample, advantage), weight) in batch
        .samples
        .iter()
        .zip(&batch.advantages)
        .zip(&batch.weights)
    {
        let p = sample.last_token(now);
        let ratio = p / sample.last_token(old);
        let to_reference = sample.last_token(reference) / p;
        let (gain, loss) = if *advantage > 0.0 {
            (weight * advantage, 0.0)
        } else {
            (0.0, weight * advantage)
        };
        result.policy += surrogate(ratio, gain, loss);
        result.kl += weight * estimate(to_reference);
        let coefficient = pull(ratio, gain, loss) - beta * (1.0 - to_reference) * weight;
        if sample.stopped() {
            result.gradient[sample.length - 1] -= coefficient * now.keep_going[sample.length - 1];
        }
        result.gradient[MAX_LENGTH] += if sample.formatted {
            coefficient * (1.0 - now.format)
        } else {
            -coefficient * now.format
        };
    }
    result
}

/// A seeded toy run, computed a step at a time so the view can spread it over idle moments.
pub struct Run {
    settings: Settings,
    seed: u32,
    random: Random,
    policy: Policy,
    adam: Adam,
    reference: Probabilities,
    rows: Vec<Row>,
}

impl Run {
    /// A run that has not started; settings out of range are clamped (`Settings::clamped`).
    pub fn new(settings: Settings, seed: u32) -> Run {
        let settings = settings.clamped();
        Run {
            settings,
            seed,
            random: Random::new(seed),
            policy: Policy::START,
            adam: Adam::new(),
            reference: Policy::START.probabilities(),
            rows: Vec::with_capacity(settings.steps),
        }
    }

    pub fn settings(&self) -> Settings {
        self.settings
    }

    pub fn seed(&self) -> u32 {
        self.seed
    }

    /// The rows computed so far, one per step.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub fn is_done(&self) -> bool {
        self.rows.len() >= self.settings.steps
    }

    /// Computes the next step and returns its row; `None` once the run is done.
    pub fn step(&mut self) -> Option<&Row> {
        if self.is_done() {
            return None;
        }
        let row = self.update();
        self.rows.push(row);
        self.rows.last()
    }

    /// Computes up to `count` more steps; returns how many it computed.
    pub fn advance(&mut self, count: usize) -> usize {
        let mut done = 0;
        while done < count && self.step().is_some() {
            done += 1;
        }
        done
    }

    /// Every remaining step (the prerender's table).
    pub fn run_to_end(mut self) -> Vec<Row> {
        while self.step().is_some() {}
        self.rows
    }

    /// One answer to a question whose first step finds the answer with probability `chance`.
    fn sample(&mut self, old: &Probabilities, mut chance: f64) -> Sample {
        let mut length = 1;
        let correct = loop {
            if self.random.unit() < chance {
                break true;
            }
            if length == MAX_LENGTH || self.random.unit() >= old.keep_going[length - 1] {
                break false;
            }
            chance *= FADE;
            length += 1;
        };
        let formatted = self.random.unit() < old.format;
        Sample {
            length,
            correct,
            formatted,
        }
    }

    /// One step: sample, score, then the inner gradient steps.
    fn update(&mut self) -> Row {
        let settings = self.settings;
        let old = self.policy.probabilities();
        let size = settings.group_size;
        let scaling = if settings.dr_grpo {
            Scaling::CentredOnly
        } else {
            Scaling::ByStd
        };
        let mut samples = Vec::with_capacity(settings.questions * size);
        let mut advantage_of = Vec::with_capacity(settings.questions * size);
        let mut idle_groups = 0;
        // At ratio 1 each answer's tokens average to its advantage (|o_i| equal terms over
        // |o_i|), so GRPO's policy term is −mean(A) per group: the exact 0 of `group.mean`.
        let mut exact_policy_term = 0.0;
        for _ in 0..settings.questions {
            let chance = FIRST_STEP_CHANCES[self.random.below(FIRST_STEP_CHANCES.len())];
            let first = samples.len();
            for _ in 0..size {
                let sample = self.sample(&old, chance);
                samples.push(sample);
            }
            let rewards: Vec<u8> = samples[first..].iter().map(|s| s.reward()).collect();
            let group = advantages(&rewards, scaling);
            if group.teaches_nothing() {
                idle_groups += 1;
            }
            exact_policy_term -= group.mean / settings.questions as f64;
            advantage_of.extend(group.values);
        }
        let batch = Batch::new(samples, advantage_of, settings.dr_grpo);

        let (mut policy_term, mut kl, mut grad_norm) = (0.0, 0.0, 0.0);
        for inner in 0..settings.inner_steps {
            let now = self.policy.probabilities();
            let objective = objective(
                &batch,
                &now,
                &old,
                &self.reference,
                settings.clip,
                settings.beta,
            );
            if inner == 0 {
                // Dr. GRPO sums tokens rather than averaging them, so its term at ratio 1 is
                // −Σ A_i·|o_i| / (cap·answers): not 0 when longer answers score differently.
                policy_term = if settings.dr_grpo {
                    -objective.policy
                } else {
                    exact_policy_term
                };
                kl = objective.kl;
                grad_norm = objective.gradient.iter().map(|g| g * g).sum::<f64>().sqrt();
            }
            let change = self.adam.step(&objective.gradient, settings.learning_rate);
            for (logit, change) in self.policy.keep_going.iter_mut().zip(change) {
                *logit = (*logit + change).clamp(-LOGIT_LIMIT, LOGIT_LIMIT);
            }
            self.policy.format =
                (self.policy.format + change[MAX_LENGTH]).clamp(-LOGIT_LIMIT, LOGIT_LIMIT);
        }

        let samples = &batch.samples;
        let count = samples.len() as f64;
        let mean_length = |keep: &dyn Fn(&Sample) -> bool| {
            let (sum, n) = samples
                .iter()
                .filter(|s| keep(s))
                .fold((0, 0), |(sum, n), s| (sum + s.length, n + 1));
            (n > 0).then(|| sum as f64 / n as f64)
        };
        let rewards: usize = samples.iter().map(|s| usize::from(s.reward())).sum();
        let right = samples.iter().filter(|s| s.correct).count();
        Row {
            step: self.rows.len() + 1,
            mean_reward: rewards as f64 / count,
            accuracy: right as f64 / count,
            mean_length: mean_length(&|_| true).unwrap_or(0.0),
            mean_wrong_length: mean_length(&|s| !s.correct),
            mean_right_length: mean_length(&|s| s.correct),
            idle_groups,
            // + 0.0 turns a −0 (the negated exact zero) into 0.
            policy_term: policy_term + 0.0,
            kl,
            kl_term: settings.beta * kl,
            grad_norm,
        }
    }
}
