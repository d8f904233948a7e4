//! Percentages, with what they measure and how sure the text is.
//!
//! A percentage is a figure found by `extract/figure/`, the base
//! it shares with ratios and scores, which also reads its qualifier and the
//! noun phrase before it; the rest of its context is read here. The rules
//! of all three are below; the examples that check them are in `tests.rs`.
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
//! scanned once, forward (the clause cursors of `text/clause.rs`,
//! the figure scan's tag cursor), so a text of figures in a row ("95% 95%
//! …") costs in proportion to its length.

use schemars::JsonSchema;
use serde::Serialize;

use crate::extract::figure::{
    Figure, LIST_CONTINUATION, figures, noun_phrase_before, qualifier, run_start_in_clause,
};
use crate::text::case::lower;
use crate::text::clause::{EndCursor, StartCursor, clause_end, clause_start};
use crate::text::words::{trimmed, words_iter};

/// One percentage in the text.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Percentage {
    /// The figure as written, a range whole for its first bound ("8,5-
    /// 9%"): "94,3%".
    pub text: String,
    /// The number, with a dot: 94.3 for "94,3%".
    pub value: f64,
    /// approximate, above, below, reached, increase, decrease, or null.
    pub qualifier: Option<String>,
    /// The words that say what is measured, trimmed to the clause.
    pub context: Option<String>,
    /// Where `text` starts: a character offset into the normalized text.
    pub start: usize,
    /// Where `text` ends, as `start`.
    pub end: usize,
}

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
mod tests;
