//! Percentages, with what they measure and how sure the text is.
//!
//! A percentage is a figure found by `extract/figure/`, the base
//! it shares with ratios and scores, which also reads its qualifier and the
//! noun phrase before it; the rest of its context is read here. The rules
//! of all three are below, beside the examples that check them.
//!
//! # Rules
//!
//! A percentage is a number read by [`crate::extract::number`] followed by "%"
//! (spaces allowed: "95,83 %") or "phần trăm"; number words too before
//! "phần trăm" ("năm mươi phần trăm"), but not the tail of a longer numeral
//! ("hai trăm ba phần trăm" gives nothing). A range "8,5-9%", "80 - 90%",
//! "từ 15 đến 20%" gives both bounds, as two facts with one qualifier and
//! context: the lower bound's `text` is the whole range, the upper bound's
//! its last number and the mark ("9%"); a "range" whose second number is not
//! the larger gives its first number only. Not facts: a number glued to a
//! word ("A5%", "Sáu phần trămx"), markup left in the page (`width='100%'`,
//! `width:100%`, and anything inside a tag: `<select style="width: 100%">`)
//! and a leading front-matter block (`---` … `---`), whose title the body
//! restates.
//!
//! `qualifier` comes from the words just before the number in its clause
//! (the run of qualifier words, numbers and years right before it, at most
//! 12 words, so "cao hơn 2021 là 1,25%" counts) and from "trở lên"/"trở
//! xuống" right after:
//! - `increase`: tăng, cao hơn, nhiều hơn; `decrease`: giảm, thấp hơn, ít hơn;
//! - `above`: trên (not "nói trên"), hơn, vượt, "từ … trở lên", "… trở lên";
//! - `below`: dưới, chưa đến/chưa tới, không quá, "… trở xuống";
//! - `approximate`: gần, khoảng, xấp xỉ, ước, chừng, "trên dưới";
//! - `reached`: đạt, bằng.
//!
//! When several apply, a change wins over a bound, a bound over approximate,
//! and all of them over reached: "đạt trên 99%" is `above`, "ước tăng 5,29%" is
//! `increase`, "đạt gần 95%" is `approximate`. Words such as "là", "chiếm",
//! "với", "tỷ lệ" belong to the run but say nothing ("chiếm 79,40%" → null).
//!
//! `context` (what is measured), tried in order:
//! 1. the clause before the number, without the qualifier run, leading
//!    connectors ("và", "trong đó", "chiếm") and times ("năm 2022", "đến năm
//!    2025", "đến nay"), and anything up to a last "có"/"hoàn thành" ("20/20
//!    sở, ngành có chỉ số SIPAS đạt …" → "chỉ số SIPAS"), at most 14 words.
//!    When another percentage comes earlier in the same clause, only the words
//!    after it (and after a last "và") are read: "2,5-3 lít là 20% và trên 3
//!    lít là 25%" → "trên 3 lít";
//! 2. else (and first after "đối với": "… đối với 100% cơ quan quản lý hành
//!    chính") the noun phrase after the "%" up to the clause end or a verb,
//!    at most 14 words ("100% danh mục TTHC …", "đạt 89,5% mục tiêu đầu nhiệm
//!    kỳ");
//! 3. else, for a change in parentheses right after another percentage
//!    ("95,83% (cao hơn 2021 là 1,25%)") or a figure after another in the same
//!    clause ("tăng 6,5% so tháng trước và tăng 9,3% so cùng kỳ"), that
//!    percentage's context;
//! 4. else the previous clause of the same sentence (stepping over a
//!    parenthesis), read as in 1 ("50/53 đầu công việc, đạt 94,3%" → "50/53
//!    đầu công việc").
//!
//! Page chrome: the normalizer drops chrome lines; what is left of markup is
//! refused as above. Counters and phone numbers carry no "%", so they never
//! match.
//!
//! Cost: each figure reads a bounded number of words around it (the run, the
//! noun phrases), and the clause marks and tags around the figures are
//! scanned once, forward (the clause cursors of `text/clause.rs`,
//! the figure scan's tag cursor), so a text of figures in a row ("95% 95%
//! …") costs in proportion to its length.

