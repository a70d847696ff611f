//! The public address reaches the page's citations only as the build hands it over: xtask's
//! `site::public_url` reads and checks `PUBLIC_URL` and passes it on with its final `/`; the
//! prerender takes that value and nothing else. Its own binary, because it sets the process's
//! environment, which the render tests' threads would otherwise share.
#![cfg(feature = "ssr")]

#[test]
fn citations_use_the_address_the_build_hands_over_and_nothing_else() {
    std::env::set_var("PUBLIC_URL", "https://example.org/r1/");
    let page = r1_explainer::render_page();
    assert!(
        page.contains("https://example.org/r1/"),
        "the citation names the public copy"
    );
    // A value the build did not write (xtask always ends it with `/`) is not taken as an address.
    std::env::set_var("PUBLIC_URL", "https://example.org/r1");
    let page = r1_explainer::render_page();
    assert!(!page.contains("https://example.org/r1"));
    std::env::remove_var("PUBLIC_URL");
    assert!(!r1_explainer::render_page().contains("example.org"));
}
