//! CSV: one row per document (`csv`) or one row per fact (`csv-facts`).
//!
//! # Format
//! `csv` columns: source, error, title, published, event_date,
//! event_date_inferred (`true`, or empty), province,
//! province_code, successor_2025, province_evidence, provinces, districts,
//! presiding, chairpersons, dates, percentages, ratios, scores, awards,
//! award_collectives, award_individuals. A list column joins its facts'
//! values ([`Fact::value`]) with "; "; `provinces`, `districts` and `dates`
//! name each value once.
//!
//! `csv-facts` columns: source, event_date, event_year, province,
//! province_code (the document's, on every row, so a pivot table needs no
//! join), then kind, text, value, number, detail, context, start, end (the
//! cells of [`Fact`]), then code, successor_2025, mentions, subject (a
//! province row's own); a document's facts come kind by kind in the order
//! of [`Record::fact_lists`]: date, province, district, chairperson, person,
//! percentage, ratio, score, award. A failed document gives one row of kind
//! `error`. README's output contract says what each cell holds, kind by kind.
//!
//! The XLSX writer takes its rows from here too ([`document_row`],
//! [`fact_cells`]), typed by column.
//!
//! # Spreadsheet safety
//! Cells come from the reports and their file names, which the user did not
//! write: a title `=HYPERLINK("http://…","Bấm vào đây")` would reach Excel as
//! a formula. Unless `raw_cells` is set, a cell beginning with `=`, `+`, `-`,
//! `@`, a tab or a carriage return gets a leading `'`, as OWASP advises
//! (CSV injection), which spreadsheets show as text; a cell that is a
//! number as a whole (`-5`, `+1.5`) and a lone `-` (standard input) are
//! left alone, as they cannot be formulas. Every cell is cut to 32,767
//! characters, Excel's limit, the last one then being `…`. Award sums are
//! added in 64 bits.

use std::borrow::Cow;
use std::io::{self, Write};

use super::{OutputOptions, RecordWriter};
use crate::record::{Fact, Record};

/// The columns of `csv`, in the order of the row `DocumentRows` writes. They
/// are named one by one, not taken from [`Record::fact_lists`], as their
/// order is the contract (a kind's column follows what it reads best after)
/// and not every kind has one (people do not).
pub(crate) const DOCUMENT_COLUMNS: &[&str] = &[
    "source",
    "error",
    "title",
    "published",
    "event_date",
    "event_date_inferred",
    "province",
    "province_code",
    "successor_2025",
    "province_evidence",
    "provinces",
    "districts",
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
    "source",
    "event_date",
    "event_year",
    "province",
    "province_code",
    "kind",
    "text",
    "value",
    "number",
    "detail",
    "context",
    "start",
    "end",
    "code",
    "successor_2025",
    "mentions",
    "subject",
];

/// The columns of one fact, from `kind` on: what [`fact_cells`] gives.
pub(crate) const FACT_CELLS: &[&str] = FACT_COLUMNS.split_at(5).1;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The most characters of a cell: Excel's limit.
pub(crate) const MAX_CELL: usize = 32_767;

