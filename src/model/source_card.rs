//! The source-card layer's pure state: which figure's card is open, how it was opened (which
//! decides what closes it and where focus goes), and where a card goes so that it stays inside
//! the viewport. The island (`components::source_cards`) wires browser events to these actions.

/// How long the pointer must rest on a figure before its card opens, and how long it may be away
/// from both the figure and the card before a hover-opened card closes (so crossing the gap
/// between them, or brushing past a figure while reading, does nothing).
pub const OPEN_DELAY_MS: u32 = 300;
pub const CLOSE_DELAY_MS: u32 = 300;

/// Space kept between the card and the viewport's edges, and between the card and its figure.
pub const EDGE: f64 = 8.0;
pub const GAP: f64 = 6.0;
/// A card is not squeezed below this height to keep clear of its figure: with less room on both
/// sides (a very short viewport) it may cover the figure instead.
pub const MIN_ROOM: f64 = 160.0;

/// How a card came to be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opener {
    /// The pointer rested on the figure: the card closes when the pointer leaves both.
    Hover,
    /// A click or tap: the card stays until Escape, an outside click or a second click.
    Pointer,
    /// Enter or Space on the focused figure: as `Pointer`, and the reader expects focus to follow.
    Keyboard,
}

/// What a card is about: a sourced figure (by fact id) or a glossary term (by term id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Fact(&'static str),
    Term(&'static str),
}

/// The one open card. `T` is whatever identifies the figure that opened it: the DOM element in
/// the browser (the same fact can appear several times on the page), a number in the tests.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenCard<T> {
    pub subject: Subject,
    pub trigger: T,
    pub opener: Opener,
}

