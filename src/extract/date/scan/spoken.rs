//! Date forms a reader knows beside the numeric ones, found at the scan's
//! anchors (each "tháng", each "quý"), never by a search of their own:
//!
//! - a day marked by "mồng"/"mùng": "ngày mồng 3 tháng 3 năm 2017", "mùng 6
//!   tháng 2" (the year is then optional, as after "ngày");
//! - a day, month and year without "ngày": "12 tháng 10 năm 2017" (without
//!   the year, "12 tháng 10" is not read: "6 tháng" counts months);
//! - a month in words: "tháng ba", "tháng Tư", "tháng mười năm 2017",
//!   "tháng mười hai"; "tháng Năm" only so capitalized ("các tháng năm 2017"
//!   are the months of 2017). "tháng Giêng" and "tháng Chạp" are lunar months,
//!   and a date followed by "âm lịch" is a lunar date: neither is read;
//! - a month or quarter without a year, "tháng 6", "quý ba", "quý II": the
//!   year is inferred as a day's (`inferred_year`), unless it is joined to
//!   the next, which has one: "tháng 6 và tháng 7/2017", "tháng 10 hoặc
//!   11-2025", "quý III hoặc quý IV 2017" (then the year is the next's). Not
//!   after a number or a word that counts ("6 tháng", "ba tháng", "mỗi
//!   tháng 2 lần", "hàng quý"), not before "lần", not glued to a range
//!   ("tháng 6-7/2017"), not a label in quotes (a calendar widget's
//!   `"Tháng Hai"`);
//! - "quý 4 của năm 2018", "tháng 6 của năm 2017", "quý IV 2017";
//! - with a stamp, "tháng 6 năm nay", "quý 4 năm ngoái", "ngày 3 tháng 6
//!   năm nay": relative to the stamp (`relative.rs`).

use jiff::civil::Date;

use super::candidates::{glued_after, is_day_sep};
use super::relative::Rel;
use super::types::{Cand, Raw, valid, valid_month_day, year};
use crate::extract::date::cue;

/// `word` is `lower` (lowercase) in any case.
pub(super) fn is_word(word: &str, lower: &str) -> bool {
    word.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// The word (letters and digits) that ends right before `pos` past
/// whitespace, at least one char of it: its start and text, which is empty
/// when a mark or a line end stands there (a line's last word does not
/// count the next line's first: "12/1/2017\nNăm nay"). `None` when nothing,
/// or no whitespace, comes before `pos`.
pub(super) fn word_before(text: &str, pos: usize) -> Option<(usize, &str)> {
    let head = &text[..pos];
    let trimmed = head.trim_end();
    if trimmed.len() == head.len() {
        return None;
    }
    if head[trimmed.len()..].contains('\n') {
        return Some((pos, ""));
    }
    let len: usize = trimmed
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    let start = trimmed.len() - len;
    Some((start, &trimmed[start..]))
}

/// The word right after `pos` past whitespace, at least one char of it:
/// its text and end, the text empty when a mark stands there.
pub(super) fn word_after(text: &str, pos: usize) -> Option<(&str, usize)> {
    let rest = &text[pos..];
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return None;
    }
    let start = text.len() - trimmed.len();
    let len: usize = trimmed
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    Some((&text[start..start + len], start + len))
}

/// A word before "tháng", "quý", "năm" or "tuần" that makes it a length or
/// a unit, not a date: a number ("6 tháng", "ba tháng", "nhiều năm nay") or
/// a word that counts or ranges ("mỗi tháng", "hàng quý", "các tháng").
pub(super) fn is_count_word(word: &str) -> bool {
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    const COUNTS: [&str; 27] = [
        "một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "lăm",
        "chục", "trăm", "mỗi", "hàng", "hằng", "từng", "các", "những", "mấy", "vài", "nhiều",
        "nửa", "nhiêu", "mọi",
    ];
    word.len() <= "nhiều".len() && COUNTS.iter().any(|w| is_word(word, w))
}

