//! The HTML container's tests: the seeds in a portal's template, decoding,
//! sniffing, metadata and the text's shape. Values were read off the pages.

use super::*;
use crate::Extractor;
use crate::testing::{portal, seeds};

fn text_of(html: &str) -> String {
    article_from_str(html).text
}

/// The facts the brief's comparison looks at, without offsets.
fn facts(text: &str) -> String {
    let r = Extractor::default().extract(text);
    let chairs: Vec<_> = r
        .chairpersons
        .iter()
        .map(|c| (&c.name, &c.titles, &c.bodies, c.presided, c.mentions))
        .collect();
    let awards: Vec<_> = r
        .awards
        .iter()
        .map(|a| (&a.award, a.collectives, a.individuals, a.count, &a.giver))
        .collect();
    let percentages: Vec<_> = r.percentages.iter().map(|p| p.value).collect();
    let dates: Vec<_> = r.dates.iter().map(|d| &d.value).collect();
    format!(
        "event_date {:?}\nprovince {:?}\nchairpersons {chairs:?}\npresiding {:?}\n\
         percentages {percentages:?}\nawards {awards:?}\ndates {dates:?}",
        r.event_date,
        r.province.as_ref().map(|p| &p.province.name),
        r.presiding,
    )
}

#[test]
fn every_seed_in_the_portal_gives_the_seeds_facts() {
    for (name, seed) in portal::SEEDS {
        let page = portal::page(seed);
        let article = read(page.as_bytes(), Encoding::Auto).unwrap();
        assert_eq!(article.container, "html/utf-8");
        assert_eq!(facts(&article.text), facts(seed), "{name}");
        for chrome in [
            "width",
            "Lai Châu",
            "Trang chủ",
            "Tin liên quan",
            "Ý kiến",
            "Hài lòng",
        ] {
            assert!(
                !article.text.contains(chrome),
                "{name}: {chrome:?} in the text"
            );
        }
    }
}

#[test]
fn the_portal_pages_read_as_their_seeds_lines() {
    let article = read(portal::page(seeds::SON_LA_2016).as_bytes(), Encoding::Auto).unwrap();
    let lines: Vec<_> = article.text.lines().take(5).collect();
    assert_eq!(
        lines,
        [
            "Tin chính trị",
            "",
            "Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016",
            "Tue, 27/12/2016 17:00 | GMT +7",
            "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết công tác cải cách hành \
             chính và công tác nội vụ năm 2016, triển khai nhiệm vụ năm 2017, đồng chí Cầm \
             Ngọc Minh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị. Tham dự Hội \
             nghị có đại diện lãnh đạo các sở, ban, ngành của tỉnh và UBND các huyện, thành phố.",
        ]
    );
    assert_eq!(
        article.title.as_deref(),
        Some("Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016")
    );
}

/// The committed pages are the helper's: run with
/// `VNEXTRACT_WRITE_FIXTURES=1` to write them after changing the template.
#[test]
fn the_html_fixtures_are_the_portal_template_s() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/html");
    let write = std::env::var_os("VNEXTRACT_WRITE_FIXTURES").is_some();
    for (name, seed) in portal::SEEDS {
        let path = format!("{dir}/{name}.html");
        if write {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(&path, portal::page(seed)).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap();
        assert!(
            committed == portal::page(seed),
            "{path} differs from portal::page"
        );
    }
}

/// "Ngày 24/12/2016, Chủ tịch UBND tỉnh Sơn La Cầm Ngọc Minh chủ trì Hội
/// nghị tổng kết, tỷ lệ hài lòng đạt 98,5%." in Windows-1258, tones as
/// combining bytes (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot).
const WINDOWS_1258: &[u8] = b"Nga\xCCy 24/12/2016, Chu\xD2 ti\xF2ch UBND ti\xD2nh S\xF5n La \
    C\xE2\xCCm Ngo\xF2c Minh chu\xD2 tri\xCC H\xF4\xF2i nghi\xF2 t\xF4\xD2ng k\xEA\xECt, \
    ty\xD2 l\xEA\xF2 ha\xCCi lo\xCCng \xF0a\xF2t 98,5%.";

