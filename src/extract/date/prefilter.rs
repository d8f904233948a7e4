//! The date extractor's prefilters: fast scans that find where a rule's
//! pattern can match, or match it by hand, so that the regexes of the rules
//! (`scan/candidates.rs`, `stamp.rs`) run only there. Each gives what the
//! plain search over the whole text gives, and a property test at the
//! bottom holds it to that search, its oracle. What a match means stays in
//! the rule files; this file knows bytes, characters and where a pattern
//! can be. (The event rule's index, `event_index.rs`, is the other engine,
//! with a header of its own.)
//!
//! # What each replaces, its oracle, what it gained
//!
//! Figures as the commit that brought each in measured them: "dates" is the
//! date extractor's throughput, instruction counts are callgrind's over a
//! generated archive. A figure shared with other changes says so.
//!
//! - **Runs around separators** ([`separators_between_digits`],
//!   [`runs_around`], [`captures_in_runs`], [`dashes`], [`may_hold_dash`]).
//!   Replaces `NUMERIC_DAY`, `DAY_SPAN` and `YEAR_SPAN` over the whole text:
//!   they run only in the runs of their characters around a separator
//!   between ASCII digits (days and day spans: their numbers must parse) or
//!   a dash (spans of years), found with memchr; day spans only in runs
//!   holding a dash. Oracle: none of its own; the example tables
//!   (`date/tests.rs`) and the never-panics property tests run through it.
//!   Gain: dates 92 -> 232 MB/s (d288406, with "N tháng đầu" only around
//!   "tháng"); separators found once for days and day spans, with a frame
//!   change, 410 -> 435 MB/s CPU time (3bb1566); day spans only in runs
//!   holding a dash, with `reach_end`'s byte walk, `document_dates` on 3,000
//!   files 445.9M -> 436.6M instructions (8ce134e).
//! - **Numeric days by hand** ([`numeric_day`]). Replaces `NUMERIC_DAY` in a
//!   run of ASCII, where the regex costs more to start than this costs to
//!   run. Oracle: `NUMERIC_DAY` (`ascii_day_matches_regex`). Gain: dates
//!   350 -> 390 MB/s CPU time, best of 3 (2569410).
//! - **The accented words** ([`accented_words`]). Replaces one search per
//!   word (`(?i:tháng)`, `QUARTER` over the whole text, two substring
//!   searches for "năm") with one pass for "tháng", "quý" and "năm". Oracle:
//!   `(?i:tháng)` and `(?i:quý)` (`accented_words_match_regex`). Gain: within
//!   `document_dates` 572.2M -> 445.9M instructions, with other changes
//!   (511ba7a).
//! - **Around "tháng"** ([`around_thang`], [`reach_end`]). Replaces
//!   `WORDED_DAY`, `MONTH` and `MONTHS` over the whole text: each runs from
//!   as far before a "tháng" as its match may start to 40 non-space bytes
//!   after. Oracle: `reach_end` against a walk over chars
//!   (`reach_end_agrees_with_chars`). Gain: dates 397 -> 418 MB/s CPU time,
//!   mean of 6 (96875f2).
//! - **At "quý"** ([`at_anchors`]). Replaces `QUARTER` over the whole text:
//!   anchored, it runs at each "quý". Oracle: `QUARTER` unanchored over the
//!   whole text (`quarters_match_whole_text_scan`). Gain: within 511ba7a's.
//! - **"năm 2016" by hand** ([`year_matches_at`]). Replaces
//!   `(?i:năm)\s+(\d{4})` over the whole text with a check at each "năm".
//!   Oracle: that regex (`years_match_regex`). Gain: dates 416 -> 434 MB/s
//!   CPU time, mean of 6 (8aa8fdf).
//! - **Stamp segments** ([`stamp_segments`]). Replaces `STAMP_LINE` and
//!   `LABELLED` (`stamp.rs`, rules 1 and 2) over the whole text: they run
//!   only in the segments between barrier bytes that hold a "D/M/YYYY" and
//!   a line start. Oracle: the two rules over the whole text
//!   (`segments_agree_on_stamp_like_text`, `segments_agree_with_whole_text`).
//!   Gain: published 335 -> 2700 MB/s, dates 70 -> 92 MB/s (ad9ffaa);
//!   barriers found with memchr, published 7200 -> 11700 MB/s CPU time
//!   (c8c0941).
//! - **Stepping back by chars** ([`chars_back`]). Replaces the walks over
//!   chars of `cue::window_before` and `cue::lines_before` with a count over
//!   bytes. Oracle: the walks over chars (`byte_walks_as_char_walks`). Gain:
//!   with the split of `cue`'s `DOCUMENT_BEFORE`, the whole run on 3,000
//!   files 2,752 M -> 2,732 M instructions, dates 345 M -> 325 M (9af684b).
//!
//! # Left with their rules
//!
//! A fast path that is one with its rule stays in the rule's file, with its
//! oracle test, where moving it would make the rule harder to read:
//! `cue::suffix_time` (the regex only where a clock can open),
//! `cue::extend_prefix` (groups read only from the matched prefix), the
//! split of `DOCUMENT_BEFORE` into a test per alternative, the word
//! boundaries written outside `(?i)` (`cue.rs`, `event.rs`), the chains and
//! range joins compared by hand (`cue::is_chain`, `cue::is_range_join`),
//! rule 1 of `stamp.rs` cut at its segment's last line end, and the
//! relative forms found from their second word by substring search
//! (`scan/relative.rs`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::cue;
use super::scan::{NUMERIC_DAY, is_pattern_dash};

