//! Small text helpers shared by the extractors: syllable boundaries and
//! equivalence of typographic punctuation.

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

/// Dashes that the text keeps as written but the extractors treat as "-".
pub const DASHES: &str = "-‐‑‒–—―−";

/// True for any dash the extractors treat as "-".
pub fn is_dash(c: char) -> bool {
    DASHES.contains(c)
}
