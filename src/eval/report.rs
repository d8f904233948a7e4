//! An [`Evaluation`] written for people (a table, then the misses) or for
//! scripts (one JSON object).

use std::collections::HashMap;
use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Evaluation, Field, Miss};

/// Characters shown on each side of a missed value.
const CONTEXT: usize = 60;

/// The table: one line per scored field, then the mean and the worst field.
/// The lines read like the project's reference scorer's.
pub fn write_table(out: &mut dyn Write, evaluation: &Evaluation) -> io::Result<()> {
    for field in evaluation.fields() {
        let tally = evaluation.tally(field);
        if field.is_single() {
            writeln!(
                out,
                "{:13} accuracy {}/{} = {:.3}",
                field.name(),
                tally.correct,
                tally.scored,
                tally.accuracy()
            )?;
        } else {
            writeln!(
                out,
                "{:13} P {:.3} R {:.3} F1 {:.3}  (tp {} fp {} fn {})",
                field.name(),
                tally.precision(),
                tally.recall(),
                tally.f1(),
                tally.tp,
                tally.fp,
                tally.fn_
            )?;
        }
    }
    if let Some((worst, score)) = evaluation.worst() {
        writeln!(
            out,
            "mean {:.3}; worst {} {:.3} over {} docs",
            evaluation.mean(),
            worst.name(),
            score,
            evaluation.documents
        )?;
    }
    Ok(())
}

/// Every miss: document, field, expected, got, and the text around the
/// value the tool gave when the record locates it. `texts` holds the
/// normalized text of each document with a miss; `explain` one line per
/// document and single-valued field saying why the value was chosen.
pub fn write_misses(
    out: &mut dyn Write,
    evaluation: &Evaluation,
    texts: &HashMap<String, String>,
    explain: &HashMap<(String, Field), String>,
) -> io::Result<()> {
    for miss in &evaluation.misses {
        writeln!(
            out,
            "{}\t{}\texpected {}\tgot {}",
            miss.id,
            miss.field.name(),
            miss.expected.as_deref().unwrap_or("—"),
            miss.got.as_ref().map_or("—", |g| g.key.as_str()),
        )?;
        if let Some(context) = context(miss, texts) {
            writeln!(out, "\t\t… {context} …")?;
        }
        if let Some(why) = explain.get(&(miss.id.clone(), miss.field)) {
            writeln!(out, "\t\twhy: {why}")?;
        }
    }
    Ok(())
}

/// The figures and misses as one JSON object.
pub fn to_json(
    evaluation: &Evaluation,
    texts: &HashMap<String, String>,
    explain: &HashMap<(String, Field), String>,
    with_misses: bool,
) -> Value {
    let mut fields = serde_json::Map::new();
    for field in evaluation.fields() {
        let tally = evaluation.tally(field);
        let figures = if field.is_single() {
            json!({
                "kind": "accuracy",
                "score": evaluation.score(field),
                "correct": tally.correct,
                "scored": tally.scored,
            })
        } else {
            json!({
                "kind": "f1",
                "score": evaluation.score(field),
                "precision": tally.precision(),
                "recall": tally.recall(),
                "f1": tally.f1(),
                "tp": tally.tp,
                "fp": tally.fp,
                "fn": tally.fn_,
                "scored": tally.scored,
            })
        };
        fields.insert(field.name().to_owned(), figures);
    }
    let mut object = json!({
        "documents": evaluation.documents,
        "fields": fields,
        "mean": evaluation.mean(),
        "worst": evaluation.worst().map(|(f, s)| json!({"field": f.name(), "score": s})),
    });
    if with_misses {
        object["misses"] = evaluation
            .misses
            .iter()
            .map(|miss| {
                json!({
                    "id": miss.id,
                    "field": miss.field.name(),
                    "expected": miss.expected,
                    "got": miss.got.as_ref().map(|g| &g.key),
                    "context": context(miss, texts),
                    "explain": explain.get(&(miss.id.clone(), miss.field)),
                })
            })
            .collect();
    }
    object
}

/// The text around the tool's value, on one line, or `None` when the
/// record does not locate it.
fn context(miss: &Miss, texts: &HashMap<String, String>) -> Option<String> {
    let (start, end) = miss.got.as_ref()?.span?;
    let text = texts.get(&miss.id)?;
    let chars: Vec<char> = text.chars().collect();
    if start > end || end > chars.len() {
        return None;
    }
    let from = start.saturating_sub(CONTEXT);
    let to = (end + CONTEXT).min(chars.len());
    let piece = |a: usize, b: usize| -> String {
        chars[a..b]
            .iter()
            .map(|&c| if c.is_whitespace() { ' ' } else { c })
            .collect()
    };
    Some(format!(
        "{}[{}]{}",
        piece(from, start),
        piece(start, end),
        piece(end, to)
    ))
}