/// More non-space bytes than any match of the patterns run at an anchor
/// ("tháng", "quý") holds after its word.
const AFTER_WORD: usize = 40;

/// Byte offsets of separators (as `is_day_sep`) between two ASCII digits:
/// every numeric day and day span that is kept holds one (its numbers must
/// parse, and only ASCII digits do). Found with memchr, so the digit-led
/// patterns run only around them.
pub(super) fn separators_between_digits(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let between = |i: usize, len: usize| i > 0 && digit(i - 1) && digit(i + len);
    // PERF: three ASCII separators in one SIMD scan; a char is decoded
    // only at a 0xE2 lead byte, below.
    let mut at: Vec<usize> = memchr::memchr3_iter(b'/', b'.', b'-', b)
        .filter(|&i| between(i, 1))
        .collect();
    // The other dashes are three bytes, led by 0xE2.
    let before = at.len();
    at.extend(
        memchr::memchr_iter(0xE2, b)
            .filter(|&i| between(i, 3) && text[i..].chars().next().is_some_and(is_pattern_dash)),
    );
    if at.len() > before {
        at.sort_unstable();
    }
    at
}

/// Byte offsets of every dash of the patterns (`is_pattern_dash`): "-" and
/// the three-byte dashes led by 0xE2.
pub(super) fn dashes(text: &str) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    // PERF: one SIMD scan for "-" and the lead byte of the others, which is
    // decoded only there.
    memchr::memchr2_iter(b'-', 0xE2, b)
        .filter(|&i| b[i] == b'-' || text[i..].chars().next().is_some_and(is_pattern_dash))
}

/// False when `text[run]` holds no dash: no "-" and no byte that leads one.
pub(super) fn may_hold_dash(text: &str, run: &Range<usize>) -> bool {
    // PERF: a byte scan, no decoding; most runs ("24/12/2016") have none.
    memchr::memchr2(b'-', 0xE2, &text.as_bytes()[run.clone()]).is_some()
}

/// The maximal runs of `allowed` characters around each trigger (byte
/// offsets of allowed characters, in order), each run once. A pattern whose
/// matches hold only such characters and a trigger finds the same matches
/// in these runs as in the whole text.
pub(super) fn runs_around(
    text: &str,
    triggers: impl IntoIterator<Item = usize>,
    allowed: fn(char) -> bool,
) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    let mut done = 0;
    for t in triggers {
        if t < done {
            continue;
        }
        let start = t - text[done..t]
            .chars()
            .rev()
            .take_while(|&c| allowed(c))
            .map(char::len_utf8)
            .sum::<usize>();
        let end = t + text[t..]
            .chars()
            .take_while(|&c| allowed(c))
            .map(char::len_utf8)
            .sum::<usize>();
        out.push(start..end);
        done = end;
    }
    out
}

