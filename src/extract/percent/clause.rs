//! Clause and word helpers shared by the figure extractors (percentages,
//! ratios, scores, awards): where the clause around a figure starts and ends,
//! and the words in a span with their byte offsets.
//!
//! A clause ends at ";", "(", ")", ":", "!", "?", a line end, a "." that is
//! not inside a number ("1.646") or a name ("TP.Hà Nội"), or a ", " (a comma
//! followed by a space; "94,3" is a decimal comma, not a boundary). A sentence
//! ends at the same marks except ", ", "(" and ")".

use std::borrow::Cow;

/// Words that continue a list of bodies after ", " ("sở, ngành", "huyện, thành phố").
pub const LIST_CONTINUATION: &[&str] = &[
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

/// How far to look around a figure, in bytes: a clause longer than this is
/// cut, so the words kept stay near the figure.
const MAX_SPAN: usize = 400;

/// True when the byte at `i` of `text`, an ASCII char or the last byte of
/// "…", ends a clause (all marks are ASCII but "…").
fn is_clause_mark(text: &str, i: usize, comma: bool) -> bool {
    let b = text.as_bytes();
    // The char after the mark, for "." and ",".
    let next_is_space = || text[i + 1..].chars().next().is_none_or(char::is_whitespace);
    match b[i] {
        b';' | b'\n' | b'!' | b'?' | b':' => true,
        b'(' | b')' => comma,
        b'.' => next_is_space(),
        b',' => comma && next_is_space(),
        // "…" is E2 80 A6.
        0xA6 => i >= 2 && b[i - 2..i] == [0xE2, 0x80],
        _ => false,
    }
}

/// Byte offset where the clause holding `pos` starts (just after its mark).
pub fn clause_start(text: &str, pos: usize) -> usize {
    mark_before(text, pos, true)
}

/// Byte offset where the sentence holding `pos` starts.
pub fn sentence_start(text: &str, pos: usize) -> usize {
    mark_before(text, pos, false)
}

/// Byte offset where the clause holding `pos` ends (at its mark).
pub fn clause_end(text: &str, pos: usize) -> usize {
    mark_after(text, pos, true)
}

/// Byte offset where the sentence holding `pos` ends (at its mark).
pub fn sentence_end(text: &str, pos: usize) -> usize {
    mark_after(text, pos, false)
}

// Both scan bytes, not chars: every mark but "…" is ASCII, and "…" is found
// by its last byte, so no char is decoded but after "." and ",".
fn mark_before(text: &str, pos: usize, comma: bool) -> usize {
    let floor = floor_boundary(text, pos.saturating_sub(MAX_SPAN));
    let span = &text.as_bytes()[floor..pos];
    for i in (0..span.len()).rev() {
        // "…" must lie wholly inside the span.
        if is_clause_mark(text, floor + i, comma) && (span[i] != 0xA6 || i >= 2) {
            return floor + i + 1;
        }
    }
    floor
}

fn mark_after(text: &str, pos: usize, comma: bool) -> usize {
    let ceil = floor_boundary(text, (pos + MAX_SPAN).min(text.len()));
    let span = &text.as_bytes()[pos..ceil];
    for (i, &b) in span.iter().enumerate() {
        if is_clause_mark(text, pos + i, comma) && (b != 0xA6 || i >= 2) {
            // "…" starts two bytes before its last one.
            return pos + i - if b == 0xA6 { 2 } else { 0 };
        }
    }
    ceil
}

/// `word` in lower case, borrowed when it already is (most words): ASCII
/// lower case and chars with the Lowercase property map to themselves.
pub fn lower(word: &str) -> Cow<'_, str> {
    let unchanged = word.chars().all(|c| {
        if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else {
            c.is_lowercase()
        }
    });
    if unchanged {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// The largest char boundary of `text` at or below `i`.
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The words of `text[from..to]` with their byte offsets in `text`; a word is
/// a run of non-space chars with punctuation at its ends left out.
pub fn words(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
    let to = floor_boundary(text, to);
    let from = floor_boundary(text, from.min(to));
    let span = &text[from..to];
    // About one word per five bytes: one allocation, not several regrowths.
    let mut out = Vec::with_capacity(span.len() / 5 + 1);
    let mut rest = span;
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

fn is_edge_punct(c: char) -> bool {
    !is_alphanumeric(c) && c != '%' && c != '/'
}

/// `char::is_alphanumeric` without its table search for Vietnamese letters:
/// U+00C0..=U+024F (but × and ÷) and U+1E00..=U+1EFF are all letters.
fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphanumeric(),
        '×' | '÷' => false,
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => true,
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

    #[test]
    fn clauses_skip_decimal_commas_and_number_dots() {
        let text = "Năm 2022, chỉ số đạt 95,83% và 1.646 người; tiếp";
        let at = text.find("95,83").unwrap();
        assert_eq!(&text[clause_start(text, at)..at], " chỉ số đạt ");
        assert_eq!(&text[at..clause_end(text, at)], "95,83% và 1.646 người");
        assert_eq!(sentence_start(text, at), 0);
    }

    /// The char-by-char scan the byte scan replaced.
    fn old_is_mark(text: &str, i: usize, c: char, comma: bool) -> bool {
        let next = text[i + c.len_utf8()..].chars().next();
        match c {
            ';' | '\n' | '!' | '?' | ':' | '…' => true,
            '(' | ')' => comma,
            '.' => next.is_none_or(char::is_whitespace),
            ',' => comma && next.is_none_or(char::is_whitespace),
            _ => false,
        }
    }

    fn old_before(text: &str, pos: usize, comma: bool) -> usize {
        let floor = floor_boundary(text, pos.saturating_sub(MAX_SPAN));
        for (i, c) in text[floor..pos].char_indices().rev() {
            if old_is_mark(text, floor + i, c, comma) {
                return floor + i + c.len_utf8();
            }
        }
        floor
    }

    fn old_after(text: &str, pos: usize, comma: bool) -> usize {
        let ceil = floor_boundary(text, (pos + MAX_SPAN).min(text.len()));
        for (i, c) in text[pos..ceil].char_indices() {
            if old_is_mark(text, pos + i, c, comma) {
                return pos + i;
            }
        }
        ceil
    }

    proptest::proptest! {
        #[test]
        fn byte_scan_finds_the_char_scan_marks(
            text in "([a-z]{1,3}|[.,;:!?()\\n ]|…|Ầ|ầ|ể|\u{a0}|1,5|\\.\\.){0,120}"
        ) {
            for (pos, _) in text.char_indices().chain([(text.len(), ' ')]) {
                for comma in [true, false] {
                    proptest::prop_assert_eq!(mark_before(&text, pos, comma), old_before(&text, pos, comma));
                    proptest::prop_assert_eq!(mark_after(&text, pos, comma), old_after(&text, pos, comma));
                }
            }
        }
    }

    #[test]
    fn alphanumeric_shortcut_agrees() {
        for c in (0..0x2000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn lower_is_to_lowercase() {
        for w in [
            "năm", "Năm", "ĐIỂM", "UBND", "tỷ", "Σ", "ǅ", "…", "1,5%", "",
        ] {
            assert_eq!(lower(w), w.to_lowercase(), "{w:?}");
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
