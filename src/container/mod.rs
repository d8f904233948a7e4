//! Containers: the file formats a report arrives in, unpacked into the
//! articles they hold, before decoding and normalization.
//!
//! A plain text file is one article whose bytes still need decoding. Every
//! other container gives its articles as text, with what its metadata says
//! of the title and the publication date:
//! - an HTML page (`html.rs`): the article's text, chrome dropped;
//! - a DOCX report (`docx.rs`; ODT in `odt.rs`, their zip parts in
//!   `package.rs`): paragraphs and table cells;
//! - a PDF with a text layer (`pdf/`): its pages' text;
//! - records that hold articles (`records.rs`): JSON Lines, CSV and JSON,
//!   one article per row or object.
//!
//! Which container an input is comes from its file name, else from its
//! first bytes ([`detect`]); `--input-format` overrides both.

mod docx;
mod html;
mod odt;
mod package;
mod pdf;
mod records;

use std::path::Path;

use crate::Error;
use crate::decode::{self, Encoding};

/// An article a container gave as text, with its metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Article {
    /// The article's text, lines separated by `\n`, paragraphs by a blank
    /// line; not yet normalized.
    pub text: String,
    /// The title the container's metadata gives (`<title>`, `og:title`,
    /// `docProps/core.xml`, a PDF's info dictionary, a record's title field).
    pub title: Option<String>,
    /// The publication date or date-time its metadata gives, as written
    /// there ("2025-06-28T23:01:00+07:00", "03/04/2014 15:30").
    pub published: Option<String>,
    /// The container as a record's `encoding` names it, with the encoding
    /// its text was read from when there was one: "html/windows-1258",
    /// "docx", "pdf", "jsonl".
    pub container: String,
}

/// What one input holds.
#[derive(Debug)]
pub(crate) enum Content {
    /// Plain text, still to be decoded.
    Bytes(Vec<u8>),
    /// An article unpacked from a container.
    Article(Article),
}

/// How inputs are unpacked: `--input-format` and the record fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InputOptions {
    /// The container every input is read as; [`InputFormat::Auto`] tells it
    /// by file name and content.
    pub format: InputFormat,
    /// The field or column holding a record's article; by default the first
    /// of `content`, `text`, `body`, `Content`, `noi_dung` a record has.
    pub text_field: Option<String>,
    /// The field or column whose value names a record (`source` `FILE#ID`);
    /// without it records are named by line (`FILE#LINE`).
    pub id_field: Option<String>,
    /// The delimiter of CSV records; by default sniffed from the header
    /// (`,`, `;`, `|` or tab).
    pub delimiter: Option<u8>,
}

/// The container an input is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum InputFormat {
    /// Tell it by file name, then by content: HTML, DOCX, PDF, JSON Lines,
    /// CSV and JSON records, else plain text.
    #[default]
    Auto,
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
    /// A Word document (.docx).
    Docx,
    /// A PDF with a text layer.
    Pdf,
    /// One JSON article per line.
    Jsonl,
    /// One article per row, under a header naming the columns.
    Csv,
    /// One JSON object, or an array of them.
    Json,
}

/// One article an input holds, or why it could not be had.
#[derive(Debug)]
pub(crate) struct Unpacked {
    /// Its name in records: the input's, or `FILE#ID`/`FILE#LINE` for one
    /// of many records in a file.
    pub source: String,
    pub content: Result<Content, Error>,
}

/// The container of the input `name` with first bytes `bytes`: by file
/// extension, else by content (magic numbers, markup, a JSON or delimited
/// record header), else plain text.
pub(crate) fn detect(name: &str, bytes: &[u8], options: &InputOptions) -> InputFormat {
    if options.format != InputFormat::Auto {
        return options.format;
    }
    let extension = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("html" | "htm" | "xhtml") => return InputFormat::Html,
        // A Word 97 file or an ODT document goes where DOCX does: the
        // one is refused with a hint, the other read.
        Some("docx" | "odt" | "doc") => return InputFormat::Docx,
        Some("pdf") => return InputFormat::Pdf,
        Some("jsonl" | "ndjson") => return InputFormat::Jsonl,
        Some("csv" | "tsv") => return InputFormat::Csv,
        Some("json") => return InputFormat::Json,
        _ => {}
    }
    sniff(bytes, options)
}

