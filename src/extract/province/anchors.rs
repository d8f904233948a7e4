//! The district unit words' search: where "huyện", "quận", "thị xã", "thành
//! phố", "TP.", "TP", "H." or "TX." starts a word, in any case, found from a
//! byte of each word rarer than its first (its anchor: y, q, x, p or "."),
//! the anchors of 32 bytes at once where the CPU has AVX2.
//!
//! Replaces the regex `(?i)(?:huyện|quận|thị xã|thành phố|tp\.|tp|h\.|tx\.) ?`,
//! run over every byte and its matches kept where no letter or digit comes
//! before: "h." and "tp" begin all over the text, and a case-insensitive
//! regex has no literal to skip ahead by.
//!
//! Oracle, in the tests below: that regex, against [`unit_words`] on unit
//! words in any case, cut, glued and repeated among the characters around
//! them (proptest) and on the seed fixtures, as written and upper-cased; and
//! the byte-by-byte [`is_candidate`], against the block scan at any length
//! and alignment (proptest).
//!
//! Gain, in instructions of `find_districts` on the 3,000-file generated
//! archive:
//! - 5520992, unit words from their rarer bytes by memchr in place of the
//!   regex: 165 M -> 128 M;
//! - 79c93ff, an anchor rejected on its first byte before the whole word is
//!   compared: 128 M -> 123 M;
//! - 806e28c, that first-byte check inlined at the call: 123 M -> 93 M;
//! - 3f2b302, the anchors found in one AVX2 pass over blocks of 32 bytes,
//!   seven vector instructions and a mask a block, instead of three memchr3
//!   passes that restarted after each of about 440,000 anchors: 93.0 M ->
//!   55.9 M (whole run 2,227.6 M -> 2,190.6 M);
//! - 9913a4c, a call only where the bytes around an anchor fit its word:
//!   about 48,000 calls instead of 416,000, 55.9 M -> 47.1 M.

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
/// These are the matches of the regex the module doc names that no letter
/// or digit precedes. Each word holds one byte rarer than its first (y, q,
/// x, p or "."), found in either case by [`for_each_candidate`]. (The
/// regex's other matches never hide one of these: inside a unit word and its
/// space, no character that follows a non-letter is an "h", "q" or "t".)
pub(super) fn unit_words(text: &str) -> Vec<(usize, usize, usize)> {
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
// PERF: inlined in the block scan, so an anchor costs a call only where the
// bytes around it fit its word (9913a4c).
#[inline(always)]
fn is_candidate(bytes: &[u8], i: usize) -> bool {
    let folded_back = |n: usize| i.checked_sub(n).map(|at| bytes[at] | 0x20);
    let b = bytes[i];
    if b == b'.' {
        return folded_back(1) == Some(b'h');
    }
    // PERF: `b | 0x20` is the lower case of an ASCII letter, and no other
    // byte becomes one of these letters: one test for both cases.
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

/// Calls `visit` with every `i` where [`is_candidate`] holds, in order.
// PERF: the anchors are common (one byte in 40): three memchr passes spent
// most of their time restarting after each one; one pass over blocks of 32
// bytes, a bit a byte, costs a turn only per anchor and a call only per
// candidate (one anchor in nine).
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

/// [`for_each_candidate`] with AVX2: the anchors of 32 bytes at once, then
/// [`is_candidate`] only at them.
// PERF: testing the bytes around the anchors in vectors too cost more than
// it saved.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn for_each_candidate_avx2(bytes: &[u8], mut visit: impl FnMut(usize)) {
    use std::arch::x86_64::{
        _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256,
        _mm256_set1_epi8,
    };
    const BLOCK: usize = 32;
    // PERF: `b | 0x20` is the lower case of an ASCII letter (see
    // `is_candidate`): one comparison a letter for both cases.
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
        // PERF: one bit a byte (the sign bits of the comparisons), so a
        // block costs a turn only per anchor.
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

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use regex::Regex;

    use super::*;
    use crate::testing::seeds;

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
        for text in [seeds::SON_LA_2016, seeds::SON_LA_SIPAS_2022] {
            let upper = text.to_uppercase();
            for text in [text, upper.as_str()] {
                let want = regex_unit_words(text);
                assert!(want.len() > 5);
                assert_eq!(unit_words(text), want);
            }
        }
    }
}
