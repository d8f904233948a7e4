//! Clause and word helpers shared by the figure extractors (percentages,
//! ratios, scores, awards): where the clause around a figure starts and ends,
//! and the words in a span with their byte offsets.
//!
//! A clause ends at ";", "(", ")", ":", "!", "?", a line end, a "." that is
//! not inside a number ("1.646") or a name ("TP.Hà Nội"), or a ", " (a comma
//! followed by a space; "94,3" is a decimal comma, not a boundary). A sentence
//! ends at the same marks except ", ", "(" and ")".

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

/// True when the char `c` at byte `i` of `text` ends a clause.
fn is_clause_mark(text: &str, i: usize, c: char, comma: bool) -> bool {
    let next = text[i + c.len_utf8()..].chars().next();
    match c {
        ';' | '\n' | '!' | '?' | ':' | '…' => true,
        '(' | ')' => comma,
        '.' => next.is_none_or(char::is_whitespace),
        ',' => comma && next.is_none_or(char::is_whitespace),
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

fn mark_before(text: &str, pos: usize, comma: bool) -> usize {
    let floor = floor_boundary(text, pos.saturating_sub(MAX_SPAN));
    for (i, c) in text[floor..pos].char_indices().rev() {
        if is_clause_mark(text, floor + i, c, comma) {
            return floor + i + c.len_utf8();
        }
    }
    floor
}

fn mark_after(text: &str, pos: usize, comma: bool) -> usize {
    let ceil = floor_boundary(text, (pos + MAX_SPAN).min(text.len()));
    for (i, c) in text[pos..ceil].char_indices() {
        if is_clause_mark(text, pos + i, c, comma) {
            return pos + i;
        }
    }
    ceil
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
    let mut out = Vec::new();
    let to = floor_boundary(text, to);
    let from = floor_boundary(text, from.min(to));
    let span = &text[from..to];
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
        let lead = raw.len() - raw.trim_start_matches(is_edge_punct).len();
        let word = raw.trim_matches(is_edge_punct);
        if !word.is_empty() {
            out.push((offset + lead, word));
        }
        rest = &rest[len..];
        offset += len;
    }
    out
}

fn is_edge_punct(c: char) -> bool {
    !c.is_alphanumeric() && c != '%' && c != '/'
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

    #[test]
    fn words_with_offsets() {
        let text = "(cao hơn 2021 là 1,25%)";
        let w = words(text, 0, text.len());
        assert_eq!(w[0], (1, "cao"));
        assert_eq!(w.last().unwrap().1, "1,25%");
    }
}
