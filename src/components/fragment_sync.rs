//! The hook that ties a widget's reducer to its keys in the URL fragment, for every widget: after
//! hydration it loads any state the URL carries, follows back/forward and edited URLs, and writes
//! the widget's keys back as the reducer asks (a new history entry or a replaced one). Other
//! widgets' keys are kept.

use yew::prelude::*;

use crate::browser;
use crate::model::url_state::{is_state, Fragment, UrlWrite};

#[hook]
pub fn use_fragment_sync<R>(
    dispatcher: UseReducerDispatcher<R>,
    load: fn(String) -> R::Action,
    owned: &'static [&'static str],
    pairs: Vec<(&'static str, String)>,
    write: UrlWrite,
) where
    R: Reducible + 'static,
{
    // On mount only: the first render must match the prerendered default view, and an empty
    // fragment has nothing that view lacks.
    use_effect_with((), move |_| {
        let hash = browser::current_hash();
        if hash.contains('=') {
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
            match write {
                UrlWrite::Push => browser::push_hash(&fragment.to_hash()),
                UrlWrite::Replace => browser::replace_hash(&fragment.to_hash()),
            }
        }
    });
}
