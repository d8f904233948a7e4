//! Percentages, with what they measure and how sure the text is.
//!
//! # Rules
//!
//! A percentage is a number read by [`crate::extract::number`] followed by "%"
//! (spaces allowed: "95,83 %") or "phần trăm"; number words too before
//! "phần trăm" ("năm mươi phần trăm"), but not the tail of a longer numeral
//! ("hai trăm ba phần trăm" gives nothing). A range "8,5-9%", "80 - 90%",
//! "từ 15 đến 20%" gives both bounds, as two facts with one qualifier and
//! context: the lower bound's `text` is the whole range, the upper bound's
//! its last number and the mark ("9%"); a "range" whose second number is not
//! the larger gives its first number only. Not facts: a number glued to a
//! word ("A5%", "Sáu phần trămx"), markup left in the page (`width='100%'`,
//! `width:100%`, and anything inside a tag: `<select style="width: 100%">`)
//! and a leading front-matter block (`---` … `---`), whose title the body
//! restates.
//!
//! `qualifier` comes from the words just before the number in its clause
//! (the run of qualifier words, numbers and years right before it, at most
//! 12 words, so "cao hơn 2021 là 1,25%" counts) and from "trở lên"/"trở
//! xuống" right after:
//! - `increase`: tăng, cao hơn, nhiều hơn; `decrease`: giảm, thấp hơn, ít hơn;
//! - `above`: trên (not "nói trên"), hơn, vượt, "từ … trở lên", "… trở lên";
//! - `below`: dưới, chưa đến/chưa tới, không quá, "… trở xuống";
//! - `approximate`: gần, khoảng, xấp xỉ, ước, chừng, "trên dưới";
//! - `reached`: đạt, bằng.
//!
//! When several apply, a change wins over a bound, a bound over approximate,
//! and all of them over reached: "đạt trên 99%" is `above`, "ước tăng 5,29%" is
//! `increase`, "đạt gần 95%" is `approximate`. Words such as "là", "chiếm",
//! "với", "tỷ lệ" belong to the run but say nothing ("chiếm 79,40%" → null).
//!
//! `context` (what is measured), tried in order:
//! 1. the clause before the number, without the qualifier run, leading
//!    connectors ("và", "trong đó", "chiếm") and times ("năm 2022", "đến năm
//!    2025", "đến nay"), and anything up to a last "có"/"hoàn thành" ("20/20
//!    sở, ngành có chỉ số SIPAS đạt …" → "chỉ số SIPAS"), at most 14 words.
//!    When another percentage comes earlier in the same clause, only the words
//!    after it (and after a last "và") are read: "2,5-3 lít là 20% và trên 3
//!    lít là 25%" → "trên 3 lít";
//! 2. else (and first after "đối với": "… đối với 100% cơ quan quản lý hành
//!    chính") the noun phrase after the "%" up to the clause end or a verb,
//!    at most 14 words ("100% danh mục TTHC …", "đạt 89,5% mục tiêu đầu nhiệm
//!    kỳ");
//! 3. else, for a change in parentheses right after another percentage
//!    ("95,83% (cao hơn 2021 là 1,25%)") or a figure after another in the same
//!    clause ("tăng 6,5% so tháng trước và tăng 9,3% so cùng kỳ"), that
//!    percentage's context;
//! 4. else the previous clause of the same sentence (stepping over a
//!    parenthesis), read as in 1 ("50/53 đầu công việc, đạt 94,3%" → "50/53
//!    đầu công việc").
//!
//! Page chrome: the normalizer drops chrome lines; what is left of markup is
//! refused as above. Counters and phone numbers carry no "%", so they never
//! match.
//!
//! Cost: each figure reads a bounded number of words around it (the run, the
//! noun phrases), and the clause marks and tags around the figures are
//! scanned once, forward ([`StartCursor`]), so a text of figures in a
//! row ("95% 95% …") costs in proportion to its length.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::extract::number::{NUMBER_WORDS_PATTERN, continues_numeral, parse_number};
use crate::text::case::{lower, lower_is};
use crate::text::clause::{EndCursor, StartCursor, clause_end, clause_start};
use crate::text::dash::is_dash;
use crate::text::front_matter::front_matter_end;
use crate::text::words::{is_whole_word, trimmed, words, words_iter, words_rev};

/// One percentage in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Percentage {
    pub text: String,
    pub value: f64,
    /// approximate, above, below, reached, increase, decrease, or null.
    pub qualifier: Option<String>,
    /// The words that say what is measured, trimmed to the clause.
    pub context: Option<String>,
    pub start: usize,
    pub end: usize,
}

const NUM: &str = r"\d+(?:[.,]\d+)*";

