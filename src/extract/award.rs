//! Award statements: who gave which award to how many collectives and individuals.
//!
//! # Rules
//!
//! - The award is found by one case-insensitive aho-corasick automaton over
//!   [`AWARDS`] (longest name wins: "Huân chương Lao động hạng Ba" over
//!   "Huân chương"), as a whole word; `award` is the name in lower case as
//!   written. Sport medals ("huy chương vàng") are not in the lexicon.
//! - The statement is read inside the award's sentence: after the award up to
//!   the next award or the sentence end (at most 200 bytes), and before it back
//!   to the previous award or the sentence start.
//! - `collectives` / `individuals`: the first "N tập thể" (or "N đơn vị") /
//!   "N cá nhân" (or "N đồng chí") after the award ("trao Bằng khen cho 11 tập thể và 13 cá nhân"); when there is
//!   none after, those before it when the award is received there ("17 tập thể,
//!   23 cá nhân được tặng Bằng khen"). N is any number the shared reader reads,
//!   digits or words ("ba tập thể").
//! - `count`: the number of awards when written right before the award ("tặng
//!   01 cờ thi đua" → 1); else collectives + individuals, those that are known.
//! - `giver`: the one named right after the award with "của" ("Bằng khen của
//!   Thủ tướng Chính phủ"), else the last giver named before the award in its
//!   sentence ("Chủ tịch UBND tỉnh", "Thủ tướng Chính phủ", "UBND tỉnh", "Bộ
//!   trưởng Bộ Nội vụ", "Chủ tịch nước", "UBND quận Bắc Từ Liêm").
//! - A mention is an award statement only when it has a number (count,
//!   collectives or individuals) or names one recipient ("trao tặng cờ thi đua
//!   … cho Trung tâm KHXH&NV"). So photo captions ("Đồng chí Chủ tịch UBND tỉnh
//!   tặng Bằng khen cho các tập thể và cá nhân"), which repeat the statement
//!   without numbers, lists of titles and proposals ("đề xuất chủ tịch tỉnh
//!   tặng bằng khen") are skipped.
//! - `text` runs from the first number or the award, whichever comes first, to
//!   the last count after it or the award's end.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use serde::Serialize;

use crate::extract::number::{NUMBER_PATTERN, parse_number};
use crate::extract::percent::clause::{sentence_end, sentence_start};
use crate::extract::text::is_whole_word;
use crate::extract::text::{fast_lower, is_lower};

/// One award statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Award {
    pub text: String,
    /// Lower case: "bằng khen", "cờ thi đua".
    pub award: String,
    pub collectives: Option<u32>,
    pub individuals: Option<u32>,
    pub count: Option<u32>,
    pub giver: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// Award names, lower case.
pub const AWARDS: &[&str] = &[
    "bằng khen",
    "giấy khen",
    "cờ thi đua",
    "cờ thi đua xuất sắc",
    "cờ thi đua của chính phủ",
    "cờ đơn vị xuất sắc",
    "huân chương",
    "huân chương lao động",
    "huân chương lao động hạng nhất",
    "huân chương lao động hạng nhì",
    "huân chương lao động hạng ba",
    "huân chương độc lập",
    "huân chương độc lập hạng nhất",
    "huân chương độc lập hạng nhì",
    "huân chương độc lập hạng ba",
    "huân chương bảo vệ tổ quốc",
    "huân chương bảo vệ tổ quốc hạng nhất",
    "huân chương bảo vệ tổ quốc hạng nhì",
    "huân chương bảo vệ tổ quốc hạng ba",
    "huân chương chiến công",
    "huân chương hữu nghị",
    "huân chương hồ chí minh",
    "huân chương sao vàng",
    "huy chương vì sự nghiệp",
    "kỷ niệm chương",
    "kỉ niệm chương",
    "chiến sĩ thi đua",
    "chiến sĩ thi đua cơ sở",
    "chiến sĩ thi đua cấp cơ sở",
    "chiến sĩ thi đua cấp tỉnh",
    "chiến sĩ thi đua cấp bộ",
    "chiến sĩ thi đua toàn quốc",
    "tập thể lao động xuất sắc",
    "tập thể lao động tiên tiến",
    "lao động tiên tiến",
    "anh hùng lao động",
    "anh hùng lực lượng vũ trang nhân dân",
    "nhà giáo ưu tú",
    "nhà giáo nhân dân",
    "thầy thuốc ưu tú",
    "thầy thuốc nhân dân",
];

