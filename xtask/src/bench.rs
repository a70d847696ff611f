//! `cargo xtask bench`: sizes, Lighthouse, interaction latency and hydration time, measured side by
//! side in one run against two baselines: a static copy of the page (every script removed: the
//! physical limit) and a client-only build (the whole page rendered by the wasm, as a plain Yew
//! app would). Prints one table and writes it as JSON to target/bench/bench.json.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde::Serialize;
use serde_json::Value;

use crate::pipeline::{self, Dist, Options, Stage};
use crate::site::{self, FIRST_LOAD_BUDGET, WASM_BUDGET};
use crate::toolchain::Wanted;
use crate::tools;
use crate::util::server::Server;
use crate::util::{self, compressed_sizes, describe, root, Sizes};
use crate::wasm_breakdown::{self, Part};

/// Whether the reader of the first screen downloads a file, or only a reader who comes near a
/// widget (the loader starts the wasm on demand; see assets/scripts/page.js).
pub fn on_demand(label: &str) -> bool {
    matches!(label, "wasm" | "js glue" | "page text")
}

/// The files of a first load, by kind: (label, path). The wasm and its glue are among them but
/// fetched on demand (`on_demand`).
pub fn first_load_files(dist: &Dist) -> Result<Vec<(&'static str, PathBuf)>, String> {
    let loader = dist
        .page_loader
        .as_deref()
        .ok_or("the build wrote no loader")?;
    let mut files = vec![
        ("html", dist.dir.join(site::INDEX)),
        ("wasm", dist.dir.join(&dist.wasm)),
        ("js glue", dist.dir.join(&dist.glue)),
        (
            "page text",
            dist.dir.join(
                dist.page_text
                    .as_deref()
                    .ok_or("the build wrote no page text")?,
            ),
        ),
        ("js loader", dist.dir.join(loader)),
        ("js theme", dist.dir.join("theme.js")),
    ];
    for name in util::file_names(&dist.dir)? {
        if name.ends_with(".css") {
            files.push(("css", dist.dir.join(name)));
        }
    }
    Ok(files)
}

/// `cargo xtask size`: the wasm of the last build of `toolchain` (dist/ for the site's own choice,
/// or target/dist-stable), brotli-compressed, and its breakdown: the quick look at one size lever.
pub fn size(toolchain: Wanted) -> Result<(), String> {
    let chosen = crate::toolchain::Toolchain::choose(toolchain);
    let dir = if chosen.is_nightly() {
        root().join("dist")
    } else {
        root().join("target/dist-stable")
    };
    let dist = Dist::of_folder(&dir)?;
    let sizes = compressed_sizes(&util::read(&dist.dir, &dist.wasm)?);
    println!(
        "{}: {:.1} KB raw, {:.1} KB brotli",
        dist.wasm,
        sizes.raw as f64 / 1024.0,
        sizes.brotli as f64 / 1024.0
    );
    let path = chosen
        .target_dir()
        .join("wasm32-unknown-unknown/release/r1-explainer.wasm");
    let parts = wasm_breakdown::breakdown(&path)?;
    let named: usize = parts.iter().map(|(_, bytes)| bytes).sum();
    for (part, bytes) in &parts {
        println!(
            "{part:<54} {:>8.1} KB {:>6.1}%",
            *bytes as f64 / 1024.0,
            100.0 * *bytes as f64 / named.max(1) as f64
        );
    }
    let top = std::env::args()
        .skip_while(|arg| arg != "--top")
        .nth(1)
        .and_then(|count| count.parse().ok())
        .unwrap_or(0);
    for (name, bytes) in wasm_breakdown::largest_functions(&path, top)? {
        println!("{bytes:>8}  {name}");
    }
    if std::env::args().any(|arg| arg == "--islands") {
        let probe = island_probe(&dist, toolchain, &root().join("target/bench"))?;
        print!("{}", probe.table());
    }
    Ok(())
}

