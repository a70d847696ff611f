//! The timeline's SVG: three lanes on a true time scale, month ticks, a marker and label per
//! event, and the "days between" bracket. Pointer only and hidden from screen readers: the list
//! next to it is the accessible form and holds the keyboard focus, which this drawing mirrors.

use std::rc::Rc;

use yew::prelude::*;

use crate::data::events::EVENTS;
use crate::model::timeline::{text_width, Layout, Mark, LABEL_FONT_PX, PAD_X};
use crate::model::timeline_state::Gap;

#[derive(Properties, PartialEq)]
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
    format!("{value:.1}")
}

#[component]
pub fn TimelineChart(props: &TimelineChartProps) -> Html {
    let layout = &props.layout;
    let lanes = layout.lanes.iter().map(|band| {
        html! {
            <g class={classes!("tl-lane", band.lane.key())}>
                <rect class="tl-band" x="0" y={px(band.top)} width={px(layout.width)} height={px(band.height)} />
                <text class="tl-caption" x={px(band.caption.x)} y={px(band.caption.bottom() - 2.0)}>{ band.lane.name() }</text>
                <line class="tl-lane-line" x1={px(PAD_X)} x2={px(layout.width - PAD_X)} y1={px(band.line_y)} y2={px(band.line_y)} />
            </g>
        }
    });
    let top = layout.lanes.first().map_or(0.0, |band| band.top);
    let ticks = layout.ticks.iter().map(|tick| {
        let labelled = tick.label.is_some();
        html! {
            <g class="tl-tick">
                if labelled {
                    <line class="tl-grid" x1={px(tick.x)} x2={px(tick.x)} y1={px(top)} y2={px(layout.axis_y)} />
                }
                <line class="tl-tick-mark" x1={px(tick.x)} x2={px(tick.x)} y1={px(layout.axis_y)}
                      y2={px(layout.axis_y + if labelled { 8.0 } else { 4.0 })} />
                if let Some((text, rect)) = &tick.label {
                    <text class="tl-tick-label" x={px(rect.x)} y={px(rect.bottom() - 3.0)}>{ text }</text>
                }
            </g>
        }
    });
    let marks = layout.marks.iter().map(|mark| event_mark(props, mark));
    html! {
        <svg class="tl-svg" viewBox={format!("0 0 {} {}", px(layout.width), px(layout.height))}
             width={px(layout.width)} height={px(layout.height)} focusable="false">
            <g class="tl-lanes">{ for lanes }</g>
            <g class="tl-axis">
                <line class="tl-axis-line" x1={px(PAD_X)} x2={px(layout.width - PAD_X)} y1={px(layout.axis_y)} y2={px(layout.axis_y)} />
                { for ticks }
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
    // Shapes as well as colours, so the lanes read without colour vision.
    let marker = match event.colour_key() {
        "openai" => html! { <circle class="tl-marker" cx={px(x)} cy={px(y)} r="5.5" /> },
        "deepseek" => {
            html! { <rect class="tl-marker" x={px(x - 5.0)} y={px(y - 5.0)} width="10" height="10" rx="1.5" /> }
        }
        "markets" => html! {
            <path class="tl-marker" d={format!("M{} {}L{} {}L{} {}L{} {}Z", px(x), px(y - 6.5), px(x + 6.5), px(y), px(x), px(y + 6.5), px(x - 6.5), px(y))} />
        },
        _ => html! {
            <path class="tl-marker" d={format!("M{} {}L{} {}L{} {}Z", px(x), px(y - 6.5), px(x + 6.5), px(y + 5.0), px(x - 6.5), px(y + 5.0))} />
        },
    };
    let label = mark.label.map(|label| {
        let text_x = if label.align_end { label.rect.right() } else { label.rect.x };
        html! {
            <>
                <line class="tl-leader" x1={px(x)} x2={px(x)} y1={px(y + 6.0)} y2={px(label.rect.bottom())} />
                <text class="tl-label" x={px(text_x)} y={px(label.baseline)}
                      text-anchor={if label.align_end { "end" } else { "start" }}>{ event.title }</text>
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
            data-event={event.key} {onclick}>
            <title>{ format!("{}, {}", event.title, event.date.long()) }</title>
            { for label }
            <circle class="tl-hit" cx={px(x)} cy={px(y)} r="11" />
            <circle class="tl-ring" cx={px(x)} cy={px(y)} r="9.5" />
            { marker }
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
