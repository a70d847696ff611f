//! The glossary: the terms the page depends on, each defined once in our own words. The prose
//! links a term as `[words](#term-<id>)`; the link opens a term card (the source-card island) and,
//! without JavaScript, jumps to the term's entry in the glossary at the end of the page.

use crate::model::page_text::from_page;
use crate::model::page_text::FromPage;

/// One term of the glossary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// Stable anchor key: the glossary entry is `#term-<id>`.
    pub id: &'static str,
    /// The term as the glossary lists it.
    pub name: &'static str,
    /// Plain text, no markup and no figures (the data tests check it): a definition is not a
    /// sourced claim.
    pub definition: FromPage,
}

impl Term {
    /// The definition, through `model::page_text` (empty in the browser until it has loaded).
    pub fn definition(&self) -> String {
        #[cfg(not(text_from_page))]
        return crate::model::locale::tr_owned(self.definition.0);
        #[cfg(text_from_page)]
        crate::model::page_text::with(|text| text.definition(self.id).cloned()).unwrap_or_default()
    }
}

/// In the order of the glossary list (alphabetical by name).
pub const TERMS: &[Term] = &[
    Term {
        id: "api",
        name: "API",
        definition: from_page!("An application programming interface: how a program sends text to a model over \
            the internet and gets the answer back, billed by the token. Developers build products on \
            it; the chat apps are separate."),
    },
    Term {
        id: "distillation",
        name: "Distillation",
        definition: from_page!("Training one model on the outputs of another, usually a smaller model on a \
            bigger one's answers, so that it picks up the bigger model's skill without repeating \
            its training."),
    },
    Term {
        id: "gpu-hour",
        name: "GPU-hour",
        definition: from_page!("One graphics processor working for one hour: the unit in which AI training \
            is counted, and rented. A run on thousands of chips for weeks adds up to millions."),
    },
    Term {
        id: "h800",
        name: "H100 and H800",
        definition: from_page!("Nvidia's data-centre chips of its Hopper generation, the workhorses of AI \
            training. The H100 is the standard part; the H800 is the version Nvidia made for China \
            to fit the US export rules of the time, with much slower links between chips."),
    },
    Term {
        id: "moe",
        name: "Mixture of experts",
        definition: from_page!("A model built from many sub-networks (the experts) and a router that sends \
            each token through only a few of them, so only a small share of the model's \
            parameters does any work at each step. It makes a very large model cheaper to run."),
    },
    Term {
        id: "open-weights",
        name: "Open weights",
        definition: from_page!("A release of a trained model's parameters for anyone to download, run and \
            modify. Unlike open-source software, it usually leaves out what it would take to \
            rebuild the model: the training data and much of the code."),
    },
    Term {
        id: "parameters",
        name: "Parameters",
        definition: from_page!("The numbers inside a model that training adjusts, also called weights; their \
            count is the usual measure of a model's size. Publishing them is what makes a model's \
            weights open."),
    },
    Term {
        id: "pass-at-1",
        name: "pass@1",
        definition: from_page!("The share of a test's problems a model solves with a single answer each, \
            given as a percentage. Papers usually average it over several tries, since a model \
            does not give the same answer every time."),
    },
    Term {
        id: "reasoning-tokens",
        name: "Reasoning tokens",
        definition: from_page!("The working a reasoning model writes before its answer: a chain of steps, \
            checks and corrections. Users often see little or none of it, but vendors bill it as \
            output, and its length differs between models and between tasks."),
    },
    Term {
        id: "rl",
        name: "Reinforcement learning",
        definition: from_page!("Training by trial and reward: the model attempts a task, a checker scores \
            the attempt, and the model is adjusted towards what scored well. R1 was rewarded for \
            answers that a program could verify."),
    },
    Term {
        id: "sft",
        name: "Supervised fine-tuning (SFT)",
        definition: from_page!("Further training on examples of the output wanted, written by people or by \
            another model, which the model learns to imitate."),
    },
    Term {
        id: "token",
        name: "Token",
        definition: from_page!("The unit in which language models read and write text, and in which vendors \
            bill: a short piece of text, often a whole word, sometimes part of one. Prices are \
            quoted per million tokens."),
    },
];

/// The term with this id, if any.
pub fn term(id: &str) -> Option<&'static Term> {
    TERMS.iter().find(|term| term.id == id)
}

/// The anchor of a term's glossary entry.
pub fn anchor(id: &str) -> String {
    format!("term-{id}")
}

/// The term a prose link points at (`#term-<id>`), if it is a term link at all.
pub fn linked_term(url: &str) -> Option<&str> {
    url.strip_prefix("#term-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_unique_listed_alphabetically_and_have_no_figures() {
        let mut names: Vec<String> = TERMS.iter().map(|t| t.name.to_lowercase()).collect();
        let listed = names.clone();
        names.sort();
        assert_eq!(listed, names, "glossary order");
        for (index, term) in TERMS.iter().enumerate() {
            assert!(
                TERMS[index + 1..].iter().all(|other| other.id != term.id),
                "{} twice",
                term.id
            );
            assert!(term
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            assert!(term.definition().ends_with('.'), "{}", term.id);
        }
        assert_eq!(linked_term("#term-token"), Some("token"));
        assert_eq!(linked_term("https://example.org"), None);
        assert_eq!(anchor("pass-at-1"), "term-pass-at-1");
    }

    #[test]
    fn the_terms_the_page_depends_on_are_defined() {
        for id in [
            "token",
            "reasoning-tokens",
            "pass-at-1",
            "moe",
            "rl",
            "sft",
            "distillation",
            "open-weights",
            "h800",
        ] {
            assert!(term(id).is_some(), "{id} is defined");
        }
    }
}
