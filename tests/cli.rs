//! The command line's contract: formats, inputs, errors, exit statuses.
//! Every input gives exactly one record, ok or error.

use std::fs;
use std::io::Read;
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use serde_json::Value;

fn vnextract() -> Command {
    Command::cargo_bin("vnextract").unwrap()
}

fn jsonl(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

const SEED_000: &str = "fixtures/000_son_la_cchc_2016.txt";

#[test]
fn jsonl_has_one_record_per_fixture_in_sorted_order_with_the_contract_fields() {
    let out = vnextract()
        .args(["extract", "-q", "--glob", "*.txt", "fixtures"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let records = jsonl(&out);
    let sources: Vec<&str> = records
        .iter()
        .map(|r| r["source"].as_str().unwrap())
        .collect();
    // The five seeds, then the same paragraph in eleven encodings, walked in
    // sorted order (the other formats' folders hold no .txt).
    assert_eq!(sources.len(), 16, "{sources:?}");
    assert_eq!(
        sources[..6],
        [
            "fixtures/000_son_la_cchc_2016.txt",
            "fixtures/001_bac_kan_cchc_2017.txt",
            "fixtures/002_cchc_index_2015.txt",
            "fixtures/003_an_giang_cchc_2015.txt",
            "fixtures/004_son_la_sipas_2022.txt",
            "fixtures/encodings/000.crlf.txt",
        ]
    );
    let mut sorted = sources.clone();
    sorted.sort();
    assert_eq!(sources, sorted);
    let fields: Vec<&str> = records[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    // The version comes first (a `Value` sorts its keys: read the line).
    let first_line = String::from_utf8_lossy(&out)
        .lines()
        .next()
        .unwrap()
        .to_owned();
    assert!(
        first_line.starts_with(r#"{"schema":"vnextract/1","source":"fixtures/000_"#),
        "{first_line}"
    );
    for field in [
        "schema",
        "source",
        "error",
        "title",
        "published",
        "event_date",
        "province",
        "provinces",
        "chairpersons",
        "presiding",
        "people",
        "dates",
        "percentages",
        "ratios",
        "scores",
        "awards",
    ] {
        assert!(
            fields.contains(&field),
            "missing field {field} in {fields:?}"
        );
    }
    assert!(records.iter().all(|r| r["error"].is_null()));
}

#[test]
fn json_is_one_array_and_pretty_is_the_same_data() {
    let plain = vnextract()
        .args([
            "extract", "-q", "--glob", "*.txt", "--format", "json", "fixtures",
        ])
        .assert()
        .success();
    let pretty = vnextract()
        .args([
            "extract", "-q", "--glob", "*.txt", "--format", "json", "--pretty",
        ])
        .arg("fixtures")
        .assert()
        .success();
    let plain: Value = serde_json::from_slice(&plain.get_output().stdout).unwrap();
    let pretty: Value = serde_json::from_slice(&pretty.get_output().stdout).unwrap();
    assert_eq!(plain.as_array().unwrap().len(), 16);
    assert_eq!(plain, pretty);
}

#[test]
fn csv_has_a_header_and_one_row_per_document() {
    let out = vnextract()
        .args([
            "extract", "-q", "--glob", "*.txt", "--format", "csv", "fixtures",
        ])
        .assert()
        .success();
    let mut reader = csv::Reader::from_reader(out.get_output().stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        &header[..5],
        ["source", "error", "title", "published", "event_date"]
    );
    assert!(header.contains(&"province_code".to_owned()));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 16);
    assert_eq!(&rows[1][0], "fixtures/001_bac_kan_cchc_2017.txt");
    assert!(rows.iter().all(|row| row.len() == header.len()));
}

#[test]
fn bom_starts_csv_with_a_utf8_byte_order_mark() {
    let out = vnextract()
        .args(["extract", "-q", "--format", "csv", "--bom", SEED_000])
        .assert()
        .success();
    assert!(out.get_output().stdout.starts_with(b"\xEF\xBB\xBFsource,"));
    let out = vnextract()
        .args(["extract", "-q", "--format", "csv", SEED_000])
        .assert()
        .success();
    assert!(out.get_output().stdout.starts_with(b"source,"));
}

#[test]
fn csv_facts_has_one_row_per_fact_and_an_error_row_for_a_failed_input() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let out = vnextract()
        .args(["extract", "-q", "--format", "csv-facts", SEED_000])
        .arg(&missing)
        .assert()
        .code(1);
    let mut reader = csv::Reader::from_reader(out.get_output().stdout.as_slice());
    assert_eq!(
        reader.headers().unwrap(),
        vec![
            "source",
            "event_date",
            "event_year",
            "province",
            "province_code",
            "kind",
            "text",
            "value",
            "number",
            "detail",
            "context",
            "start",
            "end",
            "code",
            "successor_2025",
            "mentions",
            "subject",
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // Every row carries its document's event date and subject province, so
    // that a pivot table needs no join; numbers are numbers.
    let award = rows.iter().find(|row| &row[5] == "award").unwrap();
    let cells = |row: &csv::StringRecord, from: usize, to: usize| -> Vec<String> {
        row.iter()
            .skip(from)
            .take(to - from)
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(cells(award, 1, 5), ["2016-12-24", "2016", "Sơn La", "14"]);
    assert_eq!(&award[7], "bằng khen");
    // "Bằng khen cho 11 tập thể và 13 cá nhân": 24 in all.
    assert_eq!(&award[8], "24");
    let percent = rows.iter().find(|row| &row[5] == "percentage").unwrap();
    assert_eq!((&percent[6], &percent[8]), ("100%", "100"));
    let province = rows.iter().find(|row| &row[5] == "province").unwrap();
    assert_eq!(cells(province, 13, 17), ["14", "Sơn La", "1", "true"]);
    let last = rows.last().unwrap();
    assert_eq!(&last[5], "error");
    assert_eq!(&last[9], "no such file or directory");
    assert_eq!(cells(last, 1, 5), ["", "", "", ""]);
}

#[test]
fn standard_input_is_read_with_a_dash_or_no_path() {
    let text = fs::read(SEED_000).unwrap();
    for args in [vec!["extract", "-q"], vec!["extract", "-q", "-"]] {
        let out = vnextract()
            .args(&args)
            .write_stdin(text.clone())
            .assert()
            .success();
        let records = jsonl(&out.get_output().stdout);
        assert_eq!(records.len(), 1);
        assert_eq!(records[0]["source"], "-");
        assert_eq!(
            records[0]["title"],
            "Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016"
        );
    }
}

#[test]
fn output_file_is_written_whole_and_no_temporary_file_remains() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.csv");
    vnextract()
        .args(["extract", "-q", "--glob", "*.txt", "--format", "csv", "-o"])
        .arg(&target)
        .arg("fixtures")
        .assert()
        .success();
    let written = fs::read_to_string(&target).unwrap();
    assert_eq!(written.lines().count(), 17, "header and sixteen rows");
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, vec![std::ffi::OsString::from("report.csv")]);
}

#[test]
fn output_into_a_missing_directory_exits_3_without_leaving_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no/such/dir/report.csv");
    let out = vnextract()
        .args(["extract", "-q", "-o"])
        .arg(&target)
        .arg(SEED_000)
        .assert()
        .code(3);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("report.csv"), "{stderr}");
    assert!(!target.exists());
}

#[test]
fn usage_errors_exit_with_status_2() {
    vnextract()
        .args(["extract", "--format", "xml"])
        .assert()
        .code(2);
    vnextract().args(["frobnicate"]).assert().code(2);
}

#[test]
fn help_shows_examples() {
    let out = vnextract().args(["extract", "--help"]).assert().success();
    let help = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(help.contains("--format csv --bom -o report.csv"), "{help}");
}

#[test]
fn normalize_prints_the_text() {
    let out = vnextract().args(["normalize", SEED_000]).assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị"));
}

/// A directory of bad inputs beside a good one: one record each, the batch goes on.
#[test]
fn bad_inputs_each_get_an_error_record_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::copy(SEED_000, d.join("a_good.txt")).unwrap();
    fs::write(d.join("b_empty.txt"), b"").unwrap();
    fs::write(
        d.join("c_binary.txt"),
        (0..=255u8).cycle().take(4096).collect::<Vec<u8>>(),
    )
    .unwrap();
    fs::write(d.join("d_nuls.txt"), b"Ng\0\0\0y 24/12/2016\0").unwrap();
    fs::create_dir(d.join("e_empty_dir")).unwrap();
    let out = vnextract().arg("extract").arg(d).assert().code(1);
    let records = jsonl(&out.get_output().stdout);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    let by_name = |suffix: &str| {
        records
            .iter()
            .find(|r| r["source"].as_str().unwrap().ends_with(suffix))
            .unwrap()
    };
    assert_eq!(records.len(), 4, "{records:?}");
    assert!(by_name("a_good.txt")["error"].is_null());
    for bad in ["b_empty.txt", "c_binary.txt", "d_nuls.txt"] {
        let error = by_name(bad)["error"]
            .as_str()
            .unwrap_or_else(|| panic!("{bad} has no error"));
        assert!(
            stderr.contains(error),
            "stderr lacks {bad}'s error {error:?}: {stderr}"
        );
    }
    assert!(!stderr.contains("panicked"));
}

/// The summary line counts inputs and records each on its own (it printed
/// the records twice).
#[test]
fn the_summary_line_counts_inputs_records_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(SEED_000, dir.path().join("a.txt")).unwrap();
    fs::write(dir.path().join("b.txt"), b"").unwrap();
    let out = vnextract()
        .arg("extract")
        .arg(dir.path())
        .arg("fixtures/no such file.txt")
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    let summary = stderr.lines().last().unwrap();
    assert!(
        summary.starts_with("vnextract: 3 inputs, 3 records, 2 errors, "),
        "{stderr}"
    );
}

