//! Island: the interactive timeline of o1, R1 and o3 (to be built; see issue 4).

use yew::prelude::*;

use crate::components::timeline_list::TimelineList;

#[component]
pub fn Timeline() -> Html {
    html! { <div class="timeline"><TimelineList /></div> }
}
