//! vnextract: structured facts from Vietnamese government reports.
//!
//! The front door is an [`Extractor`], built from [`Options`]: text, bytes
//! or a batch of named byte buffers in, one [`Record`] per document out;
//! [`Error`] says why an input could not be processed. The crate root names
//! every type a record holds ([`DateFact`], [`SubjectProvince`],
//! [`Chairperson`], [`Percentage`], [`Award`], …); their fields are the
//! output contract of README.md.
//!
//! Behind the front door the data flows one way: read ([`input`]) → decode
//! (bytes to text) → normalize (NFC, tone marks, whitespace, page chrome)
//! → extract (one module per fact kind) → record (one per document) →
//! write ([`output`], one module per format). Normalize and the extractors
//! stand on `text` (letter case, folding, dashes, words, clauses), which
//! imports nothing else of the crate. [`batch`] runs the pipeline over many
//! inputs in parallel, in input order, and [`eval`] scores records against
//! a gold file: with [`input`] and [`output`], the command line's half. The
//! library never prints.
//!
//! ```
//! let record = vnextract::extract("Ngày 24/12/2016, UBND tỉnh Sơn La tổ chức Hội nghị.");
//! assert!(record.error.is_none());
//! ```

#![deny(missing_docs)]

pub mod batch;
mod container;
mod decode;
mod error;
pub mod eval;
mod extract;
mod extractor;
pub mod input;
pub mod lines;
mod normalize;
pub mod output;
mod record;
mod text;

#[cfg(test)]
mod testing;

// The benches time normalize and each extractor alone, which the front door
// does not offer: hidden, and not part of the API.
#[doc(hidden)]
pub mod bench;

pub use container::{InputFormat, InputOptions};
pub use decode::{DecodeError, Decoded, Encoding};
pub use error::Error;
pub use extract::award::Award;
pub use extract::date::{DateFact, DateKind};
pub use extract::percent::Percentage;
pub use extract::person::{Chairperson, Person};
pub use extract::province::{DistrictMention, Province, SubjectProvince};
pub use extract::ratio::Ratio;
pub use extract::score::Score;
pub use extractor::Extractor;
pub use normalize::NormalizeOptions;
pub use record::{
    EventDay, Explain, MAX_FACTS, MAX_LIST, MAX_TEXT, NamedProvince, Record, SCHEMA, SchemaVersion,
    record_schema,
};

/// How a document is read and normalized.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Which encoding to read bytes as; [`Encoding::Auto`] (the default)
    /// detects it.
    pub encoding: Encoding,
    /// How to normalize the text: whether to keep page chrome.
    pub normalize: NormalizeOptions,
    /// Which container inputs are read as (HTML, DOCX, PDF, records of
    /// articles), and which fields of a record to read.
    pub input: InputOptions,
    /// Give each record an `explain` object: why each single-valued field
    /// has its value. Off by default, so records do not grow.
    pub explain: bool,
}

/// The record of one document given as text, with the default [`Options`]:
/// short for `Extractor::default().extract(text)` ([`Extractor::extract`]).
pub fn extract(text: &str) -> Record {
    Extractor::default().extract(text)
}
