//! The example table of the people extractor, the seeds read by hand, and
//! its behaviour and property tests.

use super::assemble::is_digest;
use super::*;
use crate::testing::examples::{self, Row};
use crate::testing::seeds;

/// The person is a chairperson.
const CHAIR: u8 = 1;
/// The text says the person chaired (chủ trì / chủ tọa) the event.
const PRESIDED: u8 = 2;
/// The person is the article's author.
const AUTHOR: u8 = 4;

/// One person as read by hand: name, titles, and the flags above.
#[derive(Debug)]
struct Want {
    name: &'static str,
    titles: &'static [&'static str],
    flags: u8,
}

/// Phrases and the people in them, in order of first mention. Phrases from
/// the seeds and the development corpus, or the natural phrasing of real
/// reports; values read by hand off the phrase.
#[rustfmt::skip]
const EXAMPLES: &[Row<&[Want]>] = &[
    // Name, then titles separated by commas or dashes.
    Row {
        phrase: "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết công tác cải cách hành chính, đồng chí Cầm Ngọc Minh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị.",
        want: &[
            Want { name: "Cầm Ngọc Minh", titles: &["Phó Bí thư tỉnh ủy", "Chủ tịch UBND tỉnh"], flags: CHAIR | PRESIDED },
        ],
    },
    // A list under one plural title; co-chairs over "các" and "cùng các"
    // (a deputy who co-chairs shows only as `presiding`, the first named).
    Row {
        phrase: "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phan Việt Cường, các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh, Nguyễn Công Thanh đồng chủ trì kỳ họp; tham dự kỳ họp có Chủ tịch UBND tỉnh Lê Trí Thanh, Chủ tịch UBMTTQ Việt Nam tỉnh Võ Xuân Ca, các vị đại biểu HĐND tỉnh khóa X.",
        want: &[
            Want { name: "Phan Việt Cường", titles: &["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], flags: CHAIR | PRESIDED },
            Want { name: "Trần Xuân Vinh", titles: &["Phó Chủ tịch HĐND tỉnh"], flags: 0 },
            Want { name: "Nguyễn Công Thanh", titles: &["Phó Chủ tịch HĐND tỉnh"], flags: 0 },
            Want { name: "Lê Trí Thanh", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR },
            Want { name: "Võ Xuân Ca", titles: &["Chủ tịch UBMTTQ Việt Nam tỉnh"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Sáng 10-7, Phó Chủ tịch Thường trực UBND tỉnh Trần Hoàng Tuấn cùng các Phó Chủ tịch UBND tỉnh: Võ Phiên, Trần Phước Hiền chủ trì họp đánh giá kết quả giải ngân vốn đầu tư công 6 tháng đầu năm.",
        want: &[
            Want { name: "Trần Hoàng Tuấn", titles: &["Phó Chủ tịch Thường trực UBND tỉnh"], flags: PRESIDED },
            Want { name: "Võ Phiên", titles: &["Phó Chủ tịch UBND tỉnh"], flags: 0 },
            Want { name: "Trần Phước Hiền", titles: &["Phó Chủ tịch UBND tỉnh"], flags: 0 },
        ],
    },
    // "Dự và chủ trì … có": everyone it introduces, clause by clause.
    Row {
        phrase: "Chiều ngày 22/5, UBND tỉnh tổ chức Hội nghị chuyên đề về công tác giải quyết khiếu nại, tố cáo. Dự và chủ trì Hội nghị có đồng chí Nguyễn Quang Dương, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Dương Thành Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
        want: &[
            Want { name: "Nguyễn Quang Dương", titles: &["Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"], flags: PRESIDED },
            Want { name: "Dương Thành Trung", titles: &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], flags: CHAIR | PRESIDED },
        ],
    },
    // A body's name with a dash in it.
    Row {
        phrase: "Chiều 22/12, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính, Chủ tịch Hội đồng Thi đua-Khen thưởng Trung ương chủ trì phiên họp lần thứ 16 của Hội đồng.",
        want: &[
            Want { name: "Phạm Minh Chính", titles: &["Thủ tướng", "Chủ tịch Hội đồng Thi đua-Khen thưởng Trung ương"], flags: CHAIR | PRESIDED },
        ],
    },
    Row {
        phrase: "Đ/c Lý Thái Hải - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại Hội nghị",
        want: &[
            Want { name: "Lý Thái Hải", titles: &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Đ/c Lý Thái Hải – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại Hội nghị",
        want: &[
            Want { name: "Lý Thái Hải", titles: &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Phát biểu tại Hội nghị, đồng chí Lý Thái Hải – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh yêu cầu các đơn vị, địa phương",
        want: &[
            Want { name: "Lý Thái Hải", titles: &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Dự hội nghị có ông Bùi Quang Cẩm - Tỉnh ủy viên - Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC; thành viên Hội đồng Đánh giá, xác định chỉ số CCHC",
        want: &[
            Want { name: "Bùi Quang Cẩm", titles: &["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Ngày 12/1/2023, đồng chí Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, Trưởng Ban chỉ đạo CCHC, Chủ tịch UBND tỉnh đã chủ trì Hội nghị trực tuyến tổng kết công tác cải cách hành chính",
        want: &[
            Want { name: "Hoàng Quốc Khánh", titles: &["Phó Bí thư Tỉnh ủy", "Trưởng Ban chỉ đạo CCHC", "Chủ tịch UBND tỉnh"], flags: CHAIR | PRESIDED },
        ],
    },
    Row {
        phrase: "Đồng chí Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, Trưởng Ban chỉ đạo CCHC, Chủ tịch UBND tỉnh chủ trì Hội nghị",
        want: &[
            Want { name: "Hoàng Quốc Khánh", titles: &["Phó Bí thư Tỉnh ủy", "Trưởng Ban chỉ đạo CCHC", "Chủ tịch UBND tỉnh"], flags: CHAIR | PRESIDED },
        ],
    },
    Row {
        phrase: "Ông Huỳnh Đức Thơ, Chủ tịch UBND TP Đà Nẵng trần tình về quy hoạch bán đảo Sơn Trà",
        want: &[Want { name: "Huỳnh Đức Thơ", titles: &["Chủ tịch UBND TP Đà Nẵng"], flags: CHAIR }],
    },
    Row {
        phrase: "Tại hội nghị trực tuyến Chính phủ với các địa phương ngày 3/7, ông Đinh Văn Thu, Chủ tịch UBND tỉnh Quảng Nam đã nêu kiến nghị",
        want: &[Want { name: "Đinh Văn Thu", titles: &["Chủ tịch UBND tỉnh Quảng Nam"], flags: CHAIR }],
    },
    Row {
        phrase: "Theo ông Nguyễn Đức Long, Chủ tịch UBND tỉnh Quảng Ninh, thu ngân sách 6 tháng đầu năm của tỉnh đạt khoảng 14.000 tỷ đồng",
        want: &[Want { name: "Nguyễn Đức Long", titles: &["Chủ tịch UBND tỉnh Quảng Ninh"], flags: CHAIR }],
    },
    Row {
        phrase: "Nhân lễ kỷ niệm 10 năm thành lập, đồng chí Nguyễn Xuân Đường - Chủ tịch UBND tỉnh đã trao tặng cờ thi đua",
        want: &[Want { name: "Nguyễn Xuân Đường", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR }],
    },
    Row {
        phrase: "Phát biểu tại hội nghị, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh Nghệ An đã thông tin",
        want: &[
            Want { name: "Thái Thanh Quý", titles: &["Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH", "Chủ tịch HĐND tỉnh Nghệ An"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Ông Hồ Quốc Dũng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bình Định, nhận ngọn đuốc từ VĐV Hằng Nga",
        want: &[
            Want { name: "Hồ Quốc Dũng", titles: &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Bình Định"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Bà Trần Thị Thanh Tâm, Giám đốc Sở Kế hoạch và Đầu tư Đà Nẵng, cho biết năm qua",
        want: &[
            Want { name: "Trần Thị Thanh Tâm", titles: &["Giám đốc Sở Kế hoạch và Đầu tư Đà Nẵng"], flags: 0 },
        ],
    },
    Row {
        phrase: "đồng chí Nguyễn Anh Chức, Ủy viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch Thường trực UBND tỉnh và đồng chí Đặng Thanh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh đã tới thăm",
        want: &[
            Want { name: "Nguyễn Anh Chức", titles: &["Ủy viên Ban Thường vụ Tỉnh uỷ", "Phó Chủ tịch Thường trực UBND tỉnh"], flags: 0 },
            Want { name: "Đặng Thanh Sơn", titles: &["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"], flags: 0 },
        ],
    },
    Row {
        phrase: "Tổ công tác của Thủ tướng Chính phủ do ông Nguyễn Cao Lục, Phó Chủ nhiệm Văn phòng Chính phủ, Trưởng đoàn công tác đã về kiểm tra",
        want: &[
            Want { name: "Nguyễn Cao Lục", titles: &["Phó Chủ nhiệm Văn phòng Chính phủ", "Trưởng đoàn công tác"], flags: 0 },
        ],
    },
    Row {
        phrase: "Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự và chủ trì hội nghị.",
        want: &[
            Want { name: "Tô Lâm", titles: &["Thượng tướng", "Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"], flags: PRESIDED },
        ],
    },
    Row {
        phrase: "Chia sẻ với chúng tôi, Trung tá Dương Kim Tuấn-Giám đốc Chi nhánh Công ty 75 cho biết",
        want: &[
            Want { name: "Dương Kim Tuấn", titles: &["Trung tá", "Giám đốc Chi nhánh Công ty 75"], flags: 0 },
        ],
    },
    Row {
        phrase: "Tham dự lễ kỷ niệm có GS.TS. Nguyễn Quang Thuấn - Chủ tịch Viện Hàn lâm KHXH Việt Nam, đại diện các ban",
        want: &[
            Want { name: "Nguyễn Quang Thuấn", titles: &["Chủ tịch Viện Hàn lâm KHXH Việt Nam"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "ông Ksor Phước, Phó Chủ tịch UBND tỉnh Gia Lai phát biểu",
        want: &[Want { name: "Ksor Phước", titles: &["Phó Chủ tịch UBND tỉnh Gia Lai"], flags: 0 }],
    },
    // Title, then the name; a province between them belongs to the title.
    Row {
        phrase: "Đây là chỉ đạo của Chủ tịch UBND tỉnh Lý Thái Hải tại Hội nghị trực tuyến của UBND tỉnh với các huyện, thành phố ngày 15/5/2017",
        want: &[Want { name: "Lý Thái Hải", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR }],
    },
    Row {
        phrase: "(TGAG)- Sáng nay, ngày 30/12, Chủ tịch UBND tỉnh Vương Bình Thạnh chủ trì Hội nghị trực tuyến tổng kết công tác cài cách hành chính năm 2015",
        want: &[Want { name: "Vương Bình Thạnh", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR | PRESIDED }],
    },
    Row {
        phrase: "Phát biểu chỉ đạo tại Hội nghị, Chủ tịch UBND tỉnh Vương Bình Thạnh thẳng thắn chỉ ra những khó khăn",
        want: &[Want { name: "Vương Bình Thạnh", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR }],
    },
    Row {
        phrase: "Chủ tịch UBND tỉnh An Giang Vương Bình Thạnh phát biểu",
        want: &[Want { name: "Vương Bình Thạnh", titles: &["Chủ tịch UBND tỉnh An Giang"], flags: CHAIR }],
    },
    Row {
        phrase: "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân; Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải; Chủ tịch HĐND thành phố Hà Nội Nguyễn Thị Bích Ngọc",
        want: &[
            Want { name: "Nguyễn Thị Kim Ngân", titles: &["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"], flags: CHAIR },
            Want { name: "Hoàng Trung Hải", titles: &["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"], flags: 0 },
            Want { name: "Nguyễn Thị Bích Ngọc", titles: &["Chủ tịch HĐND thành phố Hà Nội"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Ngày 7/7, tại kỳ họp thứ tư HĐND TP Đà Nẵng khóa IX, Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ đã có báo cáo giải trình",
        want: &[Want { name: "Huỳnh Đức Thơ", titles: &["Chủ tịch UBND TP Đà Nẵng"], flags: CHAIR }],
    },
    Row {
        phrase: "Chiều 9/5, Phó Chủ tịch UBND tỉnh Đặng Ngọc Sơn chủ trì cuộc họp nghe báo cáo, góp ý điều chỉnh quy hoạch sử dụng đất",
        want: &[Want { name: "Đặng Ngọc Sơn", titles: &["Phó Chủ tịch UBND tỉnh"], flags: PRESIDED }],
    },
    Row {
        phrase: "Trong 2 ngày 6-7/7, Tổng Bí thư Nguyễn Phú Trọng đã đến thăm, làm việc tại tỉnh Bắc Kạn",
        want: &[Want { name: "Nguyễn Phú Trọng", titles: &["Tổng Bí thư"], flags: 0 }],
    },
    Row {
        phrase: "Cùng đi với Tổng Bí thư có các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Đỗ Văn Chiến; Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn Nguyễn Xuân Cường",
        want: &[
            Want { name: "Đỗ Văn Chiến", titles: &["Bộ trưởng", "Chủ nhiệm Ủy ban Dân tộc"], flags: 0 },
            Want { name: "Nguyễn Xuân Cường", titles: &["Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn"], flags: 0 },
        ],
    },
    Row {
        phrase: "Chủ tịch UBND tỉnh Phú Thọ Bùi Minh Châu phát biểu trong Hội nghị giao nhiệm vụ công tác.",
        want: &[Want { name: "Bùi Minh Châu", titles: &["Chủ tịch UBND tỉnh Phú Thọ"], flags: CHAIR }],
    },
    Row {
        phrase: "Phát biểu khai mạc tại Hội nghị, Thứ trưởng Bộ Nông nghiệp và Phát triển Nông thôn Trần Thanh Nam nhấn mạnh",
        want: &[
            Want { name: "Trần Thanh Nam", titles: &["Thứ trưởng Bộ Nông nghiệp và Phát triển Nông thôn"], flags: 0 },
        ],
    },
    Row {
        phrase: "Chiều 30/5, tại Trụ sở Chính phủ, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, Trưởng ban Chỉ đạo cải cách hành chính của Chính phủ đã chủ trì Hội nghị trực tuyến",
        want: &[
            Want { name: "Trương Hòa Bình", titles: &["Phó Thủ tướng Thường trực Chính phủ", "Trưởng ban Chỉ đạo cải cách hành chính của Chính phủ"], flags: PRESIDED },
        ],
    },
    Row {
        phrase: "Theo Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân, Phó Trưởng ban Thường trực Ban Chỉ đạo cải cách hành chính của Chính phủ, từ đầu năm đến nay",
        want: &[
            Want { name: "Lê Vĩnh Tân", titles: &["Bộ trưởng Bộ Nội vụ", "Phó Trưởng ban Thường trực Ban Chỉ đạo cải cách hành chính của Chính phủ"], flags: 0 },
        ],
    },
    Row {
        phrase: "Đó là nội dung chỉ đạo trong thông báo kết luận của Thủ tướng Nguyễn Xuân Phúc tại buổi làm việc với lãnh đạo tỉnh Cao Bằng.",
        want: &[Want { name: "Nguyễn Xuân Phúc", titles: &["Thủ tướng"], flags: 0 }],
    },
    Row {
        phrase: "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng đoàn ĐBQH tỉnh Nghệ An Thái Thanh Quý trả lời kiến nghị của cử tri.",
        want: &[
            Want { name: "Thái Thanh Quý", titles: &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Trưởng đoàn ĐBQH tỉnh Nghệ An"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Chủ tịch UBND tỉnh Quảng Trị, Võ Văn Hưng cho biết, việc hình thành và đầu tư xây dựng Cảng hàng không",
        want: &[Want { name: "Võ Văn Hưng", titles: &["Chủ tịch UBND tỉnh Quảng Trị"], flags: CHAIR }],
    },
    Row {
        phrase: "đồng chí Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Anh Chức và đồng chí Phó Chủ tịch Thường trực HĐND tỉnh Đặng Thanh Sơn gửi lời chúc tốt đẹp",
        want: &[
            Want { name: "Nguyễn Anh Chức", titles: &["Phó Chủ tịch Thường trực UBND tỉnh"], flags: 0 },
            Want { name: "Đặng Thanh Sơn", titles: &["Phó Chủ tịch Thường trực HĐND tỉnh"], flags: 0 },
        ],
    },
    Row {
        phrase: "Phó Chủ tịch UBND tỉnh Nguyễn Minh phát biểu kết thúc buổi toạ đàm",
        want: &[Want { name: "Nguyễn Minh", titles: &["Phó Chủ tịch UBND tỉnh"], flags: 0 }],
    },
    Row {
        phrase: "(BĐ) - Chiều 22.4, Chủ tịch UBND tỉnh Phạm Anh Tuấn có buổi làm việc với huyện Vân Canh",
        want: &[Want { name: "Phạm Anh Tuấn", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR }],
    },
    Row {
        phrase: "Chủ tịch UBND tỉnh Phạm Anh Tuấn tặng quà lưu niệm cho bà Yoonhee Kim",
        want: &[
            Want { name: "Phạm Anh Tuấn", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR },
            Want { name: "Yoonhee Kim", titles: &[], flags: 0 },
        ],
    },
    Row {
        phrase: "(BĐ) - Phó Giám đốc Sở Tài chính Trần Vũ Thanh Hùng cho biết, đến ngày 10.4",
        want: &[Want { name: "Trần Vũ Thanh Hùng", titles: &["Phó Giám đốc Sở Tài chính"], flags: 0 }],
    },
    Row {
        phrase: "Phó Chủ tịch UBND tỉnh Y Thanh Hà Niê Kđăm phát biểu tại hội nghị",
        want: &[Want { name: "Y Thanh Hà Niê Kđăm", titles: &["Phó Chủ tịch UBND tỉnh"], flags: 0 }],
    },
    Row {
        phrase: "đồng chí Nguyễn Văn Sơn Phó Chủ tịch UBND tỉnh phát biểu",
        want: &[Want { name: "Nguyễn Văn Sơn", titles: &["Phó Chủ tịch UBND tỉnh"], flags: 0 }],
    },
    // Former and acting chairs are chairpersons; the tenure stays in the title.
    Row {
        phrase: "Ông Nguyễn Văn B, nguyên Chủ tịch UBND tỉnh dự hội nghị",
        want: &[Want { name: "Nguyễn Văn B", titles: &["nguyên Chủ tịch UBND tỉnh"], flags: CHAIR }],
    },
    Row {
        phrase: "UBKT Trung ương yêu cầu ông Nguyễn Chiến Thắng - nguyên Chủ tịch UBND tỉnh Khánh Hòa nghiêm túc kiểm điểm",
        want: &[
            Want { name: "Nguyễn Chiến Thắng", titles: &["nguyên Chủ tịch UBND tỉnh Khánh Hòa"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Ông Phạm Văn Hà, nguyên Chủ tịch UBND huyện Cát Hải, được bổ nhiệm giữ chức Giám đốc Sở NN-PTNT từ tháng 4-2016.",
        want: &[
            Want { name: "Phạm Văn Hà", titles: &["nguyên Chủ tịch UBND huyện Cát Hải", "Giám đốc Sở NN-PTNT"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Ông Nguyễn Văn Thành, nguyên Trưởng Ban Kinh tế - Ngân sách của HĐND thành phố Hải Phòng",
        want: &[Want { name: "Nguyễn Văn Thành", titles: &["nguyên Trưởng Ban Kinh tế"], flags: 0 }],
    },
    Row {
        phrase: "Quyền Chủ tịch UBND tỉnh Nguyễn Văn Sơn ký quyết định",
        want: &[Want { name: "Nguyễn Văn Sơn", titles: &["Quyền Chủ tịch UBND tỉnh"], flags: CHAIR }],
    },
    Row {
        phrase: "ông Nguyễn Văn Sơn, quyền Chủ tịch UBND huyện cho biết",
        want: &[Want { name: "Nguyễn Văn Sơn", titles: &["quyền Chủ tịch UBND huyện"], flags: CHAIR }],
    },
    Row {
        phrase: "Ông Nguyễn Văn Sơn, cựu Chủ tịch UBND tỉnh, đã nghỉ hưu",
        want: &[Want { name: "Nguyễn Văn Sơn", titles: &["cựu Chủ tịch UBND tỉnh"], flags: CHAIR }],
    },
    // A chair head in lowercase after a name; a dotted abbreviation; a body named with its acronym.
    Row {
        phrase: "Theo ông Trần Văn Bình, chủ tịch UBND xã Tân Lập, người dân rất đồng tình",
        want: &[Want { name: "Trần Văn Bình", titles: &["chủ tịch UBND xã Tân Lập"], flags: CHAIR }],
    },
    Row {
        phrase: "Ông Nguyễn Đức Chung - Ủy viên T.Ư Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP.Hà Nội phát biểu",
        want: &[
            Want { name: "Nguyễn Đức Chung", titles: &["Ủy viên T.Ư Đảng", "Phó Bí thư Thành ủy", "Chủ tịch UBND TP.Hà Nội"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Chủ tịch UBND TP. Hà Nội Nguyễn Đức Chung phát biểu tại buổi làm việc",
        want: &[Want { name: "Nguyễn Đức Chung", titles: &["Chủ tịch UBND TP. Hà Nội"], flags: CHAIR }],
    },
    Row {
        phrase: "Chủ tịch Phòng Thương mại và công nghiệp VN (VCCI) Vũ Tiến Lộc cho biết, để nỗ lực cải thiện chỉ số này",
        want: &[
            Want { name: "Vũ Tiến Lộc", titles: &["Chủ tịch Phòng Thương mại và công nghiệp VN (VCCI)"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Ông Nguyễn Văn Hùng, Chủ tịch Hội đồng quản trị Công ty cổ phần Sông Đà cho biết",
        want: &[
            Want { name: "Nguyễn Văn Hùng", titles: &["Chủ tịch Hội đồng quản trị Công ty"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Ông Lê Văn Nam (Chủ tịch UBND huyện Hòa Vang) cho biết sẽ xử lý dứt điểm",
        want: &[Want { name: "Lê Văn Nam", titles: &["Chủ tịch UBND huyện Hòa Vang"], flags: CHAIR }],
    },
    Row {
        phrase: "Đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh phát biểu",
        want: &[
            Want { name: "Ngô Đông Hải", titles: &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Thầy Nguyễn Văn Bình, Hiệu trưởng Trường THPT Nguyễn Huệ cho biết",
        want: &[Want { name: "Nguyễn Văn Bình", titles: &["Hiệu trưởng Trường THPT Nguyễn Huệ"], flags: 0 }],
    },
    Row {
        phrase: "Hiệu trưởng Trường THPT Nguyễn Huệ Trần Văn Bình phát biểu",
        want: &[Want { name: "Trần Văn Bình", titles: &["Hiệu trưởng Trường THPT Nguyễn Huệ"], flags: 0 }],
    },
    Row {
        phrase: "Chủ tịch Hội Cựu chiến binh tỉnh Lê Văn Bảy trao quà",
        want: &[Want { name: "Lê Văn Bảy", titles: &["Chủ tịch Hội Cựu chiến binh tỉnh"], flags: CHAIR }],
    },
    Row {
        phrase: "bà H’Hen Niê, Phó Chủ tịch UBND huyện",
        want: &[Want { name: "H’Hen Niê", titles: &["Phó Chủ tịch UBND huyện"], flags: 0 }],
    },
    Row {
        phrase: "Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ phát biểu tại hội nghị",
        want: &[
            Want { name: "Nguyễn Văn Thọ", titles: &["Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Chủ tịch nước Võ Văn Thưởng dự và phát biểu chỉ đạo hội nghị",
        want: &[Want { name: "Võ Văn Thưởng", titles: &["Chủ tịch nước"], flags: CHAIR }],
    },
    Row {
        phrase: "Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh chủ trì hội nghị",
        want: &[
            Want { name: "Bùi Văn Khánh", titles: &["Chủ tịch UBND tỉnh Hòa Bình"], flags: CHAIR | PRESIDED },
        ],
    },
    Row {
        phrase: "Bí thư Tỉnh ủy Thái Bình Ngô Đông Hải phát biểu",
        want: &[Want { name: "Ngô Đông Hải", titles: &["Bí thư Tỉnh ủy Thái Bình"], flags: 0 }],
    },
    Row {
        phrase: "Chủ tịch UBND tỉnh Thái Nguyên Trịnh Việt Hùng phát biểu tại hội nghị",
        want: &[Want { name: "Trịnh Việt Hùng", titles: &["Chủ tịch UBND tỉnh Thái Nguyên"], flags: CHAIR }],
    },
    // An appointment gives the office: elected, appointed, holding it.
    Row {
        phrase: "Thiếu tướng Lê Ngọc Châu làm Chủ tịch UBND tỉnh Hải Dương",
        want: &[
            Want { name: "Lê Ngọc Châu", titles: &["Thiếu tướng", "Chủ tịch UBND tỉnh Hải Dương"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "bà Trịnh Thị Minh Thanh, Phó Bí thư Thường trực Tỉnh ủy đã trúng cử chức vụ Chủ tịch HĐND tỉnh Quảng Ninh, khóa XIV",
        want: &[
            Want { name: "Trịnh Thị Minh Thanh", titles: &["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh Quảng Ninh"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Ngày 13-7, HĐND thành phố Hải Phòng khóa 15 đã bầu ông Nguyễn Văn Thành giữ chức Phó Chủ tịch UBND thành phố",
        want: &[Want { name: "Nguyễn Văn Thành", titles: &["Phó Chủ tịch UBND thành phố"], flags: 0 }],
    },
    // A nominee is not given the office.
    Row {
        phrase: "HĐND tỉnh đề nghị bầu ông Nguyễn Văn Sơn giữ chức Chủ tịch UBND tỉnh",
        want: &[Want { name: "Nguyễn Văn Sơn", titles: &[], flags: 0 }],
    },
    // Title, dash or comma, honorific, name.
    Row {
        phrase: "Kết luận hội nghị, Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC - ông Bùi Quang Cẩm yêu cầu công bố công khai kết quả chấm điểm CCHC",
        want: &[
            Want { name: "Bùi Quang Cẩm", titles: &["Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Phát biểu tại hội nghị, Chủ tịch UBND tỉnh, ông Nguyễn Văn Hùng cho biết năm nay tỉnh đạt nhiều kết quả",
        want: &[Want { name: "Nguyễn Văn Hùng", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR }],
    },
    Row {
        phrase: "Chủ tịch UBND xã Ea Tul, ông Y Thanh Niê cho biết",
        want: &[Want { name: "Y Thanh Niê", titles: &["Chủ tịch UBND xã Ea Tul"], flags: CHAIR }],
    },
    // A comma before a name that its own titles follow lists two people;
    // after "thay mặt" the one named acts for the chair.
    Row {
        phrase: "Dự hội nghị có Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn Hùng, Giám đốc Sở Nội vụ",
        want: &[Want { name: "Nguyễn Văn Hùng", titles: &["Giám đốc Sở Nội vụ"], flags: 0 }],
    },
    Row {
        phrase: "Thay mặt Chủ tịch nước, ông Nguyễn Văn Hùng trao Huân chương Lao động hạng Ba cho 5 tập thể",
        want: &[Want { name: "Nguyễn Văn Hùng", titles: &[], flags: 0 }],
    },
    // Lists after "các đồng chí:".
    Row {
        phrase: "Dự hội nghị có các đồng chí: Lâm Thị Hương Thành, Phó Chủ tịch Thường trực HĐND tỉnh; Đinh Đức Cảnh, Bí thư Huyện ủy, Chủ tịch HĐND huyện Tân Yên; lãnh đạo một số sở, ngành tỉnh",
        want: &[
            Want { name: "Lâm Thị Hương Thành", titles: &["Phó Chủ tịch Thường trực HĐND tỉnh"], flags: 0 },
            Want { name: "Đinh Đức Cảnh", titles: &["Bí thư Huyện ủy", "Chủ tịch HĐND huyện Tân Yên"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "Đến dự có các đồng chí: Trần Hoàng Danh, Bí thư Quận ủy; Đậu An Phúc, Phó Chủ tịch UBND Quận; Lê Tấn Nam, Chủ tịch Hội Doanh nghiệp Quận 12.",
        want: &[
            Want { name: "Trần Hoàng Danh", titles: &["Bí thư Quận ủy"], flags: 0 },
            Want { name: "Đậu An Phúc", titles: &["Phó Chủ tịch UBND Quận"], flags: 0 },
            Want { name: "Lê Tấn Nam", titles: &["Chủ tịch Hội Doanh nghiệp Quận 12"], flags: CHAIR },
        ],
    },
    Row {
        phrase: "ý kiến của 4 đồng chí Phó Chủ tịch UBND TP, Chủ tịch UBND TP Nguyễn Đức Chung hoan nghênh",
        want: &[Want { name: "Nguyễn Đức Chung", titles: &["Chủ tịch UBND TP"], flags: CHAIR }],
    },
    // Honorific and name with no title.
    Row {
        phrase: "đề xuất tặng bằng khen cho bà Bùi Lệ Oanh, cán bộ Sở Lao động tỉnh này, vì có công chống tham nhũng",
        want: &[Want { name: "Bùi Lệ Oanh", titles: &[], flags: 0 }],
    },
    Row {
        phrase: "Ông Võ Văn Cảnh, xóm Tân Sơn, xã Kỳ Tân đề nghị làm rõ việc đề bù đất rừng",
        want: &[Want { name: "Võ Văn Cảnh", titles: &[], flags: 0 }],
    },
    Row {
        phrase: "trao Quyết định chỉ định đồng chí Đỗ Đức Duy giữ chức Phó Bí thư Tỉnh ủy và giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh Yên Bái",
        want: &[Want { name: "Đỗ Đức Duy", titles: &["Phó Bí thư Tỉnh ủy"], flags: 0 }],
    },
    Row {
        phrase: "Kết quả, 54/54 đại biểu đã bầu ông Lê Ngọc Châu giữ chức Chủ tịch UBND tỉnh này, nhiệm kỳ 2021-2026.",
        want: &[Want { name: "Lê Ngọc Châu", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR }],
    },
    Row {
        phrase: "HĐND tỉnh Quảng Ninh nhất trí bầu bà Trịnh Thị Minh Thanh – Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh, làm Chủ tịch HĐND tỉnh Quảng Ninh; ông Phạm Đức Ấn - Phó Bí thư Tỉnh ủy làm Chủ tịch UBND tỉnh Quảng Ninh",
        want: &[
            Want { name: "Trịnh Thị Minh Thanh", titles: &["Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh", "Chủ tịch HĐND tỉnh Quảng Ninh"], flags: CHAIR },
            Want { name: "Phạm Đức Ấn", titles: &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Quảng Ninh"], flags: CHAIR },
        ],
    },
    // Who presided: after the mention, before it, or a sentence opening with "chủ trì".
    Row {
        phrase: "Hội nghị diễn ra dưới sự chủ trì của đồng chí Hoàng Quốc Khánh, Chủ tịch UBND tỉnh.",
        want: &[Want { name: "Hoàng Quốc Khánh", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR | PRESIDED }],
    },
    Row {
        phrase: "Ngày 6/2, chủ trì buổi giao ban với lãnh đạo các sở, ngành TP, Chủ tịch UBND TP Nguyễn Đức Chung, đã giao nhiệm vụ cho 17 sở, ngành",
        want: &[Want { name: "Nguyễn Đức Chung", titles: &["Chủ tịch UBND TP"], flags: CHAIR | PRESIDED }],
    },
    Row {
        phrase: "Đồng chí Phó Chủ tịch HĐND tỉnh Nguyễn Khắc Toản dự và cùng chủ trì buổi làm việc",
        want: &[Want { name: "Nguyễn Khắc Toản", titles: &["Phó Chủ tịch HĐND tỉnh"], flags: PRESIDED }],
    },
    Row {
        phrase: "Chiều 9/2, ông Nguyễn Anh Tú - Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) chủ trì hội nghị giao ban",
        want: &[
            Want { name: "Nguyễn Anh Tú", titles: &["Chủ tịch UBND thành phố Uông Bí"], flags: CHAIR | PRESIDED },
        ],
    },
    Row {
        phrase: "Chủ trì hội nghị có đồng chí Lý Thái Hải, Chủ tịch UBND tỉnh.",
        want: &[Want { name: "Lý Thái Hải", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR | PRESIDED }],
    },
    Row {
        phrase: "Đồng chí Nguyễn Văn Sơn, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh chủ trì kỳ họp",
        want: &[
            Want { name: "Nguyễn Văn Sơn", titles: &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], flags: CHAIR | PRESIDED },
        ],
    },
    // Co-chairs: everyone listed before "đồng chủ trì" chaired, the first named presides.
    Row {
        phrase: "Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải đồng chủ trì Hội nghị.",
        want: &[
            Want { name: "Ngô Xuân Lịch", titles: &["Đại tướng", "Ủy viên Bộ Chính trị", "Phó Bí thư Quân ủy Trung ương", "Bộ trưởng Bộ Quốc phòng"], flags: PRESIDED },
            Want { name: "Hoàng Trung Hải", titles: &["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"], flags: 0 },
        ],
    },
    Row {
        phrase: "Ông Nguyễn Đức Chung - Ủy viên T.Ư Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP.Hà Nội; ông Mai Đức Chính - Phó Chủ tịch Tổng LĐLĐVN; bà Nguyễn Thị Tuyến - Chủ tịch LĐLĐ TP.Hà Nội; ông Phạm Quốc Tuấn - Trưởng ban Quản lý các KCN Hà Nội - đồng chủ trì hội nghị.",
        want: &[
            Want { name: "Nguyễn Đức Chung", titles: &["Ủy viên T.Ư Đảng", "Phó Bí thư Thành ủy", "Chủ tịch UBND TP.Hà Nội"], flags: CHAIR | PRESIDED },
            Want { name: "Mai Đức Chính", titles: &["Phó Chủ tịch Tổng LĐLĐVN"], flags: 0 },
            Want { name: "Nguyễn Thị Tuyến", titles: &["Chủ tịch LĐLĐ TP.Hà Nội"], flags: CHAIR | PRESIDED },
            Want { name: "Phạm Quốc Tuấn", titles: &["Trưởng ban Quản lý"], flags: 0 },
        ],
    },
    Row {
        phrase: "Đồng chí Ngô Đông Hải - Bí thư Tỉnh ủy và đồng chí Nguyễn Khắc Thận - Chủ tịch UBND tỉnh đồng chủ trì hội nghị",
        want: &[
            Want { name: "Ngô Đông Hải", titles: &["Bí thư Tỉnh ủy"], flags: PRESIDED },
            Want { name: "Nguyễn Khắc Thận", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR | PRESIDED },
        ],
    },
    Row {
        phrase: "Hội nghị diễn ra dưới sự đồng chủ trì của đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy và đồng chí Nguyễn Khắc Thận, Chủ tịch UBND tỉnh.",
        want: &[
            Want { name: "Ngô Đông Hải", titles: &["Bí thư Tỉnh ủy"], flags: PRESIDED },
            Want { name: "Nguyễn Khắc Thận", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR | PRESIDED },
        ],
    },
    // Nothing joins mentions across a sentence end, nor a plain "chủ trì" across a semicolon.
    Row {
        phrase: "Dự có ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh và ông Ngô Đông Hải, Chủ tịch HĐND tỉnh. Ông Lê Văn Nam, Giám đốc Sở Nội vụ chủ trì hội nghị.",
        want: &[
            Want { name: "Nguyễn Văn Sơn", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR },
            Want { name: "Ngô Đông Hải", titles: &["Chủ tịch HĐND tỉnh"], flags: CHAIR },
            Want { name: "Lê Văn Nam", titles: &["Giám đốc Sở Nội vụ"], flags: PRESIDED },
        ],
    },
    Row {
        phrase: "Dự có ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh; ông Lê Văn Nam, Giám đốc Sở Nội vụ chủ trì phần thảo luận",
        want: &[
            Want { name: "Nguyễn Văn Sơn", titles: &["Chủ tịch UBND tỉnh"], flags: CHAIR },
            Want { name: "Lê Văn Nam", titles: &["Giám đốc Sở Nội vụ"], flags: PRESIDED },
        ],
    },
    Row {
        phrase: "Phát biểu tại buổi toạ đàm, Giám đốc Sở Văn hoá, Thể thao và Du lịch Bình Thuận Bùi Thế Nhân, cho biết",
        want: &[
            Want { name: "Bùi Thế Nhân", titles: &["Giám đốc Sở Văn hoá, Thể thao và Du lịch Bình Thuận"], flags: 0 },
        ],
    },
    Row {
        phrase: "Ông Lê Ngọc Châu, tân Chủ tịch UBND tỉnh Hải Dương, nhiệm kỳ 2021-2026 (Ảnh: Nguyễn Dương).",
        want: &[Want { name: "Lê Ngọc Châu", titles: &["Chủ tịch UBND tỉnh Hải Dương"], flags: CHAIR }],
    },
    Row {
        phrase: "Cử tri Trần Ngọc Anh - Xóm trưởng xóm Thanh Tân, xã Kỳ Tân phát biểu ý kiến",
        want: &[Want { name: "Trần Ngọc Anh", titles: &["Xóm trưởng"], flags: 0 }],
    },
    Row {
        phrase: "Cử tri Thái Khắc Tính, xã Kỳ Tân nêu ý kiến về chế độ chất độc da cam",
        want: &[Want { name: "Thái Khắc Tính", titles: &[], flags: 0 }],
    },
    Row {
        phrase: "Đến dự có các đồng chí: Nguyễn Minh Chánh, Phó Chủ tịch UBND Quận; Võ Thị Chính, Phó Chủ tịch UBND Quận.",
        want: &[
            Want { name: "Nguyễn Minh Chánh", titles: &["Phó Chủ tịch UBND Quận"], flags: 0 },
            Want { name: "Võ Thị Chính", titles: &["Phó Chủ tịch UBND Quận"], flags: 0 },
        ],
    },
    // Bylines.
    Row {
        phrase: "Hội nghị đã thống nhất đề nghị UBND tỉnh chỉ đạo các đơn vị tư vấn để hoàn thiện báo cáo điều chỉnh quy hoạch trình UBND tỉnh và các cấp cao hơn. Dương Chiến",
        want: &[Want { name: "Dương Chiến", titles: &[], flags: AUTHOR }],
    },
    Row {
        phrase: "Hệ thống thông tin điện tử của các tỉnh, thành phố với Chính phủ phải liên thông cho tốt, ứng dụng tương thích với nhau trong toàn quốc. Chu Thanh Vân (TTXVN)",
        want: &[Want { name: "Chu Thanh Vân", titles: &[], flags: AUTHOR }],
    },
    Row {
        phrase: "Thành phố sẽ ngày càng đẹp hơn, khang trang hơn theo hướng đô thị văn minh, hiện đại và phát triển bền vững trong những năm tới... Hoàng Hoa - Văn Cảnh - Nguyễn Thắng (TTXVN)",
        want: &[
            Want { name: "Hoàng Hoa", titles: &[], flags: AUTHOR },
            Want { name: "Văn Cảnh", titles: &[], flags: AUTHOR },
            Want { name: "Nguyễn Thắng", titles: &[], flags: AUTHOR },
        ],
    },
    Row {
        phrase: "Tác giả: Khúc Thị Thu Hằng, Phòng CCHC&VTLT, Sở Nội vụ.",
        want: &[Want { name: "Khúc Thị Thu Hằng", titles: &["Phòng CCHC&VTLT, Sở Nội vụ"], flags: AUTHOR }],
    },
    Row {
        phrase: "Tin, ảnh: Nguyễn Văn Hùng",
        want: &[Want { name: "Nguyễn Văn Hùng", titles: &[], flags: AUTHOR }],
    },
    Row {
        phrase: "Nhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 11 tập thể và 13 cá nhân có thành tích trong công tác cải cách hành chính và công tác nội vụ năm 2016.\n\nLê Hồng\n\n\nTHÔNG TIN CẢI CÁCH",
        want: &[Want { name: "Lê Hồng", titles: &[], flags: AUTHOR }],
    },
    // A photo credit names nobody; the person in the caption counts.
    Row {
        phrase: "Tổng Bí thư Nguyễn Phú Trọng và các đại biểu chụp ảnh chung. Ảnh: Trí Dũng/TTXVN",
        want: &[Want { name: "Nguyễn Phú Trọng", titles: &["Tổng Bí thư"], flags: 0 }],
    },
];

/// Phrases that name nobody.
const NEGATIVES: &[&str] = &[
    // A comma before a name that its own titles follow lists two people;
    // after "thay mặt" the one named acts for the chair.
    "Thừa ủy quyền Chủ tịch UBND tỉnh, Nguyễn Văn Hùng trao Bằng khen cho 10 cá nhân",
    // Bylines.
    "Hội nghị đã thống nhất đề nghị UBND tỉnh chỉ đạo các đơn vị tư vấn để hoàn thiện báo cáo điều chỉnh quy hoạch trình UBND tỉnh và các cấp. Hà Nội",
    "Ảnh: Nguyễn Văn Hùng",
    "HĐND tỉnh Bà Rịa Vũng Tàu đã tán thành chủ trương thành lập thành phố Phú Mỹ",
    "Phó Chủ tịch HĐND tỉnh Bà Rịa – Vũng Tàu cho biết",
    "Ý kiến của cử tri Thành phố Hồ Chí Minh được tổng hợp",
    "Tác giả:\nNguyễn Văn Hùng",
    "Theo HĐND tỉnh Bà Rịa – Vũng Tàu, việc thành lập các phường",
    "Dịp này, UBND tỉnh đã trao tặng 01 cờ thi đua, tặng bằng khen cho 17 tập thể và 23 cá nhân đã có thành tích xuất sắc trong thực hiện cải cách hành cách giai đoạn 2011-2015.\n\nTiếp Thu\n\nTiến tới đại hội đảng",
    // Negatives: unnamed chairs, generic titles, places, credits, chrome.
    "Nhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 11 tập thể và 13 cá nhân",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh",
    "Việc này thuộc thẩm quyền Chủ tịch UBND tỉnh giải quyết theo quy định",
    "Yêu cầu nguyên Chủ tịch tỉnh Khánh Hòa rút kinh nghiệm sâu sắc",
    "Đồng chí Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể và cá nhân",
    "Chủ tịch UBND tỉnh Phú Thọ vừa ký ban hành Văn bản số 339 về việc thực hiện một số nhiệm vụ",
    "Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu các sở, ngành",
    "Các đại biểu tham dự kỳ họp bầu chức danh Chủ tịch UBND tỉnh Hải Dương theo hình thức bỏ phiếu kín.",
    "Chủ tịch UBND huyện Lục Ngạn báo cáo tình hình tiêu thụ vải thiều",
    "cả Bí thư và Chủ tịch TP Hà Nội đều vào cuộc",
    "Dự Hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các Ban Đảng tỉnh ủy",
    "yêu cầu các ngành, chủ tịch UBND các huyện, thành phố tổ chức triển khai thực hiện",
    "Chịu trách nhiệm quản lý nội dung: Lương Thị Như Hoa - Giám đốc Sở",
    "Ảnh: Trọng Đức/TTXVN",
    "Sơn La, Hà Nội, Thái Bình và Hồ Chí Minh là những địa phương dẫn đầu",
    "việc khai thác cát sỏi trên dòng Sông Lô, huyện Sông Lô trước đây diễn ra phức tạp",
    "không cấp thêm giấy phép khai thác cát sỏi trên sông Lô và Sông Hồng",
    "Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016",
    "UBND tỉnh đã ban hành văn bản chỉ đạo, hướng dẫn các cơ quan, đơn vị",
    "Trong đó, Đào Văn Khoan (SN 1962, chỗ ở tại phường Hoàng Liệt, quận Hoàng Mai, Hà Nội)",
    "Người dân làm thủ tục đăng ký kinh doanh tại Hà Nội (Nguồn: Cục Quản lý đăng ký kinh doanh)",
    "",
];

fn flags(people: &People, p: &Person) -> u8 {
    let chair = people.chairpersons.iter().find(|c| c.name == p.name);
    let mut f = 0;
    if chair.is_some() {
        f |= CHAIR;
    }
    if chair.is_some_and(|c| c.presided) || people.presiding.as_deref() == Some(&p.name) {
        f |= PRESIDED;
    }
    if p.role.as_deref() == Some("author") {
        f |= AUTHOR;
    }
    f
}

#[test]
fn examples() {
    assert!(EXAMPLES.len() + NEGATIVES.len() >= 60);
    examples::check(EXAMPLES, NEGATIVES, find_people, |phrase, found, want| {
        found.people.len() == want.len()
            && found.people.iter().zip(*want).all(|(p, w)| {
                p.name == w.name
                    && p.titles == w.titles
                    && flags(found, p) == w.flags
                    && phrase.get(p.start..p.end) == Some(p.text.as_str())
            })
    });
}

#[test]
fn signature_blocks() {
    let text = "Nghị quyết này đã được Hội đồng nhân dân tỉnh Hậu Giang Khóa IX Kỳ họp \
                thứ Sáu thông qua ngày 13 tháng 7 năm 2017./.\n\n\
                TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\n\nĐinh Văn Chung\n";
    let people = find_people(text);
    assert_eq!(people.chairpersons.len(), 1);
    assert_eq!(people.chairpersons[0].name, "Đinh Văn Chung");
    assert_eq!(
        people.chairpersons[0].titles,
        ["Chủ tịch Hội đồng nhân dân"]
    );
    assert_eq!(people.chairpersons[0].bodies, ["Hội đồng nhân dân"]);

    let deputy = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Sơn\n";
    let people = find_people(deputy);
    assert!(people.chairpersons.is_empty());
    assert_eq!(people.people[0].titles, ["Phó Chủ tịch Ủy ban nhân dân"]);

    assert_eq!(
        find_people("CHỦ TỊCH\nỦY BAN NHÂN DÂN TỈNH\n"),
        People::default()
    );
}

#[test]
fn short_references_count_for_the_full_name() {
    let text = "Ông Huỳnh Đức Thơ, Chủ tịch UBND TP Đà Nẵng trần tình với cử tri. \
                Theo ông Thơ, bán đảo Sơn Trà cần được bảo vệ.";
    let people = find_people(text);
    assert_eq!(people.people.len(), 1);
    assert_eq!(people.people[0].mentions, 2);
    assert_eq!(people.chairpersons[0].mentions, 2);
}

#[test]
fn unnamed_chair_is_linked_never_invented() {
    let named = "Chủ tịch UBND tỉnh Vương Bình Thạnh phát biểu.\n\
                 Dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen.";
    let people = find_people(named);
    assert_eq!(people.chairpersons.len(), 1);
    assert_eq!(people.chairpersons[0].mentions, 2);
    assert_eq!(people.chairpersons[0].bodies, ["UBND tỉnh"]);

    let unnamed = "Chủ tịch UBND tỉnh chủ trì Hội nghị.";
    assert_eq!(find_people(unnamed), People::default());
}

#[test]
fn the_office_is_not_a_mention_of_its_holder() {
    let text = "Ông Phạm Đức Ấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ninh phát biểu. \
                Trân trọng cảm ơn các vị đại biểu đã tin tưởng bầu chức vụ Chủ tịch UBND tỉnh.";
    assert_eq!(find_people(text).chairpersons[0].mentions, 1);
}

#[test]
fn other_bodies_and_former_chairs_are_not_linked_to() {
    let text = "Chủ tịch UBND tỉnh Vương Bình Thạnh phát biểu. \
                Chủ tịch UBND các huyện báo cáo. Chủ tịch UBND huyện Chợ Mới trả lời. \
                Ông Nguyễn Văn B, nguyên Chủ tịch UBND tỉnh dự hội nghị. \
                Chủ tịch UBND tỉnh An Giang trao Bằng khen.";
    let people = find_people(text);
    let chairs: Vec<(&str, usize)> = people
        .chairpersons
        .iter()
        .map(|c| (c.name.as_str(), c.mentions))
        .collect();
    // The former chair is a chairperson, but no unnamed reference is his.
    assert_eq!(chairs, [("Vương Bình Thạnh", 2), ("Nguyễn Văn B", 1)]);
    assert_eq!(people.chairpersons[1].titles, ["nguyên Chủ tịch UBND tỉnh"]);
    assert_eq!(people.chairpersons[1].bodies, ["UBND tỉnh"]);
}

#[test]
fn the_late_president_is_no_reference_to_the_city_chair() {
    let text = "Chủ tịch TP Hồ Chí Minh Phan Văn Mãi phát biểu. \
                Cán bộ học tập và làm theo tấm gương đạo đức Chủ tịch Hồ Chí Minh.";
    let people = find_people(text);
    assert_eq!(people.chairpersons.len(), 1);
    assert_eq!(people.chairpersons[0].name, "Phan Văn Mãi");
    assert_eq!(people.chairpersons[0].mentions, 1);
}

#[test]
fn a_digest_has_nobody_presiding() {
    let items = "Công bố 20 đơn vị chậm đóng bảo hiểm xã hội: Bảo hiểm Xã hội tỉnh vừa \
                 công bố danh sách... (trang 2)\n\n\
                 Làm rõ diện tích đất: Sáng 18/2, Ban Kinh tế - Ngân sách HĐND tỉnh làm việc. \
                 Đồng chí Phó Chủ tịch HĐND tỉnh Nguyễn Khắc Toản dự và cùng chủ trì buổi \
                 làm việc... (trang 2)\n\n\
                 Văn minh những lễ hội không rác: Khi việc giữ gìn vệ sinh... (trang 4)\n";
    assert!(is_digest(items));
    let people = find_people(items);
    assert_eq!(people.people[0].name, "Nguyễn Khắc Toản");
    assert_eq!(people.presiding, None);
    // One page reference, or references inside lines, make no digest.
    let one = "Đồng chí Nguyễn Khắc Toản, Chủ tịch HĐND tỉnh chủ trì buổi làm việc (trang 2)\n";
    assert!(!is_digest(one));
    assert_eq!(
        find_people(one).presiding.as_deref(),
        Some("Nguyễn Khắc Toản")
    );
    assert!(!is_digest("xem (trang 2) và (trang 3) tiếp.\n"));
}

#[test]
fn unnamed_chair_who_presided_makes_the_named_chair_preside() {
    let text = "Chủ tịch UBND tỉnh chủ trì Hội nghị.\n\
                Phát biểu tại Hội nghị, đồng chí Lý Thái Hải, Chủ tịch UBND tỉnh yêu cầu các sở.";
    let people = find_people(text);
    assert_eq!(people.presiding.as_deref(), Some("Lý Thái Hải"));
    assert!(people.chairpersons[0].presided);
}

/// A seed's text, presiding, chairpersons and authors, read by hand.
type Seed = (
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
    &'static [&'static str],
);

const SEEDS: &[Seed] = &[
    (
        seeds::SON_LA_2016,
        Some("Cầm Ngọc Minh"),
        &["Cầm Ngọc Minh"],
        &["Lê Hồng"],
    ),
    (seeds::BAC_KAN_2017, None, &["Lý Thái Hải"], &[]),
    (seeds::CCHC_INDEX_2015, None, &["Bùi Quang Cẩm"], &[]),
    (
        seeds::AN_GIANG_2015,
        Some("Vương Bình Thạnh"),
        &["Vương Bình Thạnh"],
        &[],
    ),
    (
        seeds::SON_LA_SIPAS_2022,
        Some("Hoàng Quốc Khánh"),
        &["Hoàng Quốc Khánh"],
        &["Khúc Thị Thu Hằng"],
    ),
];

#[test]
fn seeds() {
    for (i, (text, presiding, chairs, authors)) in SEEDS.iter().enumerate() {
        let people = find_people(text);
        assert_eq!(people.presiding.as_deref(), *presiding, "seed {i}");
        let names: Vec<&str> = people
            .chairpersons
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(names, *chairs, "seed {i}");
        let found_authors: Vec<&str> = people
            .people
            .iter()
            .filter(|p| p.role.is_some())
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(found_authors, *authors, "seed {i}");
        // Every person is a chair or an author on the seeds; none from chrome.
        assert_eq!(
            people.people.len(),
            chairs.len() + authors.len(),
            "seed {i}"
        );
        for p in &people.people {
            assert_eq!(&text[p.start..p.end], p.text, "seed {i}");
        }
    }
}

#[test]
fn seed_titles_and_mentions() {
    let people = find_people(SEEDS[2].0);
    let chair = &people.chairpersons[0];
    assert_eq!(
        chair.titles,
        [
            "Tỉnh ủy viên",
            "Phó Chủ tịch UBND tỉnh",
            "Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC"
        ]
    );
    assert_eq!(chair.bodies, ["Hội đồng Đánh giá, xác định chỉ số CCHC"]);
    assert_eq!(chair.mentions, 2);
    assert!(!chair.presided);

    let people = find_people(SEEDS[0].0);
    // Two named mentions and "Chủ tịch UBND tỉnh đã trao Bằng khen".
    assert_eq!(people.chairpersons[0].mentions, 3);
    assert!(people.chairpersons[0].presided);
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(2000))]

    #[test]
    fn never_panics_and_offsets_hold(text in "\\PC{0,200}") {
        let people = find_people(&text);
        for p in &people.people {
            proptest::prop_assert_eq!(&text[p.start..p.end], p.text.as_str());
        }
    }

    #[test]
    fn never_panics_on_title_soup(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "Chủ", "tịch", "UBND", "tỉnh", "Phó", "Bí", "thư", "ông", "đồng", "chí",
                "Nguyễn", "Văn", "A", "Hà", "Nội", ",", "-", "–", ";", ":", "chủ", "trì",
                "Tác", "giả", "\n", "Đ/c", "H'Hen", "Niê", "(", ")", "của", "các", "4",
                "Tác giả:", "(TTXVN)", "Bà", "Rịa", "Vũng", "Tàu", "tân", "cử", "tri", ".",
                "…", "Hội", "đồng", "Đánh", "giá", "xác", "định", "chỉ", "số", "CCHC",
                "Lê", "Hồng", "Thị", "Hòa", "Bình", "huyện", "Lục", "Ngạn", "Sở", "Xây",
                "dựng", "Trưởng", "ban",
            ]),
            0..40,
        )
    ) {
        let text = words.join(" ");
        let people = find_people(&text);
        for p in &people.people {
            proptest::prop_assert_eq!(&text[p.start..p.end], p.text.as_str());
        }
    }
}
