//! Candidates made facts: each kind's value (ISO 8601 day, month, year,
//! quarter or interval), a missing year inferred (`infer.rs`), the clock
//! time written out, and the values written digit by digit.

use jiff::civil::Date;

use super::infer::{LazyFrames, infer_year, period_year};
use super::relative;
use super::types::{Cand, Head, Raw, bounds, valid};
use crate::extract::date::{DateFact, DateKind};

/// Appends `n` as `{n:0width$}` does, by hand for the common case: `format!`
/// costs more than the rest of making a fact.
pub(super) fn push_padded(out: &mut String, n: i16, width: u32) {
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

pub(super) fn iso(d: (i16, i8, i8)) -> String {
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

pub(super) fn iso_month(y: i16, m: i8) -> String {
    let mut s = String::with_capacity(7);
    push_padded(&mut s, y, 4);
    s.push('-');
    push_padded(&mut s, m.into(), 2);
    s
}

pub(super) fn year_text(y: i16) -> String {
    let mut s = String::with_capacity(4);
    push_padded(&mut s, y, 4);
    s
}

/// "a/b", an ISO interval.
pub(super) fn interval(a: &str, b: &str) -> String {
    let mut s = String::with_capacity(a.len() + 1 + b.len());
    s.push_str(a);
    s.push('/');
    s.push_str(b);
    s
}

pub(super) fn fact(text: &str, c: &Cand, value: String, kind: DateKind) -> DateFact {
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

pub(super) fn build(text: &str, cands: &[Cand], stamp: Option<Date>) -> Vec<DateFact> {
    let frames = LazyFrames::new(text, cands);
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