#[test]
fn a_directory_without_matching_files_is_an_error_record() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("page.md"), "Ngày 24/12/2016").unwrap();
    let out = vnextract().arg("extract").arg(dir.path()).assert().code(1);
    let records = jsonl(&out.get_output().stdout);
    assert_eq!(records.len(), 1);
    assert!(
        records[0]["error"]
            .as_str()
            .unwrap()
            .contains("no files matching")
    );
    // --glob chooses other names.
    let out = vnextract()
        .args(["extract", "-q", "--glob", "*.md"])
        .arg(dir.path())
        .assert()
        .success();
    assert_eq!(jsonl(&out.get_output().stdout).len(), 1);
}

/// A crawler's CSV dump gives one record per row, in order, named by line
/// or by `--id-field`; a broken row is its own error record.
#[test]
fn a_csv_of_articles_gives_one_record_per_row() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("crawl.txt");
    fs::write(
        &dump,
        "id;published_time;title;content\n\
         a1;2016-12-27T08:00:00+07:00;Tổng kết CCHC;Sáng nay, ngày 24/12, đồng chí Cầm Ngọc Minh, Chủ tịch UBND tỉnh Sơn La chủ trì hội nghị.\n\
         a2;oops\n\
         a3;2017-01-05;Trao thưởng;Ngày 4/1/2017, UBND tỉnh trao Bằng khen cho 11 tập thể và 13 cá nhân.\n",
    )
    .unwrap();
    let out = vnextract()
        .args(["extract", "-q", "--id-field", "id"])
        .arg(&dump)
        .assert()
        .code(1);
    let records = jsonl(&out.get_output().stdout);
    let name = dump.display().to_string();
    let sources: Vec<&str> = records
        .iter()
        .map(|r| r["source"].as_str().unwrap())
        .collect();
    assert_eq!(
        sources,
        [
            format!("{name}#a1"),
            format!("{name}#3"),
            format!("{name}#a3")
        ]
    );
    assert_eq!(records[0]["encoding"], "csv/utf-8");
    assert_eq!(records[0]["title"], "Tổng kết CCHC");
    assert_eq!(records[0]["published"], "2016-12-27T08:00:00+07:00");
    // "ngày 24/12" takes its year from the published column.
    assert_eq!(records[0]["event_date"], "2016-12-24");
    assert_eq!(records[0]["chairpersons"][0]["name"], "Cầm Ngọc Minh");
    assert_eq!(
        records[1]["error"],
        "line 3 has 2 fields where the header names 4"
    );
    assert_eq!(records[2]["awards"][0]["collectives"], 11);
    assert_eq!(records[2]["awards"][0]["individuals"], 13);
}

