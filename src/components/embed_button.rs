//! "Embed" on a widget: shows the copy-paste snippet for the view as it is now (state included),
//! with a copy button that confirms or says what to do instead.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::content::embeds::EmbedSpec;
use crate::model::embed::{snippet, CopyStatus, EmbedAction, EmbedPanel};
use crate::model::locale::{t, tr};

#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    pub spec: EmbedSpec,
}

struct Reducer(EmbedPanel);

impl Reducible for Reducer {
    type Action = EmbedAction;
    fn reduce(self: Rc<Self>, action: EmbedAction) -> Rc<Self> {
        Rc::new(Reducer(self.0.clone().apply(action)))
    }
}

#[component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let state = use_reducer(|| Reducer(EmbedPanel::default()));
    let spec = props.spec;
    let panel_id = format!("embed-{}-panel", spec.key);

    let toggle = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if state.0.is_open() {
                state.dispatch(EmbedAction::Close);
                return;
            }
            // Built now, from the page's real address and current state.
            let hash = browser::current_hash();
            let fragment = if hash.contains('=') {
                hash
            } else {
                String::new()
            };
            state.dispatch(EmbedAction::Open(snippet(
                &browser::page_base(),
                spec.key,
                &fragment,
                tr(spec.title),
                spec.default_height,
            )));
        })
    };
    let copy = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = state.0.snippet.clone() {
                let state = state.clone();
                browser::copy_text(
                    text,
                    Callback::from(move |ok: bool| state.dispatch(EmbedAction::CopyFinished(ok))),
                );
            }
        })
    };
    let panel = &state.0;
    html! {
        <div class="embed-tool needs-wasm">
            <button type="button" class="chip" data-action="embed" aria-expanded={panel.is_open().to_string()} aria-controls={panel_id.clone()} onclick={toggle}>
                { t!("Embed") }
            </button>
            // Always in the document (hidden when closed) so `aria-controls` has a target.
            <div class="embed-panel" id={panel_id} hidden={!panel.is_open()}>
            if let Some(text) = &panel.snippet {
                    <label for={format!("embed-{}-code", spec.key)}>{ t!("Paste this into your page (it sizes itself to its content):") }</label>
                    <textarea id={format!("embed-{}-code", spec.key)} readonly=true rows="4" value={text.clone()} />
                    <button type="button" class="chip" onclick={copy}>{ t!("Copy snippet") }</button>
                    <span class="copy-status" role="status">
                        { match panel.copy {
                            CopyStatus::NotTried => "",
                            CopyStatus::Copied => t!("Copied"),
                            CopyStatus::Failed => t!("Could not copy: select the text and copy it by hand."),
                        } }
                    </span>
            }
            </div>
        </div>
    }
}