fn windows_1258_page(meta: &str) -> Vec<u8> {
    let mut page = format!("<html><head>{meta}</head><body><article><p>").into_bytes();
    page.extend_from_slice(WINDOWS_1258);
    page.extend_from_slice(b"</p></article></body></html>");
    page
}

#[test]
fn a_windows_1258_page_reads_by_its_declared_charset() {
    let page = windows_1258_page("<meta charset=\"windows-1258\">");
    let article = read(&page, Encoding::Auto).unwrap();
    assert_eq!(article.container, "html/windows-1258");
    assert_eq!(
        article.text,
        "Ngày 24/12/2016, Chủ tịch UBND tỉnh Sơn La Cầm Ngọc Minh chủ trì Hội nghị tổng kết, \
         tỷ lệ hài lòng đạt 98,5%."
    );
    let record = Extractor::default().extract(&article.text);
    assert_eq!(record.event_date.as_deref(), Some("2016-12-24"));
    assert_eq!(record.province.unwrap().province.name, "Sơn La");
    assert_eq!(record.presiding.as_deref(), Some("Cầm Ngọc Minh"));
    // Declared in http-equiv's Content-Type, the same.
    let page = windows_1258_page(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">",
    );
    assert_eq!(read(&page, Encoding::Auto).unwrap().text, article.text);
}

#[test]
fn without_a_declaration_detection_reads_the_page() {
    let page = windows_1258_page("<title>x</title>");
    let article = read(&page, Encoding::Auto).unwrap();
    assert_eq!(article.container, "html/windows-1258");
    assert!(
        article
            .text
            .starts_with("Ngày 24/12/2016, Chủ tịch UBND tỉnh Sơn La")
    );
}

#[test]
fn a_wrong_declaration_gives_way_to_detection() {
    let page = windows_1258_page("<meta charset=\"utf-8\">");
    let article = read(&page, Encoding::Auto).unwrap();
    assert_eq!(article.container, "html/windows-1258");
    assert!(article.text.contains("Cầm Ngọc Minh"));
}

#[test]
fn an_explicit_encoding_wins_over_the_declaration() {
    let page = "<meta charset=\"windows-1258\"><p>Chủ tịch UBND tỉnh</p>";
    let article = read(page.as_bytes(), Encoding::Utf8).unwrap();
    assert_eq!(article.container, "html/utf-8");
    assert_eq!(article.text, "Chủ tịch UBND tỉnh");
}

#[test]
fn unreadable_and_empty_pages_are_format_errors() {
    let binary = b"<html>\0\0\0\x01\x02</html>";
    let Err(Error::Format { format, reason }) = read(binary, Encoding::Auto) else {
        panic!("binary data read as a page");
    };
    assert_eq!(format, "html");
    assert!(reason.contains("binary"), "{reason}");
    let empty = "<html><head><title>x</title><script>var a = 1;</script></head><body>\
        <nav><a href=\"/\">Trang chủ</a></nav></body></html>";
    let Err(Error::Format { reason, .. }) = read(empty.as_bytes(), Encoding::Auto) else {
        panic!("a page without text read as an article");
    };
    assert!(reason.contains("no text"), "{reason}");
}

#[test]
fn article_from_str_is_the_html_container() {
    let article = article_from_str("<p>Ngày 24/12/2016, UBND tỉnh Sơn La đã tổ chức</p>");
    assert_eq!(article.container, "html");
    assert_eq!(article.text, "Ngày 24/12/2016, UBND tỉnh Sơn La đã tổ chức");
}

#[test]
fn sniffing_says_html_for_pages() {
    let pages: [&[u8]; 7] = [
        b"<!DOCTYPE html><html><body>x</body></html>",
        b"\xEF\xBB\xBF\r\n  <!doctype HTML>",
        b"<HTML><HEAD><TITLE>x</TITLE>",
        b"<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">",
        b"<!-- saved from url=(0042)http://sonla.gov.vn -->\n<html>",
        // A PHP page's fragment saved as .txt: no doctype, mostly tags.
        b"<div class=\"news\"><h1>Tin</h1><p>Ng\xC3\xA0y 24/12</p><p><b>UBND</b></p>\
          <table><tr><td>1</td><td>95%</td></tr></table><br></div>",
        b"\n\n<div id=\"content\">\n<p>a</p><p>b</p><p>c</p><span>d</span><a href=\"/\">e</a>\
          <ul><li>f</li></ul></div>",
    ];
    for page in pages {
        assert!(looks_like_html(page), "{}", String::from_utf8_lossy(page));
    }
}

