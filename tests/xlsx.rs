//! `--format xlsx` read back with calamine: sheets, typed cells, and the
//! values of the fixtures, checked by hand against their text.

use std::path::Path;

use assert_cmd::Command;
use calamine::{Data, Range, Reader, Xlsx, open_workbook};

const FIXTURES: &[&str] = &[
    "fixtures/000_son_la_cchc_2016.txt",
    "fixtures/001_bac_kan_cchc_2017.txt",
    "fixtures/002_cchc_index_2015.txt",
    "fixtures/003_an_giang_cchc_2015.txt",
    "fixtures/004_son_la_sipas_2022.txt",
];

fn vnextract() -> Command {
    Command::cargo_bin("vnextract").unwrap()
}

/// The workbook of `inputs`, written through the binary.
fn workbook(dir: &Path, inputs: &[&str]) -> Xlsx<std::io::BufReader<std::fs::File>> {
    let out = dir.join("out.xlsx");
    vnextract()
        .args(["extract", "-q", "--format", "xlsx", "-o"])
        .arg(&out)
        .args(inputs)
        .assert()
        .success();
    open_workbook(&out).unwrap()
}

/// The cell of `row` under the header `column`.
fn cell<'a>(sheet: &'a Range<Data>, row: &'a [Data], column: &str) -> &'a Data {
    let header = sheet.rows().next().unwrap();
    let at = header
        .iter()
        .position(|h| h == &Data::String(column.to_owned()))
        .unwrap_or_else(|| panic!("no column {column}"));
    &row[at]
}

/// The first row whose `source` is `source` (and, given, whose `value` is `value`).
fn row_of<'a>(sheet: &'a Range<Data>, source: &str, value: Option<&str>) -> &'a [Data] {
    sheet
        .rows()
        .skip(1)
        .find(|row| {
            cell(sheet, row, "source") == &Data::String(source.to_owned())
                && value.is_none_or(|v| cell(sheet, row, "value") == &Data::String(v.to_owned()))
        })
        .unwrap_or_else(|| panic!("no row of {source}"))
}

fn text(value: &str) -> Data {
    Data::String(value.to_owned())
}

#[test]
fn the_fixtures_as_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = workbook(dir.path(), FIXTURES);
    assert_eq!(
        book.sheet_names(),
        [
            "reports",
            "dates",
            "provinces",
            "districts",
            "people",
            "chairpersons",
            "percentages",
            "ratios",
            "scores",
            "awards"
        ]
    );

    let reports = book.worksheet_range("reports").unwrap();
    let header: Vec<_> = reports.rows().next().unwrap().to_vec();
    assert_eq!(header.len(), 21);
    assert_eq!(
        header[..5],
        [
            text("source"),
            text("error"),
            text("title"),
            text("published"),
            text("event_date")
        ]
    );
    assert_eq!(
        header[19..],
        [text("award_collectives"), text("award_individuals")]
    );
    assert_eq!(reports.rows().count(), 1 + FIXTURES.len());
    let son_la = row_of(&reports, FIXTURES[0], None);
    assert_eq!(
        cell(&reports, son_la, "title"),
        &text("Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016")
    );
    // "Ngày 24/12/2016": 42,728 days after Excel's day 0 (2017-01-01 is 42,736).
    match cell(&reports, son_la, "event_date") {
        Data::DateTime(date) => {
            assert!(date.is_datetime());
            assert_eq!(date.as_f64(), 42_728.0);
        }
        other => panic!("event_date is {other:?}"),
    }
    assert_eq!(cell(&reports, son_la, "province"), &text("Sơn La"));
    // Codes are text: Bắc Kạn keeps the zero of "06".
    assert_eq!(cell(&reports, son_la, "province_code"), &text("14"));
    let bac_kan = row_of(&reports, FIXTURES[1], None);
    assert_eq!(cell(&reports, bac_kan, "province_code"), &text("06"));
    // "Bằng khen cho 11 tập thể và 13 cá nhân".
    assert_eq!(
        cell(&reports, son_la, "award_collectives"),
        &Data::Float(11.0)
    );
    assert_eq!(
        cell(&reports, son_la, "award_individuals"),
        &Data::Float(13.0)
    );
    // Empty is blank; not inferred is blank, An Giang's inferred year a boolean.
    assert_eq!(cell(&reports, son_la, "error"), &Data::Empty);
    assert_eq!(cell(&reports, son_la, "event_date_inferred"), &Data::Empty);
    let an_giang = row_of(&reports, FIXTURES[3], None);
    assert_eq!(
        cell(&reports, an_giang, "event_date_inferred"),
        &Data::Bool(true)
    );

    let awards = book.worksheet_range("awards").unwrap();
    let award = row_of(&awards, FIXTURES[0], Some("bằng khen"));
    assert_eq!(
        cell(&awards, award, "text"),
        &text("Bằng khen cho 11 tập thể và 13 cá nhân")
    );
    assert_eq!(cell(&awards, award, "number"), &Data::Float(24.0));
    assert_eq!(cell(&awards, award, "province"), &text("Sơn La"));
    assert_eq!(cell(&awards, award, "event_year"), &Data::Float(2016.0));
    assert!(
        matches!(cell(&awards, award, "event_date"), Data::DateTime(d) if d.as_f64() == 42_728.0)
    );

    // A full day is a date; a year stays text.
    let dates = book.worksheet_range("dates").unwrap();
    let day = dates
        .rows()
        .find(|row| cell(&dates, row, "text") == &text("Ngày 24/12/2016"))
        .expect("the day of the Sơn La conference");
    assert!(matches!(cell(&dates, day, "value"), Data::DateTime(d) if d.as_f64() == 42_728.0));
    let year = row_of(&dates, FIXTURES[0], Some("2016"));
    assert_eq!(cell(&dates, year, "value"), &text("2016"));

    let provinces = book.worksheet_range("provinces").unwrap();
    let province = row_of(&provinces, FIXTURES[1], Some("Bắc Kạn"));
    assert_eq!(cell(&provinces, province, "code"), &text("06"));
    assert_eq!(
        cell(&provinces, province, "successor_2025"),
        &text("Thái Nguyên")
    );
    assert_eq!(cell(&provinces, province, "subject"), &Data::Bool(true));

    // The 19 percentages of the fixtures' "…%" (three of 000, five of 003,
    // eleven of 004) are numbers: 295 + 427.1 + 873.24.
    let percentages = book.worksheet_range("percentages").unwrap();
    let numbers: Vec<f64> = percentages
        .rows()
        .skip(1)
        .map(|row| match cell(&percentages, row, "number") {
            Data::Float(n) => *n,
            other => panic!("number is {other:?}"),
        })
        .collect();
    assert_eq!(numbers.len(), 19);
    assert!((numbers.iter().sum::<f64>() - 1595.34).abs() < 1e-9);
}