/// `toolchain`: the site's own choice (the nightly size build where it can be had), or stable, to
/// measure the fallback.
pub fn bench(toolchain: Wanted) -> Result<(), String> {
    let site = Options {
        toolchain,
        ..Options::site()
    };
    let dist = pipeline::run(&site)?;
    let toolchain_line = dist
        .toolchain
        .as_ref()
        .map(|toolchain| toolchain.describe())
        .unwrap_or_default();
    // Cargo's output, before wasm-bindgen and wasm-opt: the wasm with its function names.
    let named = dist.toolchain.as_ref().map(|toolchain| {
        toolchain
            .target_dir()
            .join("wasm32-unknown-unknown/release/r1-explainer.wasm")
    });
    let breakdown = match named {
        Some(path) => wasm_breakdown::breakdown(&path)?,
        None => Vec::new(),
    };
    let out = root().join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;

    // Sizes of the shipped build.
    let mut size_rows = Vec::new();
    let mut total = Sizes::default();
    let mut first_screen = Sizes::default();
    for (label, path) in first_load_files(&dist)? {
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let sizes = compressed_sizes(&bytes);
        let add = |sum: &Sizes| Sizes {
            raw: sum.raw + sizes.raw,
            gzip: sum.gzip + sizes.gzip,
            brotli: sum.brotli + sizes.brotli,
        };
        total = add(&total);
        if !on_demand(label) {
            first_screen = add(&first_screen);
        }
        size_rows.push((label, sizes));
    }

    // Baseline (a): the static copy, every script removed.
    let static_dir = out.join("static");
    util::copy_dir(&dist.dir, &static_dir)?;
    let html = util::read_text(&static_dir, site::INDEX)?;
    util::write(&static_dir, site::INDEX, util::strip_scripts(&html)?)?;

    // Baseline (b): client-only, left exactly as Trunk writes it (preloads, inline loader): what a
    // plain Yew app ships. And the bench build, with performance marks, prerendered and with our
    // loader like the site.
    let (client_dir, marks_dir) = (out.join("client"), out.join("marks"));
    for (dir, features, last) in [
        (&client_dir, "client-only", Stage::Trunk),
        (&marks_dir, "hydration,bench", Stage::Loader),
    ] {
        pipeline::run(&Options {
            dir: dir.clone(),
            features: features.into(),
            last,
            ..Options {
                toolchain,
                ..Options::site()
            }
        })?;
    }

    let probe = island_probe(&dist, toolchain, &out)?;

    tools::ensure_bench_packages()?;
    let browser = tools::ensure_browser()?;
    let servers = [
        ("ours", dist.dir.clone()),
        ("static", static_dir),
        ("client", client_dir),
        ("marks", marks_dir),
    ]
    .into_iter()
    // As a published host answers (caching, compression): what a reader's browser would get.
    .map(|(name, dir)| Server::start_as_published(&dir, 0, false).map(|server| (name, server)))
    .collect::<Result<Vec<_>, _>>()?;
    let url = |name: &str| {
        servers
            .iter()
            .find(|(server_name, _)| *server_name == name)
            .map(|(_, server)| server.url())
            .unwrap_or_default()
    };

    println!("xtask: Lighthouse, mobile preset, 3 runs per page (a few minutes)");
    let lighthouse = node_json(
        Command::new("node")
            .arg("lighthouse.mjs")
            .arg("3")
            .arg(format!("ours={}", url("ours")))
            // A link to a widget's state starts the wasm during the load: the page at its busiest.
            .arg(format!("link={}#rpd=2", url("ours")))
            .arg(format!("static={}", url("static")))
            .arg(format!("client={}", url("client")))
            .env("CHROMIUM", &browser.chromium),
    )?;
    println!("xtask: interaction latency and hydration, 4× CPU throttling");
    let latency = node_json(
        Command::new("node")
            .arg("latency.mjs")
            .arg(url("marks"))
            .arg("60")
            .env("CHROMIUM", &browser.chromium),
    )?;
    println!("xtask: a simulated phone: scroll to the cost widget → it answers; instance memory");
    let phone = node_json(
        Command::new("node")
            .arg("phone.mjs")
            .arg(url("ours"))
            .arg("3")
            .env("CHROMIUM", &browser.chromium),
    )?;
    drop(servers);

    let report = Report {
        toolchain: toolchain_line,
        sizes: size_rows,
        total,
        first_screen,
        breakdown,
        probe,
        lighthouse,
        latency,
        phone,
    };
    let table = report.table();
    println!("\n{table}");
    util::write(&out, "bench.json", report.json()?)?;
    util::write(&out, "bench.txt", &table)?;
    println!("xtask: wrote target/bench/bench.json and target/bench/bench.txt");
    Ok(())
}

