//! Island: the source card behind every figure, and the term card behind every glossary term. One
//! hidden card container for the whole page; any figure (a `button.fact`, in the prerendered prose
//! or inside another island) or term (an `a.term`) opens it on hover, click, tap or Enter. A
//! figure's card is filled from the same data as the Sources list: value, what it measures, the
//! day it applies to, confidence, caveat and sources; a term's card gives its definition. Listeners
//! are delegated to `document`, so the prose carries no wasm of its own; the state is
//! `model::source_card`.

use yew::prelude::*;

use crate::components::citation::{citation, source_link};
use crate::components::reducer::{State, Store};
use crate::content::glossary::{self, Term};
use crate::content::widgets;
use crate::data;
use crate::model::facts::Fact;
use crate::model::locale::{t, tf, tr};
use crate::model::page_text;
use crate::model::source_card::{CardAction, CardState, Subject};

/// The card's id: figures point at it with `aria-controls` once it has opened for them.
pub const CARD_ID: &str = "source-card";
const VALUE_ID: &str = "source-card-value";
const LABEL_ID: &str = "source-card-label";
/// The dialog's name: the value and what it measures, e.g. "$5.576M DeepSeek-V3 final training
/// run, total cost".
const LABELLED_BY: &str = "source-card-value source-card-label";

/// A figure as a control that opens its card, followed by its numbered citation. The citation
/// stays an ordinary link, so readers without JavaScript still reach the source.
///
/// No `aria-controls` in the markup: the cost and timeline embeds prerender figures but not the
/// card (the island adds it in the browser), and an id reference to nothing is invalid HTML. The
/// island sets it when it opens the card.
pub fn fact_ref(fact: &Fact, shown: Html) -> Html {
    html! {
        <span class="fact-ref">
            <button type="button" class="fact" data-fact={fact.id}
                    aria-haspopup="dialog" aria-expanded="false">{ shown }</button>
            { citation(fact.sources) }
        </span>
    }
}

/// A glossary term in the prose: a real link to its entry at the end of the page (so it works
/// without JavaScript) that the island turns into a term card.
pub fn term_ref(term: &Term, shown: &str) -> Html {
    html! {
        <a class="term" href={format!("#{}", glossary::anchor(term.id))} data-term={term.id}
           aria-haspopup="dialog" aria-expanded="false">{ shown.to_owned() }</a>
    }
}

/// The figure or term a card-opening element stands for, read from its `data-` attribute and
/// checked against the data (an unknown id opens nothing).
pub fn subject_of(fact_id: Option<String>, term_id: Option<String>) -> Option<Subject> {
    if let Some(fact) = fact_id.and_then(|id| data::fact(&id)) {
        return Some(Subject::Fact(fact.id));
    }
    term_id
        .and_then(|id| glossary::term(&id))
        .map(|term| Subject::Term(term.id))
}

/// The figure or term a card opened for: the element itself, whose `aria-expanded` the card sets
/// and to which it returns focus (so web-sys here, as in `live` below, and not only in browser.rs).
type Trigger = web_sys::Element;

/// Most clicks on the page are "outside clicks" with no card open: they change nothing, and
/// Yew skips the render.
impl State for CardState<Trigger> {
    type Action = CardAction<Trigger>;
    fn next(&self, action: Self::Action) -> Option<Self> {
        self.apply(action)
    }
}

type Reducer = Store<CardState<Trigger>>;

#[component]
pub fn SourceCards() -> Html {
    let state = use_reducer(|| Store(CardState::default()));
    let card_ref = use_node_ref();
    // The open card's figure, for the document listeners, which live longer than one render.
    let shown_for = use_mut_ref(|| None::<Trigger>);

    {
        let dispatcher = state.dispatcher();
        let card_ref = card_ref.clone();
        let shown_for = shown_for.clone();
        use_effect_with((), move |_| {
            let listeners = live::listen(dispatcher, card_ref, shown_for);
            move || drop(listeners)
        });
    }
    {
        let card_ref = card_ref.clone();
        use_effect_with(state.0.open.clone(), move |open| {
            live::show(open.as_ref(), &card_ref, &shown_for)
        });
    }

    let body = state.0.open.as_ref().and_then(|open| match open.subject {
        Subject::Fact(id) => data::fact(id).map(card_body),
        Subject::Term(id) => glossary::term(id).map(term_body),
    });
    html! {
        <div id={CARD_ID} class="source-card" ref={card_ref} role="dialog" aria-modal="false"
             tabindex="-1" aria-labelledby={body.as_ref().map(|_| LABELLED_BY)}
             hidden={body.is_none()}>
            { for body }
        </div>
    }
}

