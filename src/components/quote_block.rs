//! An exact quotation with the speaker's name, role, date and a link to where it was said.

use yew::prelude::*;

use crate::data;

#[derive(Properties, PartialEq)]
pub struct QuoteBlockProps {
    pub id: &'static str,
}

#[component]
pub fn QuoteBlock(props: &QuoteBlockProps) -> Html {
    let Some(quote) = data::quote(props.id) else {
        return html! { <p class="fact-missing">{ format!("[unknown quote {}]", props.id) }</p> };
    };
    let when = quote
        .date_note
        .map_or_else(|| quote.date.long(), str::to_owned);
    html! {
        <figure class="quote" id={format!("quote-{}", quote.id)}>
            <blockquote cite={quote.source}>
                <p>{ "“" }{ quote.text }{ "”" }</p>
            </blockquote>
            <figcaption>
                { "— " }<strong>{ quote.person }</strong>{ ", " }{ quote.role }{ ", " }
                <a href={quote.source}>{ quote.venue }</a>{ ", " }
                <time datetime={if quote.day_confirmed { quote.date.to_string() } else { quote.date.year_month() }}>{ when }</time>
            </figcaption>
        </figure>
    }
}
