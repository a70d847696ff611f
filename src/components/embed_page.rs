//! An embed view: one widget (or the whole explainer) alone, with a title, a source line and a link
//! back to the same view on the full page. Rendered natively into `embed-<view>.html`.

use yew::prelude::*;

use crate::components::benchmark_table::BenchmarkTable;
use crate::components::island_failed::island_failed_template;
use crate::components::page::Page;
use crate::components::share_tools::widget_figure;
use crate::content::embeds::EmbedView;
use crate::data::DATA_VERSION;
use crate::island::Island;
use crate::model::locale::{t, tr};

#[derive(Properties, PartialEq)]
pub struct EmbedPageProps {
    pub view: EmbedView,
}

#[component]
pub fn EmbedPage(props: &EmbedPageProps) -> Html {
    // `EmbedView::all` names only views that have words: another is no page.
    let Some(spec) = props.view.spec() else {
        return Html::default();
    };
    let source = html! {
        <>
            { tr(spec.source_line) }{ t!(" Data checked ") }
            <time datetime={DATA_VERSION.to_string()}>{ DATA_VERSION.long() }</time>{ t!(". ") }
            <a class="open-full" href={format!("./#{}", spec.anchor)} target="_blank" rel="noopener">{ t!("Open the full explainer") }</a>
        </>
    };
    let island = match props.view {
        // The whole explainer brings its own landmarks and headings; the embed adds a source line.
        EmbedView::Explainer => {
            return html! {
                <>
                    <Page />
                    <nav class="embed-source embed-view" aria-label={t!("About this embed")}>{ source }</nav>
                </>
            };
        }
        EmbedView::Widget(island) => island,
    };
    // The benchmark chart's view carries the table of every model under it, as its section does.
    let table = (island == Island::BenchmarkChart).then(|| html! { <BenchmarkTable /> });
    html! {
        <main class="embed-view" data-view={props.view.key()}>
            <h1 class="embed-title">{ tr(spec.title) }</h1>
            // The widgets' own headings are third-level (they sit in a section of the full page).
            <h2 class="visually-hidden">{ tr(spec.section_title) }</h2>
            { widget_figure(island) }
            { for table }
            <p class="embed-source">{ source }</p>
            { island_failed_template() }
        </main>
    }
}