/// The matches of `re` in the runs, as `captures_iter` over the whole text
/// would give them (the caller makes sure no match leaves its run).
pub(super) fn captures_in_runs<'t>(
    re: &'t Regex,
    text: &'t str,
    runs: Vec<std::ops::Range<usize>>,
) -> impl Iterator<Item = Captures<'t>> + 't {
    runs.into_iter().flat_map(move |run| {
        let hay = &text[..run.end];
        let mut pos = run.start;
        std::iter::from_fn(move || {
            let c = re.captures_at(hay, pos)?;
            let m = c.get(0)?;
            // Every pattern here matches at least one character.
            pos = m.end().max(m.start() + 1);
            Some(c)
        })
    })
}

/// A match of `NUMERIC_DAY`.
pub(super) struct DayMatch<'t> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) day: &'t str,
    pub(super) sep1: &'t str,
    pub(super) month: &'t str,
    pub(super) month_end: usize,
    /// The second separator and the year, both or neither.
    pub(super) sep2: Option<&'t str>,
    pub(super) year: Option<&'t str>,
}

/// `NUMERIC_DAY` matched at byte `i` of an ASCII haystack `text[..end]`,
/// by hand: the regex costs more to start than this costs to run. Same
/// preferences as the regex: two digits before one, the year when it fits.
fn ascii_day_at(text: &str, i: usize, end: usize) -> Option<DayMatch<'_>> {
    let b = &text.as_bytes()[..end];
    let digits = |at: usize, n: usize| {
        b.get(at..at + n)
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    let sep = |at: usize| matches!(b.get(at), Some(b'/' | b'.' | b'-'));
    for dl in [2, 1] {
        if !digits(i, dl) || !sep(i + dl) {
            continue;
        }
        let j = i + dl + 1;
        for ml in [2, 1] {
            if !digits(j, ml) {
                continue;
            }
            let k = j + ml;
            // Four digits before two, as the regex's alternation.
            let yl = [4, 2]
                .into_iter()
                .find(|&n| sep(k) && digits(k + 1, n))
                .unwrap_or(0);
            let year = yl > 0;
            return Some(DayMatch {
                start: i,
                end: if year { k + 1 + yl } else { k },
                day: &text[i..i + dl],
                sep1: &text[i + dl..j],
                month: &text[j..k],
                month_end: k,
                sep2: year.then(|| &text[k..k + 1]),
                year: year.then(|| &text[k + 1..k + 1 + yl]),
            });
        }
    }
    None
}

/// The leftmost `NUMERIC_DAY` match in `text[pos..end]`.
pub(super) fn numeric_day(text: &str, pos: usize, end: usize, ascii: bool) -> Option<DayMatch<'_>> {
    // PERF: in an ASCII run (most are) a few byte compares at each start
    // instead of the regex's start-up and capture slots.
    if ascii {
        return (pos..end).find_map(|i| ascii_day_at(text, i, end));
    }
    let c = NUMERIC_DAY.captures_at(&text[..end], pos)?;
    let m = c.get(0)?;
    let (month, year) = (c.get(3)?, c.get(5));
    Some(DayMatch {
        start: m.start(),
        end: m.end(),
        day: c.get(1)?.as_str(),
        sep1: c.get(2)?.as_str(),
        month: month.as_str(),
        month_end: month.end(),
        sep2: year.and(c.get(4)).map(|s| s.as_str()),
        year: year.map(|y| y.as_str()),
    })
}

