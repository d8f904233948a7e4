//! Where a mention can be: the cue words every mention holds (an
//! honorific's or a title head's), found in one pass over the text, and the
//! sentence segment around each, which is all the rules of `mention.rs` read.
//! Lines of portal chrome ("Chịu trách nhiệm …", "Tổng biên tập …") are
//! skipped.
//!
//! The cue search replaces tokenizing the whole text: a sentence without a
//! cue yields no mention, so only sentences with one are tokenized. Its
//! candidate regex is tested against the cue automaton alone (the tests at
//! the bottom).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::tokens;
use crate::text::case::{eq_lower, is_upper};
use crate::text::words::is_alnum;

/// Lines that are portal furniture, never the report's people.
const CHROME_PREFIXES: &[&str] = &[
    "Chịu trách nhiệm",
    "Bản quyền",
    "Tổng biên tập",
    "Phó Tổng biên tập",
    "Phó tổng biên tập",
    "Trưởng ban biên tập",
    "Trưởng Ban biên tập",
    "Trưởng Ban Biên tập",
    "Giấy phép",
    "Địa chỉ",
    "Điện thoại",
    "Ghi rõ nguồn",
    "Cơ quan chủ quản",
];

/// True when the line starting at `text[line_start..]` is chrome.
pub(super) fn is_chrome_line(text: &str, line_start: usize) -> bool {
    let line = text[line_start..].trim_start_matches(|c: char| c != '\n' && c.is_whitespace());
    CHROME_PREFIXES.iter().any(|p| line.starts_with(p))
}

/// Words of which every mention holds at least one: the honorifics' words
/// (any case, marked: a capital must follow) and one word of each title head. A head's word counts only
/// where the head can be: right after one of the listed words ("tịch" after
/// "chủ"), or, when marked, capitalized (a head's first word must be:
/// "Trưởng ban", not "tăng trưởng"). A sentence without any of them yields
/// nothing, so only sentences with one are tokenized.
const CUES: &[(&str, &[&str], bool, bool)] = &[
    ("chí", &["đồng"], false, true),
    ("tri", &["cử"], false, true),
    ("đ/c", &[], false, true),
    ("ông", &[], false, true),
    ("bà", &[], false, true),
    ("anh", &[], false, true),
    ("chị", &[], false, true),
    ("cô", &[], false, true),
    ("thầy", &[], false, true),
    ("thư", &["bí"], false, false),
    ("tịch", &["chủ"], false, false),
    ("đốc", &["giám"], false, false),
    (
        "trưởng",
        &[
            "xóm", "đội", "tổ", "bộ", "thứ", "viện", "cục", "vụ", "hiệu", "huy",
        ],
        true,
        false,
    ),
    (
        "tướng",
        &["thủ", "đại", "thượng", "trung", "thiếu"],
        false,
        false,
    ),
    ("nhiệm", &["chủ"], false, false),
    ("chánh", &[], true, false),
    ("viên", &["ủy", "uỷ"], false, false),
    ("biểu", &["đại"], false, false),
    ("lệnh", &["tư"], false, false),
    ("biên", &["tổng"], false, false),
    ("tá", &["đại", "thượng", "trung", "thiếu"], false, false),
    ("sĩ", &["thạc", "tiến"], false, false),
    ("phó", &[], true, false),
];

/// True when the cue `CUES[index]` at `text[at..]` is where a mention can be.
fn cue_holds(text: &str, at: usize, end: usize, index: usize) -> bool {
    let (_, before, capital, name_after) = CUES[index];
    let placed = (before.is_empty() && !capital)
        || (capital && text[at..].chars().next().is_some_and(is_upper))
        || (!before.is_empty() && word_before_is(text, at, before));
    if !placed || !name_after {
        return placed;
    }
    // An honorific reads a name or a title next: a capital after spaces and
    // maybe a colon ("ông Nguyễn", "đồng chí: Chủ tịch").
    let is_space = |c: char| c != '\n' && c.is_whitespace();
    let rest = text[end..].trim_start_matches(is_space);
    let rest = rest
        .strip_prefix(':')
        .map_or(rest, |r| r.trim_start_matches(is_space));
    rest.chars().next().is_some_and(is_upper)
}

/// The cue words in every case: ASCII letters by the automaton's own
/// case folding, the others (ư, ở, Đ …) as variants. With each pattern,
/// its index in [`CUES`].
static CUE_FINDER: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut cue_of = Vec::new();
    for (index, (cue, ..)) in CUES.iter().enumerate() {
        let mut variants = vec![String::new()];
        for c in cue.chars() {
            let mut forms = vec![c];
            if !c.is_ascii() {
                forms.extend(c.to_uppercase().filter(|&u| u != c));
            }
            variants = variants
                .iter()
                .flat_map(|v| forms.iter().map(move |&f| format!("{v}{f}")))
                .collect();
        }
        cue_of.extend(variants.iter().map(|_| index));
        patterns.extend(variants);
    }
    let finder = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("cue words build");
    (finder, cue_of)
});

