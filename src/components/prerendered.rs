//! Markup an island never changes: written in full by the prerender, and in the browser left as
//! the prerendered DOM, so the wasm carries neither the code that builds it nor its words.
//!
//! In the browser build a fixed part is a Yew raw node with no HTML of its own. Hydrating a raw
//! node claims the nodes between its two markers without reading them, and a raw node that is
//! equal on the next render is left alone, so the prerendered nodes stay as they are for the life
//! of the island. The prerender writes those markers around the real markup: Yew only writes them
//! around a raw node's own string, so `as_prerendered` brackets the markup with two sentinel raw nodes and
//! [`seal`] turns them into the opening and closing markers.
//!
//! A fixed part must hold no listener, no state and nothing a later render may change. It must
//! stand in the same place in every render, or in a branch the island leaves for good (the
//! timeline's view before it is live): a branch entered again would come back empty, since in the
//! browser a fixed part has no markup to build. The client-only baseline of the bench renders it
//! in full, as a plain Yew app would.

use yew::prelude::*;

/// Where the prerender opens and closes a fixed part, before [`seal`] (comments, so that a page
/// that skipped `seal` would still read the same).
#[cfg(feature = "ssr")]
const OPEN: &str = "<!--r1:fixed-->";
#[cfg(feature = "ssr")]
const CLOSE: &str = "<!--r1:/fixed-->";

/// The markup `build` returns, fixed after the prerender (see the module's comment).
#[cfg(feature = "ssr")]
pub fn as_prerendered(build: impl FnOnce() -> Html) -> Html {
    html! {
        <>
            { Html::from_html_unchecked(AttrValue::Static(OPEN)) }
            { build() }
            { Html::from_html_unchecked(AttrValue::Static(CLOSE)) }
        </>
    }
}

/// In the hydrating browser build `build` never runs: the prerendered nodes are the markup.
#[cfg(all(feature = "hydration", not(feature = "ssr")))]
pub fn as_prerendered(_build: impl FnOnce() -> Html) -> Html {
    Html::from_html_unchecked(AttrValue::Static(""))
}

/// Without hydration (the client-only baseline, native unit tests) the markup is built as usual.
#[cfg(not(any(feature = "ssr", feature = "hydration")))]
pub fn as_prerendered(build: impl FnOnce() -> Html) -> Html {
    build()
}

/// Yew's markers around a raw node in hydratable markup (`Collectable::Raw` in yew 0.23).
#[cfg(feature = "ssr")]
const RAW_OPEN: &str = "<!--<#>-->";
#[cfg(feature = "ssr")]
const RAW_CLOSE: &str = "<!--</#>-->";

/// The prerender's markup with every fixed part sealed: in hydratable markup each part's two
/// sentinel raw nodes become one raw node's opening and closing markers around the part; in the
/// static page (no markers) the sentinels are dropped.
#[cfg(feature = "ssr")]
pub fn seal(html: &str) -> String {
    html.replace(&format!("{RAW_OPEN}{OPEN}{RAW_CLOSE}"), RAW_OPEN)
        .replace(&format!("{RAW_OPEN}{CLOSE}{RAW_CLOSE}"), RAW_CLOSE)
        .replace(OPEN, "")
        .replace(CLOSE, "")
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[yew::component]
    fn Sample() -> Html {
        html! { <p>{ "live" }{ as_prerendered(|| html! { <b>{ "kept" }</b> }) }</p> }
    }

    fn render(hydratable: bool) -> String {
        futures::executor::block_on(
            yew::LocalServerRenderer::<Sample>::new()
                .hydratable(hydratable)
                .render(),
        )
    }

    #[test]
    fn hydratable_markup_holds_the_part_between_one_raw_nodes_markers() {
        let html = seal(&render(true));
        assert!(
            html.contains("<!--<#>--><b>kept</b><!--</#>-->"),
            "Yew's raw-node markers (or its SSR) changed: {html}"
        );
        assert!(!html.contains("r1:"), "{html}");
    }

    #[test]
    fn static_markup_holds_the_part_without_markers() {
        let html = seal(&render(false));
        assert!(html.contains("<p>live<b>kept</b></p>"), "{html}");
    }
}
