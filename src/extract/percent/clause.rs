//! Clause and word helpers shared by the figure extractors (percentages,
//! ratios, scores, awards): where the clause around a figure starts and ends,
//! and the words in a span with their byte offsets.
//!
//! A clause ends at ";", "(", ")", ":", "!", "?", a line end, a "." that is
//! not inside a number ("1.646") or a name ("TP.Hà Nội"), or a ", " (a comma
//! followed by a space; "94,3" is a decimal comma, not a boundary). A sentence
//! ends at the same marks except ", ", "(" and ")".

use std::borrow::Cow;

use crate::extract::text::{fast_lower, is_lower};

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

/// The bytes [`is_clause_mark`] may accept: most bytes are settled by one look-up.
static MAY_BE_MARK: [bool; 256] = {
    let mut table = [false; 256];
    let marks = b";\n!?:().,\xA6";
    let mut i = 0;
    while i < marks.len() {
        table[marks[i] as usize] = true;
        i += 1;
    }
    table
};

// Both scan bytes, not chars: every mark but "…" is ASCII, and "…" is found
// by its last byte, so no char is decoded but after "." and ",".
fn mark_before(text: &str, pos: usize, comma: bool) -> usize {
    let floor = floor_boundary(text, pos.saturating_sub(MAX_SPAN));
    let span = &text.as_bytes()[floor..pos];
    for i in (0..span.len()).rev() {
        // "…" must lie wholly inside the span.
        if MAY_BE_MARK[usize::from(span[i])]
            && is_clause_mark(text, floor + i, comma)
            && (span[i] != 0xA6 || i >= 2)
        {
            return floor + i + 1;
        }
    }
    floor
}

fn mark_after(text: &str, pos: usize, comma: bool) -> usize {
    let ceil = floor_boundary(text, (pos + MAX_SPAN).min(text.len()));
    let span = &text.as_bytes()[pos..ceil];
    for (i, &b) in span.iter().enumerate() {
        if MAY_BE_MARK[usize::from(b)]
            && is_clause_mark(text, pos + i, comma)
            && (b != 0xA6 || i >= 2)
        {
            // "…" starts two bytes before its last one.
            return pos + i - if b == 0xA6 { 2 } else { 0 };
        }
    }
    ceil
}

/// [`clause_start`] or [`sentence_start`] for positions met in text order:
/// the text is scanned once, forward, so figures that follow one another in
/// a long clause cost the clause once, not once each (a clause of "95% 95%
/// …" scanned back 400 bytes for each figure).
pub struct StartCursor {
    comma: bool,
    /// The bytes before this have been looked at.
    scanned: usize,
    /// The last byte of the last mark before `scanned`.
    last_mark: Option<usize>,
}

impl StartCursor {
    /// Clause starts, as [`clause_start`].
    pub fn clauses() -> Self {
        StartCursor {
            comma: true,
            scanned: 0,
            last_mark: None,
        }
    }

    /// Sentence starts, as [`sentence_start`].
    pub fn sentences() -> Self {
        StartCursor {
            comma: false,
            ..StartCursor::clauses()
        }
    }

    /// Where the clause (or sentence) holding `pos` starts; a `pos` before
    /// the last one asked is searched afresh.
    pub fn start(&mut self, text: &str, pos: usize) -> usize {
        if pos < self.scanned {
            return mark_before(text, pos, self.comma);
        }
        let floor = floor_boundary(text, pos.saturating_sub(MAX_SPAN));
        // Marks before the floor never count: the bytes up to it are skipped.
        let b = text.as_bytes();
        for i in self.scanned.max(floor)..pos {
            if MAY_BE_MARK[usize::from(b[i])] && is_clause_mark(text, i, self.comma) {
                self.last_mark = Some(i);
            }
        }
        self.scanned = pos;
        match self.last_mark {
            // "…" must lie wholly above the floor, as in `mark_before`.
            Some(i) if i >= floor && (b[i] != 0xA6 || i >= floor + 2) => i + 1,
            _ => floor,
        }
    }
}

/// [`clause_end`] for positions met in text order: the text after them is
/// scanned once, forward.
pub struct EndCursor {
    /// The last position asked.
    pos: usize,
    /// The bytes before this, from `pos` on, have been looked at.
    scanned: usize,
    /// The first mark at or after `pos`, when it lies before `scanned`.
    found: Option<usize>,
}

impl EndCursor {
    /// Clause ends, as [`clause_end`].
    pub fn clauses() -> Self {
        EndCursor {
            pos: 0,
            scanned: 0,
            found: None,
        }
    }

    /// Where the clause holding `pos` ends; a `pos` before the last one
    /// asked is searched afresh.
    pub fn end(&mut self, text: &str, pos: usize) -> usize {
        if pos < self.pos {
            return clause_end(text, pos);
        }
        if self.found.is_some_and(|n| n < pos) {
            self.found = None;
        }
        self.pos = pos;
        let ceil = floor_boundary(text, (pos + MAX_SPAN).min(text.len()));
        let b = text.as_bytes();
        if self.found.is_none() {
            let from = self.scanned.max(pos);
            self.scanned = from.max(ceil);
            for i in from..ceil {
                if MAY_BE_MARK[usize::from(b[i])] && is_clause_mark(text, i, true) {
                    self.found = Some(i);
                    self.scanned = i + 1;
                    break;
                }
            }
        }
        match self.found {
            Some(n) if n < ceil && b[n] == 0xA6 => {
                // "…" must start at `pos` or after; else the next mark counts.
                if n >= pos + 2 {
                    n - 2
                } else {
                    clause_end(text, pos)
                }
            }
            Some(n) if n < ceil => n,
            _ => ceil,
        }
    }
}