/// Where a whole-word cue may be: a cue word (the same case variants as
/// [`CUE_FINDER`]) after the text start or a character that is not an
/// ASCII letter or digit, and before the end or a character that is not one
/// of the letters [`is_alnum`] answers without a table. A superset of the
/// cue matches `scan_text` acts on; its search runs a lazy DFA over the text
/// in one pass, where the cue automaton stopped at every "ông" in "không".
/// Only a candidate's end is searched for (no reverse pass for its start):
/// its start is at most [`MAX_CANDIDATE_LEN`] bytes before.
static CUE_CANDIDATES: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    const NOT_LETTER: &str =
        r"[^0-9A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{1E00}-\x{1EFF}]";
    let mut words = Vec::new();
    for (cue, ..) in CUES {
        let mut word = String::new();
        for c in cue.chars() {
            let mut forms: Vec<char> = vec![c];
            if c.is_ascii_alphabetic() {
                forms.push(c.to_ascii_uppercase());
            } else if !c.is_ascii() {
                forms.extend(c.to_uppercase().filter(|&u| u != c));
            }
            let forms: Vec<String> = forms
                .iter()
                .map(|f| regex::escape(&f.to_string()))
                .collect();
            word.push_str(&format!("(?:{})", forms.join("|")));
        }
        words.push(word);
    }
    let pattern = format!(
        r"(?:^|(?-u:[^0-9A-Za-z]))(?:{})(?:{NOT_LETTER}|$)",
        words.join("|")
    );
    regex::bytes::Regex::new(&pattern).expect("cue candidates build")
});

/// The longest [`CUE_CANDIDATES`] match in bytes: a boundary byte, the
/// longest cue in any case ("trưởng", 9 bytes), a 4-byte character.
const MAX_CANDIDATE_LEN: usize = 1 + 9 + 4;

/// Where the cue search resumes for the candidate ending at `candidate_end`:
/// not before `pos`, and two bytes before the earliest start the candidate
/// can have. A match the search skips there ends before the candidate or is
/// no whole word and hides nothing; the two bytes take in the "đ" before a
/// '/' that opens a candidate, so "đ/chí" still shows "đ/c" first, whose end
/// hides the "chí" after it, as it would to a search from `pos`.
fn scan_start(pos: usize, candidate_end: usize) -> usize {
    candidate_end.saturating_sub(MAX_CANDIDATE_LEN + 2).max(pos)
}

/// True when the word before byte `at` (spaces between, no line end) ends
/// with one of `words` in any case.
fn word_before_is(text: &str, at: usize, words: &[&str]) -> bool {
    let before = text[..at].trim_end_matches(|c: char| c != '\n' && c.is_whitespace());
    words.iter().any(|w| {
        let n = w.chars().count();
        before
            .char_indices()
            .rev()
            .nth(n - 1)
            .is_some_and(|(k, _)| eq_lower(&before[k..], w))
    })
}

/// The first cue at or after byte `pos` where a mention can be: a whole
/// word after the word its head needs, as its byte span.
pub(super) fn next_cue(text: &str, mut pos: usize) -> Option<(usize, usize)> {
    let (finder, cue_of) = &*CUE_FINDER;
    // The cue search resumes just before the next candidate: every match it
    // would meet before one is no whole word, and skipping it skips nothing
    // (see `scan_start`).
    while let Some(candidate_end) =
        CUE_CANDIDATES.shortest_match_at(text.as_bytes(), pos.saturating_sub(1))
    {
        let from = scan_start(pos, candidate_end);
        let m = finder.find(aho_corasick::Input::new(text).span(from..text.len()))?;
        pos = m.end();
        if is_mention_cue(text, &m, cue_of) {
            return Some((m.start(), m.end()));
        }
    }
    None
}

/// True when the automaton's match `m` is a whole word where a mention can
/// be (see [`cue_holds`]).
fn is_mention_cue(text: &str, m: &aho_corasick::Match, cue_of: &[usize]) -> bool {
    let (s, e) = (m.start(), m.end());
    !text[..s].chars().next_back().is_some_and(is_alnum)
        && !text[e..].chars().next().is_some_and(is_alnum)
        && cue_holds(text, s, e, cue_of[m.pattern().as_usize()])
}

/// True for the bytes that end a sentence segment: every rule stops at them.
fn is_terminator(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b';' | b'\n')
}