use serde::Serialize;

use crate::extract::figure::{
    Figure, LIST_CONTINUATION, figures, noun_phrase_before, qualifier, run_start_in_clause,
};
use crate::text::case::lower;
use crate::text::clause::{EndCursor, StartCursor, clause_end, clause_start};
use crate::text::words::{trimmed, words_iter};

/// One percentage in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Percentage {
    /// The figure as written, a range whole for its first bound ("8,5-
    /// 9%"): "94,3%".
    pub text: String,
    /// The number, with a dot: 94.3 for "94,3%".
    pub value: f64,
    /// approximate, above, below, reached, increase, decrease, or null.
    pub qualifier: Option<String>,
    /// The words that say what is measured, trimmed to the clause.
    pub context: Option<String>,
    /// Where `text` starts: a character offset into the normalized text
    /// (a byte offset until the record is built).
    pub start: usize,
    /// Where `text` ends, as `start`.
    pub end: usize,
}

/// Every percentage in `text`, in text order.
pub fn find_percentages(text: &str) -> Vec<Percentage> {
    find_percentages_at(text, &figures(text))
}

/// The percentages of `text` at its `figures` (as [`figures`] gives them):
/// the ratio reader needs the same figures, so they are found once.
///
/// At most [`MAX_FACTS`](crate::extract::MAX_FACTS) + 1: a record keeps
/// that many and says it was cut, so the qualifier and context of the rest
/// (most of the cost of a document made of percentages) are never built.
pub(crate) fn find_percentages_at(text: &str, figures: &[Figure]) -> Vec<Percentage> {
    let figures = &figures[..figures.len().min(crate::extract::MAX_FACTS + 1)];
    let mut out: Vec<Percentage> = Vec::with_capacity(figures.len());
    // The figures come in text order: the clause marks around them are
    // scanned once, forward, however many figures a clause holds.
    let mut bounds = Bounds {
        clauses: StartCursor::clauses(),
        sentences: StartCursor::sentences(),
        ends: EndCursor::clauses(),
    };
    for &(start, end, value) in figures {
        // The upper bound of a range lies inside the range's text, which the
        // lower bound holds: it measures the same thing, as sure.
        if let Some(range) = out.last().filter(|p| start < p.end) {
            let (qualifier, context) = (range.qualifier.clone(), range.context.clone());
            out.push(Percentage {
                text: text[start..end].to_string(),
                value,
                qualifier,
                context,
                start,
                end,
            });
            continue;
        }
        // The clause start is found once for the run and the context.
        let clause = bounds.clauses.start(text, start);
        let cut = run_start_in_clause(text, clause, start);
        let qualifier = qualifier(text, cut, start, end);
        let context = context(text, &mut bounds, clause, cut, start, end, out.last());
        out.push(Percentage {
            text: text[start..end].to_string(),
            value,
            qualifier: qualifier.map(str::to_string),
            context,
            start,
            end,
        });
    }
    out
}

/// The clause and sentence bounds of figures met in text order.
struct Bounds {
    clauses: StartCursor,
    sentences: StartCursor,
    ends: EndCursor,
}

