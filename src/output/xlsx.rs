//! XLSX: a workbook for Excel and LibreOffice (`--format xlsx`, `-o FILE`).
//!
//! # Sheets
//! - "reports": one row per input, the columns of `csv`
//!   ([`DOCUMENT_COLUMNS`]).
//! - One sheet per kind of fact: dates, provinces, districts, people,
//!   chairpersons, percentages, ratios, scores, awards. A row is one fact:
//!   its document's source, title, event date and year, subject province and
//!   code, then the fact's cells as `csv-facts` has them (text, value,
//!   number, detail, context, start, end; a province's code, successor,
//!   mentions and subject on the provinces sheet). A failed document has its
//!   row on "reports" (the error column) and none elsewhere.
//! - A sheet holds Excel's 1,048,576 rows, header included; past them its rows
//!   go on "dates (2)", "dates (3)"…, added after the others.
//!
//! # Cells
//! Typed, so that a sum works in any locale: numbers (the `number`,
//! `start`, `end`, `mentions`, `event_year` and award sums columns) are
//! numbers; `event_date` and a date fact's full-day value (`2016-12-24`) are
//! Excel dates shown as `yyyy-mm-dd`; `published` is a date-time on
//! Vietnam's clock (`yyyy-mm-dd hh:mm:ss`); `event_date_inferred` and `subject`
//! are booleans; everything else, codes included (`01`), is text, and empty
//! is blank. Text is written as a string cell, never as a formula, so no
//! quote is needed against formula injection. A cell is cut to 32,767 UTF-16
//! units, Excel's limit, the last one then being `…`.
//!
//! # Memory
//! The sheets are written in `rust_xlsxwriter`'s constant-memory mode: each
//! keeps only its current row in memory and streams the rest to a temporary
//! file in the system's temporary directory (`TMPDIR`). At finish the
//! workbook is zipped into one more temporary file, then copied to the
//! output. Memory stays flat with the archive; the temporary directory holds
//! about the sheets' XML plus the zipped workbook.

use std::borrow::Cow;
use std::io::{self, Seek, Write};

use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat, Workbook, Worksheet, XlsxError};

use super::RecordWriter;
use super::csv::{DOCUMENT_COLUMNS, FACT_CELLS, MAX_CELL, document_keys, document_row, fact_cells};
use crate::record::Record;

/// Excel's rows in a sheet, the header's included.
pub(crate) const EXCEL_ROWS: u32 = 1_048_576;

/// The fact sheets: (the kind as [`crate::record::Fact::kind_name`] names
/// it, the sheet's name), in the order of the workbook.
const KINDS: &[(&str, &str)] = &[
    ("date", "dates"),
    ("province", "provinces"),
    ("district", "districts"),
    ("person", "people"),
    ("chairperson", "chairpersons"),
    ("percentage", "percentages"),
    ("ratio", "ratios"),
    ("score", "scores"),
    ("award", "awards"),
];

/// The document's columns on every fact sheet: `csv-facts`' own, with the
/// title after the source.
const FACT_DOCUMENT: &[&str] = &[
    "source",
    "event_date",
    "event_year",
    "province",
    "province_code",
];

/// How many of [`FACT_CELLS`] after `kind` every fact sheet has (text to
/// end): the kind is the sheet's, and the rest are the provinces sheet's only.
const FACT_OWN: usize = 7;

/// Columns whose cells are numbers.
const NUMBER_COLUMNS: &[&str] = &[
    "event_year",
    "number",
    "start",
    "end",
    "mentions",
    "award_collectives",
    "award_individuals",
];

/// Columns whose `true` is a boolean.
const BOOLEAN_COLUMNS: &[&str] = &["event_date_inferred", "subject"];

/// A column's width in characters: wide for sentences, narrow for numbers.
fn width(column: &str) -> f64 {
    match column {
        "source" | "title" | "context" | "province_evidence" | "text" => 40.0,
        "error" | "detail" | "awards" | "dates" | "percentages" | "ratios" | "scores" => 30.0,
        "value" | "presiding" | "chairpersons" | "provinces" | "districts" | "published" => 24.0,
        "province" | "successor_2025" => 16.0,
        _ => 12.0,
    }
}

/// A sheet being written: its columns, and where its rows are.
struct Sheet {
    /// The name of its first part ("dates"); later parts add " (2)"…
    name: &'static str,
    columns: Vec<&'static str>,
    /// The workbook index of the part being written.
    index: usize,
    /// Its part, from 1.
    part: u32,
    /// The next row of the part (the header is row 0).
    row: u32,
}

/// The workbook, written as records come.
pub(crate) struct Spreadsheet<W: Write> {
    out: W,
    workbook: Workbook,
    /// "reports", then one per kind of [`KINDS`].
    sheets: Vec<Sheet>,
    rows_per_sheet: u32,
    /// The worksheets added so far, parts included.
    parts: usize,
    header: CellFormat,
    dates: DateFormats,
}

/// How date cells show: a day, and a publication stamp with its clock.
struct DateFormats {
    day: CellFormat,
    stamp: CellFormat,
}

