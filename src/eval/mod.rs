//! Scores extraction against a gold file, the way `vnextract eval` reports it.
//!
//! # How values are compared
//!
//! - Names (provinces, chairpersons, presiding) after normalization: NFC, one
//!   tone-mark placement ("Khánh Hoà" = "Khánh Hòa"), spaces trimmed.
//! - Dates as the ISO text (`2017-07-03`).
//! - Percentages as numbers rounded to four decimals (`9` = `9.0`).
//! - `provinces`, `chairpersons`, `presided` and `awards` as sets (a restated
//!   conferral counts once); `percentages` as a multiset (each figure counts as
//!   often as it is written).
//! - An award as its lower-case name ("chiến sỹ" spelled "chiến sĩ"), its
//!   collectives, its individuals and its count; a count not written is
//!   collectives + individuals, as in the output contract.
//! - A single-valued field is right when it equals the gold answer or one of
//!   its `<field>_alt`; a list field counts true positives, false positives and
//!   false negatives over all documents, giving precision, recall and F1.
//! - A field the gold leaves out of a document is not scored there.
//!
//! These are the rules of the project's reference scorer, so both give the
//! same figures on the same gold file.

pub mod gold;
pub mod report;

use std::collections::HashMap;

use crate::normalize::{NormalizeOptions, normalize};
use crate::{Error, Record};
pub(crate) use gold::{Answer, GoldDoc};

/// A scored field, in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The record's `event_date`.
    EventDate,
    /// The subject province's name.
    Province,
    /// The record's `presiding`.
    Presiding,
    /// The names of the provinces named.
    Provinces,
    /// The names of the chairpersons.
    Chairpersons,
    /// The names of the chairpersons who presided.
    Presided,
    /// The percentages' values.
    Percentages,
    /// The awards: name, collectives, individuals and count.
    Awards,
}

impl Field {
    pub(crate) const ALL: [Field; 8] = [
        Field::EventDate,
        Field::Province,
        Field::Presiding,
        Field::Provinces,
        Field::Chairpersons,
        Field::Presided,
        Field::Percentages,
        Field::Awards,
    ];

    /// Its name in reports and gold files: the record's field name.
    pub fn name(self) -> &'static str {
        match self {
            Field::EventDate => "event_date",
            Field::Province => "province",
            Field::Presiding => "presiding",
            Field::Provinces => "provinces",
            Field::Chairpersons => "chairpersons",
            Field::Presided => "presided",
            Field::Percentages => "percentages",
            Field::Awards => "awards",
        }
    }

    /// The gold key the field's answer is read from: `presided` is the
    /// `presided` flag of the gold chairpersons.
    pub(crate) fn gold_key(self) -> &'static str {
        match self {
            Field::Presided => "chairpersons",
            field => field.name(),
        }
    }

    /// Whether it has one value per document (scored right or wrong), not
    /// a list (scored by precision and recall).
    pub fn is_single(self) -> bool {
        matches!(self, Field::EventDate | Field::Province | Field::Presiding)
    }

    /// Lists compared as sets: one entry however often it is stated.
    fn is_set(self) -> bool {
        matches!(
            self,
            Field::Provinces | Field::Chairpersons | Field::Presided | Field::Awards
        )
    }
}

/// A value the tool gave, with where its text is in the normalized document
/// (character offsets) when the record locates it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Got {
    pub(crate) key: String,
    pub(crate) span: Option<(usize, usize)>,
}

/// One disagreement with the gold answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    /// The document's gold id.
    pub id: String,
    /// The field that disagrees.
    pub field: Field,
    /// The gold value (for a list, one missing item), or `None`.
    pub(crate) expected: Option<String>,
    /// The tool's value (for a list, one extra item), or `None`.
    pub(crate) got: Option<Got>,
}

/// The tally of one field over all scored documents.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Tally {
    /// Documents where the field was scored.
    pub(crate) scored: usize,
    /// Single-valued fields: documents answered right.
    pub(crate) correct: usize,
    /// List fields.
    pub(crate) tp: usize,
    pub(crate) fp: usize,
    pub(crate) fn_: usize,
}

impl Tally {
    pub(crate) fn accuracy(&self) -> f64 {
        if self.scored == 0 {
            1.0
        } else {
            self.correct as f64 / self.scored as f64
        }
    }

    pub(crate) fn precision(&self) -> f64 {
        match self.tp + self.fp {
            0 if self.fn_ == 0 => 1.0,
            0 => 0.0,
            all => self.tp as f64 / all as f64,
        }
    }

    pub(crate) fn recall(&self) -> f64 {
        match self.tp + self.fn_ {
            0 => 1.0,
            all => self.tp as f64 / all as f64,
        }
    }