#[test]
fn a_file_over_the_size_limit_is_rejected_unread() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    fs::write(&big, "Ngày 24/12/2016 ".repeat(100)).unwrap();
    let out = vnextract()
        .args(["extract", "-q", "--max-file-size", "1000"])
        .arg(&big)
        .assert()
        .code(1);
    let records = jsonl(&out.get_output().stdout);
    let error = records[0]["error"].as_str().unwrap();
    assert_eq!(
        error,
        "the file is larger than the 1000-byte limit (1700 bytes)"
    );
    // The record names no flag; the command line's message adds it.
    let stderr = String::from_utf8_lossy(&out.get_output().stderr);
    assert!(
        stderr.contains(&format!("big.txt: {error}; see --max-file-size")),
        "{stderr}"
    );
}

/// Bytes that do not decode as the encoding asked for: the record says
/// where, and only stderr says which flag to try.
#[test]
fn undecodable_bytes_name_the_flag_only_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    // "Ngày " in UTF-8, then a lone 0xFF.
    fs::write(&bad, b"Ng\xc3\xa0y \xff 24/12/2016").unwrap();
    let out = vnextract()
        .args(["extract", "-q", "--encoding", "utf-8"])
        .arg(&bad)
        .assert()
        .code(1);
    let records = jsonl(&out.get_output().stdout);
    let error = records[0]["error"].as_str().unwrap();
    assert_eq!(
        error,
        "the input is not valid UTF-8 (first bad byte at offset 6)"
    );
    let stderr = String::from_utf8_lossy(&out.get_output().stderr);
    assert!(
        stderr.contains(&format!(
            "bad.txt: {error}; try --encoding auto, windows-1258, tcvn3 or vni"
        )),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_symlink_loops_each_give_one_record() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::copy(SEED_000, d.join("a.txt")).unwrap();
    // A socket cannot be opened as a file, even by root.
    let _socket = std::os::unix::net::UnixListener::bind(d.join("b_socket.txt")).unwrap();
    let locked = d.join("c_locked.txt");
    fs::copy(SEED_000, &locked).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    symlink(d, d.join("loop")).unwrap();
    let out = vnextract().arg("extract").arg(d).assert().code(1);
    let records = jsonl(&out.get_output().stdout);
    let names: Vec<&str> = records
        .iter()
        .map(|r| r["source"].as_str().unwrap())
        .collect();
    assert_eq!(records.len(), 4, "{names:?}");
    let error_of = |suffix: &str| {
        records
            .iter()
            .find(|r| r["source"].as_str().unwrap().ends_with(suffix))
            .unwrap()["error"]
            .clone()
    };
    assert!(error_of("a.txt").is_null());
    assert!(error_of("b_socket.txt").is_string());
    assert!(error_of("loop").as_str().unwrap().contains("symlink loop"));
    // Root reads anything; others must get "permission denied".
    let readable = fs::File::open(&locked).is_ok();
    let locked_error = error_of("c_locked.txt");
    if readable {
        assert!(locked_error.is_null());
    } else {
        assert_eq!(locked_error, "permission denied");
    }
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_still_gives_a_record_with_its_bytes_escaped() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"b\xE1o_c\xE1o.txt");
    fs::copy(SEED_000, dir.path().join(name)).unwrap();
    let out = vnextract()
        .args(["extract", "-q"])
        .arg(dir.path())
        .assert()
        .success();
    let records = jsonl(&out.get_output().stdout);
    assert_eq!(records.len(), 1);
    assert!(
        records[0]["source"]
            .as_str()
            .unwrap()
            .ends_with("b\\xe1o_c\\xe1o.txt")
    );
}

