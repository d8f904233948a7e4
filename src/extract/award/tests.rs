//! The awards example table (rows read by hand off real phrases, and phrases
//! with no conferral), whole reports, the seeds, and the scans' oracle and
//! no-panic tests.

use super::*;
use super::{count::*, mention::*, statement::*};
use crate::testing::examples::{self, Row};
use crate::testing::seeds;
use crate::text::fold::lower_aligned;
use crate::text::words::is_whole_word;
use regex::Regex;

/// One conferral as read by hand.
#[derive(Debug)]
struct Want {
    award: &'static str,
    collectives: Option<u32>,
    individuals: Option<u32>,
    count: Option<u32>,
    giver: Option<&'static str>,
}

/// Real phrases (seeds and corpus) and the awards read off them by hand.
#[rustfmt::skip]
const EXAMPLES: &[Row<&[Want]>] = &[
    Row {
        phrase: "Nhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 11 tập thể và 13 cá nhân có thành tích",
        want: &[
            Want { award: "bằng khen", collectives: Some(11), individuals: Some(13), count: Some(24), giver: Some("Chủ tịch UBND tỉnh") },
        ],
    },
    Row {
        phrase: "Dịp này, UBND tỉnh đã trao tặng 01 cờ thi đua, tặng bằng khen cho 17 tập thể và 23 cá nhân đã có thành tích xuất sắc",
        want: &[
            Want { award: "cờ thi đua", collectives: None, individuals: None, count: Some(1), giver: Some("UBND tỉnh") },
            Want { award: "bằng khen", collectives: Some(17), individuals: Some(23), count: Some(40), giver: Some("UBND tỉnh") },
        ],
    },
    Row {
        phrase: "Nhân dịp này, UBND tỉnh đã tặng Bằng khen cho 10 tập thể và 12 cá nhân có thành tích tiêu biểu",
        want: &[
            Want { award: "bằng khen", collectives: Some(10), individuals: Some(12), count: Some(22), giver: Some("UBND tỉnh") },
        ],
    },
    Row {
        phrase: "17 tập thể, 23 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.",
        want: &[
            Want { award: "bằng khen", collectives: Some(17), individuals: Some(23), count: Some(40), giver: Some("Chủ tịch UBND tỉnh") },
        ],
    },
    Row {
        phrase: "Chủ tịch UBND TP.Hà Nội đã tặng bằng khen cho 1 tập thể, 5 cá nhân tham gia 2 chuyên án; Giám đốc Công an TP.Hà Nội cũng tặng Giấy khen cho 1 tập thể và 16 cá nhân.",
        want: &[
            Want { award: "bằng khen", collectives: Some(1), individuals: Some(5), count: Some(6), giver: Some("Chủ tịch UBND TP.Hà Nội") },
            Want { award: "giấy khen", collectives: Some(1), individuals: Some(16), count: Some(17), giver: Some("Giám đốc Công an TP.Hà Nội") },
        ],
    },
    Row {
        phrase: "Thủ tướng Chính phủ tặng Bằng khen cho ba tập thể",
        want: &[
            Want { award: "bằng khen", collectives: Some(3), individuals: None, count: Some(3), giver: Some("Thủ tướng Chính phủ") },
        ],
    },
    Row {
        phrase: "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể và 1 cá nhân",
        want: &[
            Want { award: "huân chương lao động hạng ba", collectives: Some(2), individuals: Some(1), count: Some(3), giver: Some("Chủ tịch nước") },
        ],
    },
    Row {
        phrase: "BẰNG KHEN CHO 5 TẬP THỂ",
        want: &[
            Want { award: "bằng khen", collectives: Some(5), individuals: None, count: Some(5), giver: None },
        ],
    },
    Row {
        phrase: "Bộ trưởng Bộ Nội vụ tặng Kỷ niệm chương cho hai mươi mốt cá nhân",
        want: &[
            Want { award: "kỷ niệm chương", collectives: None, individuals: Some(21), count: Some(21), giver: Some("Bộ trưởng Bộ Nội vụ") },
        ],
    },
    Row {
        phrase: "đồng chí Nguyễn Xuân Đường - Chủ tịch UBND tỉnh đã trao tặng cờ thi đua năm 2016 của tỉnh Nghệ An cho Trung tâm KHXH&NV.",
        want: &[
            Want { award: "cờ thi đua", collectives: None, individuals: None, count: None, giver: Some("Chủ tịch UBND tỉnh") },
        ],
    },
    Row {
        phrase: "UBND tỉnh trao tặng Cờ thi đua xuất sắc cho Sở Nội vụ.",
        want: &[
            Want { award: "cờ thi đua xuất sắc", collectives: None, individuals: None, count: None, giver: Some("UBND tỉnh") },
        ],
    },
    Row {
        phrase: "tặng danh hiệu Tập thể lao động xuất sắc cho 4 tập thể",
        want: &[
            Want { award: "danh hiệu tập thể lao động xuất sắc", collectives: Some(4), individuals: None, count: Some(4), giver: None },
        ],
    },
    Row {
        phrase: "Chủ tịch UBND tỉnh tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 7 cá nhân",
        want: &[
            Want { award: "danh hiệu chiến sĩ thi đua cấp tỉnh", collectives: None, individuals: Some(7), count: Some(7), giver: Some("Chủ tịch UBND tỉnh") },
        ],
    },
    Row {
        phrase: "Giám đốc Công an TP.Hà Nội cũng tặng Giấy khen cho 1 tập thể và 16 cá nhân; UBND quận Bắc Từ Liêm tặng giấy khen cho 13 cá nhân",
        want: &[
            Want { award: "giấy khen", collectives: Some(1), individuals: Some(16), count: Some(17), giver: Some("Giám đốc Công an TP.Hà Nội") },
            Want { award: "giấy khen", collectives: None, individuals: Some(13), count: Some(13), giver: Some("UBND quận Bắc Từ Liêm") },
        ],
    },
    Row {
        phrase: "UBND tỉnh tổ chức lễ trao Bằng khen của Thủ tướng Chính phủ cho 2 tập thể và 3 cá nhân",
        want: &[
            Want { award: "bằng khen", collectives: Some(2), individuals: Some(3), count: Some(5), giver: Some("Thủ tướng Chính phủ") },
        ],
    },
    Row {
        phrase: "Dịp này, 5 tập thể và 7 cá nhân được tặng Giấy khen của Giám đốc Sở Nội vụ.",
        want: &[
            Want { award: "giấy khen", collectives: Some(5), individuals: Some(7), count: Some(12), giver: Some("Giám đốc Sở Nội vụ") },
        ],
    },
    Row {
        phrase: "Nhân dịp này, Chủ tịch UBND tỉnh trao 25 Bằng khen cho các tập thể, cá nhân",
        want: &[
            Want { award: "bằng khen", collectives: None, individuals: None, count: Some(25), giver: Some("Chủ tịch UBND tỉnh") },
        ],
    },
    Row {
        phrase: "Chủ tịch UBND huyện tặng Giấy khen cho năm tập thể",
        want: &[
            Want { award: "giấy khen", collectives: Some(5), individuals: None, count: Some(5), giver: Some("Chủ tịch UBND huyện") },
        ],
    },
    Row {
        phrase: "Bộ trưởng Bộ Công an tặng Bằng khen cho 3 đơn vị và 12 đồng chí có thành tích xuất sắc",
        want: &[
            Want { award: "bằng khen", collectives: Some(3), individuals: Some(12), count: Some(15), giver: Some("Bộ trưởng Bộ Công an") },
        ],
    },
    // a conferral without numbers (a caption that restates a numbered
    // one is dropped beside it: see `documents`)
    Row {
        phrase: "trao Bằng khen cho các tập thể và cá nhân có thành tích trong năm tập thể hóa",
        want: &[Want { award: "bằng khen", collectives: None, individuals: None, count: None, giver: None }],
    },
    Row {
        phrase: "Đồng chí Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể và cá nhân",
        want: &[
            Want { award: "bằng khen", collectives: None, individuals: None, count: None, giver: Some("Chủ tịch UBND tỉnh") },
        ],
    },
    Row {
        phrase: "Trung tâm đã được Chính phủ và UBND tỉnh ghi nhận và trao tặng các phần thưởng cao quý: Bằng khen của Thủ tướng Chính phủ; UBND tỉnh tặng Cờ đơn vị xuất sắc trong phong trào thi đua năm 2012, 2016 và Bằng khen tập thể lao động xuất sắc các năm 2011, 2012.",
        want: &[
            Want { award: "bằng khen", collectives: None, individuals: None, count: None, giver: Some("Thủ tướng Chính phủ") },
            Want { award: "cờ đơn vị xuất sắc trong phong trào thi đua", collectives: None, individuals: None, count: None, giver: Some("UBND tỉnh") },
            Want { award: "bằng khen", collectives: None, individuals: None, count: None, giver: Some("UBND tỉnh") },
        ],
    },
    Row {
        phrase: "Ngôi sao bóng đá Argentina Lionel Messi đã nhận Huân chương Tự do của tổng thống Mỹ trong một buổi lễ",
        want: &[
            Want { award: "huân chương tự do", collectives: None, individuals: None, count: None, giver: None },
        ],
    },
    Row {
        phrase: "Bí thư Thành ủy Đà Nẵng Nguyễn Xuân Anh trao cúp và bằng khen cho Tập đoàn Sun Group, một trong 20 DN được tôn vinh",
        want: &[Want { award: "bằng khen", collectives: None, individuals: None, count: None, giver: None }],
    },
    Row {
        phrase: "Đồng chí Nguyễn Xuân Thanh – Chủ tịch UBND huyện Đắk Song trao giấy khen cho các tập thể và cá nhân có thành tích trong năm 2018",
        want: &[
            Want { award: "giấy khen", collectives: None, individuals: None, count: None, giver: Some("Chủ tịch UBND huyện Đắk Song") },
        ],
    },
    // "khen thưởng" with no award named is the award
    Row {
        phrase: "Hội Doanh nghiệp quận cũng đã trao khen thưởng cho 5 cá nhân có nhiều đóng góp",
        want: &[
            Want { award: "khen thưởng", collectives: None, individuals: Some(5), count: Some(5), giver: None },
        ],
    },
    Row {
        phrase: "Dịp này, Hiệp hội Doanh nghiệp Thành phố khen thưởng cho 24 cá nhân; UBND Quận 12 khen thưởng cho 20 cá nhân đã có nhiều đóng góp",
        want: &[
            Want { award: "khen thưởng", collectives: None, individuals: Some(24), count: Some(24), giver: None },
            Want { award: "khen thưởng", collectives: None, individuals: Some(20), count: Some(20), giver: Some("UBND") },
        ],
    },
    Row {
        phrase: "Nhiều tập thể, cá nhân có thành tích xuất sắc trong hoạt động của Hội đồng nhân dân tỉnh Hà Nam khóa 19, nhiệm kỳ 2021-2026 đã được biểu dương, khen thưởng.",
        want: &[
            Want { award: "khen thưởng", collectives: None, individuals: None, count: None, giver: None },
        ],
    },
    // titles: "danh hiệu" and the title, listed or quoted
    Row {
        phrase: "Chị Nguyễn Thị Tình, công nhân Đội 2, Chi nhánh Công ty 75, đã 7 năm liên tục đạt danh hiệu chiến sĩ thi đua cơ sở nhờ kỹ thuật cạo mủ giỏi",
        want: &[
            Want { award: "danh hiệu chiến sĩ thi đua cơ sở", collectives: None, individuals: None, count: None, giver: None },
        ],
    },
    Row {
        phrase: "Theo Ban tổ chức, 20 DN được tặng danh hiệu “DN Đà Nẵng tiêu biểu” là những DN có tăng trưởng cao",
        want: &[
            Want { award: "danh hiệu dn đà nẵng tiêu biểu", collectives: Some(20), individuals: None, count: Some(20), giver: None },
        ],
    },
    Row {
        phrase: "Nhân dịp này, đã có 6 tập thể đạt danh hiệu đơn vị thi đua quyết thắng",
        want: &[
            Want { award: "danh hiệu đơn vị thi đua quyết thắng", collectives: Some(6), individuals: None, count: Some(6), giver: None },
        ],
    },
    Row {
        phrase: "Chủ tịch nước tặng Huân chương Quân công hạng Nhất cho 2 tập thể",
        want: &[
            Want { award: "huân chương quân công hạng nhất", collectives: Some(2), individuals: None, count: Some(2), giver: Some("Chủ tịch nước") },
        ],
    },
    // a list of titles given: each item's recipients before it
    Row {
        phrase: "Nhân dịp này, đã có 6 tập thể đạt danh hiệu đơn vị thi đua quyết thắng, 50 cán bộ chiến sỹ tiên tiến; đơn vị công an huyện",
        want: &[
            Want { award: "danh hiệu đơn vị thi đua quyết thắng", collectives: Some(6), individuals: None, count: Some(6), giver: None },
            Want { award: "danh hiệu chiến sỹ tiên tiến", collectives: None, individuals: Some(50), count: Some(50), giver: None },
        ],
    },
    // the recipients before an award received are its own
    Row {
        phrase: "Dịp này, 17 tập thể được tặng Bằng khen, 5 cá nhân được tặng Giấy khen của Giám đốc Sở Nội vụ.",
        want: &[
            Want { award: "bằng khen", collectives: Some(17), individuals: None, count: Some(17), giver: None },
            Want { award: "giấy khen", collectives: None, individuals: Some(5), count: Some(5), giver: Some("Giám đốc Sở Nội vụ") },
        ],
    },
    // a statement ends at an HTML block tag left in the page
    Row {
        phrase: "<p><strong>Đồng chí Nguyễn Xuân Thanh – Chủ tịch UBND huyện Đắk Song trao giấy khen cho các tập thể và cá nhân có thành tích trong năm 2018</strong></p><p>Nhân dịp này, đã có 6 tập thể đạt danh hiệu đơn vị thi đua quyết thắng</p>",
        want: &[
            Want { award: "giấy khen", collectives: None, individuals: None, count: None, giver: Some("Chủ tịch UBND huyện Đắk Song") },
            Want { award: "danh hiệu đơn vị thi đua quyết thắng", collectives: Some(6), individuals: None, count: Some(6), giver: None },
        ],
    },
    // after "khen thưởng" the counts may go on as a list
    Row {
        phrase: "Cũng tại buổi lễ, Chủ tịch UBND huyện đã khen thưởng 12 tập thể, 7 cá nhân và 6 hộ gia đình có thành tích xuất sắc",
        want: &[
            Want { award: "khen thưởng", collectives: Some(12), individuals: Some(7), count: Some(19), giver: Some("Chủ tịch UBND huyện") },
        ],
    },
    // one number for both kinds is only the count
    Row {
        phrase: "UBND tỉnh tặng Bằng khen cho 103 tập thể và cá nhân có thành tích tiêu biểu",
        want: &[
            Want { award: "bằng khen", collectives: None, individuals: None, count: Some(103), giver: Some("UBND tỉnh") },
        ],
    },
    Row {
        phrase: "Dịp này, 25 tập thể, cá nhân được nhận Bằng khen của UBND tỉnh",
        want: &[
            Want { award: "bằng khen", collectives: None, individuals: None, count: Some(25), giver: Some("UBND tỉnh") },
        ],
    },
    // a list of statements: each award keeps its own counts; a giver
    // after "của" is no part of the name; a title is "danh hiệu …" whether
    // written so or not, and a number before a person's title counts persons
    Row {
        phrase: "Trong 5 năm qua, toàn tỉnh Vĩnh Long có 167 tập thể được tặng Cờ thi đua của Chính phủ, Chủ tịch nước tặng 591 Huân chương các loại. Cùng thời gian, tỉnh Vĩnh Long cũng tặng Cờ thi đua cho 993 tập thể, 5.719 đơn vị đạt Tập thể lao động xuất sắc, 2.171 cá nhân được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh.",
        want: &[
            Want { award: "cờ thi đua", collectives: Some(167), individuals: None, count: Some(167), giver: Some("Chính phủ") },
            Want { award: "huân chương", collectives: None, individuals: None, count: Some(591), giver: Some("Chủ tịch nước") },
            Want { award: "cờ thi đua", collectives: Some(993), individuals: None, count: Some(993), giver: None },
            Want { award: "danh hiệu tập thể lao động xuất sắc", collectives: Some(5719), individuals: None, count: Some(5719), giver: None },
            Want { award: "danh hiệu chiến sĩ thi đua cấp tỉnh", collectives: None, individuals: Some(2171), count: Some(2171), giver: None },
        ],
    },
    Row {
        phrase: "Trong 5 năm qua, toàn tỉnh Vĩnh Long có 13 Chiến sĩ thi đua toàn quốc.",
        want: &[
            Want { award: "danh hiệu chiến sĩ thi đua toàn quốc", collectives: None, individuals: Some(13), count: Some(13), giver: None },
        ],
    },
    // received from a giver named between "được" and the verb
    Row {
        phrase: "Năm 2024, 15 tập thể, 20 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen",
        want: &[
            Want { award: "bằng khen", collectives: Some(15), individuals: Some(20), count: Some(35), giver: Some("Chủ tịch UBND tỉnh") },
        ],
    },
    // families are collectives (GUIDE.md); other counted recipients, such
    // as households, give the count only
    Row {
        phrase: "UBND huyện tặng Giấy khen cho 90 gia đình văn hóa tiêu biểu",
        want: &[
            Want { award: "giấy khen", collectives: Some(90), individuals: None, count: Some(90), giver: Some("UBND huyện") },
        ],
    },
    Row {
        phrase: "Các gia đình được Chủ tịch nước phong tặng Huân chương Độc lập lần này, có bốn gia đình nhận Huân chương Độc lập hạng Nhất, 10 gia đình nhận Huân chương Độc lập hạng Nhì và 59 gia đình nhận Huân chương Độc lập hạng Ba.",
        want: &[
            Want { award: "huân chương độc lập hạng nhất", collectives: Some(4), individuals: None, count: Some(4), giver: Some("Chủ tịch nước") },
            Want { award: "huân chương độc lập hạng nhì", collectives: Some(10), individuals: None, count: Some(10), giver: Some("Chủ tịch nước") },
            Want { award: "huân chương độc lập hạng ba", collectives: Some(59), individuals: None, count: Some(59), giver: Some("Chủ tịch nước") },
        ],
    },
    Row {
        phrase: "UBND tỉnh còn trao Huân chương Lao động hạng Ba của Chủ tịch nước tặng ba cá nhân vì đã có những cống hiến trong sự nghiệp xây dựng và bảo vệ Tổ quốc.",
        want: &[
            Want { award: "huân chương lao động hạng ba", collectives: None, individuals: Some(3), count: Some(3), giver: Some("Chủ tịch nước") },
        ],
    },
    Row {
        phrase: "Trong 5 năm qua (2020-2025), về khen thưởng cấp Nhà nước, toàn tỉnh Vĩnh Long có 4.288 trường hợp được Thủ tướng tặng Bằng khen",
        want: &[
            Want { award: "bằng khen", collectives: None, individuals: None, count: Some(4288), giver: Some("Thủ tướng") },
        ],
    },
    Row {
        phrase: "UBND huyện tặng Giấy khen cho 90 hộ gia đình văn hóa tiêu biểu",
        want: &[
            Want { award: "giấy khen", collectives: None, individuals: None, count: Some(90), giver: Some("UBND huyện") },
        ],
    },
    // a proposal of the giver's is reported with the conferral
    Row {
        phrase: "Theo đề nghị của Giám đốc Sở Nội vụ, Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể",
        want: &[
            Want { award: "bằng khen", collectives: Some(10), individuals: None, count: Some(10), giver: Some("Chủ tịch UBND tỉnh") },
        ],
    },
    // numbers in words are read whole or not at all: not 11
    Row {
        phrase: "Bộ trưởng Bộ Nội vụ tặng Kỷ niệm chương cho hai mươi mốt nghìn không trăm mười một cá nhân",
        want: &[
            Want { award: "kỷ niệm chương", collectives: None, individuals: None, count: None, giver: Some("Bộ trưởng Bộ Nội vụ") },
        ],
    },
];

