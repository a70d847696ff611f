//! The one static file server of the project: a folder on 127.0.0.1, answered from background
//! threads until the `Server` is dropped, with the MIME types browsers insist on (wasm must be
//! `application/wasm` to stream-compile), no-cache for HTML, and optionally the site's
//! Content-Security-Policy. `cargo xtask serve` and `serve-dist`, the test tiers, the bench and the
//! preview image all use it. `start_as_published` also answers as the static hosts that `_headers`
//! is written for do: hashed files cached for good, and bodies compressed (brotli where the browser
//! accepts it, else gzip), which is what a reader's browser gets and the bench must measure.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use tiny_http::{Header, Response};

use crate::site;

pub struct Server {
    pub address: SocketAddr,
    server: Arc<tiny_http::Server>,
    accepting: Option<JoinHandle<()>>,
}

/// How responses are made: the site's policy or not, and as a published host would (caching and
/// compression) or plainly, every file revalidated (the end-to-end tests, which edit and rebuild).
#[derive(Clone, Copy)]
struct Mode {
    csp: bool,
    published: bool,
}

/// Compressed bodies, made once per file, content and encoding (brotli at quality 11 takes a
/// while); keyed by the content's hash too, so a rebuild under a running server is never answered
/// from the old build.
type Compressed = Arc<Mutex<HashMap<(PathBuf, String, &'static str), Arc<Vec<u8>>>>>;

impl Server {
    /// Serves `dir` on `port` (0: a free one); with `csp`, every response carries the site's
    /// Content-Security-Policy, as `_headers` asks static hosts to do.
    pub fn start(dir: &Path, port: u16, csp: bool) -> Result<Server, String> {
        Server::start_with(
            dir,
            port,
            Mode {
                csp,
                published: false,
            },
        )
    }

    /// As `start`, answering as a published host: `_headers`' caching (`site::cache_control`) and
    /// compressed bodies.
    pub fn start_as_published(dir: &Path, port: u16, csp: bool) -> Result<Server, String> {
        Server::start_with(
            dir,
            port,
            Mode {
                csp,
                published: true,
            },
        )
    }

    fn start_with(dir: &Path, port: u16, mode: Mode) -> Result<Server, String> {
        if !dir.join(site::INDEX).is_file() {
            return Err(format!(
                "{} has no {}; run `cargo xtask build` first",
                dir.display(),
                site::INDEX
            ));
        }
        let server = tiny_http::Server::http(("127.0.0.1", port))
            .map_err(|error| format!("cannot listen on 127.0.0.1:{port}: {error}"))?;
        let address = server
            .server_addr()
            .to_ip()
            .ok_or("server has no IP address")?;
        let server = Arc::new(server);
        let incoming = Arc::clone(&server);
        let dir = dir.to_path_buf();
        let compressed = Compressed::default();
        let accepting = std::thread::spawn(move || {
            for request in incoming.incoming_requests() {
                // One thread per request: a client that is slow to read one response (a large
                // wasm, a stalled iframe) must never hold up the others.
                let dir = dir.clone();
                let compressed = Arc::clone(&compressed);
                std::thread::spawn(move || respond(&dir, request, mode, &compressed));
            }
        });
        Ok(Server {
            address,
            server,
            accepting: Some(accepting),
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// Serves until the process is stopped (`cargo xtask serve`, `serve-dist`).
    pub fn wait(mut self) {
        if let Some(accepting) = self.accepting.take() {
            let _ = accepting.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Ends the accept loop, so no stray listener outlives its use.
        self.server.unblock();
    }
}

fn respond(dir: &Path, request: tiny_http::Request, mode: Mode, compressed: &Compressed) {
    let path = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_owned();
    let accepts = |encoding: &str| {
        request.headers().iter().any(|field| {
            field.field.equiv("Accept-Encoding")
                && field
                    .value
                    .as_str()
                    .split(',')
                    .any(|offered| offered.trim().split(';').next() == Some(encoding))
        })
    };
    let encoding = match (mode.published, accepts("br"), accepts("gzip")) {
        (false, _, _) => None,
        (true, true, _) => Some("br"),
        (true, false, true) => Some("gzip"),
        (true, false, false) => None,
    };
    let mut response = match resolve(dir, &path) {
        Some(file) => match std::fs::read(&file) {
            Ok(bytes) => {
                let name = file
                    .file_name()
                    .and_then(|name| name.to_str())
                    .unwrap_or("");
                let cache = if mode.published {
                    site::cache_control(name)
                } else {
                    cache_control(&file)
                };
                let body = match encoding {
                    Some(encoding) => compress(compressed, &file, encoding, bytes),
                    None => bytes,
                };
                let mut response = Response::from_data(body)
                    .with_header(header("Content-Type", content_type(&file)))
                    .with_header(header("Cache-Control", cache))
                    .with_header(header("X-Content-Type-Options", "nosniff"));
                if let Some(encoding) = encoding {
                    response = response
                        .with_header(header("Content-Encoding", encoding))
                        .with_header(header("Vary", "Accept-Encoding"));
                }
                response
            }
            Err(_) => not_found(),
        },
        None => not_found(),
    };
    if mode.csp {
        response = response.with_header(header(
            "Content-Security-Policy",
            site::CONTENT_SECURITY_POLICY,
        ));
    }
    let _ = request.respond(response);
}

/// `bytes` of `file` in `encoding`, from the cache after the first time.
fn compress(cache: &Compressed, file: &Path, encoding: &'static str, bytes: Vec<u8>) -> Vec<u8> {
    let key = (
        file.to_path_buf(),
        super::hashed_name("", &bytes, ""),
        encoding,
    );
    if let Some(done) = cache.lock().ok().and_then(|cache| cache.get(&key).cloned()) {
        return done.as_ref().clone();
    }
    let body = match encoding {
        "br" => super::brotli(&bytes),
        _ => super::gzip(&bytes),
    };
    if let Ok(mut cache) = cache.lock() {
        cache.insert(key, Arc::new(body.clone()));
    }
    body
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
        let index = candidate.join(site::INDEX);
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

    #[test]
    fn serves_a_folder_until_dropped() {
        let dir = std::env::temp_dir().join(format!("r1-server-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<p>hi</p>").unwrap();
        let server = Server::start(&dir, 0, true).unwrap();
        let mut stream = std::net::TcpStream::connect(server.address).unwrap();
        std::io::Write::write_all(
            &mut stream,
            b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        )
        .unwrap();
        let mut response = String::new();
        std::io::Read::read_to_string(&mut stream, &mut response).unwrap();
        assert!(response.starts_with("HTTP/1.1 200"));
        assert!(response.contains("Content-Security-Policy: default-src 'self'"));
        assert!(response.ends_with("<p>hi</p>"));
        drop(server);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn as_published_it_compresses_and_caches_hashed_files_for_good() {
        let dir = std::env::temp_dir().join(format!("r1-published-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<p>hi</p>").unwrap();
        let wasm = "x".repeat(10_000);
        std::fs::write(dir.join("a-0123456789abcdef_bg.wasm"), &wasm).unwrap();
        let server = Server::start_as_published(&dir, 0, true).unwrap();
        let get = |path: &str, encodings: &str| {
            let mut stream = std::net::TcpStream::connect(server.address).unwrap();
            let request = format!("GET {path} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: {encodings}\r\nConnection: close\r\n\r\n");
            std::io::Write::write_all(&mut stream, request.as_bytes()).unwrap();
            let mut response = Vec::new();
            std::io::Read::read_to_end(&mut stream, &mut response).unwrap();
            response
        };
        let response = get("/a-0123456789abcdef_bg.wasm", "gzip, deflate, br");
        let text = String::from_utf8_lossy(&response);
        assert!(text.contains("Content-Encoding: br"), "{text}");
        assert!(text.contains("Cache-Control: public, max-age=31536000, immutable"));
        assert!(
            response.len() < 1_000,
            "compressed: {} bytes",
            response.len()
        );
        let response = get("/a-0123456789abcdef_bg.wasm", "gzip");
        assert!(String::from_utf8_lossy(&response).contains("Content-Encoding: gzip"));
        let page = String::from_utf8_lossy(&get("/", "identity")).into_owned();
        assert!(page.contains("Cache-Control: no-cache") && !page.contains("Content-Encoding"));
        drop(server);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
