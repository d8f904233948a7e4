//! PDF reports with a text layer: the pages' text, a blank line between
//! pages, with the title and creation date of the document information
//! dictionary.
//!
//! lopdf parses the file (cross-references, object streams, filters, fonts'
//! encodings and ToUnicode maps); `walk.rs` reads the text operators of each
//! page, placing line breaks and spaces by position; `fonts.rs` turns glyph
//! codes into text; `legacy.rs` reads text set in TCVN3 and VNI fonts.
//!
//! A PDF whose pages show images but no text (a scan) is an error that says
//! to run OCR; one whose glyphs map to no characters too; one that shows
//! nothing (empty, or so damaged that no page content is left) another. A file lopdf cannot parse is
//! an error, and so is a panic inside lopdf, caught here: a hostile file
//! must cost one record, not the run.

mod fonts;
mod legacy;
mod walk;

use std::panic::{AssertUnwindSafe, catch_unwind};

use lopdf::Document;

use super::Article;
use crate::Error;
use crate::decode::{self, Encoding};
use walk::Run;

/// Whether the bytes are a PDF: `%PDF-` within the first 1024 bytes, as
/// readers accept it.
pub(crate) fn is_pdf(bytes: &[u8]) -> bool {
    memchr::memmem::find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some()
}

/// Reads a PDF's text and metadata. `encoding` other than `Auto` forces the
/// reading of text in legacy fonts (see `legacy.rs`).
pub(crate) fn read(bytes: &[u8], encoding: Encoding) -> Result<Article, Error> {
    match catch_unwind(AssertUnwindSafe(|| read_unguarded(bytes, encoding))) {
        Ok(result) => result,
        Err(_) => Err(error(
            "the PDF could not be read: its structure is broken (the PDF parser gave up)".into(),
        )),
    }
}

fn error(reason: String) -> Error {
    Error::Format {
        format: "pdf",
        reason,
    }
}

fn read_unguarded(bytes: &[u8], encoding: Encoding) -> Result<Article, Error> {
    let doc =
        Document::load_mem(bytes).map_err(|e| error(format!("the PDF could not be read: {e}")))?;
    if doc.is_encrypted() {
        return Err(error(
            "the PDF is encrypted with a password: decrypt it first, e.g. qpdf --decrypt IN.pdf OUT.pdf"
                .into(),
        ));
    }
    let walked = walk::walk(&doc);
    let forced = encoding != Encoding::Auto;
    let pooled = legacy::pooled_reading(&walked.runs, encoding);
    let title_reading = pooled.or_else(|| {
        walked.runs.iter().find_map(|run| match run {
            Run::Codes { legacy, .. } => *legacy,
            Run::Text(_) => None,
        })
    });
    let text = legacy::join(walked.runs, pooled, forced);
    let text = tidy(&text);
    if text.is_empty() {
        let reason = if walked.glyphs > 0 && walked.unmapped * 2 >= walked.glyphs {
            "the PDF's fonts map its glyphs to no characters, so its text cannot be read: \
             run OCR on it, e.g. ocrmypdf --force-ocr -l vie IN.pdf OUT.pdf"
        } else if walked.images > 0 {
            "the PDF has no text layer (a scanned image?): run OCR first, \
             e.g. ocrmypdf -l vie IN.pdf OUT.pdf"
        } else {
            "the PDF shows no text and no image: it is empty, or truncated or damaged"
        };
        return Err(error(reason.into()));
    }
    let info = doc
        .trailer
        .get_deref(b"Info", &doc)
        .ok()
        .and_then(|o| o.as_dict().ok());
    let field = |key: &[u8]| info.and_then(|info| info.get_deref(key, &doc).ok());
    let title = field(b"Title")
        .and_then(|o| lopdf::decode_text_string(o).ok())
        .map(|title| legacy_title(title, title_reading))
        .map(|title| title.trim().to_owned())
        .filter(|title| !title.is_empty());
    let published = field(b"CreationDate")
        .and_then(|o| o.as_str().ok())
        .and_then(|raw| iso_date(&String::from_utf8_lossy(raw)));
    Ok(Article {
        text,
        title,
        published,
        container: "pdf".into(),
    })
}

/// A title typed in the document's legacy font reads as its text does.
fn legacy_title(title: String, reading: Option<Encoding>) -> String {
    let Some(reading) = reading else {
        return title;
    };
    match encoding_rs::WINDOWS_1252.encode(&title) {
        (bytes, _, false) => decode::decode(&bytes, reading).map_or(title, |d| d.text),
        _ => title,
    }
}

/// Trailing spaces off each line, at most one blank line in a row, no
/// blank lines at the ends; a final newline.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A PDF date (`D:YYYYMMDDHHmmSSOHH'mm'`, every part after the year
/// optional) as ISO 8601, as far as it is given: "2016", "2016-12-24",
/// "2016-12-24T09:30", "2016-12-24T09:30:00+07:00".
fn iso_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let raw = raw.strip_prefix("D:").unwrap_or(raw);
    let digits = raw.bytes().take_while(u8::is_ascii_digit).count();
    let (stamp, zone) = raw.split_at(digits);
    if stamp.len() < 4 {
        return None;
    }
    let part = |from: usize| stamp.get(from..from + 2);
    let mut iso = stamp[..4].to_owned();
    for (from, sep) in [(4, '-'), (6, '-')] {
        match part(from) {
            Some(two) => {
                iso.push(sep);
                iso.push_str(two);
            }
            None => return Some(iso),
        }
    }
    let (Some(hour), Some(minute)) = (part(8), part(10)) else {
        return Some(iso);
    };
    iso.push_str(&format!("T{hour}:{minute}"));
    if let Some(second) = part(12) {
        iso.push(':');
        iso.push_str(second);
    }
    let zone_digits: String = zone.chars().filter(char::is_ascii_digit).collect();
    match zone.chars().next() {
        Some('Z') => iso.push('Z'),
        Some(sign @ ('+' | '-')) if zone_digits.len() >= 2 => {
            let minutes = zone_digits.get(2..4).unwrap_or("00");
            iso.push_str(&format!("{sign}{}:{minutes}", &zone_digits[..2]));
        }
        _ => {}
    }
    Some(iso)
}

#[cfg(test)]
mod tests;