/// A number from 1 to 12 in words, as after "tháng" ("mười" alone is 10).
const NUMBER_WORDS: [(&str, i8); 10] = [
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("tư", 4),
    ("bốn", 4),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
    ("mười", 10),
];

/// The number a word names, if it is one of `NUMBER_WORDS`.
fn number_word(word: &str) -> Option<i8> {
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| is_word(word, w))
        .map(|&(_, n)| n)
}

/// A month after "tháng" (from `pos`, the end of "tháng"): its number,
/// where it ends, and whether it is written in words.
fn month_after(text: &str, pos: usize) -> Option<(i8, usize, bool)> {
    let (word, end) = word_after(text, pos)?;
    if (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()) {
        let m: i8 = word.parse().ok()?;
        return (1..=12).contains(&m).then_some((m, end, false));
    }
    // "tháng năm" is most often "months of the year": only "tháng Năm" is May.
    if word == "Năm" {
        return Some((5, end, true));
    }
    let m = number_word(word)?;
    if m == 10 {
        // "mười một", "mười hai".
        if let Some((next, next_end)) = word_after(text, end) {
            if is_word(next, "một") {
                return Some((11, next_end, true));
            }
            if is_word(next, "hai") {
                return Some((12, next_end, true));
            }
        }
    }
    Some((m, end, true))
}

/// What follows a month or quarter for its year.
#[derive(Clone, Copy)]
enum Tail {
    /// "/2017", "-2017", "năm 2017", "của năm 2017".
    Year(i16),
    /// "năm nay" (0), "năm ngoái" (-1): years from the stamp's.
    FromStamp(i16),
    None,
}

/// The year after a month or quarter ending at `pos`, and where it ends.
/// `bare`: a year may follow with nothing between ("quý IV 2017").
fn year_after(text: &str, pos: usize, bare: bool) -> (Tail, usize) {
    let none = (Tail::None, pos);
    let rest = text[pos..].trim_start();
    if let Some(sep) = rest.chars().next().filter(|&c| is_day_sep(c)) {
        let digits = rest[sep.len_utf8()..].trim_start();
        let end = text.len() - digits.len() + 4;
        return match digits.get(..4) {
            Some(y) if y.bytes().all(|b| b.is_ascii_digit()) && !glued_after(text, end, true) => y
                .parse()
                .ok()
                .and_then(year)
                .map_or(none, |y| (Tail::Year(y), end)),
            _ => none,
        };
    }
    let Some((mut word, mut end)) = word_after(text, pos) else {
        return none;
    };
    if bare && word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        return match word.parse().ok().and_then(year) {
            Some(y) if !glued_after(text, end, true) => (Tail::Year(y), end),
            _ => none,
        };
    }
    if is_word(word, "của") {
        let Some(next) = word_after(text, end) else {
            return none;
        };
        (word, end) = next;
    }
    if !is_word(word, "năm") {
        return none;
    }
    let Some((word, end)) = word_after(text, end) else {
        return none;
    };
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        if glued_after(text, end, true) {
            return none;
        }
        return word
            .parse()
            .ok()
            .and_then(year)
            .map_or(none, |y| (Tail::Year(y), end));
    }
    if is_word(word, "nay") {
        return (Tail::FromStamp(0), end);
    }
    if is_word(word, "ngoái") {
        return (Tail::FromStamp(-1), end);
    }
    none
}

/// A month or quarter without a year (`start..end`) stands alone: not
/// counted ("mỗi tháng 2 lần"), not glued to a range or a number ("tháng
/// 6-7", "quý 2.5"), not a label in quotes (a calendar's `"Tháng Hai"`).
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    !glued_after(text, end, false)
        && !word_after(text, end).is_some_and(|(w, _)| is_word(w, "lần"))
        && !cue::char_before(text, start).is_some_and(|c| c == '"' || c == '\'')
}