/// What each island adds to the shipped wasm, and what is left with one island only.
struct IslandProbe {
    /// The whole wasm.
    all: Sizes,
    /// Per island (its `data-island` key): the wasm built without it.
    without: Vec<(String, Sizes)>,
    /// The wasm built with only the island that adds least: the smallest wasm that starts a widget.
    only_smallest: (String, Sizes),
}

impl IslandProbe {
    /// What each island adds, in bytes (raw, brotli).
    fn added(&self) -> Vec<(&str, usize, usize)> {
        self.without
            .iter()
            .map(|(key, sizes)| {
                (
                    key.as_str(),
                    self.all.raw.saturating_sub(sizes.raw),
                    self.all.brotli.saturating_sub(sizes.brotli),
                )
            })
            .collect()
    }

    fn table(&self) -> String {
        let kb = |bytes: usize| format!("{:.1} KB", bytes as f64 / 1024.0);
        let row = |label: &str, raw: usize, brotli: usize| {
            format!("{label:<52} {:>10} {:>10}\n", kb(raw), kb(brotli))
        };
        let mut out = String::from(
            "WASM BY ISLAND (the wasm built without it: what it adds)      raw     brotli\n",
        );
        let added = self.added();
        for (key, raw, brotli) in &added {
            out += &row(key, *raw, *brotli);
        }
        let (raw, brotli) = added
            .iter()
            .fold((0, 0), |(raw, brotli), (_, r, b)| (raw + r, brotli + b));
        out += &row(
            "the rest: Yew, the runtime, what islands share",
            self.all.raw.saturating_sub(raw),
            self.all.brotli.saturating_sub(brotli),
        );
        let (key, only) = &self.only_smallest;
        out += &row(&format!("the wasm with only {key}"), only.raw, only.brotli);
        out + "\n"
    }
}

/// Builds the wasm once without each island, then with the one that adds least alone (the wasm
/// stage only, into target/bench/probe-*; `Island::built_in` in src/island.rs leaves the others
/// unlinked). The islands are the page's own slots. The difference between two builds is what an
/// island's code and words cost; what is left with one island is Yew, the runtime and the code the
/// islands share, which no single widget's diet removes.
fn island_probe(
    dist: &Dist,
    toolchain: Wanted,
    out: &std::path::Path,
) -> Result<IslandProbe, String> {
    let html = util::read_text(&dist.dir, site::INDEX)?;
    let mut keys: Vec<String> = Vec::new();
    util::rewrite_html(
        &html,
        vec![lol_html::element!("[data-island]", |slot| {
            if let Some(key) = util::attribute(slot, "data-island") {
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
            Ok(())
        })],
    )?;
    if keys.is_empty() {
        return Err("the built page has no island slots to probe".into());
    }
    let wasm_of = |islands: Option<Vec<&str>>, name: &str| -> Result<Sizes, String> {
        let islands = islands.map(|keys| keys.join(","));
        println!(
            "xtask: size probe: the wasm with {}",
            islands
                .as_deref()
                .map_or("every island".into(), |keys| format!("only {keys}"))
        );
        let probe = pipeline::run(&Options {
            dir: out.join(format!("probe-{name}")),
            last: Stage::Trunk,
            islands,
            ..Options {
                toolchain,
                ..Options::site()
            }
        })?;
        // As the site's wasm is, so that the difference is the island's alone.
        pipeline::shorten_imports(&probe)?;
        Ok(compressed_sizes(&util::read(&probe.dir, &probe.wasm)?))
    };
    let mut without = Vec::new();
    for key in &keys {
        let others = keys
            .iter()
            .map(String::as_str)
            .filter(|other| other != key)
            .collect();
        without.push((
            key.clone(),
            wasm_of(Some(others), &format!("without-{key}"))?,
        ));
    }
    let smallest = without
        .iter()
        .max_by_key(|(_, sizes)| sizes.brotli)
        .map(|(key, _)| key.clone())
        .unwrap_or_default();
    let only = wasm_of(Some(vec![smallest.as_str()]), &format!("only-{smallest}"))?;
    // Last, every island, built the same way: the whole the others are measured against, and
    // cargo's output left as the site's (`cargo xtask size` reads it).
    let all = wasm_of(None, "all")?;
    if all.brotli != compressed_sizes(&util::read(&dist.dir, &dist.wasm)?).brotli {
        return Err("the size probe's wasm with every island differs from the site's".into());
    }
    Ok(IslandProbe {
        all,
        without,
        only_smallest: (smallest, only),
    })
}

/// Runs a bench script in tests/bench with the site's Chromium flags and reads the JSON it prints
/// last.
fn node_json(command: &mut Command) -> Result<Value, String> {
    let output = command
        .env("CHROMIUM_FLAGS", site::chromium_flags_env())
        .current_dir(root().join("tests/bench"))
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!("`{}` failed", describe(command)));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let line = text
        .lines()
        .rev()
        .find(|line| line.starts_with('{'))
        .ok_or("no JSON from the bench script")?;
    serde_json::from_str(line)
        .map_err(|error| format!("the bench script printed bad JSON: {error}"))
}