/// The words with an accented letter that the date forms hold, any case.
pub(super) struct AccentedWords {
    /// Byte ranges of every "tháng", for the patterns that hold one.
    pub(super) thang: Vec<std::ops::Range<usize>>,
    /// Start of every "quý".
    pub(super) quy: Vec<usize>,
    /// Offset of the "ă"/"Ă" of every "năm".
    pub(super) breves: Vec<usize>,
}

/// "tháng", "quý", "năm" in any case: one search for the three words (no two
/// overlap) instead of one per word.
static ACCENTED_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i:tháng|quý|năm)").unwrap());

pub(super) fn accented_words(text: &str) -> AccentedWords {
    let mut words = AccentedWords {
        thang: Vec::new(),
        quy: Vec::new(),
        breves: Vec::new(),
    };
    // PERF: one pass of one automaton for the three words; the first byte
    // says which word was found.
    for m in ACCENTED_WORD.find_iter(text) {
        match text.as_bytes()[m.start()] {
            b't' | b'T' => words.thang.push(m.range()),
            b'q' | b'Q' => words.quy.push(m.start()),
            _ => words.breves.push(m.start() + 1),
        }
    }
    words
}

/// How far before its "tháng" a match may start: whitespace and at most
/// `word` bytes, then whitespace and at most `word2` bytes.
#[derive(Clone, Copy)]
pub(super) struct Reach {
    pub(super) word: usize,
    pub(super) word2: usize,
}

/// `pos` moved back over whitespace, then over `n` bytes, not before `floor`.
fn back_over(text: &str, floor: usize, pos: usize, n: usize) -> usize {
    let space = text[floor..pos]
        .chars()
        .rev()
        .take_while(|c| c.is_whitespace())
        .map(char::len_utf8)
        .sum::<usize>();
    text.floor_char_boundary((pos - space).saturating_sub(n).max(floor))
}

/// The matches of `re` (a pattern holding one "tháng" with whitespace right
/// after it), as `captures_iter` gives them, searched only around each
/// "tháng" in `thang`: from as far back as `reach` lets a match start to 40
/// non-space bytes after, more than any match runs on. `keep` rules a
/// "tháng" out by what follows it.
pub(super) fn around_thang<'t>(
    text: &'t str,
    thang: &'t [std::ops::Range<usize>],
    re: &'t Regex,
    reach: Reach,
    keep: fn(&str) -> bool,
) -> impl Iterator<Item = Captures<'t>> + 't {
    let mut done = 0;
    thang.iter().filter_map(move |t| {
        if t.start < done || !cue::char_after(text, t.end).is_some_and(char::is_whitespace) {
            return None;
        }
        if !keep(text[t.end..].trim_start()) {
            return None;
        }
        // PERF: the regex runs in a window a few dozen bytes wide, not from
        // here to the text's end.
        let mut start = t.start;
        if reach.word > 0 {
            start = back_over(text, done, start, reach.word);
        }
        if reach.word2 > 0 {
            start = back_over(text, done, start, reach.word2);
        }
        let limit = reach_end(text, t.end, AFTER_WORD);
        let c = re.captures_at(&text[..limit], start)?;
        let m = c.get(0)?;
        if m.start() > t.start {
            // It holds a later "tháng": found from there.
            return None;
        }
        done = m.end();
        Some(c)
    })
}