/// `vnextract … | head -1` must end quietly with status 0.
#[test]
fn a_closed_stdout_pipe_ends_quietly_with_status_0() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read(SEED_000).unwrap();
    for i in 0..400 {
        fs::write(dir.path().join(format!("{i:04}.txt")), &text).unwrap();
    }
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("vnextract"))
        .args(["extract", "--format", "jsonl"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // read a little, then close the pipe
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(&first, b"{\"schema\":\"vnext");
}

#[test]
fn output_is_identical_whatever_the_number_of_jobs() {
    let one = vnextract()
        .args(["extract", "-q", "--jobs", "1", "fixtures"])
        .assert()
        .success();
    let many = vnextract()
        .args(["extract", "-q", "--jobs", "4", "fixtures"])
        .assert()
        .success();
    assert_eq!(one.get_output().stdout, many.get_output().stdout);
}

/// Seed 003 as one spreadsheet row; values read off the report by hand.
#[test]
fn a_csv_row_carries_the_documents_facts() {
    let out = vnextract()
        .args([
            "extract",
            "-q",
            "--format",
            "csv",
            "fixtures/003_an_giang_cchc_2015.txt",
        ])
        .assert()
        .success();
    let mut reader = csv::Reader::from_reader(out.get_output().stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].to_owned();
    assert_eq!(cell("event_date"), "2015-12-30");
    assert_eq!(cell("province"), "An Giang");
    assert_eq!(cell("province_code"), "89");
    assert_eq!(cell("presiding"), "Vương Bình Thạnh");
    assert_eq!(cell("percentages"), "94.3; 73.3; 89.5; 100; 70");
    assert_eq!(
        cell("awards"),
        "cờ thi đua: 1; bằng khen: 17 tập thể, 23 cá nhân"
    );
    assert_eq!(
        (cell("award_collectives"), cell("award_individuals")),
        ("17".into(), "23".into())
    );
    // "năm 2015" is said four times but listed once.
    let dates = cell("dates");
    assert_eq!(
        dates.split("; ").filter(|d| *d == "2015").count(),
        1,
        "{dates}"
    );
    assert!(dates.split("; ").any(|d| d == "2015-12-30"), "{dates}");
}

/// Seed 004 names one district twice, "(Huyện Sông Mã có chỉ số SIPAS cao
/// nhất" and "UBND huyện Sông Mã xếp vị trí thứ nhất": one value in the
/// district column, right after provinces; two rows of kind `district`
/// between the province and the chairpersons, at the offsets of JSON.
#[test]
fn districts_reach_both_csv_formats() {
    const SEED_004: &str = "fixtures/004_son_la_sipas_2022.txt";
    let run = |format: &str| {
        let out = vnextract()
            .args(["extract", "-q", "--format", format, SEED_004])
            .assert()
            .success();
        let mut reader = csv::Reader::from_reader(out.get_output().stdout.as_slice());
        let header = reader.headers().unwrap().clone();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        (header, rows)
    };
    let (header, rows) = run("csv");
    assert_eq!(
        header,
        vec![
            "source",
            "error",
            "title",
            "published",
            "event_date",
            "event_date_inferred",
            "province",
            "province_code",
            "successor_2025",
            "province_evidence",
            "provinces",
            "districts",
            "presiding",
            "chairpersons",
            "dates",
            "percentages",
            "ratios",
            "scores",
            "awards",
            "award_collectives",
            "award_individuals",
        ]
    );
    let cell = |name: &str| rows[0][header.iter().position(|h| h == name).unwrap()].to_owned();
    assert_eq!(cell("provinces"), "Sơn La");
    assert_eq!(cell("districts"), "huyện Sông Mã");

    let (_, rows) = run("csv-facts");
    let kinds: Vec<&str> = rows.iter().map(|row| &row[5]).collect();
    let first = kinds.iter().position(|k| *k == "district").unwrap();
    assert_eq!(
        &kinds[first - 1..first + 3],
        ["province", "district", "district", "chairperson"]
    );
    let districts: Vec<Vec<&str>> = rows
        .iter()
        .filter(|row| &row[5] == "district")
        // text, value, detail, context, start, end: a district has no number.
        .map(|row| {
            assert_eq!(&row[8], "");
            row.iter()
                .skip(6)
                .take(7)
                .filter(|_| true)
                .enumerate()
                .filter(|(i, _)| *i != 2)
                .map(|(_, cell)| cell)
                .collect()
        })
        .collect();
    assert_eq!(
        districts,
        [
            [
                "Huyện Sông Mã",
                "huyện Sông Mã",
                "huyện",
                "",
                "2262",
                "2275"
            ],
            [
                "huyện Sông Mã",
                "huyện Sông Mã",
                "huyện",
                "",
                "2669",
                "2682"
            ],
        ]
    );
}

/// Bytes that are not UTF-8 in the middle of a UTF-8 report: one record, and
/// never a panic, whether the decoder repairs or refuses it.
#[test]
fn invalid_utf8_in_the_middle_gives_one_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut few = fs::read(SEED_000).unwrap();
    let middle = few.len() / 2;
    let middle = (middle..few.len()).find(|&i| few[i] == b' ').unwrap();
    few.splice(middle..middle, [0xFF, 0xFE, 0xC3]);
    fs::write(dir.path().join("a_one_bad_sequence.txt"), &few).unwrap();
    let mut many = b"Ng\xE0y 24/12/2016 ".to_vec();
    many.extend((0..2000).map(|i| if i % 3 == 0 { 0xFF } else { b'a' }));
    fs::write(dir.path().join("b_mostly_bad.txt"), &many).unwrap();
    let out = vnextract()
        .args(["extract"])
        .arg(dir.path())
        .assert()
        .code(1);
    let records = jsonl(&out.get_output().stdout);
    assert_eq!(records.len(), 2);
    // One bad sequence in a long Vietnamese report costs one character, not the report.
    assert!(records[0]["error"].is_null(), "{}", records[0]["error"]);
    assert_eq!(records[0]["event_date"], "2016-12-24");
    assert!(records[1]["error"].is_string());
}

