//! One cfg, `text_from_page`, for the one rule of where page text lives (src/model/page_text.rs):
//! the browser's island build reads it from the page; everything else (the prerender, the native
//! tests, and the bench's client-only baseline, which renders the whole page itself) compiles it in.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(text_from_page)");
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let client_only = std::env::var_os("CARGO_FEATURE_CLIENT_ONLY").is_some();
    if wasm && !client_only {
        println!("cargo::rustc-cfg=text_from_page");
    }
}
