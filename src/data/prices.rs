//! API price histories per model in dollars per 1M tokens (input, cached input, output), from
//! ../shared/facts.md §2. Periods start on their first day and end before `until`.

use crate::model::date::Date;
use crate::model::facts::Confidence;
use crate::model::pricing::{
    Catalogue, PricePeriod, PriceSeries, PricedModel, Rates, Segment, Vendor,
};

/// Why every DeepSeek history here ends on 2025-08-21: the API names stayed, the model behind them
/// changed (facts.md §0.9, §2).
const V31_SWITCH: &str = "On 21 August 2025 DeepSeek moved both API names (deepseek-chat and \
    deepseek-reasoner) to V3.1, so this history ends there; on that day we show it as withdrawn. \
    The old prices stayed until 5 September 2025.";

const O1: &[PricePeriod] = &[PricePeriod {
    from: Date::ymd(2024, 12, 17),
    until: None,
    rates: Rates {
        input: 15.0,
        cached_input: 7.5,
        output: 60.0,
    },
    label: "list price, API snapshot o1-2024-12-17",
    sources: &["openai-pricing", "openai-community-o1"],
    confidence: Confidence::High,
    caveat: Some(
        "Unchanged at R1's launch. o1-preview, available from 12 September 2024, had the same input \
         and output prices; its cached price came with prompt caching on 1 October 2024. Hidden \
         reasoning tokens are billed as output.",
    ),
}];

const O1_MINI: &[PricePeriod] = &[
    PricePeriod {
        from: Date::ymd(2024, 9, 12),
        until: Some(Date::ymd(2024, 10, 1)),
        rates: Rates {
            input: 3.0,
            // No prompt caching yet: repeated input was billed at the full input price.
            cached_input: 3.0,
            output: 12.0,
        },
        label: "launch price, before prompt caching",
        sources: &["openai-pricing", "openai-prompt-caching"],
        confidence: Confidence::High,
        caveat: Some(
            "OpenAI's prompt caching began on 1 October 2024; until then there was no cheaper \
             cached price, so cached input is billed here at the full input price.",
        ),
    },
    PricePeriod {
        from: Date::ymd(2024, 10, 1),
        until: Some(Date::ymd(2025, 1, 31)),
        rates: Rates {
            input: 3.0,
            cached_input: 1.5,
            output: 12.0,
        },
        label: "launch price, with prompt caching",
        sources: &["openai-pricing", "openai-prompt-caching", "cline-1629"],
        confidence: Confidence::High,
        caveat: Some(
            "The cached-input price of $1.50 applied from 1 October 2024, when prompt caching \
             began, and is less certain (medium confidence).",
        ),
    },
    PricePeriod {
        from: Date::ymd(2025, 1, 31),
        until: None,
        rates: Rates {
            input: 1.1,
            cached_input: 0.55,
            output: 4.4,
        },
        label: "after the cut that came with o3-mini",
        sources: &["langfuse-5335", "roo-code-711"],
        confidence: Confidence::High,
        caveat: Some("The cut came about 31 January 2025, with the o3-mini launch; the exact day is approximate."),
    },
];

const O3_MINI: &[PricePeriod] = &[PricePeriod {
    from: Date::ymd(2025, 1, 31),
    until: None,
    rates: Rates {
        input: 1.1,
        cached_input: 0.55,
        output: 4.4,
    },
    label: "launch price",
    sources: &["o3-mini-blog", "openai-pricing"],
    confidence: Confidence::High,
    caveat: Some("Hidden reasoning tokens are billed as output."),
}];

const O3: &[PricePeriod] = &[
    PricePeriod {
        from: Date::ymd(2025, 4, 16),
        until: Some(Date::ymd(2025, 6, 10)),
        rates: Rates {
            input: 10.0,
            cached_input: 2.5,
            output: 40.0,
        },
        label: "launch price",
        sources: &["o3-blog"],
        confidence: Confidence::High,
        caveat: Some("The cached-input price of $2.50 is less certain (medium confidence)."),
    },
    PricePeriod {
        from: Date::ymd(2025, 6, 10),
        until: None,
        rates: Rates {
            input: 2.0,
            cached_input: 0.5,
            output: 8.0,
        },
        label: "after the 80% cut",
        sources: &["openai-pricing"],
        confidence: Confidence::High,
        caveat: Some("Cut on the day o3-pro launched."),
    },
];

