//! Percentages, with what they measure and how sure the text is.

use serde::Serialize;

/// One percentage in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Percentage {
    pub text: String,
    pub value: f64,
    /// approximate, above, below, reached, increase, decrease, or null.
    pub qualifier: Option<String>,
    /// The words that say what is measured, trimmed to the clause.
    pub context: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// Every percentage in `text`, in text order.
pub fn find_percentages(_text: &str) -> Vec<Percentage> {
    Vec::new()
}