/// Phrases with no conferral in them.
const NEGATIVES: &[&str] = &[
    // not award statements
    "Sở Nội vụ tỉnh Cà Mau đã có hồ sơ đề xuất chủ tịch tỉnh tặng bằng khen cho bà Bùi Lệ Oanh",
    "bà Oanh có thể được thưởng một tháng lương tối thiểu nếu được chủ tịch tỉnh tặng bằng khen.",
    "Lạng Sơn đón nhận Danh hiệu Công viên địa chất toàn cầu UNESCO",
    "Nhà trường đã xây dựng quy chế khen thưởng cho đơn vị dựa trên Nghị định số 73/2024/NĐ-CP",
    "họp hội đồng thi đua, khen thưởng để lấy ý kiến và thông qua dự thảo quy chế",
    "Nói về những thành tích của mình chị cho biết: “Để đạt chiến sĩ thi đua cấp cơ sở không đơn giản.",
    "Ban Thi đua - Khen thưởng tỉnh hướng dẫn 5 tập thể hoàn thiện hồ sơ",
    "Sở Nội vụ đã thống nhất đề xuất chủ tịch tỉnh tặng bằng khen cùng mức thưởng tương đương 21 tháng lương tối thiểu.",
    "các danh hiệu: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Chiến sĩ thi đua cấp Bộ, Chiến sĩ thi đua toàn quốc.",
    "từ năm 2018 đến nay, chị có 7 năm liên tục là chiến sĩ thi đua cấp cơ sở",
    "thời điểm chuẩn bị nhận giấy khen mẫu giáo để vô lớp 1",
    "Việt Nam giành 3 huy chương vàng",
    "Bằng khen của Thủ tướng Chính phủ;",
];

