//! A static file server for dist/ on 127.0.0.1, with the MIME types browsers insist on (wasm must be
//! `application/wasm` to stream-compile) and no-cache for HTML.

use std::path::{Component, Path, PathBuf};

use tiny_http::{Header, Response, Server};

/// Serves `dir`; with `csp`, every response carries the site's Content-Security-Policy, as the
/// `_headers` file asks static hosts to do.
pub fn serve(dir: &Path, port: u16, announce: bool, csp: bool) -> Result<(), String> {
    if !dir.join("index.html").is_file() {
        return Err(format!(
            "{} has no index.html; run `cargo xtask build` first",
            dir.display()
        ));
    }
    let server = Server::http(("127.0.0.1", port))
        .map_err(|error| format!("cannot listen on 127.0.0.1:{port}: {error}"))?;
    let address = server
        .server_addr()
        .to_ip()
        .ok_or("server has no IP address")?;
    if announce {
        println!("\nr1-explainer is served at http://{address}/  (Ctrl-C stops it)");
    } else {
        println!("serving {} at http://{address}/", dir.display());
    }
    let dir = dir.to_path_buf();
    for request in server.incoming_requests() {
        // One thread per request: a client that is slow to read one response (a large wasm, a
        // stalled iframe) must never hold up the others.
        let dir = dir.clone();
        std::thread::spawn(move || respond(&dir, request, csp));
    }
    Ok(())
}

/// A server on a free loopback port, answering from a background thread until dropped.
pub struct BackgroundServer {
    pub address: std::net::SocketAddr,
    server: std::sync::Arc<Server>,
}

impl Drop for BackgroundServer {
    fn drop(&mut self) {
        // Ends the accept loop, so `cargo xtask serve` keeps no stray listener after the build.
        self.server.unblock();
    }
}

/// Serves `dir` on a free loopback port: the build photographs the finished page through it
/// (`og_image.rs`), since from `file://` Chromium refuses the stylesheets' `crossorigin` integrity
/// checks and the wasm.
pub fn serve_in_background(dir: &Path, csp: bool) -> Result<BackgroundServer, String> {
    let server = Server::http(("127.0.0.1", 0))
        .map_err(|error| format!("cannot listen on a loopback port: {error}"))?;
    let address = server
        .server_addr()
        .to_ip()
        .ok_or("server has no IP address")?;
    let server = std::sync::Arc::new(server);
    let accepting = std::sync::Arc::clone(&server);
    let dir = dir.to_path_buf();
    std::thread::spawn(move || {
        for request in accepting.incoming_requests() {
            let dir = dir.clone();
            std::thread::spawn(move || respond(&dir, request, csp));
        }
    });
    Ok(BackgroundServer { address, server })
}

fn respond(dir: &Path, request: tiny_http::Request, csp: bool) {
    let path = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_owned();
    let mut response = match resolve(dir, &path) {
        Some(file) => match std::fs::read(&file) {
            Ok(bytes) => Response::from_data(bytes)
                .with_header(header("Content-Type", content_type(&file)))
                .with_header(header("Cache-Control", cache_control(&file)))
                .with_header(header("X-Content-Type-Options", "nosniff")),
            Err(_) => not_found(),
        },
        None => not_found(),
    };
    if csp {
        response = response.with_header(header(
            "Content-Security-Policy",
            crate::build::CONTENT_SECURITY_POLICY,
        ));
    }
    let _ = request.respond(response);
}

fn not_found() -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string("not found")
        .with_status_code(404)
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("static header is valid")
}

/// Maps a URL path to a file inside `dir`, refusing anything that climbs out of it.
fn resolve(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = url_path.trim_start_matches('/');
    let relative = Path::new(decoded);
    if relative
        .components()
        .any(|part| !matches!(part, Component::Normal(_)))
    {
        return None;
    }
    let candidate = dir.join(relative);
    if candidate.is_dir() {
        let index = candidate.join("index.html");
        return index.is_file().then_some(index);
    }
    candidate.is_file().then_some(candidate)
}

fn content_type(file: &Path) -> &'static str {
    match file
        .extension()
        .and_then(|ext| ext.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn cache_control(file: &Path) -> &'static str {
    if file.extension().is_some_and(|ext| ext == "html") {
        "no-cache"
    } else {
        "public, max-age=0, must-revalidate"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_that_leave_the_folder() {
        let dir = std::env::temp_dir();
        assert_eq!(resolve(&dir, "/../etc/passwd"), None);
        assert_eq!(resolve(&dir, "/a/../../b"), None);
        assert_eq!(content_type(Path::new("x_bg.wasm")), "application/wasm");
    }
}
