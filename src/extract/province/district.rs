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

use serde::Serialize;

use super::fold::eq_folded;
use super::gazetteer::{Kind, UNITS};
use super::matcher::is_surname_word;
use super::{Province, by_name};
use crate::extract::lexicon::SURNAMES_NOT_IN_DISTRICT_NAMES;

/// A district-level unit named in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DistrictMention {
    /// "huyện", "quận", "thị xã" or "thành phố".
    pub kind: &'static str,
    /// The name as written, without the unit word.
    pub name: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A unit word in lower and upper case: each character's two forms differ
/// in one byte, so a text byte that is either form's byte there matches the
/// word in any case, as `(?i)` would.
type Cased = (&'static str, &'static str);
const HUYEN: Cased = ("huyện", "HUYỆN");
const QUAN: Cased = ("quận", "QUẬN");
const THI_XA: Cased = ("thị xã", "THỊ XÃ");
const THANH_PHO: Cased = ("thành phố", "THÀNH PHỐ");
const TP_DOT: Cased = ("tp.", "TP.");
const TP: Cased = ("tp", "TP");
const H_DOT: Cased = ("h.", "H.");
const TX: Cased = ("tx.", "TX.");

/// Every unit word that starts a word ("huyện", "quận", "thị xã", "thành
/// phố", "TP.", "TP", "H.", "TX.", any case, no letter or digit before it),
/// in text order, as (start, end of the word, end with its one optional
/// space).
///
/// These are the matches of the regex
/// `(?i)(?:huyện|quận|thị xã|thành phố|tp\.|tp|h\.|tx\.) ?` that no letter
/// or digit precedes, without running it over every byte: "h." and "tp"
/// begin all over the text, and a case-insensitive regex has no literal to
/// skip ahead by. Each word holds one byte rarer than its first (y, q, x, p
/// or "."), found in either case by [`for_each_candidate`]. (The regex's other
/// matches never hide one of these: inside a unit word and its space, no
/// character that follows a non-letter is an "h", "q" or "t".)
fn unit_words(text: &str) -> Vec<(usize, usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = |start: usize, (lower, upper): Cased| {
        let end = start + lower.len();
        let is_word = bytes.get(start..end).is_some_and(|t| {
            t.iter()
                .zip(lower.bytes().zip(upper.bytes()))
                .all(|(&b, (l, u))| b == l || b == u)
        }) && !text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if is_word {
            let spaced = end + usize::from(bytes.get(end) == Some(&b' '));
            found.push((start, end, spaced));
        }
        is_word
    };
    for_each_candidate(bytes, |anchor| {
        let back = |n: usize, (lower, upper): Cased| {
            anchor.checked_sub(n).filter(|&start| {
                bytes[start] == lower.as_bytes()[0] || bytes[start] == upper.as_bytes()[0]
            })
        };
        match bytes[anchor] {
            b'y' | b'Y' => {
                if let Some(start) = back(2, HUYEN) {
                    at(start, HUYEN);
                }
            }
            b'q' | b'Q' => {
                at(anchor, QUAN);
            }
            b'x' | b'X' => {
                let _ = back(1, TX).is_some_and(|start| at(start, TX))
                    || back(6, THI_XA).is_some_and(|start| at(start, THI_XA));
            }
            b'p' | b'P' => {
                let _ = back(1, TP_DOT).is_some_and(|start| at(start, TP_DOT))
                    || back(1, TP).is_some_and(|start| at(start, TP))
                    || back(7, THANH_PHO).is_some_and(|start| at(start, THANH_PHO));
            }
            _ => {
                if let Some(start) = back(1, H_DOT) {
                    at(start, H_DOT);
                }
            }
        }
    });
    // Starts are distinct: no two words start at one place.
    found.sort_unstable();
    found
}

/// True when byte `i` of `bytes` is a unit word's anchor (y, q, x, p in
/// either case, or ".") and a few bytes around it are what that word needs
/// there: a cheap part of the test `unit_words` makes, which checks the whole
/// word. (Most anchors fail it: "y" in "này", "p" in "pháp", "q" in "quốc".)
#[inline(always)]
fn is_candidate(bytes: &[u8], i: usize) -> bool {
    let folded_back = |n: usize| i.checked_sub(n).map(|at| bytes[at] | 0x20);
    let b = bytes[i];
    if b == b'.' {
        return folded_back(1) == Some(b'h');
    }
    // `b | 0x20` is the lower case of an ASCII letter, and no other byte
    // becomes one of these letters.
    match b | 0x20 {
        b'y' => folded_back(2) == Some(b'h'),
        // "quận" as `at` takes it: q, u in either case, then "ậ" or "Ậ"
        // (e1 ba ad or ac); most "q"s start "quản", "quốc", "quy".
        b'q' => bytes.get(i + 1..i + 5).is_some_and(|after| {
            after[0] | 0x20 == b'u' && after[1] == 0xE1 && after[2] == 0xBA && after[3] | 1 == 0xAD
        }),
        b'x' => folded_back(1) == Some(b't') || folded_back(6) == Some(b't'),
        b'p' => folded_back(1) == Some(b't') || folded_back(7) == Some(b't'),
        _ => false,
    }
}

