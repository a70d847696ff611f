//! Native prerender: fills the `<div id="app">` of Trunk's `dist/index.html` with the rendered page,
//! so every section is in the HTML before any script runs.
//!
//! Usage: `prerender <dist/index.html>` (rewrites the file in place).

use std::process::ExitCode;

const APP_ROOT: &str = r#"<div id="app"></div>"#;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <path to dist/index.html>");
        return ExitCode::FAILURE;
    };
    let shell = match std::fs::read_to_string(&path) {
        Ok(shell) => shell,
        Err(error) => {
            eprintln!("prerender: cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    if shell.matches(APP_ROOT).count() != 1 {
        eprintln!("prerender: {path} must contain exactly one empty {APP_ROOT}");
        return ExitCode::FAILURE;
    }
    let body = r1_explainer::render_page();
    let page = shell.replacen(APP_ROOT, &format!(r#"<div id="app">{body}</div>"#), 1);
    if let Err(error) = std::fs::write(&path, page) {
        eprintln!("prerender: cannot write {path}: {error}");
        return ExitCode::FAILURE;
    }
    println!("prerender: wrote {} bytes of page into {path}", body.len());
    ExitCode::SUCCESS
}