/// A stamp is an Excel date-time on Vietnam's clock (Excel has no zones);
/// a stamp without a clock is a day.
#[test]
fn published_is_a_date_time_in_vietnam() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles.jsonl");
    let text = "Ngày 24/12/2016, UBND tỉnh Sơn La tổ chức hội nghị.";
    let lines: Vec<String> = ["2016-12-27T10:00:00Z", "2016-12-27"]
        .iter()
        .enumerate()
        .map(|(id, stamp)| {
            serde_json::json!({"id": id, "published": stamp, "text": text}).to_string()
        })
        .collect();
    std::fs::write(&articles, lines.join("\n") + "\n").unwrap();
    let mut book = workbook(dir.path(), &[articles.to_str().unwrap(), FIXTURES[0]]);
    let reports = book.worksheet_range("reports").unwrap();
    let published = |row: usize| match cell(&reports, reports.rows().nth(row).unwrap(), "published")
    {
        Data::DateTime(stamp) => stamp.as_f64(),
        other => panic!("published is {other:?}"),
    };
    // 2016-12-27 is Excel day 42,731 (2016-12-24 is 42,728); 10:00 UTC is
    // 17:00 in Vietnam, 17/24 of a day.
    let five_pm = 42_731.0 + 17.0 / 24.0;
    assert!((published(1) - five_pm).abs() < 1e-9, "{}", published(1));
    assert_eq!(published(2), 42_731.0);
    // The seed's "27/12/2016 17:00" stamp, already Vietnam's time.
    assert!((published(3) - five_pm).abs() < 1e-9, "{}", published(3));
}

/// A title written as a formula stays a string.
#[test]
fn a_formula_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles.jsonl");
    let title = r#"=HYPERLINK("http://x","Bấm vào đây")"#;
    let line = serde_json::json!({
        "title": title,
        "text": "Ngày 24/12/2016, UBND tỉnh Sơn La tổ chức hội nghị.",
    });
    std::fs::write(&articles, format!("{line}\n")).unwrap();
    let mut book = workbook(dir.path(), &[articles.to_str().unwrap()]);
    let reports = book.worksheet_range("reports").unwrap();
    let row = reports.rows().nth(1).unwrap();
    assert_eq!(cell(&reports, row, "title"), &text(title));
    let dates = book.worksheet_range("dates").unwrap();
    let row = dates.rows().nth(1).unwrap();
    assert_eq!(cell(&dates, row, "title"), &text(title));
}

#[test]
fn xlsx_needs_a_file() {
    for output in [&[][..], &["-o", "-"]] {
        let assert = vnextract()
            .args(["extract", "-q", "--format", "xlsx"])
            .args(output)
            .arg(FIXTURES[0])
            .assert()
            .code(2);
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        assert!(stderr.contains("XLSX needs a file"), "{stderr}");
        assert!(assert.get_output().stdout.is_empty());
    }
}

/// The flags of CSV do not fit a workbook.
#[test]
fn csv_flags_do_not_fit() {
    let dir = tempfile::tempdir().unwrap();
    for flag in ["--bom", "--raw-cells", "--no-header"] {
        vnextract()
            .args(["extract", "-q", "--format", "xlsx", flag, "-o"])
            .arg(dir.path().join("out.xlsx"))
            .arg(FIXTURES[0])
            .assert()
            .code(2);
    }
    assert!(!dir.path().join("out.xlsx").exists());
}
