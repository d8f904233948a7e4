//! Recipient counts: "N tập thể", "N cá nhân" and other recipients, the
//! number read in digits or words and kept only when it is a plausible count.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::number::{NUMBER_PATTERN, continues_numeral, parse_number};
use crate::text::case::lower_is;
use crate::text::words::is_whole_word;

/// Recipients counted as collectives: teams, units, bodies, enterprises,
/// families (GUIDE.md: "teams, units and families counted as collectives").
pub(super) const COLLECTIVE_NOUNS: &[&str] = &[
    "tập thể",
    "gia đình",
    "đơn vị",
    "doanh nghiệp",
    "dn",
    "tổ chức",
    "cơ quan",
    "đội",
];

/// Recipients counted as individuals: persons by their standing.
pub(super) const INDIVIDUAL_NOUNS: &[&str] = &[
    "cá nhân",
    "đồng chí",
    "cán bộ",
    "chiến sĩ",
    "chiến sỹ",
    "công chức",
    "viên chức",
    "đảng viên",
    "hội viên",
    "đoàn viên",
    "giáo viên",
    "học sinh",
    "sinh viên",
    "công nhân",
];

pub(super) fn count_regex(nouns: &[&str]) -> Regex {
    Regex::new(&format!(r"(?i)({NUMBER_PATTERN}) (?:{})", nouns.join("|"))).unwrap()
}

pub(super) static COLLECTIVES: LazyLock<Regex> = LazyLock::new(|| count_regex(COLLECTIVE_NOUNS));

pub(super) static INDIVIDUALS: LazyLock<Regex> = LazyLock::new(|| count_regex(INDIVIDUAL_NOUNS));

/// Any counted recipient right after "cho": "cho 90 hộ gia đình".
pub(super) static OTHER_RECIPIENTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^ cho ({NUMBER_PATTERN}) \p{{L}}")).unwrap());

/// A counted recipient of one or two words that "được" or "nhận" follows,
/// and then no clause break up to the award ("4.288 trường hợp được Thủ
/// tướng tặng ").
pub(super) static OTHER_RECIPIENTS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)({NUMBER_PATTERN}) \p{{L}}+(?: \p{{L}}+)? (?:được|nhận)(?: [^,.;:!?\n]*)?$"
    ))
    .unwrap()
});

/// A number right before the award name (the slice ends with its space).
pub(super) static COUNT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)({NUMBER_PATTERN}) $")).unwrap());

/// True when `before` (the text between the previous award and this one) ends
/// with the award being received: "… được tặng", "… nhận", "… đạt"; for
/// "khen thưởng" (`generic`), "… được".
pub(super) fn received_here(before: &str, generic: bool) -> bool {
    // The longest phrase has 16 chars and lower-casing never shortens a char,
    // so the last 16 chars decide; the rest is not lower-cased.
    let trimmed = before.trim_end();
    let from = trimmed.char_indices().nth_back(15).map_or(0, |(i, _)| i);
    let lower = trimmed[from..].to_lowercase();
    let tail = lower.trim_end();
    RECEIVED.iter().any(|r| tail.ends_with(r))
        || (generic && tail.ends_with("được"))
        || given_by_named_giver(trimmed)
}

/// True when `before` ends with "được <giver> tặng": "55.777 tập thể, cá
/// nhân được Chủ tịch UBND tỉnh tặng", "được Thủ tướng Chính phủ tặng
/// thưởng". The giver is at most eight words, no punctuation.
fn given_by_named_giver(before: &str) -> bool {
    const VERBS: &[&str] = &[
        " tặng",
        " trao",
        " trao tặng",
        " tặng thưởng",
        " phong tặng",
    ];
    let Some(verb) = VERBS.iter().find(|v| before.ends_with(*v)) else {
        return false;
    };
    let head = &before[..before.len() - verb.len()];
    let window = &head[head.floor_char_boundary(head.len().saturating_sub(80))..];
    let Some(at) = window.rfind("được ") else {
        return false;
    };
    let giver = &window[at + "được ".len()..];
    !giver.is_empty()
        && giver.split(' ').count() <= 8
        && !giver.contains([',', '.', ';', ':', '\n'])
        && giver.starts_with(char::is_uppercase)
}

/// How a sentence says its subject received the award after it.
pub(super) const RECEIVED: &[&str] = &[
    "được tặng",
    "được trao",
    "được trao tặng",
    "được tặng thưởng",
    "được phong tặng",
    "được khen thưởng",
    "được công nhận",
    "nhận",
    "đạt",
];

/// The first `N <noun>` of `re` in `span` (which starts at `offset` in
/// `text`): start, end and N. Not a count: "một trong 20 DN" (one of them),
/// and number words that end a longer numeral.
pub(super) fn first_count(
    re: &Regex,
    text: &str,
    offset: usize,
    span: &str,
) -> Option<(usize, usize, u32)> {
    re.find_iter(span).find_map(|whole| {
        let at = offset + whole.start();
        if !boundary_before(text, at)
            || !is_whole_word(text, at, offset + whole.end())
            || continues_numeral(text, at)
            || after_trong(text, at)
        {
            return None;
        }
        Some((
            at,
            offset + whole.end(),
            small_count(text, at, count_number(whole.as_str()))?,
        ))
    })
}

