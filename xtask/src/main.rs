//! `cargo xtask <command>`: the project's only entry points. Each command installs what it needs
//! first (see `tools.rs`), so a fresh machine with rustup's Rust is enough. The build itself is
//! `pipeline::run`, in `pipeline/mod.rs`.

mod bench;
mod minify;
mod pipeline;
mod screenshots;
mod scripts;
mod site;
mod test;
mod toolchain;
mod tools;
mod util;
mod wasm_breakdown;

use std::path::PathBuf;
use std::process::ExitCode;

use util::server::Server;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  serve [--port N]   install what is missing, build the site and serve dist/ on 127.0.0.1 (default port 8080)
  build [--stable]   install what is missing and write the finished site to dist/ (the wasm with the
                     pinned nightly's size settings where it can be had); --stable builds the stable
                     fallback into target/dist-stable instead
  test               install what is missing and run every test tier (xtask, native, render, wasm, end-to-end)
  e2e [FILE...]      run end-to-end test files (default: all of tests/e2e/) against the dist/ built now
  screenshots        build, then regenerate the README's pictures (docs/*.png) from the built site
  bench [--stable]   measure sizes, Lighthouse, interaction latency and hydration against a static
                     copy and a client-only build; writes target/bench/bench.json
  size [--stable] [--top N] [--islands]
                     the built wasm's size and what it is made of (dist/, or target/dist-stable),
                     and its N largest functions, without the browser measurements; --islands
                     also builds the wasm without each island in turn (a few minutes) to show
                     what each adds
  serve-dist [--port N] [--dir D] [--csp] [--published]
                     serve an already built folder without building (used by the end-to-end tests);
                     --published answers as a static host would (caching and compression)
  offline-files --dir D
                     rewrite the service worker, manifest, icons and single-file edition of a built
                     folder from the files now in it (the end-to-end update test edits a copy)
  chromium-flags     print the flags every headless Chromium of the project runs with (the node
                     scripts read them from CHROMIUM_FLAGS)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => port_arg(&args).and_then(|port| {
            let dist = pipeline::run(&pipeline::Options::site())?;
            let server = Server::start_as_published(&dist.dir, port, true)?;
            println!(
                "\nr1-explainer is served at {}  (Ctrl-C stops it)",
                server.url()
            );
            server.wait();
            Ok(())
        }),
        Some("serve-dist") => port_arg(&args).and_then(|port| {
            let dir = option(&args, "--dir")
                .map(PathBuf::from)
                .unwrap_or_else(|| util::root().join("dist"));
            let csp = args.iter().any(|arg| arg == "--csp");
            let server = if args.iter().any(|arg| arg == "--published") {
                Server::start_as_published(&dir, port, csp)?
            } else {
                Server::start(&dir, port, csp)?
            };
            println!("serving {} at {}", dir.display(), server.url());
            server.wait();
            Ok(())
        }),
        Some("build") => pipeline::run(&match wanted_toolchain(&args) {
            toolchain::Wanted::Stable => pipeline::Options::stable_fallback(),
            toolchain::Wanted::SmallestAvailable => pipeline::Options::site(),
        })
        .map(drop),
        Some("offline-files") => option(&args, "--dir")
            .ok_or_else(|| format!("offline-files needs --dir D\n\n{USAGE}"))
            .and_then(|dir| pipeline::rewrite_offline_files(std::path::Path::new(dir))),
        Some("test") => test::test_all(),
        Some("e2e") => test::end_to_end_only(&args[1..]),
        Some("bench") => bench::bench(wanted_toolchain(&args)),
        Some("size") => bench::size(wanted_toolchain(&args)),
        Some("screenshots") => screenshots::screenshots(),
        Some("chromium-flags") => {
            println!("{}", site::chromium_flags_env());
            Ok(())
        }
        Some("help" | "--help" | "-h") | None => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|arg| arg == name)
        .and_then(|index| args.get(index + 1))
        .map(String::as_str)
}

/// `--stable`: build the wasm with the stable toolchain even where the nightly size build could be
/// had (to measure or try the fallback).
fn wanted_toolchain(args: &[String]) -> toolchain::Wanted {
    if args.iter().any(|arg| arg == "--stable") {
        toolchain::Wanted::Stable
    } else {
        toolchain::Wanted::SmallestAvailable
    }
}

fn port_arg(args: &[String]) -> Result<u16, String> {
    match option(args, "--port") {
        None => Ok(8080),
        Some(text) => text
            .parse()
            .map_err(|_| format!("--port needs a number from 0 to 65535, not `{text}`")),
    }
}
