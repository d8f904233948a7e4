//! One shape for every kind of fact a record lists: [`Fact`], and the one
//! list of the record's kinds, [`Record::fact_lists`].
//!
//! The record's passes (the offsets to characters, the limits) and the CSV
//! writers go through that list, so they treat every kind the same way.
//!
//! # Adding a kind
//! 1. Give [`Record`] a field `Vec<YourFact>` (and fill it in `from_facts`).
//! 2. Implement [`Fact`] for `YourFact` below.
//! 3. Name the field in `fact_lists!`, at the place its rows should take in
//!    `csv-facts`.
//!
//! It then has its offsets converted, its limits kept and its `csv-facts`
//! rows written. A column of its own in `csv` is one more line in
//! `output/csv.rs`; README's output contract names the kind.

use std::borrow::Cow;

use super::limits::{cap_list, cap_opt, cap_text, cap_texts};
use super::{NamedProvince, Record};
use crate::extract::{
    award::Award, date::DateFact, date::DateKind, percent::Percentage, person::Chairperson,
    person::Person, province::DistrictMention, ratio::Ratio, score::Score,
};

/// A fact of the record, as the record's passes and a flat table see it.
pub trait Fact {
    /// Its kind, as `csv-facts` names it: "date", "district", ...
    fn kind_name(&self) -> &'static str;
    /// Its text as written: for a located fact, the slice of the normalized
    /// text that [`span`](Fact::span) names.
    fn text(&self) -> &str;
    /// Where its text is (start, end): in bytes as extracted, in characters
    /// once in a record. None for a fact the record counts rather than
    /// locates (a province).
    fn span(&self) -> Option<(usize, usize)>;
    /// The same offsets, to rewrite.
    fn span_mut(&mut self) -> Option<(&mut usize, &mut usize)>;
    /// What it says, in one cell ("2016-12-24", "94.3", "Cầm Ngọc Minh").
    fn value(&self) -> Cow<'_, str>;
    /// What qualifies the value (a date's kind, a person's titles).
    fn detail(&self) -> Cow<'_, str>;
    /// What it is about or bounded by (a percentage's noun phrase).
    fn context(&self) -> Cow<'_, str>;
    /// Its number, for a sum or an average in a pivot table: a percentage's
    /// or a score's value, a ratio as a percentage, an award's count (or
    /// its collectives and individuals together); `None` for a fact without one.
    fn number(&self) -> Option<f64> {
        None
    }
    /// Whether its numbers are finite: a record drops a fact whose are not.
    fn is_finite(&self) -> bool {
        true
    }
    /// Cuts its texts other than `text` (names, titles, contexts) to the
    /// record's limits; returns whether one was cut.
    fn cap_fields(&mut self) -> bool {
        false
    }
}