/// The container `bytes` look like, whatever the file is called.
fn sniff(bytes: &[u8], options: &InputOptions) -> InputFormat {
    if pdf::is_pdf(bytes) {
        return InputFormat::Pdf;
    }
    if docx::is_docx(bytes) || odt::is_odt(bytes) || docx::is_word97(bytes) {
        return InputFormat::Docx;
    }
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = &start[start.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
    match start.first() {
        Some(b'{') => {
            // One object, or one per line.
            let first_line = start.split(|&b| b == b'\n').next().unwrap_or(start);
            if first_line.len() < start.len()
                && serde_json::from_slice::<serde_json::Value>(first_line).is_ok()
            {
                InputFormat::Jsonl
            } else {
                InputFormat::Json
            }
        }
        Some(b'[') if serde_json::from_slice::<serde::de::IgnoredAny>(start).is_ok() => {
            InputFormat::Json
        }
        _ if html::looks_like_html(bytes) => InputFormat::Html,
        _ => {
            let head = &start[..start.len().min(1024)];
            let first_line = head.split(|&b| b == b'\n').next().unwrap_or(head);
            match std::str::from_utf8(first_line) {
                Ok(line)
                    if records::sniff_header(line, options.text_field.as_deref()).is_some() =>
                {
                    InputFormat::Csv
                }
                _ => InputFormat::Text,
            }
        }
    }
}

/// The articles the input `name` holds: one for a document, one per record
/// for records, each ok or with its error.
pub(crate) fn unpack(
    name: &str,
    bytes: Vec<u8>,
    options: &InputOptions,
    encoding: Encoding,
) -> Vec<Unpacked> {
    let one = |content| {
        vec![Unpacked {
            source: name.to_owned(),
            content,
        }]
    };
    let format = detect(name, &bytes, options);
    let kind = match format {
        InputFormat::Auto | InputFormat::Text => return one(Ok(Content::Bytes(bytes))),
        InputFormat::Html => return one(html::read(&bytes, encoding).map(Content::Article)),
        InputFormat::Docx if odt::is_odt(&bytes) => {
            return one(odt::read(&bytes).map(Content::Article));
        }
        InputFormat::Docx if docx::is_word97(&bytes) => return one(Err(docx::word97_error())),
        InputFormat::Docx => return one(docx::read(&bytes).map(Content::Article)),
        InputFormat::Pdf => return one(pdf::read(&bytes, encoding).map(Content::Article)),
        InputFormat::Jsonl => "jsonl",
        InputFormat::Csv => "csv",
        InputFormat::Json => "json",
    };
    // Records: decoded whole, then read one article per line, row or object.
    let decoded = match decode::decode_keeping_references(bytes, encoding) {
        Ok(decoded) => decoded,
        Err(error) => return one(Err(error.into())),
    };
    let label = format!("{kind}/{}", decoded.encoding);
    let (text, fields) = (decoded.text.as_str(), fields(options));
    match format {
        InputFormat::Jsonl => records::jsonl(name, text, fields, &label),
        InputFormat::Csv => records::csv(name, text, fields, options.delimiter, &label),
        _ => records::json(name, text, fields, &label),
    }
}

/// The article of line `number` (from 1) of a JSON Lines stream named
/// `name`: the line protocol of `--input-format jsonl` on standard input.
pub(crate) fn unpack_jsonl_line(
    name: &str,
    number: usize,
    line: &[u8],
    options: &InputOptions,
) -> Unpacked {
    match std::str::from_utf8(line) {
        Ok(line) => records::jsonl_line(name, number, line, fields(options), "jsonl/utf-8"),
        Err(error) => Unpacked {
            source: format!("{name}#{number}"),
            content: Err(Error::Format {
                format: "jsonl",
                reason: format!(
                    "line {number} is not UTF-8 (first bad byte at offset {})",
                    error.valid_up_to()
                ),
            }),
        },
    }
}

fn fields(options: &InputOptions) -> records::Fields<'_> {
    records::Fields {
        text: options.text_field.as_deref(),
        id: options.id_field.as_deref(),
    }
}
