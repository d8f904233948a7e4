//! The event rule's searches, made once per document instead of once per
//! candidate day.
//!
//! What it replaces: for each candidate day, `cue::sentence_to_period` (two
//! byte walks of up to 1,500 bytes each way) and the event words, "diễn ra"
//! and the announcement words matched by regex over that sentence (up to
//! 3 KB). A page where every day is a candidate and none is an event's, such
//! as 5 MB of "1/1/2020 ", read each byte about 330 times.
//!
//! Here the line ends and ". " marks are listed once ([`Sentences`]) and a
//! sentence is two binary searches; the words are found once, in text order
//! and only as far as the candidates reach ([`Words`]), each with whether
//! its boundaries hold, and a sentence asks a binary search.
//!
//! Oracles: the tests below hold [`Sentences::around`] equal to
//! `cue::sentence_to_period`, and [`Words::event_in`], [`Words::happens_in`],
//! [`Words::announces_in`] equal to the regexes of the rules run on the
//! slice, on generated texts and every slice of them.
//!
//! Gain, debug build, whole process, median of 5 interleaved runs: 5 MB of
//! "1/1/2020 " 5.21 -> 1.81 s CPU; 5 MB of the corpus's reports 0.27 ->
//! 0.28 s; 2,000 generated reports 0.57 -> 0.58 s (the listing stops at the
//! lead's event word). Same records on the corpus, the fixtures and the
//! 2,000 reports.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::cue;
use super::event::{ANNOUNCE_WORDS, BOUNDED_WORDS, EVENT_NOUNS, HAPPENS_WORDS, LEFT_BOUNDED_WORDS};

/// The line ends and ". " of a text: where sentences are cut.
pub struct Sentences {
    /// Offsets of "\n".
    lines: Vec<usize>,
    /// Offsets of the "." of every ". ".
    periods: Vec<usize>,
}

impl Sentences {
    pub fn new(text: &str) -> Sentences {
        let b = text.as_bytes();
        Sentences {
            lines: memchr::memchr_iter(b'\n', b).collect(),
            periods: memchr::memchr_iter(b'.', b)
                .filter(|&i| b.get(i + 1) == Some(&b' '))
                .collect(),
        }
    }

    /// `cue::sentence_to_period(text, start, end)`.
    pub fn around(&self, text: &str, start: usize, end: usize) -> Range<usize> {
        let (lo, hi) = cue::sentence_reach(text, start, end);
        // The last line end in lo..start, the last ". " whose space is
        // before `start`.
        let line = last_below(&self.lines, start).filter(|&i| i >= lo);
        let period = last_below(&self.periods, start.saturating_sub(1)).filter(|&i| i >= lo);
        let from = line
            .map(|i| i + 1)
            .into_iter()
            .chain(period.map(|i| i + 2))
            .max()
            .unwrap_or(lo);
        // The first line end in end..hi, the first ". " whose space is
        // before `hi`.
        let line = first_from(&self.lines, end).filter(|&i| i < hi);
        let period = first_from(&self.periods, end).filter(|&i| i + 1 < hi);
        let to = line.into_iter().chain(period).min().unwrap_or(hi);
        from..to
    }
}

/// The last of `sorted` below `bound`.
fn last_below(sorted: &[usize], bound: usize) -> Option<usize> {
    let i = sorted.partition_point(|&x| x < bound);
    i.checked_sub(1).map(|i| sorted[i])
}

/// The first of `sorted` at or after `bound`.
fn first_from(sorted: &[usize], bound: usize) -> Option<usize> {
    sorted.get(sorted.partition_point(|&x| x < bound)).copied()
}

/// Every word of the rule, without boundaries.
static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "(?i:{EVENT_NOUNS}|{BOUNDED_WORDS}|{LEFT_BOUNDED_WORDS}|{HAPPENS_WORDS}|{ANNOUNCE_WORDS})"
    ))
    .unwrap()
});

/// Which list a word of [`WORDS`] is from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    Event,
    /// An event word bounded on both sides ("lễ", "trao").
    Bounded,
    /// An event word bounded on the left ("tiếp đoàn").
    LeftBounded,
    Happens,
    Announces,
}

/// The list of a word found by [`WORDS`], by its lower case: the words of
/// the lists other than the event nouns hold no letter whose lower case is
/// not its case fold (as "ſ", "K" are), and no event noun has their lower
/// case.
fn list_of(word: &str) -> List {
    let lower = word.to_lowercase();
    match lower.as_str() {
        "lễ" | "trao" => List::Bounded,
        "diễn ra" => List::Happens,
        "cho biết" | "thông báo" => List::Announces,
        w if w.starts_with("tiếp") => List::LeftBounded,
        _ => List::Event,
    }
}

/// What a boundary is not: `[\p{L}\x{345}]`, as the rule's patterns write it.
static LETTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[\p{L}\x{345}]").unwrap());

