//! Words and whole words: the words of a span with their byte offsets, read
//! from the bytes (no char is decoded but at a word's ends), whether a match
//! is a whole word, and a span with its edge punctuation trimmed.

/// True when `c` can be part of a Vietnamese syllable or a number, so a match
/// that touches it on either side is inside a longer word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// True when the match `start..end` (byte offsets) of `text` is a whole word or
/// run of whole words: the characters just outside it are not word characters.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// The words of `text[from..to]` with their byte offsets in `text`; a word is
/// a run of non-space chars with punctuation at its ends left out.
pub fn words(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
    // About one word per five bytes: one allocation, not several regrowths.
    let mut out = Vec::with_capacity(to.saturating_sub(from) / 5 + 1);
    out.extend(words_iter(text, from, to));
    out
}

/// The words of `text[from..to]` as [`words`] gives them, one at a time: for
/// readers that stop after the first few words.
pub fn words_iter(text: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, &str)> {
    let to = text.floor_char_boundary(to);
    let from = text.floor_char_boundary(from.min(to));
    let bytes = text.as_bytes();
    let mut i = from;
    std::iter::from_fn(move || {
        while i < to {
            let (space, len) = space_at(bytes, i);
            if space {
                i += len;
                continue;
            }
            let start = i;
            i += len;
            while i < to {
                let (space, len) = space_at(bytes, i);
                if space {
                    break;
                }
                i += len;
            }
            let raw = &text[start..i];
            // Words rarely carry punctuation: look at their ends before trimming.
            let plain = |b: u8| b.is_ascii_alphanumeric();
            let word_start = if plain(bytes[start]) {
                start
            } else {
                i - raw.trim_start_matches(is_edge_punct).len()
            };
            let word_end = if plain(bytes[i - 1]) {
                i
            } else {
                word_start + text[word_start..i].trim_end_matches(is_edge_punct).len()
            };
            if word_end > word_start {
                return Some((word_start, &text[word_start..word_end]));
            }
        }
        None
    })
}

/// The words of `text[from..to]` as [`words`] gives them, last first: for
/// readers that look only at the few words before a position.
pub fn words_rev(text: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, &str)> {
    let to = text.floor_char_boundary(to);
    let from = text.floor_char_boundary(from.min(to));
    let mut i = to;
    std::iter::from_fn(move || {
        loop {
            // Skip the spaces before `i`, then take the word that ends there.
            while i > from && space_before(text, i).0 {
                i -= space_before(text, i).1;
            }
            if i == from {
                return None;
            }
            let end = i;
            while i > from {
                let (space, len) = space_before(text, i);
                if space {
                    break;
                }
                i -= len;
            }
            let raw = &text[i..end];
            let start_trimmed = raw.trim_start_matches(is_edge_punct);
            let word = start_trimmed.trim_end_matches(is_edge_punct);
            if !word.is_empty() {
                return Some((end - start_trimmed.len(), word));
            }
        }
    })
}

/// [`space_at`] for the char that ends at byte `i`.
fn space_before(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes();
    if b[i - 1] < 0x80 {
        return (matches!(b[i - 1], b'\t'..=b'\r' | b' '), 1);
    }
    // Back over continuation bytes to the lead byte.
    let mut start = i - 1;
    while b[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    (is_non_ascii_space(&b[start..i]), i - start)
}

/// Whether the char at byte `i` (a char boundary) is whitespace, as
/// `char::is_whitespace`, and its length, read from its bytes alone.
fn space_at(b: &[u8], i: usize) -> (bool, usize) {
    match b[i] {
        b'\t'..=b'\r' | b' ' => (true, 1),
        0..0x80 => (false, 1),
        lead @ (0xC2 | 0xE1..=0xE3) => {
            let len = if lead == 0xC2 { 2 } else { 3 };
            (is_non_ascii_space(&b[i..i + len]), len)
        }
        0x80..=0xDF => (false, 2),
        0xE0..=0xEF => (false, 3),
        _ => (false, 4),
    }
}

/// True when `c`, the UTF-8 bytes of one non-ASCII char, is whitespace:
/// U+0085, U+00A0, U+1680, U+2000..=U+200A, U+2028, U+2029, U+202F, U+205F
/// and U+3000 (no decoding: Vietnamese letters lead with E1 but are not U+1680).
fn is_non_ascii_space(c: &[u8]) -> bool {
    matches!(
        c,
        [0xC2, 0x85 | 0xA0]
            | [0xE1, 0x9A, 0x80]
            | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF]
            | [0xE2, 0x81, 0x9F]
            | [0xE3, 0x80, 0x80]
    )
}