#[test]
fn examples() {
    examples::check_facts(EXAMPLES, NEGATIVES, find_awards, |phrase, a, want| {
        phrase.get(a.start..a.end) == Some(a.text.as_str())
            && a.award == want.award
            && (a.collectives, a.individuals, a.count)
                == (want.collectives, want.individuals, want.count)
            && a.giver.as_deref() == want.giver
    });
}

/// (award, collectives, individuals, count).
type Summary = (String, Option<u32>, Option<u32>, Option<u32>);

fn summary(text: &str) -> Vec<Summary> {
    find_awards(text)
        .into_iter()
        .map(|a| (a.award, a.collectives, a.individuals, a.count))
        .collect()
}

/// Whole reports in short: each conferral once.
#[test]
fn documents() {
    let s = |a: &str| a.to_string();
    // A caption restating a numbered conferral without its numbers.
    assert_eq!(
        summary(
            "Đồng chí Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể và cá nhân\nNhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 11 tập thể và 13 cá nhân có thành tích"
        ),
        [(s("bằng khen"), Some(11), Some(13), Some(24))]
    );
    // A headline total, a caption, and the three conferrals it sums.
    assert_eq!(
        summary(
            "Quận 12: Khen thưởng 49 cá nhân có nhiều đóng góp\nLãnh đạo Hiệp hội Doanh nghiệp Thành phố và UBND Quận 12 trao khen thưởng cho các cá nhân\nDịp này, Hiệp hội Doanh nghiệp Thành phố khen thưởng cho 24 cá nhân; UBND Quận 12 khen thưởng cho 20 cá nhân đã có nhiều đóng góp. Hội Doanh nghiệp quận cũng đã trao khen thưởng cho 5 cá nhân có nhiều đóng góp."
        ),
        [
            (s("khen thưởng"), None, Some(24), Some(24)),
            (s("khen thưởng"), None, Some(20), Some(20)),
            (s("khen thưởng"), None, Some(5), Some(5)),
        ]
    );
    // A title restated, once less precisely.
    assert_eq!(
        summary(
            "Chị Tình đã 7 năm liên tục đạt danh hiệu chiến sĩ thi đua cơ sở nhờ kỹ thuật cạo mủ giỏi.\nGắn với nghề cạo mủ hơn 15 năm, chị Tình nhiều năm liền đạt danh hiệu chiến sĩ thi đua. Chị Tình đã 7 năm liên tục đạt danh hiệu chiến sĩ thi đua cơ sở."
        ),
        [(s("danh hiệu chiến sĩ thi đua cơ sở"), None, None, None)]
    );
    // "khen thưởng" without numbers beside the awards it sums up.
    assert_eq!(
        summary(
            "Nhiều tập thể, cá nhân đã được biểu dương, khen thưởng. Chủ tịch UBND tỉnh tặng Bằng khen cho 1 tập thể, 5 cá nhân."
        ),
        [(s("bằng khen"), Some(1), Some(5), Some(6))]
    );
    // The front matter's title is not the body.
    assert_eq!(
        summary("---\ntitle: \"Khen thưởng 49 cá nhân\"\n---\nBài viết"),
        []
    );
}

