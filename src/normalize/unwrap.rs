//! Lines wrapped by layout, joined back into paragraphs.
//!
//! PDF text layers and plain-text exports break lines at a fixed width
//! (70–100 columns) wherever a word no longer fits, cutting sentences
//! mid-clause ("…, đồng chí" / "Cầm Ngọc Minh, Phó Bí thư tỉnh ủy, …"), and
//! the extractors, which read a clause within its line, lose the chair and
//! the event date. Such a line end becomes one space, so offsets, which
//! refer to the normalized text, refer to the joined one.
//!
//! A document is wrapped only when its line lengths say so (see
//! [`Layout::measure`]): most of its long lines end within [`SLACK`]
//! characters of one width, and at least [`MIN_NEAR_LINES`] of them do.
//! Reports that put one paragraph per line are not, and are left as they are.
//!
//! In a wrapped document a line goes on in the next when all of these
//! hold ([`Layout::continues`]):
//! - layout broke it, not its author: it ends near the width, at most
//!   [`SLACK`] characters short of it (headings, signatures, the title and
//!   the last line of a paragraph are shorter), or the word opening the
//!   next line would not have fit on it;
//! - it does not end a sentence or a clause: no `. ! ? : ; …` at its end,
//!   closing quotes and brackets aside, but for a label's colon before its
//!   figure ("giấy phép số:" / "06/GP-TTĐT");
//! - the next line is not blank, not indented more (a paragraph's first
//!   line), not a list item ("- ", "• ", "1.", "a)", "II."), not a heading
//!   in capitals, and not page chrome on its own ("Lượt xem: 137" after a
//!   title);
//! - the next line opens in lower case or with a digit ("2017, với …"), or
//!   with a capital when the line is near the width and the capital's word
//!   would not have fit on it: why layout broke there ("đồng chí" / "Cầm
//!   Ngọc Minh").
//!
//! A line that goes on takes the kind of the line it continues, for chrome
//! removal: a wrapped footer line is a footer to its end.
//!
//! A hyphen at a line end is nothing special: Vietnamese does not hyphenate
//! its syllables. A dash opening the next line is a list item, unless it is
//! followed by lower case and did not fit either ("kinh tế" / "- xã hội").
//!
//! Line lengths are counted in characters. Measuring is one walk over the
//! lines already split, counting the characters of those short enough to
//! matter, with no allocation; documents found wrapped take a second walk.

use super::Line;
use super::chrome::Kind;

/// The narrowest and widest layouts recognised; the widths of exports and
/// PDF pages seen are 70–100 characters.
const MIN_WIDTH: usize = 50;
const MAX_WIDTH: usize = 130;

/// How far short of the width a line cut by layout may end: the longest
/// Vietnamese syllable is 7 letters ("nghiêng"), and a cut leaves at most a
/// word and its space unused; numbers and names of offices run longer.
const SLACK: usize = 10;

/// The fewest lines near the width that make a document wrapped: a few
/// lines of one length can be chance, a paragraph of them is not.
const MIN_NEAR_LINES: u32 = 8;

/// The share, in percent, of the long lines (over 60% of the width) that
/// must end near the width. The seeds wrapped at 70, 80 and 95 give
/// 82–100%, the seeds as written under 30% (3 lines near any width at
/// most); the corpus's HĐND resolutions exported at 80 columns give 80–90%,
/// and two whose source broke lines at random places under 50% (left alone).
const MIN_NEAR_SHARE: u32 = 60;

/// The width a wrapped document was laid out at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Layout {
    width: usize,
}

impl Layout {
    /// The layout of a document given its lines (blank ones empty), or
    /// `None` when it is not hard-wrapped.
    ///
    /// The width is the end of the window of [`SLACK`] + 1 lengths, within
    /// [`MIN_WIDTH`]..=[`MAX_WIDTH`], that holds the most lines (the
    /// narrowest of equals): greedy wrapping leaves most lines of a
    /// paragraph just under its width, and none over it.
    pub(crate) fn measure<'t>(lines: impl Iterator<Item = Laid<'t>>) -> Option<Layout> {
        // counts[n]: lines of n characters; the last slot is every longer one.
        let mut counts = [0u32; MAX_WIDTH + 2];
        let mut in_range = 0;
        for line in lines.filter(|line| !line.text.is_empty()) {
            let len = line.len();
            counts[len] += 1;
            in_range += u32::from((MIN_WIDTH - SLACK..=MAX_WIDTH).contains(&len));
        }
        if in_range < MIN_NEAR_LINES {
            // most reports: a paragraph a line, few lines of a layout's width
            return None;
        }
        let mut window: u32 = counts[MIN_WIDTH - SLACK..=MIN_WIDTH].iter().sum();
        let (mut width, mut near) = (MIN_WIDTH, window);
        for end in MIN_WIDTH + 1..=MAX_WIDTH {
            window = window + counts[end] - counts[end - SLACK - 1];
            if window > near {
                (width, near) = (end, window);
            }
        }
        let long: u32 = counts[width * 6 / 10 + 1..].iter().sum();
        (near >= MIN_NEAR_LINES && near * 100 >= long * MIN_NEAR_SHARE).then_some(Layout { width })
    }

    /// True when `line` was cut by layout and `next` goes on with its
    /// sentence (the rules of the module documentation).
    pub(crate) fn continues(&self, line: Laid, next: Laid) -> bool {
        let len = line.len();
        if line.text.is_empty() || next.text.is_empty() || next.indent > line.indent {
            // a blank line, or a next line indented more: a paragraph starts
            return false;
        }
        let (line, next) = (line.text, next.text);
        let first_word = next.split(' ').next().unwrap_or(next);
        let near = len + SLACK >= self.width;
        // The word that opens `next` would not have fit on `line`: the reason
        // layout broke there, whatever the line's length.
        let did_not_fit = len + 1 + first_word.chars().count() > self.width;
        if !near && !did_not_fit {
            return false;
        }
        let opening = next.trim_start_matches(OPENING);
        match clause_end(line) {
            None => {}
            // a label and its figure: "số:" / "06/GP-TTĐT", "FAX:" / "(0212).3855.743"
            Some(':') if opening.starts_with(|c: char| c.is_ascii_digit()) => {}
            Some(_) => return false,
        }
        if is_bullet(first_word) {
            let lower_after = next[first_word.len()..]
                .trim_start()
                .starts_with(char::is_lowercase);
            return first_word.starts_with(['-', '–']) && lower_after && did_not_fit;
        }
        if is_numbering(first_word) {
            return false;
        }
        match opening.chars().next() {
            Some(c) if c.is_lowercase() || c.is_ascii_digit() => true,
            Some(c) if c.is_uppercase() => near && did_not_fit && !is_capitals(next),
            _ => false,
        }
    }
}

