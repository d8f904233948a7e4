//! Reading a document for the year of a day it leaves without one, beyond
//! the dated expressions `scan/infer.rs` counts: years written after a name,
//! plans, flashbacks, facts reckoned through a date, anniversaries.
//!
//! # Rules
//!
//! 1. A bare year after a name is a year too: "(PCI) 2016", "Chỉ số PCI
//!    2016", "Xuân Đinh Dậu 2017", "Ngày hội ... Việt Nam - Lào 2017”". The
//!    name is a capitalized word that does not open its sentence, or a
//!    closing bracket; the number stands alone ("2016/QĐ", "2016-2020",
//!    "2.016" are something else). After a lowercase word a number counts
//!    things ("hơn 2000 doanh nghiệp").
//! 2. A plan does not vote for the year, it bounds it from above: what a
//!    report proposes or expects ("sớm hơn thời điểm 1/1/2018, có thể từ ngày
//!    1/10/2017", "cần ... xong trong năm 2018", "dự kiến", "sẽ", "phấn
//!    đấu", "kế hoạch"; not "đã hoàn thành") has not happened yet, so the
//!    event comes before its first day (a plan for a year: before its end).
//! 3. A flashback does not vote, nor bound: after "cách đây (khoảng) 5 năm"
//!    the dates of its paragraph are years before the report, until a word
//!    of the present ("Hiện nay", "đến nay") brings the text back.
//! 4. A fact reported as past bounds the year from below: the event comes
//!    after the first day of the latest day or month told as done ("đã",
//!    "được", "vừa", "hồi", "từng", "bị" before it in its clause) that is
//!    no limit, cited document or flashback ("vụ án được khởi tố vào tháng
//!    10-2016" puts "Ngày 20-5" in 2017); a fact reckoned through a period
//!    ("Tính đến hết năm 2016") after its last day.
//! 5. An anniversary counts from its founding: "lễ kỷ niệm 10 năm thành lập"
//!    in the day's sentence, with a founding dated elsewhere ("thành lập
//!    theo Quyết định số 32 ngày 11/4/2007"), is in 2007 + 10.

use std::sync::LazyLock;

use regex::Regex;

use super::cue;
use crate::text::case::is_upper;

/// Plausible years for a bare number after a name: narrower than the
/// calendar's, a number alone needs more to be a year.
const NAMED_YEARS: std::ops::RangeInclusive<i16> = 1990..=2100;

/// Four digits; the digits around are checked by hand.
static FOUR_DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[0-9]{4}").unwrap());

/// Rule 1: every bare year after a name, as (byte offset, year), in order.
pub fn named_years(text: &str) -> Vec<(usize, i16)> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    FOUR_DIGITS
        .find_iter(text)
        // Four digits of a longer number are not a year.
        .filter(|m| !(digit(m.end()) || m.start() > 0 && digit(m.start() - 1)))
        .filter_map(|m| {
            let y = m.as_str().parse::<i16>().ok()?;
            (NAMED_YEARS.contains(&y) && stands_alone(text, m.end()) && after_name(text, m.start()))
                .then_some((m.start(), y))
        })
        .collect()
}

/// Nothing glued after the number: a space, a line end, or a mark that ends
/// a phrase (not "/", a dash or a decimal mark before a digit, not "%").
fn stands_alone(text: &str, end: usize) -> bool {
    let mut after = text[end..].chars();
    match after.next() {
        None => true,
        Some(c) if c.is_whitespace() => true,
        Some('.' | ',' | ':' | '-' | '–') => !after.next().is_some_and(|c| c.is_alphanumeric()),
        Some(';' | ')' | '”' | '"' | '\'' | '’' | '!' | '?') => true,
        Some(_) => false,
    }
}

/// Spaces, then a closing bracket or a capitalized word that does not open
/// its sentence and is not a word of dates ("Năm", "Tháng", "Quý").
fn after_name(text: &str, start: usize) -> bool {
    let head = &text[..start];
    let word_end = head.trim_end_matches([' ', '\t', '\u{a0}']);
    if word_end.len() == head.len() {
        return false;
    }
    if word_end.ends_with(')') {
        return true;
    }
    let word_start = word_end
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(word_end.len(), |(i, _)| i);
    let word = &word_end[word_start..];
    let Some(first) = word.chars().next() else {
        return false;
    };
    if !is_upper(first) || DATE_WORDS.iter().any(|w| word.to_lowercase() == *w) {
        return false;
    }
    // The word must not open its sentence: something stands before it on
    // its line, and that is not the end of a sentence.
    let before = word_end[..word_start].trim_end_matches([' ', '\t', '\u{a0}']);
    !(before.is_empty() || before.ends_with(['\n', '.', '!', '?']))
}

