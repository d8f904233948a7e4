//! JSON Lines and JSON.
//!
//! # Format
//! Each record is one object with the fields of [`crate::record::Record`], in
//! that order; absent values are `null`, lists are always present (maybe empty).
//! `jsonl` writes one object per line; `json` writes one array of them.

use std::io::{self, Write};

use super::RecordWriter;
use crate::record::Record;

/// One record per line.
pub(crate) struct JsonLines<W: Write> {
    out: W,
    /// One record's line, reused: serde_json writes many small pieces, which
    /// a `Vec` takes inline and `out` (often behind `dyn Write`) takes once.
    line: Vec<u8>,
}

impl<W: Write> JsonLines<W> {
    pub(crate) fn new(out: W) -> Self {
        JsonLines {
            out,
            line: Vec::new(),
        }
    }
}

impl<W: Write> RecordWriter for JsonLines<W> {
    fn write(&mut self, record: &Record) -> io::Result<()> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, record)?;
        self.line.push(b'\n');
        self.out.write_all(&self.line)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// One array of records, streamed element by element.
pub(crate) struct JsonArray<W: Write> {
    out: W,
    pretty: bool,
    written: usize,
    /// One record's text, reused (see [`JsonLines`]).
    element: Vec<u8>,
}

impl<W: Write> JsonArray<W> {
    pub(crate) fn new(out: W, pretty: bool) -> Self {
        JsonArray {
            out,
            pretty,
            written: 0,
            element: Vec::new(),
        }
    }
}

impl<W: Write> RecordWriter for JsonArray<W> {
    fn write(&mut self, record: &Record) -> io::Result<()> {
        self.out
            .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        self.element.clear();
        if self.pretty {
            serde_json::to_writer_pretty(&mut self.element, record)?;
        } else {
            serde_json::to_writer(&mut self.element, record)?;
        }
        self.written += 1;
        self.out.write_all(&self.element)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out
            .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        self.out.flush()
    }
}
