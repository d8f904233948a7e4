//! Writes the small DOCX (and ODT) packages the tests read, and
//! `fixtures/docx/` holds: a zip of `[Content_Types].xml`,
//! `word/document.xml` and `docProps/core.xml`, deflated as Word does.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// A zip archive of the parts, in order; a `mimetype` part (ODT's first) is
/// stored, the others deflated. Times are fixed, so the bytes are too.
pub fn package(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        let method = if *name == "mimetype" {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(DateTime::default());
        zip.start_file(*name, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Escapes text for XML.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

/// `document.xml` around a body's XML.
pub fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
    )
}

/// `core.xml` with a title and a creation date.
pub fn core(title: &str, created: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>vnextract</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created></cp:coreProperties>"#,
        escape(title)
    )
}

/// A DOCX of a body's XML and its metadata.
pub fn docx(body: &str, title: &str, created: &str) -> Vec<u8> {
    package(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("word/document.xml", &document(body)),
        ("docProps/core.xml", &core(title, created)),
    ])
}

/// A report as Word keeps it: each block of lines (blocks are separated by
/// blank lines) one paragraph, its lines joined by line breaks, in runs
/// with properties as Word writes them.
pub fn report(text: &str, title: &str, created: &str) -> Vec<u8> {
    let mut body = String::new();
    for block in text
        .split("\n\n")
        .map(|b| b.trim_matches('\n'))
        .filter(|b| !b.trim().is_empty())
    {
        body.push_str(r#"<w:p><w:pPr><w:spacing w:after="120"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>"#);
        for (i, line) in block.lines().enumerate() {
            if i > 0 {
                body.push_str("<w:r><w:br/></w:r>");
            }
            body.push_str(&format!(
                r#"<w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#,
                escape(line)
            ));
        }
        body.push_str("</w:p>");
    }
    docx(&body, title, created)
}
