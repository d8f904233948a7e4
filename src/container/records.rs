//! Records that hold articles: crawler dumps as JSON Lines, CSV (any of
//! `,` `;` `|` tab) or JSON (one object, or an array of objects), one
//! article per line, row or object.
//!
//! # Fields
//! - The article: `--text-field`, else the first of [`TEXT_FIELDS`] a record
//!   has. A lead (`Description`, `sapo`, `summary`) and the title go before
//!   it, as a reader sees the page: a lead often holds the event's date.
//! - The title: the first of [`TITLE_FIELDS`].
//! - The publication date: the first field whose name says so
//!   ("published_time", "publish_date", "date", "Time", "ngày đăng").
//! - The name: `--id-field`'s value gives `source` `FILE#ID`; else `FILE#LINE`,
//!   the line the record starts on (for a JSON array, `FILE#N`, its position
//!   from 1). A JSON file holding one object is named `FILE`.
//!
//! Every line, row or object gives one [`Unpacked`], in order: a record
//! that cannot be read, or has no article, gets its own error.

use serde_json::{Map, Value};

use super::{Article, Content, Unpacked};
use crate::Error;
use crate::decode::entities::unescape_owned;
use crate::extract::date::is_published_column;

/// The fields that hold the article, in the order they are looked for.
pub(crate) const TEXT_FIELDS: &[&str] = &["content", "text", "body", "Content", "noi_dung"];

/// The fields that hold the title.
const TITLE_FIELDS: &[&str] = &["title", "Title", "headline", "tieu_de", "TieuDe"];

/// The fields that hold a lead paragraph, read before the article.
const LEAD_FIELDS: &[&str] = &["description", "Description", "sapo", "summary", "tom_tat"];

/// Which fields of a record to read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields<'a> {
    pub text: Option<&'a str>,
    pub id: Option<&'a str>,
}

/// One record's fields, by name, as text.
trait Row {
    fn field(&self, name: &str) -> Option<String>;
    fn names(&self) -> Vec<&str>;
}

impl Row for Map<String, Value> {
    fn field(&self, name: &str) -> Option<String> {
        match self.get(name)? {
            Value::String(s) => Some(s.clone()),
            Value::Null => None,
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            other => Some(other.to_string()),
        }
    }
    fn names(&self) -> Vec<&str> {
        self.keys().map(String::as_str).collect()
    }
}

/// A CSV row under its header.
struct CsvRow<'a> {
    header: &'a csv::StringRecord,
    row: &'a csv::StringRecord,
}

impl Row for CsvRow<'_> {
    fn field(&self, name: &str) -> Option<String> {
        let at = self.header.iter().position(|h| h.trim() == name)?;
        self.row.get(at).map(str::to_owned)
    }
    fn names(&self) -> Vec<&str> {
        self.header.iter().map(str::trim).collect()
    }
}

/// The article of one record, or why it has none.
fn article(row: &dyn Row, fields: Fields, container: &str) -> Result<Article, Error> {
    let names = row.names();
    let text_name = match fields.text {
        Some(name) => names.iter().copied().find(|n| *n == name),
        None => TEXT_FIELDS
            .iter()
            .copied()
            .find(|name| names.contains(name))
            .or_else(|| {
                names
                    .iter()
                    .copied()
                    .find(|n| TEXT_FIELDS.iter().any(|t| t.eq_ignore_ascii_case(n)))
            }),
    };
    let Some(text_name) = text_name else {
        let wanted = match fields.text {
            Some(name) => format!("no field {name:?}"),
            None => format!("none of the fields {}", TEXT_FIELDS.join(", ")),
        };
        return Err(format_error(
            container,
            format!(
                "{NO_ARTICLE}{wanted} that hold an article (its fields: {})",
                names.join(", ")
            ),
        ));
    };
    let body = row.field(text_name).unwrap_or_default();
    // A crawler keeps the page's markup, or its character references.
    let (body, page_title) = if super::html::looks_like_fragment(&body) {
        let page = super::html::article_from_str(&body);
        (page.text, page.title)
    } else {
        (unescape_owned(body), None)
    };
    let title = first_field(row, TITLE_FIELDS).or(page_title);
    let lead = first_field(row, LEAD_FIELDS).filter(|lead| !body.starts_with(lead.as_str()));
    let published = names
        .iter()
        .find(|n| is_published_column(n) || n.eq_ignore_ascii_case("time"))
        .and_then(|n| row.field(n))
        .filter(|v| !v.trim().is_empty());
    let mut text = String::with_capacity(body.len() + 256);
    for part in [title.as_deref(), lead.as_deref(), Some(body.as_str())]
        .into_iter()
        .flatten()
        .filter(|p| !p.trim().is_empty())
    {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(part);
    }
    if text.trim().is_empty() {
        return Err(format_error(
            container,
            format!("the record's {text_name:?} field is empty"),
        ));
    }
    Ok(Article {
        text,
        title,
        published,
        container: container.to_owned(),
    })
}

