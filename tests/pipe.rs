//! The line protocol of `--input-format jsonl` on standard input, as data
//! engines use it (Spark's `RDD.pipe`, Hadoop Streaming): one JSON article
//! per line in, exactly one record per line out, in order, each written as
//! soon as its line is read.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

fn vnextract() -> Command {
    Command::new(assert_cmd::cargo::cargo_bin("vnextract"))
}

/// A report a line, its day and province varying with `i`.
fn article(i: usize) -> String {
    let day = i % 28 + 1;
    let text = format!(
        "Ngày {day}/3/2021, UBND tỉnh Sơn La tổ chức hội nghị tổng kết; tỷ lệ hài lòng đạt {}%.",
        50 + i % 50
    );
    serde_json::json!({ "id": format!("a{i}"), "content": text }).to_string()
}

/// A thousand lines, every tenth one bad in its own way: a record each,
/// in order.
#[test]
fn a_thousand_lines_give_a_thousand_records_in_order() {
    let mut input = String::new();
    for i in 0..1000 {
        let line = match i % 100 {
            10 => "not json".to_owned(),
            20 => String::new(),
            30 => "[1, 2, 3]".to_owned(),
            40 => r#"{"id": "x", "title": "no article"}"#.to_owned(),
            _ => article(i),
        };
        input.push_str(&line);
        input.push('\n');
    }
    let out = assert_cmd::Command::new(assert_cmd::cargo::cargo_bin("vnextract"))
        .args(["extract", "-q", "--input-format", "jsonl", "-"])
        .write_stdin(input)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let records: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(records.len(), 1000);
    for (i, record) in records.iter().enumerate() {
        assert_eq!(record["source"], format!("-#{}", i + 1), "line {}", i + 1);
        let bad = matches!(i % 100, 10 | 20 | 30 | 40);
        assert_eq!(record["error"].is_null(), !bad, "line {}: {record}", i + 1);
        if !bad {
            let day = i % 28 + 1;
            assert_eq!(record["event_date"], format!("2021-03-{day:02}"));
            assert_eq!(
                record["percentages"][0]["value"].as_f64(),
                Some((50 + i % 50) as f64)
            );
        }
    }
    assert_eq!(records[20]["error"], "line 21 is empty");
    assert_eq!(records[30]["error"], "line 31 is JSON but not an object");
}

/// Through a pipe, each record comes out before the next line goes in:
/// the reader is never left waiting on a buffer.
#[test]
fn each_record_is_written_as_its_line_is_read() {
    let mut child = vnextract()
        .args([
            "extract",
            "-q",
            "--input-format",
            "jsonl",
            "--id-field",
            "id",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let (lines, got) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in stdout.lines() {
            if lines.send(line.unwrap()).is_err() {
                return;
            }
        }
    });
    for i in 0..3 {
        writeln!(stdin, "{}", article(i)).unwrap();
        stdin.flush().unwrap();
        // Standard input stays open: the record must come anyway.
        let line = got
            .recv_timeout(Duration::from_secs(60))
            .expect("a record before the next line is written");
        let record: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(record["source"], format!("-#a{i}"));
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
}