/// A 20 MB file that is one single line, facts at both ends.
#[test]
fn a_20_mb_single_line_gives_one_record() {
    let dir = tempfile::tempdir().unwrap();
    let filler =
        "công tác cải cách hành chính được các cấp, các ngành quan tâm chỉ đạo thường xuyên, ";
    let mut line = "Ngày 24/12/2016, UBND tỉnh Sơn La tổ chức Hội nghị tổng kết; ".to_owned();
    line.push_str(&filler.repeat(20_000_000 / filler.len() + 1));
    line.push_str(
        "tỷ lệ hồ sơ giải quyết đúng hạn đạt 94,3%, trao Bằng khen cho 11 tập thể và 13 cá nhân.",
    );
    let path = dir.path().join("one_line.txt");
    fs::write(&path, &line).unwrap();
    let out = vnextract()
        .args(["extract", "-q"])
        .arg(&path)
        .assert()
        .success();
    let records = jsonl(&out.get_output().stdout);
    assert_eq!(records.len(), 1);
    let record = &records[0];
    assert!(record["error"].is_null());
    assert_eq!(record["event_date"], "2016-12-24");
    assert_eq!(record["province"]["name"], "Sơn La");
    assert_eq!(record["percentages"][0]["value"], 94.3);
    assert_eq!(record["awards"][0]["collectives"], 11);
    assert_eq!(record["awards"][0]["individuals"], 13);
}