/// The first of the fields `names` a row has, character references decoded.
fn first_field(row: &dyn Row, names: &[&str]) -> Option<String> {
    names
        .iter()
        .find_map(|name| row.field(name))
        .filter(|v| !v.trim().is_empty())
        .map(unescape_owned)
}

fn format_error(container: &str, reason: String) -> Error {
    let format = match container.split('/').next() {
        Some("jsonl") => "jsonl",
        Some("csv") => "csv",
        _ => "json",
    };
    Error::Format { format, reason }
}

/// The name of a record: `FILE#ID` when the id field has a value, else
/// `FILE#fallback`.
fn record_name(name: &str, row: &dyn Row, fields: Fields, fallback: usize) -> String {
    match fields
        .id
        .and_then(|id| row.field(id))
        .filter(|v| !v.is_empty())
    {
        Some(id) => format!("{name}#{id}"),
        _ => format!("{name}#{fallback}"),
    }
}

/// `records` read from the file `name`, or one error for the whole file
/// when none of them has an article field: a file of other data (a gold
/// file, a log) is one error, not one per line.
fn or_not_articles(name: &str, records: Vec<Unpacked>, container: &str) -> Vec<Unpacked> {
    let no_article = |u: &Unpacked| matches!(&u.content, Err(Error::Format { reason, .. }) if reason.starts_with(NO_ARTICLE));
    if records.len() > 1 && records.iter().all(no_article) {
        let reason = match &records[0].content {
            Err(Error::Format { reason, .. }) => {
                format!(
                    "{} (in every record)",
                    reason.replacen("the record has", "the file's records have", 1)
                )
            }
            _ => unreachable!("checked above"),
        };
        return vec![Unpacked {
            source: name.to_owned(),
            content: Err(format_error(container, reason)),
        }];
    }
    records
}

/// How the error of a record without an article begins.
const NO_ARTICLE: &str = "the record has ";

/// One article per non-empty line of JSON Lines `text`.
pub(crate) fn jsonl(name: &str, text: &str, fields: Fields, container: &str) -> Vec<Unpacked> {
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push(jsonl_line(name, index + 1, line, fields, container));
    }
    if out.is_empty() {
        out.push(Unpacked {
            source: name.to_owned(),
            content: Err(format_error(container, "the file holds no records".into())),
        });
    }
    or_not_articles(name, out, container)
}

/// The article of line `number` of a JSON Lines stream.
pub(crate) fn jsonl_line(
    name: &str,
    number: usize,
    line: &str,
    fields: Fields,
    container: &str,
) -> Unpacked {
    match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(map)) => Unpacked {
            source: record_name(name, &map, fields, number),
            content: article(&map, fields, container).map(Content::Article),
        },
        Ok(_) => failed(name, number, container, "is JSON but not an object".into()),
        Err(_) if line.trim().is_empty() => failed(name, number, container, "is empty".into()),
        Err(error) => failed(name, number, container, format!("is not JSON ({error})")),
    }
}

fn failed(name: &str, line: usize, container: &str, why: String) -> Unpacked {
    Unpacked {
        source: format!("{name}#{line}"),
        content: Err(format_error(container, format!("line {line} {why}"))),
    }
}

