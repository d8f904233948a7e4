//! The date of the main event a report is about.
//!
//! # Rules
//!
//! A candidate is a day with a full date, or a stay of a few days ("Trong 2
//! ngày 6-7/7": its first day), that is
//! - not a cited document's date (`document`: "06/GP-TTĐT ngày 19/6/2019",
//!   "Nghị quyết số 35/NQ-CP ngày 16/5/2016", "Ngày 21/5/2024, UBND huyện có
//!   quyết định số 2257/QĐ-UBND"), except a resolution's adoption by a
//!   session: "Kỳ họp thứ 4 thông qua ngày 13/7/2017" is the event of the
//!   resolution it closes;
//! - not the publication stamp (its line, or its field in a record);
//! - not a limit ("đến ngày 30/6", "trước ngày", "từ ngày", "kể từ ngày");
//! - not a posting time: a day followed or preceded by a bare clock
//!   ("(26.07.2019 14:14)", "17:00, 27/12/2016") is how pages stamp an
//!   item, where an event is timed "lúc 8 giờ 30"; so is a dated day alone
//!   in brackets, after the title of a listed item ("... (05/03/2019)"),
//!   but not after a day named relative to today ("Hôm qua (12/3/2017)").
//!
//! The event date is the first candidate, in text order, whose sentence
//! names an event: hội nghị, hội thảo, tổ chức, chủ trì, khai mạc, bế mạc,
//! (kỳ/cuộc/buổi) họp, làm việc, lễ, đại hội, tọa đàm, giao ban, công bố,
//! tổng kết, sơ kết, kiểm tra, trao, tiếp, thăm, hội thi, cuộc thi, hội
//! chợ, hội diễn, liên hoan, triển lãm, diễn đàn, ngày hội; "diễn ra" when
//! the day leads the sentence or follows it ("diễn ra vào ngày 5/5"), not
//! in "mở cửa trở lại ngày 5/5 với các lớp học diễn ra cả cuối tuần". With
//! no such sentence, the first day that opens its sentence as an
//! announcement does ("Ngày 20-5, nguồn tin từ Sở Nội vụ ... cho biết",
//! "thông báo"). A sentence here runs to its period or line end: a ";" in it
//! separates the names of a list ("các đồng chí: A, Bí thư; B, Phó Bí thư
//! ... đã đến thăm"). Reports open with their event ("Ngày 24/12/2016, UBND
//! tỉnh đã tổ chức Hội nghị ..."), so the first such sentence is the lead.
//! Without one there is no event date: a wrong date is worse than none. A
//! day whose year could not be inferred (`--MM-DD`) is never the event
//! date.
//!
//! A digest has no main event: a page whose title announces a roundup
//! ("Tin tức thể thao sáng 5-1: ...", "Xem gì trên báo Hải Dương ngày
//! 19/2?", "Bản tin", "Điểm tin") gets none.
//!
//! The sentences and the words are found once per page, not once per day
//! (`event_index.rs`).

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::cue;
use super::event_index::{Sentences, Words};
use super::{DateFact, DateKind, stamp};

/// Nouns and verbs of an event, in any case.
pub(super) const EVENT_NOUNS: &str = "hội nghị|hội thảo|tổ chức|chủ trì|khai mạc|bế mạc|họp|làm việc|đại hội|tọa đàm|giao ban|công bố|tổng kết|sơ kết|kiểm tra|thăm|hội thi|cuộc thi|hội chợ|hội diễn|liên hoan|triển lãm|diễn đàn|ngày hội";
/// Words of an event that are words only between two boundaries (not a
/// letter, not U+0345, which folds to one): "lễ", not "lễnh".
pub(super) const BOUNDED_WORDS: &str = "lễ|trao";
/// Words of an event that need a boundary before them.
pub(super) const LEFT_BOUNDED_WORDS: &str = "tiếp(?: và làm việc| đoàn| xúc)";
/// "diễn ra" (see [`HAPPENS_ON`]).
pub(super) const HAPPENS_WORDS: &str = "diễn ra";
/// What an announcement says after the day that opens it: "Ngày 20-5,
/// nguồn tin từ Sở Nội vụ tỉnh Cà Mau cho biết", "Sáng 28/6, thông tin từ
/// UBND huyện Quỳnh Lưu cho biết", "Ngày 3/7, Sở Y tế thông báo".
pub(super) const ANNOUNCE_WORDS: &str = "cho biết|thông báo";

