//! The one table shell every table of the page uses: caption, header row, body, and how the table
//! copes with a narrow screen. A function, not a component (see `components/mod.rs`).

use yew::prelude::*;

use crate::components::prerendered::as_prerendered;

/// What a table does where it is wider than its column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Narrow {
    /// Below 40rem each row becomes a block of label/value lines; every cell carries its column's
    /// name in `data-label` for that (see `cell_label`).
    Stacks,
    /// Many columns a reader compares across: it scrolls sideways inside a labelled region that
    /// takes keyboard focus, so it can be scrolled without a pointer.
    Scrolls,
}

/// What a table shows (a plain struct: the shell keeps no state).
pub struct TableShell<'a> {
    pub class: &'static str,
    /// Unique on the page: the scrolling region is labelled by the caption.
    pub caption_id: &'a str,
    pub caption: Html,
    pub columns: &'a [&'a str],
    pub rows: Html,
    pub narrow: Narrow,
}

pub fn table_shell(shell: TableShell) -> Html {
    let class = classes!(
        shell.class,
        (shell.narrow == Narrow::Stacks).then_some("stacks")
    );
    // Every table's columns are the same in every state, so an island's header row stays as
    // prerendered (`components::prerendered`).
    let columns = shell.columns;
    let head = as_prerendered(|| {
        html! {
            <thead><tr>
                { for columns.iter().map(|column| html! { <th scope="col">{ *column }</th> }) }
            </tr></thead>
        }
    });
    match shell.narrow {
        // The caption stays above the scrolling region, where it is read whole; it names both the
        // region and the table.
        Narrow::Scrolls => html! {
            <>
                <p class="table-caption" id={shell.caption_id.to_owned()}>{ shell.caption }</p>
                <div class="table-wrap scrolls" role="region" tabindex="0" aria-labelledby={shell.caption_id.to_owned()}>
                    <table {class} aria-labelledby={shell.caption_id.to_owned()}>
                        { head }
                        <tbody>{ shell.rows }</tbody>
                    </table>
                </div>
            </>
        },
        Narrow::Stacks => html! {
            <div class="table-wrap">
                <table {class}>
                    <caption id={shell.caption_id.to_owned()}>{ shell.caption }</caption>
                    { head }
                    <tbody>{ shell.rows }</tbody>
                </table>
            </div>
        },
    }
}