/// The year a month or quarter without one (ending at `end`) shares with
/// the next it is joined to: "tháng 6 và tháng 7/2017", "tháng 10 hoặc
/// 11-2025", "quý III hoặc quý IV 2017". `keyword` may be said again;
/// `numeral` reads the next one's number and where it ends.
fn shared_year(
    text: &str,
    end: usize,
    keyword: &str,
    numeral: fn(&str, usize) -> Option<usize>,
    bare: bool,
) -> Option<i16> {
    let mut pos = if text[end..].starts_with(',') {
        end + 1
    } else {
        let (word, word_end) = word_after(text, end)?;
        ["và", "hoặc", "đến", "tới"]
            .iter()
            .any(|w| is_word(word, w))
            .then_some(word_end)?
    };
    if let Some((word, word_end)) = word_after(text, pos)
        && is_word(word, keyword)
    {
        pos = word_end;
    }
    match year_after(text, numeral(text, pos)?, bare) {
        (Tail::Year(y), _) => Some(y),
        _ => None,
    }
}

/// The end of a month's number after `pos` ("tháng" or a connector).
fn month_end(text: &str, pos: usize) -> Option<usize> {
    month_after(text, pos).map(|(_, end, _)| end)
}

/// The end of a quarter's number after `pos` ("quý" or a connector).
fn quarter_end(text: &str, pos: usize) -> Option<usize> {
    let (word, end) = word_after(text, pos)?;
    quarter_number(word).map(|_| end)
}