/// The event words as one pattern: the rule as first written, and the
/// oracle `event_index` is tested against. The boundary is `(?i)[^\p{L}]`
/// written out (U+0345 folds to a letter), cheaper to build.
#[cfg(test)]
pub(super) static EVENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:{EVENT_NOUNS})|(?:^|[^\p{{L}}\x{{345}}])(?:(?i:{BOUNDED_WORDS})(?:$|[^\p{{L}}\x{{345}}])|(?i:{LEFT_BOUNDED_WORDS}))"
    ))
    .unwrap()
});

/// "diễn ra", an oracle of `event_index`.
#[cfg(test)]
pub(super) static HAPPENS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("(?i:{HAPPENS_WORDS})")).unwrap());

/// The announcement words, an oracle of `event_index`.
#[cfg(test)]
pub(super) static ANNOUNCES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("(?i:{ANNOUNCE_WORDS})")).unwrap());

/// A session's adoption of the resolution, right before its day: "Kỳ họp
/// thứ Sáu thông qua ngày", "khóa IX - kỳ họp thứ 4 thông qua ngày".
static ADOPTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:kỳ họp|phiên họp)[^.;:()]*(?i:thông qua)\s*(?:(?i:vào)\s*)?(?:(?i:ngày)\s*)?$")
        .unwrap()
});

/// Titles of a digest: "Tin tức thể thao sáng 5-1", "Xem gì trên báo Hải
/// Dương ngày 19/2?", "Bản tin 113", "Điểm tin", "Điểm báo", "Tin vắn".
static DIGEST_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:tin tức|bản tin|điểm tin|điểm báo|tin vắn|tin nhanh|tin tổng hợp|tổng hợp tin|(?:xem|đọc) gì trên báo)(?:$|[^\p{L}\x{345}])")
        .unwrap()
});

/// A bare clock beside a day, as pages stamp a posting: "26.07.2019 14:14",
/// "17:00, 27/12/2016".
static BARE_CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}:\d{2}\s*,?\s*(?:(?i:ngày)\s*)?\d|\d\s*,?\s*\d{1,2}:\d{2}$").unwrap()
});

pub fn event_date(text: &str, dates: &[DateFact]) -> Option<String> {
    let title = crate::extract::title::find_title(text);
    event_date_with_stamp(text, dates, stamp::find(text).as_ref(), title.as_deref())
}

/// The day a candidate stands for: a day's own, a short stay's first.
fn candidate_day(text: &str, d: &DateFact) -> Option<String> {
    match d.kind {
        DateKind::Day if !d.document || adopted(text, d.start) => Some(d.value.clone()),
        DateKind::Period => {
            let (from, to) = (d.from.as_deref()?, d.to.as_deref()?);
            let days = |s: &str| s.parse::<Date>().ok();
            let (a, b) = (days(from)?, days(to)?);
            // "từ ngày 1/7 đến ngày 3/7" bounds a time allowed, not a stay,
            // unless a gathering fills it ("Từ ngày 21 đến 23/3/2019, Sở …
            // tổ chức Hội nghị tập huấn").
            let opened = d.text.split_whitespace().next().is_some_and(|w| {
                let w = w.to_lowercase();
                w == "từ" || w == "kể"
            }) && !names_gathering(text, d.start, d.end);
            let short = a.until(b).is_ok_and(|s| s.get_days() <= 7);
            (short && !opened).then(|| from.to_owned())
        }
        _ => None,
    }
    .filter(|v| !v.starts_with("--"))
}

/// True when the sentence of `start..end` names a gathering held over days:
/// a conference, congress, training, festival or session.
fn names_gathering(text: &str, start: usize, end: usize) -> bool {
    static GATHERING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i:hội nghị|hội thảo|đại hội|tập huấn|lễ hội|hội thi|hội diễn|liên hoan|kỳ họp|khóa học|lớp bồi dưỡng)")
            .unwrap()
    });
    GATHERING.is_match(&text[cue::sentence_range(text, start, end)])
}

