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
use serde::Serialize;

use crate::extract::figure::{Figure, LIST_CONTINUATION, figures as percent_figures};
use crate::text::case::lower;
use crate::text::clause::{clause_end, sentence_end, sentence_start};
use crate::text::words::{trimmed, words_iter, words_rev};

/// One ratio in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// Where `text` starts: a character offset into the normalized text
    /// (a byte offset until the record is built).
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
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    /// (phrase, [(numerator, denominator, unit, percent)]), read by hand; a
    /// unit of "" means none.
    type Expected = &'static [(f64, f64, &'static str, Option<f64>)];

    const EXAMPLES: &[(&str, Expected)] = &[
        (
            "đã thực hiện hoàn thành 50/53 đầu công việc, đạt 94,3%; Hoàn thành 11/15 mục tiêu đạt 73,3%.",
            &[
                (50.0, 53.0, "đầu công việc", Some(94.3)),
                (11.0, 15.0, "mục tiêu", Some(73.3)),
            ],
        ),
        (
            "đã hoàn thành 17/19 mục tiêu (đạt 89,5% mục tiêu đầu nhiệm kỳ), 12/12 đề án, dự án cải cách hành chính đều được triển khai đạt 100% kế hoạch.",
            &[
                (17.0, 19.0, "mục tiêu", Some(89.5)),
                (12.0, 12.0, "đề án, dự án cải cách hành chính", Some(100.0)),
            ],
        ),
        (
            "xếp hạng từ 49/63 tỉnh thành năm 2011, năm 2014 đã tăng 30 bậc xếp 19/63 tỉnh thành.",
            &[
                (49.0, 63.0, "tỉnh thành", None),
                (19.0, 63.0, "tỉnh thành", None),
            ],
        ),
        (
            "(cao hơn 2021 là 1,25%), 20/20 sở, ngành có chỉ số SIPAS đạt từ 90% trở lên",
            &[(20.0, 20.0, "sở, ngành", None)],
        ),
        (
            "12/12 UBND huyện, thành phố có chỉ số SIPAS đạt từ 90% trở lên",
            &[(12.0, 12.0, "UBND huyện, thành phố", None)],
        ),
        (
            "có 9/11 đơn vị hoàn thành kế hoạch",
            &[(9.0, 11.0, "đơn vị", None)],
        ),
        (
            "đã có 15/15 xã đạt chuẩn nông thôn mới",
            &[(15.0, 15.0, "xã", None)],
        ),
        (
            "xếp thứ 35/63 tỉnh, thành phố",
            &[(35.0, 63.0, "tỉnh, thành phố", None)],
        ),
        (
            "38/40 cơ quan, đơn vị đã triển khai, đạt 95%",
            &[(38.0, 40.0, "cơ quan, đơn vị", Some(95.0))],
        ),
        (
            "kết quả thực hiện đạt 94,3% (50/53 đầu công việc)",
            &[(50.0, 53.0, "đầu công việc", Some(94.3))],
        ),
        (
            "so với năm 2015 và đang đứng ở vị trí thấp (58/63) trong các địa phương cả nước.",
            &[(58.0, 63.0, "", None)],
        ),
        (
            "Chỉ số PCI năm 2016 đạt 60,74 điểm, xếp thứ 14/63, tăng 10 bậc",
            &[(14.0, 63.0, "", None)],
        ),
        (
            "Chỉ số cải cách hành chính tăng 6 bậc, xếp thứ 3/63 tỉnh, thành phố.",
            &[(3.0, 63.0, "tỉnh, thành phố", None)],
        ),
        // not ratios
        ("Quảng Ninh sẽ chiếm 1/10 chiều dài cao tốc", &[]),
        ("dãy núi Tam Đảo chiếm 1/4 diện tích của toàn tỉnh", &[]),
        ("Trường Mầm non 19/5, khu Trung tâm Văn hóa", &[]),
        ("xếp thứ hai, thứ 5/12 họp", &[]),
        ("Sáng nay, ngày 30/12, Chủ tịch UBND tỉnh", &[]),
        ("ngày 30/12 UBND tỉnh tổ chức hội nghị", &[]),
        ("ngày 15/5/2017 để đánh giá", &[]),
        ("Đợt 1/2017, toàn tỉnh tinh giản", &[]),
        ("theo Nghị định số 108/2014/NĐ-CP.", &[]),
        ("Nghị quyết số 36a/NQ-CP của Chính phủ", &[]),
        ("Trong quý I/2017, đã có", &[]),
        ("các sở đạt 91,19/100 điểm", &[]),
        ("đạt 8/10 điểm", &[]),
        ("dịch vụ công mức độ 3/4 với Văn phòng", &[]),
        ("phục vụ 24/7 cho người dân", &[]),
        ("Ngày 12/1/2023, đồng chí", &[]),
        ("số 06/GP-TTĐT ngày 19/6/2019", &[]),
        ("từ 1/7 các cơ quan áp dụng", &[]),
        ("đến 31/12 phải hoàn thành", &[]),
        ("tỷ lệ 3/5", &[]),
        ("1.812,6 tỉ đồng/3.103,6 tỉ đồng", &[]),
        (
            "Lỗi kép 8 27/36 Tỷ lệ giao bóng 1 23/50 21/27 Giao bóng 1",
            &[],
        ),
        (
            "có 21/63 tỉnh, thành phố ban hành kế hoạch",
            &[(21.0, 63.0, "tỉnh, thành phố", None)],
        ),
        (
            "419/419 hộ dân thuộc diện di dời",
            &[(419.0, 419.0, "hộ dân", None)],
        ),
        (
            "xếp 2/63 tỉnh, thành phố về mức độ sẵn sàng",
            &[(2.0, 63.0, "tỉnh, thành phố", None)],
        ),
        ("179/196 HTX", &[(179.0, 196.0, "HTX", None)]),
        (
            "20/20 sở, ngành, các huyện đã triển khai",
            &[(20.0, 20.0, "sở, ngành", None)],
        ),
    ];

    #[test]
    fn examples() {
        for (phrase, expected) in EXAMPLES {
            let got = find_ratios(phrase);
            assert_eq!(got.len(), expected.len(), "{phrase:?}: {got:#?}");
            for (r, (n, d, unit, percent)) in got.iter().zip(expected.iter()) {
                assert_eq!(&phrase[r.start..r.end], r.text, "{phrase:?}");
                assert_eq!((r.numerator, r.denominator), (*n, *d), "{phrase:?}");
                let want = (!unit.is_empty()).then_some(*unit);
                assert_eq!(r.unit.as_deref(), want, "{phrase:?}");
                assert_eq!(r.percent, *percent, "{phrase:?}");
            }
        }
    }

    fn pairs(text: &str) -> Vec<(f64, f64)> {
        find_ratios(text)
            .iter()
            .map(|r| (r.numerator, r.denominator))
            .collect()
    }

    #[test]
    fn seeds() {
        assert_eq!(
            pairs(include_str!("../../fixtures/000_son_la_cchc_2016.txt")),
            []
        );
        assert_eq!(
            pairs(include_str!("../../fixtures/001_bac_kan_cchc_2017.txt")),
            []
        );
        assert_eq!(
            pairs(include_str!("../../fixtures/002_cchc_index_2015.txt")),
            []
        );
        assert_eq!(
            pairs(include_str!("../../fixtures/003_an_giang_cchc_2015.txt")),
            [
                (50.0, 53.0),
                (11.0, 15.0),
                (17.0, 19.0),
                (12.0, 12.0),
                (49.0, 63.0),
                (19.0, 63.0)
            ]
        );
        assert_eq!(
            pairs(include_str!("../../fixtures/004_son_la_sipas_2022.txt")),
            [(20.0, 20.0), (12.0, 12.0)]
        );
    }

    /// The ratio matches as found before: the regex over the whole text.
    fn matches_scanning_everything(text: &str) -> Vec<(usize, usize)> {
        RATIO
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .filter(|&(s, e)| !glued(text, s, e))
            .collect()
    }

    fn matches_from_slashes(text: &str) -> Vec<(usize, usize)> {
        ratio_matches(text)
            .map(|m| (m.whole.start, m.whole.end))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn ascii_reading_is_the_regex(text in "([0-9]{1,6}|[/ a]|ể|đ)*", from in 0usize..20) {
            let from = from.min(text.len());
            proptest::prop_assume!(text.is_char_boundary(from));
            let by_regex = RATIO.captures_at(&text, from).map(|c| {
                (c.get(0).unwrap().range(), c.get(1).unwrap().range(), c.get(2).unwrap().range())
            });
            let by_hand = ascii_ratio_at(text.as_bytes(), from)
                .map(|m| (m.whole, m.numerator, m.denominator));
            proptest::prop_assert_eq!(by_hand, by_regex);
        }
    }

    proptest::proptest! {
        #[test]
        fn slashes_find_what_scanning_finds(
            text in "([0-9]{1,6}|١٢|٣|[.,/ ]|/ | /|ể|đ|a|\\n){0,40}"
        ) {
            proptest::prop_assert_eq!(matches_from_slashes(&text), matches_scanning_everything(&text));
        }
    }

    /// The percentage beside a ratio as found before: every figure of the
    /// document read for each ratio, from the first (quadratic in a page of
    /// ratios and percentages). The oracle of [`stated_percent`].
    fn stated_percent_reading_every_figure(
        text: &str,
        all: &[Figure],
        start: usize,
        unit_end: usize,
        implied: f64,
    ) -> Option<f64> {
        let agrees = |p: &&Figure| (p.2 - implied).abs() <= 0.6;
        let mut stop = None;
        let mut back = None;
        all.iter()
            .filter(agrees)
            .find(|p| {
                p.0 >= unit_end
                    && p.1 <= unit_end + 120
                    && p.1
                        <= *stop
                            .get_or_insert_with(|| sentence_end(text, unit_end).min(unit_end + 120))
            })
            .or_else(|| {
                all.iter().filter(agrees).rfind(|p| {
                    p.0 >= start.saturating_sub(80)
                        && p.1 <= start
                        && p.0
                            >= *back.get_or_insert_with(|| {
                                sentence_start(text, start).max(start.saturating_sub(80))
                            })
                })
            })
            .map(|p| p.2)
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(4000))]

        /// Spans and values anywhere, and spans whose byte limits fall near a
        /// figure's ends (`edge` 1: after the ratio, 2: before it), over text
        /// dense with figures: the binary search reads what reading every
        /// figure reads.
        #[test]
        fn stated_percent_is_reading_every_figure(
            // Sentence ends are rare, so that the byte limits often bound
            // the search.
            text in proptest::collection::vec(
                proptest::prop_oneof![
                    16 => "[0-9]{1,3}(,[0-9])?%|[0-9]{1,2}/[0-9]{1,2} đơn vị|đạt |tỷ lệ |, | ",
                    1 => "[.;] |\\n",
                ],
                0..60,
            ).prop_map(|items| items.concat()),
            edge in 0usize..3,
            pick in proptest::prelude::any::<proptest::sample::Index>(),
            a in 0usize..400,
            b in 0usize..400,
            value in 0usize..200,
        ) {
            let all = percent_figures(&text);
            let near = (!all.is_empty()).then(|| all[pick.index(all.len())]);
            // On a limit, or within two bytes of it: `unit_end + 120` on the
            // figure's end or `unit_end` on its start, `start` on its end or
            // `start - 80` on its start.
            let d = if b % 3 == 0 { b % 5 } else { 2 };
            let (start, unit_end, implied) = match (edge, near) {
                (1, Some(f)) => {
                    let from = if a % 2 == 0 { f.1 + d } else { f.0 + d + 120 };
                    let unit_end = from.saturating_sub(122);
                    (unit_end.saturating_sub(a % 60), unit_end, f.2 + 0.3)
                }
                (2, Some(f)) => {
                    let start = if a % 2 == 0 { f.1 + d } else { f.0 + d + 80 };
                    let start = start.saturating_sub(2);
                    (start, start + a % 60, f.2 - 0.3)
                }
                _ => (a.min(b), a.max(b), value as f64 / 2.0),
            };
            let (start, unit_end) = (text.floor_char_boundary(start), text.floor_char_boundary(unit_end));
            proptest::prop_assert_eq!(
                stated_percent(&text, &all, start, unit_end, implied),
                stated_percent_reading_every_figure(&text, &all, start, unit_end, implied)
            );
        }

        /// Whole pages of ratios and percentages: every ratio gets the
        /// percentage reading every figure gives it.
        #[test]
        fn ratios_get_the_percent_reading_every_figure_gives(
            text in "([0-9]{1,2}/[0-9]{1,2} (đơn vị|xã)(, đạt)? |[0-9]{1,2}(,[0-9])?%|đạt |[.;,] | ){0,60}",
        ) {
            let all = percent_figures(&text);
            for r in find_ratios(&text) {
                let implied = 100.0 * r.numerator / r.denominator;
                proptest::prop_assert_eq!(
                    r.percent,
                    stated_percent_reading_every_figure(&text, &all, r.start, r.end, implied)
                );
            }
        }
    }

    #[test]
    fn never_panics() {
        for s in [
            "1/2",
            "1/2 ",
            "1/2 ,",
            "ể1/2ể",
            "1 / 2 đ",
            "9/9, ",
            "9/9 a, ban",
        ] {
            let _ = find_ratios(s);
        }
    }
}
