//! Case folding that keeps every byte offset: a search over a folded copy of
//! the text (the province automaton, the award names) finds offsets into the
//! original.

use std::borrow::Cow;

use super::case::{fast_lower, is_lower};

/// `c` in lower case when its lower-case form is one character of the same
/// UTF-8 length (true of every Vietnamese letter, "Đ" and "Ắ" included);
/// otherwise `c` itself, so the folded text has the original's byte layout.
#[inline]
pub fn fold_char(c: char) -> char {
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

/// `text` folded with [`fold_char`]; borrowed when nothing changes.
pub fn fold(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| fold_char(c) != c) {
        return Cow::Borrowed(text);
    }
    let mut folded = String::with_capacity(text.len());
    folded.extend(text.chars().map(fold_char));
    debug_assert_eq!(folded.len(), text.len());
    Cow::Owned(folded)
}

/// True when `token` folds to `word` (which must already be folded).
pub fn eq_folded(token: &str, word: &str) -> bool {
    token.len() == word.len() && token.chars().map(fold_char).eq(word.chars())
}

/// `text` in lower case, byte for byte where a char's lower case has the same
/// length (all of Vietnamese), so offsets in it are offsets in `text`: as
/// [`fold`], always owned, unchanged runs copied whole.
pub fn lower_aligned(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_lower_aligned(text, &mut out);
    out
}

/// [`lower_aligned`] appended to `out`.
pub fn push_lower_aligned(text: &str, out: &mut String) {
    out.reserve(text.len());
    // Most characters are lower case already: unchanged runs are copied whole.
    let mut copied = 0;
    for (i, c) in text.char_indices() {
        let lower = fold_char(c);
        if lower != c {
            out.push_str(&text[copied..i]);
            out.push(lower);
            copied = i + c.len_utf8();
        }
    }
    out.push_str(&text[copied..]);
}

/// Tone marks on a/e/o/u/y, in the order grave, acute, hook, tilde, dot.
const TONED: &[(char, [char; 5])] = &[
    ('a', ['à', 'á', 'ả', 'ã', 'ạ']),
    ('e', ['è', 'é', 'ẻ', 'ẽ', 'ẹ']),
    ('o', ['ò', 'ó', 'ỏ', 'õ', 'ọ']),
    ('u', ['ù', 'ú', 'ủ', 'ũ', 'ụ']),
    ('y', ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ']),
];

/// The base vowel and tone index of a toned a/e/o/u/y.
fn split_tone(c: char) -> Option<(char, usize)> {
    TONED
        .iter()
        .find_map(|(base, toned)| toned.iter().position(|&t| t == c).map(|tone| (*base, tone)))
}

fn with_tone(base: char, tone: usize) -> char {
    TONED
        .iter()
        .find(|(b, _)| *b == base)
        .map_or(base, |(_, toned)| toned[tone])
}

/// The open syllables "oa", "oe", "uy" carry their tone on the first vowel in
/// the modern placement ("hòa", "thủy") and on the second in the old one
/// ("hoà", "thuỷ"). `to_old` picks which way to rewrite the folded `text`.
pub fn retone(text: &str, to_old: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    for i in 0..chars.len().saturating_sub(1) {
        let closes = chars.get(i + 2).is_none_or(|c| !c.is_alphabetic());
        let after_q = i > 0 && chars[i - 1] == 'q';
        if !closes || after_q {
            continue;
        }
        let (first, second) = (chars[i], chars[i + 1]);
        let pair_ok = |a: char, b: char| matches!((a, b), ('o', 'a') | ('o', 'e') | ('u', 'y'));
        if to_old {
            if let Some((base, tone)) = split_tone(first)
                && pair_ok(base, second)
            {
                out[i] = base;
                out[i + 1] = with_tone(second, tone);
            }
        } else if let Some((base, tone)) = split_tone(second)
            && pair_ok(first, base)
        {
            out[i] = with_tone(first, tone);
            out[i + 1] = base;
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_byte_offsets() {
        let text = "TỈNH SƠN LA, ĐẮK LẮK, Thừa Thiên – Huế, Straße ẞ K";
        let folded = fold(text);
        assert_eq!(folded.len(), text.len());
        assert!(folded.starts_with("tỉnh sơn la, đắk lắk, thừa thiên – huế"));
    }

    #[test]
    fn tone_placement_both_ways() {
        assert_eq!(retone("hòa bình", true), "hoà bình");
        assert_eq!(retone("thanh hóa", true), "thanh hoá");
        assert_eq!(retone("khánh hoà", false), "khánh hòa");
        assert_eq!(retone("thủy", true), "thuỷ");
        // Closed syllables and "qu" keep their tone where it is.
        assert_eq!(retone("hoàng", false), "hoàng");
        assert_eq!(retone("quý", false), "quý");
    }

    /// What [`fold_char`] computes, from the Unicode tables alone.
    fn lower_by_tables(c: char) -> char {
        if c.is_ascii() {
            return c.to_ascii_lowercase();
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
            assert_eq!(fold_char(c), lower_by_tables(c), "{c:?}");
        }
    }
}