/// Calls `visit` with every `i` where [`is_candidate`] holds, in order. The
/// anchors are common (one byte in 40): three memchr passes spent most of
/// their time restarting after each one; one pass over blocks of 32 bytes,
/// a bit a byte, costs a turn only per anchor and a call only per candidate
/// (one anchor in nine).
fn for_each_candidate(bytes: &[u8], mut visit: impl FnMut(usize)) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        return unsafe { for_each_candidate_avx2(bytes, visit) };
    }
    for i in 0..bytes.len() {
        if is_candidate(bytes, i) {
            visit(i);
        }
    }
}

/// [`for_each_candidate`] with AVX2: the anchors of 32 bytes at once, in
/// seven vector instructions and a mask; [`is_candidate`] then only at them.
/// (Testing the bytes around in vectors too cost more than it saved.)
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn for_each_candidate_avx2(bytes: &[u8], mut visit: impl FnMut(usize)) {
    use std::arch::x86_64::{
        _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256,
        _mm256_set1_epi8,
    };
    const BLOCK: usize = 32;
    // `b | 0x20` is the lower case of an ASCII letter (see `is_candidate`).
    let [case, y, q, x, p, dot] =
        [0x20, b'y', b'q', b'x', b'p', b'.'].map(|b| _mm256_set1_epi8(b as i8));
    let mut blocks = bytes.chunks_exact(BLOCK);
    let mut base = 0;
    for block in &mut blocks {
        // SAFETY: `block` holds 32 bytes, and the load needs no alignment.
        let v = unsafe { _mm256_loadu_si256(block.as_ptr().cast()) };
        let folded = _mm256_or_si256(v, case);
        let letters = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(folded, y), _mm256_cmpeq_epi8(folded, q)),
            _mm256_or_si256(_mm256_cmpeq_epi8(folded, x), _mm256_cmpeq_epi8(folded, p)),
        );
        let anchors = _mm256_or_si256(letters, _mm256_cmpeq_epi8(v, dot));
        // One bit a byte: the sign bits of the comparisons.
        let mut mask = _mm256_movemask_epi8(anchors).cast_unsigned();
        while mask != 0 {
            let i = base + mask.trailing_zeros() as usize;
            if is_candidate(bytes, i) {
                visit(i);
            }
            mask &= mask - 1;
        }
        base += BLOCK;
    }
    for i in base..bytes.len() {
        if is_candidate(bytes, i) {
            visit(i);
        }
    }
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
mod tests {
    use std::sync::LazyLock;

    use regex::Regex;

    use super::*;