const R1: &[PricePeriod] = &[PricePeriod {
    from: Date::ymd(2025, 1, 20),
    until: Some(Date::ymd(2025, 8, 21)),
    rates: Rates {
        input: 0.55,
        cached_input: 0.14,
        output: 2.19,
    },
    label: "standard (daytime) price",
    sources: &["deepseek-pricing", "r1-news"],
    confidence: Confidence::High,
    caveat: Some(
        "\u{a5}4 / \u{a5}1 / \u{a5}16 (cache miss / cache hit / output). Output includes the chain-of-thought \
         tokens. From 26 February 2025 a cheaper off-peak price applied 16:30\u{2013}00:30 UTC (see R1 \
         off-peak). From 28 May 2025 deepseek-reasoner served the R1-0528 update at the same price; \
         on 21 August 2025 it became V3.1 and stopped being R1, so the history ends there.",
    ),
}];

const R1_OFFPEAK: &[PricePeriod] = &[PricePeriod {
    from: Date::ymd(2025, 2, 26),
    until: Some(Date::ymd(2025, 8, 21)),
    rates: Rates {
        input: 0.135,
        cached_input: 0.035,
        output: 0.55,
    },
    label: "off-peak, 16:30\u{2013}00:30 UTC (00:30\u{2013}08:30 Beijing)",
    sources: &["deepseek-pricing"],
    confidence: Confidence::High,
    caveat: Some(
        "75% off the standard R1 price, only inside the nightly window; announced 26 February 2025. \
         R1 left the API on 21 August 2025, when deepseek-reasoner became V3.1; the night \
         discount itself ended on 5 September 2025.",
    ),
}];

const V3: &[PricePeriod] = &[
    PricePeriod {
        from: Date::ymd(2024, 12, 26),
        until: Some(Date::ymd(2025, 2, 8)),
        rates: Rates {
            input: 0.14,
            cached_input: 0.014,
            output: 0.28,
        },
        label: "promotional price",
        sources: &["deepseek-pricing"],
        confidence: Confidence::Medium,
        caveat: Some(
            "The promotion ended on 8 February 2025 at 16:00 UTC; on that day we show the full price. \
             The promotion itself is certain (R1 was not included), but the dollar values are \
             conversions of \u{a5}0.1 / \u{a5}1 / \u{a5}2 (cache hit / cache miss / output).",
        ),
    },
    PricePeriod {
        from: Date::ymd(2025, 2, 8),
        until: Some(Date::ymd(2025, 8, 21)),
        rates: Rates {
            input: 0.27,
            cached_input: 0.07,
            output: 1.1,
        },
        label: "full price (daytime)",
        sources: &["deepseek-pricing"],
        confidence: Confidence::High,
        caveat: Some(V31_SWITCH),
    },
];

/// Where a history ends with no `until`: the last price checked (facts.md, checked on the data
/// version's day). Later changes and retirements are not tracked.
const LAST_CHECKED: &str =
    "The last price checked; later changes or retirement are not tracked here.";

const O1_PREVIEW: &[PricePeriod] = &[
    PricePeriod {
        from: Date::ymd(2024, 9, 12),
        until: Some(Date::ymd(2024, 10, 1)),
        rates: Rates {
            input: 15.0,
            // No prompt caching yet: repeated input was billed at the full input price.
            cached_input: 15.0,
            output: 60.0,
        },
        label: "launch price, before prompt caching",
        sources: &["openai-community-o1", "openai-prompt-caching"],
        confidence: Confidence::High,
        caveat: Some(
            "OpenAI's prompt caching began on 1 October 2024; until then cached input is billed \
             here at the full input price.",
        ),
    },
    PricePeriod {
        from: Date::ymd(2024, 10, 1),
        until: None,
        rates: Rates {
            input: 15.0,
            cached_input: 7.5,
            output: 60.0,
        },
        label: "list price, with prompt caching",
        sources: &["openai-community-o1", "openai-prompt-caching"],
        confidence: Confidence::High,
        caveat: Some(LAST_CHECKED),
    },
];

