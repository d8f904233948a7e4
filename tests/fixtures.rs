//! The bundled fixtures through the real command line: each record must carry
//! the facts read by hand off the document (fixtures/expected/*.json).
//! Only the keys an expectation file names are checked.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn vnextract() -> Command {
    Command::cargo_bin("vnextract").unwrap()
}

fn records() -> Vec<Value> {
    let out = vnextract()
        .args(["extract", "--quiet", "fixtures"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    jsonl(&out)
}

/// The records of JSON Lines output.
fn jsonl(stdout: &[u8]) -> Vec<Value> {
    std::str::from_utf8(stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn expectations() -> Vec<(String, Value)> {
    let mut files: Vec<_> = std::fs::read_dir("fixtures/expected")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let expected = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            (format!("fixtures/{stem}.txt"), expected)
        })
        .collect()
}

fn numbers(values: &[Value]) -> Vec<f64> {
    values.iter().map(|v| v.as_f64().unwrap()).collect()
}

fn check(record: &Value, expected: &Value) -> Vec<String> {
    let mut wrong = Vec::new();
    let mut differ = |what: &str, got: String, want: String| {
        if got != want {
            wrong.push(format!("{what}: got {got}, want {want}"));
        }
    };
    let e = expected.as_object().unwrap();
    for key in ["title", "published", "event_date", "presiding"] {
        if let Some(want) = e.get(key) {
            differ(key, record[key].to_string(), want.to_string());
        }
    }
    if let Some(want) = e.get("province") {
        let got = match &record["province"] {
            Value::Null => "null".to_owned(),
            p => format!("{} {} {}", p["name"], p["code"], p["successor_2025"]),
        };
        let want = match want {
            Value::Null => "null".to_owned(),
            p => format!("{} {} {}", p["name"], p["code"], p["successor_2025"]),
        };
        differ("province", got, want);
    }
    if let Some(want) = e.get("chairpersons") {
        let got: Vec<&Value> = record["chairpersons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| &c["name"])
            .collect();
        differ(
            "chairpersons",
            format!("{got:?}"),
            format!("{:?}", want.as_array().unwrap().iter().collect::<Vec<_>>()),
        );
    }
    for key in ["percentages", "scores"] {
        if let Some(want) = e.get(key) {
            let got: Vec<Value> = record[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|fact| fact["value"].clone())
                .collect();
            differ(
                key,
                format!("{:?}", numbers(&got)),
                format!("{:?}", numbers(want.as_array().unwrap())),
            );
        }
    }
    if let Some(want) = e.get("ratios") {
        let got: Vec<String> = record["ratios"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                format!(
                    "{}/{}",
                    r["numerator"].as_f64().unwrap(),
                    r["denominator"].as_f64().unwrap()
                )
            })
            .collect();
        let want: Vec<&str> = want
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        differ("ratios", format!("{got:?}"), format!("{want:?}"));
    }
    if let Some(want) = e.get("awards") {
        let show = |a: &Value| {
            let count = |k: &str| {
                a.get(k)
                    .filter(|v| !v.is_null())
                    .map(|v| v.to_string())
                    .unwrap_or("-".into())
            };
            format!(
                "{} {}/{}",
                a["award"],
                count("collectives"),
                count("individuals")
            )
        };
        let got: Vec<String> = record["awards"]
            .as_array()
            .unwrap()
            .iter()
            .map(show)
            .collect();
        let want: Vec<String> = want.as_array().unwrap().iter().map(show).collect();
        differ("awards", format!("{got:?}"), format!("{want:?}"));
        // Where an expectation states a count, the record must state the same.
        for (i, a) in e["awards"].as_array().unwrap().iter().enumerate() {
            if let Some(count) = a.get("count") {
                differ(
                    "award count",
                    record["awards"][i]["count"].to_string(),
                    count.to_string(),
                );
            }
        }
    }
    if let Some(want) = e.get("day_dates_include") {
        let got: Vec<&str> = record["dates"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|d| d["value"].as_str())
            .collect();
        for date in want.as_array().unwrap() {
            if !got.contains(&date.as_str().unwrap()) {
                wrong.push(format!("dates: {date} missing from {got:?}"));
            }
        }
    }
    wrong
}

#[test]
fn every_fixture_gives_its_hand_checked_facts() {
    let records = records();
    let expectations = expectations();
    assert_eq!(expectations.len(), 5);
    let mut failures = Vec::new();
    for (source, expected) in &expectations {
        let record = records
            .iter()
            .find(|r| r["source"] == source.as_str())
            .unwrap_or_else(|| panic!("no record for {source}"));
        assert!(record["error"].is_null(), "{source}: {}", record["error"]);
        for problem in check(record, expected) {
            failures.push(format!("{source}: {problem}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn page_chrome_is_not_in_the_normalized_text() {
    for (source, expected) in expectations() {
        let Some(absent) = expected.get("not_in_text") else {
            continue;
        };
        let out = vnextract()
            .args(["normalize", &source])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        for chrome in absent.as_array().unwrap() {
            let chrome = chrome.as_str().unwrap();
            assert!(
                !text.contains(chrome),
                "{source}: {chrome:?} is still in the normalized text"
            );
        }
        assert!(Path::new(&source).exists());
    }
}

/// The stem of the seed a record of another format holds: `seeds.csv#004_…`
/// (named by `--id-field id`), `html/004_….html` or `pdf/000_…_vntime.pdf`.
fn seed_stem(source: &str) -> String {
    let stem = match source.split_once('#') {
        Some((_, id)) => id.to_owned(),
        None => Path::new(source)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned(),
    };
    stem.trim_end_matches("_vntime").to_owned()
}

/// Every seed in every other format it is bundled in (the crawler records
/// of `fixtures/records/`, and the pages and documents of the format
/// folders) gives the facts read by hand off the seed. Titles and stamps
/// come from each container's metadata, so they are not compared.
#[test]
fn every_format_of_a_seed_gives_its_hand_checked_facts() {
    let expectations: std::collections::HashMap<String, Value> = expectations()
        .into_iter()
        .map(|(source, mut expected)| {
            let e = expected.as_object_mut().unwrap();
            e.remove("title");
            e.remove("published");
            (seed_stem(&source), expected)
        })
        .collect();
    let out = vnextract()
        .args(["extract", "--quiet", "--id-field", "id"])
        .args(["fixtures/records/seeds.jsonl", "fixtures/records/seeds.csv"])
        .args(["fixtures/html", "fixtures/docx", "fixtures/pdf"])
        .assert()
        .success();
    let records: Vec<Value> = jsonl(&out.get_output().stdout);
    // Five seeds in each of two record files and three folders, and the
    // first seed in a TCVN3 font.
    assert_eq!(records.len(), 26);
    let mut failures = Vec::new();
    for record in &records {
        let source = record["source"].as_str().unwrap();
        assert!(record["error"].is_null(), "{source}: {}", record["error"]);
        let expected = &expectations[&seed_stem(source)];
        for problem in check(record, expected) {
            failures.push(format!("{source}: {problem}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The crawler records hold the seeds' texts as they are, so they cannot
/// drift from them.
#[test]
fn the_crawler_records_hold_the_seeds() {
    let seeds: Vec<(String, String)> = expectations()
        .into_iter()
        .map(|(source, _)| {
            let text = std::fs::read_to_string(&source).unwrap();
            (seed_stem(&source), text)
        })
        .collect();
    let jsonl = std::fs::read_to_string("fixtures/records/seeds.jsonl").unwrap();
    let from_jsonl: Vec<(String, String)> = jsonl
        .lines()
        .map(|line| {
            let row: Value = serde_json::from_str(line).unwrap();
            let field = |k: &str| row[k].as_str().unwrap().to_owned();
            (field("id"), field("content"))
        })
        .collect();
    assert_eq!(from_jsonl, seeds);
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path("fixtures/records/seeds.csv")
        .unwrap();
    let from_csv: Vec<(String, String)> = csv
        .records()
        .map(|row| {
            let row = row.unwrap();
            (row[0].to_owned(), row[2].to_owned())
        })
        .collect();
    assert_eq!(from_csv, seeds);
}

/// The inputs that must fail give their error records, naming the way out.
#[test]
fn a_scanned_pdf_and_a_word_97_file_say_what_to_do() {
    let out = vnextract()
        .args([
            "extract",
            "--quiet",
            "tests/data/scanned.pdf",
            "tests/data/report.doc",
        ])
        .assert()
        .code(1);
    let records: Vec<Value> = jsonl(&out.get_output().stdout);
    assert_eq!(records.len(), 2);
    assert_eq!(
        records[0]["error"],
        "the PDF has no text layer (a scanned image?): run OCR first, e.g. ocrmypdf -l vie IN.pdf OUT.pdf"
    );
    let doc = records[1]["error"].as_str().unwrap();
    assert!(doc.contains("Word 97"), "{doc}");
    assert!(
        doc.contains("libreoffice --headless --convert-to docx"),
        "{doc}"
    );
}

/// A walk of `fixtures/` meets only reports: every format, no error.
#[test]
fn a_walk_of_the_fixtures_has_no_error() {
    let records = records();
    let errors: Vec<&Value> = records.iter().filter(|r| !r["error"].is_null()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let encodings: std::collections::BTreeSet<&str> = records
        .iter()
        .map(|r| r["encoding"].as_str().unwrap().split('/').next().unwrap())
        .collect();
    for container in ["docx", "html", "jsonl", "pdf", "utf-8", "tcvn3", "vni"] {
        assert!(encodings.contains(container), "{container}: {encodings:?}");
    }
}

/// `vnextract normalize` shows the text offsets refer to for every
/// format: a PDF in a TCVN3 font reads as Vietnamese, and a file of records
/// shows each article under its record's name.
#[test]
fn normalize_shows_the_text_of_every_format() {
    let text = |args: &[&str]| {
        let out = vnextract().arg("normalize").args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let pdf = text(&["fixtures/pdf/000_son_la_cchc_2016_vntime.pdf"]);
    assert!(
        pdf.contains("Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết"),
        "{pdf}"
    );
    let records = text(&["fixtures/records/seeds.jsonl"]);
    let headers: Vec<&str> = records.lines().filter(|l| l.starts_with("==> ")).collect();
    assert_eq!(headers.len(), 5);
    assert_eq!(headers[0], "==> fixtures/records/seeds.jsonl#1 <==");
    let page = text(&["fixtures/html/000_son_la_cchc_2016.html"]);
    assert!(page.contains("Ngày 24/12/2016"), "{page}");
    assert!(!page.contains("width"), "{page}");
}
