//! The islands, named: the `Island` enum, each island's key in the page (`data-island`), and the
//! empty slot the static page renders where one goes. A leaf: it imports nothing of the crate, so
//! the page, the components and the panic guard can all name an island without a cycle.

use yew::prelude::*;

/// Declares `Island` from one list: each island with the key of its slot, in mounting order. The
/// list is also `Island::ALL`, so no island can be left out of it.
macro_rules! islands {
    ($($(#[$doc:meta])* $island:ident => $key:literal,)+) => {
        /// Every island, keyed by the `data-island` attribute of its slot. The one name of each
        /// widget: its embed view, static note and words are `Island::widget()`
        /// (`content/widgets.rs`), its component `mount.rs`'s `with_component`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Island {
            $($(#[$doc])* $island,)+
        }

        impl Island {
            /// In mounting order, one per task: the source cards last, as nothing of them shows
            /// until a reader reaches for a figure.
            pub const ALL: [Island; [$($key),+].len()] = [$(Island::$island),+];

            /// The island's key: its slot's `data-island`, its embed view's file
            /// (`embed-<key>.html`), its anchor on the page (`#widget-<key>`), its share row.
            pub const fn key(self) -> &'static str {
                match self {
                    $(Island::$island => $key,)+
                }
            }
        }
    };
}

islands! {
    CostWidget => "cost",
    Training => "training",
    Timeline => "timeline",
    PriceChart => "prices",
    BenchmarkChart => "benchmarks",
    /// The source card behind every figure, in the prose and in the other islands alike.
    SourceCards => "cards",
}

impl Island {
    /// The island whose slot carries `key`, if any (the key comes from the loader, i.e. the page).
    pub fn from_key(key: &str) -> Option<Island> {
        Island::ALL.into_iter().find(|island| island.key() == key)
    }

    /// Whether this build can start the island: every build can start every island, except the
    /// bench's size probe, which compiles the wasm with only the islands named in `R1_ISLANDS`
    /// (keys, comma-separated) to measure what each one adds. Evaluated by the compiler, so the
    /// islands left out are not linked at all.
    pub const fn built_in(self) -> bool {
        match option_env!("R1_ISLANDS") {
            None => true,
            Some(keys) => lists(keys.as_bytes(), self.key().as_bytes()),
        }
    }

    /// The attribute that marks the island's slot in the static page.
    pub fn slot_attribute(self) -> String {
        format!(r#"data-island="{}""#, self.key())
    }
}

/// Whether the comma-separated `list` holds `key`. Hand-written since it runs in a `const fn`, where
/// `str::split` and slice comparison are not available.
const fn lists(list: &[u8], key: &[u8]) -> bool {
    let mut start = 0;
    while start <= list.len() {
        let mut end = start;
        while end < list.len() && list[end] != b',' {
            end += 1;
        }
        if end - start == key.len() {
            let mut same = 0;
            while same < key.len() && list[start + same] == key[same] {
                same += 1;
            }
            if same == key.len() {
                return true;
            }
        }
        start = end + 1;
    }
    false
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_of_keys_holds_whole_keys_only() {
        assert!(lists(b"cost,timeline", b"cost"));
        assert!(lists(b"cost,timeline", b"timeline"));
        assert!(lists(b"cards", b"cards"));
        assert!(!lists(b"cost,timeline", b"time"));
        assert!(!lists(b"costs", b"cost"));
        assert!(!lists(b"", b"cost"));
        assert!(!lists(b"cost,", b"timeline"));
    }

    #[test]
    fn a_build_without_r1_islands_can_start_every_island() {
        assert_eq!(
            option_env!("R1_ISLANDS"),
            None,
            "the tests are built as a size probe"
        );
        assert!(Island::ALL.iter().all(|island| island.built_in()));
    }
}
