//! Timeline events in date order.
use crate::model::timeline::Event;
pub const EVENTS: &[Event] = &[];
