//! Percentage figures: a number read by [`crate::extract::number`] and its
//! mark ("%", "％", "phần trăm" in any case), or number words before
//! "phần trăm"; a range gives both bounds. Glued numbers, markup and a
//! leading front-matter block are refused (rules in
//! [`percent`](crate::extract::percent)'s doc).
//!
//! Only the few bytes before each mark are read (by hand when they are
//! ASCII), never the whole text; the tests check this against both regexes
//! run over the whole text.

use std::sync::LazyLock;

use regex::Regex;

use super::Figure;
use crate::extract::number::{NUMBER_WORDS_PATTERN, continues_numeral, parse_number};
use crate::text::dash::is_dash;
use crate::text::front_matter::front_matter_end;
use crate::text::words::is_whole_word;

const NUM: &str = r"\d+(?:[.,]\d+)*";

static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({NUM})(?:(?: ?[-‐‑‒–—―−] ?| (?:đến|tới) )({NUM}))? ?(?:%|％|(?i:phần trăm))"
    ))
    .unwrap()
});

/// The most figures [`figures`] lists: four times what a record keeps of
/// percentages, as a range gives two figures and percent may pass some over.
pub(crate) const FIGURE_LIMIT: usize = 4 * (crate::extract::MAX_FACTS + 1);

/// A percentage in number words: "năm mươi phần trăm".
static WORD_PERCENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)({NUMBER_WORDS_PATTERN}) phần trăm")).unwrap());

/// (start, end, value) of every percentage figure in `text`, in text order:
/// what [`find_percentages`](crate::extract::percent::find_percentages)
/// reads, without qualifier or context. A range gives two figures: its lower
/// bound over the whole range, then its upper bound over the last number and
/// the mark.
///
/// The scan stops at [`FIGURE_LIMIT`] figures: a document of figures only
/// (8 MB of "95,5% ") listed 1.3 million of them, about 100 MB, for a record
/// that keeps 10,000 percentages. The figures then end at the byte where the
/// scan stopped, and ratios after it find no stated percentage; the record
/// says `truncated`, as its percentages pass the limit first.
pub(crate) fn figures(text: &str) -> Vec<Figure> {
    let mut figures: Vec<Figure> = Vec::new();
    let mut words_marks: Vec<(usize, usize)> = Vec::new();
    let mut exact_word = false;
    let body = front_matter_end(text);
    // Every match of PERCENT ends at a mark ("%", "％", "phần trăm" in any
    // case) right after a run of number chars, so only the few bytes before
    // each mark are searched, never the whole text.
    let mut floor = body;
    let mut locs = PERCENT.capture_locations();
    let mut tags = TagCursor::default();
    for (mark, mark_end) in marks(text) {
        if mark < body {
            continue;
        }
        if figures.len() >= FIGURE_LIMIT {
            break;
        }
        let from = number_run_start(text, floor, mark, |c| {
            c.is_numeric()
                || matches!(c, '.' | ',' | ' ' | 'đ' | 'ế' | 'n' | 't' | 'ớ' | 'i')
                || is_dash(c)
        });
        floor = mark_end;
        let span = &text[from..mark_end];
        let found = if span[..mark - from].is_ascii() {
            ascii_percent(span.as_bytes(), mark - from)
                .map(|(whole_start, number, upper)| (whole_start..span.len(), number, upper))
        } else {
            // One set of capture slots for all marks, not an allocation per mark.
            PERCENT
                .captures_read(&mut locs, span)
                .and_then(|whole| Some((whole.range(), locs.get(1)?, locs.get(2))))
        };
        if let Some((whole, (n_start, n_end), upper)) = found {
            let (start, end) = (from + whole.start, from + whole.end);
            let whole = &span[whole];
            let glued_after = whole.ends_with(char::is_alphabetic)
                && text[end..].starts_with(char::is_alphanumeric);
            if !glued(text, start)
                && !glued_after
                && !tags.inside(text, start)
                && let Some(value) = parse_number(&span[n_start..n_end])
            {
                figures.push((start, end, value));
                if let Some((u_start, u_end)) = upper
                    && let Some(upper) = parse_number(&span[u_start..u_end])
                    && upper > value
                {
                    figures.push((from + u_start, end, upper));
                }
            }
        }
        if mark_end - mark > 3 {
            words_marks.push((mark, mark_end));
            exact_word |= matches!(
                &text[mark..mark_end],
                "phần trăm" | "PHẦN TRĂM" | "Phần trăm"
            );
        }
    }
    if exact_word {
        // Number words before "phần trăm": letters and spaces only.
        let mut floor = body;
        let mut tags = TagCursor::default();
        for (mark, mark_end) in words_marks {
            let from = number_run_start(text, floor, mark, |c| c.is_alphabetic() || c == ' ');
            floor = mark_end;
            if let Some(caps) = WORD_PERCENT.captures(&text[from..mark_end]) {
                let whole = caps.get(0).unwrap();
                let (start, end) = (from + whole.start(), from + whole.end());
                if !glued(text, start)
                    && is_whole_word(text, start, end)
                    && !continues_numeral(text, start)
                    && !tags.inside(text, start)
                    && let Some(value) = parse_number(&caps[1])
                {
                    figures.push((start, end, value));
                }
            }
        }
        figures.sort_by_key(|f| f.0);
    }
    figures
}

