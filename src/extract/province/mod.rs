//! Provinces: the gazetteer, matching its variants, and the subject province.
//!
//! - [`gazetteer`]: the 63 units in force until 30 June 2025 and the 34 since
//!   1 July 2025, read from `data/provinces.tsv` and `data/provinces_2025.tsv`.
//! - [`find_provinces`]: every place the text names a province, through one
//!   automaton over all spellings; the rules that keep out people, districts,
//!   streets and common words are documented in `matcher.rs`; a dateline
//!   credit's web name ("(Baothanhhoa.vn) -") is one too (`credit.rs`).
//! - [`Place`]: where each mention stands — the body, a source line, the
//!   publisher's footer or masthead, page furniture (`place.rs`); the record's
//!   `provinces` counts the body's and the source credit's only.
//! - [`subject_province`]: the province the report is about, from evidence in
//!   order of strength, documented in `subject.rs`; `None` when the text does
//!   not say.
//!
//! A province is named one way: `name` is the canonical name without "tỉnh" or
//! "thành phố", modern tone placement ("Hòa Bình", "Khánh Hòa"); `code` is the
//! GSO code (of the 63-unit list); `successor_2025` the name of the unit it
//! became part of on 1 July 2025. Every one of the 34 new units bears the name
//! of one of the old ones (Huế: Thừa Thiên Huế), so a text written after the
//! merger that names "tỉnh Lào Cai" is reported as the old Lào Cai (code 10)
//! with `successor_2025` "Lào Cai"; the new unit's own code is in
//! `data/provinces_2025.tsv`. Districts and cities below the province ("huyện Sông Mã",
//! "thành phố Sơn La") are never reported as provinces; [`find_districts`]
//! reports them apart.

mod anchors;
mod credit;
mod district;
pub mod gazetteer;
mod matcher;
mod place;
mod subject;
mod table;

use schemars::JsonSchema;
use serde::Serialize;

pub use district::{DistrictMention, find_districts};
pub use place::Place;

/// A provincial-level unit as the output names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Province {
    /// The canonical name, without "tỉnh" or "thành phố", modern tone
    /// placement: "Sơn La", "Khánh Hòa".
    pub name: &'static str,
    /// The GSO code, of the 63-unit list: "14".
    pub code: &'static str,
    /// The name of the unit it became part of on 1 July 2025.
    pub successor_2025: &'static str,
}

/// One place in the text where a province is named.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvinceMention {
    pub province: Province,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Where it stands: only mentions [`Place::in_body`] are the body's.
    pub place: Place,
}

/// The province the report is about, and the evidence that decided it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct SubjectProvince {
    /// The province: `name`, `code`, `successor_2025`.
    #[serde(flatten)]
    pub province: Province,
    /// What decided, strongest first: `authority in body` ("UBND tỉnh X"),
    /// `province in body` ("tỉnh X", "Cục Thuế X"), `source line`
    /// ("Nguồn: …"), `publisher footer` ("Bản quyền thuộc …"), `web domain`
    /// (sonla.gov.vn), `most mentioned` (only with no other evidence),
    /// followed by the words matched.
    pub evidence: String,
}

/// Every province named in `text`, in text order, each with its [`Place`]
/// (body, source line, footer or masthead, chrome). `start`/`end` are byte
/// offsets of the name itself (without "tỉnh"/"thành phố"; "TP.HCM" whole;
/// a dateline credit's web name, "Thanhuytphcm.vn").
pub fn find_provinces(text: &str) -> Vec<ProvinceMention> {
    let mut mentions = matcher::find(text);
    place::locate(text, &mut mentions);
    let credits = credit::find(text);
    if !credits.is_empty() {
        mentions.extend(credits);
        mentions.sort_by_key(|m| m.start);
    }
    mentions
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

#[cfg(test)]
mod tests;