const O4_MINI: &[PricePeriod] = &[PricePeriod {
    from: Date::ymd(2025, 4, 16),
    until: None,
    rates: Rates {
        input: 1.1,
        cached_input: 0.275,
        output: 4.4,
    },
    label: "launch price",
    sources: &["o3-blog", "openai-pricing"],
    confidence: Confidence::Medium,
    caveat: Some("Read from OpenAI's price page (medium confidence). The last price checked."),
}];

const GPT5: &[PricePeriod] = &[PricePeriod {
    from: Date::ymd(2025, 8, 7),
    until: None,
    rates: Rates {
        input: 1.25,
        cached_input: 0.125,
        output: 10.0,
    },
    label: "launch price",
    sources: &["stacksnacks-gpt5", "openai-pricing"],
    confidence: Confidence::High,
    caveat: Some(
        "The cached-input price of $0.125 (a 90% discount) is less certain (medium confidence); \
         the $0.625 some price pages show is the Batch price. Reasoning tokens are billed as \
         output. The last price checked; later GPT-5 versions are not tracked here.",
    ),
}];

const V3_1: &[PricePeriod] = &[
    PricePeriod {
        from: Date::ymd(2025, 8, 21),
        until: Some(Date::ymd(2025, 9, 5)),
        rates: Rates {
            input: 0.55,
            cached_input: 0.14,
            output: 2.19,
        },
        label: "R1's old price, kept for two weeks",
        sources: &["deepseek-updates", "deepseek-v3-1-news", "deepseek-pricing"],
        confidence: Confidence::High,
        caveat: Some(
            "deepseek-reasoner ran V3.1 (its thinking mode) from 21 August 2025 at R1's standard \
             price; the night discount also still applied.",
        ),
    },
    PricePeriod {
        from: Date::ymd(2025, 9, 5),
        until: Some(Date::ymd(2025, 9, 29)),
        rates: Rates {
            input: 0.56,
            cached_input: 0.07,
            output: 1.68,
        },
        label: "one price for thinking and chat, no night discount",
        sources: &["deepseek-pricing", "deepseek-updates"],
        confidence: Confidence::High,
        caveat: Some("From 5 September 2025, 16:00 UTC; on that day we show the new price."),
    },
];

const V3_2: &[PricePeriod] = &[
    PricePeriod {
        from: Date::ymd(2025, 9, 29),
        until: Some(Date::ymd(2025, 12, 1)),
        rates: Rates {
            input: 0.28,
            cached_input: 0.028,
            output: 0.42,
        },
        label: "V3.2-Exp price, cut by more than half",
        sources: &["deepseek-v3-2-exp-news", "deepseek-pricing"],
        confidence: Confidence::High,
        caveat: Some("\u{a5}2 / \u{a5}0.2 / \u{a5}3 (cache miss / cache hit / output)."),
    },
    PricePeriod {
        from: Date::ymd(2025, 12, 1),
        until: Some(Date::ymd(2026, 4, 24)),
        rates: Rates {
            input: 0.28,
            cached_input: 0.028,
            output: 0.42,
        },
        label: "final V3.2, same price",
        sources: &["deepseek-updates", "deepseek-pricing"],
        confidence: Confidence::Medium,
        caveat: Some(
            "That the price stayed the same is from a secondary price table (medium confidence). \
             V4-Flash took over both API names on 24 April 2026.",
        ),
    },
];

const V4_FLASH: &[PricePeriod] = &[PricePeriod {
    from: Date::ymd(2026, 4, 24),
    until: None,
    rates: Rates {
        input: 0.14,
        cached_input: 0.028,
        output: 0.28,
    },
    label: "launch price",
    sources: &["apiyi-v4", "deepseek-pricing"],
    confidence: Confidence::Medium,
    caveat: Some(
        "From secondary sources (medium confidence); the cached price is approximate. DeepSeek \
         changed V4 prices several times afterwards, including peak and off-peak pricing; those \
         later prices are not tracked here.",
    ),
}];