#[test]
fn seeds() {
    let s = |a: &str| a.to_string();
    assert_eq!(
        summary(seeds::SON_LA_2016),
        [(s("bằng khen"), Some(11), Some(13), Some(24))]
    );
    assert_eq!(summary(seeds::BAC_KAN_2017), []);
    assert_eq!(summary(seeds::CCHC_INDEX_2015), []);
    assert_eq!(
        summary(seeds::AN_GIANG_2015),
        [
            (s("cờ thi đua"), None, None, Some(1)),
            (s("bằng khen"), Some(17), Some(23), Some(40)),
        ]
    );
    assert_eq!(
        summary(seeds::SON_LA_SIPAS_2022),
        [(s("bằng khen"), Some(10), Some(12), Some(22))]
    );
}

#[test]
fn every_name_holds_one_anchor() {
    for name in &all_names() {
        assert!(
            ANCHOR_PIECES.iter().any(|a| name.contains(a)),
            "{name:?} has no anchor"
        );
    }
    for a in ANCHOR_PIECES {
        assert!(a.chars().filter(|c| !c.is_ascii()).count() <= 1, "{a:?}");
        assert_eq!(a.to_lowercase(), *a, "{a:?}");
        // The upper case of its non-ASCII char has the same length.
        assert_eq!(a.to_uppercase().len(), a.len(), "{a:?}");
    }
}

