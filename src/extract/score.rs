//! Scores: "91,19/100 điểm", "96,79 điểm", "giảm 1,76 điểm".
//!
//! # Rules
//!
//! A score is a number read by [`crate::extract::number`], optionally "/M"
//! (`out_of`), then the word "điểm" ("91,19/100 điểm", "96,79 điểm"; "ĐIỂM"
//! in capitals too). Not scores: "Điểm" with a capital after a number (a new
//! label in a stats table: "1/2 Điểm trên lưới"), "điểm" opening another noun ("120 điểm cầu" is video-conference
//! sites, "5 điểm trường", "3 điểm giao dịch"), a number glued to a word, a
//! value above its `out_of`.
//!
//! `change` is "increase"/"decrease" when the words right before the number say
//! so (tăng, giảm, cao hơn, thấp hơn; the same qualifier run as percentages,
//! from `extract/figure/`):
//! "giảm 1,76 điểm", "tăng 0,37 điểm".
//!
//! `subject` (best effort): the clause before the number, cut at its first
//! predicate word (đạt, đứng, xếp, với, là, được, tăng, giảm) and read like a
//! percentage's context: "Sở Giao thông Vận tải đứng đầu với 96,79 điểm" →
//! "Sở Giao thông Vận tải". A change with no subject of its own ("…/100
//! điểm, giảm 1,76 điểm") takes the subject of the score just before it in the
//! same sentence.

use std::sync::LazyLock;

use memchr::memmem;
use regex::Regex;
use schemars::JsonSchema;
use serde::Serialize;

use crate::extract::figure::{noun_phrase_before, qualifier, qualifier_run_start};
use crate::extract::number::parse_number;
use crate::text::case::lower;
use crate::text::clause::{clause_start, sentence_start};
use crate::text::words::words_iter;

/// One score in the text.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Score {
    /// The score as written: "91,19/100 điểm".
    pub text: String,
    /// The number, with a dot: 91.19.
    pub value: f64,
    /// The maximum when stated ("/100 điểm").
    pub out_of: Option<f64>,
    /// "increase" or "decrease" for a change, else null.
    pub change: Option<String>,
    /// Who or what scored it, best effort: the clause before the number
    /// ("Sở Giao thông Vận tải").
    pub subject: Option<String>,
    /// Where `text` starts: a character offset into the normalized text.
    pub start: usize,
    /// Where `text` ends, as `start`.
    pub end: usize,
}

static SCORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d+(?:[.,]\d+)*)(?: ?/ ?(\d+(?:[.,]\d+)*))? ?(?:điểm|ĐIỂM)").unwrap()
});

/// Spans of "điểm" and "ĐIỂM", the words every score ends with, in text
/// order. Two memmem scans beat one automaton whose prefilter keys on bytes
/// common in Vietnamese.
fn points(text: &str) -> Vec<(usize, usize)> {
    static LOWER: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("điểm"));
    static UPPER: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("ĐIỂM"));
    let bytes = text.as_bytes();
    let mut out: Vec<(usize, usize)> = LOWER.find_iter(bytes).map(|i| (i, i + 7)).collect();
    let before = out.len();
    out.extend(UPPER.find_iter(bytes).map(|i| (i, i + 7)));
    if out.len() > before && before > 0 {
        out.sort_unstable();
    }
    out
}

/// Words after "điểm" that make it another noun, not points.
const NOT_POINTS: &[&str] = &[
    "cầu",
    "trường",
    "giao",
    "bưu",
    "du",
    "thi",
    "dân",
    "nóng",
    "đen",
    "bán",
    "tựa",
    "tiếp",
    "truy",
    "xanh",
    "sáng",
    "cân",
    "ngắm",
    "đỗ",
    "dừng",
    "đón",
    "tập",
    "kinh",
    "sạt",
    "ngập",
    "chốt",
    "mua",
    "thu",
    "cấp",
    "phát",
    "thanh",
    "trông",
    "chợ",
    "trạm",
];

/// Words that end a score's subject.
const PREDICATES: &[&str] = &["đạt", "đứng", "xếp", "với", "là", "được", "tăng", "giảm"];

/// Every score in `text`, in text order.
pub fn find_scores(text: &str) -> Vec<Score> {
    let mut out: Vec<Score> = Vec::new();
    // Every match ends with "điểm" right after a run of number chars, so the
    // regex only reads the few bytes before each "điểm".
    for (mark, mark_end) in points(text) {
        let mut from = mark;
        for (i, c) in text[..mark].char_indices().rev() {
            if !(c.is_numeric() || matches!(c, '.' | ',' | '/' | ' ')) {
                break;
            }
            from = i;
        }
        // "địa điểm", "thời điểm", "điểm cầu": most "điểm" follow no
        // number, and the regex needs a digit.
        if !text[from..mark].chars().any(char::is_numeric) {
            continue;
        }
        let Some(caps) = SCORE.captures(&text[from..mark_end]) else {
            continue;
        };
        let whole = caps.get(0).unwrap();
        let (start, end) = (from + whole.start(), from + whole.end());
        if !standalone(text, start, end) {
            continue;
        }
        let Some(value) = parse_number(&caps[1]) else {
            continue;
        };
        let out_of = match caps.get(2) {
            Some(m) => match parse_number(m.as_str()) {
                Some(max) if max > 0.0 && value <= max => Some(max),
                _ => continue,
            },
            None => None,
        };
        let cut = qualifier_run_start(text, start);
        let change = qualifier(text, cut, start, end)
            .filter(|q| matches!(*q, "increase" | "decrease"))
            .map(str::to_string);
        let mut subject = subject(text, cut);
        if subject.is_none()
            && change.is_some()
            && let Some(prev) = out.last()
            && prev.end >= sentence_start(text, start)
        {
            subject = prev.subject.clone();
        }
        out.push(Score {
            text: whole.as_str().to_string(),
            value,
            out_of,
            change,
            subject,
            start,
            end,
        });
    }
    out
}

/// False for a number glued to a word or number, or "điểm" opening another noun.
fn standalone(text: &str, start: usize, end: usize) -> bool {
    let mut back = text[..start].chars().rev();
    let before = back.next();
    if before.is_some_and(|c| c.is_alphanumeric() || c == '/') {
        return false;
    }
    if matches!(before, Some(',' | '.')) && back.next().is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    let rest = &text[end..];
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return false;
    }
    let next = rest
        .strip_prefix(' ')
        .and_then(|r| r.split([' ', ',', '.', ';']).next())
        .map(lower);
    !next.is_some_and(|w| NOT_POINTS.contains(&w.as_ref()))
}

/// The subject of the score whose qualifier run starts at `cut` (rules in the
/// module doc).
fn subject(text: &str, cut: usize) -> Option<String> {
    let from = clause_start(text, cut);
    // Lazily: the words after the first predicate are never split.
    let to = words_iter(text, from, cut)
        .find(|(_, w)| PREDICATES.contains(&lower(w).as_ref()))
        .map_or(cut, |(at, _)| at);
    noun_phrase_before(text, from, to, false)
}

#[cfg(test)]
mod tests;