/// Words of dates, which make their own forms ("Năm 2016" is a year of
/// `scan/candidates.rs`).
const DATE_WORDS: &[&str] = &["năm", "tháng", "quý", "ngày", "giai", "khóa", "kỳ", "số"];

/// Rule 2: words of a plan before a date, in its clause. "xong" and
/// "hoàn thành" are a plan's unless done ("đã hoàn thành"). Whole words
/// (`whole_words`): the pattern holds no boundary, cheaper to build.
static PLAN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:sẽ|dự kiến|kế hoạch|phấn đấu|có thể|đề nghị|kiến nghị|đề xuất|sớm hơn|muộn nhất|chậm nhất|mục tiêu|chỉ tiêu|xong|hoàn thành)")
        .unwrap()
});

/// A deed done, before "xong"/"hoàn thành": "đã hoàn thành", "vừa làm xong".
static DONE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i:đã|vừa|mới)\s+(?:\S+\s+){0,3}$").unwrap());

/// How far back a clause is read for the words of a plan or a past.
const CLAUSE_CHARS: usize = 60;

/// Rule 2: `clause`, before a date, makes it a plan.
fn plan_in(clause: &str) -> bool {
    whole_words(&PLAN_BEFORE, clause).any(|m| {
        let done = matches!(m.as_str().to_lowercase().as_str(), "xong" | "hoàn thành");
        !done || !whole_words(&DONE_BEFORE, &clause[..m.start()]).any(|_| true)
    })
}

/// Rule 4: marks of a deed done, before a date in its clause: "vụ án được
/// khởi tố vào tháng 10-2016", "đã ký", "hồi tháng 3".
static PAST_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i:đã|được|vừa|hồi|từng|bị)").unwrap());

/// Rule 4: `clause`, before a date, tells it as past.
fn past_in(clause: &str) -> bool {
    whole_words(&PAST_BEFORE, clause).next().is_some()
}

/// The matches of `re` in `hay` that start and end a word (no letter
/// before or after), at every start, overlapping ones included.
fn whole_words<'h>(re: &'h Regex, hay: &'h str) -> impl Iterator<Item = regex::Match<'h>> + 'h {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos <= hay.len() {
            let m = re.find_at(hay, pos)?;
            pos = m.start() + cue::char_after(hay, m.start()).map_or(1, char::len_utf8);
            let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
            if !letter(cue::char_before(hay, m.start())) && !letter(cue::char_after(hay, m.end())) {
                return Some(m);
            }
        }
        None
    })
}

/// At most `max_chars` before `pos`, cut at the start of the line and after
/// the last ". " or ";".
fn clause_before(text: &str, pos: usize, max_chars: usize) -> &str {
    let w = cue::window_before(text, pos, max_chars);
    let b = w.as_bytes();
    // Byte searches: the marks are ASCII.
    let period = memchr::memrchr_iter(b'.', b)
        .find(|&i| b.get(i + 1) == Some(&b' '))
        .map(|i| i + 2);
    let semicolon = memchr::memrchr(b';', b).map(|i| i + 1);
    &w[period.max(semicolon).unwrap_or(0)..]
}

/// Rule 3: "cách đây (khoảng|hơn|gần)? N năm".
static AGO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:cách đây)\s+(?:(?i:khoảng|hơn|gần|chừng|đúng)\s+)?\d{1,3}\s+(?i:năm)").unwrap()
});

/// Rule 4: a fact reckoned through its period: "Tính đến hết năm 2016",
/// "tính đến ngày".
static THROUGH_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i:tính)\s+(?i:đến|tới)(?:\s+(?i:hết|cuối))?\s*$").unwrap());

