//! "Embed" on a widget: shows the copy-paste snippet for the view as it is now (state included),
//! with a copy button that confirms or says what to do instead.

use yew::prelude::*;

use crate::browser;
use crate::content::embeds::EmbedSpec;
use crate::model::embed::snippet;
use crate::model::locale::{t, tr};

#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    pub spec: EmbedSpec,
}

#[derive(Clone, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

#[component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    // The snippet is built when the panel opens, from the page's real address and current state.
    let code = use_state(|| None::<String>);
    let status = use_state(|| CopyStatus::Idle);
    let spec = props.spec;
    let panel_id = format!("embed-{}-panel", spec.key);

    let toggle = {
        let code = code.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            status.set(CopyStatus::Idle);
            if code.is_some() {
                code.set(None);
            } else {
                let hash = browser::current_hash();
                let fragment = if hash.contains('=') {
                    hash
                } else {
                    String::new()
                };
                code.set(Some(snippet(
                    &browser::page_base(),
                    spec.key,
                    &fragment,
                    tr(spec.title),
                    spec.default_height,
                )));
            }
        })
    };
    let copy = {
        let code = code.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = (*code).clone() {
                let status = status.clone();
                browser::copy_text(
                    text,
                    Callback::from(move |ok: bool| {
                        status.set(if ok {
                            CopyStatus::Copied
                        } else {
                            CopyStatus::Failed
                        })
                    }),
                );
            }
        })
    };
    html! {
        <div class="embed-tool needs-wasm">
            <button type="button" class="chip" data-action="embed" aria-expanded={code.is_some().to_string()} aria-controls={panel_id.clone()} onclick={toggle}>
                { t!("Embed") }
            </button>
            // Always in the document (hidden when closed) so `aria-controls` has a target.
            <div class="embed-panel" id={panel_id} hidden={code.is_none()}>
            if let Some(text) = &*code {
                    <label for={format!("embed-{}-code", spec.key)}>{ t!("Paste this into your page (it sizes itself to its content):") }</label>
                    <textarea id={format!("embed-{}-code", spec.key)} readonly=true rows="4" value={text.clone()} />
                    <button type="button" class="chip" onclick={copy}>{ t!("Copy snippet") }</button>
                    <span class="copy-status" role="status">
                        { match *status {
                            CopyStatus::Idle => "",
                            CopyStatus::Copied => t!("Copied"),
                            CopyStatus::Failed => t!("Could not copy: select the text and copy it by hand."),
                        } }
                    </span>
            }
            </div>
        </div>
    }
}
