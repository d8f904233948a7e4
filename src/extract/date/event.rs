//! The date of the main event a report is about.
//!
//! # Rules
//!
//! A candidate is a day with a full date that is
//! - not a cited document's date (`document`: "06/GP-TTĐT ngày 19/6/2019",
//!   "Nghị quyết số 35/NQ-CP ngày 16/5/2016", "thông qua ngày ...");
//! - not on the publication stamp's line (the stamp dates the page, not the
//!   event);
//! - not a limit ("đến ngày 30/6", "trước ngày", "từ ngày", "kể từ ngày").
//!
//! The event date is the first candidate, in text order, whose sentence
//! names an event: hội nghị, hội thảo, tổ chức, chủ trì, diễn ra, khai mạc,
//! bế mạc, (kỳ/cuộc/buổi) họp, làm việc, lễ, đại hội, tọa đàm, giao ban,
//! công bố, tổng kết, sơ kết, kiểm tra, trao, tiếp, thăm. Reports open with
//! their event ("Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị ..."), so
//! the first such sentence is the lead. Without one there is no event date:
//! a wrong date is worse than none. A day whose year could not be inferred
//! (`--MM-DD`) is never the event date.

use std::sync::LazyLock;

use regex::Regex;

use super::cue;
use super::{DateFact, DateKind, stamp};

/// Nouns and verbs of an event. Only `is_match` is asked, so the words
/// that need a boundary are grouped behind one; the boundary is
/// `(?i)[^\p{L}]` written out (U+0345 folds to a letter), cheaper to build.
static EVENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:hội nghị|hội thảo|tổ chức|chủ trì|diễn ra|khai mạc|bế mạc|họp|làm việc|đại hội|tọa đàm|giao ban|công bố|tổng kết|sơ kết|kiểm tra|thăm)|(?:^|[^\p{L}\x{345}])(?:(?i:lễ|trao)(?:$|[^\p{L}\x{345}])|(?i:tiếp(?: và làm việc| đoàn| xúc)))",
    )
    .unwrap()
});

fn sentence(text: &str, start: usize, end: usize) -> &str {
    &text[cue::sentence_range(text, start, end)]
}

pub fn event_date(text: &str, dates: &[DateFact]) -> Option<String> {
    event_date_with_stamp(text, dates, stamp::find(text).as_ref())
}

/// [`event_date`] given the page's stamp, when the caller has found it already.
pub fn event_date_with_stamp(
    text: &str,
    dates: &[DateFact],
    stamp: Option<&stamp::Stamp>,
) -> Option<String> {
    let stamp_line = stamp.map(|s| {
        let line_start = text[..s.span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[s.span.end..]
            .find('\n')
            .map_or(text.len(), |i| s.span.end + i);
        line_start..line_end
    });
    dates
        .iter()
        .filter(|d| d.kind == DateKind::Day && !d.document && !d.value.starts_with("--"))
        .filter(|d| {
            d.end <= text.len() && text.is_char_boundary(d.start) && text.is_char_boundary(d.end)
        })
        .filter(|d| !stamp_line.as_ref().is_some_and(|l| l.contains(&d.start)))
        .filter(|d| !cue::is_limit(text, d.start))
        .find(|d| EVENT_WORD.is_match(sentence(text, d.start, d.end)))
        .map(|d| d.value.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The regrouped pattern matches what the first one did.
        #[test]
        fn event_word_matches_as_first_written(s in "(lễ|LỄ|trao|Trao|tiếp|tiếp đoàn|tiếp xúc|thăm|họp|a|\u{345}|ι|1| |,|\n){0,8}") {
            let first = Regex::new(r"(?i)hội nghị|hội thảo|tổ chức|chủ trì|diễn ra|khai mạc|bế mạc|họp|làm việc|(?:^|[^\p{L}])lễ(?:$|[^\p{L}])|đại hội|tọa đàm|giao ban|công bố|tổng kết|sơ kết|kiểm tra|(?:^|[^\p{L}])trao(?:$|[^\p{L}])|(?:^|[^\p{L}])tiếp(?: và làm việc| đoàn| xúc)|thăm").unwrap();
            prop_assert_eq!(EVENT_WORD.is_match(&s), first.is_match(&s));
        }
    }
}