/// The number at `"a"."b"` of a bench script's JSON.
fn number(json: &Value, path: &[&str]) -> Option<f64> {
    path.iter()
        .try_fold(json, |value, key| value.get(key))
        .and_then(Value::as_f64)
}

struct Report {
    toolchain: String,
    sizes: Vec<(&'static str, Sizes)>,
    total: Sizes,
    first_screen: Sizes,
    /// What the wasm is made of, from cargo's output with names (before wasm-opt).
    breakdown: Vec<Part>,
    probe: IslandProbe,
    lighthouse: Value,
    latency: Value,
    phone: Value,
}

impl Report {
    fn table(&self) -> String {
        let kb = |bytes: usize| format!("{:.1} KB", bytes as f64 / 1024.0);
        let mut out = format!("{}\n\n", self.toolchain);
        out += "SIZES                       raw        gzip -9    brotli\n";
        let row = |label: &str, sizes: &Sizes| {
            format!(
                "{:<24} {:>10} {:>10} {:>10}\n",
                label,
                kb(sizes.raw),
                kb(sizes.gzip),
                kb(sizes.brotli)
            )
        };
        for (label, sizes) in &self.sizes {
            let label = if on_demand(label) {
                format!("{label} (on demand)")
            } else {
                (*label).to_owned()
            };
            out += &row(&label, sizes);
        }
        out += &row("first screen", &self.first_screen);
        out += &row("all, widgets started", &self.total);
        let wasm = self
            .sizes
            .iter()
            .find(|(label, _)| *label == "wasm")
            .map(|(_, s)| s.brotli)
            .unwrap_or(0);
        out += &format!(
            "budgets: wasm {} / {} brotli ({}); first load {} / {} brotli: first screen ({}), with the widgets started ({} KB, {})\n\n",
            kb(wasm),
            kb(WASM_BUDGET),
            verdict(wasm <= WASM_BUDGET),
            kb(self.first_screen.brotli),
            kb(FIRST_LOAD_BUDGET),
            verdict(self.first_screen.brotli <= FIRST_LOAD_BUDGET),
            format_args!("{:.1}", self.total.brotli as f64 / 1024.0),
            verdict(self.total.brotli <= FIRST_LOAD_BUDGET)
        );

        let named: usize = self.breakdown.iter().map(|(_, bytes)| bytes).sum();
        out += "WASM BREAKDOWN (cargo's output with names, before wasm-opt)   bytes    share\n";
        for (part, bytes) in &self.breakdown {
            out += &format!(
                "{:<54} {:>10} {:>7.1}%\n",
                part,
                kb(*bytes),
                100.0 * *bytes as f64 / named.max(1) as f64
            );
        }
        out += &format!("{:<54} {:>10}\n\n", "total", kb(named));

        out += &self.probe.table();

        out += "LIGHTHOUSE (mobile, median of 3)   ours  ours+link    static  client-only\n";
        let metric = |page: &str, key: &str| number(&self.lighthouse, &[page, key]);
        let show = |value: Option<f64>, unit: &str| {
            value
                .map(|v| {
                    if unit.is_empty() {
                        format!("{v:.3}")
                    } else {
                        format!("{v:.0}{unit}")
                    }
                })
                .unwrap_or_else(|| "—".into())
        };
        for (label, key, unit) in [
            ("performance", "performance", " "),
            ("accessibility", "accessibility", " "),
            ("best practices", "bestPractices", " "),
            ("SEO", "seo", " "),
            ("FCP", "fcp", " ms"),
            ("LCP", "lcp", " ms"),
            ("TBT", "tbt", " ms"),
            ("CLS", "cls", ""),
            ("Speed Index", "speedIndex", " ms"),
        ] {
            out += &format!(
                "{:<30} {:>9} {:>9} {:>9} {:>12}\n",
                label,
                show(metric("ours", key), unit),
                show(metric("link", key), unit),
                show(metric("static", key), unit),
                show(metric("client", key), unit)
            );
        }
        let ratio = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) if b > 0.0 => format!("{:.2}", a / b),
            _ => "—".into(),
        };
        let lcp_ratio = ratio(metric("ours", "lcp"), metric("static", "lcp"));
        out += &format!(
            "ratios: LCP ours/static {lcp_ratio} (budget ≤ 1.10), TBT ours/static {}, LCP client-only/ours {}; with a widget link: LCP {} of static, TBT {} ms\n",
            ratio(metric("ours", "tbt"), metric("static", "tbt")),
            ratio(metric("client", "lcp"), metric("ours", "lcp")),
            ratio(metric("link", "lcp"), metric("static", "lcp")),
            show(metric("link", "tbt"), "")
        );
        out += &format!(
            "failing audits (ours): {}\n",
            self.lighthouse
                .pointer("/ours/failing")
                .map(Value::to_string)
                .unwrap_or_default()
        );
        // A page that never painted scores 0 with no timings; say so rather than leave a 0 that
        // reads like a measurement (the client-only baseline once broke unnoticed that way).
        let unpainted: Vec<&str> = [
            ("ours", "ours"),
            ("link", "ours+link"),
            ("static", "static"),
            ("client", "client-only"),
        ]
        .into_iter()
        .filter(|(key, _)| metric(key, "lcp").is_none())
        .map(|(_, label)| label)
        .collect();
        if !unpainted.is_empty() {
            out += &format!(
                "NOT MEASURED: Lighthouse saw no contentful paint on {} (open its folder under target/bench/ in a browser to see why)\n",
                unpainted.join(", ")
            );
        }
        out += "\n";

