//! The titles example table: page openings as real archives store them, with
//! the headline read off each by hand, and openings with none.

use super::*;
use crate::testing::examples::{self, Row};

/// Page openings as real archives store them, and the headline read off
/// each by hand.
const EXAMPLES: &[Row<Option<&str>>] = &[
    Row {
        phrase: "Tin chính trị\n\nHội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016\nTue, 27/12/2016 17:00 | GMT +7",
        want: Some("Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016"),
    },
    Row {
        phrase: "Điểm tin trong ngày\n• Màn chào hỏi của công đoàn sở nội vụ Tỉnh Sơn La\n1\nHội nghị trực tuyến tổng kết công tác cải cách hành chính năm 2022\nLượt xem: 137",
        want: Some("Hội nghị trực tuyến tổng kết công tác cải cách hành chính năm 2022"),
    },
    Row {
        phrase: "---\nlayout: post\ntitle: \" [Phạm Đức Ấn] Ông Phạm Đức Ấn làm Chủ tịch UBND tỉnh Quảng Ninh\"\ndate: Tue, 10 Dec 2024 17:00:00 +0700\n---\n[Ông Phạm Đức Ấn làm Chủ tịch UBND tỉnh Quảng Ninh](https://example.vn/a.html)",
        want: Some("Ông Phạm Đức Ấn làm Chủ tịch UBND tỉnh Quảng Ninh"),
    },
    Row {
        phrase: "---\ntitle: \"🔥🔥🔥 [Mu] Nữ công nhân cạo mủ 7 năm liền là chiến sĩ thi đua cơ sở\"\n---\n",
        want: Some("Nữ công nhân cạo mủ 7 năm liền là chiến sĩ thi đua cơ sở"),
    },
    Row {
        phrase: "---\ntitle: \" [Hải Phòng] Hải Phòng tổ chức mô hình chính quyền đô thị, sẽ lập TP Thủy ...\"\n---\n",
        want: Some("Hải Phòng tổ chức mô hình chính quyền đô thị, sẽ lập TP Thủy"),
    },
    Row {
        phrase: "{\n\"Url\": \"http://www.baomoi.com/a.epi\",\n\"Time\": \"03/04/2014 15:30\",\n\"Title\": \"Dự án phát triển khu kinh tế ở Kon Tum: Tan giấc mơ… Bờ Y\",\n",
        want: Some("Dự án phát triển khu kinh tế ở Kon Tum: Tan giấc mơ… Bờ Y"),
    },
];

/// Openings with no headline in them.
const NEGATIVES: &[&str] = &[
    "(TGAG)- Sáng nay, ngày 30/12, Chủ tịch UBND tỉnh chủ trì Hội nghị.",
    "Lê Hồng\n\nTHÔNG TIN CẢI CÁCH",
    "",
    // Photo captions are not headlines.
    "(BĐ) - Chiều 22.4, Chủ tịch UBND tỉnh có buổi làm việc với huyện Vân Canh.\n[img]\nChủ tịch UBND tỉnh Phạm Anh Tuấn phát biểu chỉ đạo tại buổi làm việc. Ảnh: T.SỸ",
    "Sáng 18/4, Chủ tịch UBND tỉnh đã có buổi tiếp Đoàn công tác.\n[img]\nQuang cảnh tiếp và làm việc với đoàn công tác Ngân hàng",
    "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà - Ảnh: GIA HÂN",
];

#[test]
fn examples() {
    examples::check(EXAMPLES, NEGATIVES, find_title, |_, got, want| {
        got.as_deref() == *want
    });
}
