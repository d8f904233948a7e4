//! Dates, periods and the event date.

use serde::Serialize;

/// What a date expression denotes; `value` is formatted by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// YYYY-MM-DD
    Day,
    /// YYYY-MM
    Month,
    /// YYYY
    Year,
    /// YYYY-Qn
    Quarter,
    /// A span of time ("4 tháng đầu năm 2017", "giai đoạn 2016-2020"), with `from`/`to` when pinned.
    Period,
}

/// One date expression found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateFact {
    pub text: String,
    pub value: String,
    pub kind: DateKind,
    /// True when the text gave no year and it was inferred from the document.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub inferred_year: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// Every date expression in `text`, in text order.
pub fn find_dates(_text: &str) -> Vec<DateFact> {
    Vec::new()
}

/// The page's own publication stamp, ISO date or date-time.
pub fn published(_text: &str) -> Option<String> {
    None
}

/// The YYYY-MM-DD date of the main event the report is about.
pub fn event_date(_text: &str, _dates: &[DateFact]) -> Option<String> {
    None
}
