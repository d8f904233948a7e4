//! The examples table (Duckling style: one real phrase a row, its expected
//! facts read by hand off the phrase), the publication stamp and event date
//! tables, the five seeds, and a no-panic property.

use super::*;
use crate::testing::examples::{self, Row};

/// One expected fact: kind, value, and the flags that matter.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Exp {
    kind: DateKind,
    value: &'static str,
    inferred: bool,
    from: Option<&'static str>,
    to: Option<&'static str>,
    time: Option<&'static str>,
    document: bool,
    relative: bool,
    /// The text expected, when the row says.
    text: Option<&'static str>,
}

const fn exp(kind: DateKind, value: &'static str) -> Exp {
    Exp {
        kind,
        value,
        inferred: false,
        from: None,
        to: None,
        time: None,
        document: false,
        relative: false,
        text: None,
    }
}

/// A date said from the page's stamp.
const fn rel(e: Exp) -> Exp {
    Exp {
        relative: true,
        ..e
    }
}

/// `e`, written as `text`.
const fn said(text: &'static str, e: Exp) -> Exp {
    Exp {
        text: Some(text),
        ..e
    }
}

/// A month or quarter whose year the text left out.
const fn yearless(e: Exp) -> Exp {
    Exp {
        inferred: true,
        ..e
    }
}

const fn day(value: &'static str) -> Exp {
    exp(DateKind::Day, value)
}

/// A day whose year the text left out.
const fn inferred(value: &'static str) -> Exp {
    Exp {
        inferred: true,
        ..day(value)
    }
}

/// A cited document's day.
const fn doc(value: &'static str) -> Exp {
    Exp {
        document: true,
        ..day(value)
    }
}

const fn at(e: Exp, time: &'static str) -> Exp {
    Exp {
        time: Some(time),
        ..e
    }
}

const fn month(value: &'static str) -> Exp {
    exp(DateKind::Month, value)
}

const fn year(value: &'static str) -> Exp {
    exp(DateKind::Year, value)
}

const fn quarter(value: &'static str, from: &'static str, to: &'static str) -> Exp {
    Exp {
        from: Some(from),
        to: Some(to),
        ..exp(DateKind::Quarter, value)
    }
}

const fn period(value: &'static str, from: &'static str, to: &'static str) -> Exp {
    Exp {
        from: Some(from),
        to: Some(to),
        ..exp(DateKind::Period, value)
    }
}

const fn period_inferred(value: &'static str, from: &'static str, to: &'static str) -> Exp {
    Exp {
        inferred: true,
        ..period(value, from, to)
    }
}

/// A period of which only the length is known.
const fn length(value: &'static str) -> Exp {
    exp(DateKind::Period, value)
}

const NONE: &[Exp] = &[];