    pub(crate) fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Scores of a whole gold file.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    pub(crate) documents: usize,
    pub(crate) tallies: HashMap<Field, Tally>,
    /// Every disagreement with the gold answers.
    pub misses: Vec<Miss>,
}

impl Evaluation {
    pub(crate) fn tally(&self, field: Field) -> Tally {
        self.tallies.get(&field).copied().unwrap_or_default()
    }

    /// A field's figure: accuracy for single-valued fields, F1 for lists.
    pub(crate) fn score(&self, field: Field) -> f64 {
        let tally = self.tally(field);
        if field.is_single() {
            tally.accuracy()
        } else {
            tally.f1()
        }
    }

    /// The fields scored in at least one document, in report order.
    pub(crate) fn fields(&self) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|f| self.tally(*f).scored > 0)
            .collect()
    }

    pub(crate) fn mean(&self) -> f64 {
        let fields = self.fields();
        if fields.is_empty() {
            return 0.0;
        }
        fields.iter().map(|f| self.score(*f)).sum::<f64>() / fields.len() as f64
    }

    /// The lowest-scoring field (the first of equals).
    pub(crate) fn worst(&self) -> Option<(Field, f64)> {
        self.fields().into_iter().map(|f| (f, self.score(f))).fold(
            None,
            |worst, (f, s)| match worst {
                Some((_, w)) if w <= s => worst,
                _ => Some((f, s)),
            },
        )
    }

    /// Adds one document: the tool's `record` against its gold answers.
    pub(crate) fn add(&mut self, gold: &GoldDoc, record: &Record) {
        self.documents += 1;
        for field in Field::ALL {
            let Some(answer) = &gold.answers[field as usize] else {
                continue;
            };
            let tally = self.tallies.entry(field).or_default();
            tally.scored += 1;
            match answer {
                Answer::Single { expected, accepted } => {
                    let got = single_value(field, record);
                    let key = got.as_ref().map(|g| &g.key);
                    if key == expected.as_ref() || accepted.iter().any(|a| a.as_ref() == key) {
                        tally.correct += 1;
                    } else {
                        self.misses.push(Miss {
                            id: gold.id.clone(),
                            field,
                            expected: expected.clone(),
                            got,
                        });
                    }
                }
                Answer::List(expected) => {
                    let mut expected = expected.clone();
                    let mut got = list_values(field, record);
                    if field.is_set() {
                        dedup(&mut expected, |k| k.clone());
                        dedup(&mut got, |g| g.key.clone());
                    }
                    // Multiset difference: each expected item takes one equal got item.
                    let mut unmatched: Vec<Option<Got>> = got.into_iter().map(Some).collect();
                    let mut missing = Vec::new();
                    for key in expected {
                        match unmatched
                            .iter_mut()
                            .find(|g| g.as_ref().is_some_and(|g| g.key == key))
                        {
                            Some(slot) => {
                                *slot = None;
                                tally.tp += 1;
                            }
                            None => missing.push(key),
                        }
                    }
                    tally.fn_ += missing.len();
                    let extra: Vec<Got> = unmatched.into_iter().flatten().collect();
                    tally.fp += extra.len();
                    for key in missing {
                        self.misses.push(Miss {
                            id: gold.id.clone(),
                            field,
                            expected: Some(key),
                            got: None,
                        });
                    }
                    for got in extra {
                        self.misses.push(Miss {
                            id: gold.id.clone(),
                            field,
                            expected: None,
                            got: Some(got),
                        });
                    }
                }
            }
        }
    }

    /// Fields scoring below `min`.
    pub fn below(&self, min: f64) -> Vec<(Field, f64)> {
        self.fields()
            .into_iter()
            .map(|f| (f, self.score(f)))
            .filter(|(_, s)| *s < min)
            .collect()
    }
}

fn dedup<T>(items: &mut Vec<T>, key: impl Fn(&T) -> String) {
    let mut seen = std::collections::HashSet::new();
    items.retain(|item| seen.insert(key(item)));
}

fn single_value(field: Field, record: &Record) -> Option<Got> {
    match field {
        Field::EventDate => record.event_date.as_ref().map(|date| Got {
            key: date.clone(),
            // The date mention that gave the event date, when there is one.
            span: record
                .dates
                .iter()
                .find(|d| &d.value == date)
                .map(|d| (d.start, d.end)),
        }),
        Field::Province => record.province.as_ref().map(|p| Got {
            key: name_key(p.province.name),
            span: None,
        }),
        Field::Presiding => record.presiding.as_ref().map(|name| {
            let key = name_key(name);
            Got {
                span: record
                    .people
                    .iter()
                    .find(|p| name_key(&p.name) == key)
                    .map(|p| (p.start, p.end)),
                key,
            }
        }),
        _ => unreachable!("a list field"),
    }
}

