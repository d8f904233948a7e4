//! Finding date expressions: candidates from each form, overlaps resolved
//! (the longest wins), ranges joined, missing years inferred. The rules are
//! in the module doc (`mod.rs`).

use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::Date;
use regex::{Captures, Regex};

use super::{DateFact, DateKind};
use super::{cue, year};
use crate::text::dash::is_dash;

mod relative;
mod spoken;

/// Plausible years for a report: the state's documents start in 1945.
const YEARS: std::ops::RangeInclusive<i16> = 1945..=2100;

/// How many days after the publication stamp a day may fall and still be of
/// the stamp's year (a report can announce the next days' events).
const AHEAD_DAYS: i64 = 7;

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

/// Year, month, day.
type Ymd = (i16, i8, i8);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Head {
    First,
    Last,
    Next,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Raw {
    Day {
        y: Option<i16>,
        m: i8,
        d: i8,
        time: Option<(u8, u8)>,
    },
    DaySpan {
        y: Option<i16>,
        m: i8,
        d1: i8,
        d2: i8,
    },
    Month {
        y: i16,
        m: i8,
    },
    Quarter {
        y: i16,
        q: i8,
    },
    Year {
        y: i16,
    },
    Years {
        y1: i16,
        y2: i16,
    },
    Months {
        n: i8,
        head: Head,
        y: Option<i16>,
    },
    /// Two dates joined by "từ ... đến ...": indexes into the candidate list.
    Range {
        from: (i16, i8, i8),
        to: (i16, i8, i8),
    },
    /// "tháng 6", "tháng ba": a month the text gives without a year.
    YearlessMonth {
        m: i8,
    },
    /// "quý 2", "quý ba": a quarter the text gives without a year.
    YearlessQuarter {
        q: i8,
    },
    /// "hôm qua", "năm nay": said from the page's stamp, resolved against it.
    Relative(relative::Rel),
}

#[derive(Debug, Clone, Copy)]
struct Cand {
    start: usize,
    end: usize,
    raw: Raw,
    document: bool,
}

pub fn find(text: &str, stamp: Option<Date>) -> Vec<DateFact> {
    let seps = separators_between_digits(text);
    let words = accented_words(text);
    // Room for about as many candidates as anchors, so the list seldom grows.
    let mut cands = Vec::with_capacity(seps.len() + words.thang.len() + words.quy.len() + 8);
    numeric_days(text, &seps, stamp, &mut cands);
    worded_days(text, &words.thang, &mut cands);
    day_spans(text, &seps, &mut cands);
    months(text, &words.thang, &mut cands);
    quarters(text, &words.quy, &mut cands);
    years(text, &words.breves, &mut cands);
    year_spans(text, &mut cands);
    month_counts(text, &words.thang, &mut cands);
    spoken::days_and_months(text, &words.thang, stamp, &mut cands);
    spoken::quarters(text, &words.quy, stamp, &mut cands);
    if let Some(stamp) = stamp {
        relative::find(text, stamp, &words, &mut cands);
    }
    let mut cands = resolve(cands);
    // The record keeps the first MAX_FACTS dates: later candidates are not
    // worth their cues and years. Four times as many leave room for those
    // that join into ranges or are dropped as lunar.
    cands.truncate(4 * (crate::extract::MAX_FACTS + 1));
    for c in &mut cands {
        extend(text, c);
    }
    let cands = relative::absorb(text, cands);
    let cands = spoken::drop_lunar(text, cands);
    let cands = join_ranges(text, cands);
    build(text, &cands, stamp)
}

fn num<T: std::str::FromStr>(c: &Captures, i: usize) -> Option<T> {
    c.get(i)?.as_str().parse().ok()
}

fn year(y: i16) -> Option<i16> {
    YEARS.contains(&y).then_some(y)
}

fn valid(y: i16, m: i8, d: i8) -> bool {
    Date::new(y, m, d).is_ok()
}

/// A day without a year is checked against a leap year, so 29/2 passes.
fn valid_month_day(m: i8, d: i8) -> bool {
    valid(2000, m, d)
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
fn glued_after(text: &str, end: usize, allow_dash_digit: bool) -> bool {
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
fn is_day_sep(c: char) -> bool {
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
fn separators_between_digits(text: &str) -> Vec<usize> {
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
fn numeric_days(text: &str, seps: &[usize], stamp: Option<Date>, out: &mut Vec<Cand>) {
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

fn worded_days(text: &str, thang: &[std::ops::Range<usize>], out: &mut Vec<Cand>) {
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
fn day_spans(text: &str, seps: &[usize], out: &mut Vec<Cand>) {
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

fn months(text: &str, thang: &[std::ops::Range<usize>], out: &mut Vec<Cand>) {
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
fn quarters(text: &str, quy: &[usize], out: &mut Vec<Cand>) {
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

fn years(text: &str, breves: &[usize], out: &mut Vec<Cand>) {
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

fn year_spans(text: &str, out: &mut Vec<Cand>) {
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
struct AccentedWords {
    /// Byte ranges of every "tháng", for the patterns that hold one.
    thang: Vec<std::ops::Range<usize>>,
    /// Start of every "quý".
    quy: Vec<usize>,
    /// Offset of the "ă"/"Ă" of every "năm".
    breves: Vec<usize>,
}

/// "tháng", "quý", "năm" in any case: one search for the three words (no two
/// overlap) instead of one per word.
static ACCENTED_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i:tháng|quý|năm)").unwrap());

fn accented_words(text: &str) -> AccentedWords {
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

fn month_counts(text: &str, thang: &[std::ops::Range<usize>], out: &mut Vec<Cand>) {
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

/// Keeps the longest of overlapping candidates (the earliest on a tie).
fn resolve(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut kept: Vec<Cand> = Vec::with_capacity(cands.len());
    for c in cands {
        if let Some(last) = kept.last_mut().filter(|last| c.start < last.end) {
            if c.end - c.start > last.end - last.start {
                *last = c;
            }
            continue;
        }
        kept.push(c);
    }
    kept
}

/// Takes in a day's prefix (weekday, time of day, "ngày") and clock time,
/// and marks a cited document's date.
fn extend(text: &str, c: &mut Cand) {
    if let Raw::Day { time, .. } = &mut c.raw {
        let (start, before) = cue::extend_prefix(text, c.start);
        c.start = start;
        *time = before;
        if let Some((end, after)) = cue::suffix_time(text, c.end) {
            c.end = end;
            *time = Some(after);
        }
        c.document = cue::is_document_date(text, c.start, c.end);
    } else if let Raw::DaySpan { .. } = c.raw {
        c.start = cue::extend_prefix(text, c.start).0;
    } else if let Raw::Relative(relative::Rel::Day { time, .. }) = &mut c.raw {
        let (start, before) = cue::extend_prefix(text, c.start);
        c.start = start;
        *time = before;
        if let Some((end, after)) = cue::suffix_time(text, c.end) {
            c.end = end;
            *time = Some(after);
        }
    }
}

/// First and last day of a candidate whose year is known.
fn bounds(raw: &Raw) -> Option<(Ymd, Ymd)> {
    let last = |y: i16, m: i8| Date::new(y, m, 1).ok().map(|d| d.last_of_month().day());
    match *raw {
        Raw::Day {
            y: Some(y), m, d, ..
        } => Some(((y, m, d), (y, m, d))),
        Raw::Month { y, m } => Some(((y, m, 1), (y, m, last(y, m)?))),
        Raw::Year { y, .. } => Some(((y, 1, 1), (y, 12, 31))),
        Raw::Quarter { y, q } => Some(((y, q * 3 - 2, 1), (y, q * 3, last(y, q * 3)?))),
        _ => None,
    }
}

/// "từ ngày 1/1 đến ngày 31/12/2016", "từ tháng 1/2016 đến ngày 10/5/2017",
/// "(27/7/1947-27/7/2017)": one period from the first end to the second. A
/// first end without a year takes the second's (or the year before, when it
/// would come after it).
fn join_ranges(text: &str, cands: Vec<Cand>) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
    let mut i = 0;
    while i < cands.len() {
        let a = cands[i];
        if let Some(joined) = cands.get(i + 1).and_then(|&b| join(text, a, b)) {
            out.push(joined);
            i += 2;
            continue;
        }
        out.push(a);
        i += 1;
    }
    out
}

fn join(text: &str, a: Cand, b: Cand) -> Option<Cand> {
    // A clock time between two days may be taken by both (suffix of one,
    // prefix of the other): they overlap and cannot form a range.
    if a.document || b.document || b.start < a.end {
        return None;
    }
    let between = &text[a.end..b.start];
    let a_is_day = matches!(a.raw, Raw::Day { .. });
    let b_is_day = matches!(b.raw, Raw::Day { .. });
    // A dash joins two days ("30/6-1/7/2017"); words join anything after
    // "từ". The second end must have a year (checked by `bounds`).
    let dash_ok = a_is_day && b_is_day;
    let word_join = cue::is_range_join(between, false);
    let dash_join = dash_ok && cue::is_range_join(between, true);
    // Most neighbours are not joined at all: the opener is looked for after.
    if !word_join && !dash_join {
        return None;
    }
    let opener = cue::range_opener(text, a.start);
    if !(opener.is_some() && word_join || dash_join) {
        return None;
    }
    let (_, to) = bounds(&b.raw)?;
    let from = match a.raw {
        Raw::Day { y: None, m, d, .. } => {
            let y = if (m, d) > (to.1, to.2) {
                to.0 - 1
            } else {
                to.0
            };
            valid(y, m, d).then_some((y, m, d))?
        }
        raw => bounds(&raw)?.0,
    };
    if from > to {
        return None;
    }
    Some(Cand {
        start: opener.unwrap_or(a.start),
        end: b.end,
        raw: Raw::Range { from, to },
        document: false,
    })
}

/// Appends `n` as `{n:0width$}` does, by hand for the common case: `format!`
/// costs more than the rest of making a fact.
fn push_padded(out: &mut String, n: i16, width: u32) {
    use std::fmt::Write;
    if (0..10_i16.pow(width)).contains(&n) {
        for p in (0..width).rev() {
            out.push(char::from(b'0' + (n / 10_i16.pow(p) % 10) as u8));
        }
    } else {
        let _ = write!(out, "{n:0w$}", w = width as usize);
    }
}

/// `n` written into `slot`, zero-padded; false when it does not fit.
fn fill_digits(slot: &mut [u8], n: i16) -> bool {
    let Ok(mut rest) = u16::try_from(n) else {
        return false;
    };
    for d in slot.iter_mut().rev() {
        *d = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    rest == 0
}

fn iso(d: (i16, i8, i8)) -> String {
    // The common case in one buffer: most facts hold one or two of these.
    let mut buf = *b"0000-00-00";
    let (year, rest) = buf.split_at_mut(4);
    if fill_digits(year, d.0)
        && fill_digits(&mut rest[1..3], d.1.into())
        && fill_digits(&mut rest[4..6], d.2.into())
        && let Ok(s) = std::str::from_utf8(&buf)
    {
        return s.to_owned();
    }
    let mut s = String::with_capacity(10);
    push_padded(&mut s, d.0, 4);
    s.push('-');
    push_padded(&mut s, d.1.into(), 2);
    s.push('-');
    push_padded(&mut s, d.2.into(), 2);
    s
}

fn iso_month(y: i16, m: i8) -> String {
    let mut s = String::with_capacity(7);
    push_padded(&mut s, y, 4);
    s.push('-');
    push_padded(&mut s, m.into(), 2);
    s
}

fn year_text(y: i16) -> String {
    let mut s = String::with_capacity(4);
    push_padded(&mut s, y, 4);
    s
}

/// "a/b", an ISO interval.
fn interval(a: &str, b: &str) -> String {
    let mut s = String::with_capacity(a.len() + 1 + b.len());
    s.push_str(a);
    s.push('/');
    s.push_str(b);
    s
}

/// A year source for days and periods that lack one.
struct Frame {
    pos: usize,
    y: i16,
    /// A cited document's date: used only when nothing else frames.
    weak: bool,
    /// A day, month, quarter or span rather than a bare year.
    calendar: bool,
    /// For a bare year: whether it frames anything (`cue::is_not_frame`),
    /// checked on first use, as most years are never asked.
    frames_any: std::cell::OnceCell<bool>,
    /// First and last day it covers, when known.
    span: Option<(Ymd, Ymd)>,
}

impl Frame {
    /// False for a year that frames nothing (a target, a baseline...).
    fn counts(&self, text: &str) -> bool {
        self.calendar
            || *self
                .frames_any
                .get_or_init(|| !cue::is_not_frame(text, self.pos))
    }
}

/// The year sources of a document, in text order, and the year to use when
/// none is in the sentence.
struct Frames {
    list: Vec<Frame>,
    /// Made on first use: most days find a year in their sentence.
    fallback: std::cell::OnceCell<year::Fallback>,
    /// Anniversaries and the years they fall in (`year.rs`, rule 5), found
    /// on first use.
    anniversaries: std::cell::OnceCell<Vec<(usize, Option<i16>)>>,
}

/// `Frames`, made on first use: most documents have a stamp or write every
/// year, and never need them.
struct LazyFrames<'a> {
    text: &'a str,
    cands: &'a [Cand],
    cell: std::cell::OnceCell<Frames>,
    /// Each day without a year whose sentence gives one, and that year.
    days: std::cell::OnceCell<Vec<((i8, i8), i16)>>,
}

impl LazyFrames<'_> {
    fn get(&self) -> &Frames {
        self.cell.get_or_init(|| frames(self.text, self.cands))
    }
}

fn frames(text: &str, cands: &[Cand]) -> Frames {
    Frames {
        list: frame_list(text, cands),
        fallback: std::cell::OnceCell::new(),
        anniversaries: std::cell::OnceCell::new(),
    }
}

impl Frames {
    /// The year most written, and the bounds that plans and past facts set
    /// (`year.rs`, rules 2-4). Plans and flashbacks do not vote.
    fn fallback(&self, text: &str) -> &year::Fallback {
        self.fallback.get_or_init(|| {
            let list = &self.list;
            let flashbacks = year::Flashbacks::new(text);
            let kinds: Vec<year::Kind> = list
                .iter()
                .map(|f| year::kind(text, f.pos, &flashbacks))
                .collect();
            let votes = || {
                list.iter()
                    .zip(&kinds)
                    .filter(|(_, k)| k.votes())
                    .map(|(f, _)| f)
            };
            let most = most_frequent(votes().filter(|f| !f.weak && f.calendar))
                .or_else(|| most_frequent(votes().filter(|f| !f.weak && f.counts(text))))
                .or_else(|| most_frequent(votes().filter(|f| f.counts(text))));
            let facts = list.iter().zip(&kinds).filter_map(|(f, k)| {
                let span = f.span.filter(|_| !f.weak && f.counts(text))?;
                Some((span, f.calendar, *k, f.pos))
            });
            year::Fallback::new(text, most, facts)
        })
    }

    /// The year of an anniversary in the sentence `range`.
    fn anniversary(&self, text: &str, range: std::ops::Range<usize>) -> Option<i16> {
        let all = self.anniversaries.get_or_init(|| {
            year::anniversaries(text, |r| {
                let lo = self.list.partition_point(|f| f.pos < r.start);
                self.list[lo..]
                    .iter()
                    .take_while(|f| f.pos < r.end)
                    .map(|f| f.y)
                    .next()
            })
        });
        let lo = all.partition_point(|a| a.0 < range.start);
        all[lo..]
            .iter()
            .take_while(|a| a.0 < range.end)
            .find_map(|a| a.1)
    }
}

fn frame_list(text: &str, cands: &[Cand]) -> Vec<Frame> {
    let mut list: Vec<Frame> = cands
        .iter()
        .filter_map(|c| {
            let y = match c.raw {
                Raw::Day { y: Some(y), .. } | Raw::DaySpan { y: Some(y), .. } => y,
                Raw::Month { y, .. } | Raw::Quarter { y, .. } => y,
                Raw::Months { y: Some(y), .. } => y,
                Raw::Range { to, .. } => to.0,
                // Whether it frames anything is checked on use.
                Raw::Year { y } => y,
                // "năm nay" names the stamp's year as "năm 2017" would.
                Raw::Relative(r) => r.year(),
                _ => return None,
            };
            Some(Frame {
                pos: c.start,
                y,
                weak: c.document,
                calendar: !matches!(
                    c.raw,
                    Raw::Year { .. } | Raw::Relative(relative::Rel::Year { .. })
                ),
                frames_any: std::cell::OnceCell::new(),
                span: match c.raw {
                    Raw::Range { from, to } => Some((from, to)),
                    raw => bounds(&raw),
                },
            })
        })
        .collect();
    // Years after a name ("(PCI) 2016") are bare years too.
    let named = year::named_years(text);
    if !named.is_empty() {
        let inside = |pos: usize| {
            let i = cands.partition_point(|c| c.start <= pos);
            i > 0 && pos < cands[i - 1].end
        };
        list.extend(
            named
                .into_iter()
                .filter(|&(pos, _)| !inside(pos))
                .map(|(pos, y)| Frame {
                    pos,
                    y,
                    weak: false,
                    calendar: false,
                    frames_any: std::cell::OnceCell::new(),
                    span: Some(((y, 1, 1), (y, 12, 31))),
                }),
        );
        list.sort_by_key(|f| f.pos);
    }
    list
}

/// The year written most often (the latest on a tie).
fn most_frequent<'a>(frames: impl Iterator<Item = &'a Frame>) -> Option<i16> {
    let mut counts: Vec<(i16, usize)> = Vec::new();
    for f in frames {
        match counts.iter_mut().find(|(y, _)| *y == f.y) {
            Some((_, n)) => *n += 1,
            None => counts.push((f.y, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, y))
        .map(|(y, _)| y)
}

/// The year for a month/day at `start..end` that the text leaves out
/// (module doc, rule 4). Without a stamp the frame is, in order: a reviewed
/// year in the same sentence (the review happens in its last quarter or the
/// next year), the nearest year in the same sentence, the year the sentence
/// of the same day written elsewhere gives, an anniversary's, the year most
/// often written in a day, month, quarter or span, the year most often
/// written alone, the year of documents cited, within the bounds of past
/// facts and plans (`year.rs`). With a stamp: its year, the year
/// before when the day would fall more than a week after it — unless the
/// day is a limit ("đến ngày 15-4"), which may lie ahead.
fn infer_year(
    text: &str,
    span: (usize, usize),
    m: i8,
    d: i8,
    stamp: Option<Date>,
    frames: &LazyFrames,
) -> Option<i16> {
    if let Some(p) = stamp {
        let y = p.year();
        let limit = p.checked_add(AHEAD_DAYS.days()).ok()?;
        let this = Date::new(y, m, d).ok();
        let ahead_ok = cue::is_limit(text, span.0);
        return match this {
            Some(day) if day > limit && !ahead_ok => Some(y - 1),
            _ => Some(y),
        };
    }
    let lazy = frames;
    let frames = frames.get();
    if let Some(y) = sentence_year(text, span, m, &frames.list) {
        return Some(y);
    }
    // The same day written again is the same day: "Chiều 10/2" in the lead
    // and "Chiều 10/2, ... Xuân Đinh Dậu 2017" below.
    let same_day = lazy.days.get_or_init(|| {
        lazy.cands
            .iter()
            .filter_map(|c| match c.raw {
                Raw::Day { y: None, m, d, .. } => Some((
                    (m, d),
                    sentence_year(text, (c.start, c.end), m, &frames.list)?,
                )),
                _ => None,
            })
            .collect()
    });
    if let Some(&(_, y)) = same_day.iter().find(|(md, _)| *md == (m, d)) {
        return Some(y);
    }
    frames
        .anniversary(text, cue::sentence_range(text, span.0, span.1))
        .or_else(|| frames.fallback(text).year_of(m, d))
}

/// The year a day's own sentence gives: a reviewed year's (the review
/// happens in its last quarter or the next year), else the nearest.
fn sentence_year(text: &str, span: (usize, usize), m: i8, frames: &[Frame]) -> Option<i16> {
    let near = |f: &&Frame| f.pos.abs_diff(span.0);
    if let Some(f) = in_sentence(text, span, frames)
        // Only a bare year is reviewed; checked here, not for every year,
        // as few days need it.
        .filter(|f| !f.calendar && cue::is_reviewed_year(text, f.pos))
        .min_by_key(near)
    {
        return Some(if m >= 10 { f.y } else { f.y + 1 });
    }
    in_sentence(text, span, frames)
        .min_by_key(near)
        .map(|f| f.y)
}

/// The strong frames in the sentence around `span` (frames are in text
/// order, so the sentence is a slice).
fn in_sentence<'a>(
    text: &'a str,
    span: (usize, usize),
    frames: &'a [Frame],
) -> impl Iterator<Item = &'a Frame> {
    let sentence = cue::sentence_range(text, span.0, span.1);
    let lo = frames.partition_point(|f| f.pos < sentence.start);
    let hi = frames.partition_point(|f| f.pos < sentence.end);
    frames[lo..hi]
        .iter()
        .filter(move |f| !f.weak && f.counts(text))
}

fn fact(text: &str, c: &Cand, value: String, kind: DateKind) -> DateFact {
    DateFact {
        text: text[c.start..c.end].to_string(),
        value,
        kind,
        inferred_year: false,
        from: None,
        to: None,
        start: c.start,
        end: c.end,
        time: None,
        document: c.document,
        relative: false,
    }
}

fn build(text: &str, cands: &[Cand], stamp: Option<Date>) -> Vec<DateFact> {
    let frames = LazyFrames {
        text,
        cands,
        cell: std::cell::OnceCell::new(),
        days: std::cell::OnceCell::new(),
    };
    let mut out = Vec::with_capacity(cands.len());
    // The end of the last "N tháng đầu năm YYYY", which "M tháng tiếp theo"
    // continues.
    let mut first_months: Option<(i16, i8)> = None;
    for c in cands {
        // One past the record's limit is enough for it to say `truncated`;
        // building the rest would cost time and memory for nothing.
        if out.len() > crate::extract::MAX_FACTS {
            break;
        }
        let f = match c.raw {
            Raw::Day { y, m, d, time } => {
                let (y, inferred) = match y {
                    Some(y) => (Some(y), false),
                    None => (
                        infer_year(text, (c.start, c.end), m, d, stamp, &frames)
                            .filter(|&y| valid(y, m, d)),
                        true,
                    ),
                };
                let mut f = match y {
                    Some(y) => fact(text, c, iso((y, m, d)), DateKind::Day),
                    // ISO 8601 month-day without a year.
                    None => fact(text, c, format!("--{m:02}-{d:02}"), DateKind::Day),
                };
                f.inferred_year = inferred && y.is_some();
                f.time = time.map(|(h, mi)| {
                    let mut s = String::with_capacity(5);
                    push_padded(&mut s, h.into(), 2);
                    s.push(':');
                    push_padded(&mut s, mi.into(), 2);
                    s
                });
                f
            }
            Raw::DaySpan { y, m, d1, d2 } => {
                let (y, inferred) = match y {
                    Some(y) => (Some(y), false),
                    None => (
                        infer_year(text, (c.start, c.end), m, d2, stamp, &frames),
                        true,
                    ),
                };
                match y {
                    Some(y) => {
                        let (a, b) = (iso((y, m, d1)), iso((y, m, d2)));
                        let mut f = fact(text, c, interval(&a, &b), DateKind::Period);
                        f.inferred_year = inferred;
                        f.from = Some(a);
                        f.to = Some(b);
                        f
                    }
                    None => fact(
                        text,
                        c,
                        format!("--{m:02}-{d1:02}/--{m:02}-{d2:02}"),
                        DateKind::Period,
                    ),
                }
            }
            Raw::Month { y, m } => fact(text, c, iso_month(y, m), DateKind::Month),
            Raw::Year { y, .. } => fact(text, c, year_text(y), DateKind::Year),
            Raw::Quarter { y, q } => {
                let mut f = fact(text, c, format!("{y:04}-Q{q}"), DateKind::Quarter);
                if let Some((a, b)) = bounds(&c.raw) {
                    f.from = Some(iso(a));
                    f.to = Some(iso(b));
                }
                f
            }
            Raw::Years { y1, y2 } => {
                let mut f = fact(
                    text,
                    c,
                    interval(&year_text(y1), &year_text(y2)),
                    DateKind::Period,
                );
                f.from = Some(iso((y1, 1, 1)));
                f.to = Some(iso((y2, 12, 31)));
                f
            }
            Raw::Range { from, to } => {
                let (a, b) = (iso(from), iso(to));
                let mut f = fact(text, c, interval(&a, &b), DateKind::Period);
                f.from = Some(a);
                f.to = Some(b);
                f
            }
            Raw::Months { n, head, y } => {
                let (y, inferred) = match (head, y) {
                    (Head::Next, _) => (first_months.map(|(y, _)| y), false),
                    (_, Some(y)) => (Some(y), false),
                    (_, None) => (
                        stamp
                            .map(|s| s.year())
                            .or_else(|| period_year(text, c, &frames)),
                        true,
                    ),
                };
                let span = match (head, y) {
                    (Head::First, Some(y)) => Some((y, 1, n)),
                    (Head::Last, Some(y)) => Some((y, 13 - n, 12)),
                    (Head::Next, Some(y)) => first_months.map(|(_, e)| (y, e + 1, (e + n).min(12))),
                    _ => None,
                };
                match span {
                    Some((y, m1, m2)) if m1 <= m2 => {
                        if head == Head::First {
                            first_months = Some((y, m2));
                        }
                        let mut f = fact(
                            text,
                            c,
                            interval(&iso_month(y, m1), &iso_month(y, m2)),
                            DateKind::Period,
                        );
                        f.inferred_year = inferred;
                        f.from = Some(iso((y, m1, 1)));
                        f.to = Date::new(y, m2, 1)
                            .ok()
                            .map(|d| d.last_of_month().to_string());
                        f
                    }
                    _ => fact(text, c, format!("P{n}M"), DateKind::Period),
                }
            }
            Raw::YearlessMonth { m } => {
                // As a day would, from the month's first day.
                match infer_year(text, (c.start, c.end), m, 1, stamp, &frames) {
                    Some(y) => {
                        let mut f = fact(text, c, iso_month(y, m), DateKind::Month);
                        f.inferred_year = true;
                        f
                    }
                    // ISO 8601 month without a year.
                    None => fact(text, c, format!("--{m:02}"), DateKind::Month),
                }
            }
            Raw::YearlessQuarter { q } => {
                let Some(y) = infer_year(text, (c.start, c.end), q * 3 - 2, 1, stamp, &frames)
                else {
                    // A quarter has no form without a year.
                    continue;
                };
                let raw = Raw::Quarter { y, q };
                let mut f = fact(text, c, format!("{y:04}-Q{q}"), DateKind::Quarter);
                f.inferred_year = true;
                if let Some((a, b)) = bounds(&raw) {
                    f.from = Some(iso(a));
                    f.to = Some(iso(b));
                }
                f
            }
            Raw::Relative(r) => relative::fact(text, c, r),
        };
        out.push(f);
    }
    out
}

/// The year of a period without one: the nearest in its sentence, else
/// the document's fallback year.
fn period_year(text: &str, c: &Cand, frames: &LazyFrames) -> Option<i16> {
    let frames = frames.get();
    in_sentence(text, (c.start, c.end), &frames.list)
        .min_by_key(|f| f.pos.abs_diff(c.start))
        .map(|f| f.y)
        .or_else(|| frames.fallback(text).year())
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