#[rustfmt::skip]
const EXAMPLES: &[Row<&[Exp]>] = &[
    // Days with a year, in every separator and wording.
    Row { phrase: "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị", want: &[day("2016-12-24")] },
    Row { phrase: "Sáng ngày 22/01/2016, tại Sở Nội vụ diễn ra hội nghị", want: &[day("2016-01-22")] },
    Row { phrase: "khai mạc vào ngày 24-12-2016", want: &[day("2016-12-24")] },
    Row { phrase: "khai mạc ngày 24.12.2016", want: &[day("2016-12-24")] },
    Row { phrase: "khai mạc ngày 24–12–2016", want: &[day("2016-12-24")] },
    Row { phrase: "ngày 24 tháng 12 năm 2016", want: &[day("2016-12-24")] },
    Row { phrase: "ngày 9 tháng 10 năm 2018", want: &[day("2018-10-09")] },
    Row { phrase: "ngày 19 tháng 6\nnăm 2015", want: &[day("2015-06-19")] },
    Row { phrase: "Tính đến ngày 25 tháng 01/2025, Đà Nẵng", want: &[day("2025-01-25")] },
    Row { phrase: "Thứ Ba, 27/12/2016", want: &[day("2016-12-27")] },
    Row { phrase: "Thứ Năm, ngày 12/1/2023", want: &[day("2023-01-12")] },
    Row { phrase: "Chủ nhật, 8/1/2023", want: &[day("2023-01-08")] },
    Row { phrase: "Tue, 27/12/2016 17:00 | GMT +7", want: &[at(day("2016-12-27"), "17:00")] },
    Row { phrase: "lúc 8 giờ 30, ngày 24/12/2016", want: &[at(day("2016-12-24"), "08:30")] },
    Row { phrase: "ngày 24/12/2016 lúc 8 giờ 30", want: &[at(day("2016-12-24"), "08:30")] },
    Row { phrase: "Ngày 12/1/2023, đồng chí Hoàng Quốc Khánh đã chủ trì Hội nghị", want: &[day("2023-01-12")] },
    Row { phrase: "Hội nghị trực tuyến của UBND tỉnh với các huyện, thành phố ngày 15/5/2017", want: &[day("2017-05-15")] },
    Row { phrase: "ngày 29/2/2016", want: &[day("2016-02-29")] },
    Row { phrase: "đến ngày 30/6/2025 giải ngân đạt 30%", want: &[day("2025-06-30")] },
    Row { phrase: "ngày 11/02/1963 và khánh thành", want: &[day("1963-02-11")] },
    // Days without a year: the year from the sentence, else none.
    Row { phrase: "Sáng nay, ngày 30/12, Chủ tịch UBND tỉnh chủ trì Hội nghị trực tuyến tổng kết công tác cải cách hành chính năm 2015 triển khai kế hoạch cải cách hành chính năm 2016.", want: &[inferred("2015-12-30"), year("2015"), year("2016")] },
    Row { phrase: "Chiều 13-3, hội nghị tổng kết năm 2016 diễn ra", want: &[inferred("2017-03-13"), year("2016")] },
    Row { phrase: "Ngày 3.7, Bộ Công an đã tổ chức hội nghị sơ kết công tác công an năm 2017", want: &[inferred("2017-07-03"), year("2017")] },
    Row { phrase: "Chiều 22.4, Chủ tịch UBND tỉnh có buổi làm việc về tình hình quý I/2025", want: &[
            inferred("2025-04-22"),
            quarter("2025-Q1", "2025-01-01", "2025-03-31"),
        ] },
    Row { phrase: "Ngày 6/2, chủ trì buổi giao ban, nhiệm vụ trọng tâm tháng 2/2017", want: &[inferred("2017-02-06"), month("2017-02")] },
    Row { phrase: "Trong hai ngày 30/6 và 1/7, Tỉnh ủy tổ chức Hội nghị 6 tháng đầu năm 2017", want: &[
            inferred("2017-06-30"),
            inferred("2017-07-01"),
            period("2017-01/2017-06", "2017-01-01", "2017-06-30"),
        ] },
    Row { phrase: "Tối 20.9, Đại hội Thể dục thể thao tỉnh lần thứ 9 năm 2022 đã chính thức khai mạc", want: &[inferred("2022-09-20"), year("2022")] },
    Row { phrase: "Ngày 10/6 tại Hà Giang tổ chức Hội nghị sơ kết thi hành Luật Hợp tác xã năm 2012", want: &[day("--06-10"), year("2012")] },
    Row { phrase: "ngày 6/10", want: &[day("--10-06")] },
    Row { phrase: "Ngày 11-6, HĐND tổ chức kỳ họp", want: &[day("--06-11")] },
    Row { phrase: "Tin tức thể thao sáng 5-1", want: &[day("--01-05")] },
    Row { phrase: "Sáng 3/7, Kỳ họp thứ 4 HĐND thành phố Hà Nội khóa XV, nhiệm kỳ 2016 - 2021, chính thức khai mạc", want: &[
            day("--07-03"),
            period("2016/2021", "2016-01-01", "2021-12-31"),
        ] },
    Row { phrase: "Trong 2 ngày 6-7/7/2017, Tổng Bí thư đến thăm, làm việc", want: &[period("2017-07-06/2017-07-07", "2017-07-06", "2017-07-07")] },
    Row { phrase: "Từ ngày 21 đến 23/3/2019 tại thành phố Hạ Long", want: &[period("2019-03-21/2019-03-23", "2019-03-21", "2019-03-23")] },
    Row { phrase: "từ ngày 25 đến 23/3/2019", want: &[day("2019-03-23")] },
    Row { phrase: "Trong 2 ngày 30/6-1/7/2017, Tỉnh ủy tổ chức Hội nghị", want: &[period("2017-06-30/2017-07-01", "2017-06-30", "2017-07-01")] },
    Row { phrase: "ngày 30/6 - 1/7", want: &[day("--06-30"), day("--07-01")] },
    Row { phrase: "ngày 3/7, 12/12 đề án đã hoàn thành", want: &[day("--07-03")] },
    Row { phrase: "Chiều nay (8/2), Thị ủy tổ chức hội nghị", want: &[day("--02-08")] },
    Row { phrase: "Chiều nay 8/2, Thị ủy tổ chức hội nghị", want: &[day("--02-08")] },
    Row { phrase: "Kết quả (8/2) cho thấy", want: NONE },
    // A year after a name (year.rs, rule 1).
    Row { phrase: "chiều 14/3, trong khuôn khổ buổi công bố bảng xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2016", want: &[inferred("2017-03-14")] },
    Row { phrase: "Chiều 10/2, Thành ủy đã tổ chức gặp mặt đầu Xuân Đinh Dậu 2017 với hơn 400 doanh nghiệp", want: &[inferred("2017-02-10")] },
    Row { phrase: "Chiều 5-7, tại Sơn La đã diễn ra Lễ trao tặng Huân chương. Đây là sự kiện trong khuôn khổ “Ngày hội Giao lưu văn hóa vùng biên giới Việt Nam - Lào 2017”.", want: &[inferred("2017-07-05")] },
    Row { phrase: "Chiều 10/2, 20 doanh nghiệp được tôn vinh. Tháng 12/2016, thành phố tổng kết. Chiều 10/2, Thành ủy tổ chức gặp mặt đầu Xuân Đinh Dậu 2017.", want: &[
            inferred("2017-02-10"),
            month("2016-12"),
            inferred("2017-02-10"),
        ] },
    Row { phrase: "Chiều 9/2, 20 doanh nghiệp được tôn vinh. Tháng 12/2016, thành phố tổng kết. Chiều 10/2, Thành ủy tổ chức gặp mặt đầu Xuân Đinh Dậu 2017.", want: &[
            inferred("2016-02-09"),
            month("2016-12"),
            inferred("2017-02-10"),
        ] },
    Row { phrase: "Chiều 10/2, tỉnh có hơn 2016 doanh nghiệp", want: &[day("--02-10")] },
    Row { phrase: "Chiều 10/2, hội nghị diễn ra.\nCó 2016 hộ nghèo", want: &[day("--02-10")] },
    Row { phrase: "Chiều 10/2, hội nghị diễn ra theo Quyết định 2016/QĐ-UBND", want: &[day("--02-10")] },
    // Plans bound the year from above and do not vote (rule 2).
    Row { phrase: "Ngày 3/7, hội nghị trực tuyến diễn ra. Tỉnh kiến nghị áp dụng mức thuế này sớm hơn thời điểm 1/1/2018, có thể từ ngày 1/10/2017.", want: &[inferred("2017-07-03"), day("2018-01-01"), day("2017-10-01")] },
    Row { phrase: "Ngày 10/6, hội nghị sơ kết diễn ra. Tính đến hết năm 2016, toàn vùng có 908 HTX. Các tỉnh cần thực hiện cơ bản xong trong năm 2018.", want: &[inferred("2017-06-10"), year("2016"), year("2018")] },
    Row { phrase: "Ngày 10/6, hội nghị sơ kết diễn ra. Năm 2016, toàn vùng có 908 HTX. Các tỉnh đã hoàn thành trong năm 2018.", want: &[inferred("2018-06-10"), year("2016"), year("2018")] },
    // A flashback neither votes nor bounds (rule 3).
    Row { phrase: "Chiều 9/2, ông Tú chủ trì hội nghị giao ban. Cách đây khoảng 5 năm, mỏ than gây nhiều bất cập. Trước những bất cập này, tháng 5/2012, Công an đã giải tỏa lán trại.", want: &[day("--02-09"), month("2012-05")] },
    Row { phrase: "Chiều 9/2, ông Tú chủ trì hội nghị giao ban. Cách đây 5 năm, mỏ gây bất cập; cách đây 3 năm, tháng 5/2012, Công an đã giải tỏa. Hiện nay, xã đã đạt chuẩn vào tháng 12/2016.", want: &[inferred("2017-02-09"), month("2012-05"), month("2016-12")] },
    // A fact told as past bounds the year from below (rule 4).
    Row { phrase: "Ngày 20-5, Sở Nội vụ cho biết đã hoàn tất hồ sơ. Vụ án được khởi tố vào tháng 10-2016.", want: &[inferred("2017-05-20"), month("2016-10")] },
    Row { phrase: "Chiều 9/2, ông Tú chủ trì hội nghị giao ban. Cách đây 5 năm thu nhập chỉ đạt 13 triệu đồng. Đến nay, xã đã đạt chuẩn vào tháng 12/2016.", want: &[inferred("2017-02-09"), month("2016-12")] },
    Row { phrase: "Ngày 20-5, hội nghị diễn ra. Tháng 10-2016, tỉnh tổ chức tổng kết.", want: &[inferred("2016-05-20"), month("2016-10")] },
    // An anniversary counts from its founding (rule 5).
    Row { phrase: "Chiều 24/5, Trung tâm tổ chức lễ kỷ niệm 10 năm thành lập. Trung tâm thành lập theo Quyết định số 32 ngày 11/4/2007 của UBND tỉnh. Năm 2016, Trung tâm được tặng cờ thi đua.", want: &[inferred("2017-05-24"), doc("2007-04-11"), year("2016")] },
    Row { phrase: "Chiều 24/5, Trung tâm tổ chức lễ kỷ niệm 10 năm thành lập. Năm 2016, Trung tâm được tặng cờ thi đua.", want: &[inferred("2016-05-24"), year("2016")] },
    // A span of years gives its year at a turn of two terms, at the end of
    // an anniversary's span, at the start of a congress's term; else none.
    Row { phrase: "Ngày 25.8, Tỉnh ủy tổ chức Đại hội Thi đua yêu nước lần thứ 1, giai đoạn 2025 - 2030, nhằm đánh giá kết quả các phong trào thi đua giai đoạn 2020 - 2025.", want: &[
            inferred("2025-08-25"),
            period("2025/2030", "2025-01-01", "2030-12-31"),
            period("2020/2025", "2020-01-01", "2025-12-31"),
        ] },
    Row { phrase: "TP - Ngày 7-2, tỉnh Quảng Nam đã long trọng tổ chức kỷ niệm 15 năm Quảng Nam tái lập tỉnh (1997–2012) và đón nhận Huân chương Hồ Chí Minh.", want: &[
            inferred("2012-02-07"),
            period("1997/2012", "1997-01-01", "2012-12-31"),
        ] },
    Row { phrase: "Ngày 26/3, Ban Chấp hành Đoàn Trường Cao đẳng Y tế An Giang tổ chức Đại hội Đại biểu Đoàn TNCS Hồ Chí Minh lần thứ XX (nhiệm kỳ 2022-2024).", want: &[
            inferred("2022-03-26"),
            period("2022/2024", "2022-01-01", "2024-12-31"),
        ] },
    Row { phrase: "Ngày 5/3, UBND tỉnh tổ chức hội nghị triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015-2020.", want: &[
            day("--03-05"),
            period("2015/2020", "2015-01-01", "2020-12-31"),
        ] },
    // Months, years, quarters.
    Row { phrase: "tháng 12/2016", want: &[month("2016-12")] },
    Row { phrase: "tháng 12 năm 2016", want: &[month("2016-12")] },
    Row { phrase: "từ tháng 4-2017", want: &[month("2017-04")] },
    Row { phrase: "năm 2016", want: &[year("2016")] },
    Row { phrase: "Năm 2022, Ban Chỉ đạo CCHC tỉnh", want: &[year("2022")] },
    Row { phrase: "PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2017", want: &[year("2017")] },
    Row { phrase: "Chỉ số CCHC năm 2022của các sở", want: &[year("2022")] },
    Row { phrase: "trong năm\u{a0} 2015", want: &[year("2015")] },
    Row { phrase: "giảm 1,76 điểm so với năm 2021", want: &[year("2021")] },
    Row { phrase: "Trong quý I/2017, đã có trên 45.000 văn bản", want: &[quarter("2017-Q1", "2017-01-01", "2017-03-31")] },
    Row { phrase: "quý 1 năm 2017", want: &[quarter("2017-Q1", "2017-01-01", "2017-03-31")] },
    Row { phrase: "Quý IV năm 2018", want: &[quarter("2018-Q4", "2018-10-01", "2018-12-31")] },
    Row { phrase: "quý II/2025", want: &[quarter("2025-Q2", "2025-04-01", "2025-06-30")] },
    // Periods and ranges.
    Row { phrase: "4 tháng đầu năm 2017", want: &[period("2017-01/2017-04", "2017-01-01", "2017-04-30")] },
    Row { phrase: "sáu tháng đầu năm 2017", want: &[period("2017-01/2017-06", "2017-01-01", "2017-06-30")] },
    Row { phrase: "trong 8 tháng cuối năm 2017", want: &[period("2017-05/2017-12", "2017-05-01", "2017-12-31")] },
    Row { phrase: "cải cách hành chính 4 tháng đầu năm 2017, phương hướng nhiệm vụ 8 tháng tiếp theo", want: &[
            period("2017-01/2017-04", "2017-01-01", "2017-04-30"),
            period("2017-05/2017-12", "2017-05-01", "2017-12-31"),
        ] },
    Row { phrase: "nhiệm vụ 6 tháng cuối năm, kế hoạch năm 2017", want: &[
            period_inferred("2017-07/2017-12", "2017-07-01", "2017-12-31"),
            year("2017"),
        ] },
    Row { phrase: "6 tháng cuối năm", want: &[length("P6M")] },
    Row { phrase: "phương hướng nhiệm vụ 8 tháng tiếp theo", want: &[length("P8M")] },
    Row { phrase: "giai đoạn 2016-2020", want: &[period("2016/2020", "2016-01-01", "2020-12-31")] },
    Row { phrase: "giai đoạn 2016 – 2021", want: &[period("2016/2021", "2016-01-01", "2021-12-31")] },
    Row { phrase: "nhiệm kỳ 2016 - 2021", want: &[period("2016/2021", "2016-01-01", "2021-12-31")] },
    Row { phrase: "kế hoạch sử dụng đất kỳ cuối (2016-2020)", want: &[period("2016/2020", "2016-01-01", "2020-12-31")] },
    Row { phrase: "từ ngày 1/1 đến ngày 31/12/2016", want: &[period("2016-01-01/2016-12-31", "2016-01-01", "2016-12-31")] },
    Row { phrase: "từ tháng 1/2016 đến ngày 10/5/2017", want: &[period("2016-01-01/2017-05-10", "2016-01-01", "2017-05-10")] },
    Row { phrase: "từ năm 2017 đến năm 2020", want: &[period("2017-01-01/2020-12-31", "2017-01-01", "2020-12-31")] },
    Row { phrase: "(27/7/1947-27/7/2017)", want: &[period("1947-07-27/2017-07-27", "1947-07-27", "2017-07-27")] },
    // Cited documents' days: kept, marked.
    Row { phrase: "Giấy phép hoạt động trang thông tin điện tử tổng hợp số: 06/GP-TTĐT ngày 19/6/2019 của Sở Thông tin và Truyền thông", want: &[doc("2019-06-19")] },
    Row { phrase: "Nghị quyết số 35/NQ-CP ngày 16/5/2016 của Chính phủ", want: &[doc("2016-05-16")] },
    Row { phrase: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", want: &[doc("2015-06-19")] },
    Row { phrase: "Căn cứ Luật Tổ chức chính\nquyền địa phương ngày 19 tháng 6 năm 2015;", want: &[doc("2015-06-19")] },
    Row { phrase: "Nghị quyết này có hiệu lực kể từ ngày 24/7/2017", want: &[doc("2017-07-24")] },
    Row { phrase: "Xét Tờ trình số 30/TTr-UBND\nngày 06/06/2017 của Uỷ ban nhân dân tỉnh", want: &[doc("2017-06-06")] },
    Row { phrase: "Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị", want: &[doc("2021-09-22")] },
    Row { phrase: "Công điện số 156/CĐ-TTg ngày 2/2/2017 của Thủ tướng Chính phủ", want: &[doc("2017-02-02")] },
    Row { phrase: "Kế hoạch số 02 ngày 22/3/2017 của Ban Chỉ đạo", want: &[doc("2017-03-22")] },
    Row { phrase: "Quyết định số 439 – QĐNS/TW ngày 6/2/2017 của Ban Bí thư", want: &[doc("2017-02-06")] },
    Row { phrase: "Nghị định số 105/2014/NĐ-CP ngày\n15/11/2014 của Chính phủ", want: &[doc("2014-11-15")] },
    Row { phrase: "Ngày 21/5/2024, UBND huyện Gio Linh có quyết định số 2257/QĐ-UBND phê duyệt giá đất", want: &[doc("2024-05-21")] },
    Row { phrase: "Ngày 3/7/2017, Sở đã ban hành Công văn số 12 về tổ chức hội nghị", want: &[doc("2017-07-03")] },
    Row { phrase: "Ngày 3/7/2017, UBND tỉnh có kế hoạch tổ chức hội nghị", want: &[day("2017-07-03")] },
    // Not dates.
    Row { phrase: "ngày 31/02/2016", want: NONE },
    Row { phrase: "45/13/2016", want: NONE },
    Row { phrase: "ngày 29/2/2017", want: NONE },
    Row { phrase: "ngày 1/1/1900", want: NONE },
    Row { phrase: "năm 1800", want: NONE },
    Row { phrase: "hoàn thành 50/53 đầu công việc, đạt 94,3%", want: NONE },
    Row { phrase: "20/20 sở, ngành có chỉ số SIPAS đạt từ 90% trở lên", want: NONE },
    Row { phrase: "Hoàn thành 11/15 mục tiêu đạt 73,3%", want: NONE },
    Row { phrase: "12/12 đề án, dự án cải cách hành chính", want: NONE },
    Row { phrase: "xếp hạng từ 49/63 tỉnh thành", want: NONE },
    Row { phrase: "đã tăng 30 bậc xếp 19/63 tỉnh thành", want: NONE },
    Row { phrase: "Đợt 1/2017, toàn tỉnh tinh giản biên chế được 25 người", want: NONE },
    Row { phrase: "theo Nghị định số 108/2014/NĐ-CP", want: NONE },
    Row { phrase: "Nghị quyết số 36a/NQ-CP của Chính phủ", want: NONE },
    Row { phrase: "Tổng điểm trung bình đạt 91,19/100 điểm", want: NONE },
    Row { phrase: "tổng điểm trung bình của các huyện đạt 87,94/100 điểm", want: NONE },
    Row { phrase: "theo tiêu chuẩn ISO 9001:2008", want: NONE },
    Row { phrase: "ĐT: Văn phòng sở (0212).3752.630 - Phòng CCHC (0212).3751.890", want: NONE },
    Row { phrase: "FAX: (0212).3855.743", want: NONE },
    Row { phrase: "Tổng số lượt truy cập: 40503542", want: NONE },
    Row { phrase: "Lượt xem: 137", want: NONE },
    Row { phrase: "dịch vụ công mức độ 3,4 với Văn phòng Chính phủ", want: NONE },
    Row { phrase: "dịch vụ công trực tuyến mức độ 3, 4", want: NONE },
    Row { phrase: "cao hơn 2021 là 1,25%", want: NONE },
    Row { phrase: "tăng 11,79% so với cùng kỳ", want: NONE },
    Row { phrase: "giao 1.646 biên chế công chức, 10.448 viên chức", want: NONE },
    Row { phrase: "https://bhd.1cdn.vn/2025/02/19/t1-1-.jpg", want: NONE },
    Row { phrase: "tỷ lệ 3/4 số xã", want: NONE },
    Row { phrase: "thi hành kể từ 2016-2020", want: NONE },
    Row { phrase: "2016-2020", want: NONE },
    Row { phrase: "đạt 1.25 điểm", want: NONE },
];

/// `found` in `text` (which holds `phrase`) are the `expected` facts.
fn check_facts(
    phrase: &str,
    text: &str,
    found: &[DateFact],
    expected: &[Exp],
) -> Result<(), String> {
    let same = found.len() == expected.len()
        && found.iter().zip(expected).all(|(f, e)| {
            f.kind == e.kind
                && f.value == e.value
                && f.inferred_year == e.inferred
                && f.document == e.document
                && f.relative == e.relative
                && f.from.as_deref() == e.from
                && f.to.as_deref() == e.to
                && f.time.as_deref() == e.time
                && e.text.is_none_or(|t| t == f.text)
                && text.get(f.start..f.end) == Some(f.text.as_str())
        });
    if same {
        Ok(())
    } else {
        Err(format!(
            "{phrase:?}\n  expected {expected:?}\n  found    {found:?}"
        ))
    }
}

#[test]
fn examples() {
    assert!(EXAMPLES.len() >= 80, "{} rows", EXAMPLES.len());
    examples::check(
        EXAMPLES,
        &[],
        find_dates,
        |phrase, found: &Vec<DateFact>, expected: &&[Exp]| {
            check_facts(phrase, phrase, found, expected).is_ok()
        },
    );
}

/// Stamp lines for the everyday rows: what "hôm nay" is said from.
const JAN_12: Option<&str> = Some("Ngày đăng: 12/1/2017");
const FEB_8: Option<&str> = Some("Ngày đăng: 8/2/2017");
const APR_5: Option<&str> = Some("Ngày đăng: 5/4/2017");
const JUL_3: Option<&str> = Some("Ngày đăng: 3/7/2017");
const SEP_3: Option<&str> = Some("Ngày đăng: 3/9/2017");
const OCT_5: Option<&str> = Some("Ngày đăng: 5/10/2017");

/// Everyday date forms a reader knows, each in a report sentence, under a
/// stamp line when the row names one (12/1/2017 is a Thursday). Only the
/// sentence's facts are compared, not the stamp line's.
const EVERYDAY: &[(Option<&str>, &str, &[Exp])] = &[
    // Days after "mồng"/"mùng", and with a year but no "ngày".
    (
        None,
        "Ngày mồng 3 tháng 3 năm 2017, UBND tỉnh tổ chức hội nghị",
        &[said("Ngày mồng 3 tháng 3 năm 2017", day("2017-03-03"))],
    ),
    (
        FEB_8,
        "Sáng mùng 6 tháng 2, Tỉnh ủy tổ chức lễ ra quân đầu xuân",
        &[said("Sáng mùng 6 tháng 2", inferred("2017-02-06"))],
    ),
    (
        SEP_3,
        "Ngày mùng 2/9, nhân dân cả nước kỷ niệm Quốc khánh",
        &[said("Ngày mùng 2/9", inferred("2017-09-02"))],
    ),
    (
        None,
        "Hội nghị diễn ra vào 12 tháng 10 năm 2017 tại Hà Nội",
        &[said("12 tháng 10 năm 2017", day("2017-10-12"))],
    ),
    (
        None,
        "Kỳ họp khai mạc ngày 3 tháng ba năm 2017",
        &[said("ngày 3 tháng ba năm 2017", day("2017-03-03"))],
    ),
    // Two-digit years after a cue: the century that is not ten years ahead.
    (
        None,
        "Ngày 3/3/17, Sở Nội vụ tổ chức hội nghị",
        &[said("Ngày 3/3/17", day("2017-03-03"))],
    ),
    (
        None,
        "Ông sinh ngày 3/9/91 tại Nghệ An",
        &[said("ngày 3/9/91", day("1991-09-03"))],
    ),
    (
        SEP_3,
        "Ngày 2/9/45, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn độc lập",
        &[said("Ngày 2/9/45", day("1945-09-02"))],
    ),
    // Days said from the stamp.
    (
        JAN_12,
        "Sáng nay, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2016",
        &[said("Sáng nay", rel(day("2017-01-12"))), year("2016")],
    ),
    (
        JAN_12,
        "Sáng nay (12/1), UBND tỉnh tổ chức hội nghị",
        &[said("Sáng nay (12/1)", inferred("2017-01-12"))],
    ),
    (
        JAN_12,
        "Hôm nay, Sở Tư pháp công bố kết quả chấm điểm",
        &[said("Hôm nay", rel(day("2017-01-12")))],
    ),
    (
        JAN_12,
        "Chiều hôm qua, đoàn công tác đến làm việc tại huyện",
        &[said("Chiều hôm qua", rel(day("2017-01-11")))],
    ),
    (
        JAN_12,
        "Hôm kia, HĐND tỉnh họp phiên bất thường",
        &[said("Hôm kia", rel(day("2017-01-10")))],
    ),
    (
        JAN_12,
        "Tối qua, lễ khai mạc diễn ra tại sân vận động tỉnh",
        &[said("Tối qua", rel(day("2017-01-11")))],
    ),
    (
        JAN_12,
        "Hôm qua, ngày 11/1, Ban Thường vụ Tỉnh ủy họp",
        &[said("Hôm qua, ngày 11/1", inferred("2017-01-11"))],
    ),
    (
        JAN_12,
        "Hội thảo trong ngày hôm nay đã thống nhất nhiều giải pháp",
        &[said("ngày hôm nay", rel(day("2017-01-12")))],
    ),
    (
        JAN_12,
        "Chiều nay lúc 14 giờ, hội nghị khai mạc",
        &[said(
            "Chiều nay lúc 14 giờ",
            at(rel(day("2017-01-12")), "14:00"),
        )],
    ),
    // Months in words, with or without a year.
    (
        APR_5,
        "Trong tháng ba, toàn tỉnh giải quyết 1.200 hồ sơ",
        &[said("tháng ba", yearless(month("2017-03")))],
    ),
    (
        None,
        "Dự kiến khánh thành vào tháng mười năm 2017",
        &[said("tháng mười năm 2017", month("2017-10"))],
    ),
    (
        None,
        "Kế hoạch tháng mười hai năm 2016 của Sở",
        &[said("tháng mười hai năm 2016", month("2016-12"))],
    ),
    (
        None,
        "Đến tháng mười một năm 2016, đã hoàn thành 12 công trình",
        &[said("tháng mười một năm 2016", month("2016-11"))],
    ),
    (
        None,
        "Từ tháng Tư năm 2017, Sở triển khai phần mềm mới",
        &[said("tháng Tư năm 2017", month("2017-04"))],
    ),
    // Months without a year take one as a day does.
    (
        JUL_3,
        "Trong tháng 6, tỉnh đã tiếp nhận 500 hồ sơ",
        &[said("tháng 6", yearless(month("2017-06")))],
    ),
    (
        None,
        "Từ tháng 6 của năm 2017, Sở triển khai phần mềm mới",
        &[said("tháng 6 của năm 2017", month("2017-06"))],
    ),
    // A month or quarter joined to the next shares its year.
    (
        JAN_12,
        "Trong tháng 6 và tháng 7/2017, Sở kiểm tra 20 đơn vị",
        &[said("tháng 6", month("2017-06")), month("2017-07")],
    ),
    (
        None,
        "Đại hội diễn ra tại Bahrain vào tháng 10 hoặc 11-2025",
        &[said("tháng 10", month("2025-10"))],
    ),
    (
        None,
        "Phấn đấu quý III hoặc quý IV 2017 sẽ khởi công",
        &[
            said("quý III", quarter("2017-Q3", "2017-07-01", "2017-09-30")),
            said(
                "quý IV 2017",
                quarter("2017-Q4", "2017-10-01", "2017-12-31"),
            ),
        ],
    ),
    // Months said from the stamp.
    (
        JAN_12,
        "Dự án sẽ khởi công trong tháng 6 năm nay",
        &[said("tháng 6 năm nay", rel(month("2017-06")))],
    ),
    (
        JAN_12,
        "Ngày 20 tháng 1 năm nay, tỉnh sẽ tổ chức hội nghị",
        &[said("Ngày 20 tháng 1 năm nay", rel(day("2017-01-20")))],
    ),
    (
        JAN_12,
        "Hồi tháng trước, Sở đã kiểm tra 12 đơn vị",
        &[said("tháng trước", rel(month("2016-12")))],
    ),
    (
        JAN_12,
        "Ngay trong tháng này, tỉnh sẽ hoàn thành đề án",
        &[said("tháng này", rel(month("2017-01")))],
    ),
    // Quarters.
    (
        None,
        "Nhà máy hoàn thành trong quý 4 của năm 2018",
        &[said(
            "quý 4 của năm 2018",
            quarter("2018-Q4", "2018-10-01", "2018-12-31"),
        )],
    ),
    (
        None,
        "Trong quý một năm 2017, tỉnh thu hút 5 dự án",
        &[said(
            "quý một năm 2017",
            quarter("2017-Q1", "2017-01-01", "2017-03-31"),
        )],
    ),
    (
        OCT_5,
        "Trong quý ba, tỉnh thu hút 12 dự án",
        &[said(
            "quý ba",
            yearless(quarter("2017-Q3", "2017-07-01", "2017-09-30")),
        )],
    ),
    (
        JUL_3,
        "Kết quả quý II cho thấy chỉ số tăng",
        &[said(
            "quý II",
            yearless(quarter("2017-Q2", "2017-04-01", "2017-06-30")),
        )],
    ),
    (
        JAN_12,
        "Thu ngân sách tăng 12% so với quý 4 năm ngoái",
        &[said(
            "quý 4 năm ngoái",
            rel(quarter("2016-Q4", "2016-10-01", "2016-12-31")),
        )],
    ),
    // Years and weeks said from the stamp.
    (
        JAN_12,
        "Năm nay, tỉnh phấn đấu tăng trưởng 8%",
        &[said("Năm nay", rel(year("2017")))],
    ),
    (
        JAN_12,
        "Thu ngân sách tăng 12% so với năm ngoái",
        &[said("năm ngoái", rel(year("2016")))],
    ),
    (
        JAN_12,
        "Từ đầu năm nay, toàn tỉnh đã cấp 300 giấy phép",
        &[said("năm nay", rel(year("2017")))],
    ),
    (
        JAN_12,
        "Tuần trước, Sở đã kiểm tra 12 đơn vị",
        &[said(
            "Tuần trước",
            rel(period("2017-01-02/2017-01-08", "2017-01-02", "2017-01-08")),
        )],
    ),
    (
        JAN_12,
        "Trong tuần này, UBND tỉnh sẽ họp về giải ngân",
        &[said(
            "tuần này",
            rel(period("2017-01-09/2017-01-15", "2017-01-09", "2017-01-15")),
        )],
    ),
    // Lengths of time stay lengths.
    (
        JAN_12,
        "Triển khai nhiệm vụ 6 tháng đầu năm",
        &[period_inferred(
            "2017-01/2017-06",
            "2017-01-01",
            "2017-06-30",
        )],
    ),
    (
        None,
        "Triển khai nhiệm vụ 6 tháng đầu năm",
        &[length("P6M")],
    ),
    (JAN_12, "Trong 6 tháng, tỉnh đã giải quyết 500 hồ sơ", NONE),
    (JAN_12, "Trong ba tháng, tỉnh đã giải quyết 500 hồ sơ", NONE),
    (JAN_12, "Ban chỉ đạo họp mỗi tháng 2 lần", NONE),
    (JAN_12, "Báo cáo định kỳ hàng quý 1 lần", NONE),
    (None, "Kết quả các tháng năm 2017", &[year("2017")]),
    // Relative words that are not said from the stamp, or have none.
    (None, "Hôm nay, Sở Tư pháp công bố kết quả chấm điểm", NONE),
    (JAN_12, "Dự án đã chết yểu từ nhiều năm nay", NONE),
    (
        JAN_12,
        "Hai năm nay, tỉnh tập trung cải cách hành chính",
        NONE,
    ),
    (JAN_12, "Hai tuần trước, Sở đã kiểm tra 12 đơn vị", NONE),
    (JAN_12, "Một tháng trước đó, dự án đã được phê duyệt", NONE),
    (JAN_12, "Ngày nay, người dân nộp hồ sơ qua mạng", NONE),
    (
        JAN_12,
        "Đang truy cập: 12\nHôm nay: 1.234\nTháng này: 5.678",
        NONE,
    ),
    (JAN_12, "Hiện nay, ánh sáng qua khe cửa", NONE),
    // Lunar dates, names, other words.
    (JAN_12, "Lễ hội diễn ra ngày mồng 10 tháng 3 âm lịch", NONE),
    (JAN_12, "Lễ hội mồng 1 tháng Giêng", NONE),
    (JAN_12, "Phiên chợ cuối tháng Chạp", NONE),
    (None, "Ông Thái Thanh Quý hai lần đến thăm", NONE),
    (JAN_12, "Kính thưa quý vị đại biểu", NONE),
    (
        None,
        r#""MonthNames":["Tháng Giêng","Tháng Hai","Tháng Ba","Tháng Tư"]"#,
        NONE,
    ),
];

fn check_everyday(stamp: Option<&str>, phrase: &str, expected: &[Exp]) -> Result<(), String> {
    let text = match stamp {
        Some(line) => format!("{line}\n{phrase}"),
        None => phrase.to_owned(),
    };
    if stamp.is_some() != published(&text).is_some() {
        return Err(format!("{text:?}: the stamp line is not read as one"));
    }
    let from = text.len() - phrase.len();
    let found: Vec<DateFact> = find_dates(&text)
        .into_iter()
        .filter(|f| f.start >= from)
        .collect();
    check_facts(phrase, &text, &found, expected)
}

#[test]
fn everyday() {
    assert!(EVERYDAY.len() >= 50, "{} rows", EVERYDAY.len());
    let failures: Vec<String> = EVERYDAY
        .iter()
        .filter_map(|(stamp, p, e)| check_everyday(*stamp, p, e).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        EVERYDAY.len(),
        failures.join("\n")
    );
}

#[rustfmt::skip]
const STAMPS: &[Row<Option<&str>>] = &[
    Row { phrase: "Tin chính trị\n\nHội nghị tổng kết năm 2016\nTue, 27/12/2016 17:00 | GMT +7\nNgày 24/12/2016, UBND tỉnh", want: Some("2016-12-27T17:00:00+07:00") },
    Row { phrase: "Thứ Ba, 27/12/2016", want: Some("2016-12-27") },
    Row { phrase: "27/12/2016 17:00", want: Some("2016-12-27T17:00:00+07:00") },
    Row { phrase: "Ngày đăng: 27/12/2016", want: Some("2016-12-27") },
    Row { phrase: "Cập nhật: 17:00, 27/12/2016", want: Some("2016-12-27T17:00:00+07:00") },
    Row { phrase: "---\ndate: Tue, 10 Dec 2024 17:00:00 +0700\n---", want: Some("2024-12-10T17:00:00+07:00") },
    Row { phrase: "{\n  \"Time\": \"03/04/2014 15:30\",\n}", want: Some("2014-04-03T15:30:00+07:00") },
    Row { phrase: "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị", want: None },
    Row { phrase: "số: 06/GP-TTĐT ngày 19/6/2019", want: None },
    Row { phrase: "24/12/2016", want: None },
    Row { phrase: "Tue, 31/02/2016 17:00", want: None },
    Row { phrase: "crawled_time|published_time|title|content|author|url\n2025-06-29T01:08:15.711484+07:00|2025-06-28T23:01:00+07:00|Lạng Sơn|Chiều 28/6, ...|A|http://x", want: Some("2025-06-28T23:01:00+07:00") },
    Row { phrase: "title,date,content\nLạng Sơn,28/06/2025 08:53,Chiều 28/6", want: Some("2025-06-28T08:53:00+07:00") },
    Row { phrase: "id\tpubDate\ttitle\n7\t2025-06-28\tLạng Sơn", want: Some("2025-06-28") },
    Row { phrase: "crawled_time|title|content\n2025-06-29T01:08:15+07:00|Lạng Sơn|Chiều 28/6", want: None },
    Row { phrase: "id|published_time|title\n1|hôm qua|Lạng Sơn", want: None },
    Row { phrase: "Hội nghị|ngày đăng|kết quả\nA|B|C", want: None },
];

#[test]
fn stamps() {
    examples::check(STAMPS, &[], published, |_, got, want| {
        got.as_deref() == *want
    });
}

#[rustfmt::skip]
const EVENTS: &[Row<Option<&str>>] = &[
    Row { phrase: "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị", want: Some("2016-12-24") },
    Row { phrase: "Tue, 27/12/2016 17:00 | GMT +7\nNgày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị", want: Some("2016-12-24") },
    Row { phrase: "Tue, 27/12/2016 17:00 | GMT +7\nHội nghị tổng kết năm 2016", want: None },
    Row { phrase: "Được thiết lập theo Giấy phép số: 06/GP-TTĐT ngày 19/6/2019 của Sở", want: None },
    Row { phrase: "Nghị quyết số 35/NQ-CP ngày 16/5/2016 về tổ chức hội nghị", want: None },
    Row { phrase: "đến ngày 30/6/2025 giải ngân đạt 30% kế hoạch họp", want: None },
    // An announcement that opens its sentence is the event of a page that
    // names no other.
    Row { phrase: "Ngày 20/5/2017, nguồn tin cho biết hồ sơ đã xong", want: Some("2017-05-20") },
    Row { phrase: "Ngày 20/5/2017, Sở Nội vụ cho biết hồ sơ đã xong. Ngày 22/5/2017, UBND tỉnh tổ chức hội nghị.", want: Some("2017-05-22") },
    Row { phrase: "Theo Sở, ngày 20/5/2017 hồ sơ đã xong, ông A cho biết", want: None },
    // A resolution's adoption by its session.
    Row { phrase: "Nghị quyết này đã được Hội đồng nhân dân tỉnh Trà Vinh khóa IX - kỳ họp thứ 4 thông qua ngày 13/7/2017 và có hiệu lực kể từ ngày 24/7/2017.", want: Some("2017-07-13") },
    Row { phrase: "Nghị quyết này được Hội đồng nhân dân tỉnh Hậu Giang Khóa IX Kỳ họp thứ Sáu thông qua ngày 13 tháng 7 năm\n2017.", want: Some("2017-07-13") },
    Row { phrase: "Nghị quyết số 12 được thông qua ngày 13/7/2017 về tổ chức hội nghị", want: None },
    // A stay of a few days: its first.
    Row { phrase: "Trong 2 ngày 6-7/7/2017, Tổng Bí thư đã đến thăm, làm việc tại tỉnh Bắc Kạn", want: Some("2017-07-06") },
    Row { phrase: "Từ ngày 1/7/2017 đến ngày 3/7/2017, nhận hồ sơ đăng ký tổ chức", want: None },
    // "từ … đến" is a stay when a gathering fills it; its first end may be
    // the day alone.
    Row { phrase: "Từ ngày 21 đến 23/3/2019 tại thành phố Hạ Long, Sở Giáo dục và Đào tạo (GDĐT) Quảng Ninh phối hợp với Cục quản lý chất lượng tổ chức Hội nghị tập huấn công tác tự đánh giá.", want: Some("2019-03-21") },
    Row { phrase: "Từ ngày 1 đến 3/7/2017, nhận hồ sơ đăng ký tổ chức", want: None },
    // Postings and listings.
    Row { phrase: "Tin hoạt động ngành (26.07.2019 14:14) Công an huyện tổng kết công tác năm 2018", want: None },
    Row { phrase: "Hội Liên hiệp Phụ nữ huyện tổ chức chương trình “Diễn đàn phụ nữ khởi nghiệp” (15/03/2019)", want: None },
    Row { phrase: "Hôm qua (12/3/2017), UBND tỉnh tổ chức hội nghị", want: Some("2017-03-12") },
    Row { phrase: "Ngày 21/5/2024, UBND huyện Gio Linh có quyết định số 2257/QĐ-UBND phê duyệt giá đất cụ thể và tổ chức áp giá bồi thường", want: None },
    // Digests.
    Row { phrase: "Tin tức thể thao sáng 5-1: Lewandowski lập cú đúp\nSáng 4/1/2025, lễ trao giải diễn ra tại Nhà Trắng", want: None },
    Row { phrase: "Lewandowski lập cú đúp giúp Barca đi tiếp vòng sau\nSáng 4/1/2025, lễ trao giải diễn ra tại Nhà Trắng", want: Some("2025-01-04") },
    // "diễn ra" where the day is.
    Row { phrase: "Các trường học tại Bangladesh đã mở cửa trở lại ngày 5/5/2024 với các lớp học diễn ra cả cuối tuần", want: None },
    Row { phrase: "Kỳ thi diễn ra vào ngày 5/6/2024 tại Hà Nội", want: Some("2024-06-05") },
    Row { phrase: "Sáng 5/6/2024, tại Hà Nội đã diễn ra kỳ thi tuyển sinh", want: Some("2024-06-05") },
    // A ";" separates the names of a list, not sentences.
    Row { phrase: "Sáng ngày 19/8/2024, các đồng chí: Lương Tất Thắng, Bí thư Thành ủy; Lê Văn Tú, Chủ tịch UBND thành phố đã đến thăm Công an thành phố.", want: Some("2024-08-19") },
    // A record's publication column is its stamp, not its text's line.
    Row { phrase: "crawled_time|published_time|title|content|author|url\n2025-06-29T01:08:15.711484+07:00|2025-06-28T23:01:00+07:00|Lạng Sơn đón nhận Danh hiệu|Chiều 28/6, tại thành phố Lạng Sơn, UBND tỉnh đã tổ chức Lễ đón nhận Danh hiệu|A|http://x", want: Some("2025-06-28") },
    Row { phrase: "Sáng nay, ngày 30/12, Chủ tịch UBND tỉnh chủ trì Hội nghị tổng kết năm 2015", want: Some("2015-12-30") },
    // Days said from the stamp are the stamp's, and need one.
    Row { phrase: "Ngày đăng: 12/1/2017\nSáng nay, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2017", want: Some("2017-01-12") },
    Row { phrase: "Ngày đăng: 12/1/2017\nChiều hôm qua, Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt", want: Some("2017-01-11") },
    Row { phrase: "Sáng nay, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ", want: None },
    Row { phrase: "Ngày đăng: 12/1/2017\nSáng nay (12/1), UBND tỉnh tổ chức hội nghị", want: Some("2017-01-12") },
    Row { phrase: "Chiều nay (8/2), Thị ủy tổ chức hội nghị giải phóng mặt bằng. Trong năm 2017, Ban Quản lý sẽ hỗ trợ thị xã", want: Some("2017-02-08") },
];

/// A page of days none of which is an event's: the event rule's searches
/// are made once per page (`event_index`), and find what they find per day.
/// As many days as a record keeps, so the event's day is the one read past them.
#[test]
fn events_among_many_days() {
    let days = "1/1/2020 ".repeat(crate::extract::MAX_FACTS);
    let dates = find_dates(&days);
    assert_eq!(dates.len(), crate::extract::MAX_FACTS);
    assert_eq!(event_date(&days, &dates), None);
    for (text, want) in [
        (
            format!("{days}\nNgày 2/2/2020, UBND tỉnh tổ chức hội nghị."),
            "2020-02-02",
        ),
        (
            format!("{days}. Ngày 3/2/2020, nguồn tin cho biết"),
            "2020-02-03",
        ),
        (format!("{days}hội nghị"), "2020-01-01"),
        (
            format!("{days}. Ngày 5/5/2020 tại A; Sở tổ chức lễ"),
            "2020-05-05",
        ),
    ] {
        let dates = find_dates(&text);
        assert_eq!(event_date(&text, &dates).as_deref(), Some(want), "{want}");
    }
}

#[test]
fn events() {
    examples::check(
        EVENTS,
        &[],
        |text| event_date(text, &find_dates(text)),
        |_, got, want| got.as_deref() == *want,
    );
}

fn seed(name: &str) -> String {
    let path = format!("{}/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

/// Per seed: the event date and every day found (value, whether it is a
/// cited document's), read by hand off the page.
/// A day's value and whether it is a cited document's.
type Days = &'static [(&'static str, bool)];

const SEEDS: &[(&str, &str, Days)] = &[
    (
        "000_son_la_cchc_2016",
        "2016-12-24",
        &[("2016-12-27", false), ("2016-12-24", false)],
    ),
    (
        "001_bac_kan_cchc_2017",
        "2017-05-15",
        &[("2017-05-15", false)],
    ),
    (
        "002_cchc_index_2015",
        "2016-01-22",
        &[("2016-01-22", false)],
    ),
    (
        "003_an_giang_cchc_2015",
        "2015-12-30",
        &[("2015-12-30", false)],
    ),
    (
        "004_son_la_sipas_2022",
        "2023-01-12",
        &[("2023-01-12", false), ("2019-06-19", true)],
    ),
];

#[test]
fn seeds() {
    for (name, event, days) in SEEDS {
        let text = seed(name);
        let dates = find_dates(&text);
        for d in &dates {
            assert_eq!(&text[d.start..d.end], d.text);
        }
        let got: Vec<(&str, bool)> = dates
            .iter()
            .filter(|d| d.kind == DateKind::Day)
            .map(|d| (d.value.as_str(), d.document))
            .collect();
        assert_eq!(&got, days, "{name}");
        assert_eq!(event_date(&text, &dates).as_deref(), Some(*event), "{name}");
    }
}

#[test]
fn seed_stamps_and_inference() {
    assert_eq!(
        published(&seed("000_son_la_cchc_2016")).as_deref(),
        Some("2016-12-27T17:00:00+07:00")
    );
    for name in [
        "001_bac_kan_cchc_2017",
        "002_cchc_index_2015",
        "003_an_giang_cchc_2015",
        "004_son_la_sipas_2022",
    ] {
        assert_eq!(published(&seed(name)), None, "{name}");
    }
    let dates = find_dates(&seed("003_an_giang_cchc_2015"));
    let day = dates.iter().find(|d| d.kind == DateKind::Day).unwrap();
    assert_eq!(
        (day.text.as_str(), day.inferred_year),
        ("Sáng nay, ngày 30/12", true)
    );
}

/// The seed 001 periods, in text order.
#[test]
fn seed_001_periods() {
    let dates = find_dates(&seed("001_bac_kan_cchc_2017"));
    let got: Vec<(&str, &str)> = dates
        .iter()
        .filter(|d| matches!(d.kind, DateKind::Period | DateKind::Quarter))
        .map(|d| (d.text.as_str(), d.value.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("4 tháng đầu năm 2017", "2017-01/2017-04"),
            ("4 tháng đầu năm 2017", "2017-01/2017-04"),
            ("8 tháng tiếp theo", "2017-05/2017-12"),
            ("4 tháng đầu năm 2017", "2017-01/2017-04"),
            ("4 tháng đầu năm", "2017-01/2017-04"),
            ("giai đoạn 2016 – 2021", "2016/2021"),
            ("quý I/2017", "2017-Q1"),
            ("8 tháng cuối năm 2017", "2017-05/2017-12"),
        ]
    );
}

mod never_panics {
    use super::super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn on_date_like_text(s in "([0-9]{1,4}|[/.,:|()\\-–— ]|ngày|tháng|năm|quý|Sáng|từ|đến|số|GMT|Tue|\n|ế|Đ|[a-z]){0,40}") {
            let dates = find_dates(&s);
            for d in &dates {
                prop_assert_eq!(s.get(d.start..d.end), Some(d.text.as_str()));
            }
            let _ = published(&s);
            let _ = event_date(&s, &dates);
        }

        #[test]
        fn on_any_text(s in "\\PC{0,200}") {
            let dates = find_dates(&s);
            for d in &dates {
                prop_assert_eq!(s.get(d.start..d.end), Some(d.text.as_str()));
            }
            let _ = published(&s);
            let _ = event_date(&s, &dates);
        }
    }
}