/// What a card says in place of its words when the page text could not be loaded.
fn text_missing() -> Html {
    html! { <p class="source-card-caveat" data-text-missing="">{ tr(widgets::CARD_TEXT_MISSING) }</p> }
}

fn term_body(term: &'static Term) -> Html {
    if !page_text::loaded() {
        return html! {
            <>
                <button type="button" class="source-card-close" aria-label={t!("Close definition")}>{ "×" }</button>
                <p class="source-card-value term-name" id={VALUE_ID}>{ tr(term.name) }</p>
                <p class="source-card-label" id={LABEL_ID}>{ t!("Glossary") }</p>
                { text_missing() }
            </>
        };
    }
    html! {
        <>
            <button type="button" class="source-card-close" aria-label={t!("Close definition")}>{ "×" }</button>
            <p class="source-card-value term-name" id={VALUE_ID}>{ tr(term.name) }</p>
            <p class="source-card-label" id={LABEL_ID}>{ t!("Glossary") }</p>
            <p class="term-definition">{ term.definition() }</p>
            <p class="source-card-meta"><a href={format!("#{}", glossary::anchor(term.id))}>{ t!("All terms in the glossary") }</a></p>
        </>
    }
}

fn card_body(fact: &'static Fact) -> Html {
    if !page_text::loaded() {
        return html! {
            <>
                <button type="button" class="source-card-close" aria-label={t!("Close source card")}>{ "×" }</button>
                <p class="source-card-value" id={VALUE_ID}>{ fact.display() }</p>
                <p class="source-card-label" id={LABEL_ID}>{ tr(widgets::CARD_LABEL_MISSING) }</p>
                { text_missing() }
            </>
        };
    }
    let sources = fact.sources.iter().filter_map(|id| {
        let source = data::source(id)?;
        let number = data::source_number(id)?;
        Some(html! {
            <li>
                <a href={source.url()}>{ source.title() }</a>{ t!(" — ") }{ source.publisher() }{ t!(". ") }
                { source_link(number, None, Some("source-card-entry"), html! { { tf!("Sources list, no. {number}"; number = number) } }) }
            </li>
        })
    });
    html! {
        <>
            <button type="button" class="source-card-close" aria-label={t!("Close source card")}>{ "×" }</button>
            <p class="source-card-value" id={VALUE_ID}>{ fact.display() }</p>
            <p class="source-card-label" id={LABEL_ID}>{ fact.label() }</p>
            <p class="source-card-meta">
                { t!("Applies to: ") }<time datetime={fact.date.to_string()}>{ fact.date.long() }</time>
                <br />
                { t!("Confidence: ") }{ fact.confidence.label() }
            </p>
            if let Some(caveat) = fact.caveat() {
                <p class="source-card-caveat"><strong>{ t!("Caveat: ") }</strong>{ caveat }</p>
            }
            <ul class="source-card-sources">{ for sources }</ul>
        </>
    }
}

/// The cards' browser module: delegated listeners, the hover timers, focus, and placing the card.
/// Kept here rather than in browser.rs: it is the island's whole behaviour, and it dispatches to
/// the island's reducer at every step.
#[cfg(target_arch = "wasm32")]
mod live {
    use std::cell::RefCell;
    use std::rc::Rc;

    use gloo::events::{EventListener, EventListenerOptions};
    use gloo::timers::callback::Timeout;
    use wasm_bindgen::JsCast;
    use web_sys::{
        Element, Event, EventTarget, FocusEvent, HtmlElement, KeyboardEvent, MouseEvent,
    };
    use yew::prelude::*;

