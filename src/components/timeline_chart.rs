//! The timeline's SVG: three lanes on a true time scale, month ticks, a marker and label per
//! event, and the "days between" bracket. Pointer only and hidden from screen readers: the list
//! next to it is the accessible form and holds the keyboard focus, which this drawing mirrors.

use crate::model::format::fixed;
use std::rc::Rc;

use yew::prelude::*;

use crate::data::events::EVENTS;
use crate::model::locale::{tf, tr};
use crate::model::timeline::Gap;
use crate::model::timeline::{text_width, Layout, Mark, LABEL_FONT_PX, PAD_X};

/// What the drawing shows (a plain function's arguments: it has no state of its own).
pub struct TimelineChartProps {
    pub layout: Rc<Layout>,
    pub selected: Option<usize>,
    pub compare: Option<usize>,
    /// The event holding the tab stop: ringed while the list has focus.
    pub cursor: Option<usize>,
    /// An event was clicked; `true` with Shift (compare).
    pub onactivate: Callback<(usize, bool)>,
}

/// One decimal is plenty for pixels, and keeps the markup identical natively and in wasm.
fn px(value: f64) -> String {
    fixed(value, 1)
}

pub fn timeline_chart(props: &TimelineChartProps) -> Html {
    let layout = &props.layout;
    let lanes = layout.lanes.iter().map(|band| {
        html! {
            <g class={classes!("tl-lane", band.lane.key())}>
                <rect class="tl-band" x="0" y={px(band.top)} width={px(layout.width)} height={px(band.height)} />
                <rect class="tl-text-bg" x={px(band.caption.x - 2.0)} y={px(band.caption.y)}
                      width={px(band.caption.w + 4.0)} height={px(band.caption.h)} />
                <text class="tl-caption" x={px(band.caption.x)} y={px(band.caption.bottom() - 2.0)}>{ tr(band.lane.name()) }</text>
                <line class="tl-lane-line" x1={px(PAD_X)} x2={px(layout.width - PAD_X)} y1={px(band.line_y)} y2={px(band.line_y)} />
            </g>
        }
    });
    let top = layout.lanes.first().map_or(0.0, |band| band.top);
    // Tick marks and grid lines as three paths rather than an element each.
    let (mut grid, mut minor, mut major) = (String::new(), String::new(), String::new());
    for tick in &layout.ticks {
        let x = px(tick.x);
        if tick.label.is_some() {
            grid.push_str(&format!("M{x} {}V{}", px(top), px(layout.axis_y)));
            major.push_str(&format!("M{x} {}v8", px(layout.axis_y)));
        } else {
            minor.push_str(&format!("M{x} {}v4", px(layout.axis_y)));
        }
    }
    let tick_labels = layout.ticks.iter().filter_map(|tick| tick.label.as_ref()).map(|(text, rect)| {
        html! { <text class="tl-tick-label" x={px(rect.x)} y={px(rect.bottom() - 3.0)}>{ text }</text> }
    });
    let marks = layout.marks.iter().map(|mark| event_mark(props, mark));
    html! {
        <svg class="tl-svg" viewBox={format!("0 0 {} {}", px(layout.width), px(layout.height))}
             width={px(layout.width)} height={px(layout.height)} focusable="false">
            <g class="tl-lanes">{ for lanes }</g>
            <g class="tl-axis">
                <path class="tl-grid" d={grid} />
                <path class="tl-tick-mark" d={format!("M{} {}H{}{minor}{major}", px(PAD_X), px(layout.axis_y), px(layout.width - PAD_X))} />
                { for tick_labels }
            </g>
            { gap_bracket(props) }
            <g class="tl-marks">{ for marks }</g>
        </svg>
    }
}

fn event_mark(props: &TimelineChartProps, mark: &Mark) -> Html {
    let Some(event) = EVENTS.get(mark.event) else {
        return Html::default();
    };
    let index = mark.event;
    let onclick = {
        let onactivate = props.onactivate.clone();
        Callback::from(move |click: MouseEvent| onactivate.emit((index, click.shift_key())))
    };
    let (x, y) = (mark.x, mark.y);
    // Drawn around (0, 0) and moved into place, so the shapes are constant strings. Shapes as
    // well as colours, so the lanes read without colour vision.
    let shape = match event.colour_key() {
        "openai" => "M-5.5 0a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0z",
        "deepseek" => "M-5-5h10v10h-10z",
        "markets" => "M0-6.5l6.5 6.5l-6.5 6.5l-6.5-6.5z",
        _ => "M0-6.5l6.5 11.5h-13z",
    };
    let label = mark.label.map(|label| {
        let text_x = if label.align_end { label.rect.right() } else { label.rect.x } - x;
        html! {
            <>
                <path class="tl-leader" d={format!("M0 6V{}", px(label.rect.bottom() - y))} />
                // An opaque box in the lane's colour keeps the text clear of grid and guide lines.
                <rect class="tl-text-bg" x={px(label.rect.x - 1.0 - x)} y={px(label.rect.y - y)}
                      width={px(label.rect.w + 2.0)} height={px(label.rect.h)} />
                <text class="tl-label" x={px(text_x)} y={px(label.baseline - y)}
                      text-anchor={if label.align_end { "end" } else { "start" }}>{ tr(event.title) }</text>
            </>
        }
    });
    html! {
        <g class={classes!(
                "mark",
                event.colour_key(),
                (props.selected == Some(index)).then_some("selected"),
                (props.compare == Some(index)).then_some("compared"),
                (props.cursor == Some(index)).then_some("cursor"),
                mark.label.is_none().then_some("collapsed"),
            )}
            transform={format!("translate({} {})", px(x), px(y))}
            data-event={event.key} {onclick}>
            <title>{ tf!("{}, {}", tr(event.title), event.date.long()) }</title>
            { for label }
            <circle class="tl-ring" r="10" />
            <path class="tl-marker" d={shape} />
        </g>
    }
}

/// A bracket in the chart's top row between the selected and the compared event, with the count.
fn gap_bracket(props: &TimelineChartProps) -> Html {
    let layout = &props.layout;
    let (Some(a), Some(b)) = (props.selected, props.compare) else {
        return Html::default();
    };
    let (Some(mark_a), Some(mark_b), Some(event_a), Some(event_b)) =
        (layout.mark(a), layout.mark(b), EVENTS.get(a), EVENTS.get(b))
    else {
        return Html::default();
    };
    let text = Gap::between(event_a, event_b).days_text();
    let (first, last) = if mark_a.x <= mark_b.x {
        (mark_a, mark_b)
    } else {
        (mark_b, mark_a)
    };
    let (left, right) = (first.x, last.x);
    let half = text_width(&text, LABEL_FONT_PX) / 2.0;
    let middle = ((left + right) / 2.0).clamp(half, (layout.width - half).max(half));
    let line_y = layout.gap_y + 7.0;
    html! {
        <g class="tl-gap">
            <line class="tl-gap-guide" x1={px(left)} x2={px(left)} y1={px(line_y)} y2={px(first.y - 8.0)} />
            <line class="tl-gap-guide" x1={px(right)} x2={px(right)} y1={px(line_y)} y2={px(last.y - 8.0)} />
            <line class="tl-gap-line" x1={px(left)} x2={px(right)} y1={px(line_y)} y2={px(line_y)} />
            <text class="tl-gap-text" x={px(middle)} y={px(layout.gap_y + 1.0)} text-anchor="middle">{ text }</text>
        </g>
    }
}