/// True when the terminator at byte `i` ends a segment: any but a full stop
/// that may be an abbreviation's, which titles read across: one glued
/// between two capitals ("T.Ư", "TP.Hà Nội"), or after the word "TP" or "TX"
/// before spaces and a capital ("TP. Hà Nội");
/// [`tokens::Tokens::is_abbreviation_dot`] accepts fewer. Keeping a segment
/// whole loses nothing: a stop that is a sentence end still stops every rule
/// as a token.
fn ends_segment(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes[i] != b'.' {
        return true;
    }
    let before = text[..i].chars().next_back().is_some_and(is_upper);
    let after = text[i + 1..].chars().next().is_some_and(is_upper);
    if before && after {
        return false;
    }
    // Two ASCII bytes, so `i - 2` is a character boundary.
    let place_word = i >= 2
        && bytes[i - 2..i].is_ascii()
        && tokens::is_place_abbreviation(&text[i - 2..i])
        && !text[..i - 2].chars().next_back().is_some_and(is_alnum);
    let spaced_capital = text[i + 1..]
        .trim_start_matches(' ')
        .chars()
        .next()
        .is_some_and(is_upper);
    !(place_word && spaced_capital)
}

/// The start of the segment holding byte `at`: its terminator before, or 0.
pub(super) fn segment_start(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    while let Some(p) = bytes[..end].iter().rposition(|&b| is_terminator(b)) {
        if ends_segment(text, p) {
            return p;
        }
        end = p;
    }
    0
}

/// The end of the segment holding byte `at`: just past its terminator, or
/// the text end.
pub(super) fn segment_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut from = at;
    while let Some(p) = bytes[from..].iter().position(|&b| is_terminator(b)) {
        if ends_segment(text, from + p) {
            return from + p + 1;
        }
        from += p + 1;
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`next_cue`] without the candidate search: the cue automaton from
    /// `pos` on, match after match.
    fn next_cue_by_automaton(text: &str, mut pos: usize) -> Option<(usize, usize)> {
        let (finder, cue_of) = &*CUE_FINDER;
        while let Some(m) = finder.find(aho_corasick::Input::new(text).span(pos..text.len())) {
            pos = m.end();
            if is_mention_cue(text, &m, cue_of) {
                return Some((m.start(), m.end()));
            }
        }
        None
    }

    #[test]
    fn longest_candidate() {
        let longest_cue = CUES
            .iter()
            .map(|(cue, ..)| {
                cue.chars()
                    .map(|c| c.to_uppercase().to_string().len().max(c.len_utf8()))
                    .sum::<usize>()
            })
            .max();
        assert_eq!(Some(MAX_CANDIDATE_LEN), longest_cue.map(|n| 1 + n + 4));
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(3000))]

        /// The candidate search skips only what the automaton alone would
        /// reject, from any start: cues glued to letters, "đ/c" before
        /// "chí", "ông" inside "không", capitals and other scripts.
        #[test]
        fn candidates_find_what_the_automaton_finds(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "ông", "Ông", "ÔNG", "đ/c", "Đ/C", "Đ/c", "chí", "Chí", "đồng", "Đồng", "không",
                    "anh", "thanh", "bà", "Bà", "chị", "cô", "thầy", "cử", "tri", "Chủ", "tịch",
                    "Bí", "thư", "Trưởng", "trưởng", "TRƯỞNG", "Phó", "phó", "tá", "Đại", "sĩ", "Tiến",
                    "Thủ", "tướng", "Nguyễn", "Văn", "A", "x", "1", " ", " ", " ", "/", ",", ".",
                    "\n", "-", ":", "(", "Ω", "é", "\u{a0}", "中",
                ]),
                0..24,
            ),
            start in 0usize..64,
        ) {
            let text = pieces.concat();
            let pos = text.floor_char_boundary(start);
            proptest::prop_assert_eq!(next_cue(&text, pos), next_cue_by_automaton(&text, pos));
        }
    }

    /// Every honorific of the lexicon is a cue: its last word, after the
    /// word before it, and a name must follow.
    #[test]
    fn every_honorific_is_a_cue() {
        for h in crate::extract::lexicon::HONORIFICS {
            let words: Vec<&str> = h.split(' ').collect();
            let (last, before) = (words[words.len() - 1], words.len().checked_sub(2));
            let cue = CUES.iter().find(|(cue, ..)| *cue == last);
            let Some((_, after, _, name_after)) = cue else {
                panic!("no cue for {h}");
            };
            assert!(*name_after, "{h}");
            if let Some(b) = before {
                assert!(after.contains(&words[b]), "{h}");
            }
        }
    }

    /// Every capital that lowercases to a cue's letter is one the cue
    /// search finds: a word `eq_lower` accepts is never skipped.
    #[test]
    fn cue_search_finds_every_case() {
        let (finder, _) = &*CUE_FINDER;
        for (cue, ..) in CUES {
            for (k, c) in cue.char_indices() {
                for u in (0..=0x10ffff).filter_map(char::from_u32) {
                    if u.to_lowercase().eq([c]) {
                        let word = format!("{}{u}{}", &cue[..k], &cue[k + c.len_utf8()..]);
                        let hay = format!(" {word} ");
                        let m = finder.find(hay.as_str()).map(|m| (m.start(), m.end()));
                        assert_eq!(m, Some((1, 1 + word.len())), "{word}");
                    }
                }
            }
        }
    }
}
