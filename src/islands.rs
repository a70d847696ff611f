//! Islands: the interactive parts of the page. The prerender leaves an empty slot for each in the
//! static page and fills it with the island's own hydratable markup; in the browser each slot is
//! hydrated on its own root, so the prose never has to be compiled into the wasm.

use yew::prelude::*;

/// Every island, keyed by the `data-island` attribute of its slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    CostWidget,
}

impl Island {
    pub const ALL: [Island; 1] = [Island::CostWidget];

    pub fn key(self) -> &'static str {
        match self {
            Island::CostWidget => "cost",
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
    use crate::components::cost_widget::CostWidget;
    let render = match island {
        Island::CostWidget => yew::LocalServerRenderer::<CostWidget>::new(),
    };
    futures::executor::block_on(render.hydratable(true).render())
}

/// Hydrates every island slot found in the document. A slot the prerender left empty (the
/// client-only build) is rendered from scratch instead.
#[cfg(target_arch = "wasm32")]
pub fn mount_all() {
    use crate::components::cost_widget::CostWidget;
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    for island in Island::ALL {
        let selector = format!(r#"[data-island="{}"]"#, island.key());
        let Ok(Some(root)) = document.query_selector(&selector) else {
            continue;
        };
        let prerendered = root.has_child_nodes();
        match island {
            Island::CostWidget => {
                let renderer = yew::Renderer::<CostWidget>::with_root(root);
                if prerendered {
                    renderer.hydrate();
                } else {
                    renderer.render();
                }
            }
        }
    }
    if let Some(body) = document.body() {
        // Lets tests and the bench know the islands are live.
        let _ = body.set_attribute("data-hydrated", "true");
    }
}
