//! Facts → the output record: one per input document, ok or error.
//!
//! Extractors report byte offsets; the record reports character (Unicode scalar)
//! offsets, converted here in one place. No I/O.
//!
//! Every kind of fact has one shape, [`Fact`], and the record one list of its
//! kinds, [`Record::fact_lists`]: the offset pass, the limits and the CSV
//! writers go through it alike (`fact.rs` says how to add a kind).
//!
//! # Limits
//! A hostile document must not turn into a gigabyte of output: a fact whose
//! number is not finite is dropped, each kind keeps its first [`MAX_FACTS`],
//! texts keep [`MAX_TEXT`] characters and lists inside a fact [`MAX_LIST`]
//! entries (`limits.rs` says how and why). When a limit bit, the record says
//! `truncated: true`.

mod fact;
mod limits;
mod schema;

use schemars::JsonSchema;
use serde::Serialize;

use crate::extract::{
    Facts, award::Award, date::DateFact, percent::Percentage, person::Chairperson, person::Person,
    province::DistrictMention, province::Province, province::SubjectProvince, ratio::Ratio,
    score::Score,
};

pub use fact::{Fact, FactList};
pub use limits::{MAX_FACTS, MAX_LIST, MAX_TEXT};
use limits::{apply_limits, drop_non_finite};
pub use schema::{SCHEMA, SchemaVersion, record_schema};

/// A province named in the report, with how often.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct NamedProvince {
    /// The province: `name`, `code`, `successor_2025`.
    #[serde(flatten)]
    pub province: Province,
    /// How many times the body names it (a source credit counts; a page's
    /// menus, front matter, masthead and footer do not).
    pub mentions: usize,
}

/// One record per input document, whether it could be processed or not.
/// Field names are the output contract documented in README.md; every
/// `start`/`end` is a character (Unicode scalar) offset into the normalized
/// text ([`Extractor::normalize`](crate::Extractor::normalize)), so that
/// `text == normalized[start..end]` ([`Record::spans`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Record {
    /// The version of this shape: [`SCHEMA`], "vnextract/1". A field
    /// removed or renamed, or a value whose meaning changed, is a new
    /// version; a field added is not.
    pub schema: SchemaVersion,
    /// The path as given (`-` for standard input); empty for text given
    /// to [`Extractor::extract`](crate::Extractor::extract).
    pub source: String,
    /// `None`, or why this input could not be processed (then every fact
    /// is empty).
    pub error: Option<String>,
    /// The encoding the input was decoded from, or `None` when it could
    /// not be read (or was given as text).
    pub encoding: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The page's publication stamp (a stamp line, a labelled date, a
    /// feed's front matter, a scraped record's date field or its published
    /// column), ISO date or date-time.
    pub published: Option<String>,
    /// `YYYY-MM-DD` of the main event reported (a meeting, ceremony,
    /// visit, announcement, a resolution's adoption); `None` for digests,
    /// postings, no event named, no year to be had.
    pub event_date: Option<String>,
    /// True when `event_date`'s year was not written next to its day: taken
    /// from the page's stamp or the text's other dates ("ngày 30/12"), or
    /// named from the stamp ("hôm qua"). Such a year is a guess worth a look.
    pub event_date_inferred: bool,
    /// The date in the text `event_date` comes from, `null` without one.
    pub event_day: Option<EventDay>,
    /// The province the report is about, or `None` when the text does not
    /// say.
    pub province: Option<SubjectProvince>,
    /// Every province named in the body (a source credit counts; a page's
    /// menus, front matter, masthead and footer do not), with how often.
    pub provinces: Vec<NamedProvince>,
    /// Districts, towns and cities below the province, as written: never provinces.
    pub districts: Vec<DistrictMention>,
    /// Every person with a chair title (Chủ tịch of any body, current,
    /// acting or former; Phó Chủ tịch alone is not one).
    pub chairpersons: Vec<Chairperson>,
    /// The name of who chaired (chủ trì) the main event, whatever their
    /// title; with co-chairs the first named; `None` when the text does not
    /// say, or is a digest of several items.
    pub presiding: Option<String>,
    /// Every named person.
    pub people: Vec<Person>,
    /// Every date, month, year, quarter and period, in text order.
    pub dates: Vec<DateFact>,
    /// Every percentage, in text order (a range gives both bounds).
    pub percentages: Vec<Percentage>,
    /// Every ratio ("50/53 đầu công việc").
    pub ratios: Vec<Ratio>,
    /// Every score ("91,19/100 điểm").
    pub scores: Vec<Score>,
    /// One per conferral of an award (a caption or headline restating one
    /// is not repeated; proposals are none).
    pub awards: Vec<Award>,
    /// True when a limit left something out ([`MAX_FACTS`], [`MAX_TEXT`],
    /// [`MAX_LIST`]); written only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
    /// Why each single-valued field has its value; only with `--explain`
    /// ([`crate::Options::explain`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Explain>,
}