/// More bytes than any match of [`WORDS`] holds: its longest word is 16
/// chars, a char folded from another case at most 4 bytes.
const MAX_WORD: usize = 80;

/// An event word whose boundary fails somewhere: it counts only in a
/// slice that it starts (a failed left boundary) or ends (a failed right
/// one).
#[derive(Debug, Clone, Copy)]
struct Edged {
    start: usize,
    end: usize,
    left_ok: bool,
    right_ok: bool,
}

/// The words of a text, found in text order as far as asked.
pub struct Words<'t> {
    text: &'t str,
    /// Every word starting before this is listed.
    listed: usize,
    /// Where the next search starts.
    resume: usize,
    /// Event words valid in any slice that holds them.
    event: Vec<Range<usize>>,
    /// Event words with a failed boundary.
    edged: Vec<Edged>,
    happens: Vec<Range<usize>>,
    announces: Vec<Range<usize>>,
}

impl<'t> Words<'t> {
    pub fn new(text: &'t str) -> Words<'t> {
        Words {
            text,
            listed: 0,
            resume: 0,
            event: Vec::new(),
            edged: Vec::new(),
            happens: Vec::new(),
            announces: Vec::new(),
        }
    }

    /// Lists every word that starts in `from..upto`: any such word ends
    /// before `upto + MAX_WORD`, so the search stops there. The words
    /// before `from` are not needed: the ranges asked start in order. With
    /// `stop`, stops at the first event word, valid in any slice, that lies
    /// within `from..upto`, and says so (the lead's event word usually ends
    /// the search).
    fn list(&mut self, from: usize, upto: usize, stop: bool) -> bool {
        self.resume = self.resume.max(from);
        if upto <= self.listed {
            return false;
        }
        let text = self.text;
        let hay = &text[..text.ceil_char_boundary(upto + MAX_WORD)];
        let mut pos = self.resume;
        loop {
            let Some(m) = WORDS.find_at(hay, pos) else {
                // No word starts in pos..upto.
                pos = pos.max(upto);
                break;
            };
            if m.start() >= upto {
                pos = m.start();
                break;
            }
            let r = m.range();
            let list = list_of(m.as_str());
            match list {
                List::Happens => self.happens.push(r),
                List::Announces => self.announces.push(r),
                _ => {
                    let left_ok = list == List::Event || boundary_before(text, r.start);
                    let right_ok = list != List::Bounded || boundary_after(text, r.end);
                    if left_ok && right_ok {
                        self.event.push(r.clone());
                        if stop && r.start >= from && r.end <= upto {
                            let next =
                                r.start + cue::char_after(text, r.start).map_or(1, char::len_utf8);
                            self.resume = next;
                            self.listed = next;
                            return true;
                        }
                    } else {
                        self.edged.push(Edged {
                            start: r.start,
                            end: r.end,
                            left_ok,
                            right_ok,
                        });
                    }
                }
            }
            // Words may overlap ("ngày hội nghị"): the next search starts
            // one char further, not past the match.
            pos = m.start() + cue::char_after(text, m.start()).map_or(1, char::len_utf8);
        }
        self.resume = pos;
        self.listed = upto;
        false
    }

    /// An event word in `text[range]`, as the rule's regex finds it there.
    /// The ranges asked of a `Words` start in text order.
    pub fn event_in(&mut self, range: Range<usize>) -> bool {
        if holds_one(&self.event, &range) || self.list(range.start, range.end, true) {
            return true;
        }
        // A word with a failed boundary counts where the slice's edge
        // stands in for it: it starts at the slice's start or ends at its
        // end, so it starts at `range.start` or less than MAX_WORD before
        // `range.end`.
        let at = |from: usize| self.edged.partition_point(|e| e.start < from);
        let near_start = &self.edged[at(range.start)..at(range.start + 1)];
        let near_end =
            &self.edged[at(range.end.saturating_sub(MAX_WORD)).max(at(range.start))..at(range.end)];
        near_start.iter().chain(near_end).any(|e| {
            range.start <= e.start
                && e.end <= range.end
                && (e.left_ok || e.start == range.start)
                && (e.right_ok || e.end == range.end)
        })
    }

    /// "diễn ra" in `text[range]`.
    pub fn happens_in(&mut self, range: Range<usize>) -> bool {
        self.list(range.start, range.end, false);
        holds_one(&self.happens, &range)
    }

    /// An announcement's word in `text[range]`; asked within the range of
    /// the last `event_in`, it does not move the start on.
    pub fn announces_in(&mut self, range: Range<usize>) -> bool {
        self.list(0, range.end, false);
        holds_one(&self.announces, &range)
    }
}

/// One of `words` (in order of start) lies within `range`. Those that start
/// in it and end past it start less than MAX_WORD before its end: few are
/// passed over.
fn holds_one(words: &[Range<usize>], range: &Range<usize>) -> bool {
    let from = words.partition_point(|w| w.start < range.start);
    words[from..]
        .iter()
        .take_while(|w| w.start < range.end)
        .any(|w| w.end <= range.end)
}

fn boundary_before(text: &str, pos: usize) -> bool {
    cue::char_before(text, pos).is_none_or(|c| !LETTER.is_match(c.encode_utf8(&mut [0; 4])))
}

fn boundary_after(text: &str, pos: usize) -> bool {
    cue::char_after(text, pos).is_none_or(|c| !LETTER.is_match(c.encode_utf8(&mut [0; 4])))
}

#[cfg(test)]
mod tests {
    use super::super::event::{ANNOUNCES, EVENT_WORD, HAPPENS};
    use super::*;
    use proptest::prelude::*;

