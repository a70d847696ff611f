//! Where the islands meet the page: at build time, each island's hydratable markup rendered into
//! its slot of the static page (and of each embed view); in the browser, each island hydrated on
//! the slot it was prerendered in, one per task, behind its panic guard.

// Only the prerender (ssr) and the browser build (wasm32) render islands.
#[cfg(any(feature = "ssr", target_arch = "wasm32"))]
use yew::BaseComponent;

#[cfg(any(feature = "ssr", target_arch = "wasm32"))]
use crate::components;
#[cfg(any(feature = "ssr", target_arch = "wasm32"))]
use crate::components::{
    benchmark_chart::BenchmarkChart, cost_widget::CostWidget, price_chart::PriceChart,
    source_cards::SourceCards, timeline::Timeline, training_panel::TrainingPanel,
};
#[cfg(feature = "ssr")]
use crate::content;
#[cfg(any(feature = "ssr", target_arch = "wasm32"))]
use crate::island::Island;

/// The complete static page body: the page without hydration markers, with each island slot
/// filled by the island's hydratable markup.
#[cfg(feature = "ssr")]
pub fn render_page() -> String {
    let page = yew::LocalServerRenderer::<components::page::Page>::new().hydratable(false);
    fill_islands(components::prerendered::seal(&futures::executor::block_on(
        page.render(),
    )))
}

/// An embed view's body, built the same way as the page's.
#[cfg(feature = "ssr")]
pub fn render_embed(view: content::embeds::EmbedView) -> String {
    use components::embed_page::{EmbedPage, EmbedPageProps};
    // Only the whole-explainer view carries the Sources list; the widgets' views cite the full page.
    components::citation::set_sources_elsewhere(view != content::embeds::EmbedView::Explainer);
    let page = yew::LocalServerRenderer::<EmbedPage>::with_props(EmbedPageProps { view })
        .hydratable(false);
    let html = fill_islands(components::prerendered::seal(&futures::executor::block_on(
        page.render(),
    )));
    components::citation::set_sources_elsewhere(false);
    html
}

#[cfg(feature = "ssr")]
fn fill_islands(mut html: String) -> String {
    for island in Island::ALL {
        // Insert right after the slot's opening tag (attribute order is Yew's to choose).
        let marker = island.slot_attribute();
        let Some(at) = html.find(&marker) else {
            continue;
        };
        let Some(tag_end) = html[at..].find('>') else {
            continue;
        };
        html.insert_str(at + tag_end + 1, &render_island(island));
    }
    html
}

/// The page text the islands read in the browser instead of carrying it (`model::page_text`),
/// from the same data the prerendered page shows; the prerender writes it as JSON.
#[cfg(feature = "ssr")]
pub fn page_text() -> crate::model::page_text::PageText {
    use crate::model::page_text::{FactText, KeyedText, PageText, SourceText};
    let keyed = |id: &str, text| KeyedText {
        id: id.to_owned(),
        text,
    };
    let data = &crate::data::facts::FACTS;
    PageText {
        lang: crate::model::locale::current().lang().to_owned(),
        words: Vec::new(),
        facts: data
            .iter()
            .map(|fact| FactText {
                id: fact.id.to_owned(),
                label: fact.label(),
                caveat: fact.caveat(),
            })
            .collect(),
        sources: crate::data::sources::SOURCES
            .iter()
            .map(|source| SourceText {
                id: source.id.to_owned(),
                title: source.title(),
                publisher: source.publisher(),
                url: source.url(),
            })
            .collect(),
        events: crate::data::events::EVENTS
            .iter()
            .map(|event| keyed(event.key, event.summary()))
            .collect(),
        terms: content::glossary::TERMS
            .iter()
            .map(|term| keyed(term.id, term.definition()))
            .collect(),
    }
}

/// What is done with an island's component: rendered by the prerender, or mounted in the
/// browser. `BUILT_IN` is `Island::built_in`, a constant: a mount of an island that the bench's size
/// probe leaves out is not linked at all, and its slot keeps the prerendered view.
#[cfg(any(feature = "ssr", target_arch = "wasm32"))]
trait WithComponent {
    type Output;
    fn with<C: BaseComponent, const BUILT_IN: bool>(self) -> Self::Output
    where
        C::Properties: Default;
}

