//! Scores: "91,19/100 điểm", "96,79 điểm", "giảm 1,76 điểm".

use serde::Serialize;

/// One score in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub text: String,
    pub value: f64,
    /// The maximum when stated ("/100 điểm").
    pub out_of: Option<f64>,
    /// "increase" or "decrease" for a change, else null.
    pub change: Option<String>,
    pub subject: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// Every score in `text`, in text order.
pub fn find_scores(_text: &str) -> Vec<Score> {
    Vec::new()
}