/// The names as found before: the automaton over the whole lower-cased text.
fn names_lowering_everything(text: &str) -> Vec<(usize, usize)> {
    let lower = lower_aligned(text);
    AWARD_NAMES
        .find_iter(&lower)
        .map(|m| (m.start(), m.end()))
        .filter(|&(s, e)| is_whole_word(text, s, e))
        .collect()
}

#[test]
fn anchors_find_what_lowering_finds() {
    for text in [
        seeds::SON_LA_2016,
        seeds::AN_GIANG_2015,
        "HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA, Huân Chương Độc Lập hạng Nhì, kỶ NiỆm ChƯơNg",
        "NHÀ GIÁO ƯU TÚ, Thầy Thuốc Nhân Dân, Anh hùng Lực lượng Vũ trang Nhân dân",
    ] {
        assert_eq!(award_names(text), names_lowering_everything(text));
    }
    for phrase in examples::phrases(EXAMPLES, NEGATIVES) {
        assert_eq!(award_names(phrase), names_lowering_everything(phrase));
    }
}

proptest::proptest! {
    #[test]
    fn anchors_find_what_lowering_finds_in_any_case(
        text in "(bằng|BẰNG|bẰng|BằNG| |khen|KHEN|kHeN|huân|HUÂN|hUÂn|chương|CHƯƠNG|ChƯơng|lao|LAO|động|ĐỘNG|Động|hạng|HẠNG|hẠng|ba|BA|nhất|NHẤT|cờ|CỜ|thi|đua|ĐUA|xuất|sắc|SẮC|giấy|GIẤY|kỷ|KỶ|niệm|NIỆM|tập|thể|THỂ|tiên|tiến|TIẾN|nhà|giáo|GIÁO|ưu|ƯU|tú|thầy|THẦY|thuốc|vũ|VŨ|trang|huy|vì|sự|nghiệp|XUẤT|đơn|vị|kỉ|anh|hùng|nhân|dân|x|İ|K|ể|\n|,){0,30}"
    ) {
        proptest::prop_assert_eq!(award_names(&text), names_lowering_everything(&text));
    }
}