/// One article per object of JSON `text`: one object, or an array of them.
pub(crate) fn json(name: &str, text: &str, fields: Fields, container: &str) -> Vec<Unpacked> {
    let whole = |content| {
        vec![Unpacked {
            source: name.to_owned(),
            content,
        }]
    };
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => whole(article(&map, fields, container).map(Content::Article)),
        Ok(Value::Array(items)) if !items.is_empty() => or_not_articles(
            name,
            items
                .iter()
                .enumerate()
                .map(|(index, item)| match item {
                    Value::Object(map) => Unpacked {
                        source: record_name(name, map, fields, index + 1),
                        content: article(map, fields, container).map(Content::Article),
                    },
                    _ => Unpacked {
                        source: format!("{name}#{}", index + 1),
                        content: Err(format_error(
                            container,
                            format!("item {} of the array is not an object", index + 1),
                        )),
                    },
                })
                .collect(),
            container,
        ),
        Ok(_) => whole(Err(format_error(
            container,
            "the JSON is neither an object nor an array of objects".into(),
        ))),
        Err(error) => whole(Err(format_error(
            container,
            format!("the file is not JSON ({error})"),
        ))),
    }
}

/// The delimiters a CSV header is sniffed for, most distinctive first.
const DELIMITERS: [u8; 4] = [b'|', b'\t', b';', b','];

/// The delimiter of a header line naming a text column (at least two
/// columns, one of them [`TEXT_FIELDS`] or `text_field`), if it is one.
pub(crate) fn sniff_header(first_line: &str, text_field: Option<&str>) -> Option<u8> {
    let line = first_line.trim_end_matches(['\r', '\n']);
    // A header names columns: a long line is text.
    if line.len() > 1000 {
        return None;
    }
    DELIMITERS.into_iter().find(|&d| {
        let columns: Vec<&str> = line
            .split(d as char)
            .map(|c| c.trim().trim_matches('"'))
            .collect();
        columns.len() >= 2
            && columns.iter().all(|c| !c.is_empty() && c.len() <= 40)
            && columns.iter().any(|c| match text_field {
                Some(field) => *c == field,
                None => TEXT_FIELDS.contains(c),
            })
    })
}

/// One article per row of CSV `text`, under its header line.
pub(crate) fn csv(
    name: &str,
    text: &str,
    fields: Fields,
    delimiter: Option<u8>,
    container: &str,
) -> Vec<Unpacked> {
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = delimiter
        .or_else(|| sniff_header(first_line, fields.text))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(error) => {
            return vec![Unpacked {
                source: name.to_owned(),
                content: Err(format_error(
                    container,
                    format!("the header cannot be read: {error}"),
                )),
            }];
        }
    };
    let mut out = Vec::new();
    let mut row = csv::StringRecord::new();
    // Lines are counted from byte offsets: the csv crate counts a CRLF
    // header's line end differently. Counted onwards, so linear.
    let (mut counted_to, mut line) = (0usize, 1usize);
    loop {
        let result = reader.read_record(&mut row);
        let start = row
            .position()
            .map_or(reader.position().byte(), |p| p.byte()) as usize;
        let mut start = start.clamp(counted_to, text.len());
        // A record after a CRLF is said to start at its "\n".
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        line += memchr::memchr_iter(b'\n', &text.as_bytes()[counted_to..start]).count();
        counted_to = start;
        match result {
            Ok(false) => break,
            Ok(true) if row.iter().all(|f| f.trim().is_empty()) => continue,
            Ok(true) if row.len() != header.len() => out.push(failed(
                name,
                line,
                container,
                format!(
                    "has {} fields where the header names {}",
                    row.len(),
                    header.len()
                ),
            )),
            Ok(true) => {
                let view = CsvRow {
                    header: &header,
                    row: &row,
                };
                out.push(Unpacked {
                    source: record_name(name, &view, fields, line),
                    content: article(&view, fields, container).map(Content::Article),
                });
            }
            Err(error) => {
                out.push(failed(
                    name,
                    line,
                    container,
                    format!("cannot be read: {error}"),
                ));
                // A broken quote can swallow the rest: stop where reading stopped.
                if !matches!(error.kind(), csv::ErrorKind::Utf8 { .. }) {
                    break;
                }
            }
        }
    }
    if out.is_empty() {
        out.push(Unpacked {
            source: name.to_owned(),
            content: Err(format_error(
                container,
                "the file holds a header and no records".into(),
            )),
        });
    }
    or_not_articles(name, out, container)
}

#[cfg(test)]
mod tests;