/// The spans of a [`PERCENT`] match read by hand: where it starts, its first
/// number, and the upper bound of a range.
type AsciiPercent = (usize, (usize, usize), Option<(usize, usize)>);

/// What [`PERCENT`] finds in `span`, a run of ASCII number chars ending with
/// the mark at `mark`: the start of the match, the span of its first number
/// and, for a range, that of its second. The match must end with the mark,
/// and in ASCII only "-" of the dashes can join a range, so it is read
/// backwards from the mark.
fn ascii_percent(span: &[u8], mark: usize) -> Option<AsciiPercent> {
    // " ?" before the mark; a number never ends with a space.
    let last_number_end = match span[..mark].strip_suffix(b" ") {
        Some(rest) => rest.len(),
        None => mark,
    };
    let last_number_start = number_suffix_start(&span[..last_number_end])?;
    // A range " ?- ?" before the last number starts the match earlier.
    let before = &span[..last_number_start];
    let before = before.strip_suffix(b" ").unwrap_or(before);
    let first_number_end = before
        .strip_suffix(b"-")
        .map(|b| b.strip_suffix(b" ").unwrap_or(b).len());
    let last = (last_number_start, last_number_end);
    match first_number_end.and_then(|e| Some((number_suffix_start(&span[..e])?, e))) {
        Some((first_start, first_end)) => Some((first_start, (first_start, first_end), Some(last))),
        None => Some((last_number_start, last, None)),
    }
}

