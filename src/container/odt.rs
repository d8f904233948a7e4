//! ODT reports (OpenDocument text, as LibreOffice saves them): the body of
//! `content.xml` as DOCX's is read (paragraphs and headings are lines with
//! a blank line between them, table cells lines, a blank line after each
//! row), with the title (`dc:title`) and creation date
//! (`meta:creation-date`) of `meta.xml`. Annotations and tracked deletions
//! are not the document's words.

use quick_xml::Reader;
use quick_xml::events::Event;

use super::Article;
use super::docx::Lines;
use super::package::{self, ZIP_MAGIC};
use crate::Error;

/// Whether the bytes are an ODT: a zip archive whose first entry,
/// `mimetype`, stored uncompressed, names OpenDocument text.
pub(crate) fn is_odt(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC)
        && memchr::memmem::find(
            &bytes[..bytes.len().min(200)],
            b"mimetypeapplication/vnd.oasis.opendocument.text",
        )
        .is_some()
}

/// Reads an ODT's text and metadata.
pub(crate) fn read(bytes: &[u8]) -> Result<Article, Error> {
    package::read(
        bytes,
        &package::Layout {
            format: "odt",
            body: "content.xml",
            body_text,
            meta: "meta.xml",
            meta_elements: ["title", "creation-date"],
        },
    )
}

/// Elements whose whole content is skipped.
const SKIPPED: [&str; 4] = [
    "annotation",
    "tracked-changes",
    "automatic-styles",
    "font-face-decls",
];

fn body_text(xml: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = Lines::default();
    let (mut skip_depth, mut paragraphs, mut tables) = (0usize, 0usize, 0usize);
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("the ODT content is not well-formed XML: {e}"))?;
        match &event {
            Event::Start(_) if skip_depth > 0 => skip_depth += 1,
            Event::End(_) if skip_depth > 0 => skip_depth -= 1,
            _ if skip_depth > 0 => {}
            Event::Start(start) => match start.local_name().as_ref() {
                name if SKIPPED.contains(&name) => skip_depth = 1,
                "p" | "h" => paragraphs += 1,
                "table" => tables += 1,
                _ => {}
            },
            Event::Empty(empty) => match empty.local_name().as_ref() {
                "line-break" => out.line(),
                "tab" => out.push("\t"),
                "s" => {
                    let count = empty
                        .attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == "c")
                        .and_then(|a| a.value.parse::<usize>().ok())
                        .unwrap_or(1);
                    out.push(&" ".repeat(count.min(100)));
                }
                "p" | "h" => out.paragraph(tables > 0),
                _ => {}
            },
            Event::End(end) => match end.local_name().as_ref() {
                "p" | "h" => {
                    paragraphs = paragraphs.saturating_sub(1);
                    out.paragraph(tables > 0);
                }
                "table-cell" => out.paragraph(true),
                "table-row" => out.paragraph(false),
                "table" => {
                    tables = tables.saturating_sub(1);
                    out.paragraph(false);
                }
                _ => {}
            },
            // ODF collapses white space in text, as HTML does; `text:s` and
            // `text:tab` are the spaces that count.
            Event::Text(text) if paragraphs > 0 => {
                let text = text.xml10_content();
                let mut words = text.split_ascii_whitespace();
                if text.starts_with(|c: char| c.is_ascii_whitespace()) {
                    out.push(" ");
                }
                if let Some(first) = words.next() {
                    out.push(first);
                    for word in words {
                        out.push(" ");
                        out.push(word);
                    }
                    if text.ends_with(|c: char| c.is_ascii_whitespace()) {
                        out.push(" ");
                    }
                }
            }
            Event::GeneralRef(reference) if paragraphs > 0 => {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::docx::package;

    const MIMETYPE: &str = "application/vnd.oasis.opendocument.text";

    fn odt(body: &str) -> Vec<u8> {
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
        );
        let meta = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta><dc:title>Báo cáo CCHC</dc:title><meta:creation-date>2016-12-27T17:00:00</meta:creation-date></office:meta></office:document-meta>"#;
        package(&[
            ("mimetype", MIMETYPE),
            ("content.xml", &content),
            ("meta.xml", meta),
        ])
    }

    #[test]
    fn paragraphs_tables_and_metadata() {
        let body = "<text:h>Hội nghị</text:h><text:p>Ngày 24/12/2016,\n   UBND<text:s text:c=\"2\"/>tỉnh<text:line-break/>Sơn La<office:annotation><text:p>ghi chú</text:p></office:annotation></text:p><table:table><table:table-row><table:table-cell><text:p>A</text:p></table:table-cell><table:table-cell><text:p>91%</text:p></table:table-cell></table:table-row></table:table>";
        let bytes = odt(body);
        assert!(is_odt(&bytes));
        let article = read(&bytes).unwrap();
        assert_eq!(
            article.text,
            "Hội nghị\n\nNgày 24/12/2016, UBND  tỉnh\nSơn La\n\nA\n91%\n"
        );
        assert_eq!(article.title.as_deref(), Some("Báo cáo CCHC"));
        assert_eq!(article.published.as_deref(), Some("2016-12-27T17:00:00"));
        assert_eq!(article.container, "odt");
    }

    #[test]
    fn a_zip_without_content_is_an_error() {
        let bytes = package(&[("mimetype", MIMETYPE)]);
        assert_eq!(
            read(&bytes).unwrap_err().to_string(),
            "the ODT archive has no content.xml"
        );
        assert!(!is_odt(&package(&[("word/document.xml", "<x/>")])));
    }
}