fn xlsx_error(error: XlsxError) -> io::Error {
    match error {
        XlsxError::IoError(error) => error,
        error => io::Error::other(error),
    }
}

impl<W: Write> Spreadsheet<W> {
    pub(crate) fn new(out: W) -> io::Result<Self> {
        Self::with_rows_per_sheet(out, EXCEL_ROWS)
    }

    /// A workbook whose sheets hold `rows` rows each, the header's included
    /// (a test's small limit shows the continuation sheets).
    pub(crate) fn with_rows_per_sheet(out: W, rows: u32) -> io::Result<Self> {
        let mut sheets = vec![Sheet::new("reports", DOCUMENT_COLUMNS.to_vec())];
        for &(kind, name) in KINDS {
            let own = if kind == "province" {
                &FACT_CELLS[1..]
            } else {
                &FACT_CELLS[1..FACT_OWN + 1]
            };
            let mut columns = vec![FACT_DOCUMENT[0], "title"];
            columns.extend(&FACT_DOCUMENT[1..]);
            columns.extend(own);
            sheets.push(Sheet::new(name, columns));
        }
        let mut spreadsheet = Spreadsheet {
            out,
            workbook: Workbook::new(),
            sheets,
            rows_per_sheet: rows.clamp(2, EXCEL_ROWS),
            parts: 0,
            header: CellFormat::new().set_bold(),
            dates: DateFormats {
                day: CellFormat::new().set_num_format("yyyy-mm-dd"),
                stamp: CellFormat::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
            },
        };
        for i in 0..spreadsheet.sheets.len() {
            spreadsheet.start_part(i).map_err(xlsx_error)?;
        }
        Ok(spreadsheet)
    }

    /// Adds sheet `i`'s next part, with its header, frozen.
    fn start_part(&mut self, i: usize) -> Result<(), XlsxError> {
        let sheet = &mut self.sheets[i];
        sheet.part += 1;
        sheet.row = 1;
        let name = match sheet.part {
            1 => sheet.name.to_owned(),
            part => format!("{} ({part})", sheet.name),
        };
        let worksheet = self.workbook.add_worksheet_with_constant_memory()?;
        worksheet.set_name(name)?;
        for (col, column) in (0..).zip(&sheet.columns) {
            worksheet.set_column_width(col, width(column))?;
            worksheet.write_string_with_format(0, col, *column, &self.header)?;
        }
        worksheet.set_freeze_panes(1, 0)?;
        sheet.index = self.parts;
        self.parts += 1;
        Ok(())
    }

    /// Writes one row of cells on sheet `i`, as typed by their columns.
    fn write_row<'c>(
        &mut self,
        i: usize,
        cells: impl Iterator<Item = &'c str>,
    ) -> Result<(), XlsxError> {
        if self.sheets[i].row >= self.rows_per_sheet {
            self.finish_part(i)?;
            self.start_part(i)?;
        }
        let sheet = &mut self.sheets[i];
        let worksheet = self.workbook.worksheet_from_index(sheet.index)?;
        let dates_sheet = sheet.name == "dates";
        for ((col, column), text) in (0..).zip(&sheet.columns).zip(cells) {
            write_cell(
                worksheet,
                sheet.row,
                col,
                column,
                text,
                dates_sheet,
                &self.dates,
            )?;
        }
        sheet.row += 1;
        Ok(())
    }

    /// Sets the autofilter of sheet `i`'s part over its rows.
    fn finish_part(&mut self, i: usize) -> Result<(), XlsxError> {
        let sheet = &self.sheets[i];
        let last_col = u16::try_from(sheet.columns.len() - 1).unwrap_or(u16::MAX);
        self.workbook
            .worksheet_from_index(sheet.index)?
            .autofilter(0, 0, sheet.row - 1, last_col)?;
        Ok(())
    }

    fn write_record(&mut self, r: &Record) -> Result<(), XlsxError> {
        let row = document_row(r);
        self.write_row(0, row.iter().map(String::as_str))?;
        if r.error.is_some() {
            return Ok(());
        }
        let keys = document_keys(r);
        let title = r.title.as_deref().unwrap_or("");
        fact_cells(r, |fact| {
            let Some(i) = KINDS.iter().position(|(kind, _)| *kind == fact[0]) else {
                return Ok(());
            };
            let cells = [keys[0], title]
                .into_iter()
                .chain(keys[1..].iter().copied())
                .chain(fact[1..].iter().map(Cow::as_ref));
            self.write_row(i + 1, cells)
        })
    }
}

impl Sheet {
    fn new(name: &'static str, columns: Vec<&'static str>) -> Sheet {
        Sheet {
            name,
            columns,
            index: 0,
            part: 0,
            row: 0,
        }
    }
}