static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({NUM})(?:(?: ?[-‐‑‒–—―−] ?| (?:đến|tới) )({NUM}))? ?(?:%|％|(?i:phần trăm))"
    ))
    .unwrap()
});

/// A percentage in number words: "năm mươi phần trăm".
static WORD_PERCENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)({NUMBER_WORDS_PATTERN}) phần trăm")).unwrap());

/// (start, end, value) of one percentage figure: what [`figures`] finds.
pub(crate) type Figure = (usize, usize, f64);

/// Every percentage in `text`, in text order.
pub fn find_percentages(text: &str) -> Vec<Percentage> {
    find_percentages_at(text, &figures(text))
}

/// The percentages of `text` at its `figures` (as [`figures`] gives them):
/// the ratio reader needs the same figures, so they are found once.
///
/// At most [`MAX_FACTS`](crate::extract::MAX_FACTS) + 1: a record keeps
/// that many and says it was cut, so the qualifier and context of the rest
/// (most of the cost of a document made of percentages) are never built.
pub(crate) fn find_percentages_at(text: &str, figures: &[Figure]) -> Vec<Percentage> {
    let figures = &figures[..figures.len().min(crate::extract::MAX_FACTS + 1)];
    let mut out: Vec<Percentage> = Vec::with_capacity(figures.len());
    // The figures come in text order: the clause marks around them are
    // scanned once, forward, however many figures a clause holds.
    let mut bounds = Bounds {
        clauses: StartCursor::clauses(),
        sentences: StartCursor::sentences(),
        ends: EndCursor::clauses(),
    };
    for &(start, end, value) in figures {
        // The upper bound of a range lies inside the range's text, which the
        // lower bound holds: it measures the same thing, as sure.
        if let Some(range) = out.last().filter(|p| start < p.end) {
            let (qualifier, context) = (range.qualifier.clone(), range.context.clone());
            out.push(Percentage {
                text: text[start..end].to_string(),
                value,
                qualifier,
                context,
                start,
                end,
            });
            continue;
        }
        // The clause start is found once for the run and the context.
        let clause = bounds.clauses.start(text, start);
        let cut = run_start_in_clause(text, clause, start);
        let qualifier = qualifier(text, cut, start, end);
        let context = context(text, &mut bounds, clause, cut, start, end, out.last());
        out.push(Percentage {
            text: text[start..end].to_string(),
            value,
            qualifier: qualifier.map(str::to_string),
            context,
            start,
            end,
        });
    }
    out
}

/// The clause and sentence bounds of figures met in text order.
struct Bounds {
    clauses: StartCursor,
    sentences: StartCursor,
    ends: EndCursor,
}

/// (start, end, value) of every percentage figure in `text`, in text order:
/// what [`find_percentages`] reads, without qualifier or context. A range
/// gives two figures: its lower bound over the whole range, then its upper
/// bound over the last number and the mark.
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

