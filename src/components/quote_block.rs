//! An exact quotation with the speaker's name, role, date and a link to where it was said.

use yew::prelude::*;

use crate::data;
use crate::model::locale::{lookup, t};

#[derive(Properties, PartialEq)]
pub struct QuoteBlockProps {
    pub id: &'static str,
}

#[component]
pub fn QuoteBlock(props: &QuoteBlockProps) -> Html {
    let Some(quote) = data::quote(props.id) else {
        return html! { <p class="fact-missing">{ format!("[unknown quote {}]", props.id) }</p> };
    };
    // The caption's words in the current edition: the Chinese files key them by the quote's id.
    let caption = |field: &str, english: &'static str| {
        lookup(&format!("quote::{}::{field}", quote.id)).unwrap_or(english)
    };
    let when = quote.date_note.map_or_else(
        || quote.date.long(),
        |note| caption("date_note", note).to_owned(),
    );
    // The quoted words stay as said (and are marked as English where the page is not); another
    // edition adds its translation under them.
    let translation = lookup(&format!("quote::{}::translation", quote.id));
    html! {
        <figure class="quote" id={format!("quote-{}", quote.id)}>
            <blockquote cite={quote.source} lang={translation.map(|_| "en")}>
                <p>{ t!("“") }{ quote.text }{ t!("”") }</p>
            </blockquote>
            if let Some(translation) = translation {
                <p class="quote-translation">
                    <span class="tag">{ t!("Our translation") }</span>{ translation }
                </p>
            }
            <figcaption>
                { t!("— ") }<strong>{ caption("person", quote.person) }</strong>{ t!(", ") }{ caption("role", quote.role) }{ t!(", ") }
                <a href={quote.source}>{ caption("venue", quote.venue) }</a>{ t!(", ") }
                <time datetime={if quote.day_confirmed { quote.date.to_string() } else { quote.date.year_month() }}>{ when }</time>
            </figcaption>
        </figure>
    }
}
