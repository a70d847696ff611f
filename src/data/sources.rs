//! The documents every figure and quote comes from, in the order a reader meets them; this order
//! is the page's numbered Sources list. URLs are copied exactly from ../shared/facts.md, except the
//! X profile pages of people quoted there without a link.

use crate::model::facts::Source;

pub const SOURCES: &[Source] = &[
    // 1. What DeepSeek released.
    Source {
        id: "r1-news",
        title: "DeepSeek-R1 release",
        publisher: "DeepSeek API Docs",
        url: "https://api-docs.deepseek.com/news/news250120",
    },
    Source {
        id: "r1-github",
        title: "DeepSeek-R1: model card and README",
        publisher: "DeepSeek on GitHub",
        url: "https://github.com/deepseek-ai/DeepSeek-R1",
    },
    Source {
        id: "phonearena-app",
        title: "Chinese AI app DeepSeek tops the App Store (with Reuters)",
        publisher: "PhoneArena",
        url: "https://www.phonearena.com/news/chinese-ai-deepseek-tops-app-store_id167010",
    },
    Source {
        id: "techcrunch-app-store",
        title: "DeepSeek displaces ChatGPT as the App Store's top app",
        publisher: "TechCrunch",
        url: "https://techcrunch.com/2025/01/27/deepseek-displaces-chatgpt-as-the-app-stores-top-app/",
    },
    Source {
        id: "v3-news",
        title: "DeepSeek-V3 release",
        publisher: "DeepSeek API Docs",
        url: "https://api-docs.deepseek.com/news/news1226",
    },
    Source {
        id: "v3-arxiv",
        title: "DeepSeek-V3 Technical Report",
        publisher: "arXiv (2412.19437)",
        url: "https://arxiv.org/abs/2412.19437",
    },
    Source {
        id: "deepseek-pricing",
        title: "Models & Pricing",
        publisher: "DeepSeek API Docs",
        url: "https://api-docs.deepseek.com/quick_start/pricing",
    },
    Source {
        id: "openai-pricing",
        title: "API pricing",
        publisher: "OpenAI",
        url: "https://openai.com/api/pricing/",
    },
    Source {
        id: "trump-hill",
        title: "Trump on DeepSeek at the House Republican issues conference",
        publisher: "The Hill, via Yahoo News",
        url: "https://au.news.yahoo.com/trump-deepseek-224113253.html",
    },
    Source {
        id: "wang-x",
        title: "Alexandr Wang's posts",
        publisher: "X (@alexandr_wang)",
        url: "https://x.com/alexandr_wang",
    },
    // 2. Published for anyone to download.
    Source {
        id: "r1-arxiv",
        title: "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning",
        publisher: "arXiv (2501.12948)",
        url: "https://arxiv.org/abs/2501.12948",
    },
    Source {
        id: "r1-nature",
        title: "DeepSeek-R1 incentivizes reasoning in LLMs through reinforcement learning",
        publisher: "Nature",
        url: "https://www.nature.com/articles/s41586-025-09422-z",
    },
    Source {
        id: "andreessen-x",
        title: "Marc Andreessen's posts",
        publisher: "X (@pmarca)",
        url: "https://x.com/pmarca",
    },
    Source {
        id: "lecun-bi",
        title: "Yann LeCun on DeepSeek and open-source AI",
        publisher: "Business Insider",
        url: "https://www.businessinsider.com/meta-ai-yann-lecun-deepseek-open-source-openai-2025-1",
    },
    // 3. R1 against o1.
    Source {
        id: "o1-preview-blog",
        title: "Introducing OpenAI o1-preview",
        publisher: "OpenAI",
        url: "https://openai.com/index/introducing-openai-o1-preview/",
    },
    Source {
        id: "o1-mini-blog",
        title: "OpenAI o1-mini: advancing cost-efficient reasoning",
        publisher: "OpenAI",
        url: "https://openai.com/index/openai-o1-mini-advancing-cost-efficient-reasoning/",
    },
    Source {
        id: "chatgpt-pro",
        title: "Introducing ChatGPT Pro",
        publisher: "OpenAI",
        url: "https://openai.com/index/introducing-chatgpt-pro/",
    },
    Source {
        id: "o1-api",
        title: "OpenAI o1 and new tools for developers",
        publisher: "OpenAI",
        url: "https://openai.com/index/o1-and-new-tools-for-developers/",
    },
    Source {
        id: "interconnects-v3",
        title: "DeepSeek V3 and the actual cost of training frontier AI models",
        publisher: "Interconnects (Nathan Lambert)",
        url: "https://www.interconnects.ai/p/deepseek-v3-and-the-actual-cost-of",
    },
    Source {
        id: "v3-hardware-arxiv",
        title: "Insights into DeepSeek-V3: Scaling Challenges and Reflections on Hardware for AI Architectures",
        publisher: "arXiv (2505.09343)",
        url: "https://arxiv.org/abs/2505.09343",
    },
    Source {
        id: "amodei-podcast",
        title: "Dario Amodei on In Good Company with Nicolai Tangen (transcript)",
        publisher: "Podscripts",
        url: "https://podscripts.co/podcasts/in-good-company-with-nicolai-tangen/dario-amodei-ceo-of-anthropic-claude-new-models-ai-safety-and-economic-impact",
    },
    Source {
        id: "lex-amodei",
        title: "Dario Amodei on the Lex Fridman Podcast #452 (transcript)",
        publisher: "Lex Fridman",
        url: "https://lexfridman.com/dario-amodei-transcript",
    },
    Source {
        id: "amodei-essay",
        title: "On DeepSeek and Export Controls",
        publisher: "Dario Amodei",
        url: "https://darioamodei.com/on-deepseek-and-export-controls",
    },
    Source {
        id: "semianalysis",
        title: "DeepSeek Debates: Chinese leadership on cost, true training cost, closed model margin impacts",
        publisher: "SemiAnalysis",
        url: "https://semianalysis.com/2025/01/31/deepseek-debates/",
    },
    Source {
        id: "openai-community-o1",
        title: "How to correctly compute the cost of an o1 model API call",
        publisher: "OpenAI Developer Community",
        url: "https://community.openai.com/t/how-to-correct-compute-the-cost-of-an-o1-model-api-call/1099176",
    },
    Source {
        id: "cline-1629",
        title: "cline/cline pull request #1629 (o1-mini prices)",
        publisher: "GitHub",
        url: "https://github.com/cline/cline/pull/1629",
    },
    // 4. Cheers and alarm.
    Source {
        id: "fan-x",
        title: "Jim Fan's posts",
        publisher: "X (@DrJimFan)",
        url: "https://x.com/DrJimFan",
    },
    Source {
        id: "fortune-sputnik",
        title: "Marc Andreessen calls DeepSeek AI's Sputnik moment",
        publisher: "Fortune",
        url: "https://fortune.com/2025/01/27/marc-andreessen-deepseek-sputnik-ai-markets",
    },
    Source {
        id: "cnbc-nvidia",
        title: "Nvidia sheds almost $600 billion in market cap, biggest drop ever",
        publisher: "CNBC",
        url: "https://www.cnbc.com/2025/01/27/nvidia-sheds-almost-600-billion-in-market-cap-biggest-drop-ever.html",
    },
    Source {
        id: "reuters-nasdaq",
        title: "Wall Street close of 27 January 2025 (C. Valetkevitch, Reuters/LSEG data)",
        publisher: "Reuters, via Investing.com",
        url: "https://au.investing.com/news/stock-market-news/nasdaq-futures-tumble-as-chinas-ai-push-rattles-big-tech-3641785",
    },
    Source {
        id: "altman-x",
        title: "Sam Altman's posts",
        publisher: "X (@sama)",
        url: "https://x.com/sama",
    },
    // 5. Open models and chip controls.
    Source {
        id: "bis-2022",
        title: "Implemented rule on controls related to advanced computing and semiconductor manufacturing",
        publisher: "Digital Policy Alert (summary of the BIS interim final rule)",
        url: "https://digitalpolicyalert.org/event/7030-implemented-rule-on-controls-related-to-advanced-computing-and-semiconductor-manufacturing-including-export-restrictions",
    },
    Source {
        id: "tomshardware-h800",
        title: "Nvidia gimps H100 Hopper GPU to sell as H800 to China",
        publisher: "Tom's Hardware",
        url: "https://www.tomshardware.com/news/nvidia-gimps-h100-hopper-gpu-to-sell-as-h800-to-china",
    },
    Source {
        id: "bis-2023",
        title: "Commerce strengthens restrictions on advanced computing semiconductors",
        publisher: "US Bureau of Industry and Security",
        url: "https://bis.gov/press-release/commerce-strengthens-restrictions-advanced-computing-semiconductors-semiconductor",
    },
    Source {
        id: "cset-bis-2023",
        title: "The BIS 2023 update to export controls: an explainer",
        publisher: "CSET, Georgetown University",
        url: "https://cset.georgetown.edu/article/bis-2023-update-explainer",
    },
    // 6. After R1.
    Source {
        id: "arcprize-o3",
        title: "OpenAI o3 breakthrough high score on ARC-AGI-Pub",
        publisher: "ARC Prize",
        url: "https://arcprize.org/blog/oai-o3-pub-breakthrough",
    },
    Source {
        id: "o3-blog",
        title: "Introducing OpenAI o3 and o4-mini",
        publisher: "OpenAI",
        url: "https://openai.com/index/introducing-o3-and-o4-mini/",
    },
    Source {
        id: "o3-mini-blog",
        title: "OpenAI o3-mini",
        publisher: "OpenAI",
        url: "https://openai.com/index/openai-o3-mini/",
    },
    Source {
        id: "nadella-x",
        title: "Satya Nadella: \u{201c}Jevons paradox strikes again!\u{201d}",
        publisher: "X (@satyanadella)",
        url: "https://x.com/satyanadella/status/1883753899255046301",
    },
    // Cited only by price histories the static page does not show.
    Source {
        id: "langfuse-5335",
        title: "langfuse/langfuse pull request #5335 (o1-mini price cut)",
        publisher: "GitHub",
        url: "https://github.com/langfuse/langfuse/pull/5335",
    },
    Source {
        id: "roo-code-711",
        title: "RooCodeInc/Roo-Code pull request #711 (o1-mini price cut)",
        publisher: "GitHub",
        url: "https://github.com/RooCodeInc/Roo-Code/pull/711",
    },
];