/// Rule 4: the date at `pos` is reckoned through its end.
pub fn is_through(text: &str, pos: usize) -> bool {
    THROUGH_BEFORE.is_match(cue::window_before(text, pos, 24))
}

/// Rule 5: an anniversary, "kỷ niệm 10 năm thành lập", "kỷ niệm 10 năm
/// ngày thành lập". Group 1: the years.
static ANNIVERSARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:kỷ niệm)\s+(\d{1,3})\s+(?i:năm)\s+(?:(?i:ngày)\s+)?(?i:thành lập)").unwrap()
});

/// How far after "thành lập" the founding's date may be.
const FOUNDING_REACH: usize = 120;

/// "kỷ niệm N năm (ngày)" right before a "thành lập".
static ANNIVERSARY_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:kỷ niệm)\s+\d{1,3}\s+(?i:năm)\s+(?:(?i:ngày)\s+)?$").unwrap()
});

/// Year, month, day.
type Ymd = (i16, i8, i8);

/// What a dated expression is to the year of the others (rules 2-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A fact told as past ("đã", "được"): votes, and bounds from below by
    /// its start.
    Past,
    /// Reckoned through its end ("Tính đến hết năm 2016"): votes, and
    /// bounds from below by its end.
    Through,
    /// Anything else, a limit ("đến ngày 30/6", "từ ngày") among them:
    /// votes, bounds nothing.
    Plain,
    /// Proposed or expected: bounds from above, does not vote.
    Plan,
    /// In a flashback: neither votes nor bounds.
    Flashback,
}

impl Kind {
    pub fn votes(self) -> bool {
        !matches!(self, Kind::Plan | Kind::Flashback)
    }
}

/// The kind of the dated expression at `pos`.
pub fn kind(text: &str, pos: usize, flashbacks: &Flashbacks) -> Kind {
    if flashbacks.contains(pos) {
        Kind::Flashback
    } else if is_through(text, pos) {
        Kind::Through
    } else {
        let clause = clause_before(text, pos, CLAUSE_CHARS);
        if plan_in(clause) {
            Kind::Plan
        } else if !cue::is_limit(text, pos) && past_in(clause) {
            Kind::Past
        } else {
            Kind::Plain
        }
    }
}

/// Words of the present, which end a flashback: "Hiện nay, tình trạng
/// trên đã không còn", "đến nay đạt trên 70%".
static PRESENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:hiện nay|hiện tại|đến nay|tới nay|năm nay|hôm nay|bây giờ)").unwrap()
});

/// Rule 3's flashbacks of a text, found once: from each "cách đây N năm"
/// to the next word of the present or the end of its line.
pub struct Flashbacks(Vec<(usize, usize)>);

impl Flashbacks {
    pub fn new(text: &str) -> Flashbacks {
        let b = text.as_bytes();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for m in AGO.find_iter(text) {
            // Inside the last flashback, this one ends where it does: each
            // stretch is searched once.
            if spans.last().is_some_and(|last| m.start() < last.1) {
                continue;
            }
            let line_end = memchr::memchr(b'\n', &b[m.end()..]).map_or(b.len(), |i| m.end() + i);
            let end = PRESENT
                .find_at(&text[..line_end], m.end())
                .map_or(line_end, |p| p.start());
            spans.push((m.end(), end));
        }
        Flashbacks(spans)
    }

    pub fn contains(&self, pos: usize) -> bool {
        let i = self.0.partition_point(|s| s.0 <= pos);
        i > 0 && pos < self.0[i - 1].1
    }
}

/// The year of a day with no year in its sentence: the year most written
/// (plans and flashbacks left out), kept between the bounds that past facts
/// and plans set.
#[derive(Debug, Clone, Default)]
pub struct Fallback {
    most: Option<i16>,
    /// The event comes on or after this day.
    lower: Option<Ymd>,
    /// The event comes on or before this day.
    upper: Option<Ymd>,
}

/// Longest span a dated fact may cover and still bound by its first day (a
/// day or a month): a longer one is a year, quarter or period.
const SHORT_DAYS: i32 = 31;