/// What the figure at `start..end` measures (rules in the module doc).
/// `clause` is where the clause holding the figure starts.
fn context(
    text: &str,
    bounds: &mut Bounds,
    clause: usize,
    cut: usize,
    start: usize,
    end: usize,
    previous: Option<&Percentage>,
) -> Option<String> {
    // A percentage earlier in the same clause ("tăng 6,5% so tháng trước và
    // tăng 9,3%"): read only what follows it.
    let same_clause = previous.filter(|p| p.end > clause && p.end <= start);
    let from = same_clause.map_or(clause, |p| p.end);
    // "… đối với 100% cơ quan quản lý hành chính": the set measured follows.
    // Only "đ"/"Đ" lower-case to "đ": most runs are not lower-cased at all.
    let run = &text[cut..start];
    let clause_end = bounds.ends.end(text, end);
    if run.starts_with(['đ', 'Đ'])
        && lower(run).starts_with("đối với")
        && let Some(c) = noun_phrase_after(text, end, clause_end)
    {
        return Some(c);
    }
    if let Some(c) = noun_phrase_before(text, from, cut.max(from), same_clause.is_some()) {
        return Some(c);
    }
    if let Some(c) = noun_phrase_after(text, end, clause_end) {
        return Some(c);
    }
    if let Some(prev) = previous {
        let opens_parenthesis = prev.end <= from && text[prev.end..from].trim() == "(";
        if (opens_parenthesis || same_clause.is_some()) && prev.context.is_some() {
            return prev.context.clone();
        }
    }
    // The previous clause of the same sentence.
    let sentence = bounds.sentences.start(text, start);
    if from > sentence {
        let mut prev_end = text[..from]
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '(')
            .len();
        // Step over a parenthesis: "tổng sản phẩm trên địa bàn (GRDP) ước tăng".
        if text[..prev_end].ends_with(')')
            && let Some(open) = text[sentence..prev_end].rfind('(')
        {
            prev_end = text[..sentence + open].trim_end().len();
        }
        let prev_from = clause_start(text, prev_end).max(sentence);
        return noun_phrase_before(text, prev_from, prev_end, false);
    }
    None
}

/// Words after a figure that end the noun phrase it counts.
const STOP_AFTER: &[&str] = &[
    "so", "được", "đã", "đều", "đạt", "là", "có", "trong", "tại", "thực", "trở", "theo", "với",
    "vào", "của", "năm",
];