/// A count read: start, end and N.
pub(super) type Count = (usize, usize, u32);

/// The collectives and individuals counted in `span` (at `offset` in
/// `text`), in text order, each with whether it counts collectives.
fn counts_in(text: &str, offset: usize, span: &str) -> Vec<(Count, bool)> {
    let mut all: Vec<(Count, bool)> = Vec::new();
    for (re, collective) in [(&*COLLECTIVES, true), (&*INDIVIDUALS, false)] {
        let mut from = 0;
        while let Some(count) = first_count(re, text, offset + from, &span[from..]) {
            all.push((count, collective));
            from = count.1 - offset;
        }
    }
    all.sort_unstable_by_key(|&((at, _, _), _)| at);
    all
}

/// The two counts as (collectives, individuals).
fn by_kind(counts: &[(Count, bool)]) -> (Option<Count>, Option<Count>) {
    let kind = |collective: bool| counts.iter().find(|c| c.1 == collective).map(|c| c.0);
    (kind(true), kind(false))
}

/// Only a list's joint stands between `end` and `at`: "11 tập thể| và |13
/// cá nhân", "17 tập thể|, |23 cá nhân".
fn list_joint(text: &str, end: usize, at: usize) -> bool {
    end <= at && matches!(&text[end..at], ", " | " và " | ", và ")
}

/// The recipients counted after an award ("cho 11 tập thể và 13 cá nhân"):
/// the first count, and the next if it is of the other kind. With
/// `adjacent`, the first must open `span` and the next follow in the list.
/// Another count of the first's kind ends the list: in "Cờ thi đua cho 993
/// tập thể, 5.719 đơn vị đạt …, 2.171 cá nhân được tặng …" the 2.171 are
/// another award's.
pub(super) fn counts_after(
    text: &str,
    offset: usize,
    span: &str,
    adjacent: bool,
) -> (Option<Count>, Option<Count>) {
    let all = counts_in(text, offset, span);
    let Some(&first) = all.first() else {
        return (None, None);
    };
    if adjacent && first.0.0 != offset {
        return (None, None);
    }
    let next = all
        .get(1)
        .filter(|next| next.1 != first.1)
        .filter(|next| !adjacent || list_joint(text, first.0.1, next.0.0));
    by_kind(
        &[Some(first), next.copied()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>(),
    )
}

/// The recipients counted before an award received ("17 tập thể, 23 cá
/// nhân được tặng Bằng khen"): the last count, and one of the other kind
/// right before it in a list.
pub(super) fn counts_before(
    text: &str,
    offset: usize,
    span: &str,
) -> (Option<Count>, Option<Count>) {
    let all = counts_in(text, offset, span);
    let Some(&last) = all.last() else {
        return (None, None);
    };
    let previous = all
        .len()
        .checked_sub(2)
        .map(|i| all[i])
        .filter(|prev| prev.1 != last.1 && list_joint(text, prev.0.1, last.0.0));
    by_kind(
        &[previous, Some(last)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>(),
    )
}

/// True when the word before `at` is "trong" or "số" ("một trong 20 DN",
/// "trong số 20 đơn vị"): a part of the number, not the number given.
pub(super) fn after_trong(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let word = &before[before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i)..];
    matches!(word, "trong" | "Trong" | "số")
}

/// The number of a [`COLLECTIVES`] or [`INDIVIDUALS`] match: all before the
/// noun, the last one or two words. Cutting the match by hand spares the
/// capture group's second, slower engine. Only "dn" and "đội" are one word,
/// and no noun of two words ends with either, so the last word decides.
pub(super) fn count_number(whole: &str) -> &str {
    let last = whole.rsplit(' ').next().unwrap_or(whole);
    let noun_words = if lower_is(last, "dn") || lower_is(last, "đội") {
        1
    } else {
        2
    };
    let mut cut = whole.len();
    for _ in 0..noun_words {
        match memchr::memrchr(b' ', &whole.as_bytes()[..cut]) {
            Some(space) => cut = space,
            None => return whole,
        }
    }
    &whole[..cut]
}

/// True when nothing word-like is glued to the left of `at`.
pub(super) fn boundary_before(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '.')
}

/// Words before "năm" that make it "year", not "five": "trong năm", "cuối năm".
pub(super) const YEAR_BEFORE: &[&str] = &[
    "trong", "cuối", "đầu", "hằng", "hàng", "mỗi", "các", "những", "qua", "cả", "giữa", "nửa",
];

/// A number that can count awards or recipients: a whole number from 1 to
/// 9999 that is not a year, nor "năm" meaning "year" ("trong năm tập thể …").
pub(super) fn small_count(text: &str, at: usize, s: &str) -> Option<u32> {
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
