//! Dates said from the day the page was written, resolved against its
//! publication stamp, and only when it has one (`relative: true`):
//!
//! | written                                             | value                          |
//! |-----------------------------------------------------|--------------------------------|
//! | "hôm nay", "sáng nay", "chiều/tối/trưa/đêm nay"    | the stamp's day                |
//! | "hôm qua", "sáng qua", "chiều/tối/trưa/đêm qua"    | the day before                 |
//! | "hôm kia"                                           | two days before                |
//! | "tuần này", "tuần trước"                            | that week, Monday to Sunday    |
//! | "tháng này", "tháng trước"                          | that month                     |
//! | "năm nay", "năm ngoái"                              | that year                      |
//! | "tháng 6 năm nay", "quý 4 năm ngoái" (`spoken.rs`)  | that month or quarter          |
//!
//! Not after a number or a counting word: "hai năm nay", "từ nhiều năm nay"
//! (for years now), "2 tuần trước", "những tháng trước". Not before "đó" or
//! "khi": "tháng trước đó", "một tuần trước khi" are said from another time.
//! Not before a colon: "Hôm nay: 1.234", "Tháng này: 5.678" label a visit
//! counter.
//!
//! A day written beside a relative day is the fact, and takes it in: "Sáng
//! nay (12/1)", "Hôm qua, ngày 11/1" are one day each, of the written day.
//!
//! The words are found from their second word with memchr's substring search
//! ("nay", "qua", "kia", "uần") or at the scan's anchors ("tháng", "năm"),
//! and only on a page with a stamp.

use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::Date;
use memchr::memmem::Finder;

use super::build::{fact as plain_fact, interval, iso, iso_month, push_padded, year_text};
use super::spoken::{is_count_word, is_word, word_after, word_before};
use super::types::{Cand, Raw, bounds};
use crate::extract::date::prefilter::AccentedWords;
use crate::extract::date::{DateFact, DateKind, cue};

/// A date said from the stamp, resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Rel {
    Day {
        date: Date,
        time: Option<(u8, u8)>,
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
    /// The week starting that Monday.
    Week {
        monday: Date,
    },
}

impl Rel {
    /// The year it falls in (a week's Monday's).
    pub(super) fn year(self) -> i16 {
        match self {
            Rel::Day { date, .. } | Rel::Week { monday: date } => date.year(),
            Rel::Month { y, .. } | Rel::Quarter { y, .. } | Rel::Year { y } => y,
        }
    }
}

static NAY: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("nay"));
static QUA: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("qua"));
static KIA: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("kia"));
/// "tuần" less its first letter, so that "Tuần" is found too.
static UAN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("uần"));

/// A day's first word before "nay"/"qua": the day or a time of it.
const DAY_HEADS: [&str; 6] = ["hôm", "sáng", "chiều", "tối", "trưa", "đêm"];

/// The word after a relative form says it is counted from another time, or
/// a colon makes it a label: a visit counter's "Hôm nay: 1.234".
fn said_from_elsewhere(text: &str, end: usize) -> bool {
    text[end..].trim_start_matches([' ', '\t']).starts_with(':')
        || word_after(text, end).is_some_and(|(w, _)| is_word(w, "đó") || is_word(w, "khi"))
}

/// `word` (at `end`, a found second word) ends where a word does.
fn ends_word(text: &str, end: usize) -> bool {
    !cue::char_after(text, end).is_some_and(char::is_alphanumeric)
}

pub(super) fn find(text: &str, stamp: Date, words: &AccentedWords, out: &mut Vec<Cand>) {
    days(text, stamp, out);
    weeks(text, stamp, out);
    months(text, stamp, &words.thang, out);
    years(text, stamp, &words.breves, out);
}

/// "hôm nay", "sáng qua", "hôm kia".
fn days(text: &str, stamp: Date, out: &mut Vec<Cand>) {
    let hay = text.as_bytes();
    let found = [(&*NAY, 0), (&*QUA, -1), (&*KIA, -2)]
        .into_iter()
        .flat_map(|(finder, back)| finder.find_iter(hay).map(move |at| (at, back)));
    for (at, back) in found {
        let end = at + 3;
        if !ends_word(text, end) {
            continue;
        }
        let Some((start, head)) = word_before(text, at) else {
            continue;
        };
        let ok = if back == -2 {
            is_word(head, "hôm")
        } else {
            DAY_HEADS.iter().any(|h| is_word(head, h))
        };
        // "ánh sáng qua" is light passing through.
        let light = || word_before(text, start).is_some_and(|(_, w)| is_word(w, "ánh"));
        if !ok || light() || said_from_elsewhere(text, end) {
            continue;
        }
        let Ok(date) = stamp.checked_add(back.days()) else {
            continue;
        };
        out.push(Cand {
            start,
            end,
            raw: Raw::Relative(Rel::Day { date, time: None }),
            document: false,
        });
    }
}

/// The unit word before a relative form's second word is not counted, and
/// the form is not said from another time.
fn unit_stands(text: &str, unit_start: usize, end: usize) -> bool {
    !cue::char_before(text, unit_start).is_some_and(char::is_alphanumeric)
        && !word_before(text, unit_start).is_some_and(|(_, w)| is_count_word(w))
        && !said_from_elsewhere(text, end)
}