/// Where the event date is written.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct EventDay {
    /// The date as written ("Sáng nay, ngày 30/12" gives "ngày 30/12").
    pub text: String,
    /// Character offset of its start in the normalized text.
    pub start: usize,
    /// Character offset of its end.
    pub end: usize,
}

/// One short sentence for each single-valued choice of a record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Explain {
    /// Which rule chose the day and where its year came from.
    pub event_date: String,
    /// Which mention made `presiding`.
    pub presiding: String,
    /// What decided the subject province (its `evidence`).
    pub province: String,
}

impl Record {
    /// The record of an input that could not be processed.
    pub(crate) fn failed(source: impl Into<String>, error: &crate::Error) -> Record {
        Record {
            source: source.into(),
            error: Some(error.to_string()),
            ..Record::default()
        }
    }

    /// The record of a document whose normalized text is `text` and facts `facts`.
    pub(crate) fn from_facts(source: impl Into<String>, text: &str, facts: Facts) -> Record {
        let mut provinces: Vec<NamedProvince> = Vec::new();
        for mention in facts.provinces.iter().filter(|m| m.place.in_body()) {
            match provinces
                .iter_mut()
                .find(|p| p.province.code == mention.province.code)
            {
                Some(named) => named.mentions += 1,
                None => provinces.push(NamedProvince {
                    province: mention.province,
                    mentions: 1,
                }),
            }
        }
        let mut record = Record {
            schema: SchemaVersion,
            source: source.into(),
            error: None,
            encoding: None,
            title: facts.title,
            published: facts.published,
            event_date: facts.event_date,
            event_date_inferred: facts
                .event_day
                .as_ref()
                .is_some_and(|d| d.inferred_year || d.relative),
            event_day: facts.event_day.map(|d| EventDay {
                text: d.text,
                start: d.start,
                end: d.end,
            }),
            province: facts.province,
            provinces,
            districts: facts.districts,
            chairpersons: facts.people.chairpersons,
            presiding: facts.people.presiding,
            people: facts.people.people,
            dates: facts.dates,
            percentages: facts.percentages,
            ratios: facts.ratios,
            scores: facts.scores,
            awards: facts.awards,
            truncated: false,
            explain: None,
        };
        record.explain = Some(Explain {
            event_date: facts.event_why.unwrap_or_else(|| {
                "no event date: no full date in a sentence naming an event (or a digest, or no year to be had)".to_owned()
            }),
            presiding: match (&record.presiding, facts.people.presiding_at) {
                (Some(_), Some(at)) => format!(
                    "the first mention said to chair (chủ trì, chủ tọa): “{}”",
                    excerpt(text, at)
                ),
                _ => "nobody is said to chair (chủ trì, chủ tọa) the event".to_owned(),
            },
            province: record.province.as_ref().map_or_else(
                || "no province evidence in the text".to_owned(),
                |p| p.evidence.clone(),
            ),
        });
        drop_non_finite(&mut record);
        record.truncated = apply_limits(&mut record);
        to_char_offsets(text, &mut record);
        record
    }

    /// Every located fact as (text, start, end), kind by kind, offsets in
    /// characters: the `start..end` slice of the normalized text is the
    /// fact's text.
    pub fn spans(&self) -> Vec<(&str, usize, usize)> {
        let event_day = self
            .event_day
            .iter()
            .map(|d| (d.text.as_str(), d.start, d.end));
        self.fact_lists()
            .flat_map(|list| list.iter())
            .filter_map(|fact| fact.span().map(|(start, end)| (fact.text(), start, end)))
            .chain(event_day)
            .collect()
    }
}

