//! `vnextract schema` is the contract of the JSON and JSONL records: every
//! record the bundled fixtures give, ok, error, explained or truncated,
//! validates against it, and a record changed out of shape does not.

use assert_cmd::Command;
use jsonschema::Validator;
use serde_json::{Value, json};

fn vnextract() -> Command {
    Command::cargo_bin("vnextract").unwrap()
}

/// The validator of the schema `vnextract schema` prints.
fn printed_schema() -> Validator {
    let out = vnextract().arg("schema").assert().success();
    let schema: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

/// The JSONL records of `vnextract extract -q ARGS`, whatever the exit status.
fn records(args: &[&str]) -> Vec<Value> {
    let out = vnextract()
        .args(["extract", "-q"])
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn assert_valid(validator: &Validator, record: &Value) {
    let errors: Vec<String> = validator
        .iter_errors(record)
        .map(|e| e.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "{} does not fit the schema: {errors:?}",
        record["source"]
    );
}

/// The first of the bundled seeds, a record with every list filled.
fn seed_record() -> Value {
    records(&["fixtures/000_son_la_cchc_2016.txt"]).remove(0)
}

#[test]
fn the_schema_names_the_version_and_every_record_field() {
    let out = vnextract().arg("schema").assert().success();
    let schema: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["properties"]["schema"]["const"], "vnextract/1");
    let required = schema["required"].as_array().unwrap();
    assert_eq!(required[0], "schema");
    for field in [
        "source",
        "error",
        "event_date",
        "province",
        "dates",
        "awards",
    ] {
        assert!(required.contains(&json!(field)), "{field} not required");
    }
    // Written only when set: in the schema, not required.
    for field in ["truncated", "explain"] {
        assert!(schema["properties"][field].is_object(), "{field} missing");
        assert!(!required.contains(&json!(field)), "{field} required");
    }
}

#[test]
fn every_fixture_record_fits_the_printed_schema() {
    let validator = printed_schema();
    // Every format the fixtures hold: text in eleven encodings, HTML, DOCX,
    // PDF and records of articles.
    let all = records(&["fixtures"]);
    assert_eq!(all.len(), 37);
    for record in &all {
        assert_eq!(record["schema"], "vnextract/1");
        assert_valid(&validator, record);
    }
    // With `explain`, and the record of an input that could not be read.
    let explained = records(&["--explain", "fixtures/000_son_la_cchc_2016.txt"]);
    assert!(explained[0]["explain"]["event_date"].is_string());
    assert_valid(&validator, &explained[0]);
    let failed = records(&["fixtures/no-such-report.txt"]);
    assert!(failed[0]["error"].is_string());
    assert_valid(&validator, &failed[0]);
}

#[test]
fn a_truncated_record_fits_the_printed_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("percentages.txt");
    // One percentage more than a record keeps.
    std::fs::write(&path, "1% ".repeat(vnextract::MAX_FACTS + 1)).unwrap();
    let record = records(&[path.to_str().unwrap()]).remove(0);
    assert_eq!(record["truncated"], true);
    assert_eq!(
        record["percentages"].as_array().unwrap().len(),
        vnextract::MAX_FACTS
    );
    assert_valid(&printed_schema(), &record);
}

#[test]
fn a_record_out_of_shape_is_rejected() {
    let validator = printed_schema();
    let record = seed_record();
    assert_valid(&validator, &record);
    let mut broken = Vec::new();
    let mut number_date = record.clone();
    number_date["event_date"] = json!(5);
    broken.push(("event_date: 5", number_date));
    let mut next_version = record.clone();
    next_version["schema"] = json!("vnextract/2");
    broken.push(("schema: vnextract/2", next_version));
    let mut no_dates = record.clone();
    no_dates.as_object_mut().unwrap().remove("dates");
    broken.push(("no dates", no_dates));
    let mut weekly = record.clone();
    weekly["dates"][0]["kind"] = json!("week");
    broken.push(("a date of kind week", weekly));
    let mut text_percent = record.clone();
    text_percent["percentages"][0]["value"] = json!("94,3");
    broken.push(("a percentage as text", text_percent));
    let mut negative = record.clone();
    negative["provinces"][0]["mentions"] = json!(-1);
    broken.push(("a negative count", negative));
    for (what, record) in broken {
        assert!(!validator.is_valid(&record), "{what} was accepted");
    }
}