static AWARD_NAMES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(AWARDS)
        .unwrap()
});

static COLLECTIVES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)({NUMBER_PATTERN}) (?:tập thể|đơn vị)")).unwrap());
static INDIVIDUALS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)({NUMBER_PATTERN}) (?:cá nhân|đồng chí)")).unwrap());
/// A number right before the award name (the slice ends with its space).
static COUNT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)({NUMBER_PATTERN}) $")).unwrap());

/// The givers; `place` and `body` are written once each, as their Unicode
/// classes make most of the build cost. No two alternatives can match at the
/// same position (their first words differ), so grouping them does not change
/// which one matches.
static GIVER: LazyLock<Regex> = LazyLock::new(|| {
    // A district or city may carry its name; "tỉnh" may not, as a person's
    // name often follows it ("Chủ tịch UBND tỉnh Vương Bình Thạnh").
    let place = r"(?: tỉnh| (?:thành phố|huyện|quận|thị xã)(?: \p{Lu}\p{L}*){0,3}|(?: TP\.? ?| TP\.)\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?)?";
    // A ministry's or department's name: "Nội vụ", "Giao thông Vận tải",
    // "Kế hoạch và Đầu tư".
    let body = r" \p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?(?: (?:và )?\p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?)?";
    Regex::new(&format!(
        r"(?:Chủ tịch (?:UBND|Ủy ban nhân dân|HĐND)|Giám đốc Công an|UBND|Ủy ban nhân dân){place}|(?:Bộ trưởng Bộ|Giám đốc Sở){body}|Chủ tịch nước|Thủ tướng Chính phủ|Ban Thường vụ Tỉnh ủy|Tỉnh ủy|Chính phủ|Bộ Nội vụ|Ban Thi đua - Khen thưởng(?: Trung ương| tỉnh)?"
    ))
    .unwrap()
});

/// Verbs that give or receive an award; one must come before an award whose
/// only detail is a named recipient.
static GIVING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)tặng|trao|khen thưởng|nhận").unwrap());

/// `text` in lower case, byte for byte where a char's lower case has the same
/// length (all of Vietnamese), so offsets in it are offsets in `text`.
fn lower_aligned(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_lower_aligned(text, &mut out);
    out
}

fn push_lower_aligned(text: &str, out: &mut String) {
    out.reserve(text.len());
    // Most characters are lower case already: unchanged runs are copied whole.
    let mut copied = 0;
    for (i, c) in text.char_indices() {
        let lower = lower_same_len(c);
        if lower != c {
            out.push_str(&text[copied..i]);
            out.push(lower);
            copied = i + c.len_utf8();
        }
    }
    out.push_str(&text[copied..]);
}

/// The lower case of `c` when it is one character of the same length, else `c`.
#[inline]
fn lower_same_len(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // The Vietnamese letters without the Unicode tables.
    if let Some(lower) = fast_lower(c) {
        return lower;
    }
    // Most letters are lower case already, and lower case maps to itself.
    if is_lower(c) {
        return c;
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// Pieces of the award names, one inside each name, each with at most one
/// non-ASCII char. They are searched, with that char in either case, in the
/// text with only its ASCII letters lower-cased: lower-casing is aligned and
/// never turns a non-ASCII char into ASCII, so a name in the lower-cased text
/// always shows its anchor there.
const ANCHOR_PIECES: &[&str] = &[
    // Each starts with bytes rare in Vietnamese prose, as the prefilter keys
    // on its first bytes: "đua", not " thi "; "ầy th", not "y thu".
    "khen",
    "đua",
    "xuất s",
    "huân ch",
    "huy ch",
    "niệm ch",
    "lao đ",
    "vũ tr",
    "giáo",
    "ầy th",
];

static ANCHORS: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    for anchor in ANCHOR_PIECES {
        patterns.push(regex::escape(anchor));
        if let Some(c) = anchor.chars().find(|c| !c.is_ascii()) {
            patterns.push(regex::escape(
                &anchor.replace(c, &c.to_uppercase().to_string()),
            ));
        }
    }
    // A literal alternation: the regex crate gives it a SIMD prefilter
    // (aho-corasick does not, for these patterns, and walks every byte).
    regex::bytes::Regex::new(&patterns.join("|")).unwrap()
});