/// Start of the longest suffix of `b` of the form `\d+(?:[.,]\d+)*` (ASCII).
fn number_suffix_start(b: &[u8]) -> Option<usize> {
    let digits_start = |end: usize| {
        end - b[..end]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut start = digits_start(b.len());
    if start == b.len() {
        return None;
    }
    while start >= 2 && matches!(b[start - 1], b'.' | b',') && b[start - 2].is_ascii_digit() {
        start = digits_start(start - 1);
    }
    Some(start)
}

/// Start of the run of chars `keep` accepts that ends at `to`, not before `floor`.
fn number_run_start(text: &str, floor: usize, to: usize, keep: impl Fn(char) -> bool) -> usize {
    let mut from = to;
    for (i, c) in text[floor..to].char_indices().rev() {
        if !keep(c) {
            break;
        }
        from = floor + i;
    }
    from
}

/// Byte spans of the marks a percentage ends with: "%", "％" and "phần trăm"
/// in any case, in text order.
fn marks(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    // One pass finds "%" and "phần trăm" in any case by the second byte of
    // its "ă"/"Ă" (C4 83 / C4 82): those bytes are rarer in Vietnamese than
    // "đ"'s lead byte C4, and no regex prefilter keyed on "r" runs over the
    // whole text. "phần tr" and "C4" are the 10 bytes before that byte.
    for i in memchr::memchr3_iter(b'%', 0x82, 0x83, bytes) {
        if bytes[i] == b'%' {
            out.push((i, i + 1));
        } else if let Some(start) = i.checked_sub(10)
            && is_phan_tram(&bytes[start..])
        {
            out.push((start, start + 12));
        }
    }
    // "％" (EF BC 85) is rare: its own pass, merged in order.
    let found = out.len();
    for i in memchr::memchr_iter(0xEF, bytes) {
        if bytes[i..].starts_with("％".as_bytes()) {
            out.push((i, i + 3));
        }
    }
    if out.len() > found && found > 0 {
        out.sort_unstable();
    }
    out
}

/// True when `b` starts with "phần trăm" in any case (what `(?i:phần trăm)`
/// matches: ASCII letters either case, "ầ"/"Ầ", "ă"/"Ă").
fn is_phan_tram(b: &[u8]) -> bool {
    b.len() >= 12
        && b[0].eq_ignore_ascii_case(&b'p')
        && b[1].eq_ignore_ascii_case(&b'h')
        && b[2..4] == [0xE1, 0xBA]
        && matches!(b[4], 0xA6 | 0xA7)
        && b[5].eq_ignore_ascii_case(&b'n')
        && b[6] == b' '
        && b[7].eq_ignore_ascii_case(&b't')
        && b[8].eq_ignore_ascii_case(&b'r')
        && b[9] == 0xC4
        && matches!(b[10], 0x82 | 0x83)
        && b[11].eq_ignore_ascii_case(&b'm')
}

/// True for a number glued to a word or to markup (`A5%`, `width:100%`,
/// `width='100%'`).
fn glued(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match before.next() {
        Some(c) if c.is_alphanumeric() || c == '=' || c == ':' || c == '/' => true,
        Some('\'' | '"') => before.next() == Some('='),
        _ => false,
    }
}

/// How far back a tag's "<" is looked for.
const TAG_REACH: usize = 1000;

/// Tells whether positions met in text order lie inside an HTML tag left in
/// the page (`<select style="width: 100%">`): the nearest "<", ">" or line
/// end before it, within [`TAG_REACH`] bytes, is a "<" that opens a tag. The
/// text is scanned once, forward.
#[derive(Default)]
struct TagCursor {
    /// The bytes before this have been looked at.
    scanned: usize,
    /// The last "<", ">" or line end before `scanned`.
    last: Option<usize>,
}

impl TagCursor {
    fn inside(&mut self, text: &str, at: usize) -> bool {
        let b = text.as_bytes();
        let reach = at.saturating_sub(TAG_REACH);
        if at < self.scanned {
            // Out of order: searched afresh.
            return memchr::memrchr3(b'<', b'>', b'\n', &b[reach..at])
                .is_some_and(|i| opens_tag(b, reach + i));
        }
        let from = self.scanned.max(reach);
        if let Some(i) = memchr::memrchr3(b'<', b'>', b'\n', &b[from..at]) {
            self.last = Some(from + i);
        }
        self.scanned = at;
        self.last.is_some_and(|i| i >= reach && opens_tag(b, i))
    }
}

/// True when the byte at `i` is a "<" that opens a tag.
fn opens_tag(b: &[u8], i: usize) -> bool {
    b[i] == b'<' && b.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A document of figures only is listed up to the limit, in order, and
    /// its record says it was cut (issue 16: 8 MB of "95,5% " listed 1.3
    /// million figures).
    #[test]
    fn figures_stop_at_the_limit() {
        let text = "95,5% ".repeat(FIGURE_LIMIT + 100);
        let found = figures(&text);
        assert_eq!(found.len(), FIGURE_LIMIT);
        assert_eq!(
            found[FIGURE_LIMIT - 1],
            ((FIGURE_LIMIT - 1) * 6, FIGURE_LIMIT * 6 - 1, 95.5)
        );
        let record = crate::extract(&text);
        assert_eq!(record.percentages.len(), crate::extract::MAX_FACTS);
        assert!(record.truncated);
    }

    /// False for a number glued to a word, or a percentage inside page
    /// markup, each tag searched afresh.
    fn standalone(text: &str, start: usize) -> bool {
        !glued(text, start) && !TagCursor::default().inside(text, start)
    }

    /// The figures as found before: both regexes over the whole text.
    pub(crate) fn figures_scanning_everything(text: &str) -> Vec<(usize, usize, f64)> {
        let mut figures = Vec::new();
        let body = front_matter_end(text);
        for caps in PERCENT.captures_iter(&text[body..]) {
            let whole = caps.get(0).unwrap();
            let (start, end) = (body + whole.start(), body + whole.end());
            let glued_after = whole.as_str().ends_with(char::is_alphabetic)
                && text[end..].starts_with(char::is_alphanumeric);
            if standalone(text, start)
                && !glued_after
                && let Some(value) = parse_number(&caps[1])
            {
                figures.push((start, end, value));
                if let Some(upper) = caps.get(2)
                    && let Some(upper_value) = parse_number(upper.as_str())
                    && upper_value > value
                {
                    figures.push((body + upper.start(), end, upper_value));
                }
            }
        }
        if text.contains("phần trăm") || text.contains("PHẦN TRĂM") || text.contains("Phần trăm")
        {
            for caps in WORD_PERCENT.captures_iter(&text[body..]) {
                let whole = caps.get(0).unwrap();
                let (start, end) = (body + whole.start(), body + whole.end());
                if standalone(text, start)
                    && is_whole_word(text, start, end)
                    && !continues_numeral(text, start)
                    && let Some(value) = parse_number(&caps[1])
                {
                    figures.push((start, end, value));
                }
            }
            figures.sort_by_key(|f| f.0);
        }
        figures
    }

    proptest::proptest! {
        #[test]
        fn ascii_reading_is_the_regex(
            run in "[0-9., -]{0,14}",
            mark in "%|％|phần trăm|PHẦN TRĂM",
        ) {
            let span = format!("{run}{mark}");
            let by_regex = PERCENT.captures(&span).map(|c| {
                let n = c.get(1).unwrap();
                let upper = c.get(2).map(|u| (u.start(), u.end()));
                (c.get(0).unwrap().start(), (n.start(), n.end()), upper)
            });
            proptest::prop_assert_eq!(ascii_percent(span.as_bytes(), run.len()), by_regex);
        }

        #[test]
        fn marks_find_what_scanning_finds_anywhere(
            text in "(---\\n|[0-9]{1,4}|١٢|[.,/%()=:;' -]|％|–|phần trăm|PHẦN TRĂM|Phần trăm|pHẦn TrĂm|phần|trăm|đến|tới| đến | tới |hai|mươi|năm|không|Ba|ể|đ|ă|<p|<|>|\\n|A){0,40}"
        ) {
            proptest::prop_assert_eq!(figures(&text), figures_scanning_everything(&text));
        }
    }
}
