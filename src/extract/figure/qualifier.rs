//! The qualifier of a figure: the run of qualifier words, numbers and years
//! right before it in its clause (at most 12 words) and "trở lên"/"trở
//! xuống" right after, and the strongest kind they say: a change over a
//! bound, a bound over approximate, all of them over reached (the words
//! are listed with [`percent`](crate::extract::percent)'s rules).

use std::borrow::Cow;

use crate::text::case::lower;
use crate::text::clause::clause_start;
use crate::text::words::{words_iter, words_rev};

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
pub(crate) fn run_start_in_clause(text: &str, from: usize, start: usize) -> usize {
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
