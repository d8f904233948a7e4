//! What DOCX and ODT share: both are zip archives of XML parts. A part is
//! read whole, up to a size limit (a zip bomb costs one record, not the
//! machine's memory); a metadata part is read for the text of a few
//! elements.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

use super::Article;
use crate::Error;

/// The most bytes one part may inflate to.
const MAX_PART: u64 = 64 * 1024 * 1024;

/// The zip local-file magic every DOCX and ODT starts with.
pub(super) const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

pub(super) type Archive<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

/// Opens the archive, or says why it is not one.
pub(super) fn open<'a>(bytes: &'a [u8], format: &'static str) -> Result<Archive<'a>, Error> {
    zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Error::Format {
        format,
        reason: format!(
            "the file is not a readable {} archive: {e}",
            format.to_uppercase()
        ),
    })
}

/// A part's text; `Ok(None)` when the archive has no such part.
pub(super) fn part(
    archive: &mut Archive<'_>,
    name: &str,
    format: &'static str,
) -> Result<Option<String>, Error> {
    let broken = |e: &dyn std::fmt::Display| Error::Format {
        format,
        reason: format!(
            "the {} part {name} could not be read: {e}",
            format.to_uppercase()
        ),
    };
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(broken(&e)),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PART + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| broken(&e))?;
    if bytes.len() as u64 > MAX_PART {
        return Err(Error::Format {
            format,
            reason: format!(
                "the {} part {name} inflates to more than {MAX_PART} bytes",
                format.to_uppercase()
            ),
        });
    }
    Ok(Some(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }))
}

/// Where a kind of package keeps its text and its metadata.
pub(super) struct Layout {
    /// The container's name in records and errors: "docx", "odt".
    pub format: &'static str,
    /// The part holding the body, and how to read its text.
    pub body: &'static str,
    pub body_text: fn(&str) -> Result<String, String>,
    /// The metadata part, and its title and creation-date elements.
    pub meta: &'static str,
    pub meta_elements: [&'static str; 2],
}

/// Reads a package laid out as `layout` says: its body's text, and its
/// title and creation date when its metadata part can be read.
pub(super) fn read(bytes: &[u8], layout: &Layout) -> Result<Article, Error> {
    let format = layout.format;
    let mut archive = open(bytes, format)?;
    let body = part(&mut archive, layout.body, format)?.ok_or_else(|| Error::Format {
        format,
        reason: format!(
            "the {} archive has no {}",
            format.to_ascii_uppercase(),
            layout.body
        ),
    })?;
    let text = (layout.body_text)(&body).map_err(|reason| Error::Format { format, reason })?;
    let [title, published] = match part(&mut archive, layout.meta, format) {
        Ok(Some(meta)) => element_texts(&meta, layout.meta_elements),
        // Metadata is a bonus: a broken part costs the title, not the text.
        _ => [None, None],
    };
    Ok(Article {
        text,
        title,
        published,
        container: format.into(),
    })
}

/// The trimmed text of the first element with each local name (`title` for
/// `dc:title`), `None` where it is missing or empty.
pub(super) fn element_texts<const N: usize>(xml: &str, names: [&str; N]) -> [Option<String>; N] {
    let mut found: [Option<String>; N] = std::array::from_fn(|_| None);
    let mut reader = Reader::from_str(xml);
    let mut current: Option<usize> = None;
    let mut text = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(start)) => {
                let local = start.local_name();
                current = names
                    .iter()
                    .position(|name| *name == local.as_ref())
                    .filter(|&i| found[i].is_none());
                text.clear();
            }
            Ok(Event::Text(t)) if current.is_some() => text.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) if current.is_some() => push_reference(&mut text, &r),
            Ok(Event::End(_)) => {
                if let Some(i) = current.take() {
                    let value = text.trim();
                    if !value.is_empty() {
                        found[i] = Some(value.to_owned());
                    }
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    found
}

/// An entity or character reference (`&amp;`, `&#7871;`) as the text it
/// stands for.
pub(super) fn push_reference(text: &mut String, reference: &quick_xml::events::BytesRef<'_>) {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        text.push(c);
    } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&reference.xml10_content())
    {
        text.push_str(s);
    }
}
