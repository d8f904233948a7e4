//! The page's own publication stamp.
//!
//! # Rules
//!
//! Only a line that is clearly a stamp counts, never any date in the text:
//! 1. a line holding only a day with a weekday, a clock time or a time zone:
//!    "Tue, 27/12/2016 17:00 | GMT +7", "Thứ Ba, 27/12/2016", "27/12/2016 17:00";
//! 2. a labelled line: "Ngày đăng: 27/12/2016", "Cập nhật: 17:00, 27/12/2016",
//!    "Đăng ngày 27/12/2016 lúc 17:00", "Thời gian đăng: ...";
//! 3. a feed's front matter, "date: Tue, 10 Dec 2024 17:00:00 +0700", or a
//!    scraped record's `"Time": "03/04/2014 15:30"`;
//! 4. the publication column of a delimited record: a header line naming
//!    its columns (`crawled_time|published_time|title|content|...`, split
//!    at "|", tab, ";" or ",") with one for the publication (published,
//!    published_time, publish_date, pubdate, date, ngày đăng ...), and the
//!    record on the next line: that column's field, an ISO date-time
//!    ("2025-06-28T23:01:00+07:00") or "28/06/2025 23:01". The stamp is the
//!    field, not its line: the record's text runs on that line.
//!
//! The first stamp in the text wins. The value is `YYYY-MM-DD`, with
//! `THH:MM:SS` when a clock time is given and `+HH:MM` when a zone is.

use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::{Captures, Regex};

use super::prefilter;

/// Rule 1. Groups: weekday, day, month, year, hour, minute, second, sign,
/// zone hours, zone minutes.
static STAMP_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)^[ \t]*((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|(?i:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật))?\s*,?\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*[,|\-–]?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*\|?\s*(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?)?[ \t]*$",
    )
    .unwrap()
});

/// Rule 2. Groups: hour, minute (before the day), day, month, year, hour,
/// minute, second (after).
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?mi)^[ \t]*(?:ngày đăng|ngày cập nhật|cập nhật lúc|cập nhật ngày|cập nhật|đăng ngày|đăng lúc|ngày đăng tải|thời gian đăng|ngày xuất bản|posted on|posted|published)\s*:?\s*(?:lúc\s*)?(?:(\d{1,2}):(\d{2})\s*,?\s*(?:ngày\s*)?)?(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*,?\s*)?(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*[,|\-–]?\s*(?:lúc\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?",
    )
    .unwrap()
});

/// Rule 3, front matter. Groups: day, month name, year, hour, minute, second,
/// sign, zone hours, zone minutes.
static FRONT_MATTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)^date:\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+\-])(\d{2}):?(\d{2})",
    )
    .unwrap()
});

/// Rule 3, scraped record. Groups: day, month, year, hour, minute.
static RECORD_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""(?:Time|Date|PublishDate|published)"\s*:\s*"(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?""#)
        .unwrap()
});

/// Vietnam's offset from UTC, in minutes: a stamp's clock time without a
/// zone is taken to be local.
const VIETNAM: i32 = 7 * 60;

#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    pub span: Range<usize>,
    pub date: Date,
    time: Option<(u8, u8, u8)>,
    /// Offset from UTC in minutes.
    offset: Option<i32>,
    /// A field of a delimited record (rule 4), whose line holds the text too.
    in_record: bool,
}

impl Stamp {
    /// The text the stamp takes up: its line, or its field in a record.
    pub fn owned(&self, text: &str) -> Range<usize> {
        if self.in_record {
            return self.span.clone();
        }
        let line_start =
            memchr::memrchr(b'\n', &text.as_bytes()[..self.span.start]).map_or(0, |i| i + 1);
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[self.span.end..])
            .map_or(text.len(), |i| self.span.end + i);
        line_start..line_end
    }

    pub(super) fn iso(&self) -> String {
        let mut s = self.date.to_string();
        if let Some((h, m, sec)) = self.time {
            s += &format!("T{h:02}:{m:02}:{sec:02}");
            // A clock time without a zone is Vietnam's (UTC+7): the pages are
            // Vietnamese portals, and a naive time would read as UTC.
            let off = self.offset.unwrap_or(VIETNAM);
            let sign = if off < 0 { '-' } else { '+' };
            s += &format!("{sign}{:02}:{:02}", off.abs() / 60, off.abs() % 60);
        }
        s
    }
}

