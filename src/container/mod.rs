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

use crate::Error;
use crate::decode::Encoding;

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

// Until the pipeline calls the containers, their entry points are unused.
#[allow(dead_code)]
mod docx;
#[allow(dead_code)]
mod odt;
#[allow(dead_code)]
mod package;
#[allow(dead_code)]
mod pdf;
