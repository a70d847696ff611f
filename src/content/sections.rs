//! The six sections of the explainer, in the order of the source article, restated in our own
//! words. Every figure is a `{fact_id}` reference into `crate::data::facts`; quotes are by id;
//! glossary terms are links to `#term-<id>`. Each caveat is said once: in a figure's source card,
//! or in the one place of the prose where it matters.

use super::{Block, Figure, Section};
use crate::island::Island;

pub const SECTIONS: &[Section] = &[
    Section {
        id: "emergence",
        title: "A reasoning model close to o1, at a fraction of its price",
        summary: "What DeepSeek released, why it drew attention, and how Washington read it.",
        blocks: &[
            Block::Paragraph(
                "On {r1_release:date} the Chinese company DeepSeek released DeepSeek-R1, a \
                 *reasoning* model. Before it answers, a model of this kind writes out a long chain \
                 of intermediate steps, checking and revising as it goes, and that working is billed \
                 like any other output, as [reasoning tokens](#term-reasoning-tokens). OpenAI had \
                 introduced the approach with its o1 models a few months earlier. DeepSeek's chatbot \
                 app, launched in {app_launch}, reached the top of the free charts in Apple's US \
                 store on {app_store_no1:date}; the next day the shock reached Wall Street.",
            ),
            Block::Paragraph(
                "R1 is large but frugal. It is a [mixture-of-experts](#term-moe) model with \
                 {r1_total_params} in all, the learned numbers called \
                 [parameters](#term-parameters), yet only about {r1_active_params} work on any one \
                 [token](#term-token), which keeps it far cheaper to run than its size suggests. It \
                 was not trained from scratch: it builds on DeepSeek-V3, a general-purpose model the \
                 company had published on {v3_release:date}, and learned to reason mainly through \
                 [reinforcement learning](#term-rl).",
            ),
            Block::Paragraph(
                "Two things made it news. On the maths, science and coding tests DeepSeek reported, \
                 R1 landed close to o1, then the strongest reasoning model on sale. And it was cheap: \
                 for the same amount of text in and out, o1 cost {r1_vs_o1_multiple} as much. A \
                 capable, cheap model from a lab that US export rules kept away from \
                 [Nvidia's best chips](#term-h800) was not what Washington expected, and its leaders said so.",
            ),
            Block::Quote("trump-wakeup"),
            Block::Quote("wang-wakeup"),
            Block::Paragraph(
                "Both took R1 as a sign that America's lead in AI could not be assumed. Wang's \
                 remedy, tighter limits on chip exports, is weighed in the section on chip controls.",
            ),
        ],
    },
    Section {
        id: "openness",
        title: "A frontier model anyone could download",
        summary: "R1's weights, paper and six smaller versions, free to use and adapt: rare among the leading labs, though Meta had opened its Llama models.",
        blocks: &[
            Block::Paragraph(
                "OpenAI, Google DeepMind and Anthropic keep the weights of their most capable models \
                 private and sell access through apps and paid APIs; they publish results, but \
                 rarely the recipe. Meta, which publishes the weights of its Llama models, was the \
                 best-known exception among the large US labs. DeepSeek put R1's trained weights \
                 online for anyone to download, run on their own hardware and modify, explained its \
                 training method in a paper posted on {r1_paper:date}, and chose the {r1_licence} \
                 licence, which even allows others to train new models on R1's answers. The training \
                 data stayed private, so [open weights](#term-open-weights) describes the release \
                 more exactly than open source.",
            ),
            Block::Details {
                summary: "R1 at a glance: size, context length, licence",
                figure: Figure::FactTable {
                    caption: "R1 at a glance",
                    facts: &[
                        "r1_release",
                        "r1_total_params",
                        "r1_active_params",
                        "r1_context",
                        "r1_api_context",
                        "r1_licence",
                        "r1_paper",
                    ],
                },
            },
            Block::Paragraph(
                "With R1 came {distilled_model_count}: smaller open models from Alibaba's Qwen and \
                 Meta's Llama families that DeepSeek trained on reasoning examples written by R1, a \
                 kind of [distillation](#term-distillation). They run on far more modest hardware, \
                 and some are strong. By DeepSeek's own measurement the second-largest solved \
                 {distill_32b_aime}% of the AIME competition-maths problems on the first try \
                 ([pass@1](#term-pass-at-1)), ahead of OpenAI's o1-mini at {o1_mini_aime}%.",
            ),
            Block::Figure(Figure::ScoreChart {
                caption: "The six distilled models and o1-mini on AIME 2024 (pass@1, %)",
                bars: &[
                    ("Qwen 1.5B distill", "distill_1_5b_aime"),
                    ("Qwen 7B distill", "distill_7b_aime"),
                    ("Llama 8B distill", "distill_8b_aime"),
                    ("Qwen 14B distill", "distill_14b_aime"),
                    ("Qwen 32B distill", "distill_32b_aime"),
                    ("Llama 70B distill", "distill_70b_aime"),
                    ("OpenAI o1-mini", "o1_mini_aime"),
                ],
            }),
            Block::Details {
                summary: "The same scores as a table",
                figure: Figure::FactTable {
                    caption: "AIME 2024, pass@1 (%), by DeepSeek's measurement",
                    facts: &[
                        "distilled_bases",
                        "distill_1_5b_aime",
                        "distill_7b_aime",
                        "distill_8b_aime",
                        "distill_14b_aime",
                        "distill_32b_aime",
                        "distill_70b_aime",
                        "o1_mini_aime",
                    ],
                },
            },
            Block::Subheading {
                id: "r1-zero",
                text: "R1-Zero: reasoning learned from rewards alone",
            },
            Block::Paragraph(
                "The paper also describes a sibling, R1-Zero, trained more boldly. DeepSeek applied \
                 reinforcement learning to the V3 base model directly, with an algorithm it calls \
                 GRPO that rewards answers a program can check as correct, without first showing it \
                 any worked examples. Long, self-correcting chains of thought emerged on their own: \
                 R1-Zero scored {r1_zero_aime}% on AIME in the paper's first version, and \
                 {r1_zero_aime_nature}% in the later *Nature* version after an updated run. Its answers \
                 were hard to use, though: it looped, its text was hard to follow and it mixed \
                 languages. R1 fixes this by starting from a small set of curated examples and then \
                 alternating further rounds of reinforcement learning with \
                 [supervised fine-tuning](#term-sft).",
            ),
            Block::Paragraph("Praise came quickly, from investors and researchers alike."),
            Block::Quote("andreessen-gift"),
            Block::Quote("lecun-open"),
            Block::Paragraph(
                "Openness cuts both ways. For start-ups, universities and independent developers, a \
                 near-frontier model they could inspect and adapt lowered the cost of entry sharply. \
                 For the biggest US labs it weakened the case for keeping models closed. And \
                 officials concerned with security pointed out that once weights are public, nobody \
                 controls who uses them, rivals of the United States included.",
            ),
        ],
    },
    Section {
        id: "stacks-up",
        title: "R1 against o1: the scores, the training bill and the price",
        summary: "R1 matched o1 on several tests; the famous training bill covers an earlier model's final run; the price gap was wider than reported.",
        blocks: &[
            Block::Paragraph(
                "The comparison that mattered was with OpenAI's o1. OpenAI released preview versions \
                 on {o1_preview_release:date}, brought the full model to ChatGPT on \
                 {o1_release_chatgpt:date} and opened it to developers through its [API](#term-api) on \
                 {o1_api_release:date}. o1 \
                 spends extra computation working through a problem before it answers, and it set \
                 new marks in maths, science and programming; OpenAI said little about how it was \
                 trained. R1 arrived {o1_to_r1_days} after o1 reached ChatGPT, with similar results, \
                 open weights and a paper describing the method.",
            ),
            Block::Subheading {
                id: "benchmarks",
                text: "The scores: level on maths, behind on knowledge",
            },
            Block::Paragraph(
                "DeepSeek's paper sets R1 against o1 and four other models on standard tests. By its \
                 count R1 is slightly ahead of o1 on AIME ({r1_aime}% against {o1_aime}%), on a second \
                 maths test, on fresh coding problems and on fixing real software bugs, but by no \
                 more than {r1_widest_lead} percentage points. The widest gaps go the other way: \
                 o1 leads by {o1_widest_lead} points on short factual questions, and clearly too on a multi-language \
                 coding test and on graduate-level science. The chart names the models as the paper \
                 does, each with the month and day of the version tested: o1-1217 is the o1 \
                 snapshot that reached developers on {o1_api_release:date}.",
            ),
            Block::Figure(Figure::Widget(Island::BenchmarkChart)),
            Block::Details {
                summary: "The paper's whole table, with four more models",
                figure: Figure::BenchmarkTable,
            },
            Block::Subheading {
                id: "training-bill",
                text: "The training bill: what the famous figure covers",
            },
            Block::Paragraph(
                "No number of those weeks travelled further than DeepSeek's training bill, and \
                 none was more often misread.",
            ),
            Block::ClaimCheck {
                claim: "The article: DeepSeek spent \u{201c}less than $6 million\u{201d} on the last training \
                        run of \u{201c}an earlier iteration of the model\u{201d}, a figure widely repeated as \
                        the cost of training R1.",
                finding: "The {v3_final_run_cost} comes from DeepSeek-V3's technical report and covers \
                          only that model's final training run: {v3_gpu_hours} on a cluster of \
                          {v3_h800_count}, pre-training on {v3_training_tokens} and then refining, \
                          priced at an assumed {v3_gpu_hour_price} per rented \
                          [GPU-hour](#term-gpu-hour). Research, \
                          experiments, buying the chips, staff and data are all outside it. R1's own \
                          training on top of V3 was costed only on {nature_paper:date}, in the \
                          supplement to the peer-reviewed paper in *Nature*: about {r1_rl_cost}, on \
                          {r1_rl_gpus}.",
            },
            Block::Figure(Figure::Widget(Island::Training)),
            Block::Paragraph(
                "Neither number is what it cost to build DeepSeek, and neither compares directly \
                 with what US labs spend. Anthropic's chief executive, Dario Amodei, had said that \
                 frontier models then in training cost around {amodei_frontier_run} each; in an essay \
                 on DeepSeek he said that training Anthropic's Claude Sonnet had cost \
                 {amodei_sonnet_cost}. The research firm SemiAnalysis *estimated* that DeepSeek had \
                 around {semianalysis_gpus} and had spent roughly {semianalysis_capex} on servers. A \
                 rental bill for one run and a lab's total outlay answer different questions.",
            ),
            Block::Subheading {
                id: "price",
                text: "The price gap: wider than reported",
            },
            Block::Paragraph(
                "Prices are easier to pin down. At launch DeepSeek charged {r1_input_price} for R1's \
                 input, {r1_cached_price} for input already in its cache and {r1_output_price} for \
                 output; o1 cost {o1_input_price}, {o1_cached_price} and {o1_output_price}. A job with \
                 a million tokens in and a million out therefore cost {r1_1m_cost} on R1 against \
                 {o1_1m_cost} on o1.",
            ),
            Block::ClaimCheck {
                claim: "The article: using R1 was \u{201c}95% cheaper\u{201d} than o1, measured per token.",
                finding: "At list prices the gap was wider than {article_claimed_saving}. R1 cost \
                          {r1_vs_o1_input_saving} less than o1 on uncached input and \
                          {r1_vs_o1_output_saving} less on output, so o1 was about {r1_vs_o1_multiple} as \
                          expensive; on cached input R1 was {r1_vs_o1_cached_saving} cheaper (o1 about \
                          {r1_vs_o1_cached_multiple} as expensive).",
            },
            Block::Details {
                summary: "List prices of five models in the week of the article",
                figure: Figure::PriceTable,
            },
            Block::Paragraph(
                "Per-token prices are only half the story, because the two models may write very \
                 different amounts of hidden working for the same task, and both bill it as output. \
                 The calculator prices a workload you describe at the rates in force on any day.",
            ),
            Block::Figure(Figure::Widget(Island::CostWidget)),
        ],
    },
    Section {
        id: "reaction",
        title: "Praise from researchers, a record loss for Nvidia",
        summary: "Researchers and investors celebrated an open rival, Nvidia lost more market value in a day than any company before, and governments turned to bans.",
        blocks: &[
            Block::Paragraph(
                "American reactions split along familiar lines. Many researchers, developers and \
                 founders welcomed a top-tier model they could study and build on for free, and some \
                 of the warmest words came from inside the US industry.",
            ),
            Block::Quote("fan-mission"),
            Block::Paragraph(
                "Fan's point was that the openness OpenAI's founders had once promised was being \
                 delivered by a lab in China. Marc Andreessen, who had praised R1 days earlier, \
                 reached for a Cold War comparison: the Soviet satellite whose launch jolted the \
                 United States into the space race.",
            ),
            Block::Quote("andreessen-sputnik"),
            Block::Paragraph(
                "Others saw a threat. For the largest US technology companies, a free model of \
                 similar quality raised doubts about their heavy spending on chips and data centres, \
                 and about how long closed models could keep their value. For officials the worry \
                 was strategic: if a Chinese model became what the world built on by default, \
                 American influence over AI would weaken, and questions about the Chinese state's \
                 sway over the company would travel with every copy.",
            ),
            Block::Subheading {
                id: "market",
                text: "The market's verdict",
            },
            Block::Paragraph(
                "On Monday {nvidia_drop:date} investors acted on the fear that more efficient models \
                 would need fewer chips. Nvidia's shares closed {nvidia_drop} at {nvidia_close}, \
                 erasing about {nvidia_value_lost} of market value: the largest one-day loss for any \
                 company on Wall Street, and more than double Nvidia's own previous record of \
                 {nvidia_previous_record}. The tech-heavy Nasdaq ended the day {nasdaq_drop} and the \
                 Philadelphia index of chip stocks {sox_drop}, while the Dow Jones average, lighter on \
                 technology, rose {dow_change}.",
            ),
            Block::Details {
                summary: "Wall Street on the day, stock by stock and index by index",
                figure: Figure::FactTable {
                    caption: "Wall Street on Monday 27 January 2025",
                    facts: &[
                        "nvidia_prior_close",
                        "nvidia_close",
                        "nvidia_drop",
                        "nvidia_value_lost",
                        "nvidia_value_lost_range",
                        "nvidia_previous_record",
                        "nasdaq_drop",
                        "sp500_drop",
                        "dow_change",
                        "sox_drop",
                        "broadcom_drop",
                        "alphabet_drop",
                        "microsoft_drop",
                    ],
                },
            },
            Block::Paragraph(
                "Nvidia answered calmly, presenting R1 as proof that spending more computation while \
                 a model answers pays off, which still takes chips.",
            ),
            Block::Quote("nvidia-statement"),
            Block::Paragraph("OpenAI's chief executive replied that evening with praise and a promise."),
            Block::Quote("altman-invigorating"),
            Block::Paragraph(
                "The fall did not last. Nvidia's shares rose {nvidia_rebound} the next day; on \
                 {nvidia_4t_close:date} it became the first company to close above \
                 {nvidia_4t_value}, and on {nvidia_5t:date} the first to pass {nvidia_5t_value}. \
                 Investors had come round to the reading Microsoft's chief executive offered that \
                 week, which the last section returns to: cheaper AI means more use of it, and more \
                 chips.",
            ),
            Block::Subheading {
                id: "beyond-markets",
                text: "Beyond the markets: a distillation charge, bans and a leak",
            },
            Block::Paragraph(
                "Washington's mood hardened within days. On {sacks_distillation:date} David Sacks, \
                 then the White House AI and crypto czar, told Fox News:",
            ),
            Block::Quote("sacks-distillation"),
            Block::Paragraph(
                "He gave no evidence. The next day OpenAI told the Financial Times it had seen signs \
                 of [distillation](#term-distillation), which its terms forbid, and suspected \
                 DeepSeek ({openai_distillation_claim:date}). DeepSeek answered only in the \
                 supplement to its *Nature* paper, saying it had not deliberately trained on \
                 OpenAI's output ({deepseek_distillation_answer:date}). The charge did not go away: \
                 on {anthropic_deepseek_exchanges:date} Anthropic said DeepSeek had run about \
                 {anthropic_deepseek_exchanges} with its Claude models through fraudulent accounts.",
            ),
            Block::Paragraph(
                "Governments acted on privacy and security instead. Italy's privacy regulator \
                 ordered DeepSeek to stop handling Italians' data, Texas and New York banned the app \
                 on government devices, Taiwan and Australia across their administrations, and South \
                 Korea paused new downloads until the app met its privacy law. The US Navy's email is \
                 often called a ban; it was a warning, which the Navy described as a reminder of \
                 existing rules.",
            ),
            Block::Figure(Figure::EventList {
                caption: "Orders, bans and a warning, January to April 2025",
                events: &[
                    "navy", "italy", "texas", "taiwan", "australia", "new-york", "korea",
                    "korea-return",
                ],
            }),
            Block::Paragraph(
                "DeepSeek had trouble of its own. Citing large-scale malicious attacks, it limited new \
                 sign-ups on {signup_limits:date}, and on {wiz_database:date} the security firm Wiz \
                 reported a DeepSeek database open to anyone online, with more than {wiz_log_lines} of logs \
                 holding chat histories and keys. DeepSeek closed it within an hour of being told.",
            ),
        ],
    },
    Section {
        id: "implications",
        title: "What R1 meant for open models and for chip controls",
        summary: "R1 made open-weight models a serious alternative, OpenAI released open weights of its own, and US chip controls were tightened, then traded.",
        blocks: &[
            Block::Subheading {
                id: "open-default",
                text: "If open becomes the default",
            },
            Block::Paragraph(
                "R1 made a strong case that a freely released model can compete with the best closed \
                 ones. If the most capable models anyone can download come from Chinese labs, \
                 developers around the world may start from them by default, and some of the \
                 influence that comes with setting a technical standard would move with that choice.",
            ),
            Block::Paragraph(
                "Software has a precedent. Linux was given away, anyone could change it, and over \
                 time it came to run a large share of the world's servers and devices, while sellers \
                 of closed alternatives had to adapt. Open models could travel a similar road, with \
                 a limit: weights can be copied, but the data, chips and expertise needed to train \
                 the next model cannot, and the largest US labs command far more of them.",
            ),
            Block::Paragraph("Even President Trump, a week into office, saw an upside in cheaper AI."),
            Block::Quote("trump-positive"),
            Block::Paragraph(
                "The closed labs answered within days. On {altman_ama:date}, asked whether OpenAI \
                 would release weights, its chief executive wrote:",
            ),
            Block::Quote("altman-wrong-side"),
            Block::Paragraph(
                "On {gpt_oss_release:date} OpenAI published gpt-oss, two open-weight reasoning models \
                 under the {gpt_oss_licence} licence, its first open language models since GPT-2. \
                 DeepSeek kept its own weights open: the V4 models it previewed on \
                 {v4_preview:date}, the larger with {v4_pro_params}, came under MIT as well.",
            ),
            Block::Subheading {
                id: "export-controls",
                text: "Did export controls fail?",
            },
            Block::Paragraph(
                "R1 was built under US export controls, which is why its hardware drew so much \
                 attention. A rule issued on {bis_rule_2022:date} required a licence to sell China \
                 chips that passed a performance threshold *and* could exchange data with one \
                 another at {bis_interconnect_threshold} or more. That cut off Nvidia's A100 and \
                 [H100](#term-h800), the workhorses of AI training.",
            ),
            Block::Paragraph(
                "Nvidia answered with versions that stayed under the line. The H800, on sale from \
                 {h800_launch}, uses the same chip as the H100, but its chip-to-chip link was cut to \
                 about {h800_nvlink}, against {h100_nvlink} on the H100. DeepSeek says it designed \
                 V3's training around that handicap, with low-precision FP8 arithmetic, a custom \
                 pipeline schedule and carefully tuned communication between experts.",
            ),
            Block::Paragraph(
                "A second rule, announced on {bis_rule_2023:date}, dropped the interconnect test and \
                 judged chips by total performance and performance density instead, which caught the \
                 H800 too. Chinese buyers could therefore buy the H800 legally only in a short \
                 window, {h800_sales_window}; the cluster that trained V3 was presumably bought then. \
                 The controls shaped DeepSeek's engineering but did not stop it.",
            ),
            Block::Paragraph(
                "Wang's call to tighten them was heeded, briefly. On {h20_licence:date} Washington \
                 told Nvidia that the H20, the chip it had made for China after the H800 was caught, \
                 needed a licence too; Nvidia warned of a charge of up to {h20_charge_expected} and \
                 booked {h20_charge_booked}. On {diffusion_rescinded:date} the administration dropped \
                 the Biden rule that would have capped AI chip exports worldwide, and by \
                 {h20_reversal:date} the H20 was to be licensed again. From {revenue_share:date} \
                 Nvidia and AMD paid the government {revenue_share} of those sales, and on \
                 {h200_allowed:date} Trump allowed the faster H200 for approved Chinese buyers, \
                 against {h200_share}. The controls became something to bargain with, and DeepSeek \
                 says its V4 models are tuned for Huawei's chips.",
            ),
            Block::Paragraph(
                "Amodei, whose essay argued that the controls mattered more than ever, put \
                 DeepSeek's achievement in proportion.",
            ),
            Block::Quote("amodei-cost"),
        ],
    },
    Section {
        id: "future",
        title: "After R1: o3, falling prices and rising demand",
        summary: "OpenAI moved on to o3 and GPT-5, DeepSeek to V3.1, V3.2 and V4 without an R2, and the price of reasoning kept falling.",
        blocks: &[
            Block::Paragraph(
                "OpenAI had shown its next step before R1 appeared. On {o3_announced:date}, the last \
                 of its pre-Christmas launch days, it previewed o3 and o3-mini without releasing \
                 them. The headline results were far above o1's: on the ARC-AGI puzzle benchmark, o3 \
                 scored {o3_arc_agi} in a setting within the prize's public compute limit (and \
                 {o3_arc_agi_high} with far more computing), against about {o1_arc_agi} for o1.",
            ),
            Block::Details {
                summary: "o3's other announced scores, beside o1's",
                figure: Figure::O3AnnouncedTable,
            },
            Block::Paragraph(
                "Those were results from expensive settings, and the o3 OpenAI released on \
                 {o3_release:date} scored lower on some of them. o3-mini came first, on \
                 {o3_mini_release:date}, free users included: a new, smaller model at \
                 {o3_mini_input_price} for input and {o3_mini_output_price} for output, still about \
                 {r1_vs_o3_mini_multiple} R1's price. The price cut that day was o1-mini's, whose \
                 output fell to {o1_mini_cut_output_price}.",
            ),
            Block::Subheading {
                id: "after-r1",
                text: "After R1: no R2, and the price of reasoning falls",
            },
            Block::Paragraph(
                "There was no R2: a successor by that name, reported in the works, was {no_r2}. \
                 DeepSeek updated R1 on \
                 {r1_0528_release:date} and from {off_peak_start:date} charged {r1_offpeak_discount} \
                 less during the Beijing night, when o1's output cost {r1_offpeak_vs_o1_multiple} as \
                 much. Then it folded reasoning into one model: from {v3_1_switch:date} its API \
                 served V3.1, which can answer at once or think first, instead of R1. The \
                 experimental V3.2 of {v3_2_exp_release:date} cut prices by more than half, to \
                 {v3_2_exp_output_price} for output; the final V3.2 followed on \
                 {v3_2_release:date}, and V4-Flash, the smaller V4, started at \
                 {v4_flash_output_price}.",
            ),
            Block::Paragraph(
                "OpenAI kept pace. On {o3_price_cut:date} it cut o3's price by {o3_price_cut}, and \
                 GPT-5, released on {gpt5_release:date}, cost {gpt5_output_price} for output. The \
                 chart follows each vendor's reasoning model on sale from o1-preview to today.",
            ),
            Block::Figure(Figure::Widget(Island::PriceChart)),
            Block::Paragraph(
                "The next frontier the US labs pointed to was *agents*: systems that take a goal and \
                 carry out the steps themselves, such as searching the web, filling in forms or \
                 writing and running code. Agents lean on reasoning models and may call them many \
                 times for one task, so the price of reasoning limits what they can do, and cheap \
                 reasoning puts pressure on the whole field, not only on OpenAI.",
            ),
            Block::Paragraph(
                "Microsoft's chief executive offered the most quoted reading of the moment, borrowing \
                 a nineteenth-century observation about coal: when a resource becomes cheaper to use, \
                 people tend to use more of it, not less.",
            ),
            Block::Quote("nadella-jevons"),
            Block::Paragraph(
                "Nadella's reading is where the market's story ended, too: Nvidia, whose value had \
                 fallen on the fear of cheaper AI, was worth {nvidia_5t_value} by \
                 {nvidia_5t:date}.",
            ),
            Block::Paragraph(
                "R1 did not settle the contest between the United States and China; it made the race \
                 more crowded and cheaper to enter. It showed that limits on hardware can push a \
                 capable team towards efficiency, that an open release can spread as fast as any \
                 product launch, and that the price of machine reasoning can fall steeply within \
                 months. The timeline gathers the dated events of this story, each with its source.",
            ),
            Block::Figure(Figure::Widget(Island::Timeline)),
        ],
    },
];
