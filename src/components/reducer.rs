//! The glue between a widget's reducer and Yew, written once for every widget: `Store`, the one
//! `Reducible` wrapper around a state of `model/`, and `send`, the one way a control's event
//! becomes an action.

use std::rc::Rc;

use yew::prelude::*;

/// A widget's state as Yew's reducer sees it: what one action makes of it. Implemented beside
/// each widget's component, where the data its reducer reads (a price list, the events) is at
/// hand: `model/` cannot import `data/`.
pub trait State: Sized + 'static {
    type Action;
    /// The state after `action`, or `None` when nothing changed (Yew then skips the render).
    fn next(&self, action: Self::Action) -> Option<Self>;
}

/// The state held by `use_reducer`: `use_reducer(|| Store(CostState::new()))`.
pub struct Store<S>(pub S);

impl<S: State> Reducible for Store<S> {
    type Action = S::Action;
    fn reduce(self: Rc<Self>, action: S::Action) -> Rc<Self> {
        match self.0.next(action) {
            Some(next) => Rc::new(Store(next)),
            None => self,
        }
    }
}

/// A callback that dispatches the action `action` makes of its event (if it makes one: it may
/// return an `Option`), e.g.
/// `onclick={send(&state, move |_: MouseEvent| CostAction::SetScale(scale))}`.
pub fn send<R, E, A>(state: &UseReducerHandle<R>, action: impl Fn(E) -> A + 'static) -> Callback<E>
where
    R: Reducible + 'static,
    E: 'static,
    A: Into<Option<R::Action>>,
{
    let dispatcher = state.dispatcher();
    Callback::from(move |event| {
        if let Some(action) = action(event).into() {
            dispatcher.dispatch(action);
        }
    })
}
