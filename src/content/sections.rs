//! The six sections of the explainer, in the order of the source article, restated in our own
//! words. Every figure is a `{fact_id}` reference into `crate::data::facts`; quotes are by id.

use super::{Block, Figure, Section};

pub const SECTIONS: &[Section] = &[
    Section {
        id: "emergence",
        title: "What DeepSeek released, and why it drew attention",
        summary: "A Chinese lab published a reasoning model that rivalled OpenAI's o1 at a small fraction of its price, and Washington took notice.",
        blocks: &[
            Block::Paragraph(
                "On {r1_release:date}, the Chinese AI company DeepSeek put out DeepSeek-R1, a *reasoning* \
                 model. Before it answers, a model of this kind writes out a long chain of intermediate \
                 steps, checking and revising as it goes: the approach OpenAI had introduced with its o1 \
                 models a few months earlier. DeepSeek's chatbot app, which had arrived on Apple's App \
                 Store on {app_launch:date}, climbed to the top of the free charts in the US store on \
                 {app_store_no1:date}, and the next day the shock reached Wall Street.",
            ),
            Block::Paragraph(
                "R1 is large but frugal. It is a *mixture-of-experts* model with {r1_total_params} in \
                 all, yet each token is routed through only a few of its expert sub-networks, so only \
                 about {r1_active_params} do any work at a given step. That design keeps the cost of \
                 running it far below what its size suggests. R1 was not trained from scratch: it builds \
                 on DeepSeek-V3, a general-purpose model the company had published on \
                 {v3_release:date}, and gains its reasoning skill through reinforcement learning. Its \
                 weights come under the permissive {r1_licence} licence.",
            ),
            Block::Paragraph(
                "Two things made it news. On the maths, science and coding tests DeepSeek reported, R1 \
                 landed close to o1, then the strongest reasoning model on sale. And developers could use \
                 it for a sliver of o1's price: for the same amount of text in and out, o1 cost about \
                 {r1_vs_o1_multiple} as much. A capable, cheap model from a lab that US export rules had \
                 kept away from Nvidia's best chips was not what Washington expected, and political \
                 leaders said so.",
            ),
            Block::Quote("trump-wakeup"),
            Block::Quote("wang-wakeup"),
            Block::Paragraph(
                "Both men took R1 as a sign that America's lead in AI could not be assumed. Wang's remedy, \
                 tighter limits on chip exports, comes back in the section on what R1 changes.",
            ),
        ],
    },
    Section {
        id: "openness",
        title: "Published for anyone to download",
        summary: "DeepSeek released R1's weights, a detailed paper and smaller distilled versions under a permissive licence, the opposite of how the leading US labs work.",
        blocks: &[
            Block::Paragraph(
                "The leading US labs, among them OpenAI, Google DeepMind and Anthropic, keep the weights \
                 of their most capable models private and sell access through apps and paid APIs; they \
                 publish results, but rarely the recipe. DeepSeek did the reverse. It put R1's trained \
                 weights online for anyone to download, run on their own hardware and modify; it \
                 explained its training method in a paper posted on {r1_paper:date}; and it chose the \
                 {r1_licence} licence, which even allows others to train new models on R1's outputs. The \
                 training data were not part of the release, so *open weights* describes it more exactly \
                 than *open source*.",
            ),
            Block::Figure(Figure::FactTable {
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
            }),
            Block::Paragraph(
                "With the full model came {distilled_model_count}: smaller open models from Alibaba's \
                 Qwen and Meta's Llama families ({distilled_bases}) that DeepSeek fine-tuned on reasoning \
                 examples written by R1. They need far more modest hardware, and some are strong. By \
                 DeepSeek's own measurement the second-largest scored {distill_32b_aime} on the AIME \
                 competition-maths test, ahead of OpenAI's o1-mini at {o1_mini_aime}.",
            ),
            Block::Figure(Figure::FactTable {
                caption: "The distilled models on the AIME maths test",
                facts: &[
                    "distill_1_5b_aime",
                    "distill_7b_aime",
                    "distill_8b_aime",
                    "distill_14b_aime",
                    "distill_32b_aime",
                    "distill_70b_aime",
                    "o1_mini_aime",
                ],
            }),
            Block::Subheading("R1-Zero: reasoning learned from rewards alone"),
            Block::Paragraph(
                "The paper also describes a sibling, R1-Zero, trained in a bolder way. DeepSeek took the \
                 V3 base model and applied reinforcement learning to it directly, with an algorithm it \
                 calls GRPO that rewards answers which can be checked as correct, and without first \
                 showing it any worked examples of reasoning. Long, self-correcting chains of thought \
                 emerged on their own; in the first version of the paper R1-Zero scored {r1_zero_aime} \
                 on AIME. Its answers were hard to use, though: it could loop and repeat itself, its text \
                 was hard to follow, and it mixed languages. R1 fixes this by starting from a small set \
                 of curated examples and then alternating further rounds of reinforcement learning with \
                 supervised fine-tuning.",
            ),
            Block::Paragraph("Praise came quickly, from investors and researchers alike."),
            Block::Quote("andreessen-gift"),
            Block::Quote("lecun-open"),
            Block::Paragraph(
                "Openness cuts both ways. For start-ups, universities and independent developers, a \
                 near-frontier reasoning model they could download, inspect and adapt lowered the cost of \
                 entry sharply. For the biggest US labs it weakened the advantage of keeping models \
                 closed. And officials concerned with security pointed out that once weights are public, \
                 nobody controls who uses them, rivals of the United States included.",
            ),
        ],
    },
    Section {
        id: "stacks-up",
        title: "R1 against o1: scores, training bill and price",
        summary: "R1 matched o1 on several tests, the famous training cost belongs to an earlier model's final run, and the price gap was wider than reported.",
        blocks: &[
            Block::Paragraph(
                "The comparison that mattered was with OpenAI's o1. OpenAI released preview versions on \
                 {o1_preview_release:date}, brought the full model to ChatGPT on \
                 {o1_release_chatgpt:date} and opened it to developers through its API on \
                 {o1_api_release:date}. o1 was trained to spend extra computation working through a \
                 problem before it answers, and it set new marks in maths, science and programming. \
                 OpenAI showed what the model could do but said little about how it had been trained.",
            ),
            Block::Paragraph(
                "Only weeks after o1 reached developers, R1 arrived with similar results, downloadable \
                 weights and a paper describing the method.",
            ),
            Block::Subheading("Benchmarks"),
            Block::Paragraph(
                "DeepSeek's paper sets R1 against o1 and other leading models on a range of standard \
                 tests, reproduced below. R1 comes out slightly ahead of o1 on AIME ({r1_aime} against \
                 {o1_aime}), on a second maths benchmark, on fresh coding problems and on fixing real \
                 software bugs. It trails on graduate-level science questions, competitive programming, \
                 broad general knowledge, short factual questions and a multi-language coding test. \
                 Either way, most of the margins are small.",
            ),
            Block::Figure(Figure::BenchmarkChart),
            Block::Figure(Figure::BenchmarkTable),
            Block::Paragraph(
                "Read the table as DeepSeek's own account. DeepSeek ran the tests on its models, while the \
                 o1 figures are the ones OpenAI published, so the columns were not measured under \
                 identical conditions. Benchmarks also capture only part of what makes a model useful, \
                 and a gap of a point or two says little on its own.",
            ),
            Block::Subheading("What did it cost to train?"),
            Block::Paragraph(
                "No number from that week travelled further than DeepSeek's training bill, and none was \
                 more often misread.",
            ),
            Block::ClaimCheck {
                claim: "The article: DeepSeek spent \u{201c}less than $6 million\u{201d} on the last training \
                        run of \u{201c}an earlier iteration of the model\u{201d}, a figure often repeated as \
                        the cost of training R1.",
                finding: "The {v3_final_run_cost} comes from DeepSeek-V3's technical report and covers only \
                          that model's final training run: {v3_gpu_hours}, priced at an assumed rental \
                          rate of {v3_gpu_hour_price} per GPU-hour, for pre-training, context extension and \
                          post-training. The report itself leaves out earlier research and experiments, and \
                          the figure excludes buying the GPUs, staff, data and failed runs. R1's own \
                          training on top of V3 was costed only on {nature_paper:date}, in the supplement to \
                          the peer-reviewed paper in *Nature*: about {r1_rl_cost}.",
            },
            Block::Figure(Figure::FactTable {
                caption: "What the V3 final-run figure covers",
                facts: &[
                    "v3_pretrain_gpu_hours",
                    "v3_pretrain_cost",
                    "v3_context_ext_gpu_hours",
                    "v3_context_ext_cost",
                    "v3_post_train_gpu_hours",
                    "v3_post_train_cost",
                    "v3_gpu_hours",
                    "v3_final_run_cost",
                    "v3_gpu_hour_price",
                    "v3_h800_count",
                    "v3_training_tokens",
                ],
            }),
            Block::Figure(Figure::FactTable {
                caption: "R1's own training, as costed in the Nature supplement",
                facts: &[
                    "r1_zero_rl_cost",
                    "r1_sft_data_cost",
                    "r1_final_rl_cost",
                    "r1_rl_gpu_hours",
                    "r1_rl_gpus",
                    "r1_rl_cost",
                ],
            }),
            Block::Paragraph(
                "Neither number is what it cost to build DeepSeek, and neither compares directly with \
                 what US labs spend. Anthropic's chief executive, Dario Amodei, had said that frontier \
                 models then in training cost around {amodei_frontier_run} each, with much larger runs to \
                 come; in an essay on DeepSeek he put the training of Anthropic's Claude Sonnet at \
                 {amodei_sonnet_cost} and judged V3 cheaper than comparable US models, though not by the \
                 ratios being quoted. The research firm SemiAnalysis *estimated* that DeepSeek had around \
                 {semianalysis_gpus} and had spent roughly {semianalysis_capex} on servers; that estimate \
                 comes from a paywalled model, and critics have disputed parts of it. A rental bill for \
                 one run and a lab's total outlay answer different questions.",
            ),
            Block::Subheading("What it costs to use"),
            Block::Paragraph(
                "Prices are easier to pin down. At launch DeepSeek charged {r1_input_price} for R1's \
                 input, {r1_cached_price} when that input was already in its cache, and \
                 {r1_output_price} for output. o1 cost {o1_input_price}, {o1_cached_price} and \
                 {o1_output_price} respectively. A job with a million tokens in and a million out \
                 therefore cost {r1_1m_cost} on R1 against {o1_1m_cost} on o1.",
            ),
            Block::Figure(Figure::PriceTable),
            Block::ClaimCheck {
                claim: "The article: using R1 was \u{201c}95% cheaper\u{201d} than o1, measured per token.",
                finding: "At list prices the gap was wider than {article_claimed_saving}. R1 cost \
                          {r1_vs_o1_input_saving} less than o1 on uncached input and \
                          {r1_vs_o1_output_saving} less on output, so o1 was about {r1_vs_o1_multiple} as \
                          expensive; on cached input R1 was {r1_vs_o1_cached_saving} cheaper (o1 about \
                          {r1_vs_o1_cached_multiple} as expensive). The bill for a given task can still \
                          differ, because the two models may write very different numbers of hidden \
                          reasoning tokens, and both charge for those as output.",
            },
            Block::Paragraph(
                "Per-token prices are only half the story. Reasoning models bill their hidden chain of \
                 thought as output, and its length varies by model and by task. The cost calculator lets \
                 you describe your own workload (input, cached input, visible output and reasoning \
                 tokens, and requests per day), pick a date, and see what each model would have charged \
                 at the prices then in force.",
            ),
            Block::Figure(Figure::CostWidget),
        ],
    },
    Section {
        id: "reaction",
        title: "Cheers and alarm in the United States",
        summary: "Researchers and investors celebrated an open rival, while markets and officials took fright and Nvidia suffered a record one-day loss.",
        blocks: &[
            Block::Paragraph(
                "American reactions split along familiar lines. Many researchers, developers and \
                 founders welcomed R1: a top-tier model they could study and build on for free. Some of \
                 the warmest words came from people inside the US industry.",
            ),
            Block::Quote("fan-mission"),
            Block::Paragraph(
                "Fan's point was that the openness OpenAI's founders had once promised was being \
                 delivered by a lab in China. Marc Andreessen, who had praised R1 days earlier, reached \
                 for a Cold War comparison: the Soviet satellite whose launch jolted the United States \
                 into the space race.",
            ),
            Block::Quote("andreessen-sputnik"),
            Block::Paragraph(
                "Others saw a threat. For the largest US technology companies, a free model of similar \
                 quality raised doubts about their heavy spending on chips and data centres, and about \
                 how long closed models could keep their value. For officials the worry was strategic: \
                 if a Chinese model became what the world built on by default, American leadership in AI \
                 would weaken, and questions about the Chinese state's sway over the company would travel \
                 with every copy.",
            ),
            Block::Subheading("The market's verdict"),
            Block::Paragraph(
                "On the following Monday, {nvidia_drop:date}, investors acted on the fear that more \
                 efficient models would need fewer chips. Nvidia's shares closed at {nvidia_close}, a \
                 one-day move of {nvidia_drop}, erasing about {nvidia_value_lost} of market value: the \
                 largest one-day loss for any company on Wall Street, and more than double Nvidia's own \
                 previous record of {nvidia_previous_record}. The tech-heavy Nasdaq Composite closed \
                 {nasdaq_drop} on the day, the broader S&P index {sp500_drop} and the Philadelphia index \
                 of chip stocks {sox_drop}. Alphabet ({alphabet_drop}) and Microsoft ({microsoft_drop}) \
                 fell too, while the Dow Jones average, lighter on technology, rose {dow_change}.",
            ),
            Block::Figure(Figure::FactTable {
                caption: "Wall Street on the Monday after R1",
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
            }),
            Block::Paragraph(
                "Nvidia itself answered calmly, presenting R1 as proof that spending more computation \
                 while a model answers pays off, which still takes chips.",
            ),
            Block::Quote("nvidia-statement"),
            Block::Paragraph("OpenAI's chief executive replied that evening with praise and a promise."),
            Block::Quote("altman-invigorating"),
        ],
    },
    Section {
        id: "implications",
        title: "What R1 means for open models and chip controls",
        summary: "R1 made open-weight models a serious alternative to closed ones and tested the logic of US limits on chip sales to China.",
        blocks: &[
            Block::Subheading("If open becomes the default"),
            Block::Paragraph(
                "R1 made a strong case that a freely released model can compete with the best closed \
                 ones. If the most capable models anyone can download come from Chinese labs, developers \
                 around the world may start from them by default, and some of the influence that comes \
                 with setting a technical standard would move with that choice.",
            ),
            Block::Paragraph(
                "Software has a precedent. Linux was given away, anyone could change it, and over time it \
                 came to run a large share of the world's servers and devices, while sellers of closed \
                 alternatives had to adapt. Open models could travel a similar road. The comparison has \
                 limits: weights can be copied, but the data, chips and expertise needed to train the \
                 next model cannot, and the largest US labs still command far more of them.",
            ),
            Block::Paragraph("Even the new president saw an upside in cheaper AI."),
            Block::Quote("trump-positive"),
            Block::Subheading("Did export controls fail?"),
            Block::Paragraph(
                "R1 was built under US export controls, which is why its hardware drew so much attention. \
                 A rule issued on {bis_rule_2022:date} required a licence to sell China chips that passed \
                 a performance threshold *and* could exchange data with one another at \
                 {bis_interconnect_threshold} or more. That cut off Nvidia's A100 and H100, the \
                 workhorses of AI training.",
            ),
            Block::Paragraph(
                "Nvidia answered with versions that stayed under the line. The H800, on sale from \
                 {h800_launch}, uses the same Hopper chip as the H100, but its chip-to-chip link was cut \
                 to about {h800_nvlink}, against {h100_nvlink} on the H100. DeepSeek says it designed \
                 V3's training around that handicap, with low-precision FP8 arithmetic, a custom pipeline \
                 schedule and carefully tuned communication between experts.",
            ),
            Block::Paragraph(
                "A second rule, announced on {bis_rule_2023:date}, dropped the interconnect test and \
                 judged chips by total performance and performance density instead, which caught the \
                 H800 too. Chinese buyers could therefore buy the H800 legally only in a short window, \
                 {h800_sales_window}; the {v3_h800_count} that trained V3 were presumably bought then. \
                 The controls shaped DeepSeek's engineering, but they did not stop it.",
            ),
            Block::Paragraph(
                "Amodei, whose essay argued that the controls mattered more than ever, put DeepSeek's \
                 achievement in proportion.",
            ),
            Block::Quote("amodei-cost"),
        ],
    },
    Section {
        id: "future",
        title: "After R1: o3, falling prices and rising demand",
        summary: "OpenAI moved on to o3-mini and o3, the price of reasoning kept falling, and cheaper AI looked set to mean more use, not less.",
        blocks: &[
            Block::Paragraph(
                "OpenAI had shown its next step before R1 appeared. On {o3_announced:date}, the last of \
                 its pre-Christmas launch days, it previewed o3 and o3-mini without releasing them. The \
                 headline results were far above o1's: on the ARC-AGI puzzle benchmark, o3 scored \
                 {o3_arc_agi} in a setting within the prize's public compute limit, against about \
                 {o1_arc_agi} for o1.",
            ),
            Block::Figure(Figure::O3AnnouncedTable),
            Block::Paragraph(
                "Those were announced results from expensive configurations, and the o3 OpenAI released \
                 on {o3_release:date} scored lower on some of them. o3-mini came first, on \
                 {o3_mini_release:date}, free users included, at {o3_mini_input_price} for input and \
                 {o3_mini_output_price} for output: a steep cut from o1, though o3-mini still cost about \
                 {r1_vs_o3_mini_multiple} as much as R1.",
            ),
            Block::Paragraph(
                "Prices kept falling on both sides. From {off_peak_start:date} DeepSeek charged \
                 {r1_offpeak_discount} less for R1 during the Beijing night, when o1's output cost \
                 {r1_offpeak_vs_o1_multiple} as much; on {o3_price_cut:date} OpenAI cut o3's price by \
                 {o3_price_cut}.",
            ),
            Block::Paragraph(
                "The next frontier the US labs pointed to was *agents*: systems that take a goal and carry \
                 out the steps themselves, such as searching the web, filling in forms or writing and \
                 running code. Agents lean on reasoning models and may call them many times for one task, \
                 so the price of reasoning limits what they can do. That turns cheap reasoning into \
                 pressure on the whole field, not only on OpenAI.",
            ),
            Block::Paragraph(
                "Microsoft's chief executive offered the most quoted reading of the moment, borrowing a \
                 nineteenth-century observation about coal: when a resource becomes cheaper to use, \
                 people tend to use more of it, not less.",
            ),
            Block::Quote("nadella-jevons"),
            Block::Paragraph(
                "R1 did not settle the contest between the United States and China; it made the race \
                 more crowded and cheaper to enter. It showed that limits on hardware can push a capable \
                 team towards efficiency, that an open release can spread as fast as any product launch, \
                 and that the price of machine reasoning can fall steeply within months. The timeline \
                 below gathers the dated events of this story, each with its source.",
            ),
            Block::Figure(Figure::Timeline),
        ],
    },
];
