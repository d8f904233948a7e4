//! Districts and cities below the province: "huyện Sông Mã", "thị xã Phú Mỹ",
//! "quận 4", "thành phố Sơn La", "TP.Quy Nhơn". Reported apart from provinces,
//! never as one.
//!
//! Rules:
//! 1. A unit word ("huyện", "quận", "thị xã", "thành phố", "TP", "TP.", "H.",
//!    "TX.") as a whole word, any case, then the name: a number ("quận 4") or
//!    one to three syllables that each start with a capital.
//! 2. The name stops before a common surname once it has two syllables:
//!    "UBND huyện Sông Mã Lò Văn Hải" names Sông Mã.
//! 3. "thành phố"/"TP" before a centrally-run city ("thành phố Hà Nội",
//!    "TP.HCM") is the province itself, not a district.
//! 4. Not a district: a person after the unit word ("Chủ tịch UBND TP Nguyễn
//!    Đức Chung"), a one-syllable name glued to "TP."/"H." ("TP.Ghi nhận"
//!    ends a sentence), a sentence starter as a later syllable ("TP Thủy
//!    Nguyên Theo tờ trình" names Thủy Nguyên).
//!
//! There is no district gazetteer: names are reported as written.
//!
//! The unit words of rule 1 are found by `anchors.rs`, a scan from a rarer
//! byte of each word, because a case-insensitive regex for them read every byte.

use schemars::JsonSchema;
use serde::Serialize;

use super::anchors::unit_words;
use super::gazetteer::{Kind, UNITS};
use super::matcher::is_surname_word;
use super::{Province, by_name};
use crate::extract::lexicon::SURNAMES_NOT_IN_DISTRICT_NAMES;
use crate::text::fold::eq_folded;

/// A district-level unit named in the text.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct DistrictMention {
    /// "huyện", "quận", "thị xã" or "thành phố".
    pub kind: &'static str,
    /// The name as written, without the unit word.
    pub name: String,
    /// The unit word and name as written: "Huyện Sông Mã".
    pub text: String,
    /// Where `text` starts: a character offset into the normalized text.
    pub start: usize,
    /// Where `text` ends, as `start`.
    pub end: usize,
}

fn kind_of(word: &str) -> &'static str {
    if eq_folded(word, "huyện") || eq_folded(word, "h.") {
        "huyện"
    } else if eq_folded(word, "quận") {
        "quận"
    } else if eq_folded(word, "thị xã") || eq_folded(word, "tx.") {
        "thị xã"
    } else {
        "thành phố"
    }
}

/// The end of the district name that starts at `at`, if one does.
fn name_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let after = rest[digits..].chars().next();
        return (!after.is_some_and(char::is_alphanumeric)).then_some(at + digits);
    }
    let mut end = at;
    let mut syllables = 0;
    while syllables < 3 {
        let from = if syllables == 0 {
            end
        } else {
            match text[end..].strip_prefix(' ') {
                Some(_) => end + 1,
                None => break,
            }
        };
        let syllable_len = text[from..]
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(text.len() - from, |(i, _)| i);
        let syllable = &text[from..from + syllable_len];
        if !syllable.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        let stop = syllables >= 2
            && SURNAMES_NOT_IN_DISTRICT_NAMES
                .iter()
                .any(|w| eq_folded(syllable, w));
        if stop || (syllables > 0 && STARTERS.iter().any(|w| eq_folded(syllable, w))) {
            break;
        }
        end = from + syllable_len;
        syllables += 1;
    }
    (syllables > 0).then_some(end)
}

/// Words that start a sentence, not a place name's next syllable: "lập TP
/// Thủy Nguyên Theo tờ trình" lost its full stop.
const STARTERS: &[&str] = &[
    "theo", "trong", "tại", "ngày", "sáng", "chiều", "năm", "với", "về", "các", "những", "khi",
    "sau", "để", "cùng", "đây", "đó",
];

/// Middle names that make "surname + middle + name" a person: "TP Nguyễn
/// Đức Chung" is the city's chair. ("Minh" is left out: Dương Minh Châu is
/// a district.)
const MIDDLE_NAMES: &[&str] = &[
    "văn", "thị", "đức", "trung", "hữu", "công", "quốc", "ngọc", "xuân", "thanh", "quang", "đình",
    "bá", "thế", "tiến", "mạnh", "tấn", "trọng", "duy", "viết", "khắc", "huy",
];

fn is_person(name: &str) -> bool {
    let syllables: Vec<&str> = name.split(' ').collect();
    syllables.len() == 3
        && is_surname_word(syllables[0])
        && MIDDLE_NAMES.iter().any(|m| eq_folded(syllables[1], m))
}

fn is_centrally_run(name: &str) -> bool {
    by_name(name).is_some_and(|p: Province| {
        UNITS
            .iter()
            .any(|u| u.province.code == p.code && u.kind == Kind::City)
    })
}

/// Every district-level unit named in `text`, in text order.
// Not inlined, so profiles show this extractor's cost apart.
#[inline(never)]
pub fn find_districts(text: &str) -> Vec<DistrictMention> {
    let mut found = Vec::new();
    for (start, word_end, name_start) in unit_words(text) {
        // "TP" needs a space ("TPU" is no city); "H." none ("Nguyễn H. Nam"
        // is an initial, "H.Tây Sơn" a district).
        let word_text = &text[start..word_end];
        let spaced = word_end < name_start;
        if (eq_folded(word_text, "tp") && !spaced) || (eq_folded(word_text, "h.") && spaced) {
            continue;
        }
        let Some(end) = name_end(text, name_start) else {
            continue;
        };
        let name = &text[name_start..end];
        let full = &text[start..end];
        // "TP.Ghi nhận": a glued "TP." is a sentence end unless a place name
        // of two syllables or more follows.
        let glued = !spaced && word_text.ends_with('.') && !name.contains(' ');
        if is_centrally_run(full) || is_centrally_run(name) || is_person(name) || glued {
            continue;
        }
        found.push(DistrictMention {
            kind: kind_of(word_text),
            name: name.to_owned(),
            text: full.to_owned(),
            start,
            end,
        });
    }
    found
}

#[cfg(test)]
mod tests;