/// What a word just before a figure says about it, if it is a qualifier word.
#[derive(Clone, Copy, PartialEq)]
enum Cue {
    /// Part of the qualifier run but saying nothing ("là", "ở mức").
    Neutral,
    Kind(&'static str),
}

/// Qualifier kinds, strongest first (see the module doc).
const PRIORITY: &[&str] = &[
    "increase",
    "decrease",
    "above",
    "below",
    "approximate",
    "reached",
];

fn cue(word: &str, prev: Option<&str>, next: Option<&str>) -> Option<Cue> {
    let comparative = matches!(prev, Some("cao" | "thấp" | "nhiều" | "ít"));
    Some(match word {
        "tăng" => Cue::Kind("increase"),
        "giảm" => Cue::Kind("decrease"),
        "cao" | "nhiều" if next == Some("hơn") => Cue::Kind("increase"),
        "thấp" | "ít" if next == Some("hơn") => Cue::Kind("decrease"),
        "hơn" if comparative => Cue::Neutral,
        "hơn" | "vượt" => Cue::Kind("above"),
        // "nói trên", "kể trên": "the above-mentioned", not a bound.
        "trên" if matches!(prev, Some("nói" | "kể")) => return None,
        "trên" if next == Some("dưới") => Cue::Kind("approximate"),
        "dưới" if prev == Some("trên") => Cue::Neutral,
        "trên" => Cue::Kind("above"),
        "dưới" => Cue::Kind("below"),
        "chưa" | "không" if matches!(next, Some("đến" | "tới" | "quá")) => {
            Cue::Kind("below")
        }
        "đến" | "tới" | "quá" if matches!(prev, Some("chưa" | "không")) => Cue::Neutral,
        "gần" | "khoảng" | "xấp" | "xỉ" | "ước" | "chừng" => Cue::Kind("approximate"),
        "đạt" | "bằng" => Cue::Kind("reached"),
        "là" | "ở" | "mức" | "từ" | "được" | "còn" | "lên" | "xuống" | "chiếm" | "thêm" | "với" => {
            Cue::Neutral
        }
        "đối" if next == Some("với") => Cue::Neutral,
        // "đạt tỷ lệ 76,1%", "với tỷ lệ 100%": the rate word says nothing more.
        "tỷ" | "tỉ" if next == Some("lệ") => Cue::Neutral,
        "lệ" if matches!(prev, Some("tỷ" | "tỉ")) => Cue::Neutral,
        _ => return None,
    })
}

/// The most words a qualifier run takes before a figure (the longest in the
/// corpus and fixtures reaches its qualifier 7 words back): figures in a row
/// ("95% 95% …") do not each walk back over all the figures before them.
const MAX_RUN_WORDS: usize = 12;

/// Start of the run of qualifier words (and the years or numbers between
/// them) that ends right before the figure at `start`.
pub(crate) fn qualifier_run_start(text: &str, start: usize) -> usize {
    run_start_in_clause(text, clause_start(text, start), start)
}

/// [`qualifier_run_start`] given the start of the clause, `from`.
fn run_start_in_clause(text: &str, from: usize, start: usize) -> usize {
    // Read from the end and lower-case only the few words the run takes, at
    // most MAX_RUN_WORDS.
    let mut ws = words_rev(text, from, start).map(|(at, w)| (at, lower(w)));
    let mut cut = start;
    let mut next: Option<Cow<str>> = None;
    let mut current = ws.next();
    let mut prev = ws.next();
    let mut taken = 0;
    while let Some((at, w)) = current {
        if taken == MAX_RUN_WORDS {
            break;
        }
        taken += 1;
        let before = prev.as_ref().map(|(_, p)| p.as_ref());
        if cue(&w, before, next.as_deref()).is_some() {
            cut = at;
        } else if !(w.starts_with(|c: char| c.is_ascii_digit()) || w == "năm" || w == "so") {
            break;
        }
        next = Some(w);
        current = prev;
        prev = ws.next();
    }
    cut
}

/// The strongest qualifier said by the run `cut..start` and the words after
/// the figure.
pub(crate) fn qualifier(text: &str, cut: usize, start: usize, end: usize) -> Option<&'static str> {
    // Which PRIORITY kinds were said, one bit each: no list allocated.
    let mut said = 0u8;
    let mut say = |kind: &str| {
        if let Some(i) = PRIORITY.iter().position(|k| *k == kind) {
            said |= 1 << i;
        }
    };
    // The run is read word by word with its neighbours: no word list allocated.
    let mut ws = words_iter(text, cut, start).map(|(_, w)| lower(w));
    let mut prev: Option<Cow<str>> = None;
    let mut current = ws.next();
    let mut next = ws.next();
    while let Some(w) = current {
        if let Some(Cue::Kind(k)) = cue(&w, prev.as_deref(), next.as_deref()) {
            say(k);
        }
        prev = Some(w);
        current = next;
        next = ws.next();
    }
    // Only the next two words matter: lower-casing the rest of the document
    // for every figure made long reports quadratic.
    // Char by char, as the lower case of "trở lên" holds no final sigma, the
    // one char whose lower case depends on its neighbours.
    let after = || {
        text[end..]
            .trim_start()
            .chars()
            .take(12)
            .flat_map(char::to_lowercase)
    };
    let starts_with = |word: &str| {
        let mut after = after();
        word.chars().all(|c| after.next() == Some(c))
    };
    // Only "t"/"T" lower-cases to the "t" both start with.
    if text[end..]
        .trim_start()
        .as_bytes()
        .first()
        .is_some_and(|b| b.eq_ignore_ascii_case(&b't'))
    {
        if starts_with("trở lên") {
            say("above");
        } else if starts_with("trở xuống") {
            say("below");
        }
    }
    (0..PRIORITY.len())
        .find(|i| said & (1 << i) != 0)
        .map(|i| PRIORITY[i])
}

/// Words that open a clause without saying what is measured, split into
/// their words (tried in this order: "trong đó" before "trong").
const LEADING: &[&[&str]] = &[
    &["và"],
    &["là"],
    &["trong", "đó"],
    &["trong", "năm"],
    &["đồng", "thời"],
    &["nhất", "là"],
    &["riêng"],
    &["còn"],
    &["trong"],
    &["chiếm"],
];

