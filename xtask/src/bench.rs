//! `cargo xtask bench`: sizes, Lighthouse, interaction latency and hydration time, measured side by
//! side in one run against two baselines: a static copy of the page (every script removed: the
//! physical limit) and a client-only build (the whole page rendered by the wasm, as a plain Yew
//! app would). Prints one table and writes it as JSON to target/bench/bench.json.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::build::{self, finish_html};
use crate::root;
use crate::tools::{self, run};

/// Raw, gzip -9 and brotli (quality 11) sizes in bytes.
#[derive(Clone, Copy)]
pub struct Sizes {
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

pub fn compressed_sizes(bytes: &[u8]) -> Sizes {
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = gzip.write_all(bytes);
    let gzip = gzip.finish().map(|out| out.len()).unwrap_or(0);
    let mut brotli_out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut brotli_out, &params);
    Sizes {
        raw: bytes.len(),
        gzip,
        brotli: brotli_out.len(),
    }
}

/// Whether the reader of the first screen downloads a file, or only a reader who comes near a
/// widget (the loader starts the wasm on demand; see `build::boot_script`).
pub fn on_demand(label: &str) -> bool {
    matches!(label, "wasm" | "js glue")
}

/// The files of a first load, by kind: (label, path). The wasm and its glue are among them but
/// fetched on demand (`on_demand`).
pub fn first_load_files(dist: &Path) -> Result<Vec<(&'static str, PathBuf)>, String> {
    let find = |predicate: &dyn Fn(&str) -> bool| -> Option<PathBuf> {
        std::fs::read_dir(dist)
            .ok()?
            .flatten()
            .map(|entry| entry.path())
            .find(|path| {
                path.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(predicate)
            })
    };
    let mut files = vec![("html", dist.join("index.html"))];
    files.push((
        "wasm",
        find(&|name| name.ends_with("_bg.wasm")).ok_or("no wasm in dist/")?,
    ));
    files.push((
        "js glue",
        find(&|name| name.starts_with("r1-explainer-") && name.ends_with(".js"))
            .ok_or("no JS glue in dist/")?,
    ));
    files.push((
        "js loader",
        find(&|name| name.starts_with("boot-") && name.ends_with(".js"))
            .ok_or("no loader in dist/")?,
    ));
    files.push(("js theme", dist.join("theme.js")));
    for entry in std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .flatten()
    {
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "css") {
            files.push(("css", path));
        }
    }
    Ok(files)
}

pub fn bench() -> Result<(), String> {
    build::build()?;
    let dist = root().join("dist");
    let out = root().join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;

    // Sizes of the shipped build.
    let mut size_rows = Vec::new();
    let mut total = Sizes {
        raw: 0,
        gzip: 0,
        brotli: 0,
    };
    let mut first_screen = Sizes { ..total };
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
    copy_dir(&dist, &static_dir)?;
    let html = std::fs::read_to_string(static_dir.join("index.html")).map_err(|e| e.to_string())?;
    std::fs::write(static_dir.join("index.html"), strip_scripts(&html))
        .map_err(|e| e.to_string())?;

    // Baseline (b): client-only, and the bench build with performance marks.
    let client_dir = out.join("client");
    // Left exactly as Trunk writes it (preloads, inline loader): what a plain Yew app ships.
    trunk_variant("client-only", &client_dir)?;
    let marks_dir = out.join("marks");
    trunk_variant("hydration,bench", &marks_dir)?;
    run(Command::new("cargo")
        .args([
            "run",
            "--quiet",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
        ])
        .arg(marks_dir.join("index.html"))
        .current_dir(root()))?;
    finish_html(&marks_dir.join("index.html"))?;

    tools::ensure_bench_packages()?;
    let browser = tools::ensure_browser()?;
    let servers = [
        ("ours", dist.clone()),
        ("static", static_dir),
        ("client", client_dir),
        ("marks", marks_dir),
    ]
    .into_iter()
    .map(|(name, dir)| Server::start(name, &dir))
    .collect::<Result<Vec<_>, _>>()?;
    let url = |name: &str| {
        servers
            .iter()
            .find(|server| server.name == name)
            .map(|server| server.url.clone())
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
    drop(servers);

    let report = Report {
        sizes: size_rows,
        total,
        first_screen,
        lighthouse,
        latency,
    };
    let table = report.table();
    println!("\n{table}");
    std::fs::write(out.join("bench.json"), report.json()).map_err(|e| e.to_string())?;
    std::fs::write(out.join("bench.txt"), &table).map_err(|e| e.to_string())?;
    println!("xtask: wrote target/bench/bench.json and target/bench/bench.txt");
    Ok(())
}

/// Builds the site with other cargo features into `dist`, from a copy of index.html.
fn trunk_variant(features: &str, dist: &Path) -> Result<(), String> {
    let source = std::fs::read_to_string(root().join("index.html")).map_err(|e| e.to_string())?;
    let variant = source.replace(
        r#"data-cargo-features="hydration""#,
        &format!(r#"data-cargo-features="{features}""#),
    );
    if variant == source {
        return Err(
            "index.html no longer has data-cargo-features=\"hydration\"; update xtask/src/bench.rs"
                .into(),
        );
    }
    let html = root().join(format!("index-{}.html", features.replace(',', "-")));
    std::fs::write(&html, variant).map_err(|e| e.to_string())?;
    let result = run(Command::new("trunk")
        .args(["build", "--release", "--offline", "--dist"])
        .arg(dist)
        .arg(&html)
        .env("PATH", tools::tool_path())
        .current_dir(root()));
    let _ = std::fs::remove_file(&html);
    result
}

/// Removes every `<script …>…</script>` (and module preloads) from a page.
pub fn strip_scripts(html: &str) -> String {
    let mut out = html.to_owned();
    while let Some(start) = out.find("<script") {
        let Some(end) = out[start..].find("</script>") else {
            break;
        };
        out.replace_range(start..start + end + "</script>".len(), "");
    }
    out
}

pub fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(from)
        .map_err(|e| e.to_string())?
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()))?;
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

