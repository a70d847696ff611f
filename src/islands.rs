//! Islands: the interactive parts of the page. The prerender leaves an empty slot for each in the
//! static page and fills it with the island's own hydratable markup; in the browser each slot is
//! hydrated on its own root, so the prose never has to be compiled into the wasm.

use yew::prelude::*;

use crate::components::cost_widget::CostWidget;
use crate::components::timeline::Timeline;

/// Every island, keyed by the `data-island` attribute of its slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    CostWidget,
    Timeline,
}

impl Island {
    pub const ALL: [Island; 2] = [Island::CostWidget, Island::Timeline];

    pub fn key(self) -> &'static str {
        match self {
            Island::CostWidget => "cost",
            Island::Timeline => "timeline",
        }
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
        Island::Timeline => render::<Timeline>(),
    }
}

/// Hydrates every island slot found in the document. A slot the prerender left empty (the
/// client-only build) is rendered from scratch instead.
#[cfg(target_arch = "wasm32")]
pub fn mount_all() {
    fn mount<C: BaseComponent>(root: web_sys::Element)
    where
        C::Properties: Default,
    {
        let prerendered = root.has_child_nodes();
        let renderer = yew::Renderer::<C>::with_root(root);
        if prerendered {
            renderer.hydrate();
        } else {
            renderer.render();
        }
    }
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    for island in Island::ALL {
        let selector = format!(r#"[data-island="{}"]"#, island.key());
        let Ok(Some(root)) = document.query_selector(&selector) else {
            continue;
        };
        match island {
            Island::CostWidget => mount::<CostWidget>(root),
            Island::Timeline => mount::<Timeline>(root),
        }
    }
    if let Some(body) = document.body() {
        // Lets tests and the bench know the islands are live.
        let _ = body.set_attribute("data-hydrated", "true");
    }
}
