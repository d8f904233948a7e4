//! The candidate finders, one per numeric or keyword form (`date/mod.rs`,
//! rules 1 and 2): numeric days, days in words, day spans, months,
//! quarters, years, spans of years, month counts. Each pushes what it
//! finds; overlaps are resolved after (`resolve.rs`).

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::{Captures, Regex};

use super::types::{Cand, Head, Raw, valid, valid_month_day, year};
use crate::extract::date::cue;
use crate::extract::text::is_dash;

/// "24/12/2016", "24-12-2016", "24.12.2016", "30/12", "13-3", "22.4",
/// "3/3/17".
static NUMERIC_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{1,2})([/.\-‐‑‒–—―−])(\d{1,2})(?:([/.\-‐‑‒–—―−])(\d{4}|\d{2}))?").unwrap()
});

/// A dash and another day right after a day: "30/6-1/7/2017".
static DASH_DAY_NEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[\-‐‑‒–—―−]\s*\d{1,2}[/.]\d{1,2}").unwrap());

/// "ngày 24 tháng 12 năm 2016", "ngày 19 tháng 6", "ngày 25 tháng 01/2025".
static WORDED_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})(?:\s*/\s*(\d{4})|\s+(?i:năm)\s+(\d{4}))?",
    )
    .unwrap()
});

/// "ngày 6-7/7", "2 ngày 6-7/7/2017".
static DAY_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{1,2})\s*[\-‐‑‒–—―−]\s*(\d{1,2})([/.])(\d{1,2})(?:([/.])(\d{4}))?").unwrap()
});

/// "tháng 12/2016", "tháng 12 năm 2016", "tháng 12-2016".
static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:tháng)\s+(\d{1,2})(?:\s*[/.\-‐‑‒–—―−]\s*|\s+(?i:năm)\s+)(\d{4})").unwrap()
});

/// "quý I/2017", "quý 1 năm 2017"; anchored, run at each "quý".
static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:quý)\s+(IV|III|II|I|[1-4])(?:\s*[/.\-‐‑‒–—―−]\s*|\s+(?i:năm)\s+)(\d{4})")
        .unwrap()
});

/// "năm 2016". `years` matches it by hand; kept to check that in tests.
#[cfg(test)]
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i:năm)\s+(\d{4})").unwrap());

/// "2016-2020", "2016 – 2021" (with a keyword checked in code).
static YEAR_SPAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})\s*[\-‐‑‒–—―−]\s*(\d{4})").unwrap());

/// "4 tháng đầu năm 2017", "6 tháng cuối năm", "8 tháng tiếp theo".
static MONTHS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+(?i:tháng)\s+(đầu|cuối|tiếp theo|còn lại)(?:\s+(?i:năm)(?:\s+(\d{4}))?)?",
    )
    .unwrap()
});

fn num<T: std::str::FromStr>(c: &Captures, i: usize) -> Option<T> {
    c.get(i)?.as_str().parse().ok()
}

fn is_glue(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '/' | '\\' | '_' | '@' | '#' | '&' | '=' | '%')
}

/// Byte offset just after the first char at `pos`, to retry a scan there.
fn next_char(text: &str, pos: usize) -> usize {
    pos + text[pos..].chars().next().map_or(1, char::len_utf8)
}

