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
pub const TABLE_CAVEAT: &str = "TODO";

pub const ROWS: &[BenchmarkRow] = &[];

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

pub const O3_ANNOUNCED: &[AnnouncedScore] = &[];
