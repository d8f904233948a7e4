//! Provinces: the gazetteer, matching its variants, and the subject province.
//!
//! - [`gazetteer`]: the 63 units in force until 30 June 2025 and the 34 since
//!   1 July 2025, read from `data/provinces.tsv` and `data/provinces_2025.tsv`.
//! - [`find_provinces`]: every place the text names a province, through one
//!   automaton over all spellings; the rules that keep out people, districts,
//!   streets and common words are documented in `matcher.rs`.
//! - [`subject_province`]: the province the report is about, from evidence in
//!   order of strength, documented in `subject.rs`; `None` when the text does
//!   not say.
//!
//! A province is named one way: `name` is the canonical name without "tỉnh" or
//! "thành phố", modern tone placement ("Hòa Bình", "Khánh Hòa"); `code` is the
//! GSO code; `successor_2025` the name of the unit it became part of on
//! 1 July 2025. Districts and cities below the province ("huyện Sông Mã",
//! "thành phố Sơn La") are never reported as provinces.

mod fold;
pub mod gazetteer;
mod matcher;
mod subject;

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

/// Every province named in `text`, in text order. `start`/`end` are byte
/// offsets of the name itself (without "tỉnh"/"thành phố"; "TP.HCM" whole).
pub fn find_provinces(text: &str) -> Vec<ProvinceMention> {
    matcher::find(text)
}

/// The province the report is about, or `None` when the text does not say.
/// `mentions` are [`find_provinces`] of the same `text`.
pub fn subject_province(text: &str, mentions: &[ProvinceMention]) -> Option<SubjectProvince> {
    subject::subject(text, mentions, &[])
}

/// Like [`subject_province`], also weighing footer lines the normalizer set
/// aside as page chrome ("Bản quyền thuộc Sở Nội vụ tỉnh Sơn La",
/// "E-mail: snv@sonla.gov.vn") as publisher evidence.
pub fn subject_province_with_footer(
    text: &str,
    mentions: &[ProvinceMention],
    footer_lines: &[&str],
) -> Option<SubjectProvince> {
    subject::subject(text, mentions, footer_lines)
}

/// The province any spelling names: "Daklak", "TP.HCM", "Thanh Hoá", "tỉnh
/// Sơn La", "Bà Rịa–Vũng Tàu". `None` for an unknown name or one shared by
/// two units without a prefix to choose ("ĐN").
pub fn by_name(name: &str) -> Option<Province> {
    matcher::by_name(name)
}