/// One cell, typed by its column (see the module documentation).
fn write_cell(
    worksheet: &mut Worksheet,
    row: u32,
    col: u16,
    column: &str,
    text: &str,
    dates_sheet: bool,
    formats: &DateFormats,
) -> Result<(), XlsxError> {
    if text.is_empty() {
        return Ok(());
    }
    if NUMBER_COLUMNS.contains(&column)
        && let Some(number) = text.parse::<f64>().ok().filter(|n| n.is_finite())
    {
        worksheet.write_number(row, col, number)?;
    } else if BOOLEAN_COLUMNS.contains(&column) && text == "true" {
        worksheet.write_boolean(row, col, true)?;
    } else if (column == "event_date" || dates_sheet && column == "value")
        && let Some(date) = day(text)
    {
        worksheet.write_date_with_format(row, col, &date, &formats.day)?;
    } else if column == "published"
        && let Some((stamp, format)) = day(text)
            .map(|date| (date, &formats.day))
            .or_else(|| vietnam_time(text).map(|time| (time, &formats.stamp)))
    {
        worksheet.write_datetime_with_format(row, col, &stamp, format)?;
    } else {
        worksheet.write_string(row, col, fit(text))?;
    }
    Ok(())
}

/// `YYYY-MM-DD` as an Excel date, when Excel has it (1900 to 9999).
fn day(text: &str) -> Option<ExcelDateTime> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = text[..4].parse().ok()?;
    let month = text[5..7].parse().ok()?;
    let day = text[8..].parse().ok()?;
    ExcelDateTime::from_ymd(year, month, day).ok()
}

/// An RFC 3339 stamp ("2016-12-24T09:30:00+07:00") as Vietnam's clock
/// shows it: Excel has no time zones, and the reports' readers are in UTC+7.
fn vietnam_time(text: &str) -> Option<ExcelDateTime> {
    let instant: jiff::Timestamp = text.parse().ok()?;
    let zone = jiff::tz::TimeZone::fixed(jiff::tz::offset(7));
    let local = instant.to_zoned(zone).datetime();
    ExcelDateTime::from_ymd(local.year() as u16, local.month() as u8, local.day() as u8)
        .ok()?
        .and_hms(
            local.hour() as u16,
            local.minute() as u8,
            local.second() as u8,
        )
        .ok()
}

/// `text` cut to Excel's limit, which counts UTF-16 units.
fn fit(text: &str) -> Cow<'_, str> {
    // UTF-8 bytes bound UTF-16 units from above: most cells need no count.
    if text.len() <= MAX_CELL || text.encode_utf16().count() <= MAX_CELL {
        return Cow::Borrowed(text);
    }
    let mut cell = String::new();
    let mut units = 0;
    for c in text.chars() {
        units += c.len_utf16();
        if units > MAX_CELL - 1 {
            break;
        }
        cell.push(c);
    }
    cell.push('…');
    Cow::Owned(cell)
}

impl<W: Write> RecordWriter for Spreadsheet<W> {
    fn write(&mut self, record: &Record) -> io::Result<()> {
        self.write_record(record).map_err(xlsx_error)
    }

    /// Nothing to hand on: a workbook is readable only once finished.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }

    /// Zips the workbook into a temporary file and copies it to the output.
    fn finish(&mut self) -> io::Result<()> {
        for i in 0..self.sheets.len() {
            self.finish_part(i).map_err(xlsx_error)?;
        }
        let mut zipped = tempfile::tempfile()?;
        self.workbook
            .save_to_writer(&mut zipped)
            .map_err(xlsx_error)?;
        zipped.rewind()?;
        io::copy(&mut zipped, &mut self.out)?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader};

    /// Sheets of 3 rows (a header and 2 records): 5 records fill "reports",
    /// "reports (2)" and one row of "reports (3)", added after "awards".
    #[test]
    fn a_full_sheet_continues_on_the_next() {
        let mut out = Vec::new();
        let mut book = Spreadsheet::with_rows_per_sheet(&mut out, 3).unwrap();
        for i in 1..=5 {
            let record = Record {
                source: format!("{i}.txt"),
                ..Record::default()
            };
            book.write(&record).unwrap();
        }
        book.finish().unwrap();
        drop(book);
        let mut read = calamine::Xlsx::new(io::Cursor::new(out)).unwrap();
        let names = read.sheet_names();
        assert_eq!(names[9..], ["awards", "reports (2)", "reports (3)"]);
        let sources = |read: &mut calamine::Xlsx<_>, name: &str| -> Vec<Data> {
            let range = read.worksheet_range(name).unwrap();
            range.rows().map(|row| row[0].clone()).collect()
        };
        let text = |s: &str| Data::String(s.to_owned());
        assert_eq!(
            sources(&mut read, "reports"),
            [text("source"), text("1.txt"), text("2.txt")]
        );
        assert_eq!(
            sources(&mut read, "reports (2)"),
            [text("source"), text("3.txt"), text("4.txt")]
        );
        assert_eq!(
            sources(&mut read, "reports (3)"),
            [text("source"), text("5.txt")]
        );
    }

    /// Excel counts UTF-16 units: an emoji is two.
    #[test]
    fn cells_are_cut_at_excels_limit() {
        let fits = "ă".repeat(MAX_CELL);
        assert_eq!(fit(&fits), fits);
        let emoji = "😀".repeat(MAX_CELL / 2 + 1);
        let cut = fit(&emoji);
        assert_eq!(cut.encode_utf16().count(), MAX_CELL);
        assert!(cut.ends_with("😀…"));
    }
}