static LONGEST_NAME: LazyLock<usize> =
    LazyLock::new(|| AWARDS.iter().map(|n| n.len()).max().unwrap_or(0));

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Award names in `text` (whole words), as the name automaton finds them in the
/// lower-cased text: only the merged windows around anchors are lower-cased.
fn award_names(text: &str) -> Vec<(usize, usize)> {
    // A non-overlapping scan may skip an anchor that overlaps one it reports,
    // so each window reaches a whole name's length either side: any name
    // whose anchor overlaps the reported one still lies inside it.
    let reach = *LONGEST_NAME;
    let ascii_lower = text.as_bytes().to_ascii_lowercase();
    let mut windows: Vec<(usize, usize)> = ANCHORS
        .find_iter(&ascii_lower)
        .map(|m| {
            (
                crate::extract::percent::clause::floor_boundary(
                    text,
                    m.start().saturating_sub(reach),
                ),
                ceil_boundary(text, m.end() + reach),
            )
        })
        .collect();
    let mut hits = Vec::new();
    if windows.is_empty() {
        return hits;
    }
    windows.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(windows.len());
    for (lo, hi) in windows {
        match merged.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    // No name crosses a window's edge (each lies inside its anchor's window),
    // so leftmost-longest matching per window equals matching the whole text.
    let mut lower = String::new();
    for (lo, hi) in merged {
        lower.clear();
        push_lower_aligned(&text[lo..hi], &mut lower);
        hits.extend(
            AWARD_NAMES
                .find_iter(&lower)
                .map(|m| (lo + m.start(), lo + m.end()))
                .filter(|&(s, e)| is_whole_word(text, s, e)),
        );
    }
    hits
}

/// Every award statement in `text`, in text order.
pub fn find_awards(text: &str) -> Vec<Award> {
    let hits = award_names(text);
    let mut out = Vec::new();
    for (i, &(start, end)) in hits.iter().enumerate() {
        let s_start = sentence_start(text, start);
        let s_end = sentence_end(text, end);
        let before_from = i.checked_sub(1).map_or(s_start, |j| hits[j].1.max(s_start));
        let after_to = hits
            .get(i + 1)
            .map_or(s_end, |h| h.0.min(s_end))
            .min(end + 200);
        let after_to = crate::extract::percent::clause::floor_boundary(text, after_to);
        if let Some(award) = statement(text, (start, end), before_from, after_to) {
            out.push(award);
        }
    }
    out
}

/// The award statement around the award name at `name`, if it is one.
fn statement(
    text: &str,
    name: (usize, usize),
    before_from: usize,
    after_to: usize,
) -> Option<Award> {
    let (start, end) = name;
    let before = &text[before_from..start];
    let after = &text[end..after_to];

    // The number is the match without its final space: a plain find, as
    // asking for the group would run a second, slower engine.
    let count_before = COUNT_BEFORE
        .find(before)
        .map(|m| (before_from + m.start(), &m.as_str()[..m.len() - 1]))
        .filter(|&(at, _)| boundary_before(text, at))
        .and_then(|(at, number)| Some((at, small_count(text, at, number)?)));

    let mut collectives = first_count(&COLLECTIVES, text, end, after);
    let mut individuals = first_count(&INDIVIDUALS, text, end, after);
    if collectives.is_none() && individuals.is_none() && received_here(before) {
        collectives = first_count(&COLLECTIVES, text, before_from, before);
        individuals = first_count(&INDIVIDUALS, text, before_from, before);
    }

    let named_recipient = after
        .find(" cho ")
        .is_some_and(|at| after[at + 5..].starts_with(|c: char| c.is_uppercase()))
        && GIVING.is_match(before);
    if count_before.is_none() && collectives.is_none() && individuals.is_none() && !named_recipient
    {
        return None;
    }

    let count = count_before.map(|(_, n)| n).or_else(|| {
        (collectives.is_some() || individuals.is_some())
            .then(|| collectives.map_or(0, |(_, _, n)| n) + individuals.map_or(0, |(_, _, n)| n))
    });
    let first = [
        Some(start),
        count_before.map(|(at, _)| at),
        collectives.map(|(at, _, _)| at),
        individuals.map(|(at, _, _)| at),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(start);
    let last = [
        Some(end),
        collectives.map(|(_, to, _)| to),
        individuals.map(|(_, to, _)| to),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(end);

    // "Bằng khen của Thủ tướng Chính phủ" names the giver most precisely.
    let giver = after
        .strip_prefix(" của ")
        .and_then(|rest| GIVER.find(rest).filter(|m| m.start() == 0))
        .or_else(|| {
            GIVER
                .find_iter(&text[sentence_start(text, start)..start])
                .last()
        })
        .map(|m| m.as_str().to_string());

    Some(Award {
        text: text[first..last].to_string(),
        award: lower_aligned(&text[start..end]),
        collectives: collectives.map(|(_, _, n)| n),
        individuals: individuals.map(|(_, _, n)| n),
        count,
        giver,
        start: first,
        end: last,
    })
}

/// True when `before` (the text between the previous award and this one) ends
/// with the award being received: "… được tặng", "… nhận".
fn received_here(before: &str) -> bool {
    // The longest phrase has 16 chars and lower-casing never shortens a char,
    // so the last 16 chars decide; the rest is not lower-cased.
    let trimmed = before.trim_end();
    let from = trimmed.char_indices().nth_back(15).map_or(0, |(i, _)| i);
    let lower = trimmed[from..].to_lowercase();
    let tail = lower.trim_end();
    tail.ends_with("được tặng")
        || tail.ends_with("được trao")
        || tail.ends_with("được trao tặng")
        || tail.ends_with("nhận")
        || tail.ends_with("được khen thưởng")
}

/// The first "N <noun>" of `re` in `span` (which starts at `offset` in
/// `text`): start, end and N.
fn first_count(re: &Regex, text: &str, offset: usize, span: &str) -> Option<(usize, usize, u32)> {
    re.find_iter(span).find_map(|whole| {
        let at = offset + whole.start();
        if !boundary_before(text, at) || !is_whole_word(text, at, offset + whole.end()) {
            return None;
        }
        Some((
            at,
            offset + whole.end(),
            small_count(text, at, count_number(whole.as_str()))?,
        ))
    })
}

/// The number of a [`COLLECTIVES`] or [`INDIVIDUALS`] match: all before the
/// noun, whose two words hold the last two spaces. Cutting the match by hand
/// spares the capture group's second, slower engine.
fn count_number(whole: &str) -> &str {
    let mut spaces = whole.rmatch_indices(' ');
    spaces.next();
    spaces.next().map_or(whole, |(i, _)| &whole[..i])
}

/// True when nothing word-like is glued to the left of `at`.
fn boundary_before(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '.')
}

/// Words before "năm" that make it "year", not "five": "trong năm", "cuối năm".
const YEAR_BEFORE: &[&str] = &[
    "trong", "cuối", "đầu", "hằng", "hàng", "mỗi", "các", "những", "qua", "cả", "giữa", "nửa",
];

/// A number that can count awards or recipients: a whole number from 1 to
/// 9999 that is not a year, nor "năm" meaning "year" ("trong năm tập thể …").
fn small_count(text: &str, at: usize, s: &str) -> Option<u32> {
    if s.eq_ignore_ascii_case("năm") || s == "Năm" {
        let prev = text[..at]
            .split_whitespace()
            .next_back()
            .map(str::to_lowercase);
        if prev.is_some_and(|p| YEAR_BEFORE.contains(&p.as_str())) {
            return None;
        }
    }
    let value = parse_number(s)?;
    let whole = value.fract() == 0.0 && (1.0..10000.0).contains(&value);
    let year_like = s.len() == 4 && (1900.0..=2100.0).contains(&value);
    (whole && !year_like).then_some(value as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (award, collectives, individuals, count, giver).
    type Expected = &'static [(
        &'static str,
        Option<u32>,
        Option<u32>,
        Option<u32>,
        Option<&'static str>,
    )];

    /// Real phrases (seeds and corpus) and the awards read off them by hand.
    const EXAMPLES: &[(&str, Expected)] = &[
        (
            "Nhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 11 tập thể và 13 cá nhân có thành tích",
            &[(
                "bằng khen",
                Some(11),
                Some(13),
                Some(24),
                Some("Chủ tịch UBND tỉnh"),
            )],
        ),
        (
            "Dịp này, UBND tỉnh đã trao tặng 01 cờ thi đua, tặng bằng khen cho 17 tập thể và 23 cá nhân đã có thành tích xuất sắc",
            &[
                ("cờ thi đua", None, None, Some(1), Some("UBND tỉnh")),
                ("bằng khen", Some(17), Some(23), Some(40), Some("UBND tỉnh")),
            ],
        ),
        (
            "Nhân dịp này, UBND tỉnh đã tặng Bằng khen cho 10 tập thể và 12 cá nhân có thành tích tiêu biểu",
            &[("bằng khen", Some(10), Some(12), Some(22), Some("UBND tỉnh"))],
        ),
        (
            "17 tập thể, 23 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.",
            &[(
                "bằng khen",
                Some(17),
                Some(23),
                Some(40),
                Some("Chủ tịch UBND tỉnh"),
            )],
        ),
        (
            "Chủ tịch UBND TP.Hà Nội đã tặng bằng khen cho 1 tập thể, 5 cá nhân tham gia 2 chuyên án; Giám đốc Công an TP.Hà Nội cũng tặng Giấy khen cho 1 tập thể và 16 cá nhân.",
            &[
                (
                    "bằng khen",
                    Some(1),
                    Some(5),
                    Some(6),
                    Some("Chủ tịch UBND TP.Hà Nội"),
                ),
                (
                    "giấy khen",
                    Some(1),
                    Some(16),
                    Some(17),
                    Some("Giám đốc Công an TP.Hà Nội"),
                ),
            ],
        ),
        (
            "Thủ tướng Chính phủ tặng Bằng khen cho ba tập thể",
            &[(
                "bằng khen",
                Some(3),
                None,
                Some(3),
                Some("Thủ tướng Chính phủ"),
            )],
        ),
        (
            "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể và 1 cá nhân",
            &[(
                "huân chương lao động hạng ba",
                Some(2),
                Some(1),
                Some(3),
                Some("Chủ tịch nước"),
            )],
        ),
        (
            "BẰNG KHEN CHO 5 TẬP THỂ",
            &[("bằng khen", Some(5), None, Some(5), None)],
        ),
        (
            "Bộ trưởng Bộ Nội vụ tặng Kỷ niệm chương cho hai mươi mốt cá nhân",
            &[(
                "kỷ niệm chương",
                None,
                Some(21),
                Some(21),
                Some("Bộ trưởng Bộ Nội vụ"),
            )],
        ),
        (
            "đồng chí Nguyễn Xuân Đường - Chủ tịch UBND tỉnh đã trao tặng cờ thi đua năm 2016 của tỉnh Nghệ An cho Trung tâm KHXH&NV.",
            &[("cờ thi đua", None, None, None, Some("Chủ tịch UBND tỉnh"))],
        ),
        (
            "UBND tỉnh trao tặng Cờ thi đua xuất sắc cho Sở Nội vụ.",
            &[("cờ thi đua xuất sắc", None, None, None, Some("UBND tỉnh"))],
        ),
        (
            "tặng danh hiệu Tập thể lao động xuất sắc cho 4 tập thể",
            &[("tập thể lao động xuất sắc", Some(4), None, Some(4), None)],
        ),
        (
            "Chủ tịch UBND tỉnh tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 7 cá nhân",
            &[(
                "chiến sĩ thi đua cấp tỉnh",
                None,
                Some(7),
                Some(7),
                Some("Chủ tịch UBND tỉnh"),
            )],
        ),
        (
            "Giám đốc Công an TP.Hà Nội cũng tặng Giấy khen cho 1 tập thể và 16 cá nhân; UBND quận Bắc Từ Liêm tặng giấy khen cho 13 cá nhân",
            &[
                (
                    "giấy khen",
                    Some(1),
                    Some(16),
                    Some(17),
                    Some("Giám đốc Công an TP.Hà Nội"),
                ),
                (
                    "giấy khen",
                    None,
                    Some(13),
                    Some(13),
                    Some("UBND quận Bắc Từ Liêm"),
                ),
            ],
        ),
        (
            "UBND tỉnh tổ chức lễ trao Bằng khen của Thủ tướng Chính phủ cho 2 tập thể và 3 cá nhân",
            &[(
                "bằng khen",
                Some(2),
                Some(3),
                Some(5),
                Some("Thủ tướng Chính phủ"),
            )],
        ),
        (
            "Dịp này, 5 tập thể và 7 cá nhân được tặng Giấy khen của Giám đốc Sở Nội vụ.",
            &[(
                "giấy khen",
                Some(5),
                Some(7),
                Some(12),
                Some("Giám đốc Sở Nội vụ"),
            )],
        ),
        (
            "Nhân dịp này, Chủ tịch UBND tỉnh trao 25 Bằng khen cho các tập thể, cá nhân",
            &[(
                "bằng khen",
                None,
                None,
                Some(25),
                Some("Chủ tịch UBND tỉnh"),
            )],
        ),
        (
            "Chủ tịch UBND huyện tặng Giấy khen cho năm tập thể",
            &[(
                "giấy khen",
                Some(5),
                None,
                Some(5),
                Some("Chủ tịch UBND huyện"),
            )],
        ),
        (
            "Bộ trưởng Bộ Công an tặng Bằng khen cho 3 đơn vị và 12 đồng chí có thành tích xuất sắc",
            &[(
                "bằng khen",
                Some(3),
                Some(12),
                Some(15),
                Some("Bộ trưởng Bộ Công an"),
            )],
        ),
        // not award statements
        (
            "trao Bằng khen cho các tập thể và cá nhân có thành tích trong năm tập thể hóa",
            &[],
        ),
        (
            "Hội Doanh nghiệp quận cũng đã trao khen thưởng cho 5 cá nhân có nhiều đóng góp",
            &[],
        ),
        (
            "Đồng chí Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể và cá nhân",
            &[],
        ),
        (
            "Sở Nội vụ đã thống nhất đề xuất chủ tịch tỉnh tặng bằng khen cùng mức thưởng tương đương 21 tháng lương tối thiểu.",
            &[],
        ),
        (
            "các danh hiệu: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Chiến sĩ thi đua cấp Bộ, Chiến sĩ thi đua toàn quốc.",
            &[],
        ),
        (
            "từ năm 2018 đến nay, chị có 7 năm liên tục là chiến sĩ thi đua cấp cơ sở",
            &[],
        ),
        (
            "thời điểm chuẩn bị nhận giấy khen mẫu giáo để vô lớp 1",
            &[],
        ),
        ("Việt Nam giành 3 huy chương vàng", &[]),
        ("Bằng khen của Thủ tướng Chính phủ;", &[]),
    ];

    #[test]
    fn examples() {
        for (phrase, expected) in EXAMPLES {
            let got = find_awards(phrase);
            assert_eq!(got.len(), expected.len(), "{phrase:?}: {got:#?}");
            for (a, (award, col, ind, count, giver)) in got.iter().zip(expected.iter()) {
                assert_eq!(&phrase[a.start..a.end], a.text, "{phrase:?}");
                assert_eq!(a.award, *award, "{phrase:?}");
                assert_eq!(
                    (a.collectives, a.individuals, a.count),
                    (*col, *ind, *count),
                    "{phrase:?}"
                );
                assert_eq!(a.giver.as_deref(), *giver, "{phrase:?}");
            }
        }
    }

    /// (award, collectives, individuals, count).
    type Summary = (String, Option<u32>, Option<u32>, Option<u32>);

    fn summary(text: &str) -> Vec<Summary> {
        find_awards(text)
            .into_iter()
            .map(|a| (a.award, a.collectives, a.individuals, a.count))
            .collect()
    }

    #[test]
    fn seeds() {
        let s = |a: &str| a.to_string();
        assert_eq!(
            summary(include_str!("../../fixtures/000_son_la_cchc_2016.txt")),
            [(s("bằng khen"), Some(11), Some(13), Some(24))]
        );
        assert_eq!(
            summary(include_str!("../../fixtures/001_bac_kan_cchc_2017.txt")),
            []
        );
        assert_eq!(
            summary(include_str!("../../fixtures/002_cchc_index_2015.txt")),
            []
        );
        assert_eq!(
            summary(include_str!("../../fixtures/003_an_giang_cchc_2015.txt")),
            [
                (s("cờ thi đua"), None, None, Some(1)),
                (s("bằng khen"), Some(17), Some(23), Some(40)),
            ]
        );
        assert_eq!(
            summary(include_str!("../../fixtures/004_son_la_sipas_2022.txt")),
            [(s("bằng khen"), Some(10), Some(12), Some(22))]
        );
    }

    #[test]
    fn every_name_holds_one_anchor() {
        for name in AWARDS {
            assert!(
                ANCHOR_PIECES.iter().any(|a| name.contains(a)),
                "{name:?} has no anchor"
            );
        }
        for a in ANCHOR_PIECES {
            assert!(a.chars().filter(|c| !c.is_ascii()).count() <= 1, "{a:?}");
            assert_eq!(a.to_lowercase(), *a, "{a:?}");
            // The upper case of its non-ASCII char has the same length.
            assert_eq!(a.to_uppercase().len(), a.len(), "{a:?}");
        }
    }

    /// The names as found before: the automaton over the whole lower-cased text.
    fn names_lowering_everything(text: &str) -> Vec<(usize, usize)> {
        let lower = lower_aligned(text);
        AWARD_NAMES
            .find_iter(&lower)
            .map(|m| (m.start(), m.end()))
            .filter(|&(s, e)| is_whole_word(text, s, e))
            .collect()
    }

    #[test]
    fn anchors_find_what_lowering_finds() {
        for text in [
            include_str!("../../fixtures/000_son_la_cchc_2016.txt"),
            include_str!("../../fixtures/003_an_giang_cchc_2015.txt"),
            "HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA, Huân Chương Độc Lập hạng Nhì, kỶ NiỆm ChƯơNg",
            "NHÀ GIÁO ƯU TÚ, Thầy Thuốc Nhân Dân, Anh hùng Lực lượng Vũ trang Nhân dân",
        ] {
            assert_eq!(award_names(text), names_lowering_everything(text));
        }
        for (phrase, _) in EXAMPLES {
            assert_eq!(award_names(phrase), names_lowering_everything(phrase));
        }
    }

    proptest::proptest! {
        #[test]
        fn anchors_find_what_lowering_finds_in_any_case(
            text in "(bằng|BẰNG|bẰng|BằNG| |khen|KHEN|kHeN|huân|HUÂN|hUÂn|chương|CHƯƠNG|ChƯơng|lao|LAO|động|ĐỘNG|Động|hạng|HẠNG|hẠng|ba|BA|nhất|NHẤT|cờ|CỜ|thi|đua|ĐUA|xuất|sắc|SẮC|giấy|GIẤY|kỷ|KỶ|niệm|NIỆM|tập|thể|THỂ|tiên|tiến|TIẾN|nhà|giáo|GIÁO|ưu|ƯU|tú|thầy|THẦY|thuốc|vũ|VŨ|trang|huy|vì|sự|nghiệp|XUẤT|đơn|vị|kỉ|anh|hùng|nhân|dân|x|İ|K|ể|\n|,){0,30}"
        ) {
            proptest::prop_assert_eq!(award_names(&text), names_lowering_everything(&text));
        }
    }

    /// The lower-casing `lower_same_len` replaced, char by char.
    fn lower_by_tables(c: char) -> char {
        if c.is_ascii() {
            return c.to_ascii_lowercase();
        }
        if is_lower(c) {
            return c;
        }
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
            _ => c,
        }
    }

    #[test]
    fn lowering_agrees_with_the_tables_for_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(lower_same_len(c), lower_by_tables(c), "{c:?}");
        }
    }

    /// GIVER as it was written, each alternative with its own place or body.
    fn giver_as_listed() -> Regex {
        let place = r"(?: tỉnh| (?:thành phố|huyện|quận|thị xã)(?: \p{Lu}\p{L}*){0,3}|(?: TP\.? ?| TP\.)\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?)?";
        let body = r" \p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?(?: (?:và )?\p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?)?";
        Regex::new(&format!(
            r"Chủ tịch nước|Thủ tướng Chính phủ|Chủ tịch (?:UBND|Ủy ban nhân dân|HĐND){place}|Bộ trưởng Bộ{body}|Giám đốc (?:Sở{body}|Công an{place})|(?:UBND|Ủy ban nhân dân){place}|Ban Thường vụ Tỉnh ủy|Tỉnh ủy|Chính phủ|Bộ Nội vụ|Ban Thi đua - Khen thưởng(?: Trung ương| tỉnh)?"
        ))
        .unwrap()
    }

    fn spans(re: &Regex, text: &str) -> Vec<(usize, usize)> {
        re.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    #[test]
    fn grouped_givers_match_as_listed_on_examples() {
        let listed = giver_as_listed();
        for (phrase, _) in EXAMPLES {
            assert_eq!(spans(&GIVER, phrase), spans(&listed, phrase), "{phrase:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn grouped_givers_match_as_listed(
            text in "(Chủ tịch|Chủ|tịch|nước|Thủ tướng|Chính phủ|UBND|Ủy ban nhân dân|HĐND|Bộ trưởng|Bộ|Nội vụ|Giám đốc|Sở|Công an|Ban|Thường vụ|Tỉnh ủy|Thi đua|-|Khen thưởng|Trung ương|tỉnh|thành phố|huyện|quận|thị xã|TP|TP.|.|Hà|Nội|Bắc|Từ|Liêm|và|Kế|hoạch|Đầu|tư|giao|Ǆ|ǅ| |  |,){0,24}"
        ) {
            let listed = giver_as_listed();
            proptest::prop_assert_eq!(spans(&GIVER, &text), spans(&listed, &text));
        }

        #[test]
        fn counts_cut_by_hand_equal_the_group(
            text in "(1|25|1.234|3,5| |  |một|hai|mươi|mốt|năm|nghìn|triệu|tập thể|TẬP THỂ|tẬp Thể|đơn vị|ĐƠN VỊ|cá nhân|CÁ NHÂN|đồng chí|Đồng Chí|x|,){0,20}"
        ) {
            for re in [&*COLLECTIVES, &*INDIVIDUALS, &*COUNT_BEFORE] {
                for c in re.captures_iter(&text) {
                    let (whole, number) = (c.get(0).unwrap().as_str(), c.get(1).unwrap().as_str());
                    let by_hand = if std::ptr::eq(re, &*COUNT_BEFORE) {
                        &whole[..whole.len() - 1]
                    } else {
                        count_number(whole)
                    };
                    proptest::prop_assert_eq!(by_hand, number);
                }
            }
        }

        #[test]
        fn received_here_reads_only_the_tail(
            text in "(được|tặng|trao|nhận|khen|thưởng|ĐƯỢC|TẶNG|NHẬN|Được|İ|Σ|x| |  |\\.){0,12}"
        ) {
            let lower = text.to_lowercase();
            let tail = lower.trim_end();
            let whole = ["được tặng", "được trao", "được trao tặng", "nhận", "được khen thưởng"]
                .iter()
                .any(|p| tail.ends_with(p));
            proptest::prop_assert_eq!(received_here(&text), whole);
        }
    }

    #[test]
    fn never_panics() {
        for s in [
            "bằng khen",
            "Bằng khen cho ",
            "İbằng khen",
            "1 bằng khen",
            "bằng khen cho Ể",
        ] {
            let _ = find_awards(s);
        }
    }
}