/// `--explain` adds one sentence per single-valued choice; without it the
/// record has no `explain` key. Read against fixture 000 and 003 by hand.
#[test]
fn explain_says_why_each_single_value_was_chosen() {
    let plain = vnextract()
        .args(["extract", "-q", SEED_000])
        .output()
        .unwrap();
    assert!(jsonl(&plain.stdout)[0].get("explain").is_none());
    let out = vnextract()
        .args([
            "extract",
            "-q",
            "--explain",
            SEED_000,
            "fixtures/003_an_giang_cchc_2015.txt",
        ])
        .output()
        .unwrap();
    let records = jsonl(&out.stdout);
    let explain = &records[0]["explain"];
    assert_eq!(
        explain["event_date"],
        "“Ngày 24/12/2016”: the first day in a sentence naming an event, opening it; year written with the day"
    );
    let presiding = explain["presiding"].as_str().unwrap();
    assert!(
        presiding.starts_with("the first mention said to chair (chủ trì, chủ tọa): “…")
            && presiding.ends_with(
                "đồng chí Cầm Ngọc Minh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị”"
            ),
        "{presiding}"
    );
    assert_eq!(explain["province"], "province in body: tỉnh Sơn La");
    // "Sáng nay, ngày 30/12" on a page with no stamp: the year is inferred.
    assert_eq!(
        records[1]["explain"]["event_date"],
        "“Sáng nay, ngày 30/12”: the first day in a sentence naming an event; year inferred from the other dates of the text (no stamp gives it)"
    );
}

