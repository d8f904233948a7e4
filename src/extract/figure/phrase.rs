//! What a figure measures, read from the words before it: a percentage's
//! context (rule 1 of [`percent`](crate::extract::percent)'s doc) and a
//! score's subject; and the words that carry a list of bodies past ", ".

use crate::text::case::lower_is;
use crate::text::words::{trimmed, words};

/// Words that open a clause without saying what is measured, split into
/// their words (tried in this order: "trong đó" before "trong").
const LEADING: &[&[&str]] = &[
    &["và"],
    &["là"],
    &["trong", "đó"],
    &["trong", "năm"],
    &["đồng", "thời"],
    &["nhất", "là"],
    &["riêng"],
    &["còn"],
    &["trong"],
    &["chiếm"],
];

/// The measured thing in `text[from..to]`: leading connectors and anything up
/// to a last "có"/"hoàn thành" (and "và" when `after_figure`, the span starting
/// right after another figure) dropped, at most the last 14 words.
pub(crate) fn noun_phrase_before(
    text: &str,
    from: usize,
    to: usize,
    after_figure: bool,
) -> Option<String> {
    let ws = words(text, from, to);
    // Words are compared in place with the lower-case words sought: no
    // lower-case copy of every word.
    let mut first = 0;
    for i in 0..ws.len() {
        let w = ws[i].1;
        if lower_is(w, "có")
            || (lower_is(w, "thành") && i > 0 && lower_is(ws[i - 1].1, "hoàn"))
            || (after_figure && lower_is(w, "và"))
        {
            first = i + 1;
        }
    }
    // Leading connectors and a leading year ("Năm 2022", "trong năm 2015").
    loop {
        let rest = &ws[first.min(ws.len())..];
        let skip = LEADING
            .iter()
            .find(|l| rest.len() >= l.len() && l.iter().zip(rest).all(|(l, (_, w))| lower_is(w, l)))
            .map(|l| l.len())
            .or_else(|| leading_time(rest));
        match skip {
            Some(n) => first += n,
            None => break,
        }
    }
    if first >= ws.len() {
        return None;
    }
    let first = first.max(ws.len().saturating_sub(14));
    trimmed(text, ws[first].0, to)
}

/// The number of words of a leading time phrase: "năm 2022", "đến năm 2025",
/// "đến nay", "hiện nay".
fn leading_time(rest: &[(usize, &str)]) -> Option<usize> {
    let is = |i: usize, sought: &[&str]| {
        rest.get(i)
            .is_some_and(|(_, w)| sought.iter().any(|s| lower_is(w, s)))
    };
    // Lower case leaves digits as they are and makes no digit of a letter.
    let is_year = |i: usize| {
        rest.get(i)
            .is_some_and(|(_, w)| w.bytes().all(|c| c.is_ascii_digit()))
    };
    if is(0, &["năm"]) && is_year(1) {
        Some(2)
    } else if is(0, &["đến", "từ", "tới", "vào"]) && is(1, &["năm"]) && is_year(2) {
        Some(3)
    } else if is(0, &["đến", "tới", "hiện"]) && is(1, &["nay"]) {
        Some(2)
    } else {
        None
    }
}

/// Words that continue a list of bodies after ", " ("sở, ngành", "huyện, thành phố").
pub(crate) const LIST_CONTINUATION: &[&str] = &[
    "ban",
    "ngành",
    "thành",
    "thị",
    "huyện",
    "xã",
    "phường",
    "thị trấn",
    "địa",
    "dự",
    "đơn",
];
