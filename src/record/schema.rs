//! The record's version tag and its JSON Schema.
//!
//! The schema is derived (`schemars`) from [`Record`] and the fact types it
//! holds, reading their serde attributes and doc comments, so it describes
//! what is written and cannot drift from it. [`SCHEMA`] names the version of
//! that shape; README.md says when it changes.

use std::borrow::Cow;

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
    SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<Record>()
        .to_value()
}
