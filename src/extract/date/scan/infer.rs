//! The year of a day, month or period the text leaves without one
//! (`date/mod.rs`, rule 4): the stamp's; without a stamp, the frames of the
//! document (its dated candidates and the years after a name), asked in
//! order: the day's sentence, the sentence of the same day written
//! elsewhere, an anniversary, the year most written within the bounds that
//! plans and past facts set (`infer_year` lists them whole).
//!
//! It lives beside the candidates because it reads them (`Cand`, `Raw`);
//! `date/year.rs` holds what it asks of the text alone (years after a name,
//! plans, flashbacks, past facts, anniversaries) and knows no candidate.

use jiff::ToSpan;
use jiff::civil::Date;

use super::relative;
use super::types::{Cand, Raw, Ymd, bounds};
use crate::extract::date::{cue, year};

/// How many days after the publication stamp a day may fall and still be of
/// the stamp's year (a report can announce the next days' events).
const AHEAD_DAYS: i64 = 7;

/// A year source for days and periods that lack one.
struct Frame {
    pos: usize,
    y: i16,
    /// A cited document's date: used only when nothing else frames.
    weak: bool,
    /// A day, month, quarter or span rather than a bare year.
    calendar: bool,
    /// Read off a span of years (`span_year`): already the event's year,
    /// never a year under review.
    from_span: bool,
    /// For a bare year: whether it frames anything (`cue::is_not_frame`),
    /// checked on first use, as most years are never asked.
    frames_any: std::cell::OnceCell<bool>,
    /// First and last day it covers, when known.
    span: Option<(Ymd, Ymd)>,
}

impl Frame {
    /// False for a year that frames nothing (a target, a baseline...).
    fn counts(&self, text: &str) -> bool {
        self.calendar
            || *self
                .frames_any
                .get_or_init(|| !cue::is_not_frame(text, self.pos))
    }
}

/// The year sources of a document, in text order, and the year to use when
/// none is in the sentence.
struct Frames {
    list: Vec<Frame>,
    /// Made on first use: most days find a year in their sentence.
    fallback: std::cell::OnceCell<year::Fallback>,
    /// Anniversaries and the years they fall in (`year.rs`, rule 5), found
    /// on first use.
    anniversaries: std::cell::OnceCell<Vec<(usize, Option<i16>)>>,
}

/// `Frames`, made on first use: most documents have a stamp or write every
/// year, and never need them.
pub(super) struct LazyFrames<'a> {
    text: &'a str,
    cands: &'a [Cand],
    cell: std::cell::OnceCell<Frames>,
    /// Each day without a year whose sentence gives one, and that year.
    days: std::cell::OnceCell<Vec<((i8, i8), i16)>>,
}

impl<'a> LazyFrames<'a> {
    pub(super) fn new(text: &'a str, cands: &'a [Cand]) -> LazyFrames<'a> {
        LazyFrames {
            text,
            cands,
            cell: std::cell::OnceCell::new(),
            days: std::cell::OnceCell::new(),
        }
    }

    fn get(&self) -> &Frames {
        self.cell.get_or_init(|| frames(self.text, self.cands))
    }
}

fn frames(text: &str, cands: &[Cand]) -> Frames {
    Frames {
        list: frame_list(text, cands),
        fallback: std::cell::OnceCell::new(),
        anniversaries: std::cell::OnceCell::new(),
    }
}

impl Frames {
    /// The year most written, and the bounds that plans and past facts set
    /// (`year.rs`, rules 2-4). Plans and flashbacks do not vote.
    fn fallback(&self, text: &str) -> &year::Fallback {
        self.fallback.get_or_init(|| {
            let list = &self.list;
            let flashbacks = year::Flashbacks::new(text);
            let kinds: Vec<year::Kind> = list
                .iter()
                .map(|f| year::kind(text, f.pos, &flashbacks))
                .collect();
            let votes = || {
                list.iter()
                    .zip(&kinds)
                    .filter(|(_, k)| k.votes())
                    .map(|(f, _)| f)
            };
            let most = most_frequent(votes().filter(|f| !f.weak && f.calendar))
                .or_else(|| most_frequent(votes().filter(|f| !f.weak && f.counts(text))))
                .or_else(|| most_frequent(votes().filter(|f| f.counts(text))));
            let facts = list.iter().zip(&kinds).filter_map(|(f, k)| {
                let span = f.span.filter(|_| !f.weak && f.counts(text))?;
                Some((span, f.calendar, *k, f.pos))
            });
            year::Fallback::new(text, most, facts)
        })
    }