/// What the figure at `start..end` measures (rules in the module doc).
/// `clause` is where the clause holding the figure starts.
fn context(
    text: &str,
    bounds: &mut Bounds,
    clause: usize,
    cut: usize,
    start: usize,
    end: usize,
    previous: Option<&Percentage>,
) -> Option<String> {
    // A percentage earlier in the same clause ("tăng 6,5% so tháng trước và
    // tăng 9,3%"): read only what follows it.
    let same_clause = previous.filter(|p| p.end > clause && p.end <= start);
    let from = same_clause.map_or(clause, |p| p.end);
    // "… đối với 100% cơ quan quản lý hành chính": the set measured follows.
    // Only "đ"/"Đ" lower-case to "đ": most runs are not lower-cased at all.
    let run = &text[cut..start];
    let clause_end = bounds.ends.end(text, end);
    if run.starts_with(['đ', 'Đ'])
        && lower(run).starts_with("đối với")
        && let Some(c) = noun_phrase_after(text, end, clause_end)
    {
        return Some(c);
    }
    if let Some(c) = noun_phrase_before(text, from, cut.max(from), same_clause.is_some()) {
        return Some(c);
    }
    if let Some(c) = noun_phrase_after(text, end, clause_end) {
        return Some(c);
    }
    if let Some(prev) = previous {
        let opens_parenthesis = prev.end <= from && text[prev.end..from].trim() == "(";
        if (opens_parenthesis || same_clause.is_some()) && prev.context.is_some() {
            return prev.context.clone();
        }
    }
    // The previous clause of the same sentence.
    let sentence = bounds.sentences.start(text, start);
    if from > sentence {
        let mut prev_end = text[..from]
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '(')
            .len();
        // Step over a parenthesis: "tổng sản phẩm trên địa bàn (GRDP) ước tăng".
        if text[..prev_end].ends_with(')')
            && let Some(open) = text[sentence..prev_end].rfind('(')
        {
            prev_end = text[..sentence + open].trim_end().len();
        }
        let prev_from = clause_start(text, prev_end).max(sentence);
        return noun_phrase_before(text, prev_from, prev_end, false);
    }
    None
}

/// The measured thing in `text[from..to]`: leading connectors and anything up
/// to a last "có"/"hoàn thành" (and "và" when `after_figure`, the span starting
/// right after another figure) dropped, at most the last 14 words.
pub(crate) fn noun_phrase_before(
    text: &str,
    from: usize,
    to: usize,
    after_figure: bool,
) -> Option<String> {
    let ws = words(text, from, to);
    // Words are compared in place with the lower-case words sought: no
    // lower-case copy of every word.
    let mut first = 0;
    for i in 0..ws.len() {
        let w = ws[i].1;
        if lower_is(w, "có")
            || (lower_is(w, "thành") && i > 0 && lower_is(ws[i - 1].1, "hoàn"))
            || (after_figure && lower_is(w, "và"))
        {
            first = i + 1;
        }
    }
    // Leading connectors and a leading year ("Năm 2022", "trong năm 2015").
    loop {
        let rest = &ws[first.min(ws.len())..];
        let skip = LEADING
            .iter()
            .find(|l| rest.len() >= l.len() && l.iter().zip(rest).all(|(l, (_, w))| lower_is(w, l)))
            .map(|l| l.len())
            .or_else(|| leading_time(rest));
        match skip {
            Some(n) => first += n,
            None => break,
        }
    }
    if first >= ws.len() {
        return None;
    }
    let first = first.max(ws.len().saturating_sub(14));
    trimmed(text, ws[first].0, to)
}

/// The number of words of a leading time phrase: "năm 2022", "đến năm 2025",
/// "đến nay", "hiện nay".
fn leading_time(rest: &[(usize, &str)]) -> Option<usize> {
    let is = |i: usize, sought: &[&str]| {
        rest.get(i)
            .is_some_and(|(_, w)| sought.iter().any(|s| lower_is(w, s)))
    };
    // Lower case leaves digits as they are and makes no digit of a letter.
    let is_year = |i: usize| {
        rest.get(i)
            .is_some_and(|(_, w)| w.bytes().all(|c| c.is_ascii_digit()))
    };
    if is(0, &["năm"]) && is_year(1) {
        Some(2)
    } else if is(0, &["đến", "từ", "tới", "vào"]) && is(1, &["năm"]) && is_year(2) {
        Some(3)
    } else if is(0, &["đến", "tới", "hiện"]) && is(1, &["nay"]) {
        Some(2)
    } else {
        None
    }
}

