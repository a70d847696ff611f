//! The timeline's model: its events and zoom ranges (`events`), the chart layout (`layout`), the
//! widget's state and reducer (`state`) and URL codec (`url`), each in its own file; this file
//! re-exports them as one API.

mod events;
mod layout;
mod state;
#[cfg(test)]
mod tests;
mod url;

pub use events::*;
pub use layout::*;
pub use state::*;