    /// The year of an anniversary in the sentence `range`.
    fn anniversary(&self, text: &str, range: std::ops::Range<usize>) -> Option<i16> {
        let all = self.anniversaries.get_or_init(|| {
            year::anniversaries(text, |r| {
                let lo = self.list.partition_point(|f| f.pos < r.start);
                self.list[lo..]
                    .iter()
                    .take_while(|f| f.pos < r.end)
                    .map(|f| f.y)
                    .next()
            })
        });
        let lo = all.partition_point(|a| a.0 < range.start);
        all[lo..]
            .iter()
            .take_while(|a| a.0 < range.end)
            .find_map(|a| a.1)
    }
}

fn frame_list(text: &str, cands: &[Cand]) -> Vec<Frame> {
    let spans: Vec<(i16, i16)> = cands
        .iter()
        .filter_map(|c| match c.raw {
            Raw::Years { y1, y2 } => Some((y1, y2)),
            _ => None,
        })
        .collect();
    let mut list: Vec<Frame> = cands
        .iter()
        .filter_map(|c| {
            let y = match c.raw {
                Raw::Years { y1, y2 } => span_year(text, c, y1, y2, &spans)?,
                Raw::Day { y: Some(y), .. } | Raw::DaySpan { y: Some(y), .. } => y,
                Raw::Month { y, .. } | Raw::Quarter { y, .. } => y,
                Raw::Months { y: Some(y), .. } => y,
                Raw::Range { to, .. } => to.0,
                // Whether it frames anything is checked on use.
                Raw::Year { y } => y,
                // "năm nay" names the stamp's year as "năm 2017" would.
                Raw::Relative(r) => r.year(),
                _ => return None,
            };
            Some(Frame {
                pos: c.start,
                y,
                weak: c.document,
                calendar: !matches!(
                    c.raw,
                    Raw::Year { .. }
                        | Raw::Years { .. }
                        | Raw::Relative(relative::Rel::Year { .. })
                ),
                from_span: matches!(c.raw, Raw::Years { .. }),
                frames_any: std::cell::OnceCell::new(),
                span: match c.raw {
                    Raw::Range { from, to } => Some((from, to)),
                    Raw::Years { .. } => Some(((y, 1, 1), (y, 12, 31))),
                    raw => bounds(&raw),
                },
            })
        })
        .collect();
    // Years after a name ("(PCI) 2016") are bare years too.
    let named = year::named_years(text);
    if !named.is_empty() {
        let inside = |pos: usize| {
            let i = cands.partition_point(|c| c.start <= pos);
            i > 0 && pos < cands[i - 1].end
        };
        list.extend(
            named
                .into_iter()
                .filter(|&(pos, _)| !inside(pos))
                .map(|(pos, y)| Frame {
                    pos,
                    y,
                    weak: false,
                    calendar: false,
                    from_span: false,
                    frames_any: std::cell::OnceCell::new(),
                    span: Some(((y, 1, 1), (y, 12, 31))),
                }),
        );
        list.sort_by_key(|f| f.pos);
    }
    list
}

/// The one year a span of years ("giai đoạn 2025-2030", "(1997–2012)")
/// puts the days of its text in, when it says: the turn of two terms the
/// text names ("giai đoạn 2020 - 2025" and "2025 - 2030"); the end of an
/// anniversary's span ("kỷ niệm 15 năm … tái lập tỉnh (1997–2012)"); the
/// start of the term a congress held opens ("tổ chức Đại hội … nhiệm kỳ
/// 2022-2024"). Else none: a span alone may be reviewed, planned or cited.
fn span_year(text: &str, c: &Cand, y1: i16, y2: i16, spans: &[(i16, i16)]) -> Option<i16> {
    if spans.iter().any(|&(_, end)| end == y1) {
        return Some(y1);
    }
    if spans.iter().any(|&(start, _)| start == y2) {
        return Some(y2);
    }
    let sentence = text[cue::sentence_range(text, c.start, c.end)].to_lowercase();
    let years = format!("{} năm", y2 - y1);
    let anniversary = sentence.match_indices(&years).any(|(at, _)| {
        !sentence[..at].ends_with(|ch: char| ch.is_ascii_digit()) && sentence.contains("kỷ niệm")
    });
    if anniversary {
        return Some(y2);
    }
    let congress = ["tổ chức đại hội", "khai mạc đại hội", "diễn ra đại hội"];
    congress
        .iter()
        .any(|held| sentence.contains(held))
        .then_some(y1)
}