fn adopted(text: &str, start: usize) -> bool {
    ADOPTED_BEFORE.is_match(cue::window_before(text, start, 80))
}

/// A posting's stamp: a day with a bare clock, or a dated day alone in
/// brackets after an item of a list ("Xã Thuận Hạnh: Bê tông hóa ...
/// (05/03/2019)").
fn is_posting_time(text: &str, d: &DateFact) -> bool {
    (d.time.is_some() && BARE_CLOCK.is_match(&d.text))
        || (!d.inferred_year
            && d.text.starts_with(|c: char| c.is_ascii_digit())
            && cue::char_before(text, d.start) == Some('(')
            && cue::char_after(text, d.end) == Some(')')
            && !RELATIVE_DAY.is_match(cue::window_before(text, d.start - 1, 12)))
}

/// A day named relative to today, whose date follows in brackets: "Hôm qua
/// (12/3/2017)", "Chiều nay (8/2)".
static RELATIVE_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\p{L}\x{345}])(?i:nay|qua|mai)\s*$").unwrap());

/// "diễn ra (vào|trong)" right before the day at `start`. "diễn ra" says
/// that something happens, not what: an event when the day leads its
/// sentence ("Sáng 5/5, tại ... đã diễn ra") or comes right after it ("Hội
/// nghị diễn ra ngày 5/5"), not in "mở cửa trở lại ngày 5/5 với các lớp học
/// diễn ra cả cuối tuần".
static HAPPENS_ON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i:diễn ra)\s+(?:(?i:vào|trong)\s+)?$").unwrap());

fn happens_on(text: &str, start: usize) -> bool {
    HAPPENS_ON.is_match(cue::window_before(text, start, 16))
}

/// The day at `start` opens the sentence that starts at `sentence_start`:
/// only whitespace lies between.
fn leads(text: &str, sentence_start: usize, start: usize) -> bool {
    let words = text[..start].trim_end_matches(char::is_whitespace);
    words.len() <= sentence_start
}

fn is_digest(title: Option<&str>) -> bool {
    title.is_some_and(|t| DIGEST_TITLE.is_match(t))
}

/// [`event_date`] given the page's stamp and title (`title::find_title`),
/// when the caller has found them already.
pub fn event_date_with_stamp(
    text: &str,
    dates: &[DateFact],
    stamp: Option<&stamp::Stamp>,
    title: Option<&str>,
) -> Option<String> {
    choose(text, dates, stamp, title).map(|choice| choice.value)
}

/// The event date and why it was chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub value: String,
    /// The date in the text the value comes from.
    pub day: DateFact,
    /// One short sentence: the rule that chose the day, where its year came from.
    pub why: String,
}

/// Which rule picked the day (the module doc's order).
#[derive(Debug, Clone, Copy)]
enum Rule {
    EventSentence,
    Happens,
    Announcement,
}

/// [`event_date_with_stamp`], saying which rule chose the day and where
/// its year came from (`vnextract extract --explain`).
pub fn choose(
    text: &str,
    dates: &[DateFact],
    stamp: Option<&stamp::Stamp>,
    title: Option<&str>,
) -> Option<Choice> {
    let stamp_span = stamp.map(|s| s.owned(text));
    let mut candidates = dates
        .iter()
        .filter(|d| {
            d.end <= text.len() && text.is_char_boundary(d.start) && text.is_char_boundary(d.end)
        })
        .filter(|d| !stamp_span.as_ref().is_some_and(|l| l.contains(&d.start)))
        .filter(|d| !is_posting_time(text, d))
        .filter_map(|d| Some((d, candidate_day(text, d)?)))
        .filter(|(d, _)| !cue::is_limit(text, d.start));
    let mut announced = None;
    let mut rule = Rule::EventSentence;
    // Made at the first candidate: most texts have none.
    let mut index: Option<(Sentences, Words)> = None;
    let found = candidates
        .find(|(d, v)| {
            let (sentences, words) =
                index.get_or_insert_with(|| (Sentences::new(text), Words::new(text)));
            let s = sentences.around(text, d.start, d.end);
            let leads = leads(text, s.start, d.start);
            if words.event_in(s.clone()) {
                rule = Rule::EventSentence;
                return true;
            }
            if (leads || happens_on(text, d.start)) && words.happens_in(s.clone()) {
                rule = Rule::Happens;
                return true;
            }
            if announced.is_none() && leads && words.announces_in(d.end..s.end) {
                announced = Some((*d, v.clone()));
            }
            false
        })
        .or_else(|| {
            rule = Rule::Announcement;
            announced
        })?;
    if is_digest(title) {
        return None;
    }
    let (day, value) = found;
    Some(Choice {
        why: explain(text, day, &value, rule, stamp),
        value,
        day: day.clone(),
    })
}