impl<T> OpenCard<T> {
    /// Pinned cards (opened by click, tap or keyboard) take focus, so a keyboard or screen-reader
    /// user lands in the card; a hover card never steals focus from where the reader is.
    pub fn takes_focus(&self) -> bool {
        self.opener != Opener::Hover
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum CardAction<T> {
    /// The pointer has rested on a figure for `OPEN_DELAY_MS`.
    Hover { subject: Subject, trigger: T },
    /// A figure was clicked, tapped, or activated with the keyboard.
    Activate {
        subject: Subject,
        trigger: T,
        keyboard: bool,
    },
    /// The pointer has been away from both the figure and its card for `CLOSE_DELAY_MS`.
    PointerLeft,
    /// Escape, a click outside, the close button, or focus leaving the card.
    Close,
}

/// At most one card is open: every way of opening one replaces the last.
#[derive(Clone, Debug, PartialEq)]
pub struct CardState<T> {
    pub open: Option<OpenCard<T>>,
}

impl<T> Default for CardState<T> {
    fn default() -> Self {
        CardState { open: None }
    }
}

impl<T: Clone + PartialEq> CardState<T> {
    /// The state after `action`, or `None` when nothing changes (so the view need not re-render).
    pub fn apply(&self, action: CardAction<T>) -> Option<CardState<T>> {
        let open = match action {
            CardAction::Hover { subject, trigger } => match &self.open {
                // A pinned card stays put while the pointer wanders over other figures.
                Some(open) if open.opener != Opener::Hover => return None,
                Some(open) if open.trigger == trigger => return None,
                _ => Some(OpenCard {
                    subject,
                    trigger,
                    opener: Opener::Hover,
                }),
            },
            CardAction::Activate {
                subject,
                trigger,
                keyboard,
            } => {
                let opener = if keyboard {
                    Opener::Keyboard
                } else {
                    Opener::Pointer
                };
                match &self.open {
                    // A second click on a pinned card's figure closes it (a toggle, like a
                    // disclosure button); a click on a hover card's figure pins it instead.
                    Some(open) if open.trigger == trigger && open.opener != Opener::Hover => None,
                    _ => Some(OpenCard {
                        subject,
                        trigger,
                        opener,
                    }),
                }
            }
            CardAction::PointerLeft => match &self.open {
                Some(open) if open.opener == Opener::Hover => None,
                _ => return None,
            },
            CardAction::Close => None,
        };
        (open != self.open).then_some(CardState { open })
    }
}

/// A rectangle in viewport coordinates (CSS pixels), as `getBoundingClientRect` gives it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

/// The room above and below the figure at `anchor`, inside the viewport's edges.
fn room(anchor: Rect, viewport_h: f64) -> (f64, f64) {
    let above = anchor.top - GAP - EDGE;
    let below = viewport_h - EDGE - (anchor.top + anchor.height + GAP);
    (above, below)
}

/// The tallest a card may be (it scrolls beyond that): the room on the roomier side of its figure,
/// so that it never covers the figure, or the whole viewport when both sides are too cramped.
pub fn max_height(anchor: Rect, viewport_h: f64) -> f64 {
    let (above, below) = room(anchor, viewport_h);
    let roomier = above.max(below);
    if roomier >= MIN_ROOM {
        roomier
    } else {
        (viewport_h - 2.0 * EDGE).max(MIN_ROOM)
    }
}

/// Where a `card_w` × `card_h` card for the figure at `anchor` goes, in viewport coordinates:
/// `(left, top, above)`. Below the figure when it fits, above it when only that fits (or when
/// there is more room above), left-aligned with the figure and clamped to `EDGE` from both sides.
/// A card that fits on neither side is kept inside the viewport even if it then covers the figure;
/// the stylesheet caps its height to the viewport, so it can always be placed.
pub fn place(
    card_w: f64,
    card_h: f64,
    anchor: Rect,
    viewport_w: f64,
    viewport_h: f64,
) -> (f64, f64, bool) {
    // min/max rather than clamp: clamp panics when the range is inverted or NaN, and a page
    // must never blank because a measurement came back odd.
    let max_left = (viewport_w - EDGE - card_w).max(EDGE);
    let left = anchor.left.min(max_left).max(EDGE);

    let (room_above, room_below) = room(anchor, viewport_h);
    let above = card_h > room_below && room_above > room_below;
    let top = if above {
        anchor.top - GAP - card_h
    } else {
        anchor.top + anchor.height + GAP
    };
    let max_top = (viewport_h - EDGE - card_h).max(EDGE);
    (left, top.min(max_top).max(EDGE), above)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hover(fact: &'static str, trigger: u32) -> CardAction<u32> {
        CardAction::Hover {
            subject: Subject::Fact(fact),
            trigger,
        }
    }

    fn click(fact: &'static str, trigger: u32) -> CardAction<u32> {
        CardAction::Activate {
            subject: Subject::Fact(fact),
            trigger,
            keyboard: false,
        }
    }

    fn key(fact: &'static str, trigger: u32) -> CardAction<u32> {
        CardAction::Activate {
            subject: Subject::Fact(fact),
            trigger,
            keyboard: true,
        }
    }

    /// Applies actions in turn, keeping the state when an action changes nothing.
    fn run(actions: impl IntoIterator<Item = CardAction<u32>>) -> CardState<u32> {
        actions
            .into_iter()
            .fold(CardState::default(), |state, action| {
                state.apply(action).unwrap_or(state)
            })
    }

    fn open(fact: &'static str, trigger: u32, opener: Opener) -> Option<OpenCard<u32>> {
        Some(OpenCard {
            subject: Subject::Fact(fact),
            trigger,
            opener,
        })
    }

    #[test]
    fn each_way_of_opening_opens_one_card_and_records_how() {
        assert_eq!(run([hover("a", 1)]).open, open("a", 1, Opener::Hover));
        assert_eq!(run([click("a", 1)]).open, open("a", 1, Opener::Pointer));
        assert_eq!(run([key("a", 1)]).open, open("a", 1, Opener::Keyboard));
        assert!(!open("a", 1, Opener::Hover).unwrap().takes_focus());
        assert!(open("a", 1, Opener::Pointer).unwrap().takes_focus());
        assert!(open("a", 1, Opener::Keyboard).unwrap().takes_focus());
    }

    #[test]
    fn only_one_card_is_open_at_a_time() {
        for (first, then, opener) in [
            (click("a", 1), click("b", 2), Opener::Pointer),
            (key("a", 1), click("b", 2), Opener::Pointer),
            (hover("a", 1), hover("b", 2), Opener::Hover),
            (hover("a", 1), key("b", 2), Opener::Keyboard),
        ] {
            assert_eq!(run([first, then]).open, open("b", 2, opener));
        }
        // The same fact shown in two places is two figures: the second one takes the card over.
        assert_eq!(
            run([click("a", 1), click("a", 7)]).open,
            open("a", 7, Opener::Pointer)
        );
    }

    #[test]
    fn hovering_never_replaces_a_pinned_card() {
        let pinned = run([click("a", 1)]);
        assert_eq!(pinned.apply(hover("b", 2)), None);
        assert_eq!(pinned.apply(CardAction::PointerLeft), None);
    }

    #[test]
    fn a_second_click_closes_and_a_click_on_a_hover_card_pins_it() {
        assert_eq!(run([click("a", 1), click("a", 1)]).open, None);
        assert_eq!(run([key("a", 1), key("a", 1)]).open, None);
        // A tap fires pointerover first: if the hover delay ran out before the click, the click
        // must keep the card open, not toggle it shut.
        let pinned = run([hover("a", 1), click("a", 1)]);
        assert_eq!(pinned.open, open("a", 1, Opener::Pointer));
        assert_eq!(pinned.apply(CardAction::PointerLeft), None);
    }

    #[test]
    fn a_hover_card_closes_when_the_pointer_leaves() {
        assert_eq!(run([hover("a", 1), CardAction::PointerLeft]).open, None);
        assert_eq!(
            run([hover("a", 1)]).apply(hover("a", 1)),
            None,
            "no re-render"
        );
    }

    #[test]
    fn escape_and_outside_click_close_whatever_is_open() {
        for opening in [hover("a", 1), click("a", 1), key("a", 1)] {
            assert_eq!(run([opening, CardAction::Close]).open, None);
        }
        assert_eq!(CardState::<u32>::default().apply(CardAction::Close), None);
    }

    const FIGURE_W: f64 = 60.0;
    const FIGURE_H: f64 = 22.0;

    fn figure(left: f64, top: f64) -> Rect {
        Rect {
            left,
            top,
            width: FIGURE_W,
            height: FIGURE_H,
        }
    }

    /// The card's box lies inside the viewport, `EDGE` away from every side.
    fn assert_inside(
        (left, top, _): (f64, f64, bool),
        (card_w, card_h): (f64, f64),
        (vw, vh): (f64, f64),
    ) {
        assert!(left >= EDGE, "left {left}");
        assert!(top >= EDGE, "top {top}");
        assert!(
            left + card_w <= vw - EDGE,
            "right {} of {vw}",
            left + card_w
        );
        assert!(top + card_h <= vh - EDGE, "bottom {} of {vh}", top + card_h);
    }

    #[test]
    fn cards_stay_inside_the_viewport_at_320_768_and_1280() {
        for (vw, vh) in [(320.0, 640.0), (768.0, 1024.0), (1280.0, 900.0)] {
            // The stylesheet caps the card at 20rem and at the viewport less both edges.
            let card = ((vw - 2.0 * EDGE).min(320.0), 240.0);
            for left in [0.0, 4.0, vw / 2.0, vw - FIGURE_W - 2.0, vw - 10.0] {
                for top in [0.0, 30.0, vh / 2.0, vh - 120.0, vh - FIGURE_H - 1.0] {
                    let placed = place(card.0, card.1, figure(left, top), vw, vh);
                    assert_inside(placed, card, (vw, vh));
                }
            }
        }
    }

    #[test]
    fn a_card_goes_below_its_figure_when_it_fits() {
        let (left, top, above) = place(304.0, 200.0, figure(40.0, 100.0), 320.0, 640.0);
        assert!(!above);
        assert_eq!(top, 100.0 + FIGURE_H + GAP);
        // Left-aligned with the figure as far as the right edge allows: 320 − 8 − 304 = 8.
        assert_eq!(left, EDGE);
        let (left, top, above) = place(320.0, 200.0, figure(400.0, 100.0), 1280.0, 900.0);
        assert_eq!((left, top, above), (400.0, 100.0 + FIGURE_H + GAP, false));
    }

    #[test]
    fn near_the_bottom_the_card_flips_above_its_figure() {
        let (_, top, above) = place(304.0, 200.0, figure(40.0, 560.0), 320.0, 640.0);
        assert!(above);
        assert_eq!(top, 560.0 - GAP - 200.0);
        assert!(top + 200.0 <= 560.0, "does not cover the figure");
        let (_, top, above) = place(320.0, 240.0, figure(900.0, 800.0), 1280.0, 900.0);
        assert!(above);
        assert_eq!(top, 800.0 - GAP - 240.0);
    }

    #[test]
    fn near_the_right_edge_the_card_is_pulled_back_in() {
        let (left, _, _) = place(320.0, 200.0, figure(1250.0, 100.0), 1280.0, 900.0);
        assert_eq!(left, 1280.0 - EDGE - 320.0);
        let (left, _, _) = place(320.0, 200.0, figure(700.0, 100.0), 768.0, 1024.0);
        assert_eq!(left, 768.0 - EDGE - 320.0);
        let (left, _, _) = place(200.0, 100.0, figure(-30.0, 100.0), 320.0, 640.0);
        assert_eq!(left, EDGE, "a figure scrolled partly out on the left");
    }

    #[test]
    fn a_card_that_fits_neither_side_stays_on_screen_on_the_roomier_side() {
        // A short 320 × 480 viewport and a tall card.
        let (_, top, above) = place(304.0, 400.0, figure(10.0, 200.0), 320.0, 480.0);
        assert!(!above, "more room below (244) than above (186)");
        assert_eq!(top, 480.0 - EDGE - 400.0);
        let (_, top, above) = place(304.0, 400.0, figure(10.0, 300.0), 320.0, 480.0);
        assert!(above);
        assert_eq!(top, EDGE);
    }

    /// What `position` in the island does: cap the height, then place the capped card.
    fn capped(card_h: f64, anchor: Rect, viewport_h: f64) -> f64 {
        card_h.min(max_height(anchor, viewport_h))
    }

    #[test]
    fn a_tall_card_is_capped_to_the_roomier_side_and_never_covers_its_figure() {
        for (vw, vh) in [(320.0, 640.0), (768.0, 1024.0), (1280.0, 900.0)] {
            let card_w = (vw - 2.0 * EDGE).min(320.0);
            for top in [
                0.0,
                100.0,
                vh / 2.0 - 11.0,
                vh / 2.0,
                vh - 150.0,
                vh - FIGURE_H,
            ] {
                let anchor = figure(20.0, top);
                let card_h = capped(700.0, anchor, vh);
                let (_, card_top, above) = place(card_w, card_h, anchor, vw, vh);
                assert_inside((0.0 + EDGE, card_top, above), (card_w, card_h), (vw, vh));
                if above {
                    assert!(card_top + card_h <= top - GAP + 1e-9, "at {top} in {vh}");
                } else {
                    assert!(card_top >= top + FIGURE_H + GAP - 1e-9, "at {top} in {vh}");
                }
            }
        }
        // Just below the middle of a 640 px viewport: 306 px above the figure, 284 below.
        let anchor = figure(20.0, 320.0);
        assert_eq!(max_height(anchor, 640.0), 306.0);
        assert!(place(304.0, capped(700.0, anchor, 640.0), anchor, 320.0, 640.0).2);
    }

    #[test]
    fn in_a_very_short_viewport_a_card_may_cover_its_figure_rather_than_shrink_to_a_sliver() {
        let anchor = figure(20.0, 100.0);
        assert_eq!(max_height(anchor, 260.0), 260.0 - 2.0 * EDGE);
        let (_, top, _) = place(304.0, capped(700.0, anchor, 260.0), anchor, 320.0, 260.0);
        assert_eq!(top, EDGE);
    }

    #[test]
    fn odd_measurements_never_panic() {
        for value in [f64::NAN, f64::INFINITY, -1.0e9, 0.0, 1.0e9] {
            let _ = place(value, value, figure(value, value), value, value);
            let _ = place(320.0, 200.0, figure(value, value), 320.0, 640.0);
            let _ = place(value, 200.0, figure(10.0, 10.0), 320.0, value);
            let _ = max_height(figure(value, value), value);
        }
    }
}