/// The year written most often (the latest on a tie).
fn most_frequent<'a>(frames: impl Iterator<Item = &'a Frame>) -> Option<i16> {
    let mut counts: Vec<(i16, usize)> = Vec::new();
    for f in frames {
        match counts.iter_mut().find(|(y, _)| *y == f.y) {
            Some((_, n)) => *n += 1,
            None => counts.push((f.y, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, y))
        .map(|(y, _)| y)
}

/// The year for a month/day at `start..end` that the text leaves out
/// (module doc, rule 4). Without a stamp the frame is, in order: a reviewed
/// year in the same sentence (the review happens in its last quarter or the
/// next year), the nearest year in the same sentence, the year the sentence
/// of the same day written elsewhere gives, an anniversary's, the year most
/// often written in a day, month, quarter or span, the year most often
/// written alone, the year of documents cited, within the bounds of past
/// facts and plans (`year.rs`). With a stamp: its year, the year
/// before when the day would fall more than a week after it — unless the
/// day is a limit ("đến ngày 15-4"), which may lie ahead.
pub(super) fn infer_year(
    text: &str,
    span: (usize, usize),
    m: i8,
    d: i8,
    stamp: Option<Date>,
    frames: &LazyFrames,
) -> Option<i16> {
    if let Some(p) = stamp {
        let y = p.year();
        let limit = p.checked_add(AHEAD_DAYS.days()).ok()?;
        let this = Date::new(y, m, d).ok();
        let ahead_ok = cue::is_limit(text, span.0);
        return match this {
            Some(day) if day > limit && !ahead_ok => Some(y - 1),
            _ => Some(y),
        };
    }
    let lazy = frames;
    let frames = frames.get();
    if let Some(y) = sentence_year(text, span, m, &frames.list) {
        return Some(y);
    }
    // The same day written again is the same day: "Chiều 10/2" in the lead
    // and "Chiều 10/2, ... Xuân Đinh Dậu 2017" below.
    let same_day = lazy.days.get_or_init(|| {
        lazy.cands
            .iter()
            .filter_map(|c| match c.raw {
                Raw::Day { y: None, m, d, .. } => Some((
                    (m, d),
                    sentence_year(text, (c.start, c.end), m, &frames.list)?,
                )),
                _ => None,
            })
            .collect()
    });
    if let Some(&(_, y)) = same_day.iter().find(|(md, _)| *md == (m, d)) {
        return Some(y);
    }
    frames
        .anniversary(text, cue::sentence_range(text, span.0, span.1))
        .or_else(|| frames.fallback(text).year_of(m, d))
}

/// The year a day's own sentence gives: a reviewed year's (the review
/// happens in its last quarter or the next year), else the nearest.
fn sentence_year(text: &str, span: (usize, usize), m: i8, frames: &[Frame]) -> Option<i16> {
    let near = |f: &&Frame| f.pos.abs_diff(span.0);
    if let Some(f) = in_sentence(text, span, frames)
        // Only a bare year is reviewed; checked here, not for every year,
        // as few days need it.
        .filter(|f| !f.calendar && !f.from_span && cue::is_reviewed_year(text, f.pos))
        .min_by_key(near)
    {
        return Some(if m >= 10 { f.y } else { f.y + 1 });
    }
    in_sentence(text, span, frames)
        .min_by_key(near)
        .map(|f| f.y)
}

/// The strong frames in the sentence around `span` (frames are in text
/// order, so the sentence is a slice).
fn in_sentence<'a>(
    text: &'a str,
    span: (usize, usize),
    frames: &'a [Frame],
) -> impl Iterator<Item = &'a Frame> {
    let sentence = cue::sentence_range(text, span.0, span.1);
    let lo = frames.partition_point(|f| f.pos < sentence.start);
    let hi = frames.partition_point(|f| f.pos < sentence.end);
    frames[lo..hi]
        .iter()
        .filter(move |f| !f.weak && f.counts(text))
}

/// The year of a period without one: the nearest in its sentence, else
/// the document's fallback year.
pub(super) fn period_year(text: &str, c: &Cand, frames: &LazyFrames) -> Option<i16> {
    let frames = frames.get();
    in_sentence(text, (c.start, c.end), &frames.list)
        .min_by_key(|f| f.pos.abs_diff(c.start))
        .map(|f| f.y)
        .or_else(|| frames.fallback(text).year())
}