/// "tuần này", "tuần trước".
fn weeks(text: &str, stamp: Date, out: &mut Vec<Cand>) {
    let monday = stamp
        .checked_sub(i64::from(stamp.weekday().to_monday_zero_offset()).days())
        .ok();
    for at in UAN.find_iter(text.as_bytes()) {
        let Some(start) = at.checked_sub(1) else {
            continue;
        };
        if !matches!(text.as_bytes()[start], b't' | b'T') {
            continue;
        }
        let Some((word, end)) = word_after(text, at + "uần".len()) else {
            continue;
        };
        let back = if is_word(word, "này") {
            0
        } else if is_word(word, "trước") {
            -7
        } else {
            continue;
        };
        if !unit_stands(text, start, end) {
            continue;
        }
        let Some(monday) = monday.and_then(|m| m.checked_add(back.days()).ok()) else {
            continue;
        };
        out.push(Cand {
            start,
            end,
            raw: Raw::Relative(Rel::Week { monday }),
            document: false,
        });
    }
}

/// "tháng này", "tháng trước", at each "tháng".
fn months(text: &str, stamp: Date, thang: &[std::ops::Range<usize>], out: &mut Vec<Cand>) {
    for t in thang {
        let Some((word, end)) = word_after(text, t.end) else {
            continue;
        };
        let back = if is_word(word, "này") {
            0
        } else if is_word(word, "trước") {
            -1
        } else {
            continue;
        };
        if !unit_stands(text, t.start, end) {
            continue;
        }
        let Ok(first) = stamp.first_of_month().checked_add(back.months()) else {
            continue;
        };
        out.push(Cand {
            start: t.start,
            end,
            raw: Raw::Relative(Rel::Month {
                y: first.year(),
                m: first.month(),
            }),
            document: false,
        });
    }
}

/// "năm nay", "năm ngoái", at each "năm" (`breves`: the offset of its "ă").
fn years(text: &str, stamp: Date, breves: &[usize], out: &mut Vec<Cand>) {
    let b = text.as_bytes();
    for &p in breves {
        let Some(start) = p.checked_sub(1) else {
            continue;
        };
        if !matches!(b[start], b'n' | b'N') || !matches!(b.get(p + 2), Some(b'm' | b'M')) {
            continue;
        }
        let Some((word, end)) = word_after(text, p + 3) else {
            continue;
        };
        let back = if is_word(word, "nay") {
            0
        } else if is_word(word, "ngoái") {
            -1
        } else {
            continue;
        };
        if !unit_stands(text, start, end) {
            continue;
        }
        out.push(Cand {
            start,
            end,
            raw: Raw::Relative(Rel::Year {
                y: stamp.year() + back,
            }),
            document: false,
        });
    }
}

/// A written day next to a relative day takes it in (its prefix may have
/// already): "Sáng nay (12/1)", "Hôm qua, ngày 11/1". Run after prefixes are
/// taken in, on candidates in text order.
pub(super) fn absorb(text: &str, cands: Vec<Cand>) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
    for mut c in cands {
        if let Some(last) = out.last_mut()
            && matches!(last.raw, Raw::Relative(Rel::Day { .. }))
            && matches!(c.raw, Raw::Day { .. })
        {
            let between = text.get(last.end..c.start).map(str::trim);
            if c.start < last.end || matches!(between, Some("" | "," | "(")) {
                if between == Some("(")
                    && let Some(rest) = text[c.end..].trim_start().strip_prefix(')')
                {
                    c.end = text.len() - rest.len();
                }
                c.start = c.start.min(last.start);
                *last = c;
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// "HH:MM".
fn clock(h: u8, m: u8) -> String {
    let mut s = String::with_capacity(5);
    push_padded(&mut s, h.into(), 2);
    s.push(':');
    push_padded(&mut s, m.into(), 2);
    s
}

pub(super) fn fact(text: &str, c: &Cand, r: Rel) -> DateFact {
    let ymd = |d: Date| (d.year(), d.month(), d.day());
    let mut f = match r {
        Rel::Day { date, time } => {
            let mut f = plain_fact(text, c, iso(ymd(date)), DateKind::Day);
            f.time = time.map(|(h, m)| clock(h, m));
            f
        }
        Rel::Month { y, m } => plain_fact(text, c, iso_month(y, m), DateKind::Month),
        Rel::Quarter { y, q } => {
            let mut f = plain_fact(text, c, format!("{y:04}-Q{q}"), DateKind::Quarter);
            if let Some((a, b)) = bounds(&Raw::Quarter { y, q }) {
                f.from = Some(iso(a));
                f.to = Some(iso(b));
            }
            f
        }
        Rel::Year { y } => plain_fact(text, c, year_text(y), DateKind::Year),
        Rel::Week { monday } => {
            let sunday = monday.checked_add(6.days()).unwrap_or(monday);
            let (a, b) = (iso(ymd(monday)), iso(ymd(sunday)));
            let mut f = plain_fact(text, c, interval(&a, &b), DateKind::Period);
            f.from = Some(a);
            f.to = Some(b);
            f
        }
    };
    f.relative = true;
    f
}
