//! One section of the explainer: its heading and blocks of prose, quotes, claim checks, figures and
//! the "Details" disclosures that keep reference tables out of the reading flow.

use yew::prelude::*;

use crate::components::benchmark_table::BenchmarkTable;
use crate::components::claim_check::ClaimCheck;
use crate::components::event_list::event_list;
use crate::components::fact_table::FactTable;
use crate::components::o3_table::O3Table;
use crate::components::price_table::{PriceTable, ARTICLE_MODELS};
use crate::components::prose::Prose;
use crate::components::quote_block::QuoteBlock;
use crate::components::score_chart::score_chart;
use crate::components::share_tools::widget_figure;
use crate::components::timeline_list;
use crate::content::{Block, Figure, Section};
use crate::model::date::Date;
use crate::model::locale::{t, tr};

/// The week of the article: the static price table shows prices in force on this day.
pub const ARTICLE_DATE: Date = Date::ymd(2025, 1, 27);

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub section: &'static Section,
    /// 1-based position, shown before the title.
    pub number: usize,
}

#[component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    let section = props.section;
    let heading_id = format!("{}-heading", section.id);
    html! {
        <section id={section.id} aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>
                <span class="section-number">{ props.number }{ t!(". ") }</span>{ tr(section.title) }
            </h2>
            { for section.blocks.iter().map(block) }
        </section>
    }
}

/// Every text of a block is looked up whole in the current edition before it is parsed as
/// template markup: the catalogue is keyed by the whole English text.
fn block(block: &'static Block) -> Html {
    match *block {
        Block::Paragraph(text) => html! { <p><Prose text={tr(text)} /></p> },
        Block::Subheading { id, text } => html! { <h3 {id}>{ tr(text) }</h3> },
        Block::Quote(id) => html! { <QuoteBlock {id} /> },
        Block::ClaimCheck { claim, finding } => {
            html! { <ClaimCheck claim={tr(claim)} finding={tr(finding)} /> }
        }
        Block::List(items) => html! {
            <ul>{ for items.iter().map(|text| html! { <li><Prose text={tr(text)} /></li> }) }</ul>
        },
        Block::Figure(figure) => html! {
            <div class={classes!("figure", is_widget(figure).then_some("figure-widget"))}>{ self::figure(figure) }</div>
        },
        Block::Details { summary, figure } => html! {
            <details class="details">
                <summary><span class="details-tag">{ t!("Details") }</span>{ tr(summary) }</summary>
                <div class="figure">{ self::figure(figure) }</div>
            </details>
        },
    }
}

/// Widgets take the wide column on large screens; tables and charts take it too, prose never.
fn is_widget(figure: Figure) -> bool {
    matches!(figure, Figure::Widget(_))
}

fn figure(figure: Figure) -> Html {
    match figure {
        Figure::PriceTable => html! { <PriceTable date={ARTICLE_DATE} models={ARTICLE_MODELS} /> },
        Figure::BenchmarkTable => html! { <BenchmarkTable /> },
        Figure::O3AnnouncedTable => html! { <O3Table /> },
        Figure::TimelineList => timeline_list::static_list(),
        Figure::FactTable { caption, facts } => {
            html! { <FactTable caption={tr(caption)} {facts} /> }
        }
        Figure::ScoreChart { caption, bars } => score_chart(tr(caption), bars),
        Figure::EventList { caption, events } => event_list(tr(caption), events),
        Figure::Widget(island) => widget_figure(island),
    }
}
