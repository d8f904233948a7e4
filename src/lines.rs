//! The line protocol for data engines: JSON Lines in, one article per line,
//! and exactly one record out per line in, in order, each written as soon as
//! its line is read. Spark's `RDD.pipe`, Hadoop Streaming and Beam's external
//! transforms pipe a partition through a command this way and pair the
//! lines up by position, so a bad line must still give a line: its error
//! record.

use std::io::{self, BufRead, Read};

use crate::batch::Processed;
use crate::{Error, Extractor, Record};

/// Reads `reader` line by line and calls `emit` with each line's record
/// (named `name#LINE`, or `name#ID` by the id field), in order. A line
/// longer than `max_line` bytes gives an error record and is skipped
/// unread. Stops when `emit` fails (the reader of the output went away)
/// or reading does (that error's record is emitted first).
pub fn run<E>(
    mut reader: impl BufRead,
    name: &str,
    extractor: &Extractor,
    max_line: u64,
    mut emit: impl FnMut(&Record, Processed) -> Result<(), E>,
) -> Result<(), E> {
    let mut line = Vec::new();
    for number in 1.. {
        line.clear();
        let read = (&mut reader)
            .take(max_line.saturating_add(1))
            .read_until(b'\n', &mut line);
        let (record, error) = match read {
            Ok(0) => return Ok(()),
            Ok(_) if line.len() as u64 > max_line && line.last() != Some(&b'\n') => {
                let skipped = skip_line(&mut reader);
                let error = Error::TooLarge {
                    path: format!("{name}#{number}"),
                    size: None,
                    limit: max_line,
                };
                let record = Record::failed(format!("{name}#{number}"), &error);
                if let Err(error) = skipped {
                    emit(
                        &record,
                        processed(line.len(), Some(error_of(name, number, error))),
                    )?;
                    return Ok(());
                }
                (record, Some(error))
            }
            Ok(_) => extractor.extract_json_line_with_error(name, number, &line),
            Err(error) => {
                let error = error_of(name, number, error);
                let record = Record::failed(format!("{name}#{number}"), &error);
                emit(&record, processed(0, Some(error)))?;
                return Ok(());
            }
        };
        emit(&record, processed(line.len(), error))?;
    }
    Ok(())
}

fn processed(bytes: usize, error: Option<Error>) -> Processed {
    Processed {
        bytes: bytes as u64,
        error,
        input_done: true,
    }
}

fn error_of(name: &str, number: usize, source: io::Error) -> Error {
    Error::Read {
        path: format!("{name}#{number}"),
        source,
    }
}

/// Reads past the end of the current line without keeping it.
fn skip_line(reader: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match memchr::memchr(b'\n', buffer) {
            Some(at) => {
                reader.consume(at + 1);
                return Ok(());
            }
            None => {
                let all = buffer.len();
                reader.consume(all);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(input: &str, max_line: u64) -> Vec<Record> {
        let mut out = Vec::new();
        run(
            input.as_bytes(),
            "-",
            &Extractor::default(),
            max_line,
            |record, _| {
                out.push(record.clone());
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        out
    }

    /// Every line gives one record, in order, bad lines included: blank,
    /// not JSON, too long, without an article.
    #[test]
    fn every_line_gives_one_record_in_order() {
        let input = "{\"content\":\"Ngày 24/12/2016, UBND tỉnh Sơn La tổ chức hội nghị.\"}\n\
            \n\
            not json\n\
            {\"content\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}\n\
            {\"title\":\"no article\"}\n\
            {\"content\":\"Ngày 5/1/2020, hội nghị.\"}";
        let records = records(input, 80);
        let sources: Vec<&str> = records.iter().map(|r| r.source.as_str()).collect();
        assert_eq!(sources, ["-#1", "-#2", "-#3", "-#4", "-#5", "-#6"]);
        assert_eq!(records[0].event_date.as_deref(), Some("2016-12-24"));
        assert_eq!(records[1].error.as_deref(), Some("line 2 is empty"));
        assert!(
            records[2]
                .error
                .as_deref()
                .unwrap()
                .starts_with("line 3 is not JSON")
        );
        assert_eq!(
            records[3].error.as_deref(),
            Some("the input is larger than the 80-byte limit")
        );
        assert!(
            records[4]
                .error
                .as_deref()
                .unwrap()
                .contains("hold an article")
        );
        // The last line needs no line end.
        assert_eq!(records[5].event_date.as_deref(), Some("2020-01-05"));
    }
}