/// GIVER as it was written, each alternative with its own place or body.
fn giver_as_listed() -> Regex {
    let place = r"(?: tỉnh| (?:thành phố|huyện|quận|thị xã)(?: \p{Lu}\p{L}*){0,3}|(?: TP\.? ?| TP\.)\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?)?";
    let body = r" \p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?(?: (?:và )?\p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?)?";
    Regex::new(&format!(
        r"Chủ tịch nước|Thủ tướng(?: Chính phủ)?|Chủ tịch (?:UBND|Ủy ban nhân dân|HĐND){place}|Bộ trưởng Bộ{body}|Giám đốc (?:Sở{body}|Công an{place})|(?:UBND|Ủy ban nhân dân){place}|Ban Thường vụ Tỉnh ủy|Tỉnh ủy|Chính phủ|Bộ Nội vụ|Ban Thi đua - Khen thưởng(?: Trung ương| tỉnh)?"
    ))
    .unwrap()
}

fn spans(re: &Regex, text: &str) -> Vec<(usize, usize)> {
    re.find_iter(text).map(|m| (m.start(), m.end())).collect()
}

#[test]
fn grouped_givers_match_as_listed_on_examples() {
    let listed = giver_as_listed();
    for phrase in examples::phrases(EXAMPLES, NEGATIVES) {
        assert_eq!(spans(&GIVER, phrase), spans(&listed, phrase), "{phrase:?}");
    }
}

