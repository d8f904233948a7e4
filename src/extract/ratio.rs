//! Ratios and rankings: "50/53 đầu công việc", "19/63 tỉnh thành".
//!
//! # Rules
//!
//! A ratio is "N/M" (whole numbers, up to four digits each) followed by the
//! thing counted, its `unit`: at most 8 words, up to a verb, a preposition or the
//! clause end ("50/53 đầu công việc, đạt 94,3%" → "đầu công việc"). A ", "
//! goes on when the next word continues a list of bodies ("20/20 sở, ngành",
//! "12/12 UBND huyện, thành phố"). Rankings are ratios too ("xếp 19/63 tỉnh
//! thành").
//!
//! Not ratios:
//! - no unit after it (except a ranking: "xếp thứ 14/63", "vị trí thấp
//!   (58/63)", when "thứ", "hạng", "xếp", "đứng" or "vị trí" comes within four
//!   words before and it cannot be a date; its `unit` is null), or `N > M`, or
//!   `M = 0`;
//! - part of a longer number or code: a digit, letter, "/", "," or "." glued
//!   on either side ("15/5/2017", "108/2014/NĐ-CP", "91,19/100", "I/2017");
//! - a year as the denominator ("Đợt 1/2017", "số 12/2016");
//! - a score ("87,94/100 điểm", "8/10 điểm") or a level ("mức độ 3/4");
//! - followed by a capitalized ordinary word, which opens a label in a stats
//!   table ("27/36 Tỷ lệ giao bóng"); acronyms ("UBND", "HTX") and "Sở",
//!   "Bộ", "Ban" are fine;
//! - a date: when it could be a day and month (N ≤ 31, M ≤ 12) it counts as a
//!   ratio only if no date word comes before it ("ngày", "sáng", "đến", …)
//!   and its unit opens with a count noun from [`COUNT_NOUNS`] ("12/12 đề
//!   án"); "30/12" alone or "ngày 30/12 UBND tỉnh …" stay dates.
//!
//! `percent` is the percentage stated beside it: the first percentage after
//! the ratio in the same sentence, within 120 bytes, whose value agrees with
//! N/M to within 0.6 points (stated values are rounded): "50/53 đầu công việc,
//! đạt 94,3%" → 94.3, but "20/20 sở, ngành có chỉ số SIPAS đạt từ 90%" → none;
//! else the last agreeing one before it in the same sentence, within 80 bytes
//! ("đạt 94,3% (50/53 đầu công việc)").

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use schemars::JsonSchema;
use serde::Serialize;

use crate::extract::figure::{Figure, LIST_CONTINUATION, figures as percent_figures};
use crate::text::case::lower;
use crate::text::clause::{clause_end, sentence_end, sentence_start};
use crate::text::words::{trimmed, words_iter, words_rev};

/// One ratio in the text.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Ratio {
    /// The ratio as written: "50/53".
    pub text: String,
    /// The number before the slash.
    pub numerator: f64,
    /// The number after the slash.
    pub denominator: f64,
    /// What is counted, as written after it: "đầu công việc".
    pub unit: Option<String>,
    /// The percentage stated beside it, if any.
    pub percent: Option<f64>,
    /// Where `text` starts: a character offset into the normalized text.
    pub start: usize,
    /// Where `text` ends, as `start`.
    pub end: usize,
}

static RATIO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d{1,4}) ?/ ?(\d{1,4})").unwrap());

/// Words that end a unit.
const UNIT_STOP: &[&str] = &[
    "có", "đạt", "được", "đều", "đã", "năm", "trong", "của", "với", "là", "và", "tại", "theo",
    "so", "thực", "hoàn", "chiếm", "bằng", "trên", "cho", "vào", "từ", "đến", "xếp", "tăng",
    "giảm", "đứng", "ngày", "tháng", "về", "hoặc", "thuộc", "chưa", "không", "cần", "phải", "sẽ",
    "đang", "vẫn", "cũng", "mới", "nhằm", "để", "khi", "nên",
];