#[test]
fn sniffing_says_not_html_for_text_json_and_csv() {
    let texts: [&[u8]; 6] = [
        "Ngày 24/12/2016, UBND tỉnh Sơn La: tỷ lệ < 50% và > 30%.".as_bytes(),
        b"Xem <b>chi ti\xE1\xBA\xBFt</b> t\xE1\xBA\xA1i \xC4\x91\xC3\xA2y, <a href=x>link</a>.",
        b"{\"Content\": \"<p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><div>f</div><div>g</div><br>\"}",
        b"[{\"body\": \"<div><p>1</p><p>2</p><p>3</p><p>4</p><p>5</p><p>6</p><p>7</p></div>\"}]",
        b"crawled_time|published_time|title|content\n2025|2025|T|<p>Chi\xE1\xBB\x81u 28/6</p>",
        b"",
    ];
    for text in texts {
        assert!(!looks_like_html(text), "{}", String::from_utf8_lossy(text));
    }
    for seed in seeds::ALL {
        assert!(!looks_like_html(seed.as_bytes()));
    }
}

#[test]
fn the_title_comes_from_og_title_then_h1_then_title() {
    let cases = [
        (
            "<title>Tiêu đề trang - Sở Nội vụ</title><meta property=\"og:title\" \
             content=\"Hội nghị tổng kết năm 2016 &amp; triển khai\"><h1>Khác</h1>",
            "Hội nghị tổng kết năm 2016 & triển khai",
        ),
        (
            "<title>Trang tin - Sở Nội vụ</title><div class=\"news\"><h1> Hội nghị \
             <b>trực tuyến</b></h1><p>Sáng ngày 22/01/2016, tại Sở Nội vụ diễn ra hội nghị.</p></div>",
            "Hội nghị trực tuyến",
        ),
        (
            "<title>Trang tin - Sở Nội vụ</title><table><tr><td><p class=\"Title\">Công an \
             huyện tổng kết</p></td></tr><tr><td><div><p>Năm 2018 lực lượng Công an huyện đã \
             thực hiện tốt công tác.</p></div></td></tr></table>",
            "Công an huyện tổng kết",
        ),
        (
            "<title>Hội nghị tổng kết công tác cải cách hành chính | Sở Nội vụ | Sơn La</title>",
            "Hội nghị tổng kết công tác cải cách hành chính",
        ),
        (
            "<title>Trang chủ - Website Thanh tra tỉnh ĐắkNông</title>",
            "Trang chủ - Website Thanh tra tỉnh ĐắkNông",
        ),
    ];
    for (page, want) in cases {
        assert_eq!(
            article_from_str(page).title.as_deref(),
            Some(want),
            "{page}"
        );
    }
}

#[test]
fn published_comes_from_each_metadata_source() {
    let cases = [
        (
            "<meta property=\"article:published_time\" content=\"2025-06-28T23:01:00+07:00\">\
             <meta name=\"pubdate\" content=\"2025-06-27\">",
            "2025-06-28T23:01:00+07:00",
        ),
        (
            "<p>Đăng ngày <time datetime=\"2016-12-27T17:00\">27/12/2016</time></p>",
            "2016-12-27T17:00",
        ),
        (
            "<meta name=\"pubdate\" content=\"03/04/2014 15:30\">",
            "03/04/2014 15:30",
        ),
        (
            "<meta name=\"publishdate\" content=\"2014-04-03\">",
            "2014-04-03",
        ),
        ("<meta name=\"date\" content=\"2014-04-04\">", "2014-04-04"),
        (
            "<meta itemprop=\"datePublished\" content=\"2022-01-12\">",
            "2022-01-12",
        ),
        (
            "<span itemprop=\"datePublished\" content=\"2023-01-12T08:00:00\">12/1/2023</span>",
            "2023-01-12T08:00:00",
        ),
    ];
    for (page, want) in cases {
        assert_eq!(
            article_from_str(page).published.as_deref(),
            Some(want),
            "{page}"
        );
    }
    let nothing = article_from_str("<p>Ngày 24/12/2016</p>");
    assert_eq!(nothing.published, None);
}

