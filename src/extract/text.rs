//! Small text helpers shared by the extractors: syllable boundaries, letter
//! case without Unicode tables, and equivalence of typographic punctuation.

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

/// The byte offset where the body starts after a leading front-matter block
/// (a first line "---", then `key: value` lines, then a line "---", as
/// static-site archives store articles), or 0 when there is none. The block
/// is data about the page, not its body: its title is restated in the body.
pub fn front_matter_end(text: &str) -> usize {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return 0;
    };
    let mut at = text.len() - rest.len();
    // The block is short: a closing line far down is not its end.
    for line in rest.split_inclusive('\n').take(40) {
        at += line.len();
        if line.trim_end() == "---" {
            return at;
        }
    }
    0
}

/// Dashes that the text keeps as written but the extractors treat as "-".
pub const DASHES: &str = "-‐‑‒–—―−";

/// True for any dash the extractors treat as "-".
#[inline]
pub fn is_dash(c: char) -> bool {
    // The list is searched only for the rarer non-ASCII dashes.
    c == '-' || (!c.is_ascii() && DASHES.contains(c))
}

/// `c.to_lowercase()` for the letters Vietnamese uses, without the Unicode
/// table lookup; None for any other character.
#[inline]
pub fn fast_lower(c: char) -> Option<char> {
    let u = c as u32;
    let lower = match u {
        0..=0x7f => u | (u32::from(c.is_ascii_uppercase()) << 5),
        0xc0..=0xde if u != 0xd7 => u + 0x20,
        0xdf..=0xff => u,
        // Latin Extended-A pairs (Ă ă, Đ đ, Ĩ ĩ, Ũ ũ) and Latin Extended
        // Additional (Ạ ạ … Ỹ ỹ): capital even, small odd.
        0x100..=0x12f | 0x14a..=0x177 | 0x1ea0..=0x1ef9 => u | 1,
        0x1a0 | 0x1a1 => 0x1a1,
        0x1af | 0x1b0 => 0x1b0,
        _ => return None,
    };
    char::from_u32(lower)
}

/// `char::is_uppercase`, the Vietnamese letters without the table lookup.
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    match fast_lower(c) {
        Some(lower) => lower != c,
        None => c.is_uppercase(),
    }
}

/// `char::is_lowercase`, the Vietnamese letters without the table lookup.
#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    match fast_lower(c) {
        Some(lower) if c != '÷' => lower == c,
        _ => c.is_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_told_from_the_body() {
        let text = "---\nlayout: post\ntitle: \"Đạt gần 13% dự toán\"\n---\nBody 13%";
        assert_eq!(&text[front_matter_end(text)..], "Body 13%");
        let text = "---\r\ntitle: x\r\n---\r\nBody";
        assert_eq!(&text[front_matter_end(text)..], "Body");
        // no block, or one never closed
        assert_eq!(front_matter_end("Body --- 13%"), 0);
        assert_eq!(front_matter_end("---\ntitle: x\nBody 13%"), 0);
        assert_eq!(front_matter_end("--- Body\n---\n"), 0);
    }

    #[test]
    fn fast_case_agrees_with_std() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
        }
    }
}