/// Days and months at each "tháng" (`thang`, from `accented_words`).
pub(super) fn days_and_months(
    text: &str,
    thang: &[std::ops::Range<usize>],
    stamp: Option<Date>,
    out: &mut Vec<Cand>,
) {
    for t in thang {
        if cue::char_before(text, t.start).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let Some((m, m_end, in_words)) = month_after(text, t.end) else {
            continue;
        };
        let (tail, tail_end) = year_after(text, m_end, false);
        // With no stamp "năm nay" names no year: the month or day stands alone.
        let (tail, tail_end) = match (tail, stamp) {
            (Tail::FromStamp(_), None) => (Tail::None, m_end),
            _ => (tail, tail_end),
        };
        let before = word_before(text, t.start);
        let day_number = |&(_, w): &(usize, &str)| {
            (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
        };
        if let Some(d) = before.filter(day_number) {
            day(text, d, (m, in_words), (tail, tail_end, m_end), stamp, out);
            continue;
        }
        if before.is_some_and(|(_, w)| is_count_word(w)) {
            continue;
        }
        let (raw, end) = match tail {
            Tail::Year(y) => (Raw::Month { y, m }, tail_end),
            Tail::FromStamp(off) => match stamp {
                Some(s) => (
                    Raw::Relative(Rel::Month {
                        y: s.year() + off,
                        m,
                    }),
                    tail_end,
                ),
                None => continue,
            },
            Tail::None if stands_alone(text, t.start, m_end) => {
                match shared_year(text, m_end, "tháng", month_end, false) {
                    Some(y) => (Raw::Month { y, m }, m_end),
                    None => (Raw::YearlessMonth { m }, m_end),
                }
            }
            Tail::None => continue,
        };
        out.push(Cand {
            start: t.start,
            end,
            raw,
            document: false,
        });
    }
}

/// A day before "tháng": `d` is its number (at its start), after "ngày",
/// "mồng"/"mùng" or, with a year, nothing.
fn day(
    text: &str,
    (d_start, d): (usize, &str),
    (m, in_words): (i8, bool),
    (tail, tail_end, m_end): (Tail, usize, usize),
    stamp: Option<Date>,
    out: &mut Vec<Cand>,
) {
    let Ok(d) = d.parse::<i8>() else {
        return;
    };
    let lead = word_before(text, d_start).map(|(_, w)| w);
    let after_ngay = lead.is_some_and(|w| is_word(w, "ngày"));
    let marked = after_ngay || lead.is_some_and(|w| is_word(w, "mồng") || is_word(w, "mùng"));
    // "ngày 24 tháng 12 năm 2016" is `worded_days`', not "... năm nay".
    if after_ngay && !in_words && !matches!(tail, Tail::FromStamp(_)) {
        return;
    }
    let (raw, end) = match tail {
        Tail::Year(y) if valid(y, m, d) => (
            Raw::Day {
                y: Some(y),
                m,
                d,
                time: None,
            },
            tail_end,
        ),
        Tail::FromStamp(off) => {
            let Some(date) = stamp.and_then(|s| Date::new(s.year() + off, m, d).ok()) else {
                return;
            };
            (Raw::Relative(Rel::Day { date, time: None }), tail_end)
        }
        Tail::None if marked && valid_month_day(m, d) && !glued_after(text, m_end, false) => (
            Raw::Day {
                y: None,
                m,
                d,
                time: None,
            },
            m_end,
        ),
        _ => return,
    };
    out.push(Cand {
        start: d_start,
        end,
        raw,
        document: false,
    });
}

/// The quarter a word after "quý" names: "I" to "IV", "1" to "4", "một" to
/// "bốn"/"tư"; and whether it is in words.
fn quarter_number(word: &str) -> Option<(i8, bool)> {
    let q = match word {
        "I" | "1" => 1,
        "II" | "2" => 2,
        "III" | "3" => 3,
        "IV" | "4" => 4,
        _ => {
            return number_word(word)
                .filter(|n| (1..=4).contains(n))
                .map(|n| (n, true));
        }
    };
    Some((q, false))
}

/// Quarters at each "quý" (`quy`, from `accented_words`) that `QUARTER`
/// does not read: in words, without a year, with "của năm" or a year from
/// the stamp.
pub(super) fn quarters(text: &str, quy: &[usize], stamp: Option<Date>, out: &mut Vec<Cand>) {
    for &at in quy {
        let end_quy = at + "quý".len();
        if cue::char_before(text, at).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let Some((word, q_end)) = word_after(text, end_quy) else {
            continue;
        };
        let Some((q, in_words)) = quarter_number(word) else {
            continue;
        };
        let before = word_before(text, at);
        if before.is_some_and(|(_, w)| is_count_word(w)) {
            continue;
        }
        // "Thái Thanh Quý hai lần ...": a name, not a quarter.
        let capital = text.as_bytes()[at] == b'Q';
        if in_words
            && capital
            && before.is_some_and(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
        {
            continue;
        }
        let (raw, end) = match (year_after(text, q_end, true), stamp) {
            ((Tail::Year(y), end), _) => (Raw::Quarter { y, q }, end),
            ((Tail::FromStamp(off), end), Some(s)) => (
                Raw::Relative(Rel::Quarter {
                    y: s.year() + off,
                    q,
                }),
                end,
            ),
            _ if stands_alone(text, at, q_end) => {
                match shared_year(text, q_end, "quý", quarter_end, true) {
                    Some(y) => (Raw::Quarter { y, q }, q_end),
                    None => (Raw::YearlessQuarter { q }, q_end),
                }
            }
            _ => continue,
        };
        out.push(Cand {
            start: at,
            end,
            raw,
            document: false,
        });
    }
}

/// `text` at `pos` reads "âm lịch" (lunar calendar), maybe in brackets.
fn lunar_after(text: &str, pos: usize) -> bool {
    let rest = text[pos..].trim_start();
    let rest = rest.strip_prefix('(').map_or(rest, str::trim_start);
    let mut words = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    words.next().is_some_and(|w| is_word(w, "âm"))
        && words.next().is_some_and(|w| is_word(w, "lịch"))
}

/// Drops days and months of the lunar calendar ("ngày 10 tháng 3 âm lịch"):
/// the value would name the wrong day.
pub(super) fn drop_lunar(text: &str, mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.retain(|c| {
        !matches!(
            c.raw,
            Raw::Day { .. } | Raw::Month { .. } | Raw::YearlessMonth { .. }
        ) || !lunar_after(text, c.end)
    });
    cands
}
