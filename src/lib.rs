//! r1-explainer: the page, its islands, and the modules behind them (model, data, content).

pub mod bench;
pub mod browser;
pub mod components;
pub mod content;
pub mod data;
pub mod islands;
pub mod isolation;
pub mod model;
pub mod shared;

/// The complete static page body: the page without hydration markers, with each island slot
/// filled by the island's hydratable markup.
#[cfg(feature = "ssr")]
pub fn render_page() -> String {
    let page = yew::LocalServerRenderer::<components::page::Page>::new().hydratable(false);
    fill_islands(futures::executor::block_on(page.render()))
}

/// An embed view's body, built the same way as the page's.
#[cfg(feature = "ssr")]
pub fn render_embed(view: content::embeds::EmbedView) -> String {
    use components::embed_page::{EmbedPage, EmbedPageProps};
    // Only the whole-explainer view carries the Sources list; the widgets' views cite the full page.
    components::citation::set_sources_elsewhere(view != content::embeds::EmbedView::Explainer);
    let page = yew::LocalServerRenderer::<EmbedPage>::with_props(EmbedPageProps { view })
        .hydratable(false);
    let html = fill_islands(futures::executor::block_on(page.render()));
    components::citation::set_sources_elsewhere(false);
    html
}

#[cfg(feature = "ssr")]
fn fill_islands(mut html: String) -> String {
    for island in islands::Island::ALL {
        // Insert right after the slot's opening tag (attribute order is Yew's to choose).
        let marker = island.slot_attribute();
        let Some(at) = html.find(&marker) else {
            continue;
        };
        let Some(tag_end) = html[at..].find('>') else {
            continue;
        };
        html.insert_str(at + tag_end + 1, &islands::render_island(island));
    }
    html
}

/// Starts the browser side for the islands named in `keys` (comma-separated), each hydrated in
/// place; unknown keys are ignored. An empty list means every island in this one instance (and,
/// in the bench's client-only baseline, the whole page first, as a plain Yew app would).
#[cfg(target_arch = "wasm32")]
pub fn mount(keys: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    #[cfg(feature = "client-only")]
    if keys.is_empty() {
        if let Some(app) = document.get_element_by_id("app") {
            yew::Renderer::<components::page::Page>::with_root(app).render();
        }
    }
    // The same choice the prerender made for this page (see `citation::SOURCES_ELSEWHERE`).
    let has_sources = document.get_element_by_id("sources").is_some();
    components::citation::set_sources_elsewhere(!has_sources);
    if keys.is_empty() {
        islands::mount_all();
        return;
    }
    for island in keys.split(',').filter_map(islands::Island::from_key) {
        islands::mount(&document, island);
    }
}