fn num<T: std::str::FromStr>(c: &Captures, i: usize) -> Option<T> {
    c.get(i)?.as_str().parse().ok()
}

fn date(y: Option<i16>, m: Option<i8>, d: Option<i8>) -> Option<Date> {
    Date::new(y?, m?, d?)
        .ok()
        .filter(|d| (1990..=2100).contains(&d.year()))
}

fn time(c: &Captures, h: usize, m: usize, s: usize) -> Option<Option<(u8, u8, u8)>> {
    let Some(hour) = num::<u8>(c, h) else {
        return Some(None);
    };
    let min = num::<u8>(c, m)?;
    let sec = num::<u8>(c, s).unwrap_or(0);
    (hour < 24 && min < 60 && sec < 60).then_some(Some((hour, min, sec)))
}

fn offset(c: &Captures, sign: usize, h: usize, m: usize) -> Option<i32> {
    let s = c.get(sign)?.as_str();
    let minutes = num::<i32>(c, h)? * 60 + num::<i32>(c, m).unwrap_or(0);
    (minutes <= 14 * 60).then_some(if s == "+" { minutes } else { -minutes })
}

/// Rule 1 inside one segment. The haystack stops at the segment's last line
/// end, where `$` holds as in the whole text.
fn stamp_line_in(text: &str, seg: std::ops::Range<usize>) -> Option<Stamp> {
    let end = if seg.end == text.len() {
        seg.end
    } else {
        seg.start + memchr::memrchr(b'\n', &text.as_bytes()[seg.clone()])?
    };
    let hay = &text[..end];
    let mut pos = seg.start;
    while let Some(c) = STAMP_LINE.captures_at(hay, pos) {
        let m = c.get(0)?;
        pos = m.end();
        let is_stamp = c.get(1).is_some() || c.get(5).is_some() || c.get(8).is_some();
        if !is_stamp {
            continue;
        }
        let stamp = (|| {
            Some(Stamp {
                span: m.range(),
                date: date(num(&c, 4), num(&c, 3), num(&c, 2))?,
                time: time(&c, 5, 6, 7)?,
                offset: offset(&c, 8, 9, 10),
                in_record: false,
            })
        })();
        if stamp.is_some() {
            return stamp;
        }
    }
    None
}

/// Rule 2 inside one segment (no `$`: the barrier ends every match).
fn labelled_in(text: &str, seg: std::ops::Range<usize>) -> Option<Stamp> {
    let hay = &text[..seg.end];
    let mut pos = seg.start;
    while let Some(c) = LABELLED.captures_at(hay, pos) {
        let m = c.get(0)?;
        pos = m.end();
        let stamp = (|| {
            let time = match time(&c, 1, 2, 99)? {
                Some(t) => Some(t),
                None => time(&c, 6, 7, 8)?,
            };
            Some(Stamp {
                span: m.range(),
                date: date(num(&c, 5), num(&c, 4), num(&c, 3))?,
                time,
                offset: None,
                in_record: false,
            })
        })();
        if stamp.is_some() {
            return stamp;
        }
    }
    None
}

/// The first stamp of rule 1 and of rule 2, searched only in the segments
/// of the text that can hold one (`prefilter::stamp_segments`).
pub(super) fn stamp_line_and_labelled(text: &str) -> (Option<Stamp>, Option<Stamp>) {
    let (mut line, mut label) = (None, None);
    for seg in prefilter::stamp_segments(text) {
        if line.is_none() {
            line = stamp_line_in(text, seg.clone());
        }
        if label.is_none() {
            label = labelled_in(text, seg);
        }
        if line.is_some() && label.is_some() {
            break;
        }
    }
    (line, label)
}

