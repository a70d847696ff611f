//! A hook that ties a widget's reducer to its keys in the URL fragment: after hydration it loads
//! any state the URL carries, follows back/forward and edited URLs, and writes the widget's keys
//! back (replacing the history entry, so typing never floods Back). Other widgets' keys are kept.

use yew::prelude::*;

use crate::browser;
use crate::model::url_state::Fragment;

/// Whether a fragment carries state (as opposed to a plain `#section` anchor).
pub fn is_state(hash: &str) -> bool {
    hash.contains('=')
}

#[hook]
pub fn use_fragment_sync<R>(
    dispatcher: UseReducerDispatcher<R>,
    load: fn(String) -> R::Action,
    owned: &'static [&'static str],
    pairs: Vec<(&'static str, String)>,
) where
    R: Reducible + 'static,
{
    // On mount only: the first render must match the prerendered default view.
    use_effect_with((), move |_| {
        let hash = browser::current_hash();
        if is_state(&hash) {
            dispatcher.dispatch(load(hash));
        }
        let on_hash = dispatcher.clone();
        let listeners = (
            browser::on_hash_change(move |hash| {
                if is_state(&hash) {
                    on_hash.dispatch(load(hash));
                }
            }),
            browser::on_pop_state(move |hash| {
                if is_state(&hash) {
                    dispatcher.dispatch(load(hash));
                }
            }),
        );
        move || drop(listeners)
    });
    let first_run = use_mut_ref(|| true);
    use_effect_with(pairs, move |pairs| {
        if !std::mem::replace(&mut *first_run.borrow_mut(), false) {
            let mut fragment = Fragment::parse(&browser::current_hash());
            fragment.replace_owned(owned, pairs.clone());
            browser::replace_hash(&fragment.to_hash());
        }
    });
}