/// The matches of `re`, anchored with `^`, whose every match starts with
/// a word of `word_len` bytes at one of `anchors` (in order), as the
/// unanchored pattern's `captures_iter` over the whole text finds them, with
/// their range in `text`. Each runs in a window longer than any match.
pub(super) fn at_anchors<'t>(
    re: &'t Regex,
    text: &'t str,
    anchors: &'t [usize],
    word_len: usize,
) -> impl Iterator<Item = (Range<usize>, Captures<'t>)> + 't {
    let mut done = 0;
    anchors.iter().filter_map(move |&at| {
        if at < done {
            return None;
        }
        // PERF: anchored in a window, the regex reads a few dozen bytes per
        // anchor instead of scanning the whole text.
        let hay = &text[..reach_end(text, at + word_len, AFTER_WORD)];
        let c = re.captures(&hay[at..])?;
        let whole = c.get(0).unwrap();
        let m = (at + whole.start())..(at + whole.end());
        done = m.end;
        Some((m, c))
    })
}

/// Where a match that starts before `from` can end at most: past all
/// whitespace and `budget` bytes of anything else.
pub(super) fn reach_end(text: &str, from: usize, budget: usize) -> usize {
    let b = text.as_bytes();
    let mut limit = from;
    let mut budget = budget;
    while limit < b.len() {
        // PERF: decoded only when the lead byte may start a whitespace char
        // (U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000).
        let (len, space) = match b[limit] {
            lead @ 0..=0x7F => (1, matches!(lead, b' ' | b'\t'..=b'\r')),
            0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                let c = text[limit..].chars().next().unwrap_or_default();
                (c.len_utf8(), c.is_whitespace())
            }
            0xC0..=0xDF => (2, false),
            0xE0..=0xEF => (3, false),
            _ => (4, false),
        };
        if !space {
            if budget == 0 {
                break;
            }
            budget = budget.saturating_sub(len);
        }
        limit += len;
    }
    limit
}

/// The "năm 2016" (`(?i:năm)\s+(\d{4})`) with ASCII digits (others do not
/// parse): "năm" in any case, whitespace, four digits. Found by hand from
/// each "năm" (`accented_words`), much faster than the regex over the whole
/// text; matches never overlap, so each is found on its own.
#[cfg(test)]
fn year_matches(text: &str) -> Vec<std::ops::Range<usize>> {
    year_matches_at(text, &accented_words(text).breves)
}

/// `year_matches` given the offset of the "ă"/"Ă" of every "năm", in order.
pub(super) fn year_matches_at(text: &str, breves: &[usize]) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    // PERF: byte compares around each "ă" found by `accented_words`; no
    // regex pass of its own.
    breves
        .iter()
        .filter_map(|&p| {
            let start = p.checked_sub(1)?;
            if !matches!(b[start], b'n' | b'N') || !matches!(b.get(p + 2), Some(b'm' | b'M')) {
                return None;
            }
            let rest = &text[p + 3..];
            let digits = rest.trim_start();
            if digits.len() == rest.len() {
                return None;
            }
            let d = digits.as_bytes().get(..4)?;
            d.iter()
                .all(u8::is_ascii_digit)
                .then(|| start..text.len() - digits.len() + 4)
        })
        .collect()
}

/// Bytes that no match of rule 1 or 2 can hold: they cut the text into
/// segments that can be searched on their own. Three (of many such: ")",
/// "!", "?", "%"...) so memchr finds them; the commonest in prose.
const BARRIERS: (u8, u8, u8) = (b'.', b';', b'(');

/// True when a "D/M/YYYY" starts at byte `i` (the first "/" is at `i + 1` or
/// `i + 2`), as rules 1 and 2 need.
fn core_at_slash(b: &[u8], slash: usize) -> bool {
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if slash == 0 || !digit(slash - 1) {
        return false;
    }
    let mut j = slash + 1;
    let mut n = 0;
    while n < 2 && digit(j) {
        j += 1;
        n += 1;
    }
    n > 0 && b.get(j) == Some(&b'/') && (j + 1..j + 5).all(digit)
}

/// Segments between barriers that hold a "D/M/YYYY" and a line start: every
/// match of `stamp.rs`'s rules 1 and 2 lies inside one (the rules run only
/// there, not over the whole text). Each is `start..end`, `end` being the
/// barrier or the text end.
pub(super) fn stamp_segments(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let b = text.as_bytes();
    let mut done = 0;
    // PERF: memchr finds each "/" and the barriers around it; a segment is
    // read once, however many "/" it holds.
    memchr::memchr_iter(b'/', b)
        .filter_map(move |slash| {
            if slash < done || !core_at_slash(b, slash) {
                return None;
            }
            let (x, y, z) = BARRIERS;
            let start = memchr::memrchr3(x, y, z, &b[done..slash]).map_or(done, |i| done + i + 1);
            let end = memchr::memchr3(x, y, z, &b[slash..]).map_or(b.len(), |i| slash + i);
            done = end;
            Some(start..end)
        })
        // Both rules start at a line start, which a segment after a barrier
        // holds only past a line end.
        .filter(move |seg| seg.start == 0 || memchr::memchr(b'\n', &b[seg.clone()]).is_some())
}