/// A flag that does not fit the output format is a usage error, before
/// anything is read.
#[test]
fn a_flag_that_does_not_fit_the_format_is_a_usage_error() {
    for (flags, message) in [
        (&["--pretty"][..], "--pretty does not fit --format jsonl"),
        (
            &["--format", "csv", "--pretty"],
            "--pretty does not fit --format csv",
        ),
        (&["--bom"], "--bom does not fit --format jsonl"),
        (
            &["--format", "json", "--raw-cells"],
            "--raw-cells does not fit --format json",
        ),
        (&["--no-header"], "--no-header does not fit --format jsonl"),
    ] {
        let out = vnextract()
            .arg("extract")
            .args(flags)
            .arg(SEED_000)
            .assert()
            .code(2);
        let output = out.get_output();
        assert!(output.stdout.is_empty());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim(), format!("vnextract: {message}"), "{flags:?}");
    }
    // Where they fit, they are taken.
    vnextract()
        .args(["extract", "-q", "--format", "json", "--pretty", SEED_000])
        .assert()
        .success();
}

/// `--no-header` leaves out the header line, for batches appended to one file.
#[test]
fn no_header_leaves_out_the_header_line() {
    let run = |extra: &[&str]| {
        let out = vnextract()
            .args(["extract", "-q", "--format", "csv"])
            .args(extra)
            .arg(SEED_000)
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let with = run(&[]);
    let without = run(&["--no-header"]);
    assert!(with.starts_with("source,error,"), "{with}");
    assert!(
        without.starts_with("fixtures/000_son_la_cchc_2016.txt,"),
        "{without}"
    );
    assert_eq!(with.split_once('\n').unwrap().1, without);
}

/// `--max-file-size` takes units: powers of 1000 and of 1024.
#[test]
fn max_file_size_takes_units() {
    // The seed is 4,720 bytes.
    for (size, ok) in [
        ("4720", true),
        ("4719", false),
        ("5KB", true),
        ("4k", false),
        ("4.72 KB", true),
        ("4KiB", false),
        ("5KiB", true),
        ("1MB", true),
    ] {
        let out = vnextract()
            .args(["extract", "-q", "--max-file-size", size, SEED_000])
            .assert()
            .code(if ok { 0 } else { 1 });
        let records = jsonl(&out.get_output().stdout);
        assert_eq!(records[0]["error"].is_null(), ok, "{size}");
    }
    let out = vnextract()
        .args(["extract", "--max-file-size", "5XB", SEED_000])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr);
    assert!(stderr.contains("unknown unit \"xb\""), "{stderr}");
}

/// With no path and a terminal on standard input, the usage is shown
/// instead of waiting for a report to be typed. `script` gives the child a
/// terminal.
#[test]
fn no_input_on_a_terminal_shows_the_usage() {
    let binary = assert_cmd::cargo::cargo_bin("vnextract");
    let Ok(out) = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} extract", binary.display()),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::null())
        .output()
    else {
        panic!("this test needs `script` (util-linux) to give the child a terminal");
    };
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{shown}");
    assert!(
        shown.contains("vnextract: no input: name files or directories"),
        "{shown}"
    );
    assert!(
        shown.contains("usage: vnextract extract [OPTIONS] [PATHS]..."),
        "{shown}"
    );
}

/// Shell completions and man pages come from the command line's own
/// definition, so they name every option.
#[test]
fn completions_and_man_pages_name_the_options() {
    let stdout = |args: &[&str]| {
        let out = vnextract().args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let bash = stdout(&["completions", "bash"]);
    assert!(bash.starts_with("_vnextract() {"), "{bash}");
    assert!(bash.contains("--input-format"), "{bash}");
    let zsh = stdout(&["completions", "zsh"]);
    assert!(zsh.contains("#compdef vnextract"), "{zsh}");
    let main_page = stdout(&["man"]);
    assert!(main_page.contains(".TH vnextract 1"), "{main_page}");
    assert!(main_page.contains("vnextract\\-extract(1)"), "{main_page}");
    let extract_page = stdout(&["man", "extract"]);
    assert!(
        extract_page.contains(".TH vnextract-extract 1"),
        "{extract_page}"
    );
    assert!(extract_page.contains("max\\-file\\-size"), "{extract_page}");
    let out = vnextract().args(["man", "nope"]).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr);
    assert!(stderr.contains("no subcommand \"nope\""), "{stderr}");
}