fn list_values(field: Field, record: &Record) -> Vec<Got> {
    match field {
        Field::Provinces => record
            .provinces
            .iter()
            .map(|p| Got {
                key: name_key(p.province.name),
                span: None,
            })
            .collect(),
        Field::Chairpersons | Field::Presided => record
            .chairpersons
            .iter()
            .filter(|c| field == Field::Chairpersons || c.presided)
            .map(|c| Got {
                key: name_key(&c.name),
                span: Some((c.start, c.end)),
            })
            .collect(),
        Field::Percentages => record
            .percentages
            .iter()
            .filter(|p| p.value.is_finite())
            .map(|p| Got {
                key: percent_key(p.value),
                span: Some((p.start, p.end)),
            })
            .collect(),
        Field::Awards => record
            .awards
            .iter()
            .map(|a| Got {
                key: award_key(
                    &a.award,
                    a.collectives.map(u64::from),
                    a.individuals.map(u64::from),
                    a.count.map(u64::from),
                ),
                span: Some((a.start, a.end)),
            })
            .collect(),
        _ => unreachable!("a single-valued field"),
    }
}

/// A name as compared: NFC, modern tone placement, trimmed.
pub(crate) fn name_key(name: &str) -> String {
    normalize(name, NormalizeOptions { keep_chrome: true })
        .trim()
        .to_owned()
}

/// A percentage as compared: rounded to four decimals, written shortest
/// (`9`, `94.3`).
pub(crate) fn percent_key(value: f64) -> String {
    let rounded = (value * 10_000.0).round() / 10_000.0;
    format!("{rounded}")
}

/// An award as compared: `name (collectives, individuals, count)`, a
/// missing count being collectives + individuals.
pub(crate) fn award_key(
    award: &str,
    collectives: Option<u64>,
    individuals: Option<u64>,
    count: Option<u64>,
) -> String {
    let count = count.or_else(|| {
        (collectives.is_some() || individuals.is_some())
            .then(|| collectives.unwrap_or(0) + individuals.unwrap_or(0))
    });
    let name = name_key(award).to_lowercase().replace("sỹ", "sĩ");
    let show = |n: Option<u64>| n.map_or("-".to_owned(), |n| n.to_string());
    format!(
        "{name} ({} collectives, {} individuals, count {})",
        show(collectives),
        show(individuals),
        show(count)
    )
}

/// The file stem a document is found by: `archive/d001.txt` → `d001`.
pub fn document_id(name: &str) -> Option<&str> {
    std::path::Path::new(name)
        .file_stem()
        .and_then(|stem| stem.to_str())
}

#[cfg(test)]
mod tests;

/// Reads the documents named by `gold` among `inputs` (by file stem),
/// extracts each with `extractor` and scores it. Also returns each
/// document's record, by id.
///
/// A gold id with no document, or with two documents of that name, is an
/// error, as is a document that cannot be read (its record would score as
/// empty and hide the cause).
pub fn evaluate(
    gold: &[GoldDoc],
    inputs: &[crate::input::Input],
    extractor: &crate::Extractor,
    max_file_size: u64,
) -> Result<(Evaluation, HashMap<String, Record>), Error> {
    let wanted: HashMap<&str, &GoldDoc> = gold.iter().map(|g| (g.id.as_str(), g)).collect();
    let mut found: HashMap<&str, &crate::input::Input> = HashMap::new();
    for input in inputs {
        let Some(id) = document_id(&input.name) else {
            continue;
        };
        let Some((id, _)) = wanted.get_key_value(id) else {
            continue;
        };
        if let Some(first) = found.insert(id, input) {
            return Err(Error::SameId {
                id: id.to_string(),
                first: first.name.clone(),
                second: input.name.clone(),
            });
        }
    }
    if let Some(lost) = gold.iter().find(|g| !found.contains_key(g.id.as_str())) {
        let lost_too = gold
            .iter()
            .filter(|g| !found.contains_key(g.id.as_str()))
            .count();
        return Err(Error::NoDocument {
            id: lost.id.clone(),
            line: lost.line,
            more: lost_too - 1,
        });
    }
    let mut evaluation = Evaluation::default();
    let mut records = HashMap::new();
    for doc in gold {
        let input = found[doc.id.as_str()];
        let bytes = crate::input::read(input, max_file_size)?;
        let record = extractor.extract_owned_bytes(&input.name, bytes);
        evaluation.add(doc, &record);
        records.insert(doc.id.clone(), record);
    }
    Ok((evaluation, records))
}