/// Count nouns: a date-shaped ratio ("12/12") needs its unit to open with one.
pub const COUNT_NOUNS: &[&str] = &[
    "sở",
    "ngành",
    "huyện",
    "xã",
    "phường",
    "ubnd",
    "ủy",
    "đơn",
    "cơ",
    "đề",
    "dự",
    "mục",
    "nhiệm",
    "chỉ",
    "tiêu",
    "đầu",
    "thủ",
    "tthc",
    "hồ",
    "tỉnh",
    "thành",
    "địa",
    "trường",
    "văn",
    "kế",
    "nội",
    "tập",
    "cá",
    "người",
    "đại",
    "công",
    "lĩnh",
    "phòng",
    "ban",
    "chương",
    "báo",
    "cuộc",
    "lượt",
    "ý",
    "bệnh",
    "doanh",
    "trạm",
    "hộ",
    "thôn",
    "bản",
    "điểm",
    "câu",
    "vấn",
    "nghị",
    "quyết",
    "dịch",
    "tổ",
    "hợp",
    "đoàn",
    "cán",
    "lớp",
];

/// Words shortly before "N/M" that make it a ranking, which needs no unit.
const RANK_WORDS: &[&str] = &["thứ", "hạng", "xếp", "đứng", "trí"];

/// Words before a number that make "N/M" a day and month.
const DATE_WORDS: &[&str] = &[
    "ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm", "từ", "đến", "tới", "trước", "sau",
    "đầu", "cuối", "hạn", "nay", "lúc", "vào",
];

/// The ratio-shaped matches of `text`, as the regex over the whole text finds
/// them (glued ones dropped), reading only a few bytes around each "/": every
/// match has one "/" with a digit on each side (one space allowed), and at
/// most four digits of up to four bytes and a space on each side.
fn ratio_matches(text: &str) -> impl Iterator<Item = RatioMatch> {
    let mut floor = 0;
    memchr::memchr_iter(b'/', text.as_bytes()).filter_map(move |slash| {
        if slash < floor || !digit_beside(text, slash) {
            return None;
        }
        let from = text
            .floor_char_boundary(slash.saturating_sub(17))
            .max(floor);
        let to = text.ceil_char_boundary(slash + 18);
        // Only digits, spaces and "/" make a match: other chars stop it
        // wherever they stand, so a window without non-ASCII digits reads
        // the same by hand.
        let found = if text[from..to].chars().all(|c| {
            c.is_ascii()
                || matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}')
                || !c.is_numeric()
        }) {
            ascii_ratio_at(&text.as_bytes()[..to], from)
        } else {
            RATIO.captures_at(&text[..to], from).map(|caps| RatioMatch {
                whole: caps.get(0).expect("group 0").range(),
                numerator: caps.get(1).expect("group 1").range(),
                denominator: caps.get(2).expect("group 2").range(),
            })
        }?;
        let whole = found.whole.clone();
        // A match for a later "/" is found again, with its own window.
        if !(whole.start < slash && slash < whole.end) {
            return None;
        }
        floor = whole.end;
        (!glued(text, whole.start, whole.end)).then_some(found)
    })
}

/// Byte spans of a [`RATIO`] match and of its two numbers.
struct RatioMatch {
    whole: Range<usize>,
    numerator: Range<usize>,
    denominator: Range<usize>,
}