/// Sweep: `DATE_SWEEP_DIR=... cargo test --lib sweep -- --ignored --nocapture`
/// prints every date of every `.txt` file in that folder.
#[test]
#[ignore]
fn sweep() {
    let Ok(dir) = std::env::var("DATE_SWEEP_DIR") else {
        return;
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for p in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let raw = std::fs::read_to_string(p).unwrap_or_default();
        let text = raw.replace("\r\n", "\n");
        let dates = find_dates(&text);
        println!(
            "== {} published={:?} event={:?}",
            p.display(),
            published(&text),
            event_date(&text, &dates)
        );
        for d in &dates {
            assert_eq!(&text[d.start..d.end], d.text);
            let mut flags = String::new();
            if d.inferred_year {
                flags += " INF";
            }
            if d.document {
                flags += " DOC";
            }
            println!(
                "  {:?} {:?} {}{} {:?}",
                d.kind, d.text, d.value, flags, d.time
            );
        }
    }
}

/// A clock time between two days can be claimed by both (the first's
/// suffix, the second's prefix); the range join must not slice backwards.
#[test]
fn clock_time_shared_by_two_days() {
    let text = "Tue, 10/11/2017\n16:44  ngày 30 tháng 5";
    let dates = find_dates(text);
    assert_eq!(dates.len(), 2);
    let _ = event_date(text, &dates);
}

/// A document of more dates than a record keeps is read one past the
/// record's limit (issue 16: 8 MB of "1/1/2020 " built 888,000 dates,
/// 247 MiB), so the record can say `truncated`.
#[test]
fn dates_stop_one_past_the_record_limit() {
    use crate::extract::MAX_FACTS;
    let text = "1/1/2020 ".repeat(MAX_FACTS + 50);
    let dates = find_dates(&text);
    assert_eq!(dates.len(), MAX_FACTS + 1);
    let last = &dates[MAX_FACTS];
    assert_eq!(
        (last.value.as_str(), last.start),
        ("2020-01-01", MAX_FACTS * 9)
    );
    let record = crate::extract(&text);
    assert_eq!(record.dates.len(), MAX_FACTS);
    assert!(record.truncated);
}