/// True when the number at `start` is glued to what comes before it: a
/// letter or digit, a "/", or a decimal or thousands mark ("91,19/100",
/// "(0212).3752").
fn glued_before(text: &str, start: usize, allow_dash_after_digit: bool) -> bool {
    let Some(p) = cue::char_before(text, start) else {
        return false;
    };
    if is_glue(p) {
        return true;
    }
    let prev = || cue::char_before(text, start - p.len_utf8());
    match p {
        '.' | ',' | ':' => prev().is_some_and(|c| c.is_ascii_digit()),
        c if is_dash(c) => !allow_dash_after_digit && prev().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// True when the match ending at `end` runs on into a longer token: a digit
/// or letter, a "/" ("108/2014/NĐ-CP"), or a mark followed by a digit.
pub(super) fn glued_after(text: &str, end: usize, allow_dash_digit: bool) -> bool {
    let Some(n) = cue::char_after(text, end) else {
        return false;
    };
    if n.is_alphanumeric() || n == '/' || n == '\\' {
        return true;
    }
    let digit_next = cue::second_char_after(text, end).is_some_and(|c| c.is_ascii_digit());
    match n {
        '.' | ',' | ':' => digit_next,
        c if is_dash(c) => !allow_dash_digit && digit_next,
        _ => false,
    }
}

fn same_sep(a: &str, b: &str) -> bool {
    let dash = |s: &str| s.chars().all(is_dash);
    a == b || (dash(a) && dash(b))
}

/// The separators of a numeric day, as in `NUMERIC_DAY`.
pub(super) fn is_day_sep(c: char) -> bool {
    matches!(c, '/' | '.' | '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−')
}

/// The dashes of the patterns above.
fn is_pattern_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−')
}

/// Byte offsets of separators (as `is_day_sep`) between two ASCII digits:
/// every numeric day and day span that is kept holds one (its numbers must
/// parse, and only ASCII digits do). Found with memchr, so the digit-led
/// patterns run only around them.
pub(super) fn separators_between_digits(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let between = |i: usize, len: usize| i > 0 && digit(i - 1) && digit(i + len);
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

/// A match of `NUMERIC_DAY`.
struct DayMatch<'t> {
    start: usize,
    end: usize,
    day: &'t str,
    sep1: &'t str,
    month: &'t str,
    month_end: usize,
    /// The second separator and the year, both or neither.
    sep2: Option<&'t str>,
    year: Option<&'t str>,
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
fn numeric_day(text: &str, pos: usize, end: usize, ascii: bool) -> Option<DayMatch<'_>> {
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

/// The year of a two-digit "17" in "3/3/17": 2017, unless that lies more
/// than ten years after the stamp (2030 without one), then 1917 — which is
/// before 1945, so none. "2/9/45" is 1945, "3/9/91" 1991.
fn two_digit_year(yy: i16, stamp: Option<Date>) -> Option<i16> {
    let latest = stamp.map_or(2030, |s| s.year() + 10);
    year(if 2000 + yy <= latest {
        2000 + yy
    } else {
        1900 + yy
    })
}

/// `seps`: `separators_between_digits`.
pub(super) fn numeric_days(text: &str, seps: &[usize], stamp: Option<Date>, out: &mut Vec<Cand>) {
    let runs = runs_around(text, seps.iter().copied(), |c| {
        c.is_numeric() || is_day_sep(c)
    });
    let mut last_end: Option<usize> = None;
    for run in runs {
        let ascii = text[run.clone()].is_ascii();
        let mut pos = run.start;
        while let Some(c) = numeric_day(text, pos, run.end, ascii) {
            let (start, mut end) = (c.start, c.end);
            pos = next_char(text, start);
            let (Ok(d), Ok(mo)) = (c.day.parse::<i8>(), c.month.parse::<i8>()) else {
                continue;
            };
            let mut y = None;
            // "3/3/17": a year all the same, but it needs a cue as a day without one does.
            let mut two_digits = false;
            if let (Some(sep2), Some(yy)) = (c.sep2, c.year.and_then(|y| y.parse::<i16>().ok())) {
                if same_sep(c.sep1, sep2) {
                    two_digits = c.year.is_some_and(|y| y.len() == 2);
                    y = Some(yy);
                } else {
                    end = c.month_end;
                }
            }
            let has_year = y.is_some() && !two_digits;
            // "ngày 30/6-1/7": a dash right after a day joins, it does not glue.
            let chained = last_end.is_some_and(|e| e <= start && cue::is_chain(&text[e..start]));
            let dash_day_next = DASH_DAY_NEXT.is_match(&text[end..]);
            if (!chained && glued_before(text, start, has_year))
                || glued_after(text, end, has_year || dash_day_next)
            {
                continue;
            }
            if two_digits {
                if !(chained || cue::has_yearless_cue(text, start)) {
                    continue;
                }
                y = y.and_then(|yy| two_digit_year(yy, stamp));
                if y.is_none() {
                    continue;
                }
            }
            match y {
                Some(yy) => {
                    if year(yy).is_none() || !valid(yy, mo, d) {
                        continue;
                    }
                }
                None => {
                    if !valid_month_day(mo, d) || !(chained || cue::has_yearless_cue(text, start)) {
                        continue;
                    }
                }
            }
            out.push(Cand {
                start,
                end,
                raw: Raw::Day {
                    y,
                    m: mo,
                    d,
                    time: None,
                },
                document: false,
            });
            last_end = Some(end);
            pos = end;
        }
    }
}

pub(super) fn worded_days(text: &str, thang: &[std::ops::Range<usize>], out: &mut Vec<Cand>) {
    // "ngày" (5 bytes) and a day (two digits, 8 bytes at most) before.
    let reach = Reach { word: 8, word2: 5 };
    for c in around_thang(text, thang, &WORDED_DAY, reach, |_| true) {
        let m = c.get(0).unwrap();
        if cue::char_before(text, m.start()).is_some_and(char::is_alphanumeric)
            || glued_after(text, m.end(), true)
        {
            continue;
        }
        let (Some(d), Some(mo)) = (num::<i8>(&c, 1), num::<i8>(&c, 2)) else {
            continue;
        };
        let y = num::<i16>(&c, 3).or_else(|| num::<i16>(&c, 4));
        let ok = match y {
            Some(y) => year(y).is_some() && valid(y, mo, d),
            None => valid_month_day(mo, d),
        };
        if ok {
            out.push(Cand {
                start: m.start(),
                end: m.end(),
                raw: Raw::Day {
                    y,
                    m: mo,
                    d,
                    time: None,
                },
                document: false,
            });
        }
    }
}

/// The matches of `re` in the runs, as `captures_iter` over the whole text
/// would give them (the caller makes sure no match leaves its run).
fn captures_in_runs<'t>(
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

/// `seps`: `separators_between_digits`.
pub(super) fn day_spans(text: &str, seps: &[usize], out: &mut Vec<Cand>) {
    let triggers = seps
        .iter()
        .copied()
        .filter(|&i| matches!(text.as_bytes()[i], b'/' | b'.'));
    let mut runs = runs_around(text, triggers, |c| {
        c.is_numeric() || c.is_whitespace() || is_day_sep(c)
    });
    // Every match holds a dash: "-" or one led by 0xE2. Most runs ("24/12/2016") have none.
    runs.retain(|run| memchr::memchr2(b'-', 0xE2, &text.as_bytes()[run.clone()]).is_some());
    for c in captures_in_runs(&DAY_SPAN, text, runs) {
        let m = c.get(0).unwrap();
        let mut end = m.end();
        let (Some(d1), Some(d2), Some(mo)) = (num::<i8>(&c, 1), num::<i8>(&c, 2), num::<i8>(&c, 4))
        else {
            continue;
        };
        let mut y = None;
        if let (Some(sep2), Some(yy)) = (c.get(5), num::<i16>(&c, 6)) {
            if sep2.as_str() == &c[3] {
                y = year(yy);
            }
            if y.is_none() {
                end = c.get(4).unwrap().end();
            }
        }
        if glued_before(text, m.start(), false)
            || glued_after(text, end, false)
            || !cue::has_yearless_cue(text, m.start())
            || d1 >= d2
        {
            continue;
        }
        let ok = match y {
            Some(y) => valid(y, mo, d1) && valid(y, mo, d2),
            None => valid_month_day(mo, d1) && valid_month_day(mo, d2),
        };
        if ok {
            out.push(Cand {
                start: m.start(),
                end,
                raw: Raw::DaySpan { y, m: mo, d1, d2 },
                document: false,
            });
        }
    }
}

/// Shared checks for "keyword number year" forms: the keyword starts a word,
/// the year ends one.
fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    !cue::char_before(text, start).is_some_and(char::is_alphanumeric)
        && !glued_after(text, end, true)
}

pub(super) fn months(text: &str, thang: &[std::ops::Range<usize>], out: &mut Vec<Cand>) {
    let reach = Reach { word: 0, word2: 0 };
    for c in around_thang(text, thang, &MONTH, reach, |_| true) {
        let m = c.get(0).unwrap();
        let (Some(mo), Some(y)) = (num::<i8>(&c, 1), num::<i16>(&c, 2).and_then(year)) else {
            continue;
        };
        if word_bounded(text, m.start(), m.end()) && (1..=12).contains(&mo) {
            out.push(Cand {
                start: m.start(),
                end: m.end(),
                raw: Raw::Month { y, m: mo },
                document: false,
            });
        }
    }
}

/// `QUARTER` as `captures_iter` finds it: every match starts at a "quý"
/// (`quy`, in order), so the anchored pattern runs only there, in a window
/// longer than any match.
pub(super) fn quarters(text: &str, quy: &[usize], out: &mut Vec<Cand>) {
    let mut done = 0;
    for &at in quy {
        if at < done {
            continue;
        }
        let hay = &text[..reach_end(text, at + "quý".len(), 40)];
        let Some(c) = QUARTER.captures(&hay[at..]) else {
            continue;
        };
        let whole = c.get(0).unwrap();
        let m = (at + whole.start())..(at + whole.end());
        done = m.end;
        let Some(y) = num::<i16>(&c, 2).and_then(year) else {
            continue;
        };
        let q = match &c[1] {
            "I" | "1" => 1,
            "II" | "2" => 2,
            "III" | "3" => 3,
            _ => 4,
        };
        if word_bounded(text, m.start, m.end) {
            out.push(Cand {
                start: m.start,
                end: m.end,
                raw: Raw::Quarter { y, q },
                document: false,
            });
        }
    }
}

/// The "năm 2016" (`YEAR`) with ASCII digits (others do not parse): "năm"
/// in any case, whitespace, four digits. Found by hand from each "năm"
/// (`accented_words`), much faster than the regex over the whole text;
/// matches never overlap, so each is found on its own.
#[cfg(test)]
fn year_matches(text: &str) -> Vec<std::ops::Range<usize>> {
    year_matches_at(text, &accented_words(text).breves)
}

/// `year_matches` given the offset of the "ă"/"Ă" of every "năm", in order.
fn year_matches_at(text: &str, breves: &[usize]) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
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

pub(super) fn years(text: &str, breves: &[usize], out: &mut Vec<Cand>) {
    for m in year_matches_at(text, breves) {
        let Some(y) = text[m.end - 4..m.end].parse::<i16>().ok().and_then(year) else {
            continue;
        };
        // "năm 2022của" is a typo for "năm 2022 của": only digits and "/"
        // glue a year to what follows.
        let after = cue::char_after(text, m.end);
        if cue::char_before(text, m.start).is_some_and(char::is_alphanumeric)
            || after.is_some_and(|c| c.is_ascii_digit() || c == '/')
        {
            continue;
        }
        out.push(Cand {
            start: m.start,
            end: m.end,
            raw: Raw::Year { y },
            document: false,
        });
    }
}

pub(super) fn year_spans(text: &str, out: &mut Vec<Cand>) {
    let b = text.as_bytes();
    let dashes = memchr::memchr2_iter(b'-', 0xE2, b)
        .filter(|&i| b[i] == b'-' || text[i..].chars().next().is_some_and(is_pattern_dash));
    let runs = runs_around(text, dashes, |c| {
        c.is_numeric() || c.is_whitespace() || is_pattern_dash(c)
    });
    for c in captures_in_runs(&YEAR_SPAN, text, runs) {
        let m = c.get(0).unwrap();
        let (Some(y1), Some(y2)) = (
            num::<i16>(&c, 1).and_then(year),
            num::<i16>(&c, 2).and_then(year),
        ) else {
            continue;
        };
        if y1 >= y2
            || y2 - y1 > 50
            || glued_before(text, m.start(), false)
            || glued_after(text, m.end(), false)
        {
            continue;
        }
        let Some(start) = cue::years_keyword(text, m.start()) else {
            continue;
        };
        out.push(Cand {
            start,
            end: m.end(),
            raw: Raw::Years { y1, y2 },
            document: false,
        });
    }
}

/// The word "tháng": `accented_words` finds it by hand; kept to check that in tests.
#[cfg(test)]
static THANG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i:tháng)").unwrap());