fn explain(
    text: &str,
    day: &DateFact,
    value: &str,
    rule: Rule,
    stamp: Option<&stamp::Stamp>,
) -> String {
    let what = match day.kind {
        DateKind::Period => "the first day of a stay",
        _ if day.document => "a resolution's adoption by its session",
        _ => "the first day",
    };
    let rule = match rule {
        Rule::EventSentence => "in a sentence naming an event",
        Rule::Happens => "in a sentence saying something takes place (\"diễn ra\")",
        Rule::Announcement => "opening an announcement (no sentence names an event)",
    };
    let sentence = cue::sentence_range(text, day.start, day.end);
    let lead = if leads(text, sentence.start, day.start) {
        ", opening it"
    } else {
        ""
    };
    let year = if day.relative {
        format!(
            "named from the stamp {}",
            stamp.map_or_else(|| "?".to_owned(), |s| s.iso())
        )
    } else if !day.inferred_year {
        "year written with the day".to_owned()
    } else if let Some(stamp) = stamp.filter(|s| value.starts_with(&s.date.year().to_string())) {
        format!("year from the stamp {}", stamp.iso())
    } else {
        "year inferred from the other dates of the text (no stamp gives it)".to_owned()
    };
    format!("“{}”: {what} {rule}{lead}; {year}", day.text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Why the event date was chosen: phrase → the explanation, read by hand.
    #[test]
    fn choices_say_their_rule_and_their_year() {
        const ROWS: &[(&str, &str)] = &[
            (
                "Ngày 20/5/2017, nguồn tin từ Sở Nội vụ tỉnh Cà Mau cho biết đã có 12 cán bộ nghỉ việc.",
                "“Ngày 20/5/2017”: the first day opening an announcement (no sentence names an event), opening it; year written with the day",
            ),
            (
                "Sáng 5/5/2017, tại thành phố Vinh đã diễn ra chương trình giao lưu văn nghệ.",
                "“Sáng 5/5/2017”: the first day in a sentence saying something takes place (\"diễn ra\"), opening it; year written with the day",
            ),
            (
                "Ngày 24/12/2016, UBND tỉnh Sơn La tổ chức Hội nghị tổng kết công tác cải cách hành chính.",
                "“Ngày 24/12/2016”: the first day in a sentence naming an event, opening it; year written with the day",
            ),
        ];
        for (text, why) in ROWS {
            assert_eq!(
                super::super::document_dates(text).event_why.as_deref(),
                Some(*why),
                "{text}"
            );
        }
    }

    proptest! {
        /// The regrouped pattern matches what the first one did.
        #[test]
        fn event_word_matches_as_first_written(s in "(lễ|LỄ|trao|Trao|tiếp|tiếp đoàn|tiếp xúc|thăm|họp|a|\u{345}|ι|1| |,|\n){0,8}") {
            let first = Regex::new(r"(?i)hội nghị|hội thảo|tổ chức|chủ trì|khai mạc|bế mạc|họp|làm việc|hội thi|cuộc thi|hội chợ|hội diễn|liên hoan|triển lãm|diễn đàn|ngày hội|(?:^|[^\p{L}])lễ(?:$|[^\p{L}])|đại hội|tọa đàm|giao ban|công bố|tổng kết|sơ kết|kiểm tra|(?:^|[^\p{L}])trao(?:$|[^\p{L}])|(?:^|[^\p{L}])tiếp(?: và làm việc| đoàn| xúc)|thăm").unwrap();
            prop_assert_eq!(EVENT_WORD.is_match(&s), first.is_match(&s));
        }
    }
}