/// All CSV writers share these settings: RFC 4180 quoting, "\n" line ends;
/// a header line unless `no_header` (a batch appended to a file).
fn csv_writer<W: Write>(
    mut out: W,
    options: &OutputOptions,
    columns: &[&str],
) -> io::Result<csv::Writer<W>> {
    if options.bom {
        out.write_all(UTF8_BOM)?;
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    if !options.no_header {
        writer.write_record(columns).map_err(io_error)?;
    }
    Ok(writer)
}

/// A CSV error as an I/O error, keeping the kind of an I/O error inside (a
/// closed pipe must stay a broken pipe, which ends a run quietly).
fn io_error(error: csv::Error) -> io::Error {
    if error.is_io_error() {
        match error.into_kind() {
            csv::ErrorKind::Io(error) => return error,
            _ => unreachable!("is_io_error"),
        }
    }
    io::Error::other(error)
}

/// Makes cells safe for a spreadsheet (see the module documentation).
#[derive(Debug, Clone, Copy)]
struct Cells {
    raw: bool,
}

impl Cells {
    fn safe(self, text: &str) -> Cow<'_, str> {
        let quote = !self.raw && looks_like_a_formula(text);
        // Bytes bound characters from above: most cells need no count.
        let too_long = text.len() + usize::from(quote) > MAX_CELL
            && text.chars().count() + usize::from(quote) > MAX_CELL;
        if !quote && !too_long {
            return Cow::Borrowed(text);
        }
        let mut cell = String::with_capacity(text.len().min(4 * MAX_CELL) + 4);
        if quote {
            cell.push('\'');
        }
        if too_long {
            let keep = MAX_CELL - 1 - usize::from(quote);
            cell.extend(text.chars().take(keep));
            cell.push('…');
        } else {
            cell.push_str(text);
        }
        Cow::Owned(cell)
    }

    /// Writes `row` with every cell made safe.
    fn write<W: Write, S: AsRef<str>>(
        self,
        writer: &mut csv::Writer<W>,
        row: &[S],
    ) -> io::Result<()> {
        self.write_iter(writer, row.iter())
    }

    /// The same for cells that come one by one.
    fn write_iter<W: Write, S: AsRef<str>>(
        self,
        writer: &mut csv::Writer<W>,
        row: impl Iterator<Item = S>,
    ) -> io::Result<()> {
        for cell in row {
            writer
                .write_field(self.safe(cell.as_ref()).as_bytes())
                .map_err(io_error)?;
        }
        writer.write_record(None::<&[u8]>).map_err(io_error)
    }
}

/// Whether a spreadsheet could take `text` for a formula (OWASP's list).
fn looks_like_a_formula(text: &str) -> bool {
    matches!(
        text.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    ) && text != "-"
        && !text.parse::<f64>().is_ok_and(f64::is_finite)
}

/// The values of a list of facts, joined.
fn values<T: Fact>(facts: &[T]) -> String {
    joined(facts, |fact| fact.value().into_owned())
}

