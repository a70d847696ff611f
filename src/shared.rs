//! State shared between islands. Each island is its own Yew root, so they cannot pass callbacks
//! to each other through props; they share one wasm instance, though, so a small publish/subscribe
//! cell carries the few values they exchange (e.g. the timeline setting the cost widget's date).

use std::cell::RefCell;
use std::rc::Rc;

use crate::model::date::Date;

type Listener = Rc<dyn Fn(Date)>;

thread_local! {
    static PRICE_DATE: RefCell<Vec<(u32, Listener)>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
}

/// Asks every subscribed island to show prices as of `day`.
pub fn publish_price_date(day: Date) {
    // Clone the list first so a listener may subscribe or unsubscribe while being called.
    let listeners: Vec<Listener> = PRICE_DATE.with(|cell| {
        cell.borrow()
            .iter()
            .map(|(_, listener)| listener.clone())
            .collect()
    });
    for listener in listeners {
        listener(day);
    }
}

/// Keeps a listener registered until dropped.
pub struct Subscription(u32);

impl Drop for Subscription {
    fn drop(&mut self) {
        let id = self.0;
        PRICE_DATE.with(|cell| cell.borrow_mut().retain(|(other, _)| *other != id));
    }
}

pub fn subscribe_price_date(listener: impl Fn(Date) + 'static) -> Subscription {
    let id = NEXT_ID.with(|next| {
        let mut next = next.borrow_mut();
        *next += 1;
        *next
    });
    PRICE_DATE.with(|cell| cell.borrow_mut().push((id, Rc::new(listener))));
    Subscription(id)
}

/// How many islands listen (for tests).
pub fn price_date_listeners() -> usize {
    PRICE_DATE.with(|cell| cell.borrow().len())
}

#[cfg(test)]
mod tests {
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
        assert_eq!(price_date_listeners(), 0);
    }
}
