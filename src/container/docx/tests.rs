use super::*;
use crate::testing::docx::{docx, package, report};
use crate::testing::fixtures::{self, SEEDS};

fn text_of(body: &str) -> String {
    read(&docx(body, "", "")).unwrap().text
}

/// Every seed as a DOCX gives the seed's facts, and its text is the
/// seed's, line for line.
#[test]
fn seeds_as_docx_give_the_seeds_facts() {
    for seed in &SEEDS {
        let article = read(&report(seed.text, seed.title, seed.created)).unwrap();
        assert_eq!(
            fixtures::facts(&article.text),
            fixtures::facts(seed.text),
            "{}",
            seed.stem
        );
        let lines = |text: &str| -> Vec<String> {
            text.lines()
                .map(|l| l.trim_end().to_owned())
                .filter(|l| !l.is_empty())
                .collect()
        };
        assert_eq!(lines(&article.text), lines(seed.text), "{}", seed.stem);
        assert_eq!(article.container, "docx");
    }
}

#[test]
fn core_properties_give_title_and_published() {
    let seed = &SEEDS[0];
    let article = read(&report(seed.text, seed.title, seed.created)).unwrap();
    assert_eq!(
        article.title.as_deref(),
        Some("Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016")
    );
    assert_eq!(article.published.as_deref(), Some("2016-12-27T10:00:00Z"));
    // An empty title is none.
    let article = read(&docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>", " ", "2016")).unwrap();
    assert_eq!(article.title, None);
    assert_eq!(article.published.as_deref(), Some("2016"));
}

#[test]
fn paragraphs_breaks_and_tabs_are_lines() {
    let body = r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Ngày 24/12/2016,</w:t></w:r><w:r><w:t xml:space="preserve"> UBND tỉnh</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>Điều 1.</w:t><w:tab/><w:t>Khen thưởng</w:t><w:br/><w:t>Điều 2 &amp; 3</w:t></w:r></w:p>"#;
    assert_eq!(
        text_of(body),
        "Ngày 24/12/2016, UBND tỉnh\n\nĐiều 1.\tKhen thưởng\nĐiều 2 & 3\n"
    );
}

#[test]
fn table_cells_are_lines_and_rows_end_with_a_blank_line() {
    let cell = |t: &str| {
        format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"2000\"/></w:tcPr><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>"
        )
    };
    let body = format!(
        "<w:p><w:r><w:t>Kết quả:</w:t></w:r></w:p><w:tbl><w:tblPr/><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl><w:p><w:r><w:t>Hết.</w:t></w:r></w:p>",
        cell("Sơn La"),
        cell("91,19%"),
        cell("An Giang"),
        cell("85,5%")
    );
    assert_eq!(
        text_of(&body),
        "Kết quả:\n\nSơn La\n91,19%\n\nAn Giang\n85,5%\n\nHết.\n"
    );
}

/// Deleted text, field codes and a text box's fallback copy are not words.
#[test]
fn deleted_text_field_codes_and_fallbacks_are_skipped() {
    let body = r#"<w:p><w:del><w:r><w:delText>cũ </w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>mới</w:t></w:r><mc:AlternateContent><mc:Choice><w:r><w:t xml:space="preserve"> hộp</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t xml:space="preserve"> hộp</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"#;
    assert_eq!(text_of(body), "mới hộp\n");
}

#[test]
fn broken_packages_are_errors() {
    let good = report(SEEDS[0].text, SEEDS[0].title, SEEDS[0].created);
    for broken in [
        &good[..good.len() / 2],
        &good[..40],
        b"PK\x03\x04 not a zip".as_slice(),
    ] {
        let error = read(broken).unwrap_err();
        assert!(
            matches!(error, Error::Format { format: "docx", .. }),
            "{error:?}"
        );
    }
    let no_body = package(&[("docProps/core.xml", "<x/>")]);
    assert_eq!(
        read(&no_body).unwrap_err().to_string(),
        "the DOCX archive has no word/document.xml"
    );
    let bad_xml = package(&[(
        "word/document.xml",
        "<w:document><w:body><w:p><w:t>a</w:r></w:p>",
    )]);
    assert!(
        read(&bad_xml)
            .unwrap_err()
            .to_string()
            .contains("not well-formed XML")
    );
}

#[test]
fn detection() {
    let good = report("Hội nghị", "", "");
    assert!(is_docx(&good));
    assert!(!is_docx(&package(&[("content.xml", "<x/>")])));
    assert!(!is_docx(b"word/document.xml"));
    let doc = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/report.doc"
    ))
    .unwrap();
    assert!(is_word97(&doc));
    assert!(!is_word97(&good));
    let Error::Format { format, reason } = word97_error() else {
        panic!()
    };
    assert_eq!(format, "doc");
    assert!(
        reason.contains("Word 97-2003")
            && reason.contains("libreoffice --headless --convert-to docx")
    );
}