/// The values of a list of facts in first-seen order without repeats: "năm
/// 2016" said six times is one date.
fn distinct_values<T: Fact>(facts: &[T]) -> String {
    let mut seen: Vec<Cow<'_, str>> = Vec::new();
    for value in facts.iter().map(Fact::value) {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen.join("; ")
}

fn joined<T>(items: &[T], show: impl Fn(&T) -> String) -> String {
    items.iter().map(show).collect::<Vec<_>>().join("; ")
}

/// One row per document.
pub(crate) struct DocumentRows<W: Write> {
    writer: csv::Writer<W>,
    cells: Cells,
}

impl<W: Write> DocumentRows<W> {
    /// `options.raw_cells` turns off the quoting of cells that look like formulas.
    pub(crate) fn new(out: W, options: &OutputOptions) -> io::Result<Self> {
        Ok(DocumentRows {
            writer: csv_writer(out, options, DOCUMENT_COLUMNS)?,
            cells: Cells {
                raw: options.raw_cells,
            },
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

/// The cells of `csv`'s row for a record, in the order of [`DOCUMENT_COLUMNS`].
pub(crate) fn document_row(r: &Record) -> [String; DOCUMENT_COLUMNS.len()] {
    let province = r.province.as_ref();
    // In 64 bits: 10,000 awards of u32 counts cannot wrap.
    let sum = |f: fn(&crate::extract::award::Award) -> Option<u32>| {
        let counts: Vec<u64> = r.awards.iter().filter_map(f).map(u64::from).collect();
        if counts.is_empty() {
            String::new()
        } else {
            counts.iter().sum::<u64>().to_string()
        }
    };
    [
        r.source.clone(),
        r.error.clone().unwrap_or_default(),
        r.title.clone().unwrap_or_default(),
        r.published.clone().unwrap_or_default(),
        r.event_date.clone().unwrap_or_default(),
        if r.event_date_inferred {
            "true".to_owned()
        } else {
            String::new()
        },
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
        values(&r.provinces),
        distinct_values(&r.districts),
        r.presiding.clone().unwrap_or_default(),
        values(&r.chairpersons),
        distinct_values(&r.dates),
        values(&r.percentages),
        values(&r.ratios),
        values(&r.scores),
        joined(&r.awards, award_summary),
        sum(|a| a.collectives),
        sum(|a| a.individuals),
    ]
}

impl<W: Write> RecordWriter for DocumentRows<W> {
    fn write(&mut self, r: &Record) -> io::Result<()> {
        let row = document_row(r);
        self.cells.write(&mut self.writer, &row)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// A fact's number as a cell: the shortest text that reads back as it.
fn number_cell(number: f64) -> String {
    if number.is_finite() {
        format!("{number}")
    } else {
        String::new()
    }
}

/// One row per fact.
pub(crate) struct FactRows<W: Write> {
    writer: csv::Writer<W>,
    cells: Cells,
}

impl<W: Write> FactRows<W> {
    /// `options.raw_cells` turns off the quoting of cells that look like formulas.
    pub(crate) fn new(out: W, options: &OutputOptions) -> io::Result<Self> {
        Ok(FactRows {
            writer: csv_writer(out, options, FACT_COLUMNS)?,
            cells: Cells {
                raw: options.raw_cells,
            },
        })
    }
}

/// The cells of each fact of `r`, from `kind` on ([`FACT_CELLS`]), handed
/// to `each` in the order of [`Record::fact_lists`].
pub(crate) fn fact_cells<'r, E>(
    r: &'r Record,
    mut each: impl FnMut([Cow<'r, str>; FACT_CELLS.len()]) -> Result<(), E>,
) -> Result<(), E> {
    let subject = r.province.as_ref();
    let mut named = r.provinces.iter();
    for list in r.fact_lists() {
        for fact in list.iter() {
            // A fact the record counts rather than locates has no offsets.
            let (start, end) = fact
                .span()
                .map(|(start, end)| (start.to_string(), end.to_string()))
                .unwrap_or_default();
            let number = fact.number().map(number_cell).unwrap_or_default();
            // A province row's own code, successor and mentions.
            let (code, successor, mentions, is_subject) = match fact.kind_name() {
                "province" => match named.next() {
                    Some(p) => (
                        p.province.code,
                        p.province.successor_2025,
                        p.mentions.to_string(),
                        if subject.is_some_and(|s| s.province.code == p.province.code) {
                            "true"
                        } else {
                            ""
                        },
                    ),
                    None => ("", "", String::new(), ""),
                },
                _ => ("", "", String::new(), ""),
            };
            each([
                Cow::Borrowed(fact.kind_name()),
                Cow::Borrowed(fact.text()),
                fact.value(),
                Cow::Owned(number),
                fact.detail(),
                fact.context(),
                Cow::Owned(start),
                Cow::Owned(end),
                Cow::Borrowed(code),
                Cow::Borrowed(successor),
                Cow::Owned(mentions),
                Cow::Borrowed(is_subject),
            ])?;
        }
    }
    Ok(())
}

/// What every `csv-facts` row of a document carries, so that a pivot table
/// needs no join: its source, event date and year, subject province and code.
pub(crate) fn document_keys(r: &Record) -> [&str; 5] {
    let event_date = r.event_date.as_deref().unwrap_or("");
    let subject = r.province.as_ref();
    [
        r.source.as_str(),
        event_date,
        event_date.get(..4).unwrap_or(""),
        subject.map_or("", |p| p.province.name),
        subject.map_or("", |p| p.province.code),
    ]
}

impl<W: Write> RecordWriter for FactRows<W> {
    fn write(&mut self, r: &Record) -> io::Result<()> {
        let document = document_keys(r);
        if let Some(error) = &r.error {
            let mut row = [""; FACT_COLUMNS.len()];
            row[..document.len()].copy_from_slice(&document);
            row[5] = "error";
            row[9] = error.as_str();
            return self.cells.write(&mut self.writer, &row);
        }
        let (writer, cells) = (&mut self.writer, self.cells);
        fact_cells(r, |fact| {
            let row = document
                .iter()
                .copied()
                .chain(fact.iter().map(|c| c.as_ref()));
            cells.write_iter(writer, row)
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::award::Award;

    /// (cell, as written by default); `--raw-cells` writes each as it is.
    const CELLS: &[(&str, &str)] = &[
        (
            "=HYPERLINK(\"http://x\",\"Bấm vào đây\")",
            "'=HYPERLINK(\"http://x\",\"Bấm vào đây\")",
        ),
        ("+84 912 345 678", "'+84 912 345 678"),
        ("-Hội nghị", "'-Hội nghị"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tđạt", "'\tđạt"),
        ("\rđạt", "'\rđạt"),
        ("-5; 3", "'-5; 3"),
        // Numbers as a whole, and standard input's name, cannot be formulas.
        ("-5", "-5"),
        ("+1.5", "+1.5"),
        ("-", "-"),
        // Not at the start: left alone.
        ("Hội nghị = 1", "Hội nghị = 1"),
        (" =1", " =1"),
        ("94.3; 73.3", "94.3; 73.3"),
        // Not finite, so not a number.
        ("-inf", "'-inf"),
    ];

    #[test]
    fn cells_that_look_like_formulas_get_a_quote() {
        for &(cell, safe) in CELLS {
            assert_eq!(Cells { raw: false }.safe(cell), safe, "{cell:?}");
            assert_eq!(Cells { raw: true }.safe(cell), cell, "{cell:?}");
        }
    }

    #[test]
    fn cells_are_cut_at_excels_limit() {
        let cells = Cells { raw: false };
        let fits = "ă".repeat(MAX_CELL);
        assert_eq!(cells.safe(&fits), fits);
        let long = "ă".repeat(MAX_CELL + 1);
        let cut = cells.safe(&long);
        assert_eq!(cut.chars().count(), MAX_CELL);
        assert!(cut.ends_with("ăă…"));
        // The quote counts in the limit.
        let formula = format!("={}", "1".repeat(MAX_CELL));
        let cut = cells.safe(&formula);
        assert_eq!(cut.chars().count(), MAX_CELL);
        assert!(cut.starts_with("'=111"));
    }

    /// Two awards of 3 billion collectives each: the sum used to wrap (a
    /// panic in debug builds).
    #[test]
    fn award_sums_do_not_wrap() {
        let award = Award {
            text: "Bằng khen cho 3000000000 tập thể".into(),
            award: "bằng khen".into(),
            collectives: Some(3_000_000_000),
            individuals: None,
            count: Some(3_000_000_000),
            giver: None,
            start: 0,
            end: 0,
        };
        let record = Record {
            awards: vec![award.clone(), award],
            ..Record::default()
        };
        let mut out = Vec::new();
        let mut rows = DocumentRows::new(&mut out, &OutputOptions::default()).unwrap();
        rows.write(&record).unwrap();
        rows.finish().unwrap();
        drop(rows);
        let mut reader = ::csv::Reader::from_reader(out.as_slice());
        let header = reader.headers().unwrap().clone();
        let row = reader.records().next().unwrap().unwrap();
        let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].to_owned();
        assert_eq!(cell("award_collectives"), "6000000000");
        assert_eq!(cell("award_individuals"), "");
    }

    /// A closed pipe stays a broken pipe through the CSV writer.
    #[test]
    fn a_broken_pipe_keeps_its_kind() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
        }
        let mut writer = ::csv::WriterBuilder::new()
            .buffer_capacity(1)
            .from_writer(Closed);
        let error = Cells { raw: false }
            .write(&mut writer, &["a long enough cell"])
            .unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::BrokenPipe);
    }
}