/// Rule 1 over the whole text: the oracle of `prefilter::stamp_segments`.
#[cfg(test)]
pub(super) fn stamp_line(text: &str) -> Option<Stamp> {
    STAMP_LINE.captures_iter(text).find_map(|c| {
        let is_stamp = c.get(1).is_some() || c.get(5).is_some() || c.get(8).is_some();
        if !is_stamp {
            return None;
        }
        Some(Stamp {
            span: c.get(0)?.range(),
            date: date(num(&c, 4), num(&c, 3), num(&c, 2))?,
            time: time(&c, 5, 6, 7)?,
            offset: offset(&c, 8, 9, 10),
            in_record: false,
        })
    })
}

/// Rule 2 over the whole text: the oracle of `prefilter::stamp_segments`.
#[cfg(test)]
pub(super) fn labelled(text: &str) -> Option<Stamp> {
    LABELLED.captures_iter(text).find_map(|c| {
        let time = match time(&c, 1, 2, 99)? {
            Some(t) => Some(t),
            None => time(&c, 6, 7, 8)?,
        };
        Some(Stamp {
            span: c.get(0)?.range(),
            date: date(num(&c, 5), num(&c, 4), num(&c, 3))?,
            time,
            offset: None,
            in_record: false,
        })
    })
}

fn front_matter(text: &str) -> Option<Stamp> {
    FRONT_MATTER.captures_iter(text).find_map(|c| {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let m = MONTHS.iter().position(|&n| n == &c[2])? as i8 + 1;
        Some(Stamp {
            span: c.get(0)?.range(),
            date: date(num(&c, 3), Some(m), num(&c, 1))?,
            time: time(&c, 4, 5, 6)?,
            offset: offset(&c, 7, 8, 9),
            in_record: false,
        })
    })
}

fn record_time(text: &str) -> Option<Stamp> {
    RECORD_TIME.captures_iter(text).find_map(|c| {
        Some(Stamp {
            span: c.get(0)?.range(),
            date: date(num(&c, 3), num(&c, 2), num(&c, 1))?,
            time: time(&c, 4, 5, 99)?,
            offset: None,
            in_record: false,
        })
    })
}

/// Rule 4, a column's name: "published_time", "publish_date", "pubDate",
/// "date", "ngày đăng".
static PUBLISHED_COLUMN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:published|publish|pub|posted|post)(?:[_ -]?(?:time|date|at|datetime))?|date|(?:ngày|thời gian) (?:đăng|xuất bản))$")
        .unwrap()
});

/// Rule 4, the field. Groups: year, month, day, hour, minute, second,
/// zone ("Z" or sign), zone hours, zone minutes; then day, month, year,
/// hour, minute of the "D/M/YYYY" form.
static RECORD_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:(Z)|([+\-])(\d{2}):?(\d{2}))?)?|(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?)$",
    )
    .unwrap()
});

/// How far into the text a record's header may be: its first lines.
const HEADER_LINES: usize = 3;

/// A header names columns: a longer line is text.
const HEADER_BYTES: usize = 1000;

/// Rule 4: a header line with a publication column, and its field in the
/// next line.
fn record_column(text: &str) -> Option<Stamp> {
    let mut lines = text.split_inclusive('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len();
        Some((start, line.trim_end_matches(['\n', '\r'])))
    });
    let mut header = lines.next()?;
    for _ in 0..HEADER_LINES {
        if header.1.len() > HEADER_BYTES {
            return None;
        }
        let (start, record) = lines.next()?;
        if let Some(stamp) = column_stamp(header.1, start, record) {
            return Some(stamp);
        }
        header = (start, record);
    }
    None
}

