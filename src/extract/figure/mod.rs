//! The figure base that percentages, ratios and scores build on, as
//! Duckling's Numeral sits under Percentage: what their rule files share
//! about a figure and the words around it.
//!
//! - [`figures`] (`scan.rs`): every percentage figure of a text, as
//!   (start, end, value), in text order. Percentages are made of them, and a
//!   ratio takes the percentage stated beside it from them.
//! - [`qualifier_run_start`] and [`qualifier`](fn@qualifier) (`qualifier.rs`): the run of
//!   qualifier words right before a figure and the strongest qualifier it
//!   says (a percentage's `qualifier`, a score's `change`).
//! - [`noun_phrase_before`] (`phrase.rs`): what a figure measures, read from
//!   the words before it (a percentage's `context`, a score's `subject`), and
//!   [`LIST_CONTINUATION`], the words that carry a list of bodies past ", "
//!   (a percentage's context, a ratio's unit).
//!
//! Which figures count, which words give which qualifier and how the phrase
//! is cut are listed with [`percent`](crate::extract::percent)'s rules,
//! beside the examples that check them. Words, clauses and letter case come
//! from the text floor (`crate::text`).

mod phrase;
mod qualifier;
mod scan;

pub(crate) use phrase::{LIST_CONTINUATION, noun_phrase_before};
pub(crate) use qualifier::{qualifier, qualifier_run_start, run_start_in_clause};
pub(crate) use scan::figures;
#[cfg(test)]
pub(crate) use scan::tests::figures_scanning_everything;

/// (start, end, value) of one percentage figure: what [`figures`] finds.
pub(crate) type Figure = (usize, usize, f64);
