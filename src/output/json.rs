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
pub struct JsonLines<W: Write> {
    out: W,
}

impl<W: Write> JsonLines<W> {
    pub fn new(out: W) -> Self {
        JsonLines { out }
    }
}

impl<W: Write> RecordWriter for JsonLines<W> {
    fn write(&mut self, record: &Record) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, record)?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// One array of records, streamed element by element.
pub struct JsonArray<W: Write> {
    out: W,
    pretty: bool,
    written: usize,
}

impl<W: Write> JsonArray<W> {
    pub fn new(out: W, pretty: bool) -> Self {
        JsonArray {
            out,
            pretty,
            written: 0,
        }
    }
}

impl<W: Write> RecordWriter for JsonArray<W> {
    fn write(&mut self, record: &Record) -> io::Result<()> {
        self.out
            .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        if self.pretty {
            serde_json::to_writer_pretty(&mut self.out, record)?;
        } else {
            serde_json::to_writer(&mut self.out, record)?;
        }
        self.written += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out
            .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        self.out.flush()
    }
}