/// `word` in lower case, borrowed when it already is (most words): ASCII
/// lower case and chars with the Lowercase property map to themselves.
pub fn lower(word: &str) -> Cow<'_, str> {
    let unchanged = word.chars().all(|c| {
        if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else {
            is_lower(c)
        }
    });
    if unchanged {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// `lower(word) == target` for a lower-case `target`, without building the
/// lower-case copy: most words differ from `target` in their first byte.
pub fn lower_is(word: &str, target: &str) -> bool {
    if let (Some(&w), Some(&t)) = (word.as_bytes().first(), target.as_bytes().first())
        && w.is_ascii()
        && t.is_ascii()
        && w.to_ascii_lowercase() != t
    {
        return false;
    }
    // Char by char: `target` holds no sigma, the one char whose lower case
    // depends on its neighbours, so neither form of it can match.
    let mut target = target.chars();
    for c in word.chars() {
        match fast_lower(c) {
            Some(l) => {
                if target.next() != Some(l) {
                    return false;
                }
            }
            None => {
                for l in c.to_lowercase() {
                    if target.next() != Some(l) {
                        return false;
                    }
                }
            }
        }
    }
    target.next().is_none()
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
    // About one word per five bytes: one allocation, not several regrowths.
    let mut out = Vec::with_capacity(to.saturating_sub(from) / 5 + 1);
    out.extend(words_iter(text, from, to));
    out
}

/// The words of `text[from..to]` as [`words`] gives them, one at a time: for
/// readers that stop after the first few words.
pub fn words_iter(text: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, &str)> {
    let to = floor_boundary(text, to);
    let from = floor_boundary(text, from.min(to));
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
    let to = floor_boundary(text, to);
    let from = floor_boundary(text, from.min(to));
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

    /// Texts longer than the span a clause is looked for in, with marks
    /// rare or dense, and every position asked in order.
    fn cursor_texts() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::string::string_regex(
            "([a-z]{1,3} |95% |[.,;:!?()\\n]|, |\\. |…|Ầ|ể|1,5|\\.\\.){0,400}",
        )
        .unwrap()
    }

    proptest::proptest! {
        #[test]
        fn cursors_find_what_each_search_finds(text in cursor_texts(), step in 1usize..9) {
            let mut clauses = StartCursor::clauses();
            let mut sentences = StartCursor::sentences();
            let mut ends = EndCursor::clauses();
            let positions: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .step_by(step)
                .collect();
            for pos in positions {
                // Each position twice: a figure's end may be asked again.
                for _ in 0..2 {
                    proptest::prop_assert_eq!(clauses.start(&text, pos), clause_start(&text, pos));
                    proptest::prop_assert_eq!(sentences.start(&text, pos), sentence_start(&text, pos));
                    proptest::prop_assert_eq!(ends.end(&text, pos), clause_end(&text, pos));
                }
            }
        }
    }

    #[test]
    fn cursors_agree_in_a_clause_longer_than_the_span() {
        let text = "Tỷ lệ đạt 95% ".repeat(100) + "; và … cuối.";
        let mut clauses = StartCursor::clauses();
        let mut ends = EndCursor::clauses();
        for (pos, _) in text.match_indices("95%") {
            assert_eq!(clauses.start(&text, pos), clause_start(&text, pos));
            assert_eq!(ends.end(&text, pos + 3), clause_end(&text, pos + 3));
        }
        // Asked out of order, each search is made afresh.
        assert_eq!(clauses.start(&text, 5), clause_start(&text, 5));
        assert_eq!(ends.end(&text, 5), clause_end(&text, 5));
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
    fn lowercase_shortcut_agrees() {
        for c in (0..0x2000).filter_map(char::from_u32) {
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
        }
        // What lower() and the award reader rely on: lower case maps to itself.
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            if c.is_lowercase() {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
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

    /// The char-by-char word split the byte scan replaced.
    fn old_words(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
        let to = floor_boundary(text, to);
        let from = floor_boundary(text, from.min(to));
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

    proptest::proptest! {
        #[test]
        fn lower_is_compares_the_lower_case(
            word in "(c|C|ó|Ó|t|T|h|H|à|À|n|N|v|V|đ|Đ|ế|Ế|ă|Ă|o|K|\u{212a}|İ|Σ|σ|ς|1|%){0,6}",
            target in "(có|thành|hoàn|và|đến|năm|ki̇|k|trong đó|)",
        ) {
            proptest::prop_assert_eq!(lower_is(&word, &target), lower(&word) == target);
        }
    }

    #[test]
    fn lower_is_on_real_words() {
        for w in [
            "có", "Có", "CÓ", "cò", "cá", "thành", "THÀNH", "Thành", "và", "Và", "VÀ",
        ] {
            for t in ["có", "thành", "và", "đến", "năm"] {
                assert_eq!(lower_is(w, t), lower(w) == t, "{w:?} {t:?}");
            }
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