    use super::{subject_of, Reducer, Trigger};
    use crate::model::source_card::{
        max_height, place, CardAction, OpenCard, Rect, Subject, CLOSE_DELAY_MS, EDGE, OPEN_DELAY_MS,
    };

    fn subject(figure: &Element) -> Option<Subject> {
        subject_of(
            figure.get_attribute("data-fact"),
            figure.get_attribute("data-term"),
        )
    }

    /// What opens a card: the markup `fact_ref` and `term_ref` write.
    const FIGURE: &str = "button.fact[data-fact], a.term[data-term]";

    struct Live {
        dispatcher: UseReducerDispatcher<Reducer>,
        card: NodeRef,
        shown_for: Rc<RefCell<Option<Trigger>>>,
        /// Pending hover open and hover close; dropping a `Timeout` cancels it.
        opening: RefCell<Option<Timeout>>,
        closing: RefCell<Option<Timeout>>,
    }

    fn element(target: Option<EventTarget>) -> Option<Element> {
        target?.dyn_into().ok()
    }

    fn figure_of(element: &Element) -> Option<Element> {
        element.closest(FIGURE).ok().flatten()
    }

    impl Live {
        /// Dispatches `action` after `delay` ms unless `slot` is emptied or refilled first.
        fn later(&self, slot: &RefCell<Option<Timeout>>, delay: u32, action: CardAction<Trigger>) {
            let dispatcher = self.dispatcher.clone();
            slot.replace(Some(Timeout::new(delay, move || {
                dispatcher.dispatch(action)
            })));
        }

        fn card(&self) -> Option<HtmlElement> {
            self.card.cast()
        }

        fn in_card(&self, element: &Element) -> bool {
            self.card()
                .is_some_and(|card| card.contains(Some(element.as_ref())))
        }

        fn activate(&self, figure: Element, keyboard: bool) {
            self.opening.take();
            self.closing.take();
            if let Some(subject) = subject(&figure) {
                self.dispatcher.dispatch(CardAction::Activate {
                    subject,
                    trigger: figure,
                    keyboard,
                });
            }
        }

        /// Closes the card and puts focus back on its figure, so a keyboard reader continues
        /// from where they were.
        fn close_to_figure(&self) {
            let figure = self.shown_for.borrow().clone();
            self.dispatcher.dispatch(CardAction::Close);
            if let Some(figure) = figure.and_then(|figure| figure.dyn_into::<HtmlElement>().ok()) {
                let _ = figure.focus();
            }
        }

        fn pointer_over(&self, event: &Event) {
            let Some(target) = element(event.target()) else {
                return;
            };
            if self.in_card(&target) {
                self.closing.take();
                return;
            }
            let Some(figure) = figure_of(&target) else {
                return;
            };
            self.closing.take();
            if self.shown_for.borrow().as_ref() == Some(&figure) {
                return;
            }
            let Some(subject) = subject(&figure) else {
                return;
            };
            let hover = CardAction::Hover {
                subject,
                trigger: figure,
            };
            self.later(&self.opening, OPEN_DELAY_MS, hover);
        }

        fn pointer_out(&self, event: &Event) {
            let Some(target) = element(event.target()) else {
                return;
            };
            // The "zone" is the figure or the card: moving within one (over the figure's
            // <time>, across the card's text) is not leaving.
            let zone = if self.in_card(&target) {
                self.card().map(Element::from)
            } else {
                figure_of(&target)
            };
            let Some(zone) = zone else {
                return;
            };
            let to = event
                .dyn_ref::<MouseEvent>()
                .and_then(|event| element(event.related_target()));
            if to.is_some_and(|to| zone.contains(Some(to.as_ref()))) {
                return;
            }
            // A figure left before its delay ran out opens nothing; a hover card closes unless
            // the pointer reaches the card or the figure in time (the reducer ignores this for
            // pinned cards).
            self.opening.take();
            self.later(&self.closing, CLOSE_DELAY_MS, CardAction::PointerLeft);
        }

