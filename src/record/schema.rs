//! The record's version tag and its JSON Schema.
//!
//! The schema is derived (`schemars`) from [`Record`] and the fact types it
//! holds, reading their serde attributes and doc comments, so it describes
//! what is written and cannot drift from it. [`SCHEMA`] names the version of
//! that shape; README.md says when it changes.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Serialize, Serializer};

use super::Record;

/// The version of the record's shape every record carries as `schema`.
pub const SCHEMA: &str = "vnextract/1";

/// The `schema` field of a record: always [`SCHEMA`]. A type of its own, not
/// a string, so that no record can carry another value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SchemaVersion;

impl SchemaVersion {
    /// [`SCHEMA`].
    pub const fn as_str(self) -> &'static str {
        SCHEMA
    }
}

impl Serialize for SchemaVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(SCHEMA)
    }
}

impl JsonSchema for SchemaVersion {
    fn schema_name() -> Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "const": SCHEMA })
    }
}

/// The JSON Schema (draft 2020-12) of one output record, as `vnextract
/// schema` prints it: what the JSON and JSONL formats write, field by field,
/// with each field's doc comment as its description.
pub fn record_schema() -> serde_json::Value {
    let mut schema = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<Record>()
        .to_value();
    plain_descriptions(&mut schema);
    schema
}

/// Rewrites every `description` from rustdoc to what a JSON reader sees:
/// the doc comments serve the Rust API too, where `None` and intra-doc
/// links make sense.
fn plain_descriptions(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            for (key, field) in map.iter_mut() {
                match field {
                    Value::String(text) if key == "description" => *text = plain_description(text),
                    _ => plain_descriptions(field),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(plain_descriptions),
        _ => {}
    }
}

/// One description in JSON words: "[`A`](crate::A)" and "[`A`]" become
/// "`A`", and Rust's "`None`" becomes "`null`".
fn plain_description(text: &str) -> String {
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[(`[^`\]]+`)\](?:\([^)\s]+\))?").unwrap());
    LINK.replace_all(text, "$1").replace("`None`", "`null`")
}

#[cfg(test)]
mod tests {
    use super::plain_description;

    /// Descriptions as the doc comments of `Record` write them.
    const EXAMPLES: &[(&str, &str)] = &[
        (
            "`None`, or why this input could not be processed",
            "`null`, or why this input could not be processed",
        ),
        (
            "the normalized text ([`Extractor::normalize`](crate::Extractor::normalize)), so that",
            "the normalized text (`Extractor::normalize`), so that",
        ),
        (
            "`text == normalized[start..end]` ([`Record::spans`]).",
            "`text == normalized[start..end]` (`Record::spans`).",
        ),
        (
            "Where `text` ends, as `start`.",
            "Where `text` ends, as `start`.",
        ),
    ];

    #[test]
    fn descriptions_lose_their_rust_markup() {
        for (doc, json) in EXAMPLES {
            assert_eq!(plain_description(doc), *json, "{doc}");
        }
    }

    #[test]
    fn no_printed_description_keeps_rust_markup() {
        let printed = super::record_schema().to_string();
        for rust in ["`None`", "](crate::", "[`"] {
            assert!(!printed.contains(rust), "{rust} left in the schema");
        }
    }
}
