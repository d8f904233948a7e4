//! Dates, periods and the event date.
//!
//! # What is a date
//!
//! | kind    | forms                                                        | value                 |
//! |---------|--------------------------------------------------------------|-----------------------|
//! | day     | `24/12/2016`, `24-12-2016`, `24.12.2016`, `3/3/17`, `ngày 24 tháng 12 năm 2016`, `ngày mồng 3 tháng 3`, `mùng 2/9`, `12 tháng 10 năm 2017`, `Sáng ngày 22/01/2016`, `Thứ Ba, 27/12/2016 17:00`, `Chiều 13-3`, `Sáng nay (12/1)`, `hôm qua` | `YYYY-MM-DD` |
//! | month   | `tháng 12/2016`, `tháng 12 năm 2016`, `tháng mười năm 2017`, `tháng 6`, `tháng ba`, `tháng trước` | `YYYY-MM` |
//! | year    | `năm 2016`, `năm nay`, `năm ngoái`                           | `YYYY`                |
//! | quarter | `quý I/2017`, `quý 1 năm 2017`, `quý 4 của năm 2018`, `quý ba` | `YYYY-Qn`           |
//! | period  | `4 tháng đầu năm 2017`, `giai đoạn 2016-2020`, `từ ngày 1/1 đến ngày 31/12/2016`, `ngày 6-7/7`, `tuần trước` | ISO 8601 interval of the precision written: `2017-01/2017-04`, `2016/2020`, `2016-01-01/2016-12-31`; `P8M` when only a length is known |
//!
//! A day's `text` takes in what is written before it and belongs to it: the
//! weekday, the time of day, a clock time, the word "ngày" ("Sáng nay, ngày
//! 30/12", "Tue, 27/12/2016 17:00").
//!
//! `from`/`to` are the first and last days a period or quarter covers, when the
//! text pins them. `time` is the time of day when one is written beside a day
//! ("17:00", "lúc 8 giờ 30").
//!
//! `relative` marks a date said from the day the page was written ("hôm
//! qua", "tuần trước", "tháng 6 năm nay"): it is read only on a page with a
//! publication stamp, and resolved against it.
//!
//! Years are accepted from 1945 to 2100 (the state's documents start in 1945);
//! anything else is a number, not a year. Calendar validity goes through
//! `jiff`, so "31/02/2016" and "45/13/2016" are not dates.
//!
//! # Rules
//!
//! 1. A numeric day with a year (`D/M/YYYY`, same separator twice) stands on
//!    its own. Without a year (`D/M`, `D-M`, `D.M`) it needs a cue right before
//!    it: `ngày`, a time of day (`sáng`, `chiều`, `tối`, `trưa`, `đêm`, `sáng
//!    nay`), a weekday, or a connector (`và`, `-`, `đến`) after another
//!    day (not a comma: "ngày 3/7, 12/12 đề án" lists a ratio). Without a
//!    cue, `50/53`, `19/63`, `20/20` are ratios.
//!    A cue may open a bracket: "Chiều nay (8/2)". A two-digit year
//!    ("3/3/17") needs the same cue; it is of this century unless that is
//!    more than ten years after the stamp (2030 without one): "2/9/45" is
//!    1945.
//! 2. A number glued to `/`, `.`, `,`, `:` or a letter belongs to something
//!    else: document numbers (`108/2014/NĐ-CP`, `36a/NQ-CP`), scores
//!    (`91,19/100`), standards (`ISO 9001:2008`), phone numbers
//!    (`(0212).3752.630`), URL paths (`/2024/09/04/`). `Đợt 1/2017` is a batch:
//!    a month needs the word `tháng`.
//! 3. A day right after a document number or name (`06/GP-TTĐT ngày
//!    19/6/2019`, `Nghị quyết số 35/NQ-CP ngày 16/5/2016`, `Luật ... ngày 19
//!    tháng 6 năm 2015`, `thông qua ngày ...`) is kept but marked `document`:
//!    it dates a document, not an event.
//! 4. A day without a year takes one from the document (`inferred_year`):
//!    - the publication stamp's year; if the day would then fall more than
//!      7 days after the stamp, the year before (an article does not report
//!      an event that has not happened yet);
//!      A limit ("đến ngày 15-4") may lie ahead and keeps the stamp's year;
//!    - else, in order: a reviewed year in the same sentence ("tổng kết ...
//!      năm 2015": the review happens in October to December of that year,
//!      else the year after); the nearest explicit year in the same sentence
//!      (of a day, month, quarter, year or one-year period; a year after a
//!      name counts: "(PCI) 2016", "Xuân Đinh Dậu 2017"); the year the
//!      sentence of the same day written elsewhere gives; an anniversary's
//!      ("kỷ niệm 10 năm thành lập", from its dated founding); the year
//!      written most often in days, months, quarters and spans; the year
//!      written most often alone; the year of the documents cited. Years
//!      that frame nothing are skipped: targets ("đến năm 2030", "tầm
//!      nhìn"), baselines ("so với năm 2010", "cao hơn năm 2016"), birth
//!      years, a law's year ("Luật HTX năm 2012"), multi-year spans. Plans
//!      and flashbacks do not vote; the year most written is then kept after
//!      the latest fact told as past and before the first plan
//!      (`year.rs`);
//!    - with no year anywhere, the value is an ISO month-day, `--MM-DD`
//!      (a month: `--MM`).
//!
//!    A day in a range (`từ ngày 1/1 đến ngày 31/12/2016`) takes the year of
//!    the other end instead. Periods without a year (`6 tháng cuối năm`)
//!    follow the same rule.
//! 5. `N tháng tiếp theo` / `N tháng còn lại` continue the nearest earlier
//!    `M tháng đầu năm YYYY`; otherwise they are a bare length (`P8M`).
//! 6. Days after "mồng"/"mùng", days with a year but no "ngày", months in
//!    words, months and quarters without a year (their year inferred as a
//!    day's, from their first day; a quarter with none to infer is left
//!    out), and what a lunar date or a count looks like: `scan/spoken.rs`.
//! 7. Dates said from the stamp ("hôm nay", "sáng nay", "hôm qua", "hôm
//!    kia", "tuần này/trước", "tháng này/trước", "năm nay/ngoái"), only on a
//!    page with one, `relative: true`; a day written beside one is the fact
//!    ("Sáng nay (12/1)"): `scan/relative.rs`.
//!
//! `published` and `event_date` have their own rules, in `stamp.rs` and
//! `event.rs`. The fast scans that let the rules' patterns run only where
//! they can match, each held to the plain search by a test, are fenced off
//! in `prefilter.rs` and `event_index.rs`.

