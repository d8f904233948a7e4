//! Award statements: who gave which award to how many collectives and individuals.

use serde::Serialize;

/// One award statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Award {
    pub text: String,
    /// Lower case: "bằng khen", "cờ thi đua".
    pub award: String,
    pub collectives: Option<u32>,
    pub individuals: Option<u32>,
    pub count: Option<u32>,
    pub giver: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// Every award statement in `text`, in text order.
pub fn find_awards(_text: &str) -> Vec<Award> {
    Vec::new()
}