pub const MODELS: &[PricedModel] = &[
    PricedModel {
        key: "o1-preview",
        name: "o1-preview",
        vendor: Vendor::OpenAi,
        history: O1_PREVIEW,
    },
    PricedModel {
        key: "o1",
        name: "o1",
        vendor: Vendor::OpenAi,
        history: O1,
    },
    PricedModel {
        key: "o1-mini",
        name: "o1-mini",
        vendor: Vendor::OpenAi,
        history: O1_MINI,
    },
    PricedModel {
        key: "o3-mini",
        name: "o3-mini",
        vendor: Vendor::OpenAi,
        history: O3_MINI,
    },
    PricedModel {
        key: "o3",
        name: "o3",
        vendor: Vendor::OpenAi,
        history: O3,
    },
    PricedModel {
        key: "o4-mini",
        name: "o4-mini",
        vendor: Vendor::OpenAi,
        history: O4_MINI,
    },
    PricedModel {
        key: "gpt-5",
        name: "GPT-5",
        vendor: Vendor::OpenAi,
        history: GPT5,
    },
    PricedModel {
        key: "r1",
        name: "DeepSeek-R1",
        vendor: Vendor::DeepSeek,
        history: R1,
    },
    PricedModel {
        key: "r1-offpeak",
        name: "DeepSeek-R1 off-peak",
        vendor: Vendor::DeepSeek,
        history: R1_OFFPEAK,
    },
    PricedModel {
        key: "v3",
        name: "DeepSeek-V3",
        vendor: Vendor::DeepSeek,
        history: V3,
    },
    PricedModel {
        key: "v3-1",
        name: "DeepSeek-V3.1 (thinking)",
        vendor: Vendor::DeepSeek,
        history: V3_1,
    },
    PricedModel {
        key: "v3-2",
        name: "DeepSeek-V3.2",
        vendor: Vendor::DeepSeek,
        history: V3_2,
    },
    PricedModel {
        key: "v4-flash",
        name: "DeepSeek-V4-Flash",
        vendor: Vendor::DeepSeek,
        history: V4_FLASH,
    },
];

/// The models with the days their prices cover: up to the day the data was checked.
pub const CATALOGUE: Catalogue = Catalogue {
    models: MODELS,
    checked: super::DATA_VERSION,
};

/// Which model was each vendor's reasoning model on sale, and from when: the lines of the
/// "price of reasoning" chart. A series takes each model's prices from `MODELS` for as long as
/// that model is the series' one; `label` names a step whose model stayed the same (R1-0528).
pub const REASONING_SERIES: &[PriceSeries] = &[
    PriceSeries {
        key: "deepseek",
        name: "DeepSeek",
        vendor: Vendor::DeepSeek,
        optional: false,
        segments: &[
            Segment {
                from: Date::ymd(2025, 1, 20),
                model: "r1",
                label: "R1",
            },
            Segment {
                from: Date::ymd(2025, 5, 28),
                model: "r1",
                label: "R1-0528",
            },
            Segment {
                from: Date::ymd(2025, 8, 21),
                model: "v3-1",
                label: "V3.1",
            },
            Segment {
                from: Date::ymd(2025, 9, 29),
                model: "v3-2",
                label: "V3.2",
            },
            Segment {
                from: Date::ymd(2026, 4, 24),
                model: "v4-flash",
                label: "V4-Flash",
            },
        ],
    },
    PriceSeries {
        key: "openai",
        name: "OpenAI",
        vendor: Vendor::OpenAi,
        optional: false,
        segments: &[
            Segment {
                from: Date::ymd(2024, 9, 12),
                model: "o1-preview",
                label: "o1-preview",
            },
            Segment {
                from: Date::ymd(2024, 12, 17),
                model: "o1",
                label: "o1",
            },
            Segment {
                from: Date::ymd(2025, 4, 16),
                model: "o3",
                label: "o3",
            },
            Segment {
                from: Date::ymd(2025, 8, 7),
                model: "gpt-5",
                label: "GPT-5",
            },
        ],
    },
    PriceSeries {
        key: "o3-mini",
        name: "o3-mini",
        vendor: Vendor::OpenAi,
        optional: true,
        segments: &[Segment {
            from: Date::ymd(2025, 1, 31),
            model: "o3-mini",
            label: "o3-mini",
        }],
    },
    PriceSeries {
        key: "o4-mini",
        name: "o4-mini",
        vendor: Vendor::OpenAi,
        optional: true,
        segments: &[Segment {
            from: Date::ymd(2025, 4, 16),
            model: "o4-mini",
            label: "o4-mini",
        }],
    },
];

/// The model with this key, if any.
pub fn model(key: &str) -> Option<&'static PricedModel> {
    MODELS.iter().find(|model| model.key == key)
}