/// The first match of [`RATIO`] in `b` at or after `from`, read by hand for
/// text whose only digits are ASCII (any non-ASCII byte stops a match).
fn ascii_ratio_at(b: &[u8], from: usize) -> Option<RatioMatch> {
    let digits = |at: usize| {
        b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    (from..b.len()).find_map(|start| {
        // More than four digits leave a digit where " ?/" must follow.
        let n = digits(start);
        if n == 0 || n > 4 {
            return None;
        }
        let mut at = start + n;
        if b.get(at) == Some(&b' ') {
            at += 1;
        }
        if b.get(at) != Some(&b'/') {
            return None;
        }
        at += 1;
        if b.get(at) == Some(&b' ') && digits(at + 1) > 0 {
            at += 1;
        }
        let d = digits(at).min(4);
        (d > 0).then(|| RatioMatch {
            whole: start..at + d,
            numerator: start..start + n,
            denominator: at..at + d,
        })
    })
}

/// Every ratio in `text`, in text order.
pub fn find_ratios(text: &str) -> Vec<Ratio> {
    ratios(text, None)
}

/// [`find_ratios`] given the percentage figures of `text`, already found for
/// its percentages.
pub(crate) fn find_ratios_with(text: &str, percentages: &[Figure]) -> Vec<Ratio> {
    ratios(text, Some(percentages))
}

/// The ratios of `text`; its percentage figures are found here, and only
/// when a ratio needs them, unless `known`.
fn ratios(text: &str, known: Option<&[Figure]>) -> Vec<Ratio> {
    let mut figures_found: Option<Vec<Figure>> = None;
    let mut out = Vec::new();
    for found in ratio_matches(text) {
        let (start, end) = (found.whole.start, found.whole.end);
        let (numerator, denominator) = (&text[found.numerator], &text[found.denominator]);
        let (Ok(n), Ok(d)) = (numerator.parse::<u32>(), denominator.parse::<u32>()) else {
            continue;
        };
        if d == 0 || n > d || (denominator.len() == 4 && (1900..=2100).contains(&d)) {
            continue;
        }
        // Only the last four words before the ratio are read, last first.
        let before: Vec<Cow<str>> = words_rev(
            text,
            line_start(text, start.saturating_sub(40), start),
            start,
        )
        .take(4)
        .map(|(_, w)| lower(w))
        .collect();
        let prev = before.first().map(Cow::as_ref);
        let prev2 = before.get(1).map(Cow::as_ref);
        if prev == Some("độ") && prev2 == Some("mức") {
            continue;
        }
        let date_shaped = n <= 31 && (1..=12).contains(&d);
        let (unit, unit_end) = match unit(text, end) {
            Some((unit, unit_end)) => {
                let first_word = unit.split([' ', ',']).next().unwrap_or("");
                if title_case_label(first_word) {
                    continue;
                }
                let first_unit_word = lower(first_word);
                if first_unit_word == "điểm" {
                    continue;
                }
                if date_shaped
                    && (prev.is_some_and(|p| DATE_WORDS.contains(&p))
                        || !COUNT_NOUNS.contains(&first_unit_word.as_ref()))
                {
                    continue;
                }
                (Some(unit), unit_end)
            }
            // A ranking may stand alone: "xếp thứ 14/63,", "vị trí thấp (58/63)".
            None if !date_shaped && before.iter().any(|w| RANK_WORDS.contains(&w.as_ref())) => {
                (None, end)
            }
            None => continue,
        };
        // Only values and offsets are needed: no qualifier or context.
        let all: &[Figure] = match known {
            Some(figures) => figures,
            None => figures_found.get_or_insert_with(|| percent_figures(text)),
        };
        let implied = 100.0 * f64::from(n) / f64::from(d);
        let percent = stated_percent(text, all, start, unit_end, implied);
        out.push(Ratio {
            text: text[start..unit_end].to_string(),
            numerator: f64::from(n),
            denominator: f64::from(d),
            unit,
            percent,
            start,
            end: unit_end,
        });
    }
    out
}

/// The percentage stated beside a ratio spanning `start..unit_end` whose
/// value is `implied` percent (see the module rules), among `figures`, which
/// are in text order (sorted by start, as [`percent_figures`] gives them).
///
/// Only the figures that start within the byte limits are read, found by
/// binary search: a figure starting elsewhere cannot end within them. Reading
/// every figure of the document for each ratio made a page of ratios and
/// percentages quadratic; the tests keep that reading as the oracle.
fn stated_percent(
    text: &str,
    figures: &[Figure],
    start: usize,
    unit_end: usize,
    implied: f64,
) -> Option<f64> {
    let agrees = |p: &&Figure| (p.2 - implied).abs() <= 0.6;
    // The sentence bounds are searched only for a figure within the byte
    // limits, which most ratios lack.
    let mut stop = None;
    let mut back = None;
    let limit = unit_end + 120;
    let after = figures.partition_point(|p| p.0 < unit_end);
    figures[after..]
        .iter()
        .take_while(|p| p.0 <= limit)
        .filter(agrees)
        .find(|p| {
            p.1 <= limit
                && p.1 <= *stop.get_or_insert_with(|| sentence_end(text, unit_end).min(limit))
        })
        .or_else(|| {
            let floor = start.saturating_sub(80);
            let from = figures.partition_point(|p| p.0 < floor);
            let to = figures.partition_point(|p| p.0 <= start);
            figures[from..to].iter().filter(agrees).rfind(|p| {
                p.1 <= start
                    && p.0 >= *back.get_or_insert_with(|| sentence_start(text, start).max(floor))
            })
        })
        .map(|p| p.2)
}

/// True for a capitalized ordinary word ("Tỷ", "Giao"): after a ratio it
/// opens a new label (a stats table), not a count noun. Acronyms ("UBND",
/// "HTX") and the bodies "Sở", "Bộ", "Ban" are count nouns.
fn title_case_label(word: &str) -> bool {
    let mut chars = word.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let rest_lower = chars.clone().next().is_some() && chars.all(char::is_lowercase);
    capital && rest_lower && !matches!(word, "Sở" | "Bộ" | "Ban")
}

/// The start of the line holding `pos`, or `floor` when the line starts
/// before it (only the bytes after `floor` are searched).
fn line_start(text: &str, floor: usize, pos: usize) -> usize {
    memchr::memrchr(b'\n', &text.as_bytes()[floor..pos]).map_or(floor, |i| floor + i + 1)
}

/// True when a digit (any script, as `\d`) is next to the "/" at `slash` on
/// both sides, one space allowed between.
fn digit_beside(text: &str, slash: usize) -> bool {
    let before = text[..slash].strip_suffix(' ').unwrap_or(&text[..slash]);
    let after = text[slash + 1..]
        .strip_prefix(' ')
        .unwrap_or(&text[slash + 1..]);
    before.chars().next_back().is_some_and(char::is_numeric)
        && after.chars().next().is_some_and(char::is_numeric)
}

/// True when "N/M" at `start..end` is part of a longer number, date or code.
fn glued(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let glue = |c: char| c.is_alphanumeric() || c == '/';
    if before.is_some_and(glue) || after.is_some_and(glue) {
        return true;
    }
    // "91,19/100", "1.5/10" and "12/12." at a sentence end is fine.
    let digit_then = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
    let mut back = text[..start].chars().rev();
    let sep_before =
        matches!(back.next(), Some(',' | '.')) && back.next().is_some_and(|c| c.is_ascii_digit());
    let sep_after = matches!(after, Some(',' | '.' | '-')) && digit_then(&text[end + 1..]);
    sep_before || sep_after
}

/// The unit after a ratio ending at `end`, and where it ends.
fn unit(text: &str, end: usize) -> Option<(String, usize)> {
    // The unit must follow at once: "12/12 đề án", not "30/12, Chủ tịch".
    if !text[end..].starts_with(' ') {
        return None;
    }
    let mut limit = clause_end(text, end);
    // Read lazily: a unit takes at most 8 words, so the rest of the clause is
    // never split into words.
    let mut ws = words_iter(text, end, limit).peekable();
    let mut last: Option<usize> = None;
    let mut count = 0;
    loop {
        let Some((at, w)) = ws.next() else {
            // A ", " ended the clause: go on when a list of bodies continues.
            let Some(next) = text[limit..].strip_prefix(", ") else {
                break;
            };
            let next_word = next
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if last.is_none() || !LIST_CONTINUATION.contains(&lower(next_word).as_ref()) {
                break;
            }
            let from = limit + 2;
            limit = clause_end(text, from);
            ws = words_iter(text, from, limit).peekable();
            continue;
        };
        let low = lower(w);
        let verb_ban = low == "ban" && ws.peek().is_some_and(|(_, n)| lower(n) == "hành");
        if count >= 8
            || verb_ban
            || UNIT_STOP.contains(&low.as_ref())
            || !w.chars().next().is_some_and(char::is_alphabetic)
        {
            break;
        }
        last = Some(at + w.len());
        count += 1;
    }
    let to = last?;
    Some((trimmed(text, end, to)?, to))
}

#[cfg(test)]
mod tests;
