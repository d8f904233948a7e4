//! The candidate finders, one per numeric or keyword form (`date/mod.rs`,
//! rules 1 and 2): numeric days, days in words, day spans, months,
//! quarters, years, spans of years, month counts. Each pushes what it
//! finds; overlaps are resolved after (`resolve.rs`). The patterns run only
//! where `date/prefilter.rs` finds they can match: in the runs of their
//! characters, around a "tháng", at a "quý"; "năm 2016" and ASCII numeric
//! days are matched there by hand.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::{Captures, Regex};

use super::types::{Cand, Head, Raw, valid, valid_month_day, year};
use crate::extract::date::cue;
use crate::extract::date::prefilter::{self, Reach};
use crate::text::dash::is_dash;

/// "24/12/2016", "24-12-2016", "24.12.2016", "30/12", "13-3", "22.4",
/// "3/3/17".
pub(in crate::extract::date) static NUMERIC_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{1,2})([/.\-‐‑‒–—―−])(\d{1,2})(?:([/.\-‐‑‒–—―−])(\d{4}|\d{2}))?").unwrap()
});

/// A dash and another day right after a day: "30/6-1/7/2017".
static DASH_DAY_NEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[\-‐‑‒–—―−]\s*\d{1,2}[/.]\d{1,2}").unwrap());

/// "ngày 24 tháng 12 năm 2016", "ngày 19 tháng 6", "ngày 25 tháng 01/2025".
pub(in crate::extract::date) static WORDED_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})(?:\s*/\s*(\d{4})|\s+(?i:năm)\s+(\d{4}))?",
    )
    .unwrap()
});

/// How far before its "tháng" a `WORDED_DAY` match starts: a day (two
/// digits, 8 bytes at most) and "ngày" (5 bytes).
pub(in crate::extract::date) const WORDED_DAY_REACH: Reach = Reach { word: 8, word2: 5 };

/// "ngày 6-7/7", "2 ngày 6-7/7/2017".
pub(in crate::extract::date) static DAY_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{1,2})\s*[\-‐‑‒–—―−]\s*(\d{1,2})([/.])(\d{1,2})(?:([/.])(\d{4}))?").unwrap()
});

/// "tháng 12/2016", "tháng 12 năm 2016", "tháng 12-2016".
pub(in crate::extract::date) static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:tháng)\s+(\d{1,2})(?:\s*[/.\-‐‑‒–—―−]\s*|\s+(?i:năm)\s+)(\d{4})").unwrap()
});

/// A `MONTH` match starts at its "tháng".
pub(in crate::extract::date) const MONTH_REACH: Reach = Reach { word: 0, word2: 0 };

/// "quý I/2017", "quý 1 năm 2017"; anchored, run at each "quý".
pub(in crate::extract::date) static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:quý)\s+(IV|III|II|I|[1-4])(?:\s*[/.\-‐‑‒–—―−]\s*|\s+(?i:năm)\s+)(\d{4})")
        .unwrap()
});

/// "2016-2020", "2016 – 2021" (with a keyword checked in code).
pub(in crate::extract::date) static YEAR_SPAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})\s*[\-‐‑‒–—―−]\s*(\d{4})").unwrap());

/// "4 tháng đầu năm 2017", "6 tháng cuối năm", "8 tháng tiếp theo".
pub(in crate::extract::date) static MONTHS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+(?i:tháng)\s+(đầu|cuối|tiếp theo|còn lại)(?:\s+(?i:năm)(?:\s+(\d{4}))?)?",
    )
    .unwrap()
});

/// How far before its "tháng" a `MONTHS` match starts: a number word (7
/// bytes at most) or a number.
pub(in crate::extract::date) const MONTHS_REACH: Reach = Reach { word: 7, word2: 0 };

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
pub(in crate::extract::date) fn is_day_sep(c: char) -> bool {
    matches!(c, '/' | '.' | '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−')
}

/// The dashes of the patterns above.
pub(in crate::extract::date) fn is_pattern_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−')
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

/// `seps`: `prefilter::separators_between_digits`.
pub(super) fn numeric_days(text: &str, seps: &[usize], stamp: Option<Date>, out: &mut Vec<Cand>) {
    let mut last_end: Option<usize> = None;
    for run in prefilter::day_runs(text, seps) {
        let ascii = text[run.clone()].is_ascii();
        let mut pos = run.start;
        while let Some(c) = prefilter::numeric_day(text, pos, run.end, ascii) {
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
    for c in prefilter::around_thang(text, thang, &WORDED_DAY, WORDED_DAY_REACH, |_| true) {
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

/// `seps`: `prefilter::separators_between_digits`.
pub(super) fn day_spans(text: &str, seps: &[usize], out: &mut Vec<Cand>) {
    let runs = prefilter::day_span_runs(text, seps);
    for c in prefilter::captures_in_runs(&DAY_SPAN, text, runs) {
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
    for c in prefilter::around_thang(text, thang, &MONTH, MONTH_REACH, |_| true) {
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
/// (`quy`, in order), so the anchored pattern runs only there.
pub(super) fn quarters(text: &str, quy: &[usize], out: &mut Vec<Cand>) {
    for (m, c) in prefilter::at_anchors(&QUARTER, text, quy, "quý".len()) {
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

pub(super) fn years(text: &str, breves: &[usize], out: &mut Vec<Cand>) {
    for m in prefilter::year_matches_at(text, breves) {
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
    let runs = prefilter::year_span_runs(text);
    for c in prefilter::captures_in_runs(&YEAR_SPAN, text, runs) {
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

pub(super) fn month_counts(text: &str, thang: &[std::ops::Range<usize>], out: &mut Vec<Cand>) {
    // A "tháng" with no head word after it holds no match.
    let heads = |tail: &str| {
        ["đầu", "cuối", "tiếp theo", "còn lại"]
            .iter()
            .any(|h| tail.starts_with(h))
    };
    for c in prefilter::around_thang(text, thang, &MONTHS, MONTHS_REACH, heads) {
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