/// A list of facts of one kind, whatever the kind.
pub trait FactList {
    /// How many facts it holds.
    fn len(&self) -> usize;
    /// Its `i`th fact.
    fn get(&self, i: usize) -> &dyn Fact;
    /// Keeps the facts `keep` says yes to; returns whether any was dropped.
    fn retain(&mut self, keep: &mut dyn FnMut(&dyn Fact) -> bool) -> bool;
    /// Keeps its first `max` facts; returns whether any was dropped.
    fn keep_first(&mut self, max: usize) -> bool;
    /// Calls `each` with every fact in turn.
    fn each_mut<'a>(&'a mut self, each: &mut dyn FnMut(&'a mut dyn Fact));
}

impl<T: Fact> FactList for Vec<T> {
    fn len(&self) -> usize {
        <[T]>::len(self)
    }
    fn get(&self, i: usize) -> &dyn Fact {
        &self[i]
    }
    fn retain(&mut self, keep: &mut dyn FnMut(&dyn Fact) -> bool) -> bool {
        let before = <[T]>::len(self);
        Vec::retain(self, |fact| keep(fact));
        <[T]>::len(self) < before
    }
    fn keep_first(&mut self, max: usize) -> bool {
        cap_list(self, max)
    }
    fn each_mut<'a>(&'a mut self, each: &mut dyn FnMut(&'a mut dyn Fact)) {
        for fact in self {
            each(fact);
        }
    }
}

impl dyn FactList + '_ {
    /// Its facts in order.
    pub fn iter(&self) -> impl Iterator<Item = &dyn Fact> {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// The record's lists, one per kind, in the order of `csv-facts` (that of
/// JSON, but dates first): the one place that lists the kinds.
macro_rules! fact_lists {
    ($record:ident, $($borrow:tt)+) => {
        [
            $($borrow)+ $record.dates,
            $($borrow)+ $record.provinces,
            $($borrow)+ $record.districts,
            $($borrow)+ $record.chairpersons,
            $($borrow)+ $record.people,
            $($borrow)+ $record.percentages,
            $($borrow)+ $record.ratios,
            $($borrow)+ $record.scores,
            $($borrow)+ $record.awards,
        ]
    };
}

impl Record {
    /// Every kind of fact of the record, one list each, in a fixed order
    /// (see the module documentation).
    pub(crate) fn fact_lists(&self) -> impl Iterator<Item = &dyn FactList> {
        let lists: [&dyn FactList; _] = fact_lists!(self, &);
        lists.into_iter()
    }

    /// The same lists, to change.
    pub(crate) fn fact_lists_mut(&mut self) -> impl Iterator<Item = &mut dyn FactList> {
        let lists: [&mut dyn FactList; _] = fact_lists!(self, &mut);
        lists.into_iter()
    }
}

/// A number as people write it in a spreadsheet: no trailing ".0". Records
/// hold no infinite value; should one come, it is written as nothing.
fn number(value: f64) -> String {
    if value.is_finite() {
        format!("{value}")
    } else {
        String::new()
    }
}

fn finite(value: Option<f64>) -> bool {
    value.is_none_or(f64::is_finite)
}

fn opt_count(value: Option<u32>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn opt(text: &Option<String>) -> Cow<'_, str> {
    Cow::Borrowed(text.as_deref().unwrap_or_default())
}

/// The located facts' offsets.
macro_rules! span {
    () => {
        fn span(&self) -> Option<(usize, usize)> {
            Some((self.start, self.end))
        }
        fn span_mut(&mut self) -> Option<(&mut usize, &mut usize)> {
            Some((&mut self.start, &mut self.end))
        }
        fn text(&self) -> &str {
            &self.text
        }
    };
}

impl Fact for DateFact {
    span!();
    fn kind_name(&self) -> &'static str {
        "date"
    }
    fn value(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.value)
    }
    /// The date's kind, then what qualifies its value.
    fn detail(&self) -> Cow<'_, str> {
        let kind = match self.kind {
            DateKind::Day => "day",
            DateKind::Month => "month",
            DateKind::Year => "year",
            DateKind::Quarter => "quarter",
            DateKind::Period => "period",
        };
        let mut detail = vec![kind.to_owned()];
        detail.extend(self.time.as_ref().map(|t| format!("at {t}")));
        if self.inferred_year {
            detail.push("year inferred".to_owned());
        }
        if self.document {
            detail.push("date of a document".to_owned());
        }
        if self.relative {
            detail.push("relative to the stamp".to_owned());
        }
        Cow::Owned(detail.join(", "))
    }
    /// A period's bounds.
    fn context(&self) -> Cow<'_, str> {
        match (&self.from, &self.to) {
            (Some(from), Some(to)) => Cow::Owned(format!("{from}/{to}")),
            _ => Cow::Borrowed(""),
        }
    }
    fn cap_fields(&mut self) -> bool {
        cap_text(&mut self.value)
            | cap_opt(&mut self.from)
            | cap_opt(&mut self.to)
            | cap_opt(&mut self.time)
    }
}

/// The record counts provinces rather than locating them: no offsets, its
/// successor as context.
impl Fact for NamedProvince {
    fn kind_name(&self) -> &'static str {
        "province"
    }
    fn text(&self) -> &str {
        self.province.name
    }
    fn span(&self) -> Option<(usize, usize)> {
        None
    }
    fn span_mut(&mut self) -> Option<(&mut usize, &mut usize)> {
        None
    }
    fn value(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.province.name)
    }
    fn detail(&self) -> Cow<'_, str> {
        Cow::Owned(format!(
            "code {}, mentions {}",
            self.province.code, self.mentions
        ))
    }
    fn context(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.province.successor_2025)
    }
}

/// Its value is the unit word and the name ("huyện Sông Mã" for "H. Sông
/// Mã"); its detail the unit word.
impl Fact for DistrictMention {
    span!();
    fn kind_name(&self) -> &'static str {
        "district"
    }
    fn value(&self) -> Cow<'_, str> {
        Cow::Owned(format!("{} {}", self.kind, self.name))
    }
    fn detail(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.kind)
    }
    fn context(&self) -> Cow<'_, str> {
        Cow::Borrowed("")
    }
    fn cap_fields(&mut self) -> bool {
        cap_text(&mut self.name)
    }
}

impl Fact for Chairperson {
    span!();
    fn kind_name(&self) -> &'static str {
        "chairperson"
    }
    fn value(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.name)
    }
    fn detail(&self) -> Cow<'_, str> {
        Cow::Owned(self.titles.join("; "))
    }
    fn context(&self) -> Cow<'_, str> {
        Cow::Borrowed(if self.presided { "presided" } else { "" })
    }
    fn cap_fields(&mut self) -> bool {
        cap_text(&mut self.name) | cap_texts(&mut self.titles) | cap_texts(&mut self.bodies)
    }
}