#[test]
fn a_time_in_a_sidebar_does_not_date_the_article() {
    let page = "<aside class=\"sidebar\"><time datetime=\"2020-01-01\">1/1</time></aside>\
        <div class=\"detail\"><time datetime=\"2016-12-27\">27/12</time><p>Ngày 24/12/2016, \
        UBND tỉnh đã tổ chức Hội nghị tổng kết.</p></div>";
    assert_eq!(
        article_from_str(page).published.as_deref(),
        Some("2016-12-27")
    );
}

#[test]
fn blocks_break_lines_and_inline_elements_break_nothing() {
    let page = "<body><div class=\"content\"><h2>Tiêu  đề</h2><p>Chi<b>&#7871;</b>n \
        s&#297;\n  thi&nbsp;đua</p><div>dòng một<br>dòng hai</div><ul><li>một<li>hai</ul>\
        <table><tr><td>Tỷ lệ<td>95%<tr><td>Số xã<td>9</table><p>Hội nghị, tổng kết, năm \
        2016, triển khai nhiệm vụ năm 2017.</p></div></body>";
    assert_eq!(
        text_of(page),
        "Tiêu đề\n\nChiến sĩ thi đua\n\ndòng một\ndòng hai\n\nmột\nhai\n\nTỷ lệ\n95%\nSố xã\n9\
         \n\nHội nghị, tổng kết, năm 2016, triển khai nhiệm vụ năm 2017."
    );
}

#[test]
fn chrome_goes_and_the_article_stays() {
    let page = "<body><div id=\"mainmenu\"><a href=\"/\">Trang chủ</a></div>\
        <div class=\"col-left\"><div class=\"tin-lien-quan\">Các tin khác, 100%, ngày 1/1/2020</div>\
        <div class=\"news-list\"><a href=\"/1\">Tin một về hội nghị, tổng kết, năm 2015, dài</a>\
        <a href=\"/2\">Tin hai về hội nghị, tổng kết, năm 2014, dài</a></div></div>\
        <div class=\"detail\"><p>Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết.</p>\
        <p>Tham dự Hội nghị có đại diện lãnh đạo các sở, ban, ngành của tỉnh.</p>\
        <div style=\"display: none\">Ẩn đi, 50%</div></div>\
        <footer><p>Bản quyền thuộc UBND tỉnh Lai Châu, năm 2017.</p></footer></body>";
    assert_eq!(
        text_of(page),
        "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết.\n\n\
         Tham dự Hội nghị có đại diện lãnh đạo các sở, ban, ngành của tỉnh."
    );
}

#[test]
fn a_page_without_paragraphs_is_its_body_minus_chrome() {
    let page = "<nav>Trang chủ</nav><div>Ngày 24/12</div><div>UBND tỉnh</div>";
    assert_eq!(text_of(page), "Ngày 24/12\nUBND tỉnh");
}

#[test]
fn a_form_around_the_page_stays_and_a_search_form_goes() {
    let page = "<form id=\"aspnetForm\"><div><form><p>Tìm kiếm</p></form>\
        <p>Năm 2018 lực lượng Công an huyện đã thực hiện tốt công tác.</p></div></form>";
    assert_eq!(
        text_of(page),
        "Năm 2018 lực lượng Công an huyện đã thực hiện tốt công tác."
    );
}

#[test]
fn script_contents_that_look_like_tags_stay_script() {
    let page = "<script>document.write('<script src=x></' + \"script>\"); var p = '<p>';</script>\
        <p>Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết.</p>";
    assert_eq!(
        text_of(page),
        "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết."
    );
}

#[test]
fn references_are_decoded_once() {
    assert_eq!(
        text_of("<p>TN&amp;MT &amp;lt;b&amp;gt;</p>"),
        "TN&MT &lt;b&gt;"
    );
}