proptest::proptest! {
    #[test]
    fn grouped_givers_match_as_listed(
        text in "(Chủ tịch|Chủ|tịch|nước|Thủ tướng|Chính phủ|UBND|Ủy ban nhân dân|HĐND|Bộ trưởng|Bộ|Nội vụ|Giám đốc|Sở|Công an|Ban|Thường vụ|Tỉnh ủy|Thi đua|-|Khen thưởng|Trung ương|tỉnh|thành phố|huyện|quận|thị xã|TP|TP.|.|Hà|Nội|Bắc|Từ|Liêm|và|Kế|hoạch|Đầu|tư|giao|Ǆ|ǅ| |  |,){0,24}"
    ) {
        let listed = giver_as_listed();
        proptest::prop_assert_eq!(spans(&GIVER, &text), spans(&listed, &text));
    }

    #[test]
    fn counts_cut_by_hand_equal_the_group(
        text in "(1|25|1.234|3,5| |  |một|hai|mươi|mốt|năm|nghìn|triệu|không|tập thể|TẬP THỂ|tẬp Thể|đơn vị|ĐƠN VỊ|cá nhân|CÁ NHÂN|đồng chí|Đồng Chí|DN|dn|đội|ĐỘI|cán bộ|doanh nghiệp|chiến sỹ|x|,){0,20}"
    ) {
        for re in [&*COLLECTIVES, &*INDIVIDUALS, &*COUNT_BEFORE] {
            for c in re.captures_iter(&text) {
                let (whole, number) = (c.get(0).unwrap().as_str(), c.get(1).unwrap().as_str());
                let by_hand = if std::ptr::eq(re, &*COUNT_BEFORE) {
                    &whole[..whole.len() - 1]
                } else {
                    count_number(whole)
                };
                proptest::prop_assert_eq!(by_hand, number);
            }
        }
    }

    #[test]
    fn received_here_reads_only_the_tail(
        text in "(được|tặng|trao|nhận|khen|thưởng|ĐƯỢC|TẶNG|NHẬN|Được|İ|Σ|x| |  |\\.){0,12}"
    ) {
        let lower = text.to_lowercase();
        let tail = lower.trim_end();
        let whole = RECEIVED.iter().any(|p| tail.ends_with(p));
        proptest::prop_assert_eq!(received_here(&text, false), whole);
        proptest::prop_assert_eq!(
            received_here(&text, true),
            whole || tail.ends_with("được")
        );
    }
}