        fn click(&self, event: &Event) {
            let Some(target) = element(event.target()) else {
                return;
            };
            if self.in_card(&target) {
                if target
                    .closest(".source-card-close")
                    .ok()
                    .flatten()
                    .is_some()
                {
                    self.close_to_figure();
                } else if target.closest("a[href]").ok().flatten().is_some() {
                    // Following a source or the Sources list: the card has done its job.
                    self.dispatcher.dispatch(CardAction::Close);
                }
                return;
            }
            match figure_of(&target) {
                // Enter or Space on a button (Enter on a link) fires a click whose detail (the
                // click count) is 0.
                Some(figure) => {
                    // A term is a link to the glossary, for readers without the island: with it,
                    // the card opens in place instead.
                    if figure.has_attribute("data-term") {
                        event.prevent_default();
                    }
                    self.activate(
                        figure,
                        event
                            .dyn_ref::<MouseEvent>()
                            .is_some_and(|event| event.detail() == 0),
                    )
                }
                None => self.dispatcher.dispatch(CardAction::Close),
            }
        }

        fn key_down(&self, event: &KeyboardEvent) {
            let Some(figure) = self.shown_for.borrow().clone() else {
                return;
            };
            match event.key().as_str() {
                "Escape" => {
                    // Focus goes back to the figure if it was in the card or nowhere; a hover
                    // card must not pull focus out of a field the reader is typing in.
                    let active = web_sys::window()
                        .and_then(|window| window.document())
                        .and_then(|document| document.active_element());
                    let body = active
                        .as_ref()
                        .is_some_and(|active| active.tag_name() == "BODY");
                    if active.is_none()
                        || body
                        || active.is_some_and(|active| self.in_card(&active))
                    {
                        self.close_to_figure();
                    } else {
                        self.dispatcher.dispatch(CardAction::Close);
                    }
                }
                "Tab" => self.tab(event, figure),
                _ => {}
            }
        }

        /// The card sits at the end of the document, not next to its figure: tabbing out of it
        /// continues from the figure, as if the card were inline, instead of jumping to the footer.
        fn tab(&self, event: &KeyboardEvent, figure: Element) {
            let (Some(card), Some(target)) = (self.card(), element(event.target())) else {
                return;
            };
            if !card.contains(Some(target.as_ref())) {
                return;
            }
            let Ok(controls) = card.query_selector_all("a[href], button") else {
                return;
            };
            let first = controls.item(0);
            let last = controls
                .length()
                .checked_sub(1)
                .and_then(|last| controls.item(last));
            let at = |node: Option<web_sys::Node>| {
                node.is_some_and(|node| target.is_same_node(Some(&node)))
            };
            let on_card = target.is_same_node(Some(card.as_ref()));
            let Ok(figure) = figure.dyn_into::<HtmlElement>() else {
                return;
            };
            if event.shift_key() && (on_card || at(first)) {
                event.prevent_default();
                self.dispatcher.dispatch(CardAction::Close);
                let _ = figure.focus();
            } else if !event.shift_key() && at(last) {
                // No preventDefault: with focus on the figure, the browser's own Tab moves on to
                // whatever follows it.
                self.dispatcher.dispatch(CardAction::Close);
                let _ = figure.focus();
            }
        }

        fn focus_out(&self, event: &FocusEvent) {
            let (Some(from), Some(to)) = (element(event.target()), element(event.related_target()))
            else {
                // Focus leaving the window, or going nowhere: keep the card.
                return;
            };
            // A figure's own click decides (toggle or switch); anything else closes the card.
            if self.in_card(&from) && !self.in_card(&to) && figure_of(&to).is_none() {
                self.dispatcher.dispatch(CardAction::Close);
            }
        }
    }

