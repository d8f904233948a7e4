//! The library's one error type: why an input gave no facts (it could not be
//! read, is over the size limit, or does not read as text), or why a gold
//! file cannot be scored.
//!
//! Messages are sentences a user can act on. They name no command-line flag
//! (the `vnextract` binary adds its own hints) and do not repeat the input's
//! name: a record carries it as `source`, and [`Error::path`] gives it.

use std::fmt;
use std::io;

use crate::decode::DecodeError;

/// Why an input could not be processed, or a gold file scored.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Opening or reading the input failed.
    Read {
        /// The input's name as records show it (`-` for standard input).
        path: String,
        /// What the system said.
        source: io::Error,
    },
    /// The input is larger than the size limit: it was not read into memory.
    TooLarge {
        /// The input's name as records show it.
        path: String,
        /// The file's size; `None` for a stream, which is read only up to the limit.
        size: Option<u64>,
        /// The most bytes an input may have.
        limit: u64,
    },
    /// The path is not a file to read, or the walk could not reach one
    /// there: a missing path, a directory that cannot be listed or has no
    /// matching files, a FIFO or device met in a walk, a symlink loop.
    Walk {
        /// The path's name as records show it.
        path: String,
        /// Why, as a sentence.
        reason: String,
    },
    /// The bytes do not read as text.
    Decode(DecodeError),
    /// The input is in a container (HTML, DOCX, PDF, records of articles)
    /// that could not be unpacked, or a format that is not read at all
    /// (Word 97, a PDF without a text layer).
    Format {
        /// The container, as a record's `encoding` names it: "docx", "pdf", ...
        format: &'static str,
        /// Why, as a sentence a user can act on.
        reason: String,
    },
    /// A line of a gold file is not a gold answer.
    Gold {
        /// The line number, from 1.
        line: usize,
        /// What is wrong with it, as a sentence.
        reason: String,
    },
    /// Two documents have the file name (without extension) a gold id names.
    SameId {
        /// The gold id.
        id: String,
        /// The name of the first document with it.
        first: String,
        /// The name of the second.
        second: String,
    },
    /// No document has the file name of a gold id.
    NoDocument {
        /// The first gold id without a document.
        id: String,
        /// Its line in the gold file.
        line: usize,
        /// How many other gold ids lack theirs too.
        more: usize,
    },
}

impl Error {
    /// The input the error is about, when it is about one read from a path.
    pub fn path(&self) -> Option<&str> {
        match self {
            Error::Read { path, .. } | Error::TooLarge { path, .. } | Error::Walk { path, .. } => {
                Some(path)
            }
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Read { source, .. } => f.write_str(&crate::input::io_message(source)),
            Error::TooLarge {
                size: Some(size),
                limit,
                ..
            } => write!(
                f,
                "the file is larger than the {limit}-byte limit ({size} bytes)"
            ),
            Error::TooLarge {
                size: None, limit, ..
            } => write!(f, "the input is larger than the {limit}-byte limit"),
            Error::Walk { reason, .. } => f.write_str(reason),
            Error::Decode(error) => error.fmt(f),
            Error::Format { reason, .. } => f.write_str(reason),
            Error::Gold { line, reason } => write!(f, "line {line}: {reason}"),
            Error::SameId { id, first, second } => {
                write!(f, "two documents have the id {id:?}: {first} and {second}")
            }
            Error::NoDocument { id, line, more } => {
                write!(f, "no document for the gold id {id:?} (gold line {line})")?;
                if *more > 0 {
                    write!(f, " and {more} more")?;
                }
                f.write_str(
                    ": documents are found by file name without extension among the paths given",
                )
            }
        }
    }
}

impl std::error::Error for Error {}

impl From<DecodeError> for Error {
    fn from(error: DecodeError) -> Error {
        Error::Decode(error)
    }
}
