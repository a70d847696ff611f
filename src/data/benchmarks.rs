//! Benchmark scores: the R1 paper's comparison table and o3's announced (pre-release) figures.

use crate::model::facts::Confidence;

/// The columns of the R1 paper's table, in its order.
pub const MODELS: [&str; 6] = [
    "Claude-3.5-Sonnet-1022",
    "GPT-4o-0513",
    "DeepSeek-V3",
    "o1-mini",
    "o1-1217",
    "DeepSeek-R1",
];

/// One row of the R1 paper's table. `None` where the paper reports no score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BenchmarkRow {
    pub key: &'static str,
    pub name: &'static str,
    /// What the number is ("pass@1, %", "percentile", "Elo rating").
    pub metric: &'static str,
    pub scores: [Option<f64>; 6],
    pub decimals: u8,
    pub note: Option<&'static str>,
}

pub const TABLE_SOURCES: &[&str] = &["r1-github"];
pub const TABLE_CONFIDENCE: Confidence = Confidence::High;
pub const TABLE_CAVEAT: &str =
    "Scores as published in the DeepSeek-R1 paper and its README. DeepSeek \
    ran the tests on its own models; the o1 figures are the ones OpenAI reported, not re-run by \
    DeepSeek, so the columns were not all measured the same way. The two Codeforces rows are \
    different scales: a percentile of human competitors and an Elo-style rating.";

pub const ROWS: &[BenchmarkRow] = &[
    BenchmarkRow {
        key: "aime",
        name: "AIME 2024",
        metric: "pass@1, %",
        scores: [Some(16.0), Some(9.3), Some(39.2), Some(63.6), Some(79.2), Some(79.8)],
        decimals: 1,
        note: None,
    },
    BenchmarkRow {
        key: "math-500",
        name: "MATH-500",
        metric: "pass@1, %",
        scores: [Some(78.3), Some(74.6), Some(90.2), Some(90.0), Some(96.4), Some(97.3)],
        decimals: 1,
        note: None,
    },
    BenchmarkRow {
        key: "gpqa-diamond",
        name: "GPQA Diamond",
        metric: "pass@1, %",
        scores: [Some(65.0), Some(49.9), Some(59.1), Some(60.0), Some(75.7), Some(71.5)],
        decimals: 1,
        note: None,
    },
    BenchmarkRow {
        key: "codeforces-percentile",
        name: "Codeforces",
        metric: "percentile",
        scores: [Some(20.3), Some(23.6), Some(58.7), Some(93.4), Some(96.6), Some(96.3)],
        decimals: 1,
        note: Some("Share of human competitors ranked below the model; a different scale from the rating row."),
    },
    BenchmarkRow {
        key: "codeforces-rating",
        name: "Codeforces",
        metric: "Elo-style rating",
        scores: [Some(717.0), Some(759.0), Some(1134.0), Some(1820.0), Some(2061.0), Some(2029.0)],
        decimals: 0,
        note: Some("A rating, not a percentage."),
    },
    BenchmarkRow {
        key: "livecodebench",
        name: "LiveCodeBench",
        metric: "pass@1 with reasoning, %",
        scores: [Some(33.8), Some(34.2), None, Some(53.8), Some(63.4), Some(65.9)],
        decimals: 1,
        note: None,
    },
    BenchmarkRow {
        key: "swe-bench-verified",
        name: "SWE-bench Verified",
        metric: "resolved, %",
        scores: [Some(50.8), Some(38.8), Some(42.0), Some(41.6), Some(48.9), Some(49.2)],
        decimals: 1,
        note: None,
    },
    BenchmarkRow {
        key: "aider-polyglot",
        name: "Aider-Polyglot",
        metric: "accuracy, %",
        scores: [Some(45.3), Some(16.0), Some(49.6), Some(32.9), Some(61.7), Some(53.3)],
        decimals: 1,
        note: None,
    },
    BenchmarkRow {
        key: "mmlu",
        name: "MMLU",
        metric: "pass@1, %",
        scores: [Some(88.3), Some(87.2), Some(88.5), Some(85.2), Some(91.8), Some(90.8)],
        decimals: 1,
        note: None,
    },
    BenchmarkRow {
        key: "mmlu-pro",
        name: "MMLU-Pro",
        metric: "exact match, %",
        scores: [Some(78.0), Some(72.6), Some(75.9), Some(80.3), None, Some(84.0)],
        decimals: 1,
        note: None,
    },
    BenchmarkRow {
        key: "simpleqa",
        name: "SimpleQA",
        metric: "correct, %",
        scores: [Some(28.4), Some(38.2), Some(24.9), Some(7.0), Some(47.0), Some(30.1)],
        decimals: 1,
        note: None,
    },
    BenchmarkRow {
        key: "alpacaeval2-lc",
        name: "AlpacaEval 2.0",
        metric: "length-controlled win rate, %",
        scores: [Some(52.0), Some(51.1), Some(70.0), Some(57.8), None, Some(87.6)],
        decimals: 1,
        note: None,
    },
    BenchmarkRow {
        key: "arenahard",
        name: "ArenaHard",
        metric: "win rate, %",
        scores: [Some(85.2), Some(80.4), Some(85.5), Some(92.0), None, Some(92.3)],
        decimals: 1,
        note: None,
    },
];

