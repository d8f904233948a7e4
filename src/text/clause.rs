//! Clauses and sentences: where the clause or sentence around a position
//! starts and ends, as the figure readers (percentages, ratios, scores,
//! awards) bound the words they read.
//!
//! A clause ends at ";", "(", ")", ":", "!", "?", a line end, a "." that is
//! not inside a number ("1.646") or a name ("TP.Hà Nội"), or a ", " (a comma
//! followed by a space; "94,3" is a decimal comma, not a boundary). A sentence
//! ends at the same marks except ", ", "(" and ")".

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
    let floor = text.floor_char_boundary(pos.saturating_sub(MAX_SPAN));
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
    let ceil = text.floor_char_boundary((pos + MAX_SPAN).min(text.len()));
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
        let floor = text.floor_char_boundary(pos.saturating_sub(MAX_SPAN));
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

/// [`clause_end`] or [`sentence_end`] for positions met in text order: the
/// text after them is scanned once, forward.
pub struct EndCursor {
    comma: bool,
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
            comma: true,
            pos: 0,
            scanned: 0,
            found: None,
        }
    }

    /// Sentence ends, as [`sentence_end`].
    pub fn sentences() -> Self {
        EndCursor {
            comma: false,
            ..EndCursor::clauses()
        }
    }

    /// Where the clause (or sentence) holding `pos` ends; a `pos` before the
    /// last one asked is searched afresh.
    pub fn end(&mut self, text: &str, pos: usize) -> usize {
        if pos < self.pos {
            return mark_after(text, pos, self.comma);
        }
        if self.found.is_some_and(|n| n < pos) {
            self.found = None;
        }
        self.pos = pos;
        let ceil = text.floor_char_boundary((pos + MAX_SPAN).min(text.len()));
        let b = text.as_bytes();
        if self.found.is_none() {
            let from = self.scanned.max(pos);
            self.scanned = from.max(ceil);
            for i in from..ceil {
                if MAY_BE_MARK[usize::from(b[i])] && is_clause_mark(text, i, self.comma) {
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
                    mark_after(text, pos, self.comma)
                }
            }
            Some(n) if n < ceil => n,
            _ => ceil,
        }
    }
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
        let floor = text.floor_char_boundary(pos.saturating_sub(MAX_SPAN));
        for (i, c) in text[floor..pos].char_indices().rev() {
            if old_is_mark(text, floor + i, c, comma) {
                return floor + i + c.len_utf8();
            }
        }
        floor
    }

    fn old_after(text: &str, pos: usize, comma: bool) -> usize {
        let ceil = text.floor_char_boundary((pos + MAX_SPAN).min(text.len()));
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
            let mut sentence_ends = EndCursor::sentences();
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
                    proptest::prop_assert_eq!(sentence_ends.end(&text, pos), sentence_end(&text, pos));
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
}