/// Words that continue a list of bodies after ", " ("sở, ngành", "huyện, thành phố").
pub(crate) const LIST_CONTINUATION: &[&str] = &[
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

/// Words after a figure that end the noun phrase it counts.
const STOP_AFTER: &[&str] = &[
    "so", "được", "đã", "đều", "đạt", "là", "có", "trong", "tại", "thực", "trở", "theo", "với",
    "vào", "của", "năm",
];

/// The noun phrase right after the figure ending at `end`, up to the clause end
/// (`stop`) or a verb, at most 14 words.
fn noun_phrase_after(text: &str, end: usize, mut stop: usize) -> Option<String> {
    // Read lazily: the phrase takes at most 14 words, often fewer, so the
    // rest of the clause is never split into words.
    let mut ws = words_iter(text, end, stop);
    let mut count = 0;
    let mut last = None;
    loop {
        let Some((at, w)) = ws.next() else {
            // A list of bodies goes on past ", ": "100% sở, ngành, các huyện".
            let Some(next) = text[stop..].strip_prefix(", ") else {
                break;
            };
            let next_word = next
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if count == 0 || !LIST_CONTINUATION.contains(&lower(next_word).as_ref()) {
                break;
            }
            let more_end = clause_end(text, stop + 2);
            ws = words_iter(text, stop + 2, more_end);
            stop = more_end;
            continue;
        };
        if count >= 14 || STOP_AFTER.contains(&lower(w).as_ref()) {
            break;
        }
        last = Some(at + w.len());
        count += 1;
    }
    last.and_then(|to| trimmed(text, end, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One expected percentage: value, qualifier, context (None = no context
    /// asserted when the phrase is about the qualifier or value only).
    type Expected = &'static [(f64, Option<&'static str>, Option<&'static str>)];

    const ANY: Option<&str> = Some("*");

    /// Real phrases (seeds and corpus) and the percentages read off them by hand.
    const EXAMPLES: &[(&str, Expected)] = &[
        (
            "tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt trên 99%Các sở",
            &[(
                99.0,
                Some("above"),
                Some("tỷ lệ hồ sơ TTHC giải quyết đúng hạn"),
            )],
        ),
        (
            "Năm 2022, chỉ số SIPAS khối sở đạt đạt 95,83% (cao hơn 2021 là 1,25%), 20/20 sở",
            &[
                (95.83, Some("reached"), Some("chỉ số SIPAS khối sở")),
                (1.25, Some("increase"), Some("chỉ số SIPAS khối sở")),
            ],
        ),
        (
            "20/20 sở, ngành có chỉ số SIPAS đạt từ 90% trở lên",
            &[(90.0, Some("above"), Some("chỉ số SIPAS"))],
        ),
        (
            "Chỉ số SIPAS khối huyện đạt 96,3% (cao hơn năm 2021 là 1,66%);",
            &[
                (96.3, Some("reached"), Some("Chỉ số SIPAS khối huyện")),
                (1.66, Some("increase"), Some("Chỉ số SIPAS khối huyện")),
            ],
        ),
        (
            "(Huyện Sông Mã có chỉ số SIPAS cao nhất, đạt 99,2%).",
            &[(99.2, Some("reached"), Some("chỉ số SIPAS cao nhất"))],
        ),
        (
            "Trong năm, 100% danh mục TTHC và quy trình nội bộ giải quyết TTHC các lĩnh vực được cập nhật",
            &[(
                100.0,
                None,
                Some("danh mục TTHC và quy trình nội bộ giải quyết TTHC các lĩnh vực"),
            )],
        ),
        (
            "đã hoàn thành 50/53 đầu công việc, đạt 94,3%; Hoàn thành",
            &[(94.3, Some("reached"), Some("50/53 đầu công việc"))],
        ),
        (
            "Hoàn thành 11/15 mục tiêu đạt 73,3%.",
            &[(73.3, Some("reached"), Some("11/15 mục tiêu"))],
        ),
        (
            "hoàn thành 17/19 mục tiêu (đạt 89,5% mục tiêu đầu nhiệm kỳ)",
            &[(89.5, Some("reached"), Some("mục tiêu đầu nhiệm kỳ"))],
        ),
        (
            "cải cách hành chính công đã có gần 95% đơn vị sự nghiệp công lập thực hiện cơ chế tự chủ",
            &[(95.0, Some("approximate"), Some("đơn vị sự nghiệp công lập"))],
        ),
        (
            "việc trả kết các quả thủ tục hành chính qua đường bưu điện đạt 70%;",
            &[(
                70.0,
                Some("reached"),
                Some("việc trả kết các quả thủ tục hành chính qua đường bưu điện"),
            )],
        ),
        ("đạt 70 phần trăm kế hoạch", &[(70.0, Some("reached"), ANY)]),
        (
            "chỉ số đạt 95,83 %",
            &[(95.83, Some("reached"), Some("chỉ số"))],
        ),
        (
            "Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn thành phố là 76%,",
            &[(
                76.0,
                None,
                Some("Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn thành phố"),
            )],
        ),
        (
            "tăng khoảng 10% so với kế hoạch",
            &[(10.0, Some("increase"), None)],
        ),
        (
            "tổng sản phẩm trên địa bàn (GRDP) ước tăng 5,29%",
            &[(5.29, Some("increase"), None)],
        ),
        (
            "chỉ số công nghiệp của tỉnh giảm 0,45% so với cùng kỳ",
            &[(0.45, Some("decrease"), Some("chỉ số công nghiệp của tỉnh"))],
        ),
        (
            "chỉ chiếm chưa đến 1% trong tất cả trường hợp",
            &[(1.0, Some("below"), ANY)],
        ),
        (
            "số nhiệm vụ đã thực hiện hoàn thành là 637 nhiệm vụ, đạt hơn 83%, còn lại",
            &[(83.0, Some("above"), Some("637 nhiệm vụ"))],
        ),
        (
            "trên 80% hệ thống kênh mương thủy lợi",
            &[(80.0, Some("above"), Some("hệ thống kênh mương thủy lợi"))],
        ),
        ("dưới 2,5 lít là 15%", &[(15.0, None, ANY)]),
        ("xe có dung tích dưới 5%", &[(5.0, Some("below"), ANY)]),
        (
            "tỷ lệ giải ngân đạt xấp xỉ 60%",
            &[(60.0, Some("approximate"), Some("tỷ lệ giải ngân"))],
        ),
        ("vượt 5% kế hoạch", &[(5.0, Some("above"), ANY)]),
        (
            "bằng 93,5% so với dự toán năm",
            &[(93.5, Some("reached"), None)],
        ),
        // a range gives both bounds, with one qualifier and context
        (
            "chỉ tiêu tăng trưởng cả năm từ 8,5- 9%",
            &[
                (8.5, None, Some("chỉ tiêu tăng trưởng cả năm")),
                (9.0, None, Some("chỉ tiêu tăng trưởng cả năm")),
            ],
        ),
        (
            "tỷ lệ sử dụng nước hợp vệ sinh đạt 80-90%",
            &[
                (
                    80.0,
                    Some("reached"),
                    Some("tỷ lệ sử dụng nước hợp vệ sinh"),
                ),
                (
                    90.0,
                    Some("reached"),
                    Some("tỷ lệ sử dụng nước hợp vệ sinh"),
                ),
            ],
        ),
        (
            "luôn vượt từ 15 đến 20%",
            &[(15.0, Some("above"), ANY), (20.0, Some("above"), ANY)],
        ),
        (
            "Mức tăng trưởng năm 2017 phấn đấu đạt 10,2-10,5%.",
            &[
                (
                    10.2,
                    Some("reached"),
                    Some("Mức tăng trưởng năm 2017 phấn đấu"),
                ),
                (
                    10.5,
                    Some("reached"),
                    Some("Mức tăng trưởng năm 2017 phấn đấu"),
                ),
            ],
        ),
        (
            "cao hơn 12-15% so với giai đoạn 2008-2013. Có 9-11% doanh nghiệp tham gia",
            &[
                (12.0, Some("increase"), None),
                (15.0, Some("increase"), None),
                (9.0, None, Some("doanh nghiệp tham gia")),
                (11.0, None, Some("doanh nghiệp tham gia")),
            ],
        ),
        (
            "giảm từ 20 – 25 phần trăm chi phí",
            &[(20.0, Some("decrease"), ANY), (25.0, Some("decrease"), ANY)],
        ),
        (
            "Tỷ lệ che phủ rừng tiếp tục tăng, đến nay đạt trên 70%",
            &[(70.0, Some("above"), ANY)],
        ),
        ("chiếm 79,40% diện tích tự nhiên", &[(79.4, None, ANY)]),
        (
            "với tỷ lệ 100% đại biểu dự kỳ họp tán thành",
            &[(100.0, None, ANY)],
        ),
        (
            "100% sở, ngành, các huyện",
            &[(100.0, None, Some("sở, ngành"))],
        ),
        (
            "tăng 15,07% về số DN, tăng 72,66% về số vốn",
            &[
                (15.07, Some("increase"), ANY),
                (72.66, Some("increase"), ANY),
            ],
        ),
        (
            "tổng mức bán lẻ tháng 1 đạt 188.017 tỷ đồng (tăng 6,5% so tháng trước và tăng 9,3% so cùng kỳ)",
            &[
                (
                    6.5,
                    Some("increase"),
                    Some("tổng mức bán lẻ tháng 1 đạt 188.017 tỷ đồng"),
                ),
                (
                    9.3,
                    Some("increase"),
                    Some("tổng mức bán lẻ tháng 1 đạt 188.017 tỷ đồng"),
                ),
            ],
        ),
        (
            "thuế với xe dưới 2,5 lít là 15%; 2,5-3 lít là 20% và trên 3 lít là 25%.",
            &[
                (15.0, None, Some("thuế với xe dưới 2,5 lít")),
                (20.0, None, Some("2,5-3 lít")),
                (25.0, None, Some("trên 3 lít")),
            ],
        ),
        (
            "phấn đấu đến năm 2020 tỷ lệ chôn lấp rác còn 60% và đến năm 2025 còn 25%.",
            &[
                (60.0, None, Some("phấn đấu đến năm 2020 tỷ lệ chôn lấp rác")),
                (25.0, None, Some("phấn đấu đến năm 2020 tỷ lệ chôn lấp rác")),
            ],
        ),
        (
            "Tỷ lệ che phủ rừng tiếp tục tăng, đến nay đạt trên 70%.",
            &[(
                70.0,
                Some("above"),
                Some("Tỷ lệ che phủ rừng tiếp tục tăng"),
            )],
        ),
        (
            "tổng sản phẩm trên địa bàn (GRDP) ước tăng 5,29%",
            &[(5.29, Some("increase"), Some("tổng sản phẩm trên địa bàn"))],
        ),
        (
            "tỷ lệ cử tri đồng ý phương án sắp xếp nói trên chiếm 96,39% tổng số cử tri",
            &[(
                96.39,
                None,
                Some("tỷ lệ cử tri đồng ý phương án sắp xếp nói trên"),
            )],
        ),
        (
            "đã được các bộ, ngành, địa phương xử lý và trả lời doanh nghiệp, đạt tỷ lệ 76,1%.",
            &[(
                76.1,
                Some("reached"),
                Some("địa phương xử lý và trả lời doanh nghiệp"),
            )],
        ),
        (
            "trong đó huyện Hoài Ân dẫn đầu với 41,38%, tiếp đến",
            &[(41.38, None, Some("huyện Hoài Ân dẫn đầu"))],
        ),
        (
            "phấn đấu tăng trưởng GRDP năm 2025 đạt từ 11,5 - 12,4% trở lên.",
            &[
                (
                    11.5,
                    Some("above"),
                    Some("phấn đấu tăng trưởng GRDP năm 2025"),
                ),
                (
                    12.4,
                    Some("above"),
                    Some("phấn đấu tăng trưởng GRDP năm 2025"),
                ),
            ],
        ),
        (
            "cơ chế tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí đối với 100% cơ quan quản lý hành chính, đơn vị sự nghiệp công lập... Qua đó",
            &[(
                100.0,
                None,
                Some("cơ quan quản lý hành chính, đơn vị sự nghiệp công lập"),
            )],
        ),
        (
            "tỷ lệ bao phủ bảo hiểm y tế đạt chín mươi phần trăm",
            &[(90.0, Some("reached"), Some("tỷ lệ bao phủ bảo hiểm y tế"))],
        ),
        (
            "tăng hai trăm ba mươi phần trăm",
            &[(230.0, Some("increase"), None)],
        ),
        (
            "đạt chín mươi lăm phần trăm kế hoạch",
            &[(95.0, Some("reached"), ANY)],
        ),
        // markup in the page, past a tag's "<"
        (
            "<div class=\"tin\">tỷ lệ hồ sơ đúng hạn đạt 95%</div>",
            &[(95.0, Some("reached"), ANY)],
        ),
        // the body after a front-matter block
        (
            "---\ntitle: \"Cục Thuế thu ngân sách tháng 1 đạt gần 13% dự toán\"\n---\n[Cục Thuế thu ngân sách tháng 1 đạt gần 13% dự toán](https://x.vn/a.html)",
            &[(13.0, Some("approximate"), ANY)],
        ),
        // not percentages
        ("mức trích (tỷ lệ phần trăm) từ các khoản thu", &[]),
        ("Sáu phần trămx", &[]),
        ("<table width='100%'>", &[]),
        ("width:100%", &[]),
        ("<select style=\"width: 100%\" id=\"cbo-weblink\">", &[]),
        ("<td style=\"padding: 0 5%; width: 45 %\">", &[]),
        // "hai trăm ba" is said for 230: neither 203 nor its tail "ba" is read
        ("tăng hai trăm ba phần trăm", &[]),
        ("mã A5%", &[]),
        ("Tổng số lượt truy cập: 40503542", &[]),
        ("ngày 12/1/2023, đạt 94,3 điểm", &[]),
        ("ISO 9001:2008", &[]),
    ];

    #[test]
    fn examples() {
        for (phrase, expected) in EXAMPLES {
            let got = find_percentages(phrase);
            assert_eq!(got.len(), expected.len(), "{phrase:?}: {got:#?}");
            for (p, (value, qualifier, context)) in got.iter().zip(expected.iter()) {
                assert_eq!(&phrase[p.start..p.end], p.text, "{phrase:?}");
                assert!((p.value - value).abs() < 1e-9, "{phrase:?}: {p:?}");
                assert_eq!(p.qualifier.as_deref(), *qualifier, "{phrase:?}: {p:?}");
                match context {
                    Some("*") => assert!(p.context.is_some(), "{phrase:?}: {p:?}"),
                    Some(c) => assert_eq!(p.context.as_deref(), Some(*c), "{phrase:?}"),
                    None => {}
                }
            }
        }
    }

    fn values(text: &str) -> Vec<f64> {
        find_percentages(text).iter().map(|p| p.value).collect()
    }

    #[test]
    fn seeds() {
        let seeds: [(&str, &[f64]); 5] = [
            (
                include_str!("../../../fixtures/000_son_la_cchc_2016.txt"),
                &[100.0, 95.0, 100.0],
            ),
            (
                include_str!("../../../fixtures/001_bac_kan_cchc_2017.txt"),
                &[],
            ),
            (
                include_str!("../../../fixtures/002_cchc_index_2015.txt"),
                &[],
            ),
            (
                include_str!("../../../fixtures/003_an_giang_cchc_2015.txt"),
                &[94.3, 73.3, 89.5, 100.0, 70.0],
            ),
            (
                include_str!("../../../fixtures/004_son_la_sipas_2022.txt"),
                &[
                    100.0, 99.0, 100.0, 95.83, 1.25, 90.0, 100.0, 96.3, 1.66, 90.0, 99.2,
                ],
            ),
        ];
        for (i, (text, expected)) in seeds.iter().enumerate() {
            assert_eq!(values(text), *expected, "seed {i}");
        }
    }

    /// False for a number glued to a word, or a percentage inside page
    /// markup, each tag searched afresh.
    fn standalone(text: &str, start: usize) -> bool {
        !glued(text, start) && !TagCursor::default().inside(text, start)
    }

    /// The figures as found before: both regexes over the whole text.
    fn figures_scanning_everything(text: &str) -> Vec<(usize, usize, f64)> {
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

    #[test]
    fn marks_find_what_scanning_finds() {
        for (phrase, _) in EXAMPLES {
            assert_eq!(figures(phrase), figures_scanning_everything(phrase));
        }
        for text in [
            include_str!("../../../fixtures/004_son_la_sipas_2022.txt"),
            include_str!("../../../fixtures/003_an_giang_cchc_2015.txt"),
        ] {
            assert_eq!(figures(text), figures_scanning_everything(text));
        }
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

    /// A document of percentages only: the facts stop one past what a record keeps.
    #[test]
    fn a_document_of_percentages_stops_one_past_the_record_limit() {
        let text = "Tỷ lệ đạt 95%, ".repeat(crate::extract::MAX_FACTS + 50);
        let found = find_percentages(&text);
        assert_eq!(found.len(), crate::extract::MAX_FACTS + 1);
        assert_eq!(found[0].value, 95.0);
        assert_eq!(found[crate::extract::MAX_FACTS].value, 95.0);
        // The record keeps the limit and says it cut.
        let record = crate::extract(&text);
        assert_eq!(record.percentages.len(), crate::extract::MAX_FACTS);
        assert!(record.truncated);
    }

    /// Figures in a row, in one clause longer than the span a clause is
    /// looked for in: each is read as alone.
    #[test]
    fn figures_in_a_row() {
        let text = "Tỷ lệ đạt 95% ".repeat(200);
        let found = find_percentages(&text);
        assert_eq!(found.len(), 200);
        for p in &found {
            assert_eq!((p.value, p.qualifier.as_deref()), (95.0, Some("reached")));
            assert_eq!(p.context.as_deref(), Some("Tỷ lệ"), "{p:?}");
        }
        let text = "95% ".repeat(2000);
        let found = find_percentages(&text);
        assert_eq!(found.len(), 2000);
        assert!(found.iter().all(|p| p.qualifier.is_none()));
    }

    #[test]
    fn never_panics() {
        for s in ["%", "1%", "ể%", "(%", "9,%", "1 - %", "đạt ,5%", "=\"1%"] {
            let _ = find_percentages(s);
        }
    }
}