    /// What [`unit_words`] replaced.
    static UNIT_WORD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:huyện|quận|thị xã|thành phố|tp\.|tp|h\.|tx\.) ?").unwrap()
    });

    fn regex_unit_words(text: &str) -> Vec<(usize, usize, usize)> {
        UNIT_WORD
            .find_iter(text)
            .filter(|m| {
                !text[..m.start()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            })
            .map(|m| {
                let word = m.as_str().strip_suffix(' ').unwrap_or(m.as_str());
                (m.start(), m.start() + word.len(), m.end())
            })
            .collect()
    }

    proptest::proptest! {
        /// Unit words in any case, cut, glued and repeated, among the
        /// characters around them.
        #[test]
        fn unit_words_are_the_regex_matches(
            text in r"((huyện|HUYỆN|Huyện|hUyỆn|quận|QUẬN|Quận|thị xã|THỊ XÃ|Thị Xã|thành phố|THÀNH PHỐ|Thành phố|tp|TP|Tp|tx|TX|h|H|t|q|x|X|y|Y|p|P|ị|ệ|ậ|à|ã|ố|đ|Đ|[ .\n(–1aTn])( |)){0,16}"
        ) {
            proptest::prop_assert_eq!(unit_words(&text), regex_unit_words(&text));
        }
    }

    fn candidates(bytes: &[u8]) -> Vec<usize> {
        let mut found = Vec::new();
        for_each_candidate(bytes, |at| found.push(at));
        found
    }

    proptest::proptest! {
        /// The block scan visits every candidate once, in order, at any
        /// length and alignment.
        #[test]
        fn block_scan_visits_every_candidate(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(b"yYqQxXpP.hHtTaA \xe1\x99\xd9\xd0\x0e".to_vec()),
                    proptest::num::u8::ANY,
                ],
                0..150,
            )
        ) {
            let want: Vec<usize> = (0..bytes.len()).filter(|&i| is_candidate(&bytes, i)).collect();
            proptest::prop_assert_eq!(candidates(&bytes), want);
        }
    }

    /// Candidates are anchors after the first letter of their word.
    #[test]
    fn candidates_in_unit_words() {
        let text = "huyện, QUẬN, thị xã, THÀNH PHỐ, tp., TX., h. này pháp Y.";
        let got: Vec<&str> = candidates(text.as_bytes())
            .into_iter()
            .map(|at| &text[at..=at])
            .collect();
        assert_eq!(got, ["y", "Q", "x", "P", "p", "X", "."]);
    }

    #[test]
    fn unit_word_cases_differ_in_one_byte_a_character() {
        for (lower, upper) in [HUYEN, QUAN, THI_XA, THANH_PHO, TP_DOT, TP, H_DOT, TX] {
            assert_eq!(lower.to_uppercase(), upper);
            for (l, u) in lower.chars().zip(upper.chars()) {
                let (mut l8, mut u8) = ([0; 4], [0; 4]);
                let (l8, u8) = (l.encode_utf8(&mut l8), u.encode_utf8(&mut u8));
                assert_eq!(l8.len(), u8.len());
                let differing = l8.bytes().zip(u8.bytes()).filter(|(a, b)| a != b).count();
                assert!(differing <= 1, "{l}");
            }
        }
    }

    #[test]
    fn unit_words_are_the_regex_matches_on_the_seeds() {
        for text in [
            include_str!("../../../fixtures/000_son_la_cchc_2016.txt"),
            include_str!("../../../fixtures/004_son_la_sipas_2022.txt"),
        ] {
            let upper = text.to_uppercase();
            for text in [text, upper.as_str()] {
                let want = regex_unit_words(text);
                assert!(want.len() > 5);
                assert_eq!(unit_words(text), want);
            }
        }
    }

    /// A phrase and the (kind, name) of the districts it names.
    const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
        (
            "Huyện Sông Mã có chỉ số SIPAS cao nhất",
            &[("huyện", "Sông Mã")],
        ),
        (
            "UBND huyện Sông Mã xếp vị trí thứ nhất",
            &[("huyện", "Sông Mã")],
        ),
        (
            "Chủ tịch UBND huyện Sông Mã Lò Văn Hải",
            &[("huyện", "Sông Mã")],
        ),
        (
            "Phường Chiềng Cơi, thành phố Sơn La",
            &[("thành phố", "Sơn La")],
        ),
        ("huyện Long Hồ (tỉnh Vĩnh Long)", &[("huyện", "Long Hồ")]),
        ("huyện Hoàng Su Phì", &[("huyện", "Hoàng Su Phì")]),
        (
            "Công an quận Bắc Từ Liêm (Hà Nội)",
            &[("quận", "Bắc Từ Liêm")],
        ),
        ("ở quận 8, TP.HCM", &[("quận", "8")]),
        (
            "đề xuất thị xã Phú Mỹ lên thành phố",
            &[("thị xã", "Phú Mỹ")],
        ),
        (
            "Quy Nhơn (TP.Quy Nhơn, Bình Định)",
            &[("thành phố", "Quy Nhơn")],
        ),
        (
            "Quang Trung (H.Tây Sơn, Bình Định)",
            &[("huyện", "Tây Sơn")],
        ),
        (
            "TP Thủy Nguyên được thành lập",
            &[("thành phố", "Thủy Nguyên")],
        ),
        // Provincial-level cities and plain words are not districts.
        ("HĐND thành phố Hà Nội khóa XV", &[]),
        ("Công an TP.Hà Nội", &[]),
        ("TP.HCM", &[]),
        ("UBND các huyện, thành phố tiếp tục triển khai", &[]),
        ("cấp tỉnh, huyện được quan tâm", &[]),
        ("các huyện chủ động sử dụng kinh phí", &[]),
        ("TPU-Chips", &[]),
        ("Chủ tịch UBND TP Nguyễn Đức Chung", &[]),
        ("góp phần vào kết quả của TP.Ghi nhận các kiến nghị", &[]),
        (
            "sẽ thành lập TP Thủy Nguyên Theo tờ trình",
            &[("thành phố", "Thủy Nguyên")],
        ),
        ("huyện Dương Minh Châu", &[("huyện", "Dương Minh Châu")]),
        ("Nghệ An: thành phố Vinh", &[("thành phố", "Vinh")]),
        ("Nguyễn H. Nam", &[]),
    ];

    #[test]
    fn examples() {
        for (phrase, expected) in EXAMPLES {
            let got: Vec<(&str, &str)> = find_districts(phrase)
                .iter()
                .map(|d| {
                    (
                        d.kind,
                        &phrase[d.start + d.text.len() - d.name.len()..d.end],
                    )
                })
                .collect();
            assert_eq!(got, *expected, "{phrase:?}");
            for d in find_districts(phrase) {
                assert_eq!(&phrase[d.start..d.end], d.text);
            }
        }
    }

    #[test]
    fn districts_are_never_provinces() {
        let text = "Huyện Sông Mã, thị xã Phú Mỹ và thành phố Sơn La";
        let provinces: Vec<&str> = super::super::find_provinces(text)
            .iter()
            .map(|m| m.province.name)
            .collect();
        assert_eq!(provinces, vec!["Sơn La"]);
    }
}
