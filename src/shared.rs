//! State shared between islands. Each island is its own Yew root, and in the browser each runs in
//! its own instance of the wasm module (so a panic in one cannot stop the others; see
//! `isolation.rs`), so they cannot share memory: the few values they exchange (the timeline setting
//! the cost widget's date) travel as a DOM event on the document. Natively (render tests) there is
//! no document, and a list in this thread carries them instead.

use crate::model::date::Date;

/// The event on `document` that carries a price date from one island to the others; its detail
/// is the date as `YYYY-MM-DD`, parsed and checked on arrival like any other outside input.
pub const PRICE_DATE_EVENT: &str = "r1-price-date";

/// Asks every subscribed island, in any instance, to show prices as of `day`.
pub fn publish_price_date(day: Date) {
    transport::publish(day);
}

/// Keeps a listener registered until dropped.
pub struct Subscription(#[allow(dead_code)] transport::Handle);

pub fn subscribe_price_date(listener: impl Fn(Date) + 'static) -> Subscription {
    Subscription(transport::subscribe(listener))
}

#[cfg(target_arch = "wasm32")]
mod transport {
    use wasm_bindgen::{JsCast, JsValue};

    use super::PRICE_DATE_EVENT;
    use crate::model::date::Date;

    pub type Handle = Option<gloo::events::EventListener>;

    pub fn publish(day: Date) {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&JsValue::from_str(&day.to_string()));
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(PRICE_DATE_EVENT, &init) {
            let _ = document.dispatch_event(&event);
        }
    }

    pub fn subscribe(listener: impl Fn(Date) + 'static) -> Handle {
        let document = web_sys::window()?.document()?;
        Some(gloo::events::EventListener::new(
            &document,
            PRICE_DATE_EVENT,
            move |event| {
                // Any script on the page can fire this event: only a real date gets through.
                let day = event
                    .dyn_ref::<web_sys::CustomEvent>()
                    .and_then(|event| event.detail().as_string())
                    .and_then(|text| Date::parse(&text));
                if let Some(day) = day {
                    listener(day);
                }
            },
        ))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod transport {
    use std::cell::RefCell;
    use std::rc::Rc;

    use crate::model::date::Date;

    type Listener = Rc<dyn Fn(Date)>;

    thread_local! {
        static LISTENERS: RefCell<Vec<(u32, Listener)>> = const { RefCell::new(Vec::new()) };
        static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
    }

    pub struct Handle(u32);

    impl Drop for Handle {
        fn drop(&mut self) {
            let id = self.0;
            LISTENERS.with(|cell| cell.borrow_mut().retain(|(other, _)| *other != id));
        }
    }

    pub fn publish(day: Date) {
        // Clone the list first so a listener may subscribe or unsubscribe while being called.
        let listeners: Vec<Listener> = LISTENERS.with(|cell| {
            cell.borrow()
                .iter()
                .map(|(_, listener)| listener.clone())
                .collect()
        });
        for listener in listeners {
            listener(day);
        }
    }

    pub fn subscribe(listener: impl Fn(Date) + 'static) -> Handle {
        let id = NEXT_ID.with(|next| {
            let mut next = next.borrow_mut();
            *next += 1;
            *next
        });
        LISTENERS.with(|cell| cell.borrow_mut().push((id, Rc::new(listener))));
        Handle(id)
    }

    #[cfg(test)]
    pub fn listeners() -> usize {
        LISTENERS.with(|cell| cell.borrow().len())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;

    #[test]
    fn subscribers_hear_published_dates_until_dropped() {
        let heard = Rc::new(RefCell::new(Vec::new()));
        let sink = heard.clone();
        let subscription = subscribe_price_date(move |day| sink.borrow_mut().push(day));
        publish_price_date(Date::ymd(2025, 1, 20));
        assert_eq!(*heard.borrow(), vec![Date::ymd(2025, 1, 20)]);
        drop(subscription);
        publish_price_date(Date::ymd(2025, 6, 10));
        assert_eq!(heard.borrow().len(), 1);
        assert_eq!(transport::listeners(), 0);
    }
}