impl Fallback {
    /// `facts`: each counted expression's first and last day, whether it is
    /// a day, month, quarter or span (not a bare year), its kind and byte
    /// offset.
    pub fn new(
        _text: &str,
        most: Option<i16>,
        facts: impl Iterator<Item = ((Ymd, Ymd), bool, Kind, usize)>,
    ) -> Fallback {
        let mut lower: Option<Ymd> = None;
        let mut upper: Option<Ymd> = None;
        for ((first, last), calendar, kind, _) in facts {
            let short = days_between(first, last).is_some_and(|n| n < SHORT_DAYS);
            let bound = match kind {
                Kind::Past if calendar && short => first,
                Kind::Through => last,
                Kind::Plan if short => {
                    upper = Some(upper.map_or(first, |u| u.min(first)));
                    continue;
                }
                Kind::Plan => {
                    upper = Some(upper.map_or(last, |u| u.min(last)));
                    continue;
                }
                _ => continue,
            };
            lower = Some(lower.map_or(bound, |l| l.max(bound)));
        }
        Fallback { most, lower, upper }
    }

    /// The year most written, for what has no day (a period); with none
    /// written, the year of the first plan.
    pub fn year(&self) -> Option<i16> {
        self.most.or(self.upper.map(|u| u.0))
    }

    /// The year of day `d` of month `m`: the year most written, moved
    /// within the bounds when it falls outside them and the move keeps it
    /// within the other; with no year written, the latest before a plan.
    pub fn year_of(&self, m: i8, d: i8) -> Option<i16> {
        let on_or_before = |u: Ymd| if (u.0, m, d) <= u { u.0 } else { u.0 - 1 };
        let on_or_after = |l: Ymd| if (l.0, m, d) >= l { l.0 } else { l.0 + 1 };
        let below = |y: i16| self.upper.is_none_or(|u| (y, m, d) <= u);
        let above = |y: i16| self.lower.is_none_or(|l| (y, m, d) >= l);
        let mut y = match self.most {
            Some(y) => y,
            None => on_or_before(self.upper?),
        };
        if let Some(l) = self.lower.filter(|_| !above(y)) {
            let moved = on_or_after(l);
            if below(moved) {
                y = moved;
            }
        }
        if let Some(u) = self.upper.filter(|_| !below(y)) {
            let moved = on_or_before(u);
            if above(moved) {
                y = moved;
            }
        }
        Some(y)
    }
}

/// Days from `a` to `b`, when both are dates.
fn days_between(a: Ymd, b: Ymd) -> Option<i32> {
    let a = jiff::civil::Date::new(a.0, a.1, a.2).ok()?;
    let b = jiff::civil::Date::new(b.0, b.1, b.2).ok()?;
    Some(a.until(b).ok()?.get_days())
}

/// Rule 5 over the whole text, found once: each anniversary's offset and
/// the year it falls in, when its founding is dated.
pub fn anniversaries(
    text: &str,
    year_in: impl Fn(std::ops::Range<usize>) -> Option<i16>,
) -> Vec<(usize, Option<i16>)> {
    let mut out = Vec::new();
    let mut founding: Option<Option<i16>> = None;
    for c in ANNIVERSARY.captures_iter(text) {
        let Ok(n) = c[1].parse::<i16>() else {
            continue;
        };
        let base = *founding.get_or_insert_with(|| founding_year(text, &year_in));
        out.push((
            c.get(0).unwrap().start(),
            base.and_then(|y| y.checked_add(n)),
        ));
    }
    out
}

/// The year of the first founding dated in the text.
fn founding_year(
    text: &str,
    year_in: &impl Fn(std::ops::Range<usize>) -> Option<i16>,
) -> Option<i16> {
    let mut from = 0;
    while let Some(i) = text[from..].find("thành lập").map(|i| from + i) {
        from = i + "thành lập".len();
        if ANNIVERSARY_HEAD.is_match(cue::window_before(text, i, 24)) {
            continue;
        }
        let end = text.floor_char_boundary(from + FOUNDING_REACH);
        // Within its sentence: up to a line end or ". " (byte searches
        // over the reach only).
        let b = &text.as_bytes()[from..end];
        let cut = memchr::memchr3_iter(b'\n', b';', b'.', b)
            .find(|&i| b[i] != b'.' || b.get(i + 1) == Some(&b' '))
            .map_or(end, |i| from + i);
        if let Some(y) = year_in(from..cut) {
            return Some(y);
        }
    }
    None
}
