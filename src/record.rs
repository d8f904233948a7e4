//! Facts → the output record: one per input document, ok or error.
//!
//! Extractors report byte offsets; the record reports character (Unicode scalar)
//! offsets, converted here in one place. No I/O.
//!
//! # Limits
//! A hostile document (10 MB of "95,5%") must not turn into a gigabyte of
//! output, nor a value a reader cannot take. Here, after extraction:
//! - a fact whose number is not finite (a figure of more than 309 digits) is
//!   dropped: JSON has no infinity, and a spreadsheet would read `inf`;
//! - each kind of fact keeps its first [`MAX_FACTS`] (10,000; real reports
//!   have at most a few dozen);
//! - a located fact whose text is longer than [`MAX_TEXT`] characters (1,000;
//!   real ones have at most about 50) is dropped, as cutting its text would
//!   break `text == normalized[start..end]`; any other text (title, name,
//!   context, evidence, ...) is cut to [`MAX_TEXT`] characters, and lists
//!   inside a fact (titles, bodies) keep their first [`MAX_LIST`] entries.
//!
//! When a limit bit, the record says `truncated: true` (the field is left
//! out otherwise).

use serde::Serialize;

use crate::extract::{
    Facts, award::Award, date::DateFact, percent::Percentage, person::Chairperson, person::Person,
    province::DistrictMention, province::Province, province::SubjectProvince, ratio::Ratio,
    score::Score,
};

/// A province named in the report, with how often.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NamedProvince {
    #[serde(flatten)]
    pub province: Province,
    pub mentions: usize,
}

/// One record per input document. Field names are the output contract
/// documented in README.md.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Record {
    pub source: String,
    pub error: Option<String>,
    /// The encoding the input was decoded from, when it was read.
    pub encoding: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub event_date: Option<String>,
    pub province: Option<SubjectProvince>,
    pub provinces: Vec<NamedProvince>,
    /// Districts, towns and cities below the province, as written: never provinces.
    pub districts: Vec<DistrictMention>,
    pub chairpersons: Vec<Chairperson>,
    pub presiding: Option<String>,
    pub people: Vec<Person>,
    pub dates: Vec<DateFact>,
    pub percentages: Vec<Percentage>,
    pub ratios: Vec<Ratio>,
    pub scores: Vec<Score>,
    pub awards: Vec<Award>,
    /// Some facts or text were left out by the limits (see the module
    /// documentation); written only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
    /// Why each single-valued field has its value; only with `--explain`
    /// ([`crate::Options::explain`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Explain>,
}

/// One short sentence for each single-valued choice of a record.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Explain {
    /// Which rule chose the day and where its year came from.
    pub event_date: String,
    /// Which mention made `presiding`.
    pub presiding: String,
    /// What decided the subject province (its `evidence`).
    pub province: String,
}

/// The most facts of one kind a record keeps.
pub const MAX_FACTS: usize = crate::extract::MAX_FACTS;

/// The most characters of one text a record keeps.
pub const MAX_TEXT: usize = 1_000;

/// The most entries of a list inside a fact (a person's titles).
pub const MAX_LIST: usize = 100;

impl Record {
    /// The record of an input that could not be processed.
    pub fn failed(source: impl Into<String>, error: &crate::Error) -> Record {
        Record {
            source: source.into(),
            error: Some(error.to_string()),
            ..Record::default()
        }
    }