    pub fn listen(
        dispatcher: UseReducerDispatcher<Reducer>,
        card: NodeRef,
        shown_for: Rc<RefCell<Option<Trigger>>>,
    ) -> Vec<EventListener> {
        let Some(window) = web_sys::window() else {
            return Vec::new();
        };
        let Some(document) = window.document() else {
            return Vec::new();
        };
        let live = Rc::new(Live {
            dispatcher,
            card,
            shown_for,
            opening: RefCell::new(None),
            closing: RefCell::new(None),
        });
        let on = |target: &EventTarget, kind: &'static str, handle: fn(&Live, &Event)| {
            let live = live.clone();
            // Active (not passive) listeners: Shift+Tab out of the card is prevented.
            EventListener::new_with_options(
                target,
                kind,
                EventListenerOptions::enable_prevent_default(),
                move |event| handle(&live, event),
            )
        };
        vec![
            on(&document, "pointerover", Live::pointer_over),
            on(&document, "pointerout", Live::pointer_out),
            on(&document, "click", Live::click),
            on(&document, "keydown", |live, event| {
                if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
                    live.key_down(event);
                }
            }),
            on(&document, "focusout", |live, event| {
                if let Some(event) = event.dyn_ref::<FocusEvent>() {
                    live.focus_out(event);
                }
            }),
            on(&window, "resize", |live, _| {
                if let (Some(card), Some(figure)) = (live.card(), live.shown_for.borrow().as_ref())
                {
                    position(&card, figure);
                }
            }),
        ]
    }

    /// After a render: mark which figure is expanded, place the card by it, and move focus into
    /// a card that was clicked or opened from the keyboard.
    pub fn show(
        open: Option<&OpenCard<Trigger>>,
        card: &NodeRef,
        shown_for: &RefCell<Option<Trigger>>,
    ) {
        let previous = shown_for.replace(open.map(|open| open.trigger.clone()));
        if let Some(previous) = previous {
            let _ = previous.set_attribute("aria-expanded", "false");
        }
        let Some(open) = open else {
            return;
        };
        let _ = open.trigger.set_attribute("aria-expanded", "true");
        let _ = open.trigger.set_attribute("aria-controls", super::CARD_ID);
        let Some(card) = card.cast::<HtmlElement>() else {
            return;
        };
        position(&card, &open.trigger);
        // After placing it: focusing an element scrolls it into view, and in place it is in view.
        if open.takes_focus() {
            let _ = card.focus();
        }
    }

    /// Places the card next to its figure through the CSSOM (the Content-Security-Policy forbids
    /// style attributes in markup, not style properties set from script).
    fn position(card: &HtmlElement, figure: &Element) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(root) = window
            .document()
            .and_then(|document| document.document_element())
        else {
            return;
        };
        // The viewport without scrollbars.
        let (width, height) = (
            f64::from(root.client_width()),
            f64::from(root.client_height()),
        );
        let anchor = figure.get_bounding_client_rect();
        let anchor = Rect {
            left: anchor.left(),
            top: anchor.top(),
            width: anchor.width(),
            height: anchor.height(),
        };
        // Cap the size first (a taller card scrolls), then measure what the card became.
        let style = card.style();
        // Pixels from integers (`fixed`): float formatting would cost the wasm more than the card.
        let px = |value: f64| format!("{}px", crate::model::format::fixed(value, 2));
        let _ = style.set_property("max-width", &px(width - 2.0 * EDGE));
        let _ = style.set_property("max-height", &px(max_height(anchor, height)));
        let (left, top, above) = place(
            f64::from(card.offset_width()),
            f64::from(card.offset_height()),
            anchor,
            width,
            height,
        );
        // The card is positioned in the document, so it scrolls with its figure.
        let left = left + window.scroll_x().unwrap_or_default();
        let top = top + window.scroll_y().unwrap_or_default();
        let _ = style.set_property("left", &px(left));
        let _ = style.set_property("top", &px(top));
        let _ = card.set_attribute("data-side", if above { "above" } else { "below" });
    }
}

/// Natively (prerender, render tests) there is no document to listen to.
#[cfg(not(target_arch = "wasm32"))]
mod live {
    use std::cell::RefCell;
    use std::rc::Rc;

    use yew::prelude::*;

    use super::{Reducer, Trigger};
    use crate::model::source_card::OpenCard;

    pub fn listen(
        _: UseReducerDispatcher<Reducer>,
        _: NodeRef,
        _: Rc<RefCell<Option<Trigger>>>,
    ) -> Vec<gloo::events::EventListener> {
        Vec::new()
    }

    pub fn show(_: Option<&OpenCard<Trigger>>, _: &NodeRef, _: &RefCell<Option<Trigger>>) {}
}
