//! The date extractor's prefilters: fast scans that find where a rule's
//! pattern can match, or match it by hand, so that the regexes of the rules
//! (`scan/candidates.rs`, `stamp.rs`) run only there. Each gives what the
//! plain search over the whole text gives, and a property test beside it
//! (`prefilter/tests.rs`) holds it to that search, its oracle. What a match
//! means stays in the rule files; this file knows bytes, characters and
//! where a pattern can be. (The event rule's index, `event_index.rs`, is
//! the other engine, with a header of its own.)
//!
//! # What each replaces, its oracle, what it gained
//!
//! Figures as the commit that brought each in measured them: "dates" is the
//! date extractor's throughput; instruction counts are over the 3,000-file
//! generated archive. A figure shared with other changes says so.
//!
//! - **Runs around separators** ([`separators_between_digits`],
//!   [`day_runs`], [`day_span_runs`], [`year_span_runs`],
//!   [`captures_in_runs`]). Replaces `NUMERIC_DAY`, `DAY_SPAN` and
//!   `YEAR_SPAN` over the whole text: they run only in the runs of their
//!   characters around a separator between ASCII digits (days and day spans:
//!   their numbers must parse) or a dash (spans of years), found with
//!   memchr; day spans only in runs holding a dash. Oracle: the three
//!   patterns over the whole text (`runs_hold_every_match`). Gain: dates
//!   92 -> 232 MB/s (d288406, with "N tháng đầu" only around "tháng");
//!   separators found once for days and day spans, with a change to frames,
//!   410 -> 435 MB/s CPU time (3bb1566); day spans only in runs holding a
//!   dash, with `reach_end`'s byte walk, `document_dates` 445.9M -> 436.6M
//!   instructions (8ce134e).
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
//!   after. Oracle: the three patterns over the whole text
//!   (`around_thang_as_whole_text`); `reach_end` against a walk over chars
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
//!   with the split of `cue`'s `DOCUMENT_BEFORE`, the whole run 2,752 M ->
//!   2,732 M instructions, dates 345 M -> 325 M (9af684b).
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
use super::scan::{NUMERIC_DAY, is_day_sep, is_pattern_dash};

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

/// The runs `NUMERIC_DAY` runs in: its characters (digits, separators)
/// around each separator between ASCII digits (`seps`).
pub(super) fn day_runs(text: &str, seps: &[usize]) -> Vec<Range<usize>> {
    runs_around(text, seps.iter().copied(), |c| {
        c.is_numeric() || is_day_sep(c)
    })
}

/// The runs `DAY_SPAN` runs in: its characters (digits, whitespace,
/// separators) around each "/" or "." between ASCII digits (`seps`), when
/// they hold a dash, as every match does.
pub(super) fn day_span_runs(text: &str, seps: &[usize]) -> Vec<Range<usize>> {
    let triggers = seps
        .iter()
        .copied()
        .filter(|&i| matches!(text.as_bytes()[i], b'/' | b'.'));
    let mut runs = runs_around(text, triggers, |c| {
        c.is_numeric() || c.is_whitespace() || is_day_sep(c)
    });
    // PERF: a byte scan for "-" or the lead byte of the other dashes, no
    // decoding, drops most runs ("24/12/2016" has no dash).
    runs.retain(|run| memchr::memchr2(b'-', 0xE2, &text.as_bytes()[run.clone()]).is_some());
    runs
}

/// The runs `YEAR_SPAN` runs in: its characters (digits, whitespace,
/// dashes) around each dash.
pub(super) fn year_span_runs(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    // PERF: one SIMD scan for "-" and the lead byte of the other dashes,
    // decoded only there.
    let dashes = memchr::memchr2_iter(b'-', 0xE2, b)
        .filter(|&i| b[i] == b'-' || text[i..].chars().next().is_some_and(is_pattern_dash));
    runs_around(text, dashes, |c| {
        c.is_numeric() || c.is_whitespace() || is_pattern_dash(c)
    })
}

/// The maximal runs of `allowed` characters around each trigger (byte
/// offsets of allowed characters, in order), each run once. A pattern whose
/// matches hold only such characters and a trigger finds the same matches
/// in these runs as in the whole text.
fn runs_around(
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
/// each "năm", given the offset of its "ă"/"Ă" (`accented_words`, in
/// order), much faster than the regex over the whole text; matches never
/// overlap, so each is found on its own.
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
mod tests;