    /// The record of a document whose normalized text is `text` and facts `facts`.
    pub fn from_facts(source: impl Into<String>, text: &str, facts: Facts) -> Record {
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
            source: source.into(),
            error: None,
            encoding: None,
            title: facts.title,
            published: facts.published,
            event_date: facts.event_date,
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

/// Drops the facts whose numbers are not finite.
fn drop_non_finite(r: &mut Record) {
    let finite = |x: Option<f64>| x.is_none_or(f64::is_finite);
    r.percentages.retain(|p| p.value.is_finite());
    r.ratios
        .retain(|x| x.numerator.is_finite() && x.denominator.is_finite() && finite(x.percent));
    r.scores.retain(|x| x.value.is_finite() && finite(x.out_of));
}

/// Applies the limits of the module documentation; returns whether one bit.
fn apply_limits(r: &mut Record) -> bool {
    let mut cut = false;
    // Located facts with overlong text go first, then each kind is capped.
    macro_rules! located {
        ($($list:ident),*) => {$(
            let before = r.$list.len();
            r.$list.retain(|f| !too_long(&f.text));
            cut |= r.$list.len() < before;
            cut |= cap_list(&mut r.$list, MAX_FACTS);
        )*};
    }
    located!(
        dates,
        districts,
        chairpersons,
        people,
        percentages,
        ratios,
        scores,
        awards
    );
    cut |= cap_list(&mut r.provinces, MAX_FACTS);
    for text in [
        &mut r.title,
        &mut r.published,
        &mut r.event_date,
        &mut r.presiding,
    ] {
        cut |= cap_opt(text);
    }
    if let Some(province) = &mut r.province {
        cut |= cap_text(&mut province.evidence);
    }
    for d in &mut r.dates {
        cut |= cap_text(&mut d.value)
            | cap_opt(&mut d.from)
            | cap_opt(&mut d.to)
            | cap_opt(&mut d.time);
    }
    for d in &mut r.districts {
        cut |= cap_text(&mut d.name);
    }
    for c in &mut r.chairpersons {
        cut |= cap_text(&mut c.name) | cap_texts(&mut c.titles) | cap_texts(&mut c.bodies);
    }
    for p in &mut r.people {
        cut |= cap_text(&mut p.name) | cap_texts(&mut p.titles) | cap_opt(&mut p.role);
    }
    for p in &mut r.percentages {
        cut |= cap_opt(&mut p.qualifier) | cap_opt(&mut p.context);
    }
    for x in &mut r.ratios {
        cut |= cap_opt(&mut x.unit);
    }
    for x in &mut r.scores {
        cut |= cap_opt(&mut x.change) | cap_opt(&mut x.subject);
    }
    for a in &mut r.awards {
        cut |= cap_text(&mut a.award) | cap_opt(&mut a.giver);
    }
    cut
}

fn too_long(text: &str) -> bool {
    // Bytes bound characters from above: most texts need no count.
    text.len() > MAX_TEXT && text.chars().count() > MAX_TEXT
}

/// Keeps the first `max` items; returns whether any were dropped.
fn cap_list<T>(list: &mut Vec<T>, max: usize) -> bool {
    let cut = list.len() > max;
    list.truncate(max);
    cut
}

/// Cuts `text` to [`MAX_TEXT`] characters; returns whether it was cut.
fn cap_text(text: &mut String) -> bool {
    if !too_long(text) {
        return false;
    }
    let end = text
        .char_indices()
        .nth(MAX_TEXT)
        .map_or(text.len(), |(i, _)| i);
    text.truncate(end);
    true
}

fn cap_opt(text: &mut Option<String>) -> bool {
    text.as_mut().is_some_and(cap_text)
}

/// Caps a list of texts and each text in it.
fn cap_texts(texts: &mut Vec<String>) -> bool {
    let mut cut = cap_list(texts, MAX_LIST);
    for text in texts {
        cut |= cap_text(text);
    }
    cut
}

/// Maps `$map` over every located fact list of `$record` (through `$iter`, so
/// both `spans` and the offset conversion name the lists in this one place).
macro_rules! located_facts {
    ($record:expr, $iter:ident, $map:expr) => {
        $record
            .dates
            .$iter()
            .map($map)
            .chain($record.districts.$iter().map($map))
            .chain($record.people.$iter().map($map))
            .chain($record.chairpersons.$iter().map($map))
            .chain($record.percentages.$iter().map($map))
            .chain($record.ratios.$iter().map($map))
            .chain($record.scores.$iter().map($map))
            .chain($record.awards.$iter().map($map))
    };
}

/// Every located fact of `record` as (text, start, end), offsets in characters:
/// for checking that each slice of the normalized text equals the fact's text.
pub fn spans(record: &Record) -> Vec<(&str, usize, usize)> {
    located_facts!(record, iter, |f| (f.text.as_str(), f.start, f.end)).collect()
}

/// Rewrites every located fact's byte offsets as character offsets.
fn to_char_offsets(text: &str, record: &mut Record) {
    let mut offsets: Vec<&mut usize> =
        located_facts!(record, iter_mut, |f| [&mut f.start, &mut f.end])
            .flatten()
            .collect();
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

    fn percentage(text: &str, value: f64, start: usize) -> Percentage {
        Percentage {
            text: text.into(),
            value,
            qualifier: None,
            context: None,
            start,
            end: start + text.len(),
        }
    }

    /// "Tỷ lệ đạt 95%." 12,000 times: the first 10,000 figures are kept.
    #[test]
    fn each_kind_keeps_its_first_facts() {
        let text = "Tỷ lệ đạt 95%.\n".repeat(12_000);
        let mut facts = Facts::default();
        for (i, _) in text.match_indices("95%") {
            facts.percentages.push(percentage("95%", 95.0, i));
        }
        let record = Record::from_facts("x", &text, facts);
        assert_eq!(record.percentages.len(), MAX_FACTS);
        assert!(record.truncated);
        let last = &record.percentages[MAX_FACTS - 1];
        // Offsets are still characters: 15 per line, the figure at 10.
        assert_eq!(last.start, (MAX_FACTS - 1) * 15 + 10);
    }

    /// A fact with an overlong text is dropped (its offsets must stay true
    /// to it); any other overlong text is cut at a character boundary.
    #[test]
    fn overlong_texts_are_dropped_or_cut() {
        let long = format!("{}%", "9".repeat(2_000));
        let text = format!("Tỷ lệ đạt 94,3% và {long}");
        let mut facts = Facts::default();
        let mut ok = percentage("94,3%", 94.3, text.find("94,3%").unwrap());
        ok.context = Some("hồ sơ ".repeat(300));
        facts.percentages.push(ok);
        facts
            .percentages
            .push(percentage(&long, 9e99, text.find(&long).unwrap()));
        facts.title = Some("Hội nghị ".repeat(200));
        let record = Record::from_facts("x", &text, facts);
        assert!(record.truncated);
        assert_eq!(record.percentages.len(), 1);
        let context = record.percentages[0].context.as_deref().unwrap();
        assert_eq!(context.chars().count(), MAX_TEXT);
        assert!(context.starts_with("hồ sơ hồ sơ"));
        assert_eq!(record.title.unwrap().chars().count(), MAX_TEXT);
        // Under every limit, nothing is flagged.
        let mut facts = Facts::default();
        facts.percentages.push(percentage("94,3%", 94.3, 0));
        assert!(!Record::from_facts("x", "94,3%", facts).truncated);
    }

    /// A figure of more than 309 digits is infinite: dropped, not flagged.
    #[test]
    fn non_finite_values_are_dropped() {
        let text = "đạt 94,3% và 1e999%";
        let mut facts = Facts::default();
        let (ok, huge) = (text.find("94,3%").unwrap(), text.find("1e999%").unwrap());
        facts.percentages.push(percentage("94,3%", 94.3, ok));
        facts
            .percentages
            .push(percentage("1e999%", f64::INFINITY, huge));
        facts.percentages.push(percentage("1e999%", f64::NAN, huge));
        let record = Record::from_facts("x", text, facts);
        let values: Vec<f64> = record.percentages.iter().map(|p| p.value).collect();
        assert_eq!(values, [94.3]);
        assert!(!record.truncated);
    }
}
