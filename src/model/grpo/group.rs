//! One GRPO group: G answers to one question, each scored by an accuracy reward and a format reward
//! of equal weight (so 0, 1 or 2), and the group-relative advantages A_i = (r_i − mean) / std that
//! GRPO trains on, with the reading of "why the printed loss sits near zero" from the same numbers.
//! The toy run (`toy.rs`) computes its advantages with the same function.

/// Fewest and most answers a group may have: two is the least that can differ, and 64 is the
/// original GRPO paper's G.
pub const GROUP_SIZES: (usize, usize) = (2, 64);

/// Which standard deviation divides the centred rewards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spread {
    /// √(Σ(r − mean)² / G): the spread of the group itself.
    Population,
    /// √(Σ(r − mean)² / (G − 1)), with Bessel's correction.
    Sample,
}

/// The one standard deviation used everywhere (the explorer, the toy run, the page's words). The
/// papers write only "std"; TRL's and verl's GRPO trainers compute it with `torch.std`, whose
/// default is the sample std, so a reader who checks our numbers against a run of theirs gets the
/// same advantages.
pub const SPREAD: Spread = Spread::Sample;

/// How advantages are scaled: GRPO divides the centred rewards by the group's std; Dr. GRPO
/// (arXiv 2503.20783) leaves them centred only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scaling {
    ByStd,
    CentredOnly,
}

/// One sampled answer, as the two rule-based rewards see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The final answer matches the reference (accuracy reward 1).
    pub correct: bool,
    /// The reasoning sits inside `<think>…</think>` (format reward 1).
    pub formatted: bool,
}

impl Answer {
    /// Right, and in the format: reward 2.
    pub const RIGHT: Answer = Answer {
        correct: true,
        formatted: true,
    };
    /// Wrong, and not in the format: reward 0.
    pub const WRONG: Answer = Answer {
        correct: false,
        formatted: false,
    };

    /// The answer a link's digit stands for. A reward of 1 could be a right answer in a bad format
    /// or a wrong one in good format; a link keeps only the reward, which is all the advantage
    /// depends on, and opens a 1 as a wrong answer in good format: the usual case once a model has
    /// learnt the format, which R1-Zero did early. Digits above 2 give `None`.
    pub const fn from_reward(reward: u8) -> Option<Answer> {
        match reward {
            0 => Some(Answer::WRONG),
            1 => Some(Answer {
                correct: false,
                formatted: true,
            }),
            2 => Some(Answer::RIGHT),
            _ => None,
        }
    }

    /// Accuracy plus format, each 0 or 1, added with the same weight as in the paper.
    pub const fn reward(self) -> u8 {
        self.correct as u8 + self.formatted as u8
    }
}

/// What a group of rewards gives the update: its advantages, and whether it teaches anything.
#[derive(Clone, Debug, PartialEq)]
pub struct Advantages {
    /// One per answer, in the group's order.
    pub values: Vec<f64>,
    /// The mean reward of the group.
    pub mean_reward: f64,
    /// The group's std (`SPREAD`); 0 when every reward is the same.
    pub std: f64,
    /// The mean of the advantages, computed from the exact integer sum of the centred rewards
    /// (G·r_i − Σr, which adds up to 0 in integers), so it prints as the 0 it is rather than as a
    /// rounding residue such as −1e-17.
    pub mean: f64,
}

impl Advantages {
    /// Every answer scored the same: every advantage is 0, so the group moves nothing (GRPO's std
    /// is 0 there, and the division is skipped rather than giving NaN).
    pub fn teaches_nothing(&self) -> bool {
        self.std == 0.0
    }

    /// The mean of |A_i|: how hard the group pushes the policy, towards its better answers and
    /// away from its worse ones. The loss's policy term averages the signed advantages to 0; this
    /// does not, and it is 0 only when the group teaches nothing.
    pub fn mean_push(&self) -> f64 {
        if self.values.is_empty() {
            return 0.0;
        }
        self.values.iter().map(|value| value.abs()).sum::<f64>() / self.values.len() as f64
    }
}

/// The advantages of a group of rewards (each 0, 1 or 2; any small integer works).
///
/// Worked in integers first: with S = Σr and n_i = G·r_i − S (so r_i − mean = n_i / G), the
/// sample std is √(Σn_i² / (G²(G − 1))) and A_i = n_i / √(Σn_i² / (G − 1)). Only one square root
/// and one division per answer are left to floating point, and both are exact IEEE operations, so
/// every machine gets the same bits.
pub fn advantages(rewards: &[u8], scaling: Scaling) -> Advantages {
    let size = rewards.len() as i64;
    if size == 0 {
        return Advantages {
            values: Vec::new(),
            mean_reward: 0.0,
            std: 0.0,
            mean: 0.0,
        };
    }
    let sum: i64 = rewards.iter().map(|reward| i64::from(*reward)).sum();
    let centred: Vec<i64> = rewards
        .iter()
        .map(|reward| size * i64::from(*reward) - sum)
        .collect();
    let squares: i64 = centred.iter().map(|n| n * n).sum();
    let divisor = match SPREAD {
        Spread::Population => size,
        Spread::Sample => (size - 1).max(1),
    };
    let g = size as f64;
    // √(Σn_i² / divisor) = G·std.
    let scaled_std = (squares as f64 / divisor as f64).sqrt();
    let scale = match scaling {
        _ if squares == 0 => 0.0,
        Scaling::ByStd => scaled_std,
        Scaling::CentredOnly => g,
    };
    let of = |n: i64| if scale == 0.0 { 0.0 } else { n as f64 / scale };
    let exact_sum: i64 = centred.iter().sum();
    Advantages {
        values: centred.iter().map(|n| of(*n)).collect(),
        mean_reward: sum as f64 / g,
        std: scaled_std / g,
        mean: of(exact_sum) / g,
    }
}

/// Why the loss printed during GRPO training sits near zero while the model learns, from one
/// group's numbers. At the first inner step of an update the policy is the one that sampled the
/// answers, so every probability ratio is 1 and the policy term is −mean(A): zero, since the
/// advantages are centred. What is printed is then the KL term β·KL, yet the gradient is
/// Σ A_i ∇log π(o_i) / G, which is not zero while the advantages are not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LossReading {
    /// The mean advantage (0 for every group).
    pub mean_advantage: f64,
    /// −(1/G) Σ_i A_i · ratio, at ratio 1.
    pub policy_term: f64,
    /// β times the KL estimate given (the toy run's, for instance).
    pub kl_term: f64,
    /// What a trainer prints: policy term plus KL term.
    pub loss: f64,
    /// The mean |A_i| that weights the gradient (`Advantages::mean_push`).
    pub push: f64,
}

impl LossReading {
    /// The reading for a group's advantages, with a KL coefficient and a per-token KL estimate
    /// (π_ref/π − log(π_ref/π) − 1, averaged) taken from a run.
    pub fn new(advantages: &Advantages, beta: f64, kl: f64) -> LossReading {
        // + 0.0 makes the negated exact zero a plain 0, never a "−0".
        let policy_term = -advantages.mean + 0.0;
        let kl_term = beta * kl;
        LossReading {
            mean_advantage: advantages.mean,
            policy_term,
            kl_term,
            loss: policy_term + kl_term,
            push: advantages.mean_push(),
        }
    }
}
