//! A provincial portal's page template around a report, as such pages are
//! saved: a masthead with a menu, a breadcrumb, a sidebar of headlines
//! with percentages and progress bars (`style="width: 100%"`), a footer
//! naming another province's office, scripts and styles, and the article's
//! text with character references (`&acirc;`, `&#7871;`) and inline markup
//! inside words' sentences.
//!
//! `fixtures/html/` holds the five seeds in it; a test in the HTML
//! container checks they equal [`page`] and, run with
//! `VNEXTRACT_WRITE_FIXTURES=1`, writes them.

use super::seeds;

/// The seeds by the stems of their fixture files.
pub const SEEDS: [(&str, &str); 5] = [
    ("000_son_la_cchc_2016", seeds::SON_LA_2016),
    ("001_bac_kan_cchc_2017", seeds::BAC_KAN_2017),
    ("002_cchc_index_2015", seeds::CCHC_INDEX_2015),
    ("003_an_giang_cchc_2015", seeds::AN_GIANG_2015),
    ("004_son_la_sipas_2022", seeds::SON_LA_SIPAS_2022),
];

const HEAD: &str = r##"<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TITLE - Cổng thông tin điện tử tỉnh Lai Châu</title>
<link rel="stylesheet" href="/css/portal.css">
<style>
.progress-bar { width: 100%; } .col-50 { width: 50%; }
</style>
<script>
var banner = '<div style="width: 100%">Chúc mừng năm mới 2024</div>';
document.write('<script src="/js/stats.js?p=75%"></' + "script>");
</script>
</head>
<body>
<div id="wrapper">
<header class="site-header">
<div class="logo"><a href="/"><img src="/logo.png" alt="UBND tỉnh Lai Châu"></a></div>
<h1 class="site-name">Cổng thông tin điện tử tỉnh Lai Châu</h1>
<nav id="main-nav">
<ul class="menu">
<li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu">Giới thiệu</a><ul><li><a href="/lich-su">Lịch sử tỉnh Lai Châu</a></li></ul></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
<li><a href="/cchc">Cải cách hành chính</a></li>
</ul>
</nav>
</header>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc">Tin tức</a> &raquo; Hoạt động của UBND tỉnh</div>
<div class="row">
<div class="col-md-8">
<div class="news-detail">
<div class="news-content">
"##;

const TAIL: &str = r##"</div>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">In bài</a> <span class="like" style="width: 100%">Thích 100%</span></div>
<div class="comment-box"><form action="/binh-luan"><textarea name="noi_dung">Ý kiến của bạn</textarea><button>Gửi ý kiến</button></form></div>
<div class="related-news"><h3>Tin liên quan</h3><ul>
<li><a href="/tin/1">Ngày 05/3/2021, Chủ tịch UBND tỉnh Lai Châu Trần Tiến Dũng chủ trì hội nghị giao ban</a></li>
<li><a href="/tin/2">Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2% trong quý I/2021</a></li>
</ul></div>
</div>
</div>
<aside class="col-md-4 sidebar">
<div class="widget"><h3>Tin mới</h3><ul>
<li><a href="/tin/3">Hà Giang: tỷ lệ giải ngân vốn đầu tư công đạt 87%</a></li>
<li><a href="/tin/4">Ngày 20/10/2022 khai mạc Hội chợ thương mại Điện Biên</a></li>
</ul></div>
<div class="widget poll"><h3>Thăm dò ý kiến</h3>
<div class="progress"><div class="progress-bar" style="width: 100%">Hài lòng 100%</div></div>
<div class="progress"><div class="progress-bar" style="width: 64%">Rất hài lòng 64%</div></div>
</div>
<div class="banner-right"><a href="/bau-cu"><img src="/bau-cu.jpg" alt="Bầu cử 2021"></a></div>
</aside>
</div>
<footer id="footer">
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lai Châu. Chịu trách nhiệm chính: Chủ tịch UBND tỉnh Lê Văn Lương.</p>
<p>Địa chỉ: Tầng 5, khu hành chính tỉnh Lai Châu. Điện thoại: 0213.3876.543. Bản quyền &copy; 2017</p>
</footer>
</div>
<script>window.dataLayer = window.dataLayer || []; gtag('config', 'UA-1234', {'sample_rate': '100%'});</script>
</body>
</html>
"##;

/// `report` as the body of an article page in the portal's template: its
/// blank-line-separated blocks become paragraphs, their lines joined by
/// `<br>`; its headline (the title the plain text gives) is the page's
/// `<title>`.
pub fn page(report: &str) -> String {
    let headline = crate::extract::title::find_title(report).unwrap_or_default();
    let mut html = HEAD.replace("TITLE", &escape(&headline));
    for block in report.split("\n\n") {
        let lines: Vec<_> = block
            .lines()
            .filter(|line| !line.trim().is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        let lines: Vec<_> = lines.iter().map(|line| markup(line)).collect();
        html.push_str("<p>");
        html.push_str(&lines.join("<br>\n"));
        html.push_str("</p>\n");
    }
    html.push_str(TAIL);
    html
}

/// A line as a portal's editor saves it: special characters escaped, "â"
/// and "ế" as character references, "Hội nghị" in bold with its last letter
/// in italics (an inline element inside a word).
fn markup(line: &str) -> String {
    escape(line)
        .replace('â', "&acirc;")
        .replace('ế', "&#7871;")
        .replace("Hội nghị", "<strong>Hội</strong> ngh<em>ị</em>")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