/// Each island's component: the one place an island meets its view (a new island fails to
/// compile until it has its line here).
#[cfg(any(feature = "ssr", target_arch = "wasm32"))]
fn with_component<T: WithComponent>(island: Island, then: T) -> T::Output {
    match island {
        Island::CostWidget => then.with::<CostWidget, { Island::CostWidget.built_in() }>(),
        Island::Training => then.with::<TrainingPanel, { Island::Training.built_in() }>(),
        Island::Timeline => then.with::<Timeline, { Island::Timeline.built_in() }>(),
        Island::PriceChart => then.with::<PriceChart, { Island::PriceChart.built_in() }>(),
        Island::BenchmarkChart => {
            then.with::<BenchmarkChart, { Island::BenchmarkChart.built_in() }>()
        }
        Island::SourceCards => then.with::<SourceCards, { Island::SourceCards.built_in() }>(),
    }
}

/// Renders one island's hydratable markup (the part the browser will hydrate).
#[cfg(feature = "ssr")]
pub fn render_island(island: Island) -> String {
    struct Render;
    impl WithComponent for Render {
        type Output = String;
        fn with<C: BaseComponent, const BUILT_IN: bool>(self) -> String
        where
            C::Properties: Default,
        {
            components::prerendered::seal(&futures::executor::block_on(
                yew::LocalServerRenderer::<C>::new()
                    .hydratable(true)
                    .render(),
            ))
        }
    }
    with_component(island, Render)
}

/// Starts the browser side for the islands named in `keys` (comma-separated), each hydrated in
/// place, with `text` (the decoded page text, see `model::page_text`); unknown keys are ignored. An empty list means every island in this one instance (and,
/// in the bench's client-only baseline, the whole page first, as a plain Yew app would).
#[cfg(target_arch = "wasm32")]
pub fn mount(keys: &str, text: wasm_bindgen::JsValue) {
    // Typed, or not at all: a file of another shape counts as missing (`model::page_text`).
    let mut decoded: Option<crate::model::page_text::PageText> =
        serde_wasm_bindgen::from_value(text).ok();
    // The page's edition, as the prerender rendered it, so hydration finds the same words.
    if let Some((locale, words)) = decoded.as_mut().map(|text| text.edition()) {
        crate::model::locale::set(locale, words);
    }
    crate::model::page_text::load(decoded);
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
        mount_all();
        return;
    }
    for island in keys.split(',').filter_map(Island::from_key) {
        mount_island(&document, island);
    }
}

/// Hydrates (or, in a slot the prerender left empty, renders) one island. The cost and timeline
/// embeds show figures but not the page around them, where the cards' slot is: they get an empty
/// one, which is rendered rather than hydrated.
#[cfg(target_arch = "wasm32")]
fn mount_island(document: &web_sys::Document, island: Island) {
    struct Mount(web_sys::Element);
    impl WithComponent for Mount {
        type Output = ();
        fn with<C: BaseComponent, const BUILT_IN: bool>(self)
        where
            C::Properties: Default,
        {
            if !BUILT_IN {
                return;
            }
            #[cfg(feature = "hydration")]
            if self.0.has_child_nodes() {
                yew::Renderer::<C>::with_root(self.0).hydrate();
                return;
            }
            yew::Renderer::<C>::with_root(self.0).render();
        }
    }
    fn new_slot(document: &web_sys::Document, island: Island) -> Option<web_sys::Element> {
        let slot = document.create_element("div").ok()?;
        slot.set_class_name("island");
        slot.set_attribute("data-island", island.key()).ok()?;
        document.body()?.append_child(&slot).ok()?;
        Some(slot)
    }
    let selector = format!(r#"[data-island="{}"]"#, island.key());
    let root = match (document.query_selector(&selector).ok().flatten(), island) {
        (None, Island::SourceCards) => new_slot(document, island),
        (root, _) => root,
    };
    let Some(root) = root else {
        return;
    };
    crate::isolation::guard(island);
    crate::isolation::listen_for_test_panic(&root, island);
    with_component(island, Mount(root));
}

/// Every island in this one instance, one per task, then marks `<body data-hydrated>`. The
/// loader does not use this for the page (it gives each island an instance of its own); it is for
/// the single-file edition and the bench's client-only baseline, where one instance runs all.
#[cfg(target_arch = "wasm32")]
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    // One island per task: the main thread is free for input between them, which keeps
    // Lighthouse's total blocking time down on slow phones.
    fn mount_from(document: web_sys::Document, index: usize) {
        let Some(island) = Island::ALL.get(index).copied() else {
            if let Some(body) = document.body() {
                // Lets tests and the bench know the islands are live.
                let _ = body.set_attribute("data-hydrated", "true");
            }
            return;
        };
        mount_island(&document, island);
        gloo::timers::callback::Timeout::new(0, move || mount_from(document, index + 1)).forget();
    }
    mount_from(document, 0);
}