        out += "INTERACTION (4x CPU throttling)   median     p95      count\n";
        for (label, key) in [
            ("cost input → DOM", "costInputToDom"),
            ("timeline key → DOM", "timelineKeyToDom"),
        ] {
            let n = |field: &str| number(&self.latency, &[key, field]);
            out += &format!(
                "{:<30} {:>8} {:>8} {:>8}\n",
                label,
                show(n("median"), " ms"),
                show(n("p95"), " ms"),
                n("count")
                    .map(|c| format!("{c:.0}"))
                    .unwrap_or_else(|| "—".into())
            );
        }
        out += &format!(
            "hydration, opened on a widget link (nav start → islands live, median of 5): {}\n",
            show(number(&self.latency, &["hydration", "median"]), " ms")
        );
        out += &format!(
            "hydration on demand (widget scrolled near → islands live, median of 5): {}\n",
            show(number(&self.latency, &["onDemand", "median"]), " ms")
        );
        for (moment, live, arrived) in [
            ("a second after the load", "scrollToLive", "wasmArrived"),
            (
                "the moment the page has loaded",
                "scrollToLiveAtOnce",
                "wasmArrivedAtOnce",
            ),
        ] {
            let runs = self
                .phone
                .pointer(&format!("/{live}/runs"))
                .map(Value::to_string)
                .unwrap_or_default();
            out += &format!(
                "simulated phone (390 px, 1.6 Mbps, 150 ms, 4× CPU), scrolled {moment}: scroll to the cost widget → it answers the reader's input, median of 3: {} (runs {runs}; aim < 1000 ms); the wasm had arrived {}\n",
                show(number(&self.phone, &[live, "median"]), " ms"),
                number(&self.phone, &[arrived, "median"]).map_or_else(
                    || "—".to_owned(),
                    |at| if at < 0.0 {
                        format!("{:.0} ms before the scroll", -at)
                    } else {
                        format!("{at:.0} ms after it")
                    }
                )
            );
        }
        out += &format!(
            "wasm linear memory once every island has started: {} in all, by island {}\n",
            number(&self.phone, &["memory", "total"])
                .map(|bytes| kb(bytes as usize))
                .unwrap_or_else(|| "—".into()),
            self.phone
                .pointer("/memory/instances")
                .map(Value::to_string)
                .unwrap_or_default()
        );
        out
    }

    fn json(&self) -> Result<String, String> {
        #[derive(Serialize)]
        struct File<'a> {
            file: &'a str,
            #[serde(flatten)]
            sizes: SizesJson,
        }
        #[derive(Serialize)]
        struct SizesJson {
            raw: usize,
            gzip: usize,
            brotli: usize,
        }
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Json<'a> {
            toolchain: &'a str,
            sizes: Vec<File<'a>>,
            first_screen: SizesJson,
            first_load: SizesJson,
            wasm_breakdown: &'a [Part],
            /// The wasm built without each island, and with the one that adds least alone.
            wasm_without_island: Vec<File<'a>>,
            wasm_only: File<'a>,
            lighthouse: &'a Value,
            latency: &'a Value,
            phone: &'a Value,
        }
        let sizes = |s: &Sizes| SizesJson {
            raw: s.raw,
            gzip: s.gzip,
            brotli: s.brotli,
        };
        let json = Json {
            toolchain: &self.toolchain,
            wasm_breakdown: &self.breakdown,
            phone: &self.phone,
            sizes: self
                .sizes
                .iter()
                .map(|(file, s)| File {
                    file,
                    sizes: sizes(s),
                })
                .collect(),
            first_screen: sizes(&self.first_screen),
            first_load: sizes(&self.total),
            wasm_without_island: self
                .probe
                .without
                .iter()
                .map(|(island, s)| File {
                    file: island,
                    sizes: sizes(s),
                })
                .collect(),
            wasm_only: File {
                file: &self.probe.only_smallest.0,
                sizes: sizes(&self.probe.only_smallest.1),
            },
            lighthouse: &self.lighthouse,
            latency: &self.latency,
        };
        serde_json::to_string(&json)
            .map(|text| text + "\n")
            .map_err(|error| error.to_string())
    }
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "NOT met"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_probe_gives_each_island_what_it_adds_and_the_rest_to_what_they_share() {
        let sizes = |raw, brotli| Sizes {
            raw,
            gzip: 0,
            brotli,
        };
        let probe = IslandProbe {
            all: sizes(10_240, 4_096),
            without: vec![
                ("cost".into(), sizes(9_216, 3_072)),
                ("cards".into(), sizes(10_240, 4_096)),
            ],
            only_smallest: ("cards".into(), sizes(5_120, 2_048)),
        };
        assert_eq!(probe.added(), vec![("cost", 1_024, 1_024), ("cards", 0, 0)]);
        let table = probe.table();
        let line = |label: &str| {
            table
                .lines()
                .find(|line| line.starts_with(label))
                .unwrap_or_else(|| panic!("no {label} row in\n{table}"))
                .split_whitespace()
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(line("cost"), "KB 1.0 KB 1.0");
        assert_eq!(line("the rest"), "KB 3.0 KB 9.0");
        assert_eq!(line("the wasm with only cards"), "KB 2.0 KB 5.0");
    }

    #[test]
    fn reads_numbers_from_the_bench_json() {
        let json: Value = serde_json::from_str(
            r#"{"ours":{"lcp":812.5,"failing":["a","b"]},"static":{"lcp":800}}"#,
        )
        .unwrap();
        assert_eq!(number(&json, &["ours", "lcp"]), Some(812.5));
        assert_eq!(number(&json, &["static", "lcp"]), Some(800.0));
        assert_eq!(number(&json, &["client", "lcp"]), None);
        assert_eq!(
            json.pointer("/ours/failing").unwrap().to_string(),
            r#"["a","b"]"#
        );
    }
}
