//! CSV: one row per document (`csv`) or one row per fact (`csv-facts`).
//!
//! # Format
//! `csv` columns: source, error, title, published, event_date, province,
//! province_code, successor_2025, province_evidence, provinces, presiding,
//! chairpersons, dates, percentages, ratios, scores, awards,
//! award_collectives, award_individuals. Lists are joined with "; ";
//! `dates` lists each distinct value once.
//!
//! `csv-facts` columns: source, kind, text, value, detail, context, start, end;
//! kind is one of date, province, chairperson, person, percentage, ratio,
//! score, award. A failed document gives one row of kind `error`.

use std::io::{self, Write};

use super::RecordWriter;
use crate::record::Record;

const DOCUMENT_COLUMNS: &[&str] = &[
    "source",
    "error",
    "title",
    "published",
    "event_date",
    "province",
    "province_code",
    "successor_2025",
    "province_evidence",
    "provinces",
    "presiding",
    "chairpersons",
    "dates",
    "percentages",
    "ratios",
    "scores",
    "awards",
    "award_collectives",
    "award_individuals",
];

const FACT_COLUMNS: &[&str] = &[
    "source", "kind", "text", "value", "detail", "context", "start", "end",
];

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// All CSV writers share these settings: RFC 4180 quoting, "\n" line ends.
fn csv_writer<W: Write>(mut out: W, bom: bool, columns: &[&str]) -> io::Result<csv::Writer<W>> {
    if bom {
        out.write_all(UTF8_BOM)?;
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    writer.write_record(columns)?;
    Ok(writer)
}

/// A number as people write it in a spreadsheet: no trailing ".0".
fn number(value: f64) -> String {
    format!("{value}")
}

fn opt_count(value: Option<u32>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn joined<T>(items: &[T], show: impl Fn(&T) -> String) -> String {
    items.iter().map(show).collect::<Vec<_>>().join("; ")
}

/// Values in first-seen order without repeats: "năm 2016" said six times is one date.
fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for value in values {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen.join("; ")
}

/// One row per document.
pub struct DocumentRows<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> DocumentRows<W> {
    pub fn new(out: W, bom: bool) -> io::Result<Self> {
        Ok(DocumentRows {
            writer: csv_writer(out, bom, DOCUMENT_COLUMNS)?,
        })
    }
}

/// "bằng khen: 11 tập thể, 13 cá nhân", "cờ thi đua: 1".
fn award_summary(award: &crate::extract::award::Award) -> String {
    let mut parts = Vec::new();
    if let Some(n) = award.collectives {
        parts.push(format!("{n} tập thể"));
    }
    if let Some(n) = award.individuals {
        parts.push(format!("{n} cá nhân"));
    }
    if let (true, Some(n)) = (parts.is_empty(), award.count) {
        parts.push(n.to_string());
    }
    if parts.is_empty() {
        award.award.clone()
    } else {
        format!("{}: {}", award.award, parts.join(", "))
    }
}

impl<W: Write> RecordWriter for DocumentRows<W> {
    fn write(&mut self, r: &Record) -> io::Result<()> {
        let province = r.province.as_ref();
        let sum = |f: fn(&crate::extract::award::Award) -> Option<u32>| {
            let counts: Vec<u32> = r.awards.iter().filter_map(f).collect();
            if counts.is_empty() {
                String::new()
            } else {
                counts.iter().sum::<u32>().to_string()
            }
        };
        let row = [
            r.source.clone(),
            r.error.clone().unwrap_or_default(),
            r.title.clone().unwrap_or_default(),
            r.published.clone().unwrap_or_default(),
            r.event_date.clone().unwrap_or_default(),
            province
                .map(|p| p.province.name.to_owned())
                .unwrap_or_default(),
            province
                .map(|p| p.province.code.to_owned())
                .unwrap_or_default(),
            province
                .map(|p| p.province.successor_2025.to_owned())
                .unwrap_or_default(),
            province.map(|p| p.evidence.clone()).unwrap_or_default(),
            joined(&r.provinces, |p| p.province.name.to_owned()),
            r.presiding.clone().unwrap_or_default(),
            joined(&r.chairpersons, |c| c.name.clone()),
            distinct(r.dates.iter().map(|d| d.value.as_str())),
            joined(&r.percentages, |p| number(p.value)),
            joined(&r.ratios, |x| {
                format!("{}/{}", number(x.numerator), number(x.denominator))
            }),
            joined(&r.scores, |s| number(s.value)),
            joined(&r.awards, award_summary),
            sum(|a| a.collectives),
            sum(|a| a.individuals),
        ];
        self.writer.write_record(&row)?;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// One row per fact.
pub struct FactRows<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> FactRows<W> {
    pub fn new(out: W, bom: bool) -> io::Result<Self> {
        Ok(FactRows {
            writer: csv_writer(out, bom, FACT_COLUMNS)?,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn row(
        &mut self,
        source: &str,
        kind: &str,
        text: &str,
        value: &str,
        detail: &str,
        context: &str,
        start: usize,
        end: usize,
    ) -> io::Result<()> {
        let (start, end) = (start.to_string(), end.to_string());
        self.writer
            .write_record([source, kind, text, value, detail, context, &start, &end])?;
        Ok(())
    }
}

impl<W: Write> RecordWriter for FactRows<W> {
    fn write(&mut self, r: &Record) -> io::Result<()> {
        let s = r.source.as_str();
        if let Some(error) = &r.error {
            let row = [s, "error", "", "", "", error.as_str(), "", ""];
            self.writer.write_record(row)?;
            return Ok(());
        }
        for d in &r.dates {
            // detail: the kind, then what qualifies the value; context: a period's bounds.
            let mut detail = vec![kind_name(&d.kind).to_owned()];
            detail.extend(d.time.as_ref().map(|t| format!("at {t}")));
            if d.inferred_year {
                detail.push("year inferred".to_owned());
            }
            if d.document {
                detail.push("date of a document".to_owned());
            }
            if d.relative {
                detail.push("relative to the stamp".to_owned());
            }
            let bounds = match (&d.from, &d.to) {
                (Some(from), Some(to)) => format!("{from}/{to}"),
                _ => String::new(),
            };
            let detail = detail.join(", ");
            self.row(
                s, "date", &d.text, &d.value, &detail, &bounds, d.start, d.end,
            )?;
        }
        for p in &r.provinces {
            // The record counts provinces rather than locating them: one row per province,
            // its successor as context, no offsets.
            let detail = format!("code {}, mentions {}", p.province.code, p.mentions);
            let row = [
                s,
                "province",
                p.province.name,
                p.province.name,
                &detail,
                p.province.successor_2025,
                "",
                "",
            ];
            self.writer.write_record(row)?;
        }
        for c in &r.chairpersons {
            let context = if c.presided { "presided" } else { "" };
            self.row(
                s,
                "chairperson",
                &c.text,
                &c.name,
                &c.titles.join("; "),
                context,
                c.start,
                c.end,
            )?;
        }
        for p in &r.people {
            let role = p.role.clone().unwrap_or_default();
            self.row(
                s,
                "person",
                &p.text,
                &p.name,
                &p.titles.join("; "),
                &role,
                p.start,
                p.end,
            )?;
        }
        for p in &r.percentages {
            let qualifier = p.qualifier.clone().unwrap_or_default();
            let context = p.context.clone().unwrap_or_default();
            self.row(
                s,
                "percentage",
                &p.text,
                &number(p.value),
                &qualifier,
                &context,
                p.start,
                p.end,
            )?;
        }
        for x in &r.ratios {
            let value = format!("{}/{}", number(x.numerator), number(x.denominator));
            let unit = x.unit.clone().unwrap_or_default();
            let percent = x
                .percent
                .map(|p| format!("{}%", number(p)))
                .unwrap_or_default();
            self.row(s, "ratio", &x.text, &value, &unit, &percent, x.start, x.end)?;
        }
        for x in &r.scores {
            let detail = match (x.out_of, &x.change) {
                (Some(max), _) => format!("out of {}", number(max)),
                (None, Some(change)) => change.clone(),
                (None, None) => String::new(),
            };
            let subject = x.subject.clone().unwrap_or_default();
            self.row(
                s,
                "score",
                &x.text,
                &number(x.value),
                &detail,
                &subject,
                x.start,
                x.end,
            )?;
        }
        for a in &r.awards {
            let detail = format!(
                "collectives {}, individuals {}, count {}",
                opt_count(a.collectives),
                opt_count(a.individuals),
                opt_count(a.count)
            );
            let giver = a.giver.clone().unwrap_or_default();
            self.row(
                s, "award", &a.text, &a.award, &detail, &giver, a.start, a.end,
            )?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

fn kind_name(kind: &crate::extract::date::DateKind) -> &'static str {
    use crate::extract::date::DateKind::*;
    match kind {
        Day => "day",
        Month => "month",
        Year => "year",
        Quarter => "quarter",
        Period => "period",
    }
}