/// A score OpenAI announced for o3 on 2024-12-20, before release.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AnnouncedScore {
    pub benchmark: &'static str,
    pub o3: &'static str,
    pub o1: Option<&'static str>,
    pub note: Option<&'static str>,
    pub sources: &'static [&'static str],
    pub confidence: Confidence,
}

pub const O3_ANNOUNCED: &[AnnouncedScore] = &[
    AnnouncedScore {
        benchmark: "ARC-AGI-1 (semi-private set)",
        o3: "75.7% (high-efficiency); 87.5% (low-efficiency)",
        o1: Some("\u{2248}32% (o1 high)"),
        note: Some(
            "75.7% within the prize's $10K compute limit; 87.5% with about 172\u{d7} the compute.",
        ),
        sources: &["arcprize-o3"],
        confidence: Confidence::High,
    },
    AnnouncedScore {
        benchmark: "AIME 2024",
        o3: "96.7%",
        o1: Some("83.3%"),
        note: None,
        sources: &["lifearchitect-o3"],
        confidence: Confidence::High,
    },
    AnnouncedScore {
        benchmark: "GPQA Diamond",
        o3: "87.7%",
        o1: Some("78.0%"),
        note: None,
        sources: &["lifearchitect-o3"],
        confidence: Confidence::High,
    },
    AnnouncedScore {
        benchmark: "Codeforces (Elo)",
        o3: "2727",
        o1: Some("1891"),
        note: None,
        sources: &["lifearchitect-o3"],
        confidence: Confidence::High,
    },
    AnnouncedScore {
        benchmark: "SWE-bench Verified",
        o3: "71.7%",
        o1: Some("48.9%"),
        note: None,
        sources: &["lifearchitect-o3"],
        confidence: Confidence::High,
    },
    AnnouncedScore {
        benchmark: "FrontierMath",
        o3: "25.2%",
        o1: None,
        note: Some("The previous best was about 2%."),
        sources: &["lifearchitect-o3"],
        confidence: Confidence::High,
    },
];

/// What every row of the o3 table shares, said once under it: where the figures were shown, and
/// why its o1 column differs from the R1 paper's (facts.md §0.7, §5).
pub const O3_TABLE_NOTE: &str = "OpenAI showed these figures in its livestream of 20 December \
    2024, from compute-heavy settings of a model not yet on sale (the written record cited is a \
    secondary one). The o1 column is also \
    OpenAI's livestream figure: a different run and setting from the o1-1217 scores in the R1 \
    paper's table above (AIME 83.3 here against 79.2 there, GPQA 78.0 against 75.7, Codeforces \
    1891 against 2061).";

/// o3's announced scores on the rows of the R1 paper's table that share a benchmark and scale,
/// for the benchmark chart's optional "o3 (announced)" series.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AnnouncedOnRow {
    pub row: &'static str,
    pub o3: f64,
}

pub const O3_ANNOUNCED_ON_ROWS: &[AnnouncedOnRow] = &[
    AnnouncedOnRow {
        row: "aime",
        o3: 96.7,
    },
    AnnouncedOnRow {
        row: "gpqa-diamond",
        o3: 87.7,
    },
    AnnouncedOnRow {
        row: "codeforces-rating",
        o3: 2727.0,
    },
    AnnouncedOnRow {
        row: "swe-bench-verified",
        o3: 71.7,
    },
];

/// Why the o3 series is not like the others.
pub const O3_SERIES_CAVEAT: &str = "o3's scores were announced on a livestream before release, with \
    compute-heavy settings; the o3 that shipped scored lower on some of them. OpenAI's o1 figures in \
    that announcement differ from the ones in the R1 paper's table.";
