//! The gold file: what a careful reader finds in each document.
//!
//! # Format
//!
//! JSON Lines, one object per document, keyed by `id` (the document's file
//! name without its extension):
//!
//! ```json
//! {"id": "d002", "event_date": "2017-02-06", "province": "Hà Nội", "provinces": ["Hà Nội"],
//!  "chairpersons": [{"name": "Nguyễn Đức Chung", "presided": true}], "presiding": "Nguyễn Đức Chung",
//!  "percentages": [10, 6.5], "awards": [{"award": "bằng khen", "collectives": 11, "individuals": 13, "count": null}]}
//! ```
//!
//! - Any field left out is not scored for that document; `null` and `[]` are
//!   answers ("there is none") and are scored.
//! - `<field>_alt` lists other answers accepted for a single-valued field
//!   (`event_date`, `province`, `presiding`).
//! - Other keys (`notes`, …) are ignored.

use std::collections::HashSet;

use serde_json::Value;

use super::Field;
use crate::Error;

/// One gold line: an answer for each field the annotator scored.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldDoc {
    pub(crate) id: String,
    /// Line number in the gold file, for messages.
    pub(crate) line: usize,
    /// `answers[field as usize]`: `None` when the field was left out.
    pub(crate) answers: [Option<Answer>; Field::ALL.len()],
}

/// A gold answer: the expected value and, for single-valued fields, the
/// other accepted ones.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Answer {
    Single {
        expected: Option<String>,
        accepted: Vec<Option<String>>,
    },
    List(Vec<String>),
}

/// Reads a gold file's text. Errors name the line and what is wrong.
pub fn parse(text: &str) -> Result<Vec<GoldDoc>, Error> {
    let mut docs = Vec::new();
    let mut seen = HashSet::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let wrong = |reason| Error::Gold {
            line: number,
            reason,
        };
        let value: Value =
            serde_json::from_str(line).map_err(|e| wrong(format!("not a JSON object ({e})")))?;
        let doc = parse_doc(&value, number).map_err(wrong)?;
        if !seen.insert(doc.id.clone()) {
            return Err(wrong(format!("the id {:?} appears twice", doc.id)));
        }
        docs.push(doc);
    }
    Ok(docs)
}

fn parse_doc(value: &Value, line: usize) -> Result<GoldDoc, String> {
    let object = value.as_object().ok_or("not a JSON object")?;
    let id = match object.get("id") {
        Some(Value::String(id)) if !id.is_empty() => id.clone(),
        _ => return Err("no \"id\" string".to_owned()),
    };
    let mut answers: [Option<Answer>; Field::ALL.len()] = Default::default();
    for field in Field::ALL {
        let Some(value) = object.get(field.gold_key()) else {
            continue;
        };
        let answer = answer(field, value).map_err(|e| format!("{}: {e}", field.name()))?;
        let answer = match answer {
            Answer::Single { expected, .. } => {
                let alt = format!("{}_alt", field.name());
                let accepted = match object.get(&alt) {
                    None => Vec::new(),
                    Some(Value::Array(items)) => items
                        .iter()
                        .map(|item| single(field, item))
                        .collect::<Result<_, _>>()
                        .map_err(|e| format!("{alt}: {e}"))?,
                    Some(_) => return Err(format!("{alt}: not a list")),
                };
                Answer::Single { expected, accepted }
            }
            list => list,
        };
        answers[field as usize] = Some(answer);
    }
    Ok(GoldDoc { id, line, answers })
}

fn answer(field: Field, value: &Value) -> Result<Answer, String> {
    if field.is_single() {
        return Ok(Answer::Single {
            expected: single(field, value)?,
            accepted: Vec::new(),
        });
    }
    let items = match value {
        Value::Null => return Ok(Answer::List(Vec::new())),
        Value::Array(items) => items,
        _ => return Err("not a list".to_owned()),
    };
    let mut keys = Vec::with_capacity(items.len());
    for item in items {
        match field {
            Field::Provinces => keys.push(super::name_key(str_of(item)?)),
            Field::Chairpersons | Field::Presided => {
                let name = item
                    .get("name")
                    .and_then(Value::as_str)
                    .ok_or("a chairperson without a \"name\"")?;
                let presided = item.get("presided").and_then(Value::as_bool) == Some(true);
                if field == Field::Chairpersons || presided {
                    keys.push(super::name_key(name));
                }
            }
            Field::Percentages => keys.push(super::percent_key(
                item.as_f64().ok_or("a percentage that is not a number")?,
            )),
            Field::Awards => keys.push(super::award_key(
                item.get("award")
                    .and_then(Value::as_str)
                    .ok_or("an award without an \"award\" name")?,
                count(item, "collectives")?,
                count(item, "individuals")?,
                count(item, "count")?,
            )),
            Field::EventDate | Field::Province | Field::Presiding => unreachable!("single"),
        }
    }
    Ok(Answer::List(keys))
}

fn single(field: Field, value: &Value) -> Result<Option<String>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(text) if field == Field::EventDate => Ok(Some(text.trim().to_owned())),
        Value::String(text) => Ok(Some(super::name_key(text))),
        _ => Err("neither a string nor null".to_owned()),
    }
}

fn str_of(value: &Value) -> Result<&str, String> {
    value
        .as_str()
        .ok_or_else(|| format!("{value} is not a string"))
}

fn count(item: &Value, key: &str) -> Result<Option<u64>, String> {
    match item.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => value
            .as_u64()
            .map(Some)
            .ok_or_else(|| format!("{key} {value} is not a whole number")),
    }
}
