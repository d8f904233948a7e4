//! DOCX reports (Word 2007 and later), and the error for Word 97 ones.
//!
//! A DOCX is a zip archive; its body is `word/document.xml`. Paragraphs
//! (`w:p`) become lines with a blank line between them; a line break
//! (`w:br`, `w:cr`) a line break; a tab (`w:tab`) a tab. In a table each
//! cell's paragraphs are lines, and a blank line ends each row. Only the
//! text of `w:t` is read: deleted text (`w:delText`), field codes
//! (`w:instrText`) and properties are not the document's words, and the
//! fallback copy of a text box (`mc:Fallback`) would repeat it.
//! `docProps/core.xml` gives the title (`dc:title`) and the publication
//! date (`dcterms:created`, as written).

use quick_xml::Reader;
use quick_xml::events::Event;

use super::Article;
use super::package::{self, ZIP_MAGIC};
use crate::Error;

/// Whether the bytes are a DOCX: a zip archive with a `word/document.xml`
/// (its name is stored uncompressed in the local and central headers).
pub(crate) fn is_docx(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC) && memchr::memmem::find(bytes, b"word/document.xml").is_some()
}

/// Whether the bytes are an OLE2 compound file, as Word 97–2003 `.doc`
/// files are.
pub(crate) fn is_word97(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
}

/// The error for a Word 97–2003 document, which is not read.
pub(crate) fn word97_error() -> Error {
    Error::Format {
        format: "doc",
        reason: "the file is a Word 97-2003 document (.doc), which is not read: convert it to \
                 DOCX first, e.g. libreoffice --headless --convert-to docx FILE"
            .into(),
    }
}

/// Reads a DOCX's text and metadata.
pub(crate) fn read(bytes: &[u8]) -> Result<Article, Error> {
    package::read(
        bytes,
        &package::Layout {
            format: "docx",
            body: "word/document.xml",
            body_text,
            meta: "docProps/core.xml",
            meta_elements: ["title", "created"],
        },
    )
}

/// Elements whose whole content is skipped.
const SKIPPED: [&str; 8] = [
    "pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr", "Fallback", "tblGrid",
];

/// The text of `word/document.xml`, or why the XML is broken.
fn body_text(xml: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = Lines::default();
    let (mut skip_depth, mut in_text, mut tables) = (0usize, false, 0usize);
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("the DOCX body is not well-formed XML: {e}"))?;
        match &event {
            Event::Start(_) if skip_depth > 0 => skip_depth += 1,
            Event::End(_) if skip_depth > 0 => skip_depth -= 1,
            _ if skip_depth > 0 => {}
            Event::Start(start) => match start.local_name().as_ref() {
                name if SKIPPED.contains(&name) => skip_depth = 1,
                "t" => in_text = true,
                "tbl" => tables += 1,
                _ => {}
            },
            Event::Empty(empty) => match empty.local_name().as_ref() {
                "br" | "cr" => out.line(),
                "tab" => out.push("\t"),
                "noBreakHyphen" => out.push("-"),
                "p" => out.paragraph(tables > 0),
                _ => {}
            },
            Event::End(end) => match end.local_name().as_ref() {
                "t" => in_text = false,
                "p" => out.paragraph(tables > 0),
                "tc" => out.paragraph(true),
                "tr" => out.paragraph(false),
                "tbl" => {
                    tables = tables.saturating_sub(1);
                    out.paragraph(false);
                }
                _ => {}
            },
            Event::Text(text) if in_text => out.push(&text.xml10_content()),
            Event::GeneralRef(reference) if in_text => {
                let mut text = String::new();
                package::push_reference(&mut text, reference);
                out.push(&text);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out.finish())
}

/// Text built line by line: an empty paragraph adds no blank line, and
/// there is never more than one blank line in a row.
#[derive(Default)]
pub(super) struct Lines {
    text: String,
}

impl Lines {
    pub(super) fn push(&mut self, piece: &str) {
        self.text.push_str(piece);
    }

    /// Ends the line.
    pub(super) fn line(&mut self) {
        self.text.push('\n');
    }

    /// Ends the paragraph: a line break, and a blank line unless `tight`
    /// (a paragraph in a table cell).
    pub(super) fn paragraph(&mut self, tight: bool) {
        let trimmed = self.text.trim_end_matches([' ', '\t']).len();
        self.text.truncate(trimmed);
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        if !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        if !tight {
            self.text.push('\n');
        }
    }

    pub(super) fn finish(mut self) -> String {
        let trimmed = self.text.trim_end().len();
        self.text.truncate(trimmed);
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.text
    }
}

#[cfg(test)]
mod tests;