/// The sentence around byte offset `at` of `text`, on one line, cut at
/// whole words to about 80 characters on either side ("…" where cut).
fn excerpt(text: &str, at: usize) -> String {
    const REACH: usize = 80;
    let at = text.floor_char_boundary(at.min(text.len()));
    let sentence_start = text[..at].rfind(['\n', '.']).map_or(0, |i| i + 1);
    let sentence_end = text[at..].find(['\n', '.']).map_or(text.len(), |i| at + i);
    let mut from = sentence_start;
    let mut to = sentence_end;
    let (mut head, mut tail) = ("", "");
    if at - from > REACH {
        let cut = text.floor_char_boundary(at - REACH);
        from = text[cut..at].find(' ').map_or(cut, |i| cut + i + 1);
        head = "…";
    }
    if to - at > 2 * REACH {
        let cut = text.floor_char_boundary(at + 2 * REACH);
        to = text[at..cut].rfind(' ').map_or(cut, |i| at + i);
        tail = "…";
    }
    format!("{head}{}{tail}", text[from..to].trim())
}

/// Rewrites every located fact's byte offsets as character offsets.
fn to_char_offsets(text: &str, record: &mut Record) {
    if let Some(day) = &mut record.event_day {
        let start = day.start.min(text.len());
        let end = day.end.clamp(start, text.len());
        day.start = text[..start].chars().count();
        day.end = day.start + text[start..end].chars().count();
    }
    let facts: usize = record.fact_lists().map(|list| list.len()).sum();
    let mut offsets: Vec<&mut usize> = Vec::with_capacity(2 * facts);
    for list in record.fact_lists_mut() {
        list.each_mut(&mut |fact| {
            if let Some((start, end)) = fact.span_mut() {
                offsets.extend([start, end]);
            }
        });
    }
    // One forward pass over the text however many facts there are.
    offsets.sort_unstable_by_key(|offset| **offset);
    let mut chars_before = 0;
    let mut bytes_seen = 0;
    for offset in offsets {
        let byte = (*offset).min(text.len());
        chars_before += text[bytes_seen..byte].chars().count();
        bytes_seen = byte;
        *offset = chars_before;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::percent::Percentage;

    /// The event date says where it is written and whether its year was:
    /// An Giang's "Sáng nay, ngày 30/12" takes its year from the stamp.
    #[test]
    fn the_event_date_says_where_it_is_and_whether_its_year_was_written() {
        let extractor = crate::Extractor::default();
        let record = extractor.extract(crate::testing::seeds::AN_GIANG_2015);
        assert_eq!(record.event_date.as_deref(), Some("2015-12-30"));
        assert!(record.event_date_inferred);
        let day = record.event_day.as_ref().expect("the event's day");
        assert_eq!(day.text, "Sáng nay, ngày 30/12");
        let text = extractor.normalize_text(crate::testing::seeds::AN_GIANG_2015);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(
            chars[day.start..day.end].iter().collect::<String>(),
            day.text
        );
        let record = extractor.extract(crate::testing::seeds::SON_LA_2016);
        assert_eq!(record.event_date.as_deref(), Some("2016-12-24"));
        assert!(!record.event_date_inferred);
        assert_eq!(record.event_day.unwrap().text, "Ngày 24/12/2016");
    }

    #[test]
    fn byte_offsets_become_char_offsets() {
        let text = "đạt 94,3% và 100%";
        let start = text.find("94,3%").unwrap();
        let mut facts = Facts::default();
        facts.percentages.push(Percentage {
            text: "94,3%".into(),
            value: 94.3,
            qualifier: None,
            context: None,
            start,
            end: start + "94,3%".len(),
        });
        let record = Record::from_facts("x", text, facts);
        let p = &record.percentages[0];
        let chars: Vec<char> = text.chars().collect();
        assert_eq!((p.start, p.end), (4, 9));
        assert_eq!(chars[p.start..p.end].iter().collect::<String>(), "94,3%");
    }
}
