//! The scan's candidates: what a form found (`Raw`), where (`Cand`), and
//! the calendar checks every form shares. A candidate becomes a
//! `DateFact` in `build.rs`, once overlaps are resolved and ranges joined.

use jiff::civil::Date;

use super::relative;

/// Plausible years for a report: the state's documents start in 1945.
const YEARS: std::ops::RangeInclusive<i16> = 1945..=2100;

/// Year, month, day.
pub(super) type Ymd = (i16, i8, i8);

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Head {
    First,
    Last,
    Next,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Raw {
    Day {
        y: Option<i16>,
        m: i8,
        d: i8,
        time: Option<(u8, u8)>,
    },
    DaySpan {
        y: Option<i16>,
        m: i8,
        d1: i8,
        d2: i8,
    },
    Month {
        y: i16,
        m: i8,
    },
    Quarter {
        y: i16,
        q: i8,
    },
    Year {
        y: i16,
    },
    Years {
        y1: i16,
        y2: i16,
    },
    Months {
        n: i8,
        head: Head,
        y: Option<i16>,
    },
    /// Two dates joined by "từ ... đến ...": indexes into the candidate list.
    Range {
        from: (i16, i8, i8),
        to: (i16, i8, i8),
    },
    /// "tháng 6", "tháng ba": a month the text gives without a year.
    YearlessMonth {
        m: i8,
    },
    /// "quý 2", "quý ba": a quarter the text gives without a year.
    YearlessQuarter {
        q: i8,
    },
    /// "hôm qua", "năm nay": said from the page's stamp, resolved against it.
    Relative(relative::Rel),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Cand {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) raw: Raw,
    pub(super) document: bool,
}

pub(super) fn year(y: i16) -> Option<i16> {
    YEARS.contains(&y).then_some(y)
}

pub(super) fn valid(y: i16, m: i8, d: i8) -> bool {
    Date::new(y, m, d).is_ok()
}

/// A day without a year is checked against a leap year, so 29/2 passes.
pub(super) fn valid_month_day(m: i8, d: i8) -> bool {
    valid(2000, m, d)
}

/// First and last day of a candidate whose year is known.
pub(super) fn bounds(raw: &Raw) -> Option<(Ymd, Ymd)> {
    let last = |y: i16, m: i8| Date::new(y, m, 1).ok().map(|d| d.last_of_month().day());
    match *raw {
        Raw::Day {
            y: Some(y), m, d, ..
        } => Some(((y, m, d), (y, m, d))),
        Raw::Month { y, m } => Some(((y, m, 1), (y, m, last(y, m)?))),
        Raw::Year { y, .. } => Some(((y, 1, 1), (y, 12, 31))),
        Raw::Quarter { y, q } => Some(((y, q * 3 - 2, 1), (y, q * 3, last(y, q * 3)?))),
        _ => None,
    }
}