/// How far before its "tháng" a match may start: whitespace and at most
/// `word` bytes, then whitespace and at most `word2` bytes.
#[derive(Clone, Copy)]
struct Reach {
    word: usize,
    word2: usize,
}

/// `pos` moved back over whitespace, then over `n` bytes, not before `floor`.
fn back_over(text: &str, floor: usize, pos: usize, n: usize) -> usize {
    let space = text[floor..pos]
        .chars()
        .rev()
        .take_while(|c| c.is_whitespace())
        .map(char::len_utf8)
        .sum::<usize>();
    let mut start = (pos - space).saturating_sub(n).max(floor);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    start
}

/// The matches of `re` (a pattern holding one "tháng" with whitespace right
/// after it), as `captures_iter` gives them, searched only around each
/// "tháng" in `thang`: from as far back as `reach` lets a match start to 40
/// non-space bytes after, more than any match runs on. `keep` rules a
/// "tháng" out by what follows it.
fn around_thang<'t>(
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
        let mut start = t.start;
        if reach.word > 0 {
            start = back_over(text, done, start, reach.word);
        }
        if reach.word2 > 0 {
            start = back_over(text, done, start, reach.word2);
        }
        let limit = reach_end(text, t.end, 40);
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

/// Where a match that starts before `from` can end at most: past all
/// whitespace and `budget` bytes of anything else.
fn reach_end(text: &str, from: usize, budget: usize) -> usize {
    let b = text.as_bytes();
    let mut limit = from;
    let mut budget = budget;
    while limit < b.len() {
        // Decoded only when the lead byte may start a whitespace char
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
    for m in ACCENTED_WORD.find_iter(text) {
        match text.as_bytes()[m.start()] {
            b't' | b'T' => words.thang.push(m.range()),
            b'q' | b'Q' => words.quy.push(m.start()),
            _ => words.breves.push(m.start() + 1),
        }
    }
    words
}

pub(super) fn month_counts(text: &str, thang: &[std::ops::Range<usize>], out: &mut Vec<Cand>) {
    // A number word (7 bytes at most) or number before, a head word after.
    let reach = Reach { word: 7, word2: 0 };
    let heads = |tail: &str| {
        ["đầu", "cuối", "tiếp theo", "còn lại"]
            .iter()
            .any(|h| tail.starts_with(h))
    };
    for c in around_thang(text, thang, &MONTHS, reach, heads) {
        let m = c.get(0).unwrap();
        let n: i8 = match &c[1] {
            "hai" => 2,
            "ba" => 3,
            "bốn" => 4,
            "sáu" => 6,
            "bảy" => 7,
            "tám" => 8,
            "chín" => 9,
            "mười" => 10,
            s => s.parse().unwrap_or(0),
        };
        let head = match &c[2] {
            "đầu" => Head::First,
            "cuối" => Head::Last,
            _ => Head::Next,
        };
        // Only the optional "năm" can hold one, and it runs past the head word.
        let has_nam = m.end() > c.get(2).unwrap().end();
        if !(1..=11).contains(&n) || (head != Head::Next && !has_nam) {
            continue;
        }
        // "8 tháng tiếp theo năm ..." is not a form; keep only the count.
        let (end, y) = match head {
            Head::Next => (c.get(2).unwrap().end(), None),
            _ => (m.end(), num::<i16>(&c, 3)),
        };
        if c.get(3).is_some() && y.and_then(year).is_none() && head != Head::Next {
            continue;
        }
        if word_bounded(text, m.start(), end) {
            out.push(Cand {
                start: m.start(),
                end,
                raw: Raw::Months { n, head, y },
                document: false,
            });
        }
    }
}

#[cfg(test)]
mod prefilter_tests {
    use super::*;
    use proptest::prelude::*;

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
            let mut at_quy = Vec::new();
            let mut done = 0;
            for at in accented_words(&s).quy {
                if at < done {
                    continue;
                }
                if let Some(c) = QUARTER.captures(&s[at..reach_end(&s, at + 4, 40)]) {
                    let m = c.get(0).unwrap();
                    done = at + m.end();
                    at_quy.push((at + m.start()..done, c[1].to_string(), c[2].to_string()));
                }
            }
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
}