/// Start of the last `max_chars` chars of `text[..pos]`, or 0: steps back
/// as many bytes as chars are missing and counts the chars taken (a count
/// over bytes, no decoding), until none are missing.
pub(super) fn chars_back(text: &str, pos: usize, max_chars: usize) -> usize {
    let mut start = pos;
    let mut missing = max_chars;
    // PERF: steps over bytes and counts the chars of the slice stepped
    // over (a byte count, no decoding) instead of walking back char by
    // char; a char is at least a byte, so no step overshoots.
    while missing > 0 && start > 0 {
        let next = text.floor_char_boundary(start.saturating_sub(missing));
        // Each char taken has a byte among the `missing` stepped over.
        missing -= text[next..start].chars().count();
        start = next;
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::date::cue::{lines_before, window_before};
    use crate::extract::date::scan::QUARTER;
    use crate::extract::date::stamp::{labelled, stamp_line, stamp_line_and_labelled};
    use proptest::prelude::*;

    /// "năm 2016": `year_matches` finds it by hand; its oracle.
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i:năm)\s+(\d{4})").unwrap());

    /// The word "tháng": `accented_words` finds it by hand; its oracle.
    static THANG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i:tháng)").unwrap());

    proptest! {
        /// The hand matcher agrees with `NUMERIC_DAY` on ASCII runs.
        #[test]
        fn ascii_day_matches_regex(s in "[0-9/.\\-]{0,16}") {
            for pos in 0..=s.len() {
                let hand = numeric_day(&s, pos, s.len(), true)
                    .map(|m| (m.start, m.end, m.day, m.sep1, m.month, m.sep2, m.year));
                let re = numeric_day(&s, pos, s.len(), false)
                    .map(|m| (m.start, m.end, m.day, m.sep1, m.month, m.sep2, m.year));
                prop_assert_eq!(hand, re);
            }
        }

        /// The hand search finds "tháng" and "quý" as the regexes do.
        #[test]
        fn accented_words_match_regex(s in "(tháng|THÁNG|tHÁng|thang|quý|QUÝ|qUý|quy|năm|ă|Ă|th|qu|á|Á|ý|Ý|x| ){0,16}") {
            let words = accented_words(&s);
            let thang: Vec<_> = THANG.find_iter(&s).map(|m| m.range()).collect();
            prop_assert_eq!(words.thang, thang);
            let quy = Regex::new(r"(?i:quý)").unwrap();
            let quy: Vec<_> = quy.find_iter(&s).map(|m| m.start()).collect();
            prop_assert_eq!(words.quy, quy);
        }

        /// Quarters found at each "quý" are those of a scan of the whole text.
        #[test]
        fn quarters_match_whole_text_scan(s in "(quý|QUÝ|Quý|quy|I|II|IV|V|1|4|5|/|-|–|năm|2017|20| |\n|x){0,16}") {
            let unanchored = Regex::new(QUARTER.as_str().strip_prefix('^').unwrap()).unwrap();
            let whole: Vec<_> = unanchored
                .captures_iter(&s)
                .map(|c| (c.get(0).unwrap().range(), c[1].to_string(), c[2].to_string()))
                .collect();
            let quy = accented_words(&s).quy;
            let at_quy: Vec<_> = at_anchors(&QUARTER, &s, &quy, "quý".len())
                .map(|(m, c)| (m, c[1].to_string(), c[2].to_string()))
                .collect();
            prop_assert_eq!(at_quy, whole);
        }

        /// The byte walk of `reach_end` stops where a walk over chars does.
        #[test]
        fn reach_end_agrees_with_chars(s in "(a|ă|ậ| |\t|\n|\u{b}|\u{85}|\u{a0}|\u{1680}|\u{2003}|\u{3000}|𝟙|1){0,40}", budget in 0usize..12) {
            let mut limit = 0;
            let mut left = budget;
            for c in s.chars() {
                if !c.is_whitespace() {
                    if left == 0 {
                        break;
                    }
                    left = left.saturating_sub(c.len_utf8());
                }
                limit += c.len_utf8();
            }
            prop_assert_eq!(reach_end(&s, 0, budget), limit);
        }

        /// The hand search finds the `YEAR` matches that have ASCII digits.
        #[test]
        fn years_match_regex(s in "(năm|NĂM|Năm|nĂm|ăm|n|[ \u{a0}\n]|[0-9]|١|x|/){0,24}") {
            let re: Vec<_> = YEAR
                .find_iter(&s)
                .filter(|m| {
                    s.is_char_boundary(m.end() - 4)
                        && s[m.end() - 4..m.end()].bytes().all(|b| b.is_ascii_digit())
                })
                .map(|m| m.range())
                .collect();
            prop_assert_eq!(year_matches(&s), re);
        }
    }

    proptest! {
        #[test]
        fn segments_agree_on_stamp_like_text(s in "([0-9]{1,4}|[/.,:|()\\-–;\" \t]|\n|Thứ Ba|Tue|GMT|\\+7|Ngày đăng|Cập nhật lúc|lúc|ngày|x){0,30}") {
            let (line, label) = stamp_line_and_labelled(&s);
            prop_assert_eq!(line, stamp_line(&s));
            prop_assert_eq!(label, labelled(&s));
        }
    }

    /// The segment search finds what a scan of the whole text finds.
    #[test]
    fn segments_agree_with_whole_text() {
        for text in [
            "Tue, 27/12/2016 17:00 | GMT +7",
            "x.\nThứ Ba,\n\n27/12/2016\n17:00\n.",
            "a 3/4/2016.\n  27/12/2016 17:00  \nb",
            "Ngày đăng: 27/12/2016. Cập nhật: 17:00, 28/12/2016",
            "(27/12/2016 17:00)\n27/12/2016 17:00\n",
            "số 108/2014/NĐ-CP\nposted on Chủ nhật, 1/2/2015 lúc 8:30:00",
        ] {
            let (line, label) = stamp_line_and_labelled(text);
            assert_eq!(line, stamp_line(text), "{text:?}");
            assert_eq!(label, labelled(text), "{text:?}");
        }
    }

    /// `window_before` as first written: a walk over chars.
    fn window_before_by_chars(text: &str, pos: usize, max_chars: usize) -> &str {
        let head = &text[..pos];
        let mut start = pos;
        for (n, (i, c)) in head.char_indices().rev().enumerate() {
            if c == '\n' || n == max_chars {
                break;
            }
            start = i;
        }
        &head[start..]
    }

    /// `lines_before` as first written: a walk over chars.
    fn lines_before_by_chars(text: &str, pos: usize, max_chars: usize) -> &str {
        let head = &text[..pos];
        let mut start = pos;
        let mut newline = false;
        for (n, (i, c)) in head.char_indices().rev().enumerate() {
            if n == max_chars || (c == '\n' && newline) {
                break;
            }
            if c == '\n' {
                newline = true;
            } else if !c.is_whitespace() {
                newline = false;
            }
            start = i;
        }
        &head[start..]
    }

    proptest! {
        /// The byte walks stop where the walks over chars stop.
        #[test]
        fn byte_walks_as_char_walks(s in "(a|ậ| |\t|\n|\u{b}|\u{85}|\u{a0}|\u{1680}|\u{2003}|\u{3000}|𝟙|1|\r){0,40}", max in 0usize..30) {
            for (i, _) in s.char_indices().chain([(s.len(), ' ')]) {
                prop_assert_eq!(window_before(&s, i, max), window_before_by_chars(&s, i, max));
                prop_assert_eq!(lines_before(&s, i, max), lines_before_by_chars(&s, i, max));
            }
        }
    }
}