mod cue;
mod event;
mod event_index;
mod prefilter;
mod scan;
mod stamp;

pub(crate) use stamp::is_published_column;
#[cfg(test)]
mod tests;
mod year;

use schemars::JsonSchema;
use serde::Serialize;

/// What a date expression denotes; `value` is formatted by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// YYYY-MM-DD
    Day,
    /// YYYY-MM
    Month,
    /// YYYY
    Year,
    /// YYYY-Qn
    Quarter,
    /// A span of time ("4 tháng đầu năm 2017", "giai đoạn 2016-2020"), with `from`/`to` when pinned.
    Period,
}

/// One date expression found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct DateFact {
    /// The date as written, with what belongs to it before it (a weekday, a
    /// time of day, a clock time, "ngày"): "Tue, 27/12/2016 17:00".
    pub text: String,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-Qn`, or for a period an ISO
    /// 8601 interval of the precision written (`2017-01/2017-04`) or a
    /// length (`P8M`); `--MM-DD` (`--MM`) when no year is to be had.
    pub value: String,
    /// Day, month, year, quarter or period.
    pub kind: DateKind,
    /// True when the text gave no year and it was inferred from the document.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub inferred_year: bool,
    /// The first day a period or quarter covers, where the text pins it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The last day a period or quarter covers, where the text pins it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Where `text` starts: a character offset into the normalized text.
    pub start: usize,
    /// Where `text` ends, as `start`.
    pub end: usize,
    /// Time of day written beside a day, "HH:MM".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// True when the date is a cited document's (issued, passed, in force),
    /// not an event's.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub document: bool,
    /// True when the text names the date from the page's stamp ("hôm qua",
    /// "năm nay", "tháng trước"): the value is resolved against the stamp.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub relative: bool,
}

/// Every date expression in `text`, in text order.
pub fn find_dates(text: &str) -> Vec<DateFact> {
    let stamp = stamp::published_date(text);
    scan::find(text, stamp)
}

/// The page's own publication stamp, ISO date or date-time.
pub fn published(text: &str) -> Option<String> {
    stamp::published(text)
}

/// What a document says of time: every date, its publication stamp and its event date.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentDates {
    pub dates: Vec<DateFact>,
    pub published: Option<String>,
    pub event_date: Option<String>,
    /// Why `event_date` was chosen (for `--explain`).
    pub event_why: Option<String>,
    /// The date in the text `event_date` comes from.
    pub event_day: Option<DateFact>,
}

/// [`find_dates`], [`published`] and [`event_date`] together, looking for the
/// page's stamp once instead of three times.
#[cfg(test)]
pub fn document_dates(text: &str) -> DocumentDates {
    let title = crate::extract::title::find_title(text);
    document_dates_with(text, title.as_deref(), None)
}

/// `document_dates` given the page's title (`title::find_title`), which
/// the event date reads (a digest has none), and the publication date a
/// container's metadata holds, as written there: when it reads as a date
/// it is the page's stamp, else the text's own stamp is looked for.
pub fn document_dates_with(
    text: &str,
    title: Option<&str>,
    published: Option<&str>,
) -> DocumentDates {
    let stamp = published
        .and_then(stamp::from_metadata)
        .or_else(|| stamp::find(text));
    let dates = scan::find(text, stamp.as_ref().map(|s| s.date));
    let choice = event::choose(text, &dates, stamp.as_ref(), title);
    let (event_date, event_why, event_day) = match choice {
        Some(c) => (Some(c.value), Some(c.why), Some(c.day)),
        None => (None, None, None),
    };
    DocumentDates {
        published: stamp.map(|s| s.iso()),
        event_date,
        event_why,
        event_day,
        dates,
    }
}

/// The YYYY-MM-DD date of the main event the report is about.
pub fn event_date(text: &str, dates: &[DateFact]) -> Option<String> {
    event::event_date(text, dates)
}