/// The noun phrase right after the figure ending at `end`, up to the clause end
/// (`stop`) or a verb, at most 14 words.
fn noun_phrase_after(text: &str, end: usize, mut stop: usize) -> Option<String> {
    // Read lazily: the phrase takes at most 14 words, often fewer, so the
    // rest of the clause is never split into words.
    let mut ws = words_iter(text, end, stop);
    let mut count = 0;
    let mut last = None;
    loop {
        let Some((at, w)) = ws.next() else {
            // A list of bodies goes on past ", ": "100% sở, ngành, các huyện".
            let Some(next) = text[stop..].strip_prefix(", ") else {
                break;
            };
            let next_word = next
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if count == 0 || !LIST_CONTINUATION.contains(&lower(next_word).as_ref()) {
                break;
            }
            let more_end = clause_end(text, stop + 2);
            ws = words_iter(text, stop + 2, more_end);
            stop = more_end;
            continue;
        };
        if count >= 14 || STOP_AFTER.contains(&lower(w).as_ref()) {
            break;
        }
        last = Some(at + w.len());
        count += 1;
    }
    last.and_then(|to| trimmed(text, end, to))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::figure::figures_scanning_everything;

    /// One expected percentage: value, qualifier, context (None = no context
    /// asserted when the phrase is about the qualifier or value only).
    type Expected = &'static [(f64, Option<&'static str>, Option<&'static str>)];

    const ANY: Option<&str> = Some("*");

    /// Real phrases (seeds and corpus) and the percentages read off them by hand.
    const EXAMPLES: &[(&str, Expected)] = &[
        (
            "tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt trên 99%Các sở",
            &[(
                99.0,
                Some("above"),
                Some("tỷ lệ hồ sơ TTHC giải quyết đúng hạn"),
            )],
        ),
        (
            "Năm 2022, chỉ số SIPAS khối sở đạt đạt 95,83% (cao hơn 2021 là 1,25%), 20/20 sở",
            &[
                (95.83, Some("reached"), Some("chỉ số SIPAS khối sở")),
                (1.25, Some("increase"), Some("chỉ số SIPAS khối sở")),
            ],
        ),
        (
            "20/20 sở, ngành có chỉ số SIPAS đạt từ 90% trở lên",
            &[(90.0, Some("above"), Some("chỉ số SIPAS"))],
        ),
        (
            "Chỉ số SIPAS khối huyện đạt 96,3% (cao hơn năm 2021 là 1,66%);",
            &[
                (96.3, Some("reached"), Some("Chỉ số SIPAS khối huyện")),
                (1.66, Some("increase"), Some("Chỉ số SIPAS khối huyện")),
            ],
        ),
        (
            "(Huyện Sông Mã có chỉ số SIPAS cao nhất, đạt 99,2%).",
            &[(99.2, Some("reached"), Some("chỉ số SIPAS cao nhất"))],
        ),
        (
            "Trong năm, 100% danh mục TTHC và quy trình nội bộ giải quyết TTHC các lĩnh vực được cập nhật",
            &[(
                100.0,
                None,
                Some("danh mục TTHC và quy trình nội bộ giải quyết TTHC các lĩnh vực"),
            )],
        ),
        (
            "đã hoàn thành 50/53 đầu công việc, đạt 94,3%; Hoàn thành",
            &[(94.3, Some("reached"), Some("50/53 đầu công việc"))],
        ),
        (
            "Hoàn thành 11/15 mục tiêu đạt 73,3%.",
            &[(73.3, Some("reached"), Some("11/15 mục tiêu"))],
        ),
        (
            "hoàn thành 17/19 mục tiêu (đạt 89,5% mục tiêu đầu nhiệm kỳ)",
            &[(89.5, Some("reached"), Some("mục tiêu đầu nhiệm kỳ"))],
        ),
        (
            "cải cách hành chính công đã có gần 95% đơn vị sự nghiệp công lập thực hiện cơ chế tự chủ",
            &[(95.0, Some("approximate"), Some("đơn vị sự nghiệp công lập"))],
        ),
        (
            "việc trả kết các quả thủ tục hành chính qua đường bưu điện đạt 70%;",
            &[(
                70.0,
                Some("reached"),
                Some("việc trả kết các quả thủ tục hành chính qua đường bưu điện"),
            )],
        ),
        ("đạt 70 phần trăm kế hoạch", &[(70.0, Some("reached"), ANY)]),
        (
            "chỉ số đạt 95,83 %",
            &[(95.83, Some("reached"), Some("chỉ số"))],
        ),
        (
            "Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn thành phố là 76%,",
            &[(
                76.0,
                None,
                Some("Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn thành phố"),
            )],
        ),
        (
            "tăng khoảng 10% so với kế hoạch",
            &[(10.0, Some("increase"), None)],
        ),
        (
            "tổng sản phẩm trên địa bàn (GRDP) ước tăng 5,29%",
            &[(5.29, Some("increase"), None)],
        ),
        (
            "chỉ số công nghiệp của tỉnh giảm 0,45% so với cùng kỳ",
            &[(0.45, Some("decrease"), Some("chỉ số công nghiệp của tỉnh"))],
        ),
        (
            "chỉ chiếm chưa đến 1% trong tất cả trường hợp",
            &[(1.0, Some("below"), ANY)],
        ),
        (
            "số nhiệm vụ đã thực hiện hoàn thành là 637 nhiệm vụ, đạt hơn 83%, còn lại",
            &[(83.0, Some("above"), Some("637 nhiệm vụ"))],
        ),
        (
            "trên 80% hệ thống kênh mương thủy lợi",
            &[(80.0, Some("above"), Some("hệ thống kênh mương thủy lợi"))],
        ),
        ("dưới 2,5 lít là 15%", &[(15.0, None, ANY)]),
        ("xe có dung tích dưới 5%", &[(5.0, Some("below"), ANY)]),
        (
            "tỷ lệ giải ngân đạt xấp xỉ 60%",
            &[(60.0, Some("approximate"), Some("tỷ lệ giải ngân"))],
        ),
        ("vượt 5% kế hoạch", &[(5.0, Some("above"), ANY)]),
        (
            "bằng 93,5% so với dự toán năm",
            &[(93.5, Some("reached"), None)],
        ),
        // a range gives both bounds, with one qualifier and context
        (
            "chỉ tiêu tăng trưởng cả năm từ 8,5- 9%",
            &[
                (8.5, None, Some("chỉ tiêu tăng trưởng cả năm")),
                (9.0, None, Some("chỉ tiêu tăng trưởng cả năm")),
            ],
        ),
        (
            "tỷ lệ sử dụng nước hợp vệ sinh đạt 80-90%",
            &[
                (
                    80.0,
                    Some("reached"),
                    Some("tỷ lệ sử dụng nước hợp vệ sinh"),
                ),
                (
                    90.0,
                    Some("reached"),
                    Some("tỷ lệ sử dụng nước hợp vệ sinh"),
                ),
            ],
        ),
        (
            "luôn vượt từ 15 đến 20%",
            &[(15.0, Some("above"), ANY), (20.0, Some("above"), ANY)],
        ),
        (
            "Mức tăng trưởng năm 2017 phấn đấu đạt 10,2-10,5%.",
            &[
                (
                    10.2,
                    Some("reached"),
                    Some("Mức tăng trưởng năm 2017 phấn đấu"),
                ),
                (
                    10.5,
                    Some("reached"),
                    Some("Mức tăng trưởng năm 2017 phấn đấu"),
                ),
            ],
        ),
        (
            "cao hơn 12-15% so với giai đoạn 2008-2013. Có 9-11% doanh nghiệp tham gia",
            &[
                (12.0, Some("increase"), None),
                (15.0, Some("increase"), None),
                (9.0, None, Some("doanh nghiệp tham gia")),
                (11.0, None, Some("doanh nghiệp tham gia")),
            ],
        ),
        (
            "giảm từ 20 – 25 phần trăm chi phí",
            &[(20.0, Some("decrease"), ANY), (25.0, Some("decrease"), ANY)],
        ),
        (
            "Tỷ lệ che phủ rừng tiếp tục tăng, đến nay đạt trên 70%",
            &[(70.0, Some("above"), ANY)],
        ),
        ("chiếm 79,40% diện tích tự nhiên", &[(79.4, None, ANY)]),
        (
            "với tỷ lệ 100% đại biểu dự kỳ họp tán thành",
            &[(100.0, None, ANY)],
        ),
        (
            "100% sở, ngành, các huyện",
            &[(100.0, None, Some("sở, ngành"))],
        ),
        (
            "tăng 15,07% về số DN, tăng 72,66% về số vốn",
            &[
                (15.07, Some("increase"), ANY),
                (72.66, Some("increase"), ANY),
            ],
        ),
        (
            "tổng mức bán lẻ tháng 1 đạt 188.017 tỷ đồng (tăng 6,5% so tháng trước và tăng 9,3% so cùng kỳ)",
            &[
                (
                    6.5,
                    Some("increase"),
                    Some("tổng mức bán lẻ tháng 1 đạt 188.017 tỷ đồng"),
                ),
                (
                    9.3,
                    Some("increase"),
                    Some("tổng mức bán lẻ tháng 1 đạt 188.017 tỷ đồng"),
                ),
            ],
        ),
        (
            "thuế với xe dưới 2,5 lít là 15%; 2,5-3 lít là 20% và trên 3 lít là 25%.",
            &[
                (15.0, None, Some("thuế với xe dưới 2,5 lít")),
                (20.0, None, Some("2,5-3 lít")),
                (25.0, None, Some("trên 3 lít")),
            ],
        ),
        (
            "phấn đấu đến năm 2020 tỷ lệ chôn lấp rác còn 60% và đến năm 2025 còn 25%.",
            &[
                (60.0, None, Some("phấn đấu đến năm 2020 tỷ lệ chôn lấp rác")),
                (25.0, None, Some("phấn đấu đến năm 2020 tỷ lệ chôn lấp rác")),
            ],
        ),
        (
            "Tỷ lệ che phủ rừng tiếp tục tăng, đến nay đạt trên 70%.",
            &[(
                70.0,
                Some("above"),
                Some("Tỷ lệ che phủ rừng tiếp tục tăng"),
            )],
        ),
        (
            "tổng sản phẩm trên địa bàn (GRDP) ước tăng 5,29%",
            &[(5.29, Some("increase"), Some("tổng sản phẩm trên địa bàn"))],
        ),
        (
            "tỷ lệ cử tri đồng ý phương án sắp xếp nói trên chiếm 96,39% tổng số cử tri",
            &[(
                96.39,
                None,
                Some("tỷ lệ cử tri đồng ý phương án sắp xếp nói trên"),
            )],
        ),
        (
            "đã được các bộ, ngành, địa phương xử lý và trả lời doanh nghiệp, đạt tỷ lệ 76,1%.",
            &[(
                76.1,
                Some("reached"),
                Some("địa phương xử lý và trả lời doanh nghiệp"),
            )],
        ),
        (
            "trong đó huyện Hoài Ân dẫn đầu với 41,38%, tiếp đến",
            &[(41.38, None, Some("huyện Hoài Ân dẫn đầu"))],
        ),
        (
            "phấn đấu tăng trưởng GRDP năm 2025 đạt từ 11,5 - 12,4% trở lên.",
            &[
                (
                    11.5,
                    Some("above"),
                    Some("phấn đấu tăng trưởng GRDP năm 2025"),
                ),
                (
                    12.4,
                    Some("above"),
                    Some("phấn đấu tăng trưởng GRDP năm 2025"),
                ),
            ],
        ),
        (
            "cơ chế tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí đối với 100% cơ quan quản lý hành chính, đơn vị sự nghiệp công lập... Qua đó",
            &[(
                100.0,
                None,
                Some("cơ quan quản lý hành chính, đơn vị sự nghiệp công lập"),
            )],
        ),
        (
            "tỷ lệ bao phủ bảo hiểm y tế đạt chín mươi phần trăm",
            &[(90.0, Some("reached"), Some("tỷ lệ bao phủ bảo hiểm y tế"))],
        ),
        (
            "tăng hai trăm ba mươi phần trăm",
            &[(230.0, Some("increase"), None)],
        ),
        (
            "đạt chín mươi lăm phần trăm kế hoạch",
            &[(95.0, Some("reached"), ANY)],
        ),
        // markup in the page, past a tag's "<"
        (
            "<div class=\"tin\">tỷ lệ hồ sơ đúng hạn đạt 95%</div>",
            &[(95.0, Some("reached"), ANY)],
        ),
        // the body after a front-matter block
        (
            "---\ntitle: \"Cục Thuế thu ngân sách tháng 1 đạt gần 13% dự toán\"\n---\n[Cục Thuế thu ngân sách tháng 1 đạt gần 13% dự toán](https://x.vn/a.html)",
            &[(13.0, Some("approximate"), ANY)],
        ),
        // not percentages
        ("mức trích (tỷ lệ phần trăm) từ các khoản thu", &[]),
        ("Sáu phần trămx", &[]),
        ("<table width='100%'>", &[]),
        ("width:100%", &[]),
        ("<select style=\"width: 100%\" id=\"cbo-weblink\">", &[]),
        ("<td style=\"padding: 0 5%; width: 45 %\">", &[]),
        // "hai trăm ba" is said for 230: neither 203 nor its tail "ba" is read
        ("tăng hai trăm ba phần trăm", &[]),
        ("mã A5%", &[]),
        ("Tổng số lượt truy cập: 40503542", &[]),
        ("ngày 12/1/2023, đạt 94,3 điểm", &[]),
        ("ISO 9001:2008", &[]),
    ];

    #[test]
    fn examples() {
        for (phrase, expected) in EXAMPLES {
            let got = find_percentages(phrase);
            assert_eq!(got.len(), expected.len(), "{phrase:?}: {got:#?}");
            for (p, (value, qualifier, context)) in got.iter().zip(expected.iter()) {
                assert_eq!(&phrase[p.start..p.end], p.text, "{phrase:?}");
                assert!((p.value - value).abs() < 1e-9, "{phrase:?}: {p:?}");
                assert_eq!(p.qualifier.as_deref(), *qualifier, "{phrase:?}: {p:?}");
                match context {
                    Some("*") => assert!(p.context.is_some(), "{phrase:?}: {p:?}"),
                    Some(c) => assert_eq!(p.context.as_deref(), Some(*c), "{phrase:?}"),
                    None => {}
                }
            }
        }
    }

    fn values(text: &str) -> Vec<f64> {
        find_percentages(text).iter().map(|p| p.value).collect()
    }

    #[test]
    fn seeds() {
        let seeds: [(&str, &[f64]); 5] = [
            (
                include_str!("../../../fixtures/000_son_la_cchc_2016.txt"),
                &[100.0, 95.0, 100.0],
            ),
            (
                include_str!("../../../fixtures/001_bac_kan_cchc_2017.txt"),
                &[],
            ),
            (
                include_str!("../../../fixtures/002_cchc_index_2015.txt"),
                &[],
            ),
            (
                include_str!("../../../fixtures/003_an_giang_cchc_2015.txt"),
                &[94.3, 73.3, 89.5, 100.0, 70.0],
            ),
            (
                include_str!("../../../fixtures/004_son_la_sipas_2022.txt"),
                &[
                    100.0, 99.0, 100.0, 95.83, 1.25, 90.0, 100.0, 96.3, 1.66, 90.0, 99.2,
                ],
            ),
        ];
        for (i, (text, expected)) in seeds.iter().enumerate() {
            assert_eq!(values(text), *expected, "seed {i}");
        }
    }

    #[test]
    fn marks_find_what_scanning_finds() {
        for (phrase, _) in EXAMPLES {
            assert_eq!(figures(phrase), figures_scanning_everything(phrase));
        }
        for text in [
            include_str!("../../../fixtures/004_son_la_sipas_2022.txt"),
            include_str!("../../../fixtures/003_an_giang_cchc_2015.txt"),
        ] {
            assert_eq!(figures(text), figures_scanning_everything(text));
        }
    }

    /// A document of percentages only: the facts stop one past what a record keeps.
    #[test]
    fn a_document_of_percentages_stops_one_past_the_record_limit() {
        let text = "Tỷ lệ đạt 95%, ".repeat(crate::extract::MAX_FACTS + 50);
        let found = find_percentages(&text);
        assert_eq!(found.len(), crate::extract::MAX_FACTS + 1);
        assert_eq!(found[0].value, 95.0);
        assert_eq!(found[crate::extract::MAX_FACTS].value, 95.0);
        // The record keeps the limit and says it cut.
        let record = crate::extract(&text);
        assert_eq!(record.percentages.len(), crate::extract::MAX_FACTS);
        assert!(record.truncated);
    }

    /// Figures in a row, in one clause longer than the span a clause is
    /// looked for in: each is read as alone.
    #[test]
    fn figures_in_a_row() {
        let text = "Tỷ lệ đạt 95% ".repeat(200);
        let found = find_percentages(&text);
        assert_eq!(found.len(), 200);
        for p in &found {
            assert_eq!((p.value, p.qualifier.as_deref()), (95.0, Some("reached")));
            assert_eq!(p.context.as_deref(), Some("Tỷ lệ"), "{p:?}");
        }
        let text = "95% ".repeat(2000);
        let found = find_percentages(&text);
        assert_eq!(found.len(), 2000);
        assert!(found.iter().all(|p| p.qualifier.is_none()));
    }

    #[test]
    fn never_panics() {
        for s in ["%", "1%", "ể%", "(%", "9,%", "1 - %", "đạt ,5%", "=\"1%"] {
            let _ = find_percentages(s);
        }
    }
}
