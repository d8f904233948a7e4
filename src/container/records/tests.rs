//! Records of articles: one article per line, row or object, named and
//! failed one by one.

use super::*;

const FIELDS: Fields = Fields {
    text: None,
    id: None,
};

fn ok(unpacked: &Unpacked) -> &Article {
    match &unpacked.content {
        Ok(Content::Article(article)) => article,
        other => panic!("{}: {other:?}", unpacked.source),
    }
}

fn error(unpacked: &Unpacked) -> String {
    match &unpacked.content {
        Err(error) => error.to_string(),
        Ok(_) => panic!("{}: no error", unpacked.source),
    }
}

/// A crawler's pipe-delimited dump with CRLF line ends, as saved from a
/// news crawler: the title goes before the article, the published column
/// gives the date, rows are named by their line.
#[test]
fn a_crawler_csv_gives_one_article_per_row() {
    let text = "crawled_time|published_time|title|content|author|url\r\n\
        2025-06-29T01:08:15+07:00|2025-06-28T23:01:00+07:00|Lạng Sơn đón nhận Danh hiệu|Chiều 28/6, tại thành phố Lạng Sơn, Ủy ban Nhân dân tỉnh đã tổ chức Lễ đón nhận.|Minh Hà|https://example.vn/1\r\n\
        2025-06-29T01:09:00+07:00|2025-06-28T08:53:00+07:00|Nghệ An|Nhiều chủ tịch xã quay lại làm việc.|Lan|https://example.vn/2\r\n";
    assert_eq!(sniff_header(text.lines().next().unwrap(), None), Some(b'|'));
    let rows = csv("dump.txt", text, FIELDS, None, "csv/utf-8");
    let sources: Vec<&str> = rows.iter().map(|r| r.source.as_str()).collect();
    assert_eq!(sources, ["dump.txt#2", "dump.txt#3"]);
    let first = ok(&rows[0]);
    assert_eq!(first.title.as_deref(), Some("Lạng Sơn đón nhận Danh hiệu"));
    assert_eq!(
        first.published.as_deref(),
        Some("2025-06-28T23:01:00+07:00")
    );
    assert_eq!(
        first.text,
        "Lạng Sơn đón nhận Danh hiệu\n\nChiều 28/6, tại thành phố Lạng Sơn, Ủy ban Nhân dân tỉnh đã tổ chức Lễ đón nhận."
    );
    assert_eq!(first.container, "csv/utf-8");
}

/// A row with too few fields is its own error; the rows around it are read.
#[test]
fn a_broken_row_is_its_own_error() {
    let text = "id,content\n7,Hội nghị tổng kết\nthiếu cột\n9,\"Ngày 24/12/2016, hội nghị\"\n";
    let fields = Fields {
        text: None,
        id: Some("id"),
    };
    let rows = csv("a.csv", text, fields, None, "csv/utf-8");
    let sources: Vec<&str> = rows.iter().map(|r| r.source.as_str()).collect();
    assert_eq!(sources, ["a.csv#7", "a.csv#3", "a.csv#9"]);
    assert_eq!(ok(&rows[0]).text, "Hội nghị tổng kết");
    assert_eq!(
        error(&rows[1]),
        "line 3 has 1 fields where the header names 2"
    );
    assert_eq!(ok(&rows[2]).text, "Ngày 24/12/2016, hội nghị");
}

/// JSON Lines: a bad line and a line that is not an object are errors of
/// their own, blank lines are skipped, the lead goes between title and
/// article, and `--text-field` picks the field.
#[test]
fn json_lines_give_one_article_per_line() {
    let text = "{\"Title\":\"Triển lãm\",\"Description\":\"Ngày 3-4, triển lãm khai mạc.\",\"body\":\"30 tác phẩm.\",\"Time\":\"04/04/2014 01:35\"}\n\
        \n\
        {not json\n\
        [1, 2]\n\
        {\"bai\":\"Hội nghị ngày 5/1/2020.\"}\n";
    let rows = jsonl("crawl.jsonl", text, FIELDS, "jsonl/utf-8");
    assert_eq!(rows.len(), 4);
    let first = ok(&rows[0]);
    assert_eq!(
        first.text,
        "Triển lãm\n\nNgày 3-4, triển lãm khai mạc.\n\n30 tác phẩm."
    );
    assert_eq!(first.published.as_deref(), Some("04/04/2014 01:35"));
    assert_eq!(rows[1].source, "crawl.jsonl#3");
    assert!(
        error(&rows[1]).starts_with("line 3 is not JSON"),
        "{}",
        error(&rows[1])
    );
    assert_eq!(error(&rows[2]), "line 4 is JSON but not an object");
    assert!(
        error(&rows[3]).contains("(its fields: bai)"),
        "{}",
        error(&rows[3])
    );
    let named = Fields {
        text: Some("bai"),
        id: None,
    };
    let rows = jsonl("crawl.jsonl", text, named, "jsonl/utf-8");
    assert_eq!(ok(&rows[3]).text, "Hội nghị ngày 5/1/2020.");
    assert_eq!(rows[3].source, "crawl.jsonl#5");
}

/// One JSON object is one document named as the file; an array gives one
/// per object, named by position.
#[test]
fn json_objects_and_arrays() {
    let one = json(
        "a.json",
        r#"{"content": "Hội nghị."}"#,
        FIELDS,
        "json/utf-8",
    );
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].source, "a.json");
    assert_eq!(ok(&one[0]).text, "Hội nghị.");
    let many = json(
        "b.json",
        r#"[{"text": "Một."}, 5, {"text": "Hai."}]"#,
        FIELDS,
        "json/utf-8",
    );
    let sources: Vec<&str> = many.iter().map(|r| r.source.as_str()).collect();
    assert_eq!(sources, ["b.json#1", "b.json#2", "b.json#3"]);
    assert_eq!(error(&many[1]), "item 2 of the array is not an object");
    assert_eq!(ok(&many[2]).text, "Hai.");
}

/// A file of other data (a gold file) is one error, not one per line.
#[test]
fn a_file_without_articles_is_one_error() {
    let gold = "{\"id\":\"d001\",\"event_date\":null}\n{\"id\":\"d002\",\"event_date\":null}\n";
    let rows = jsonl("gold.jsonl", gold, FIELDS, "jsonl/utf-8");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].source, "gold.jsonl");
    assert!(
        error(&rows[0]).contains("in every record"),
        "{}",
        error(&rows[0])
    );
}

/// A header names columns, one of them an article's; prose is not a header.
#[test]
fn headers_are_sniffed() {
    assert_eq!(sniff_header("title;content;url", None), Some(b';'));
    assert_eq!(sniff_header("title\tbody", None), Some(b'\t'));
    assert_eq!(sniff_header("a,b,noi_dung", None), Some(b','));
    assert_eq!(sniff_header("title,bai_viet", None), None);
    assert_eq!(sniff_header("title,bai_viet", Some("bai_viet")), Some(b','));
    assert_eq!(
        sniff_header(
            "Ngày 24/12/2016, UBND tỉnh tổ chức hội nghị, text mẫu",
            None
        ),
        None
    );
}