/// Quotes and brackets that may open a line before its first word.
const OPENING: &[char] = &['"', '\'', '“', '‘', '(', '[', '«'];
/// Quotes and brackets that may close a sentence after its punctuation.
const CLOSING: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];

/// A line as laid out: its clean text (trimmed, single spaces, NFC) and
/// the characters of spacing it was indented by, which took their place in
/// the width.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Laid<'a> {
    pub(crate) text: &'a str,
    pub(crate) indent: usize,
}

impl Laid<'_> {
    /// Its length in characters, indentation included, or `MAX_WIDTH + 1`
    /// for any longer.
    fn len(&self) -> usize {
        (self.indent + chars(self.text)).min(MAX_WIDTH + 1)
    }
}

/// The number of characters of `text`, or `MAX_WIDTH + 1` for any longer.
fn chars(text: &str) -> usize {
    // PERF: a character is at most 4 bytes, so longer lines (the paragraphs
    // of unwrapped reports, most of their bytes) are not counted.
    if text.len() > 4 * MAX_WIDTH {
        return MAX_WIDTH + 1;
    }
    // PERF: std's count reads a word of bytes at a time: 2.4 M -> 0.5 M
    // instructions over 180 documents (dev profile), against a byte loop.
    text.chars().count().min(MAX_WIDTH + 1)
}

/// The punctuation that ends `line`, when it ends a sentence or a clause:
/// ". ! ? : ; …", maybe followed by closing quotes or brackets.
fn clause_end(line: &str) -> Option<char> {
    line.trim_end_matches(CLOSING)
        .chars()
        .next_back()
        .filter(|c| matches!(c, '.' | '!' | '?' | ':' | ';' | '…'))
}

/// A bullet: a dash, plus, star or dot standing alone as a word.
fn is_bullet(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next()),
        (
            Some('-' | '–' | '—' | '+' | '*' | '•' | '·' | '●' | '▪' | '◦' | '○' | '►' | '✓'),
            None
        )
    )
}

/// A list number: "1.", "2)", "1.2.", "a)", "đ.", "IV.".
fn is_numbering(word: &str) -> bool {
    let Some(label) = word.strip_suffix(['.', ')']) else {
        return false;
    };
    let arabic = label
        .split('.')
        .all(|part| (1..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()));
    let mut chars = label.chars();
    let letter = matches!(
        (chars.next(), chars.next()),
        (Some('a'..='z' | 'A'..='Z' | 'đ' | 'Đ'), None)
    );
    let roman =
        !label.is_empty() && label.len() <= 5 && label.bytes().all(|b| b"IVXLC".contains(&b));
    arabic || letter || roman
}

/// True when `line` has letters and none is lower case: a heading.
fn is_capitals(line: &str) -> bool {
    line.chars().any(char::is_uppercase) && !line.chars().any(char::is_lowercase)
}

/// Marks the lines of a wrapped document that go on in the next, and gives
/// each continuation the kind of the line it continues: a wrapped footer
/// line is a footer to its end. Does nothing to a document not wrapped.
pub(super) fn mark_wrapped(input: &str, cleaned: &str, lines: &mut [Line]) {
    let laid = |line: &Line| Laid {
        text: line.text(input, cleaned),
        // only a line that changed in cleaning can have had spacing before it
        indent: match line.clean {
            None => 0,
            Some(_) => input[line.start..line.end]
                .chars()
                .take_while(|c| c.is_whitespace())
                .count(),
        },
    };
    let Some(layout) = Layout::measure(lines.iter().map(laid)) else {
        return;
    };
    for i in 1..lines.len() {
        let (before, after) = lines.split_at_mut(i);
        let (line, next) = (&mut before[i - 1], &mut after[0]);
        // A line that is page chrome on its own does not continue the body.
        let chrome_alone =
            line.kind == Kind::Body && !matches!(next.kind, Kind::Body | Kind::Number);
        if !chrome_alone && layout.continues(laid(line), laid(next)) {
            line.joins = true;
            next.kind = line.kind;
        }
    }
}

#[cfg(test)]
mod tests;
