//! From candidates to dates: overlapping candidates resolved (the longest
//! wins), a day's prefix and clock time taken in, a cited document's date
//! marked, two ends of a range joined into one period.

use std::sync::LazyLock;

use regex::Regex;

use super::relative;
use super::types::{Cand, Raw, bounds, valid};
use crate::extract::date::cue;

/// Keeps the longest of overlapping candidates (the earliest on a tie).
pub(super) fn resolve(mut cands: Vec<Cand>) -> Vec<Cand> {
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
pub(super) fn extend(text: &str, c: &mut Cand) {
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

/// "từ ngày 1/1 đến ngày 31/12/2016", "từ tháng 1/2016 đến ngày 10/5/2017",
/// "(27/7/1947-27/7/2017)": one period from the first end to the second. A
/// first end without a year takes the second's (or the year before, when it
/// would come after it).
pub(super) fn join_ranges(text: &str, cands: Vec<Cand>) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
    let mut i = 0;
    while i < cands.len() {
        let a = cands[i];
        if let Some(joined) = cands.get(i + 1).and_then(|&b| join(text, a, b)) {
            out.push(joined);
            i += 2;
            continue;
        }
        out.push(day_only_start(text, a).unwrap_or(a));
        i += 1;
    }
    out
}

/// "Từ ngày 21 đến 23/3/2019": a first end written as the day alone takes
/// the second's month and year.
fn day_only_start(text: &str, b: Cand) -> Option<Cand> {
    static OPENED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i:từ)\s+(?i:ngày)\s+(\d{1,2})\s+(?i:đến)\s+(?:(?i:ngày)\s+)?$").unwrap()
    });
    let Raw::Day {
        y: Some(y), m, d, ..
    } = b.raw
    else {
        return None;
    };
    let window = &text[text.floor_char_boundary(b.start.saturating_sub(40))..b.start];
    let c = OPENED.captures(window)?;
    let first: i8 = c[1].parse().ok()?;
    if first >= d || b.document {
        return None;
    }
    let opened = b.start - window.len() + c.get(0)?.start();
    Some(Cand {
        start: opened,
        end: b.end,
        raw: Raw::Range {
            from: (y, m, first),
            to: (y, m, d),
        },
        document: false,
    })
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
