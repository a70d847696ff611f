//! "Embed" on a widget: shows the copy-paste snippet for the view as it is now (state included),
//! with a copy button that confirms or says what to do instead.

use yew::prelude::*;

use crate::browser;
use crate::components::reducer::{send, State, Store};
use crate::content::embeds::EmbedView;
use crate::island::Island;
use crate::model::embed::{snippet, CopyStatus, EmbedAction, EmbedPanel};
use crate::model::locale::{t, tr};

#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    /// The widget whose view the snippet embeds.
    pub island: Island,
}

impl State for EmbedPanel {
    type Action = EmbedAction;
    fn next(&self, action: EmbedAction) -> Option<Self> {
        Some(self.clone().apply(action))
    }
}

#[component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let state = use_reducer(|| Store(EmbedPanel::default()));
    let view = EmbedView::Widget(props.island);
    let key = view.key();
    // Every widget has its view (`Island::widget`); a test checks each one's button.
    let Some(spec) = view.spec() else {
        return Html::default();
    };
    let panel_id = format!("embed-{key}-panel");

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
                key,
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
                browser::copy_text(text, send(&state, EmbedAction::CopyFinished));
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
                    <label for={format!("embed-{key}-code")}>{ t!("Paste this into your page (it sizes itself to its content):") }</label>
                    <textarea id={format!("embed-{key}-code")} readonly=true rows="4" value={text.clone()} />
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
