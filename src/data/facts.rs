//! Every sourced figure and date the prose, tables and source cards show, cited by id from the
//! prose (`{id}`); values, confidence and caveats follow ../shared/facts.md exactly.

use crate::model::date::Date;
use crate::model::facts::{Confidence, Fact, Value};

/// The caveat every V3 training figure carries: what the report's arithmetic does and does not cover.
const V3_RUN_SCOPE: &str = "Part of DeepSeek-V3's final training run, priced at an assumed rental \
    rate of $2 per H800 GPU-hour. The report excludes prior research and ablation experiments; \
    owning the GPUs, staff, data, electricity and failed runs are not counted either.";

/// The caveat of the per-stage split of R1's own training cost.
const R1_STAGE_SPLIT: &str = "Rebuilt from the Nature supplement's GPU counts and hours at $2 per \
    GPU-hour; the stages add up to the published total of about $294K, which is firm, while the \
    split is less so.";

pub const FACTS: &[Fact] = &[
    // Release dates, in date order.
    Fact {
        id: "o1_preview_release",
        label: "o1-preview and o1-mini released",
        value: Value::Day(Date::ymd(2024, 9, 12)),
        date: Date::ymd(2024, 9, 12),
        sources: &["o1-preview-blog", "o1-mini-blog"],
        confidence: Confidence::High,
        caveat: Some("Preview models, first for ChatGPT Plus and Team users and API usage tier 5."),
    },
    Fact {
        id: "o1_release_chatgpt",
        label: "Full o1 released in ChatGPT",
        value: Value::Day(Date::ymd(2024, 12, 5)),
        date: Date::ymd(2024, 12, 5),
        sources: &["chatgpt-pro"],
        confidence: Confidence::High,
        caveat: Some(
            "Day one of OpenAI's \u{201c}12 Days of OpenAI\u{201d}, alongside the $200-a-month ChatGPT Pro \
             plan and o1 pro mode.",
        ),
    },
    Fact {
        id: "o1_api_release",
        label: "o1 available in OpenAI's API",
        value: Value::Day(Date::ymd(2024, 12, 17)),
        date: Date::ymd(2024, 12, 17),
        sources: &["o1-api"],
        confidence: Confidence::High,
        caveat: Some("Snapshot o1-2024-12-17, opened to API usage tier 5 first."),
    },
    Fact {
        id: "o3_announced",
        label: "o3 and o3-mini announced (not released)",
        value: Value::Day(Date::ymd(2024, 12, 20)),
        date: Date::ymd(2024, 12, 20),
        sources: &["arcprize-o3"],
        confidence: Confidence::High,
        caveat: Some("Day twelve of \u{201c}12 Days of OpenAI\u{201d}: a preview with benchmark results, not a release."),
    },
    Fact {
        id: "v3_release",
        label: "DeepSeek-V3 released (weights and technical report)",
        value: Value::Day(Date::ymd(2024, 12, 26)),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-news", "v3-arxiv"],
        confidence: Confidence::High,
        caveat: Some(
            "The arXiv submission is dated 27 December 2024. V3's original weights used the \
             \u{201c}DeepSeek Model License\u{201d} (its code was MIT); V3 moved to MIT with V3-0324.",
        ),
    },
    Fact {
        id: "app_launch",
        label: "DeepSeek's chatbot app launched (then running V3)",
        value: Value::Text("mid-January 2025"),
        date: Date::ymd(2025, 1, 15),
        sources: &["phonearena-app", "deepseek-app-news"],
        confidence: Confidence::Medium,
        caveat: Some(
            "In the iOS and Android stores from about 10 January (Sensor Tower, via Reuters); \
             DeepSeek announced it on 15 January, the day app-tracking firms count from.",
        ),
    },
    Fact {
        id: "r1_release",
        label: "DeepSeek-R1 and R1-Zero released",
        value: Value::Day(Date::ymd(2025, 1, 20)),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-news", "r1-github"],
        confidence: Confidence::High,
        caveat: Some(
            "Weights under the MIT licence; in DeepSeek's app as \u{201c}DeepThink\u{201d} and in its API \
             as deepseek-reasoner, a name that served R1 until 21 August 2025, when it moved to V3.1.",
        ),
    },
    Fact {
        id: "o1_to_r1_days",
        label: "Days from o1's arrival in ChatGPT to R1's release",
        value: Value::Whole(46, "days"),
        date: Date::ymd(2025, 1, 20),
        sources: &["chatgpt-pro", "r1-news"],
        confidence: Confidence::High,
        caveat: Some(
            "5 December 2024 to 20 January 2025. Counted from the o1-preview of 12 September 2024, \
             the gap is 130 days; o1 reached the API on 17 December 2024, 34 days before R1.",
        ),
    },
    Fact {
        id: "r1_paper",
        label: "R1 paper posted on arXiv (2501.12948)",
        value: Value::Day(Date::ymd(2025, 1, 22)),
        date: Date::ymd(2025, 1, 22),
        sources: &["r1-arxiv"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "app_store_no1",
        label: "DeepSeek becomes the No. 1 free app in Apple's US App Store",
        value: Value::Day(Date::ymd(2025, 1, 26)),
        date: Date::ymd(2025, 1, 26),
        sources: &["techcrunch-app-store"],
        confidence: Confidence::High,
        caveat: Some(
            "Reached No. 1 on Sunday 26 January 2025 (Appfigures and Sensor Tower, via TechCrunch), up \
             from No. 31 a few days earlier; widely reported on 27 January.",
        ),
    },
    Fact {
        id: "o3_mini_release",
        label: "o3-mini released in ChatGPT (free tier included) and the API",
        value: Value::Day(Date::ymd(2025, 1, 31)),
        date: Date::ymd(2025, 1, 31),
        sources: &["o3-mini-blog"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "off_peak_start",
        label: "DeepSeek announces off-peak API discounts",
        value: Value::Day(Date::ymd(2025, 2, 26)),
        date: Date::ymd(2025, 2, 26),
        sources: &["deepseek-pricing"],
        confidence: Confidence::High,
        caveat: Some(
            "Discount window 16:30\u{2013}00:30 UTC (00:30\u{2013}08:30 Beijing time). It applied to R1 until \
             deepseek-reasoner became V3.1 on 21 August 2025 and ended altogether on 5 September 2025.",
        ),
    },
    Fact {
        id: "r1_offpeak_discount",
        label: "Off-peak discount on R1's API price",
        value: Value::Percent(75.0, 0),
        date: Date::ymd(2025, 2, 26),
        sources: &["deepseek-pricing"],
        confidence: Confidence::High,
        caveat: Some(
            "Applied 16:30\u{2013}00:30 UTC only, from 26 February to 21 August 2025 for R1; V3 got 50% off \
             in the same window, bringing both to the same off-peak price.",
        ),
    },
    Fact {
        id: "o3_release",
        label: "o3 and o4-mini released",
        value: Value::Day(Date::ymd(2025, 4, 16)),
        date: Date::ymd(2025, 4, 16),
        sources: &["o3-blog"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "o3_price_cut",
        label: "Cut in o3's API price",
        value: Value::Percent(80.0, 0),
        date: Date::ymd(2025, 6, 10),
        sources: &["openai-pricing"],
        confidence: Confidence::High,
        caveat: Some(
            "From $10 / $40 to $2 / $8 per 1M input / output tokens, on the day o3-pro launched; also \
             announced by Sam Altman on X.",
        ),
    },
    Fact {
        id: "v3_1_switch",
        label: "DeepSeek's API names move from R1 and V3 to V3.1",
        value: Value::Day(Date::ymd(2025, 8, 21)),
        date: Date::ymd(2025, 8, 21),
        sources: &["deepseek-updates", "deepseek-v3-1-news"],
        confidence: Confidence::High,
        caveat: Some(
            "From this day deepseek-reasoner and deepseek-chat both served V3.1; the old prices and \
             the night discount stayed until 5 September 2025 (16:00 UTC).",
        ),
    },
    Fact {
        id: "nature_paper",
        label: "R1 paper published, peer-reviewed, in Nature",
        value: Value::Day(Date::ymd(2025, 9, 17)),
        date: Date::ymd(2025, 9, 17),
        sources: &["r1-nature"],
        confidence: Confidence::High,
        caveat: Some("Nature 645, 633\u{2013}638: online 17 September 2025, in the issue of 18 September."),
    },
    // The model.
    Fact {
        id: "r1_total_params",
        label: "R1's total parameters (mixture of experts)",
        value: Value::Count(671e9, "parameters"),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: Some("Built on DeepSeek-V3-Base (MLA attention, DeepSeekMoE); only a fraction is used per token."),
    },
    Fact {
        id: "r1_active_params",
        label: "R1's parameters activated per token",
        value: Value::Count(37e9, "parameters"),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "r1_licence",
        label: "Licence of R1 and the distilled models",
        value: Value::Text("MIT"),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: Some(
            "Distillation using the model's outputs is explicitly allowed. The original DeepSeek-V3 \
             weights (December 2024) used the \u{201c}DeepSeek Model License\u{201d} instead.",
        ),
    },
    Fact {
        id: "r1_context",
        label: "R1's context length (the model)",
        value: Value::Count(128_000.0, "tokens"),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: Some(
            "The model's own limit, per the README. The API at launch allowed 64K, with up to 32K of \
             chain of thought and an 8K answer; evaluations generated at most 32,768 tokens.",
        ),
    },
    Fact {
        id: "r1_api_context",
        label: "R1's context length in DeepSeek's API at launch",
        value: Value::Count(64_000.0, "tokens"),
        date: Date::ymd(2025, 1, 20),
        sources: &["deepseek-pricing"],
        confidence: Confidence::High,
        caveat: Some("At most 32K tokens of chain of thought and an 8K answer; the model itself supports 128K."),
    },
    Fact {
        id: "distilled_model_count",
        label: "Distilled R1 models released",
        value: Value::Text("six distilled models"),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: Some("Open models fine-tuned on reasoning samples generated by R1, under the MIT licence."),
    },
    Fact {
        id: "distilled_bases",
        label: "Base models of the six distilled models",
        value: Value::Text(
            "Qwen2.5-Math-1.5B, Qwen2.5-Math-7B, Llama-3.1-8B, Qwen2.5-14B, Qwen2.5-32B and \
             Llama-3.3-70B-Instruct",
        ),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "distill_1_5b_aime",
        label: "R1-Distill-Qwen-1.5B on AIME 2024 (pass@1, %)",
        value: Value::Score(28.9, 1),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "distill_7b_aime",
        label: "R1-Distill-Qwen-7B on AIME 2024 (pass@1, %)",
        value: Value::Score(55.5, 1),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "distill_8b_aime",
        label: "R1-Distill-Llama-8B on AIME 2024 (pass@1, %)",
        value: Value::Score(50.4, 1),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "distill_14b_aime",
        label: "R1-Distill-Qwen-14B on AIME 2024 (pass@1, %)",
        value: Value::Score(69.7, 1),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "distill_32b_aime",
        label: "R1-Distill-Qwen-32B on AIME 2024 (pass@1, %)",
        value: Value::Score(72.6, 1),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: Some("DeepSeek's own evaluation; it says this distilled model beats o1-mini."),
    },
    Fact {
        id: "distill_70b_aime",
        label: "R1-Distill-Llama-70B on AIME 2024 (pass@1, %)",
        value: Value::Score(70.0, 1),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "o1_mini_aime",
        label: "o1-mini on AIME 2024 (pass@1, %)",
        value: Value::Score(63.6, 1),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: Some("As reported by OpenAI and quoted in DeepSeek's table; not re-run by DeepSeek."),
    },
    Fact {
        id: "r1_aime",
        label: "DeepSeek-R1 on AIME 2024 (pass@1, %)",
        value: Value::Score(79.8, 1),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github", "r1-arxiv"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "o1_aime",
        label: "o1-1217 on AIME 2024 (pass@1, %)",
        value: Value::Score(79.2, 1),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github", "r1-arxiv"],
        confidence: Confidence::High,
        caveat: Some("As reported by OpenAI and quoted in DeepSeek's table; not re-run by DeepSeek."),
    },
    Fact {
        id: "r1_widest_lead",
        label: "R1's widest lead over o1-1217 in the R1 paper's table (LiveCodeBench, percentage points)",
        value: Value::Score(2.5, 1),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: Some(
            "Computed from the table, among the rows scored in percent: 65.9 against 63.4. R1's \
             other leads are smaller (MATH-500 0.9, AIME 0.6, SWE-bench Verified 0.3).",
        ),
    },
    Fact {
        id: "o1_widest_lead",
        label: "o1-1217's widest lead over R1 in the R1 paper's table (SimpleQA, percentage points)",
        value: Value::Score(16.9, 1),
        date: Date::ymd(2025, 1, 20),
        sources: &["r1-github"],
        confidence: Confidence::High,
        caveat: Some(
            "Computed from the table: 47.0 against 30.1. The next widest gaps, Aider-Polyglot (8.4) \
             and GPQA Diamond (4.2), also favour o1; on the Codeforces rating, another scale, o1 \
             leads by 32.",
        ),
    },
    Fact {
        id: "r1_zero_aime",
        label: "R1-Zero on AIME 2024 (pass@1, %), first arXiv version",
        value: Value::Score(71.0, 1),
        date: Date::ymd(2025, 1, 22),
        sources: &["r1-arxiv"],
        confidence: Confidence::Medium,
        caveat: Some(
            "Which number appears depends on the paper's version: arXiv v1 reports 71.0 (86.7 with \
             majority voting over 64 samples); the Nature version reports 77.9 from an updated run.",
        ),
    },
    Fact {
        id: "r1_zero_aime_nature",
        label: "R1-Zero on AIME 2024 (pass@1, %), Nature version",
        value: Value::Score(77.9, 1),
        date: Date::ymd(2025, 9, 17),
        sources: &["r1-nature"],
        confidence: Confidence::Medium,
        caveat: Some("An updated run reported in the peer-reviewed paper; the first arXiv version had 71.0."),
    },
    // Training cost and compute.
    Fact {
        id: "v3_pretrain_gpu_hours",
        label: "DeepSeek-V3 pre-training compute",
        value: Value::Whole(2_664_000, "H800 GPU-hours"),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-arxiv"],
        confidence: Confidence::High,
        caveat: Some("Table 1 of the V3 technical report."),
    },
    Fact {
        id: "v3_pretrain_cost",
        label: "DeepSeek-V3 pre-training cost",
        value: Value::UsdCompact(5_328_000.0),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-arxiv"],
        confidence: Confidence::High,
        caveat: Some(V3_RUN_SCOPE),
    },
    Fact {
        id: "v3_context_ext_gpu_hours",
        label: "DeepSeek-V3 context extension compute (to 32K, then 128K)",
        value: Value::Whole(119_000, "H800 GPU-hours"),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-arxiv"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "v3_context_ext_cost",
        label: "DeepSeek-V3 context extension cost",
        value: Value::UsdCompact(238_000.0),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-arxiv"],
        confidence: Confidence::High,
        caveat: Some(V3_RUN_SCOPE),
    },
    Fact {
        id: "v3_post_train_gpu_hours",
        label: "DeepSeek-V3 post-training compute (SFT and RL)",
        value: Value::Whole(5_000, "H800 GPU-hours"),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-arxiv"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "v3_post_train_cost",
        label: "DeepSeek-V3 post-training cost",
        value: Value::UsdCompact(10_000.0),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-arxiv"],
        confidence: Confidence::High,
        caveat: Some(V3_RUN_SCOPE),
    },
    Fact {
        id: "v3_gpu_hours",
        label: "DeepSeek-V3 final training run, total compute",
        value: Value::Whole(2_788_000, "H800 GPU-hours"),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-arxiv"],
        confidence: Confidence::High,
        caveat: Some("Pre-training, context extension and post-training; the report's arithmetic checks out."),
    },
    Fact {
        id: "v3_final_run_cost",
        label: "DeepSeek-V3 final training run, total cost",
        value: Value::UsdCompact(5_576_000.0),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-arxiv", "interconnects-v3"],
        confidence: Confidence::High,
        caveat: Some(
            "DeepSeek-V3's final training run at an assumed $2 per H800 GPU-hour; excludes prior \
             research, ablations, hardware, staff and data \u{2014} not R1's cost. R1's own training, \
             published in September 2025, came to about $294K on top of V3-Base.",
        ),
    },
    Fact {
        id: "v3_gpu_hour_price",
        label: "Rental price per H800 GPU-hour assumed in DeepSeek's cost figures",
        value: Value::Usd(2.0),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-arxiv", "r1-nature"],
        confidence: Confidence::High,
        caveat: Some("An assumption for pricing GPU time, not what DeepSeek paid for its own hardware."),
    },
    Fact {
        id: "v3_h800_count",
        label: "GPUs in DeepSeek-V3's training cluster",
        value: Value::Whole(2_048, "H800 GPUs"),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-arxiv", "v3-hardware-arxiv"],
        confidence: Confidence::High,
        caveat: Some(
            "180K GPU-hours per trillion tokens (3.7 days on this cluster); pre-training took \u{201c}less \
             than two months\u{201d} (2,664K \u{f7} 2,048 \u{2248} 54 days; about 57 days in all).",
        ),
    },
    Fact {
        id: "v3_training_tokens",
        label: "Tokens DeepSeek-V3 was pre-trained on",
        value: Value::Count(14.8e12, "tokens"),
        date: Date::ymd(2024, 12, 26),
        sources: &["v3-arxiv"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "r1_zero_rl_cost",
        label: "R1-Zero reinforcement learning (about 101K GPU-hours: 512 H800s \u{d7} about 198 h)",
        value: Value::UsdCompact(202_000.0),
        date: Date::ymd(2025, 9, 17),
        sources: &["r1-nature"],
        confidence: Confidence::Medium,
        caveat: Some(R1_STAGE_SPLIT),
    },
    Fact {
        id: "r1_sft_data_cost",
        label: "Creating R1's fine-tuning data (about 5K GPU-hours)",
        value: Value::UsdCompact(10_000.0),
        date: Date::ymd(2025, 9, 17),
        sources: &["r1-nature"],
        confidence: Confidence::Medium,
        caveat: Some(R1_STAGE_SPLIT),
    },
    Fact {
        id: "r1_final_rl_cost",
        label: "R1 training (about 41K GPU-hours: 512 H800s \u{d7} about 80 h)",
        value: Value::UsdCompact(82_000.0),
        date: Date::ymd(2025, 9, 17),
        sources: &["r1-nature"],
        confidence: Confidence::Medium,
        caveat: Some(R1_STAGE_SPLIT),
    },
    Fact {
        id: "r1_rl_gpu_hours",
        label: "R1's own training compute, all stages",
        value: Value::Whole(147_000, "H800 GPU-hours"),
        date: Date::ymd(2025, 9, 17),
        sources: &["r1-nature"],
        confidence: Confidence::Medium,
        caveat: Some("Rebuilt from GPUs \u{d7} hours per stage; consistent with $294K at $2 per GPU-hour."),
    },
    Fact {
        id: "r1_rl_gpus",
        label: "GPUs used for R1's own training",
        value: Value::Whole(512, "H800 GPUs"),
        date: Date::ymd(2025, 9, 17),
        sources: &["r1-nature"],
        confidence: Confidence::High,
        caveat: Some(
            "64 servers \u{d7} 8 GPUs. Some reports say 648 GPUs, a misreading of \u{201c}64\u{d7}8\u{201d}. The \
             supplement also says DeepSeek owns A100s, used for early small-model experiments.",
        ),
    },
    Fact {
        id: "r1_rl_cost",
        label: "R1's own training cost, on top of DeepSeek-V3-Base",
        value: Value::UsdCompact(294_000.0),
        date: Date::ymd(2025, 9, 17),
        sources: &["r1-nature"],
        confidence: Confidence::High,
        caveat: Some(
            "Published only in September 2025, in the Nature paper's supplement, at $2 per H800 \
             GPU-hour. It adds to V3's $5.576M final run and, like it, leaves out research, \
             hardware, staff and data.",
        ),
    },
    Fact {
        id: "semianalysis_gpus",
        label: "GPUs DeepSeek had access to, SemiAnalysis estimate (Hopper generation)",
        value: Value::Count(50_000.0, "Hopper GPUs"),
        date: Date::ymd(2025, 1, 31),
        sources: &["semianalysis"],
        confidence: Confidence::Medium,
        caveat: Some(
            "An estimate: about 10K H800s, 10K H100s and many H20s, plus 10K A100s. From a paywalled \
             model; critics found inconsistencies in its table.",
        ),
    },
    Fact {
        id: "semianalysis_capex",
        label: "DeepSeek's server spending, SemiAnalysis estimate",
        value: Value::UsdCompact(1.6e9),
        date: Date::ymd(2025, 1, 31),
        sources: &["semianalysis"],
        confidence: Confidence::Medium,
        caveat: Some(
            "An estimate, not a disclosed figure: server capital spending of about $1.6B, operating \
             cost about $944M, and hardware spend \u{201c}well higher than $500M\u{201d}. From a paywalled \
             model; critics found inconsistencies in its table.",
        ),
    },
    Fact {
        id: "amodei_frontier_run",
        label: "Cost of a frontier training run in 2024, per Anthropic's Dario Amodei",
        value: Value::UsdCompact(1e9),
        date: Date::ymd(2024, 6, 26),
        sources: &["amodei-podcast", "lex-amodei"],
        confidence: Confidence::High,
        caveat: Some(
            "Mid-2024 podcast (the listing gives 26 June; the exact date is less certain): \
             \u{201c}Right now, 100 million. There are models in training today that are more like a \
             billion\u{201d}, with $10B\u{2013}$100B runs expected by 2025\u{2013}2027. On Lex Fridman's podcast \
             (11 November 2024) he put runs at about $1B, a few billion in 2025 and over $10B in 2026.",
        ),
    },
    Fact {
        id: "amodei_sonnet_cost",
        label: "Training cost of Claude 3.5 Sonnet, per Dario Amodei",
        value: Value::Text("tens of millions of dollars"),
        date: Date::ymd(2025, 1, 29),
        sources: &["amodei-essay"],
        confidence: Confidence::High,
        caveat: Some(
            "His words in the essay were \u{201c}a few $10M's\u{201d}. He also wrote that DeepSeek has about \
             50K Hopper GPUs, worth about $1B.",
        ),
    },
    // Prices at R1's launch, in dollars per 1M tokens.
    Fact {
        id: "r1_input_price",
        label: "R1 API price, input (cache miss)",
        value: Value::UsdPerMillionTokens(0.55),
        date: Date::ymd(2025, 1, 20),
        sources: &["deepseek-pricing"],
        confidence: Confidence::High,
        caveat: Some("\u{a5}4 per 1M tokens; the standard (daytime) price."),
    },
    Fact {
        id: "r1_cached_price",
        label: "R1 API price, cached input (cache hit)",
        value: Value::UsdPerMillionTokens(0.14),
        date: Date::ymd(2025, 1, 20),
        sources: &["deepseek-pricing"],
        confidence: Confidence::High,
        caveat: Some("\u{a5}1 per 1M tokens; the standard (daytime) price."),
    },
    Fact {
        id: "r1_output_price",
        label: "R1 API price, output",
        value: Value::UsdPerMillionTokens(2.19),
        date: Date::ymd(2025, 1, 20),
        sources: &["deepseek-pricing"],
        confidence: Confidence::High,
        caveat: Some("\u{a5}16 per 1M tokens. Output includes the chain-of-thought tokens."),
    },
    Fact {
        id: "o1_input_price",
        label: "o1 API price, input",
        value: Value::UsdPerMillionTokens(15.0),
        date: Date::ymd(2025, 1, 20),
        sources: &["openai-pricing", "openai-community-o1"],
        confidence: Confidence::High,
        caveat: Some("o1's list price since the API launch on 17 December 2024, unchanged at R1's launch."),
    },
    Fact {
        id: "o1_cached_price",
        label: "o1 API price, cached input",
        value: Value::UsdPerMillionTokens(7.5),
        date: Date::ymd(2025, 1, 20),
        sources: &["openai-pricing", "openai-community-o1"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "o1_output_price",
        label: "o1 API price, output",
        value: Value::UsdPerMillionTokens(60.0),
        date: Date::ymd(2025, 1, 20),
        sources: &["openai-pricing", "openai-community-o1"],
        confidence: Confidence::High,
        caveat: Some("Output includes the hidden reasoning tokens."),
    },
    Fact {
        id: "r1_1m_cost",
        label: "Cost on R1 of 1M input + 1M output tokens, at launch prices",
        value: Value::Usd(2.74),
        date: Date::ymd(2025, 1, 20),
        sources: &["deepseek-pricing"],
        confidence: Confidence::High,
        caveat: Some("Uncached input; any reasoning tokens count as part of the output."),
    },
    Fact {
        id: "o1_1m_cost",
        label: "Cost on o1 of 1M input + 1M output tokens, at list prices",
        value: Value::Usd(75.0),
        date: Date::ymd(2025, 1, 20),
        sources: &["openai-pricing"],
        confidence: Confidence::High,
        caveat: Some("Uncached input; any reasoning tokens count as part of the output."),
    },
    Fact {
        id: "r1_vs_o1_input_saving",
        label: "How much cheaper R1 was than o1 on uncached input",
        value: Value::Percent(96.33, 2),
        date: Date::ymd(2025, 1, 20),
        sources: &["deepseek-pricing", "openai-pricing"],
        confidence: Confidence::High,
        caveat: Some("$0.55 against $15 per 1M tokens: o1 cost 27.3\u{d7} as much."),
    },
    Fact {
        id: "r1_vs_o1_output_saving",
        label: "How much cheaper R1 was than o1 on output",
        value: Value::Percent(96.35, 2),
        date: Date::ymd(2025, 1, 20),
        sources: &["deepseek-pricing", "openai-pricing"],
        confidence: Confidence::High,
        caveat: Some(
            "$2.19 against $60 per 1M tokens (27.4\u{d7}). The models spend different numbers of \
             reasoning tokens, so the saving on a given task is not exactly this.",
        ),
    },
    Fact {
        id: "r1_vs_o1_cached_saving",
        label: "How much cheaper R1 was than o1 on cached input",
        value: Value::Percent(98.13, 2),
        date: Date::ymd(2025, 1, 20),
        sources: &["deepseek-pricing", "openai-pricing"],
        confidence: Confidence::High,
        caveat: Some("$0.14 against $7.50 per 1M tokens: o1 cost 53.6\u{d7} as much."),
    },
    Fact {
        id: "r1_vs_o1_multiple",
        label: "o1's cost as a multiple of R1's (1M input + 1M output tokens)",
        value: Value::Multiple(27.4),
        date: Date::ymd(2025, 1, 20),
        sources: &["deepseek-pricing", "openai-pricing"],
        confidence: Confidence::High,
        caveat: Some(
            "$75 against $2.74 at list prices (27.3\u{d7} on input alone, 27.4\u{d7} on output alone). The \
             models write different numbers of reasoning tokens, so a given task is not exactly \
             27\u{d7} cheaper.",
        ),
    },
    Fact {
        id: "r1_vs_o1_cached_multiple",
        label: "o1's cached-input price as a multiple of R1's",
        value: Value::Multiple(53.6),
        date: Date::ymd(2025, 1, 20),
        sources: &["deepseek-pricing", "openai-pricing"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "article_claimed_saving",
        label: "R1's saving over o1 as the article reported it (\u{201c}95% cheaper\u{201d})",
        value: Value::Percent(95.0, 0),
        date: Date::ymd(2025, 1, 20),
        sources: &["deepseek-pricing", "openai-pricing"],
        confidence: Confidence::High,
        caveat: Some(
            "Understates the gap: at list prices R1 was 96.3% cheaper on uncached input and on \
             output (about 27\u{d7}) and 98.1% cheaper on cached input (about 54\u{d7}).",
        ),
    },
    Fact {
        id: "o3_mini_input_price",
        label: "o3-mini API price, input",
        value: Value::UsdPerMillionTokens(1.1),
        date: Date::ymd(2025, 1, 31),
        sources: &["o3-mini-blog"],
        confidence: Confidence::High,
        caveat: Some("Cached input $0.55. A new model, not a price cut; o1-mini was cut to the same prices that day."),
    },
    Fact {
        id: "o3_mini_output_price",
        label: "o3-mini API price, output",
        value: Value::UsdPerMillionTokens(4.4),
        date: Date::ymd(2025, 1, 31),
        sources: &["o3-mini-blog"],
        confidence: Confidence::High,
        caveat: Some("Output includes the hidden reasoning tokens."),
    },
    Fact {
        id: "o1_mini_cut_output_price",
        label: "o1-mini API price, output, after the cut of about 31 January 2025",
        value: Value::UsdPerMillionTokens(4.4),
        date: Date::ymd(2025, 1, 31),
        sources: &["langfuse-5335", "roo-code-711"],
        confidence: Confidence::High,
        caveat: Some(
            "Down from $12 (input from $3 to $1.10, cached input from $1.50 to $0.55), the same \
             prices as the new o3-mini; the exact day of the cut is approximate.",
        ),
    },
    Fact {
        id: "r1_vs_o3_mini_multiple",
        label: "o3-mini's price as a multiple of R1's (input and output)",
        value: Value::Multiple(2.0),
        date: Date::ymd(2025, 1, 31),
        sources: &["o3-mini-blog", "deepseek-pricing"],
        confidence: Confidence::High,
        caveat: Some("$1.10 against $0.55 on input and $4.40 against $2.19 on output; 3.9\u{d7} on cached input."),
    },
    Fact {
        id: "r1_offpeak_vs_o1_multiple",
        label: "o1's output price as a multiple of R1's off-peak output price",
        value: Value::Multiple(109.0),
        date: Date::ymd(2025, 2, 26),
        sources: &["deepseek-pricing", "openai-pricing"],
        confidence: Confidence::High,
        caveat: Some("$60 against $0.55 per 1M output tokens; 111\u{d7} on uncached input, 214\u{d7} on cached."),
    },
    // The market on Monday 27 January 2025.
    Fact {
        id: "nvidia_drop",
        label: "Nvidia's share price, one-day change",
        value: Value::Percent(-16.97, 2),
        date: Date::ymd(2025, 1, 27),
        sources: &["reuters-nasdaq", "reuters-rebound"],
        confidence: Confidence::High,
        caveat: Some("From $142.62 to the official close of $118.42; Nvidia's worst day since 16 March 2020."),
    },
    Fact {
        id: "nvidia_close",
        label: "Nvidia's closing share price",
        value: Value::Usd(118.42),
        date: Date::ymd(2025, 1, 27),
        sources: &["reuters-nasdaq", "reuters-rebound"],
        confidence: Confidence::Medium,
        caveat: Some(
            "The official close, which Reuters' figures rest on ($593B lost; up 8.9% to $128.99 the \
             next day). CNBC's same-day story used $118.58 (\u{2212}16.9%), the basis of the $589B some \
             outlets give.",
        ),
    },
    Fact {
        id: "nvidia_prior_close",
        label: "Nvidia's closing share price the trading day before",
        value: Value::Usd(142.62),
        date: Date::ymd(2025, 1, 24),
        sources: &["reuters-rebound"],
        confidence: Confidence::Medium,
        caveat: None,
    },
    Fact {
        id: "nvidia_value_lost",
        label: "Nvidia's market value lost in one day",
        value: Value::UsdCompact(593e9),
        date: Date::ymd(2025, 1, 27),
        sources: &["reuters-nasdaq", "cnbc-nvidia"],
        confidence: Confidence::High,
        caveat: Some(
            "Reuters/LSEG figure: the largest one-day loss of market value for any company on Wall \
             Street. Some outlets say $589B, which matches the $118.58 price CNBC used.",
        ),
    },
    Fact {
        id: "nvidia_value_lost_range",
        label: "Nvidia's market value lost, range across reports",
        value: Value::UsdRange(589e9, 593e9),
        date: Date::ymd(2025, 1, 27),
        sources: &["reuters-nasdaq", "cnbc-nvidia"],
        confidence: Confidence::Medium,
        caveat: Some("$593B from Reuters/LSEG at the official close; $589B matches the $118.58 price."),
    },
    Fact {
        id: "nvidia_previous_record",
        label: "Nvidia's previous record one-day loss of market value",
        value: Value::UsdCompact(279e9),
        date: Date::ymd(2024, 9, 3),
        sources: &["reuters-nasdaq"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "nasdaq_drop",
        label: "Nasdaq Composite, one-day change",
        value: Value::Percent(-3.07, 2),
        date: Date::ymd(2025, 1, 27),
        sources: &["reuters-nasdaq"],
        confidence: Confidence::High,
        caveat: Some("Down 612.47 points to 19,341.83."),
    },
    Fact {
        id: "sp500_drop",
        label: "S&P 500, one-day change",
        value: Value::Percent(-1.46, 2),
        date: Date::ymd(2025, 1, 27),
        sources: &["reuters-nasdaq"],
        confidence: Confidence::High,
        caveat: Some("Closed at 6,012.28."),
    },
    Fact {
        id: "dow_change",
        label: "Dow Jones Industrial Average, one-day change (a rise)",
        value: Value::Percent(0.65, 2),
        date: Date::ymd(2025, 1, 27),
        sources: &["reuters-nasdaq"],
        confidence: Confidence::High,
        caveat: Some("Up 289.33 points to 44,713.58."),
    },
    Fact {
        id: "sox_drop",
        label: "Philadelphia SE Semiconductor index, one-day change",
        value: Value::Percent(-9.2, 1),
        date: Date::ymd(2025, 1, 27),
        sources: &["reuters-nasdaq"],
        confidence: Confidence::High,
        caveat: Some("Its worst day since March 2020."),
    },
    Fact {
        id: "broadcom_drop",
        label: "Broadcom's share price, one-day change",
        value: Value::Percent(-17.4, 1),
        date: Date::ymd(2025, 1, 27),
        sources: &["cnbc-nvidia"],
        confidence: Confidence::Medium,
        caveat: None,
    },
    Fact {
        id: "alphabet_drop",
        label: "Alphabet's share price, one-day change",
        value: Value::Percent(-4.2, 1),
        date: Date::ymd(2025, 1, 27),
        sources: &["cnbc-nvidia"],
        confidence: Confidence::Medium,
        caveat: None,
    },
    Fact {
        id: "microsoft_drop",
        label: "Microsoft's share price, one-day change",
        value: Value::Percent(-2.1, 1),
        date: Date::ymd(2025, 1, 27),
        sources: &["cnbc-nvidia"],
        confidence: Confidence::Medium,
        caveat: None,
    },
    // Export controls.
    Fact {
        id: "bis_rule_2022",
        label: "First US rule on advanced AI chip exports to China",
        value: Value::Day(Date::ymd(2022, 10, 7)),
        date: Date::ymd(2022, 10, 7),
        sources: &["bis-2022"],
        confidence: Confidence::High,
        caveat: Some(
            "A licence became necessary for chips at or above a performance threshold (4,800 \
             TOPS\u{d7}bit) and with chip-to-chip interconnect of 600 GB/s or more, which blocked A100 \
             and H100 exports to China.",
        ),
    },
    Fact {
        id: "bis_interconnect_threshold",
        label: "Chip-to-chip bandwidth that triggered the first rule",
        value: Value::Whole(600, "GB/s"),
        date: Date::ymd(2022, 10, 7),
        sources: &["bis-2022"],
        confidence: Confidence::High,
        caveat: Some("Applied together with the performance threshold: a chip had to cross both."),
    },
    Fact {
        id: "h800_launch",
        label: "Nvidia's H800 for China goes on sale",
        value: Value::Text("about March 2023"),
        date: Date::ymd(2023, 3, 1),
        sources: &["tomshardware-h800"],
        confidence: Confidence::Medium,
        caveat: Some(
            "The exact day is not confirmed. The A800, with interconnect cut from 600 to 400 GB/s, \
             came first, in late 2022.",
        ),
    },
    Fact {
        id: "h800_nvlink",
        label: "H800 chip-to-chip bandwidth (NVLink, SXM)",
        value: Value::Whole(400, "GB/s"),
        date: Date::ymd(2023, 3, 1),
        sources: &["tomshardware-h800", "v3-hardware-arxiv"],
        confidence: Confidence::Medium,
        caveat: Some(
            "The SXM NVLink figure; Reuters said \u{201c}about half\u{201d} the H100's at the time, and its \
             300 GB/s figure referred to PCIe. The H800 also has much lower FP64 performance.",
        ),
    },
    Fact {
        id: "h100_nvlink",
        label: "H100 chip-to-chip bandwidth (NVLink, SXM)",
        value: Value::Whole(900, "GB/s"),
        date: Date::ymd(2023, 3, 1),
        sources: &["tomshardware-h800"],
        confidence: Confidence::Medium,
        caveat: Some("The SXM NVLink figure; PCIe cards are slower."),
    },
    Fact {
        id: "bis_rule_2023",
        label: "Updated US rule closes the H800 gap",
        value: Value::Day(Date::ymd(2023, 10, 17)),
        date: Date::ymd(2023, 10, 17),
        sources: &["bis-2023", "cset-bis-2023"],
        confidence: Confidence::High,
        caveat: Some(
            "Announced on this day and effective 16\u{2013}17 November 2023; Nvidia said the US told it on \
             23 October that the restriction applied immediately (less certain). The interconnect test \
             was dropped for total processing performance plus a performance-density threshold, \
             which caught the A800, H800 and L40S.",
        ),
    },
    Fact {
        id: "h800_sales_window",
        label: "When H800 sales to China were legal",
        value: Value::Text("about March to October 2023"),
        date: Date::ymd(2023, 10, 17),
        sources: &["tomshardware-h800", "bis-2023"],
        confidence: Confidence::Medium,
        caveat: Some(
            "DeepSeek's 2,048 H800s were presumably bought in this window; DeepSeek has not said when \
             it bought them. Nvidia's next China chip was the H20, which needed a licence from April \
             2025.",
        ),
    },
    // o3 as announced.
    Fact {
        id: "o3_arc_agi",
        label: "o3 on ARC-AGI-1 (semi-private), high-efficiency setting, as announced",
        value: Value::Percent(75.7, 1),
        date: Date::ymd(2024, 12, 20),
        sources: &["arcprize-o3"],
        confidence: Confidence::High,
        caveat: Some(
            "Within the $10K public compute limit: 6 samples, about $20 a task. A low-efficiency \
             setting with 1,024 samples (about 172\u{d7} the compute) scored 87.5%. ARC Prize later \
             measured the released o3 at about 41\u{2013}53% (less certain).",
        ),
    },
    Fact {
        id: "o3_arc_agi_high",
        label: "o3 on ARC-AGI-1 (semi-private), low-efficiency setting, as announced",
        value: Value::Percent(87.5, 1),
        date: Date::ymd(2024, 12, 20),
        sources: &["arcprize-o3"],
        confidence: Confidence::High,
        caveat: Some("1,024 samples, about 172\u{d7} the compute of the high-efficiency setting."),
    },
    Fact {
        id: "o1_arc_agi",
        label: "o1 (high) on ARC-AGI-1, for comparison",
        value: Value::Percent(32.0, 0),
        date: Date::ymd(2024, 12, 20),
        sources: &["arcprize-o3"],
        confidence: Confidence::High,
        caveat: Some("Approximate (\u{2248}32%)."),
    },
    // After January 2025 (facts.md §9): the reaction beyond the markets.
    Fact {
        id: "navy_warning",
        label: "US Navy email warns members not to use DeepSeek",
        value: Value::Day(Date::ymd(2025, 1, 24)),
        date: Date::ymd(2025, 1, 24),
        sources: &["bi-navy"],
        confidence: Confidence::High,
        caveat: Some(
            "A warning, not a ban: the Navy called it a reminder of existing 2023 guidance. Sent to \
             fewer than 40 people and forwarded more widely; CNBC reported it on 28 January.",
        ),
    },
    Fact {
        id: "signup_limits",
        label: "DeepSeek limits new registrations after \u{201c}large-scale malicious attacks\u{201d}",
        value: Value::Day(Date::ymd(2025, 1, 27)),
        date: Date::ymd(2025, 1, 27),
        sources: &["deepseek-status", "techstartups-signups"],
        confidence: Confidence::High,
        caveat: Some(
            "From about 21:33 Beijing time; existing users could still log in. For a while only \
             mainland-China phone numbers could register.",
        ),
    },
    Fact {
        id: "sacks_distillation",
        label: "David Sacks, then White House AI and crypto czar, speaks of \u{201c}substantial evidence\u{201d} of distillation",
        value: Value::Day(Date::ymd(2025, 1, 28)),
        date: Date::ymd(2025, 1, 28),
        sources: &["fox-sacks"],
        confidence: Confidence::High,
        caveat: Some("On Fox News; he gave no evidence."),
    },
    Fact {
        id: "openai_distillation_claim",
        label: "OpenAI tells the Financial Times it has seen \u{201c}some evidence\u{201d} of distillation",
        value: Value::Day(Date::ymd(2025, 1, 29)),
        date: Date::ymd(2025, 1, 29),
        sources: &["semafor-distillation", "dcd-distillation"],
        confidence: Confidence::High,
        caveat: Some(
            "OpenAI suspected DeepSeek and gave no details; its terms bar using its models' output \
             to build competing models. Some copies date the FT story 28 January (US time).",
        ),
    },
    Fact {
        id: "wiz_database",
        label: "Wiz finds an exposed DeepSeek database",
        value: Value::Day(Date::ymd(2025, 1, 29)),
        date: Date::ymd(2025, 1, 29),
        sources: &["wiz-database", "gadgetreview-wiz"],
        confidence: Confidence::High,
        caveat: Some(
            "A publicly reachable ClickHouse database with no password, holding chat history, API \
             keys and logs from 6 January on. DeepSeek locked it within an hour of Wiz's alert; \
             whether anyone else read it is unknown.",
        ),
    },
    Fact {
        id: "wiz_log_lines",
        label: "Log lines in the exposed database's main table (more than)",
        value: Value::Count(1e6, "lines"),
        date: Date::ymd(2025, 1, 29),
        sources: &["wiz-database"],
        confidence: Confidence::High,
        caveat: Some("More than a million lines in the log_stream table."),
    },
    Fact {
        id: "italy_garante",
        label: "Italy's privacy regulator orders DeepSeek to stop processing Italians' data",
        value: Value::Day(Date::ymd(2025, 1, 30)),
        date: Date::ymd(2025, 1, 30),
        sources: &["ilpost-garante", "reuters-italy"],
        confidence: Confidence::High,
        caveat: Some(
            "Strictly a processing restriction (limitazione del trattamento), in practice a block, \
             with an investigation. DeepSeek had answered that it does not operate in Italy and that \
             EU law does not apply to it.",
        ),
    },
    Fact {
        id: "texas_ban",
        label: "Texas bans DeepSeek on state-issued devices, the first US state to do so",
        value: Value::Day(Date::ymd(2025, 1, 31)),
        date: Date::ymd(2025, 1, 31),
        sources: &["statescoop-texas", "kxxv-texas"],
        confidence: Confidence::High,
        caveat: Some("With RedNote, Lemon8 and three Chinese trading apps."),
    },
    Fact {
        id: "taiwan_ban",
        label: "Taiwan bans DeepSeek in all government agencies",
        value: Value::Day(Date::ymd(2025, 2, 3)),
        date: Date::ymd(2025, 2, 3),
        sources: &["reuters-taiwan"],
        confidence: Confidence::High,
        caveat: Some("The digital ministry had advised agencies against it on 31 January."),
    },
    Fact {
        id: "australia_ban",
        label: "Australia orders DeepSeek off all federal government systems and devices",
        value: Value::Day(Date::ymd(2025, 2, 4)),
        date: Date::ymd(2025, 2, 4),
        sources: &["mint-australia", "scmp-australia"],
        confidence: Confidence::High,
        caveat: Some("On national-security grounds; the minister called the approach country-agnostic."),
    },
    Fact {
        id: "new_york_ban",
        label: "New York bans DeepSeek on state government devices and networks",
        value: Value::Day(Date::ymd(2025, 2, 10)),
        date: Date::ymd(2025, 2, 10),
        sources: &["ny-ban"],
        confidence: Confidence::High,
        caveat: None,
    },
    Fact {
        id: "korea_suspension",
        label: "South Korea suspends new downloads of DeepSeek's app",
        value: Value::Day(Date::ymd(2025, 2, 15)),
        date: Date::ymd(2025, 2, 15),
        sources: &["reuters-korea", "ajupress-korea"],
        confidence: Confidence::High,
        caveat: Some(
            "Removed from the stores on the evening of 15 February and announced on 17 February, \
             until DeepSeek met Korea's privacy law; the web service and installed apps kept working.",
        ),
    },
    Fact {
        id: "korea_return",
        label: "DeepSeek's app returns to South Korea's app stores",
        value: Value::Text("late April 2025"),
        date: Date::ymd(2025, 4, 28),
        sources: &["korea-return"],
        confidence: Confidence::Medium,
        caveat: Some(
            "About 28 April, after nearly two months, with a privacy policy that meets Korean law; \
             no copy read states the exact day.",
        ),
    },
    Fact {
        id: "anthropic_deepseek_exchanges",
        label: "Exchanges with Claude that Anthropic attributed to DeepSeek in its distillation accusation",
        value: Value::Count(150_000.0, "exchanges"),
        date: Date::ymd(2026, 2, 23),
        sources: &["anthropic-distillation-2026", "openai-memo-2026"],
        confidence: Confidence::Medium,
        caveat: Some(
            "Of more than 16 million through about 24,000 fraudulent accounts by DeepSeek, Moonshot \
             AI and MiniMax (MiniMax more than 13 million). Read in a copy quoting Anthropic's post. \
             OpenAI had made a similar accusation to a House committee on 12 February 2026.",
        ),
    },
    // The markets since.
    Fact {
        id: "nvidia_rebound",
        label: "Nvidia's share price the next day, one-day change",
        value: Value::Percent(8.9, 1),
        date: Date::ymd(2025, 1, 28),
        sources: &["reuters-rebound", "moneycontrol-rebound"],
        confidence: Confidence::High,
        caveat: Some(
            "To $128.99 (less certain); the chip index rose 1.1% after its 9.2% fall. One outlet, \
             starting from CNBC's $118.58, gives +8.82% to $128.86.",
        ),
    },
    Fact {
        id: "nvidia_4t_close",
        label: "Nvidia becomes the first company to close above $4 trillion",
        value: Value::Day(Date::ymd(2025, 7, 10)),
        date: Date::ymd(2025, 7, 10),
        sources: &["fool-4t", "theweek-4t"],
        confidence: Confidence::High,
        caveat: Some(
            "At $164.10. It had crossed $4 trillion during trading the day before, 9 July, but \
             closed just under it.",
        ),
    },
    Fact {
        id: "nvidia_5t",
        label: "Nvidia becomes the first $5 trillion company",
        value: Value::Day(Date::ymd(2025, 10, 29)),
        date: Date::ymd(2025, 10, 29),
        sources: &["independent-5t", "newsghana-5t"],
        confidence: Confidence::High,
        caveat: Some("Crossed soon after the open and closed worth about $5.03 trillion (close of about $207.04, less certain)."),
    },
    // Open models since.
    Fact {
        id: "altman_ama",
        label: "Sam Altman says OpenAI has been on \u{201c}the wrong side of history\u{201d} on open source",
        value: Value::Day(Date::ymd(2025, 1, 31)),
        date: Date::ymd(2025, 1, 31),
        sources: &["techjuice-altman", "venturebeat-altman"],
        confidence: Confidence::High,
        caveat: Some(
            "In a Reddit AMA, answering a question about releasing weights and research; he added \
             that not everyone at OpenAI agrees and that it was not the company's highest priority.",
        ),
    },
    Fact {
        id: "gpt_oss_release",
        label: "OpenAI releases gpt-oss-120b and gpt-oss-20b, its first open-weight language models since GPT-2",
        value: Value::Day(Date::ymd(2025, 8, 5)),
        date: Date::ymd(2025, 8, 5),
        sources: &["openai-gpt-oss", "yourstory-gpt-oss"],
        confidence: Confidence::High,
        caveat: Some(
            "Mixture-of-experts models (117B and 21B parameters in all, 5.1B and 3.6B active) with \
             128K context; the larger fits one 80 GB GPU, the smaller runs in 16 GB.",
        ),
    },
    Fact {
        id: "gpt_oss_licence",
        label: "Licence of OpenAI's gpt-oss models",
        value: Value::Text("Apache 2.0"),
        date: Date::ymd(2025, 8, 5),
        sources: &["openai-gpt-oss", "yourstory-gpt-oss"],
        confidence: Confidence::High,
        caveat: Some("Plus a short gpt-oss usage policy (less certain)."),
    },
    // The race since: DeepSeek.
    Fact {
        id: "r1_0528_release",
        label: "DeepSeek-R1-0528, an update of R1",
        value: Value::Day(Date::ymd(2025, 5, 28)),
        date: Date::ymd(2025, 5, 28),
        sources: &["hf-r1-0528", "deepseek-updates"],
        confidence: Confidence::Medium,
        caveat: Some("deepseek-reasoner served it at R1's price until 21 August 2025."),
    },
    Fact {
        id: "v3_2_exp_release",
        label: "DeepSeek-V3.2-Exp, with a price cut of more than half",
        value: Value::Day(Date::ymd(2025, 9, 29)),
        date: Date::ymd(2025, 9, 29),
        sources: &["deepseek-v3-2-exp-news", "deepseek-updates"],
        confidence: Confidence::High,
        caveat: Some("Adds DeepSeek Sparse Attention to V3.1-Terminus; both API names moved to it."),
    },
    Fact {
        id: "v3_2_exp_output_price",
        label: "DeepSeek API price from V3.2-Exp on, output",
        value: Value::UsdPerMillionTokens(0.42),
        date: Date::ymd(2025, 9, 29),
        sources: &["deepseek-pricing", "deepseek-v3-2-exp-news"],
        confidence: Confidence::High,
        caveat: Some("\u{a5}3 per 1M tokens; $0.28 for uncached input and $0.028 for cached input. The final V3.2 kept these prices from 1 December 2025 (less certain)."),
    },
    Fact {
        id: "v3_2_release",
        label: "DeepSeek-V3.2 replaces the experimental version behind both API names",
        value: Value::Day(Date::ymd(2025, 12, 1)),
        date: Date::ymd(2025, 12, 1),
        sources: &["deepseek-updates"],
        confidence: Confidence::High,
        caveat: Some(
            "With V3.2-Speciale on a temporary endpoint until 15 December 2025, for which DeepSeek \
             claims gold-medal-level results at the 2025 maths and informatics olympiads (its own \
             claim).",
        ),
    },
    Fact {
        id: "v4_preview",
        label: "DeepSeek-V4 preview: V4-Pro and V4-Flash, open weights under MIT",
        value: Value::Day(Date::ymd(2026, 4, 24)),
        date: Date::ymd(2026, 4, 24),
        sources: &["deepseek-v4-news", "cnbc-v4"],
        confidence: Confidence::High,
        caveat: Some(
            "V4-Pro has 1.6T parameters (49B active), V4-Flash 284B (13B active), both a 1M-token \
             context. The old API names map to V4-Flash and stop working after 24 July 2026. \
             DeepSeek says they are optimised for Huawei's Ascend chips (less certain).",
        ),
    },
    Fact {
        id: "v4_pro_params",
        label: "DeepSeek-V4-Pro's total parameters (mixture of experts)",
        value: Value::Count(1.6e12, "parameters"),
        date: Date::ymd(2026, 4, 24),
        sources: &["deepseek-v4-news", "cnbc-v4"],
        confidence: Confidence::High,
        caveat: Some("49B active per token."),
    },
    Fact {
        id: "v4_flash_output_price",
        label: "DeepSeek-V4-Flash API price at launch, output",
        value: Value::UsdPerMillionTokens(0.28),
        date: Date::ymd(2026, 4, 24),
        sources: &["apiyi-v4", "deepseek-pricing"],
        confidence: Confidence::Medium,
        caveat: Some(
            "Launch price from secondary sources: $0.14 uncached input, about $0.028 cached. \
             DeepSeek changed V4 prices several times afterwards; later prices are not tracked here.",
        ),
    },
    Fact {
        id: "no_r2",
        label: "DeepSeek-R2, reported in the works in June 2025",
        value: Value::Text("never released"),
        date: Date::ymd(2025, 6, 26),
        sources: &["wandb-r2"],
        confidence: Confidence::Medium,
        caveat: Some(
            "Reports in June 2025 (The Information, via Reuters) said R2 was held back because \
             Liang Wenfeng was unhappy with it and H20 chips were scarce. Reasoning went into the \
             hybrid V3.1, V3.2 and V4 models instead.",
        ),
    },
    // The race since: OpenAI.
    Fact {
        id: "gpt5_release",
        label: "GPT-5 released",
        value: Value::Day(Date::ymd(2025, 8, 7)),
        date: Date::ymd(2025, 8, 7),
        sources: &["openai-gpt5", "stacksnacks-gpt5"],
        confidence: Confidence::High,
        caveat: Some(
            "In ChatGPT a router switches between fast and \u{201c}thinking\u{201d} models; the API \
             offers gpt-5, gpt-5-mini and gpt-5-nano with a choice of reasoning effort.",
        ),
    },
    Fact {
        id: "gpt5_output_price",
        label: "GPT-5 API price at launch, output",
        value: Value::UsdPerMillionTokens(10.0),
        date: Date::ymd(2025, 8, 7),
        sources: &["stacksnacks-gpt5", "openai-pricing"],
        confidence: Confidence::High,
        caveat: Some("Input $1.25; cached input $0.125 (less certain). Reasoning tokens are billed as output."),
    },
    // Export controls since.
    Fact {
        id: "h20_licence",
        label: "The US tells Nvidia that selling the H20 to China needs a licence",
        value: Value::Day(Date::ymd(2025, 4, 9)),
        date: Date::ymd(2025, 4, 9),
        sources: &["reuters-h20", "tomshardware-h20"],
        confidence: Confidence::High,
        caveat: Some(
            "Nvidia was told on 9 April and filed on 15 April; on 14 April the government said the \
             rule would apply \u{201c}for the indefinite future\u{201d}. AMD's MI308 was caught too.",
        ),
    },
    Fact {
        id: "h20_charge_expected",
        label: "H20 charge Nvidia expected for the quarter (up to)",
        value: Value::UsdCompact(5.5e9),
        date: Date::ymd(2025, 4, 15),
        sources: &["reuters-h20", "tomshardware-h20"],
        confidence: Confidence::High,
        caveat: Some("For inventory, purchase commitments and related reserves, in Nvidia's filing of 15 April."),
    },
    Fact {
        id: "h20_charge_booked",
        label: "H20 charge Nvidia booked for the quarter",
        value: Value::UsdCompact(4.5e9),
        date: Date::ymd(2025, 5, 28),
        sources: &["gurufocus-q1"],
        confidence: Confidence::High,
        caveat: Some(
            "In its results of 28 May 2025; it could not ship another $2.5B of H20s that quarter and \
             expected about $8B of lost H20 revenue the next.",
        ),
    },
    Fact {
        id: "diffusion_rescinded",
        label: "The US drops the Biden \u{201c}AI Diffusion\u{201d} rule before it takes effect",
        value: Value::Day(Date::ymd(2025, 5, 13)),
        date: Date::ymd(2025, 5, 13),
        sources: &["bakermckenzie-diffusion"],
        confidence: Confidence::High,
        caveat: Some(
            "Announced in January 2025 and due on 15 May 2025; a replacement was promised. The same \
             day's guidance warned that using Huawei's Ascend chips risks breaking US export rules.",
        ),
    },
    Fact {
        id: "h20_reversal",
        label: "Nvidia says the US will license H20 sales to China again",
        value: Value::Day(Date::ymd(2025, 7, 14)),
        date: Date::ymd(2025, 7, 14),
        sources: &["cnn-h20"],
        confidence: Confidence::High,
        caveat: Some("US date; reported on 15 July in Asia."),
    },
    Fact {
        id: "revenue_share",
        label: "Share of China H20 and MI308 revenue Nvidia and AMD agreed to pay the US government",
        value: Value::Percent(15.0, 0),
        date: Date::ymd(2025, 8, 10),
        sources: &["reuters-15pct"],
        confidence: Confidence::High,
        caveat: Some(
            "Reported on 10 August 2025 (licences had been issued from 8 August) and confirmed by \
             Trump the next day; a condition of the licences, not a tax.",
        ),
    },
    Fact {
        id: "h200_allowed",
        label: "Trump says Nvidia may sell the H200 to approved customers in China",
        value: Value::Day(Date::ymd(2025, 12, 8)),
        date: Date::ymd(2025, 12, 8),
        sources: &["introl-h200", "afp-h200"],
        confidence: Confidence::High,
        caveat: Some("Blackwell and Rubin chips stay barred; formal rules followed in January 2026 (less certain)."),
    },
    Fact {
        id: "h200_share",
        label: "Share of H200 China sales to be paid to the United States",
        value: Value::Percent(25.0, 0),
        date: Date::ymd(2025, 12, 8),
        sources: &["introl-h200", "afp-h200"],
        confidence: Confidence::High,
        caveat: Some("As announced on Truth Social."),
    },
    Fact {
        id: "nvidia_4t_value",
        label: "Market value Nvidia first closed above",
        value: Value::UsdCompact(4e12),
        date: Date::ymd(2025, 7, 10),
        sources: &["fool-4t", "theweek-4t"],
        confidence: Confidence::High,
        caveat: Some("The first company to close above it, at $164.10 a share."),
    },
    Fact {
        id: "nvidia_5t_value",
        label: "Market value Nvidia passed on 29 October 2025",
        value: Value::UsdCompact(5e12),
        date: Date::ymd(2025, 10, 29),
        sources: &["independent-5t", "newsghana-5t"],
        confidence: Confidence::High,
        caveat: Some("The first company to reach it; it closed that day worth about $5.03 trillion."),
    },
    Fact {
        id: "deepseek_distillation_answer",
        label: "DeepSeek says it did not intentionally train V3-Base on OpenAI-generated data",
        value: Value::Day(Date::ymd(2025, 9, 17)),
        date: Date::ymd(2025, 9, 17),
        sources: &["gmt8press-nature", "r1-nature"],
        confidence: Confidence::Medium,
        caveat: Some(
            "In the Nature paper's supplement: V3-Base was trained on ordinary web pages and e-books \
             with no synthetic data, and OpenAI-generated data was not added on purpose. Read in \
             Chinese coverage and translated back, so paraphrased here, not quoted.",
        ),
    },
];