impl Fact for Person {
    span!();
    fn kind_name(&self) -> &'static str {
        "person"
    }
    fn value(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.name)
    }
    fn detail(&self) -> Cow<'_, str> {
        Cow::Owned(self.titles.join("; "))
    }
    fn context(&self) -> Cow<'_, str> {
        opt(&self.role)
    }
    fn cap_fields(&mut self) -> bool {
        cap_text(&mut self.name) | cap_texts(&mut self.titles) | cap_opt(&mut self.role)
    }
}

impl Fact for Percentage {
    span!();
    fn kind_name(&self) -> &'static str {
        "percentage"
    }
    fn number(&self) -> Option<f64> {
        Some(self.value)
    }
    fn value(&self) -> Cow<'_, str> {
        Cow::Owned(number(self.value))
    }
    fn detail(&self) -> Cow<'_, str> {
        opt(&self.qualifier)
    }
    fn context(&self) -> Cow<'_, str> {
        opt(&self.context)
    }
    fn is_finite(&self) -> bool {
        self.value.is_finite()
    }
    fn cap_fields(&mut self) -> bool {
        cap_opt(&mut self.qualifier) | cap_opt(&mut self.context)
    }
}

/// Its value is "numerator/denominator"; its context the percent it makes.
impl Fact for Ratio {
    span!();
    fn kind_name(&self) -> &'static str {
        "ratio"
    }
    /// The share in percent: "50/53" is 94.34; a stated percentage wins.
    fn number(&self) -> Option<f64> {
        self.percent.or_else(|| {
            (self.denominator != 0.0).then(|| self.numerator / self.denominator * 100.0)
        })
    }
    fn value(&self) -> Cow<'_, str> {
        Cow::Owned(format!(
            "{}/{}",
            number(self.numerator),
            number(self.denominator)
        ))
    }
    fn detail(&self) -> Cow<'_, str> {
        opt(&self.unit)
    }
    fn context(&self) -> Cow<'_, str> {
        self.percent
            .map_or(Cow::Borrowed(""), |p| Cow::Owned(format!("{}%", number(p))))
    }
    fn is_finite(&self) -> bool {
        self.numerator.is_finite() && self.denominator.is_finite() && finite(self.percent)
    }
    fn cap_fields(&mut self) -> bool {
        cap_opt(&mut self.unit)
    }
}

/// Its detail is the scale ("out of 10") or else the change.
impl Fact for Score {
    span!();
    fn kind_name(&self) -> &'static str {
        "score"
    }
    fn number(&self) -> Option<f64> {
        Some(self.value)
    }
    fn value(&self) -> Cow<'_, str> {
        Cow::Owned(number(self.value))
    }
    fn detail(&self) -> Cow<'_, str> {
        match (self.out_of, &self.change) {
            (Some(max), _) => Cow::Owned(format!("out of {}", number(max))),
            (None, Some(change)) => Cow::Borrowed(change),
            (None, None) => Cow::Borrowed(""),
        }
    }
    fn context(&self) -> Cow<'_, str> {
        opt(&self.subject)
    }
    fn is_finite(&self) -> bool {
        self.value.is_finite() && finite(self.out_of)
    }
    fn cap_fields(&mut self) -> bool {
        cap_opt(&mut self.change) | cap_opt(&mut self.subject)
    }
}

/// Its detail gives the counts; its context the giver.
impl Fact for Award {
    span!();
    fn kind_name(&self) -> &'static str {
        "award"
    }
    /// Its count, else its collectives and individuals together.
    fn number(&self) -> Option<f64> {
        let together = match (self.collectives, self.individuals) {
            (None, None) => None,
            (c, i) => Some(u64::from(c.unwrap_or(0)) + u64::from(i.unwrap_or(0))),
        };
        self.count.map(u64::from).or(together).map(|n| n as f64)
    }
    fn value(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.award)
    }
    fn detail(&self) -> Cow<'_, str> {
        Cow::Owned(format!(
            "collectives {}, individuals {}, count {}",
            opt_count(self.collectives),
            opt_count(self.individuals),
            opt_count(self.count)
        ))
    }
    fn context(&self) -> Cow<'_, str> {
        opt(&self.giver)
    }
    fn cap_fields(&mut self) -> bool {
        cap_text(&mut self.award) | cap_opt(&mut self.giver)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "UBND TP.Quy Nhơn" at byte 5: one value for any spelling of the unit.
    #[test]
    fn a_district_reads_as_its_unit_and_name() {
        let district = DistrictMention {
            kind: "thành phố",
            name: "Quy Nhơn".into(),
            text: "TP.Quy Nhơn".into(),
            start: 5,
            end: 17,
        };
        assert_eq!(district.kind_name(), "district");
        assert_eq!(district.text(), "TP.Quy Nhơn");
        assert_eq!(district.value(), "thành phố Quy Nhơn");
        assert_eq!(district.detail(), "thành phố");
        assert_eq!(district.context(), "");
        assert_eq!(district.span(), Some((5, 17)));
    }
}