fn node_json(command: &mut Command) -> Result<Json, String> {
    let output = command
        .current_dir(root().join("tests/bench"))
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!("`{}` failed", tools::describe(command)));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let line = text
        .lines()
        .rev()
        .find(|line| line.starts_with('{'))
        .ok_or("no JSON from the bench script")?;
    Ok(Json(line.to_owned()))
}

/// A JSON document kept as text; values are read with a tiny path lookup (xtask needs only
/// numbers out of two known documents, not a JSON library).
struct Json(String);

impl Json {
    /// The number at `"a"."b"` (each key looked up after the previous one).
    fn number(&self, path: &[&str]) -> Option<f64> {
        let mut rest = self.0.as_str();
        for key in path {
            let at = rest.find(&format!("\"{key}\":"))?;
            rest = &rest[at + key.len() + 3..];
        }
        let end = rest.find([',', '}', ']']).unwrap_or(rest.len());
        rest[..end].trim().parse().ok()
    }

    fn strings(&self, path: &[&str]) -> String {
        let mut rest = self.0.as_str();
        for key in path {
            let Some(at) = rest.find(&format!("\"{key}\":")) else {
                return String::new();
            };
            rest = &rest[at + key.len() + 3..];
        }
        rest.find(']')
            .map(|end| rest[..end + 1].to_owned())
            .unwrap_or_default()
    }
}

struct Report {
    sizes: Vec<(&'static str, Sizes)>,
    total: Sizes,
    first_screen: Sizes,
    lighthouse: Json,
    latency: Json,
}

pub const WASM_BUDGET: usize = 90 * 1024;
const FIRST_LOAD_BUDGET: usize = 150 * 1024;

impl Report {
    fn table(&self) -> String {
        let kb = |bytes: usize| format!("{:.1} KB", bytes as f64 / 1024.0);
        let mut out = String::from("SIZES                       raw        gzip -9    brotli\n");
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

        out += "LIGHTHOUSE (mobile, median of 3)   ours  ours+link    static  client-only\n";
        let metric = |page: &str, key: &str| self.lighthouse.number(&[page, key]);
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
            "failing audits (ours): {}\n\n",
            self.lighthouse.strings(&["ours", "failing"])
        );

        out += "INTERACTION (4x CPU throttling)   median     p95      count\n";
        for (label, key) in [
            ("cost input → DOM", "costInputToDom"),
            ("timeline key → DOM", "timelineKeyToDom"),
        ] {
            let n = |field: &str| self.latency.number(&[key, field]);
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
            show(self.latency.number(&["hydration", "median"]), " ms")
        );
        out += &format!(
            "hydration on demand (widget scrolled near → islands live, median of 5): {}\n",
            show(self.latency.number(&["onDemand", "median"]), " ms")
        );
        out
    }

    fn json(&self) -> String {
        let sizes = self
            .sizes
            .iter()
            .map(|(label, s)| {
                format!(
                    r#"{{"file":"{label}","raw":{},"gzip":{},"brotli":{}}}"#,
                    s.raw, s.gzip, s.brotli
                )
            })
            .collect::<Vec<_>>()
            .join(",");
        format!(
            r#"{{"sizes":[{sizes}],"firstScreen":{{"raw":{},"gzip":{},"brotli":{}}},"firstLoad":{{"raw":{},"gzip":{},"brotli":{}}},"lighthouse":{},"latency":{}}}"#,
            self.first_screen.raw,
            self.first_screen.gzip,
            self.first_screen.brotli,
            self.total.raw,
            self.total.gzip,
            self.total.brotli,
            self.lighthouse.0,
            self.latency.0
        ) + "\n"
    }
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "NOT met"
    }
}

/// A loopback server for one folder, stopped when dropped.
struct Server {
    name: &'static str,
    url: String,
    child: Child,
}

impl Server {
    fn start(name: &'static str, dir: &Path) -> Result<Server, String> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .map_err(|e| e.to_string())?;
        let child = Command::new(std::env::current_exe().map_err(|e| e.to_string())?)
            .args(["serve-dist", "--port", &port.to_string(), "--dir"])
            .arg(dir)
            .stdout(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start a server for {name}: {e}"))?;
        std::thread::sleep(std::time::Duration::from_millis(300));
        Ok(Server {
            name,
            url: format!("http://127.0.0.1:{port}/"),
            child,
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_every_script() {
        let html = r#"<head><script type="module" src="a.js"></script></head><body><p>x</p><script>1</script></body>"#;
        assert_eq!(strip_scripts(html), "<head></head><body><p>x</p></body>");
    }

    #[test]
    fn reads_numbers_from_the_bench_json() {
        let json =
            Json(r#"{"ours":{"lcp":812.5,"failing":["a","b"]},"static":{"lcp":800}}"#.into());
        assert_eq!(json.number(&["ours", "lcp"]), Some(812.5));
        assert_eq!(json.number(&["static", "lcp"]), Some(800.0));
        assert_eq!(json.number(&["client", "lcp"]), None);
        assert_eq!(json.strings(&["ours", "failing"]), r#"["a","b"]"#);
    }

    #[test]
    fn compression_shrinks_repetitive_text() {
        let sizes = compressed_sizes("abc".repeat(1000).as_bytes());
        assert_eq!(sizes.raw, 3000);
        assert!(sizes.gzip < 100 && sizes.brotli < 100);
    }
}
