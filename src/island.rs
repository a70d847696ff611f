//! The islands, named: the `Island` enum, each island's key in the page (`data-island`), and the
//! empty slot the static page renders where one goes. A leaf: it imports nothing of the crate, so
//! the page, the components and the panic guard can all name an island without a cycle.

use yew::prelude::*;

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
