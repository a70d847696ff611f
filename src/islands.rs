//! Islands: the interactive parts of the page. The prerender leaves an empty slot for each in the
//! static page and fills it with the island's own hydratable markup; in the browser each slot is
//! hydrated on its own root, so the prose never has to be compiled into the wasm.

use yew::prelude::*;

// Only the prerender (ssr) and the browser build (wasm32) render islands.
#[cfg(any(feature = "ssr", target_arch = "wasm32"))]
use crate::components::{
    benchmark_chart::BenchmarkChart, cost_widget::CostWidget, price_chart::PriceChart,
    source_cards::SourceCards, timeline::Timeline, training_panel::TrainingPanel,
};

/// Every island, keyed by the `data-island` attribute of its slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    CostWidget,
    Training,
    Timeline,
    PriceChart,
    BenchmarkChart,
    /// The source card behind every figure, in the prose and in the other islands alike.
    SourceCards,
}

impl Island {
    /// In mounting order, one per task: the source cards last, as nothing of them shows until a
    /// reader reaches for a figure.
    pub const ALL: [Island; 6] = [
        Island::CostWidget,
        Island::Training,
        Island::Timeline,
        Island::PriceChart,
        Island::BenchmarkChart,
        Island::SourceCards,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Island::CostWidget => "cost",
            Island::Training => "training",
            Island::Timeline => "timeline",
            Island::PriceChart => "prices",
            Island::BenchmarkChart => "benchmarks",
            Island::SourceCards => "cards",
        }
    }

    /// The island whose slot carries `key`, if any (the key comes from the loader, i.e. the page).
    pub fn from_key(key: &str) -> Option<Island> {
        Island::ALL.into_iter().find(|island| island.key() == key)
    }

    /// The attribute that marks the island's slot in the static page.
    pub fn slot_attribute(self) -> String {
        format!(r#"data-island="{}""#, self.key())
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandSlotProps {
    pub island: Island,
}

/// The placeholder the static page renders where an island goes.
#[component]
pub fn IslandSlot(props: &IslandSlotProps) -> Html {
    html! { <div class="island" data-island={props.island.key()}></div> }
}

/// Renders one island's hydratable markup (the part the browser will hydrate).
#[cfg(feature = "ssr")]
pub fn render_island(island: Island) -> String {
    fn render<C: BaseComponent>() -> String
    where
        C::Properties: Default,
    {
        futures::executor::block_on(
            yew::LocalServerRenderer::<C>::new()
                .hydratable(true)
                .render(),
        )
    }
    match island {
        Island::CostWidget => render::<CostWidget>(),
        Island::Training => render::<TrainingPanel>(),
        Island::Timeline => render::<Timeline>(),
        Island::PriceChart => render::<PriceChart>(),
        Island::BenchmarkChart => render::<BenchmarkChart>(),
        Island::SourceCards => render::<SourceCards>(),
    }
}

/// Hydrates (or, in a slot the prerender left empty, renders) one island. The cost and timeline
/// embeds show figures but not the page around them, where the cards' slot is: they get an empty
/// one, which is rendered rather than hydrated.
#[cfg(target_arch = "wasm32")]
pub fn mount(document: &web_sys::Document, island: Island) {
    fn mount<C: BaseComponent>(root: web_sys::Element)
    where
        C::Properties: Default,
    {
        #[cfg(feature = "hydration")]
        if root.has_child_nodes() {
            yew::Renderer::<C>::with_root(root).hydrate();
            return;
        }
        yew::Renderer::<C>::with_root(root).render();
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
    match island {
        Island::CostWidget => mount::<CostWidget>(root),
        Island::Training => mount::<TrainingPanel>(root),
        Island::Timeline => mount::<Timeline>(root),
        Island::PriceChart => mount::<PriceChart>(root),
        Island::BenchmarkChart => mount::<BenchmarkChart>(root),
        Island::SourceCards => mount::<SourceCards>(root),
    }
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
        mount(&document, island);
        gloo::timers::callback::Timeout::new(0, move || mount_from(document, index + 1)).forget();
    }
    mount_from(document, 0);
}