/// The stamp in `record` (at byte `start`) under `header`'s publication
/// column.
fn column_stamp(header: &str, start: usize, record: &str) -> Option<Stamp> {
    let sep = ['|', '\t', ';', ',']
        .into_iter()
        .find(|&c| header.matches(c).count() >= 2)?;
    let column = header
        .split(sep)
        .position(|name| PUBLISHED_COLUMN.is_match(name.trim().trim_matches('"')))?;
    let mut at = start;
    let mut fields = record.split(sep);
    for _ in 0..column {
        at += fields.next()?.len() + sep.len_utf8();
    }
    let raw = fields.next()?;
    let value = raw.trim().trim_matches('"');
    let lead = raw.len() - raw.trim_start().trim_start_matches('"').len();
    field_stamp(value, at + lead..at + lead + value.len())
}

/// The stamp a publication field holds, taking up `span` of the text: an
/// ISO date or date-time ("2025-06-28T23:01:00+07:00") or "28/06/2025 23:01".
fn field_stamp(value: &str, span: Range<usize>) -> Option<Stamp> {
    let c = RECORD_FIELD.captures(value)?;
    let stamp = if c.get(1).is_some() {
        let zone = if c.get(7).is_some() {
            Some(0)
        } else {
            offset(&c, 8, 9, 10)
        };
        Stamp {
            span,
            date: date(num(&c, 1), num(&c, 2), num(&c, 3))?,
            time: time(&c, 4, 5, 6)?,
            offset: zone,
            in_record: true,
        }
    } else {
        Stamp {
            span,
            date: date(num(&c, 13), num(&c, 12), num(&c, 11))?,
            time: time(&c, 14, 15, 99)?,
            offset: None,
            in_record: true,
        }
    };
    Some(stamp)
}

/// The stamp a container's metadata gives (an HTML page's
/// `article:published_time`, a record's date field, a DOCX's creation date)
/// as written there, when it reads as one. It takes up no text.
pub fn from_metadata(value: &str) -> Option<Stamp> {
    let value = value.trim();
    // A PDF's info dictionary writes "D:20161224093000+07'00'".
    if let Some(pdf) = value.strip_prefix("D:") {
        return from_pdf_date(pdf);
    }
    field_stamp(value, 0..0).or_else(|| {
        let mut stamp = front_matter(&format!("date: {value}"))?;
        stamp.span = 0..0;
        Some(stamp)
    })
}

/// "20161224093000+07'00'" and its shorter forms ("20161224").
fn from_pdf_date(value: &str) -> Option<Stamp> {
    let digits = |range: Range<usize>| value.get(range)?.parse::<i16>().ok();
    let date = date(
        digits(0..4),
        digits(4..6).map(|m| m as i8),
        digits(6..8).map(|d| d as i8),
    )?;
    let time = match (digits(8..10), digits(10..12)) {
        (Some(h), Some(m)) if h < 24 && m < 60 => Some((
            h as u8,
            m as u8,
            digits(12..14).filter(|s| *s < 60).unwrap_or(0) as u8,
        )),
        _ => None,
    };
    Some(Stamp {
        span: 0..0,
        date,
        time,
        offset: None,
        in_record: true,
    })
}

/// Whether a column or field named `name` holds the publication date
/// ("published_time", "publish_date", "pubDate", "date", "ngày đăng").
pub fn is_published_column(name: &str) -> bool {
    PUBLISHED_COLUMN.is_match(name.trim().trim_matches('"'))
}

/// The first stamp in the text, by any rule.
pub fn find(text: &str) -> Option<Stamp> {
    let (line, label) = stamp_line_and_labelled(text);
    [
        line,
        label,
        front_matter(text),
        record_time(text),
        record_column(text),
    ]
    .into_iter()
    .flatten()
    .min_by_key(|s| s.span.start)
}

pub fn published(text: &str) -> Option<String> {
    find(text).map(|s| s.iso())
}

pub fn published_date(text: &str) -> Option<Date> {
    find(text).map(|s| s.date)
}
