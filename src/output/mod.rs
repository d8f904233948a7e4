//! Records → bytes, one module per format, each writing to any `io::Write`.
//! Records are written as they come, so memory stays flat on big archives
//! (XLSX streams its sheets to temporary files and writes the workbook at
//! finish: see its module).

pub(crate) mod csv;
pub mod file;
pub(crate) mod json;
pub(crate) mod xlsx;

use std::io::{self, Write};

use crate::record::Record;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
    /// One JSON record per line.
    #[default]
    Jsonl,
    /// One JSON array of records.
    Json,
    /// One row per document, flat columns.
    Csv,
    /// One row per fact, for pivot tables.
    CsvFacts,
    /// A workbook: a sheet of reports, a sheet per kind of fact (needs `-o FILE`).
    Xlsx,
}

/// Format settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct OutputOptions {
    /// Which format to write.
    pub format: Format,
    /// Indent JSON.
    pub pretty: bool,
    /// Start CSV with a UTF-8 byte-order mark (for Excel).
    pub bom: bool,
    /// Write CSV cells as they are, even those a spreadsheet would take for
    /// formulas (README: CSV is safe to open in a spreadsheet).
    pub raw_cells: bool,
    /// Write CSV without its header line, for batches appended to one file.
    pub no_header: bool,
}

/// Writes records one at a time, then closes the document.
pub trait RecordWriter {
    /// Writes one record.
    fn write(&mut self, record: &Record) -> io::Result<()>;
    /// Hands what was written on to the output now (a pipe's reader waits
    /// for each record).
    fn flush(&mut self) -> io::Result<()>;
    /// Closes the document (a JSON array's `]`) and flushes.
    fn finish(&mut self) -> io::Result<()>;
}

/// A writer for `options.format` over `out`.
pub fn writer<'a, W: Write + 'a>(
    out: W,
    options: OutputOptions,
) -> io::Result<Box<dyn RecordWriter + 'a>> {
    Ok(match options.format {
        Format::Jsonl => Box::new(json::JsonLines::new(out)),
        Format::Json => Box::new(json::JsonArray::new(out, options.pretty)),
        Format::Csv => Box::new(csv::DocumentRows::new(out, &options)?),
        Format::CsvFacts => Box::new(csv::FactRows::new(out, &options)?),
        Format::Xlsx => Box::new(xlsx::Spreadsheet::new(out)?),
    })
}
