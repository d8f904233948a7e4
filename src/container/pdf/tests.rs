use super::*;
use crate::testing::fixtures::{self, SEEDS};
use crate::testing::pdf::{self as make, Info};

const NO_INFO: Info = Info {
    title: None,
    created: None,
};

fn text_of(content: &str) -> String {
    read(&make::page(content), Encoding::Auto).unwrap().text
}

/// Every seed as a PDF gives the seed's facts, and its lines.
#[test]
fn seeds_as_pdf_give_the_seeds_facts() {
    for seed in &SEEDS {
        let info = Info {
            title: Some(seed.title),
            created: Some(seed.pdf_created),
        };
        let article = read(&make::unicode(seed.text, &info), Encoding::Auto).unwrap();
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
        assert_eq!(article.container, "pdf");
    }
}

#[test]
fn info_gives_title_and_published() {
    let seed = &SEEDS[0];
    let info = Info {
        title: Some(seed.title),
        created: Some(seed.pdf_created),
    };
    let article = read(&make::unicode(seed.text, &info), Encoding::Auto).unwrap();
    assert_eq!(
        article.title.as_deref(),
        Some("Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016")
    );
    assert_eq!(
        article.published.as_deref(),
        Some("2016-12-27T17:00:00+07:00")
    );
}

#[test]
fn pages_are_separated_by_a_blank_line() {
    // 48 lines fill a page: the 49th starts the second.
    let text: String = (1..=49).map(|i| format!("Dòng {i}\n")).collect();
    let article = read(&make::unicode(&text, &NO_INFO), Encoding::Auto).unwrap();
    assert!(
        article.text.contains("Dòng 47\nDòng 48\n\nDòng 49\n"),
        "{}",
        article.text
    );
    assert!(article.text.starts_with("Dòng 1\nDòng 2\n"));
}

#[test]
fn tcvn3_font_reads_as_vietnamese() {
    let seed = &SEEDS[0];
    let info = Info {
        title: Some(seed.title),
        created: None,
    };
    let bytes = make::tcvn3(seed.text, &info);
    let article = read(&bytes, Encoding::Auto).unwrap();
    assert!(
        article
            .text
            .contains("Hội nghị tổng kết công tác cải cách hành chính")
    );
    assert_eq!(fixtures::facts(&article.text), fixtures::facts(seed.text));
    // Read by the font's own (WinAnsi) table, the codes are Latin-1 garbage.
    let raw = read(&bytes, Encoding::Windows1252).unwrap();
    assert!(
        raw.text.contains("Héi nghÞ tæng kÕt"),
        "{}",
        &raw.text[..200]
    );
}

/// A TCVN3 font whose name does not say so is found by the decoder's
/// detection; an explicit encoding forces a reading.
#[test]
fn tcvn3_codes_in_an_unnamed_font_are_detected() {
    let text =
        "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết công tác cải cách hành chính.";
    let bytes = make::tcvn3_in("TimesNewRoman", text, &NO_INFO);
    assert_eq!(
        read(&bytes, Encoding::Auto).unwrap().text,
        format!("{text}\n")
    );
    assert_eq!(
        read(&bytes, Encoding::Tcvn3).unwrap().text,
        format!("{text}\n")
    );
    assert_ne!(
        read(&bytes, Encoding::Vni).unwrap().text,
        format!("{text}\n")
    );
}

#[test]
fn a_scanned_pdf_says_to_run_ocr() {
    let error = read(&make::scanned(&NO_INFO), Encoding::Auto).unwrap_err();
    let Error::Format { format, reason } = error else {
        panic!("{error:?}")
    };
    assert_eq!(format, "pdf");
    assert_eq!(
        reason,
        "the PDF has no text layer (a scanned image?): run OCR first, e.g. ocrmypdf -l vie IN.pdf OUT.pdf"
    );
}

#[test]
fn a_pdf_showing_nothing_is_an_error() {
    let error = read(&make::page("q 1 0 0 RG 0 0 m 9 9 l S Q"), Encoding::Auto).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the PDF shows no text and no image: it is empty, or truncated or damaged"
    );
}

#[test]
fn broken_pdfs_are_errors_not_panics() {
    let good = make::unicode(SEEDS[0].text, &NO_INFO);
    for broken in [
        &good[..good.len() / 2],
        &good[..good.len() - 30],
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".as_slice(),
        b"%PDF-".as_slice(),
    ] {
        match read(broken, Encoding::Auto) {
            Err(Error::Format { format: "pdf", .. }) => {}
            // A reader may recover a truncated file's text; then it is text.
            Ok(article) => assert!(article.text.contains("Hội nghị")),
            Err(other) => panic!("{other:?}"),
        }
    }
}

/// Paths, colours and clipping are not text, even uncompressed.
#[test]
fn drawing_commands_are_not_text() {
    let content = "1 0 0 RG 0.5 w 10 10 m 200 200 l S q 0 0 1 rg 10 10 100 50 re f Q \
                   BT /F1 12 Tf 72 700 Td (Ngay 24/12/2016) Tj ET 0 0 m 5 5 l h W n";
    assert_eq!(text_of(content), "Ngay 24/12/2016\n");
}

#[test]
fn positions_make_spaces_and_lines() {
    // TJ kerning of a word gap makes a space; small kerning does not.
    assert_eq!(
        text_of("BT /F1 10 Tf 72 700 Td [(UBND) -300 (t) 20 (inh)] TJ ET"),
        "UBND tinh\n"
    );
    // A new baseline a line below is a new line; two lines below, a paragraph.
    assert_eq!(
        text_of("BT /F1 10 Tf 72 700 Td (Mot) Tj 0 -12 Td (Hai) Tj 0 -30 Td (Ba) Tj ET"),
        "Mot\nHai\n\nBa\n"
    );
    // Runs on one baseline: a gap is a space, none is none.
    assert_eq!(
        text_of("BT /F1 10 Tf 1 0 0 1 72 700 Tm (Chu) Tj 1 0 0 1 100 700 Tm (tich) Tj (h) Tj ET"),
        "Chu tichh\n"
    );
    // T* and ' move down by the leading.
    assert_eq!(
        text_of("BT /F1 10 Tf 12 TL 72 700 Td (A) Tj T* (B) Tj (C) ' ET"),
        "A\nB\nC\n"
    );
}

#[test]
fn pdf_dates_as_iso() {
    for (raw, iso) in [
        ("D:20161224093000+07'00'", Some("2016-12-24T09:30:00+07:00")),
        ("D:20161224093000Z", Some("2016-12-24T09:30:00Z")),
        ("D:20161224093000-05'30", Some("2016-12-24T09:30:00-05:30")),
        ("D:201612240930", Some("2016-12-24T09:30")),
        ("D:2016122409", Some("2016-12-24")),
        ("D:20161224", Some("2016-12-24")),
        ("D:201612", Some("2016-12")),
        ("20161224", Some("2016-12-24")),
        ("D:16", None),
        ("", None),
    ] {
        assert_eq!(iso_date(raw).as_deref(), iso, "{raw}");
    }
}

#[test]
fn detection() {
    assert!(is_pdf(b"%PDF-1.4\n"));
    assert!(is_pdf(
        &[b"\xEF\xBB\xBF junk\n".as_slice(), b"%PDF-1.7"].concat()
    ));
    let mut late = vec![b' '; 1024];
    late.extend_from_slice(b"%PDF-1.7");
    assert!(!is_pdf(&late));
    assert!(!is_pdf(b"PDF-1.7"));
}