    /// Every char boundary of `s`.
    fn bounds(s: &str) -> Vec<usize> {
        s.char_indices().map(|(i, _)| i).chain([s.len()]).collect()
    }

    /// Each word of the rule is shorter than MAX_WORD in any case.
    #[test]
    fn max_word_holds_every_word() {
        for list in [
            EVENT_NOUNS,
            BOUNDED_WORDS,
            LEFT_BOUNDED_WORDS,
            HAPPENS_WORDS,
            ANNOUNCE_WORDS,
        ] {
            let longest = list
                .replace(['(', ')', '?', ':'], "|")
                .split('|')
                .map(|w| w.chars().count())
                .max()
                .unwrap();
            assert!(longest * 4 < MAX_WORD, "{list}");
        }
        assert!("tiếp và làm việc".chars().count() * 4 < MAX_WORD);
    }

    /// A text made of the rule's words, look-alikes, letters that fold
    /// (ſ, K, U+0345), marks and spaces.
    const TEXT: &str = "(lễ|LỄ|Lễ|trao|TRAO|tiếp|tiếp đoàn|tiếp xúc|tiếp và làm việc|ngày hội|hội nghị|họp|thăm|diễn ra|DIỄN RA|cho biết|thông báo|ſ|K|\u{345}|ι|a|1|;| |\\. |\\.|\n){0,14}";

    proptest! {
        /// The index finds a word in every slice where the regexes do, and
        /// only there.
        #[test]
        fn words_as_the_regexes(s in TEXT) {
            let b = bounds(&s);
            for (i, &a) in b.iter().enumerate() {
                for &e in &b[i..] {
                    // Asked in text order, as the rule asks, and again
                    // afresh.
                    let mut words = Words::new(&s);
                    prop_assert_eq!(words.event_in(a..e), EVENT_WORD.is_match(&s[a..e]), "{:?} {}..{}", s, a, e);
                    prop_assert_eq!(words.happens_in(a..e), HAPPENS.is_match(&s[a..e]));
                    prop_assert_eq!(words.announces_in(a..e), ANNOUNCES.is_match(&s[a..e]));
                }
            }
            let mut words = Words::new(&s);
            for (i, &a) in b.iter().enumerate() {
                for &e in &b[i..] {
                    prop_assert_eq!(words.event_in(a..e), EVENT_WORD.is_match(&s[a..e]), "{:?} {}..{}", s, a, e);
                    prop_assert_eq!(words.happens_in(a..e), HAPPENS.is_match(&s[a..e]));
                    prop_assert_eq!(words.announces_in(a..e), ANNOUNCES.is_match(&s[a..e]));
                }
            }
        }

        /// The listed marks cut sentences where the byte walks do.
        #[test]
        fn sentences_as_the_walks(s in "(a|ậ|1/1|;| |\\.|\\. |\n){0,40}") {
            let sentences = Sentences::new(&s);
            let b = bounds(&s);
            for (i, &a) in b.iter().enumerate() {
                for &e in &b[i..] {
                    prop_assert_eq!(sentences.around(&s, a, e), cue::sentence_to_period(&s, a, e));
                }
            }
        }
    }

    /// Sentences longer than the reach: cut where the walks cut them.
    #[test]
    fn sentences_past_the_reach() {
        let long = "ậ".repeat(700);
        for text in [
            format!("{long}. Ngày 1/1 {long}\n{long}"),
            format!("{long}{long} 1/1 {long}{long}. x"),
            format!("x.\n{long}{long}1/1;{long}. {long}"),
        ] {
            let sentences = Sentences::new(&text);
            for (a, _) in text.char_indices().step_by(97) {
                for e in [a, (a + 30).min(text.len())] {
                    if text.is_char_boundary(e) {
                        assert_eq!(
                            sentences.around(&text, a, e),
                            cue::sentence_to_period(&text, a, e)
                        );
                    }
                }
            }
        }
    }
}
