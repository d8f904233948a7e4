//! Provinces: the gazetteer, matching its variants, and the subject province.

use serde::Serialize;

/// A provincial-level unit as the output names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Province {
    pub name: &'static str,
    pub code: &'static str,
    pub successor_2025: &'static str,
}

/// One place in the text where a province is named.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvinceMention {
    pub province: Province,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// The province the report is about, and the evidence that decided it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubjectProvince {
    #[serde(flatten)]
    pub province: Province,
    pub evidence: String,
}

/// Every province named in `text`, in text order.
pub fn find_provinces(_text: &str) -> Vec<ProvinceMention> {
    Vec::new()
}

/// The province the report is about, or `None` when the text does not say.
pub fn subject_province(_text: &str, _mentions: &[ProvinceMention]) -> Option<SubjectProvince> {
    None
}