/// The proposal words' automaton finds each first word in lower case,
/// with a capital and in capitals, so skipping a span without a hit
/// never hides a proposal.
#[test]
fn proposal_words_in_every_case() {
    for (phrase, proposal) in [
        ("Đề nghị Thủ tướng tặng Bằng khen", true),
        ("ĐỀ XUẤT tặng Bằng khen", true),
        ("Xét tặng Bằng khen", true),
        ("UBND tỉnh sẽ tặng Bằng khen", true),
        ("Nếu đạt, tặng Bằng khen", true),
        ("DỰ KIẾN tặng Bằng khen", true),
        ("Chuẩn bị trao Bằng khen", true),
        ("Có thể tặng Bằng khen", true),
        ("Theo đề nghị của Sở Nội vụ, tặng Bằng khen", false),
        ("Chủ tịch UBND tỉnh trao tặng Bằng khen", false),
    ] {
        let start = phrase.find("Bằng khen").unwrap();
        let mut hits = ProposalHits::default();
        let hits = hits.covering(phrase, 0, start);
        assert_eq!(proposed(phrase, hits, 0, start), proposal, "{phrase:?}");
    }
}

#[test]
fn never_panics() {
    for s in [
        "bằng khen",
        "Bằng khen cho ",
        "İbằng khen",
        "1 bằng khen",
        "bằng khen cho Ể",
    ] {
        let _ = find_awards(s);
    }
}

/// `count_number` cuts one word for "dn" and "đội" and two for the rest.
#[test]
fn only_dn_and_doi_are_nouns_of_one_word() {
    let nouns = || COLLECTIVE_NOUNS.iter().chain(INDIVIDUAL_NOUNS);
    let one: Vec<&str> = nouns().filter(|n| !n.contains(' ')).copied().collect();
    assert_eq!(one, ["dn", "đội"]);
    for noun in nouns().filter(|n| n.contains(' ')) {
        let words: Vec<&str> = noun.split(' ').collect();
        assert_eq!(words.len(), 2, "{noun}");
        assert!(!one.contains(&words[1]), "{noun}");
    }
    assert_eq!(count_number("25 tập thể"), "25");
    assert_eq!(count_number("hai mươi DN"), "hai mươi");
    assert_eq!(count_number("3 Đội"), "3");
}