fn is_edge_punct(c: char) -> bool {
    !is_alnum(c) && c != '%' && c != '/'
}

/// `char::is_alphanumeric` with the Vietnamese letters answered without the
/// Unicode table lookup (the tokenizer's hot path): Latin-1 letters, Latin
/// Extended-A/B and Latin Extended Additional are all alphabetic.
#[inline]
pub fn is_alnum(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0xc0..=0x24f => c != '×' && c != '÷',
        0x1e00..=0x1eff => true,
        _ => c.is_alphanumeric(),
    }
}

/// `text[from..to]` with spaces and punctuation trimmed from both ends, or
/// `None` when nothing is left.
pub fn trimmed(text: &str, from: usize, to: usize) -> Option<String> {
    let s = text[from..to].trim_matches(|c: char| c.is_whitespace() || ",;:.-–(".contains(c));
    (!s.is_empty()).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::case::lower;

    /// The shortcut agrees with std wherever it answers without the table.
    #[test]
    fn fast_alnum_agrees_with_std() {
        for c in (0..=0x2fff).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// The char-by-char word split the byte scan replaced.
    fn old_words(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
        let to = text.floor_char_boundary(to);
        let from = text.floor_char_boundary(from.min(to));
        let mut out = Vec::new();
        let mut rest = &text[from..to];
        let mut offset = from;
        while !rest.is_empty() {
            let skip = rest
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(rest.len());
            rest = &rest[skip..];
            offset += skip;
            let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let raw = &rest[..len];
            let start_trimmed = raw.trim_start_matches(is_edge_punct);
            let lead = raw.len() - start_trimmed.len();
            let word = start_trimmed.trim_end_matches(is_edge_punct);
            if !word.is_empty() {
                out.push((offset + lead, word));
            }
            rest = &rest[len..];
            offset += len;
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn byte_words_are_the_char_words(
            text in "([a-zA-Z0-9]{1,3}|[.,;:!?()%/\"' \t\n\x0b-]|…|Ầ|ầ|ể|Đ|\u{a0}|\u{85}|\u{1680}|\u{2003}|\u{3000}|\u{2028}|ὈΣ|🙂|×|\\u{904}){0,60}",
            from in 0usize..80,
            len in 0usize..200,
        ) {
            proptest::prop_assert_eq!(words(&text, from, from + len), old_words(&text, from, from + len));
            let mut backwards: Vec<_> = words_rev(&text, from, from + len).collect();
            backwards.reverse();
            proptest::prop_assert_eq!(backwards, old_words(&text, from, from + len));
            for (_, w) in old_words(&text, 0, text.len()) {
                proptest::prop_assert_eq!(lower(w), w.to_lowercase());
            }
        }
    }

    #[test]
    fn byte_spaces_are_char_spaces() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            let len = c.len_utf8();
            assert_eq!(space_at(s.as_bytes(), 1), (c.is_whitespace(), len), "{c:?}");
            assert_eq!(space_before(&s, 1 + len), (c.is_whitespace(), len), "{c:?}");
        }
    }

    #[test]
    fn words_with_offsets() {
        let text = "(cao hơn 2021 là 1,25%)";
        let w = words(text, 0, text.len());
        assert_eq!(w[0], (1, "cao"));
        assert_eq!(w.last().unwrap().1, "1,25%");
    }
}
