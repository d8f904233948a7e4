//! The provinces example tables: mentions and subject provinces read by hand
//! off real phrases, and phrases with none; the seeds, lookups by name, the
//! 2025 successors and a no-panic property.

use super::gazetteer::UNITS;
use super::*;
use crate::normalize::{NormalizeOptions, normalize};
use crate::testing::examples::{self, Row};
use crate::testing::seeds;

/// A phrase and the canonical names of the provinces it names, in order.
#[rustfmt::skip]
const EXAMPLES: &[Row<&[&str]>] = &[
    // The subject's own phrasings in the seeds.
    Row { phrase: "cổng thông tin tỉnh Sơn La lần đầu tiên thực hiện", want: &["Sơn La"] },
    Row { phrase: "Nguồn: Cổng thông tin điện tử tỉnh Bắc Kạn", want: &["Bắc Kạn"] },
    Row { phrase: "cải cách hành chính tỉnh An Giang giai đoạn 2011-2015", want: &["An Giang"] },
    Row { phrase: "Màn chào hỏi của công đoàn sở nội vụ Tỉnh Sơn La", want: &["Sơn La"] },
    Row { phrase: "Bản quyền thuộc Sở Nội vụ tỉnh Sơn La.", want: &["Sơn La"] },
    Row { phrase: "Phường Chiềng Cơi, thành phố Sơn La", want: &["Sơn La"] },
    // Prefixes: none, "tỉnh", "thành phố", "TP", "TP.", "Thủ đô".
    Row { phrase: "Ngày 24/12/2016, UBND tỉnh Sơn La tổ chức Hội nghị.", want: &["Sơn La"] },
    Row { phrase: "Kiến nghị của UBND tỉnh Kon Tum vẫn là", want: &["Kon Tum"] },
    Row { phrase: "Cầu Bạch Đằng nối Quảng Ninh và Hải Phòng", want: &["Quảng Ninh", "Hải Phòng"] },
    Row { phrase: "HĐND thành phố Hà Nội khóa XV", want: &["Hà Nội"] },
    Row { phrase: "Chủ tịch UBND TP.Hà Nội đã tặng bằng khen", want: &["Hà Nội"] },
    Row { phrase: "Thủ đô Hà Nội với nỗ lực vượt 10 bậc", want: &["Hà Nội"] },
    Row { phrase: "UBND TP Hải Phòng", want: &["Hải Phòng"] },
    Row { phrase: "Chủ tịch UBND thành phố Đà Nẵng", want: &["Đà Nẵng"] },
    // Upper-case headlines.
    Row { phrase: "TỈNH SƠN LA", want: &["Sơn La"] },
    Row { phrase: "HỘI ĐỒNG NHÂN DÂN TỈNH HOÀ BÌNH", want: &["Hòa Bình"] },
    Row { phrase: "BẮC GIANG - Ngày 27/5, tại", want: &["Bắc Giang"] },
    // Old and new tone placement.
    Row { phrase: "Cục thuế tỉnh Thanh Hoá", want: &["Thanh Hóa"] },
    Row { phrase: "tỉnh Thanh Hóa ước thu", want: &["Thanh Hóa"] },
    Row { phrase: "tỉnh Hoà Bình Khoá XVI", want: &["Hòa Bình"] },
    Row { phrase: "Khánh Hoà", want: &["Khánh Hòa"] },
    // Dashes and spaces.
    Row { phrase: "Bà Rịa - Vũng Tàu đề xuất thị xã Phú Mỹ", want: &["Bà Rịa - Vũng Tàu"] },
    Row { phrase: "Tỉnh Bà Rịa – Vũng Tàu đặt mục tiêu", want: &["Bà Rịa - Vũng Tàu"] },
    Row { phrase: "mẹ của bé sống tại Bà Rịa-Vũng Tàu", want: &["Bà Rịa - Vũng Tàu"] },
    Row { phrase: "tỉnh Bà Rịa–Vũng Tàu", want: &["Bà Rịa - Vũng Tàu"] },
    Row { phrase: "tỉnh BR-VT", want: &["Bà Rịa - Vũng Tàu"] },
    Row { phrase: "Nhiều trường ở Thừa Thiên Huế đã xây dựng", want: &["Thừa Thiên Huế"] },
    Row { phrase: "tỉnh Thừa Thiên - Huế", want: &["Thừa Thiên Huế"] },
    Row { phrase: "Thừa Thiên–Huế", want: &["Thừa Thiên Huế"] },
    Row { phrase: "Cố đô Huế", want: &["Thừa Thiên Huế"] },
    // Spelling variants.
    Row { phrase: "tỉnh Đắk Lắk", want: &["Đắk Lắk"] },
    Row { phrase: "tỉnh Đắc Lắk", want: &["Đắk Lắk"] },
    Row { phrase: "Daklak", want: &["Đắk Lắk"] },
    Row { phrase: "người mẹ HTH (Gia Nghĩa, Đắk Nông)", want: &["Đắk Nông"] },
    Row { phrase: "tỉnh Đăk Nông", want: &["Đắk Nông"] },
    Row { phrase: "Kontum", want: &["Kon Tum"] },
    Row { phrase: "tỉnh Bắc Cạn", want: &["Bắc Kạn"] },
    // Abbreviations of Hồ Chí Minh City.
    Row { phrase: "BV Nhi đồng 1 (TP.HCM) bao trùm", want: &["Hồ Chí Minh"] },
    Row { phrase: "HĐND Thành phố Hồ Chí Minh", want: &["Hồ Chí Minh"] },
    Row { phrase: "TP. Hồ Chí Minh", want: &["Hồ Chí Minh"] },
    Row { phrase: "TPHCM", want: &["Hồ Chí Minh"] },
    Row { phrase: "Ông Huy, TP. HCM.", want: &["Hồ Chí Minh"] },
    // Ambiguous abbreviations take the prefix's kind.
    Row { phrase: "TP. ĐN", want: &["Đà Nẵng"] },
    Row { phrase: "tỉnh ĐN", want: &["Đồng Nai"] },
    // Lists and flattened tables.
    Row {
        phrase: "các tỉnh Hà Giang, Thái Nguyên, Lào Cai, Sơn La, Bắc Giang và Quảng Ninh",
        want: &["Hà Giang", "Thái Nguyên", "Lào Cai", "Sơn La", "Bắc Giang", "Quảng Ninh"],
    },
    Row {
        phrase: "Bảng xếp hạng PCI 2016 1. Đà Nẵng2. Quảng Ninh3. Đồng Tháp4.",
        want: &["Đà Nẵng", "Quảng Ninh", "Đồng Tháp"],
    },
    Row { phrase: "nối tiếp cao tốc Hà Nội - Hải Phòng", want: &["Hà Nội", "Hải Phòng"] },
    Row {
        phrase: "Liên Chiểu (Đà Nẵng), Dung Quất (Quảng Ngãi)",
        want: &["Đà Nẵng", "Quảng Ngãi"],
    },
    Row { phrase: "quận Hoàng Mai, Hà Nội", want: &["Hà Nội"] },
    Row { phrase: "Hội đồng nhân dân tỉnh\nTrà Vinh khoá IX", want: &["Trà Vinh"] },
    Row { phrase: "ĐBQH đoàn Nghệ An: Thái Văn Thành", want: &["Nghệ An"] },
    Row { phrase: "Trường THPT Chu Văn An Hà Nội", want: &["Hà Nội"] },
    Row { phrase: "Hồ Chí Minh City", want: &["Hồ Chí Minh"] },
    Row { phrase: "Đoàn Hà Nội", want: &["Hà Nội"] },
    // Lower units, streets, rivers.
    Row { phrase: "huyện Long Hồ (tỉnh Vĩnh Long)", want: &["Vĩnh Long"] },
    // An expressway's end points are places.
    Row { phrase: "đường cao tốc Hà Nội – Hải Phòng", want: &["Hà Nội", "Hải Phòng"] },
    // Brackets: the word inside is still the unit word.
    Row {
        phrase: "Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) chủ trì",
        want: &["Quảng Ninh"],
    },
    // A name wrapped over two lines of hard-wrapped text, not after a
    // short line.
    Row {
        phrase: "doanh nghiệp, đặc biệt là thành phố Hồ Chí Minh, Cần Thơ; mời gọi đầu tư từ Hà\nNội và một số tỉnh phía Bắc.",
        want: &["Hồ Chí Minh", "Cần Thơ", "Hà Nội"],
    },
    // The late President, not the city.
    Row { phrase: "HĐND Thành phố Hồ Chí Minh khóa IX", want: &["Hồ Chí Minh"] },
    Row { phrase: "Bảo tàng Mỹ thuật TP.HCM", want: &["Hồ Chí Minh"] },
];

/// Phrases that name no province.
const NEGATIVES: &[&str] = &[
    // People.
    "Phó Thủ tướng Trương Hòa Bình: Xây dựng Chính phủ điện tử",
    "Phó Thủ tướng Thường trực Trương Hòa Bình phát biểu",
    "Chủ tịch UBND tỉnh Vương Bình Thạnh chủ trì",
    "chị Nguyễn Thị Hà Giang",
    "ông Thái Bình",
    "Đ/c Trần Quốc Thái Bình",
    "giang hồ khét tiếng Hùng “Sài Gòn”",
    // Lower units, streets, rivers.
    "Huyện Sông Mã có chỉ số SIPAS cao nhất",
    "huyện Yên Bình",
    "xã Hòa Bình",
    "phường Hòa Bình",
    "đường Hà Nội",
    "phố Huế",
    "sông Đồng Nai",
    // A river system: the name after the dash is a river too.
    "26 vị trí trên hệ thống sông Sài Gòn – Đồng Nai và 15 vị trí",
    "lưu vực Sông Hồng-Thái Bình",
    // Brackets: the word inside is still the unit word.
    "(xã Hòa Bình)",
    // A name wrapped over two lines of hard-wrapped text, not after a
    // short line.
    "Ảnh: Thu Hà\nNội dung chính của hội nghị",
    "thị xã Quảng Trị",
    // Common words and longer names.
    "truyền thống văn hiến - anh hùng - hòa bình - hữu nghị",
    "VÌ HÒA BÌNH",
    "công tác bình định",
    "khu vực Đông Á - Thái Bình Dương",
    "chiến thắng Điện Biên Phủ",
    "tỉnh Hà Nam Ninh cũ",
    "tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "quy hoạch mở rộng đường Hồ Chí Minh",
    "Đoàn TNCS Hồ Chí Minh",
    // The late President, not the city.
    "học tập và làm theo tấm gương đạo đức Chủ tịch Hồ Chí Minh",
    "viếng Lăng Chủ tịch Hồ Chí Minh",
    "được tặng Huân chương Hồ Chí Minh",
    "làm theo lời Bác Hồ dạy",
    "Hội nghị HN",
    // Whole syllables only.
    "chính sách thuế nhập khẩu",
    "chị Long Anh",
    "Sơn Lam",
    "Tổng số lượt truy cập: 40503542",
    "xếp hạng từ 49/63 tỉnh thành",
    "E-mail: snv@sonla.gov.vn",
    "https://baotainguyenmoitruong.vn/khu-kinh-te-o-Kon-Tum-tan-giac-mo.html",
];

fn names(text: &str) -> Vec<&'static str> {
    find_provinces(text)
        .iter()
        .map(|m| m.province.name)
        .collect()
}

#[test]
fn examples() {
    assert!(EXAMPLES.len() + NEGATIVES.len() >= 60);
    examples::check(EXAMPLES, NEGATIVES, names, |_, got, want| got == want);
}

#[test]
fn offsets_slice_the_mention() {
    for phrase in examples::phrases(EXAMPLES, NEGATIVES) {
        for m in find_provinces(phrase) {
            assert_eq!(&phrase[m.start..m.end], m.text, "{phrase:?}");
        }
    }
}

#[test]
fn every_name_and_plain_variant_resolves_to_its_code() {
    for unit in UNITS.iter() {
        let code = unit.province.code;
        let spellings = std::iter::once(unit.province.name).chain(
            unit.variants
                .iter()
                .filter(|v| !v.ambiguous)
                .map(|v| v.spelling),
        );
        for spelling in spellings {
            let found = by_name(spelling).map(|p| p.code);
            let upper = by_name(&spelling.to_uppercase()).map(|p| p.code);
            assert_eq!(found, Some(code), "by_name({spelling:?})");
            assert_eq!(upper, Some(code), "by_name upper-case {spelling:?}");
            let sentence = format!("Hội nghị tại tỉnh {spelling} năm 2017.");
            let codes: Vec<&str> = find_provinces(&sentence)
                .iter()
                .map(|m| m.province.code)
                .collect();
            assert_eq!(codes, vec![code], "{sentence:?}");
        }
    }
}

#[test]
fn by_name_takes_prefixes_and_refuses_the_ambiguous() {
    let code = |name: &str| by_name(name).map(|p| p.code);
    assert_eq!(code("TP.HCM"), Some("79"));
    assert_eq!(code("thành phố Hồ Chí Minh"), Some("79"));
    assert_eq!(code("Thanh Hoá"), Some("38"));
    assert_eq!(code("  Bà Rịa–Vũng Tàu "), Some("77"));
    assert_eq!(code("TP. ĐN"), Some("48"));
    assert_eq!(code("tỉnh ĐN"), Some("75"));
    assert_eq!(code("ĐN"), None);
    assert_eq!(code("Thủ đô Hà Nội"), Some("01"));
    assert_eq!(code("Sông Mã"), None);
    assert_eq!(code("Sơn La Sơn La"), None);
    assert_eq!(code(""), None);
}

#[test]
fn provinces_carry_their_2025_successor() {
    let province = |name: &str| by_name(name).unwrap();
    assert_eq!(province("Bắc Kạn").successor_2025, "Thái Nguyên");
    assert_eq!(province("Sơn La").successor_2025, "Sơn La");
    assert_eq!(province("Bà Rịa - Vũng Tàu").successor_2025, "Hồ Chí Minh");
    assert_eq!(province("Thừa Thiên Huế").successor_2025, "Huế");
    assert_eq!(province("Kon Tum").successor_2025, "Quảng Ngãi");
}

/// A subject province as read by hand: its name and the evidence for it.
#[derive(Debug)]
struct Subject {
    province: &'static str,
    evidence: &'static str,
}

/// Texts and the subject province of each, with the kind of evidence.
#[rustfmt::skip]
const SUBJECTS: &[Row<Option<Subject>>] = &[
    Row {
        phrase: "Ngày 24/12/2016, UBND tỉnh Sơn La tổ chức Hội nghị tổng kết.",
        want: Some(Subject { province: "Sơn La", evidence: "authority in body: UBND tỉnh Sơn La" }),
    },
    Row {
        phrase: "Bí thư Tỉnh ủy Yên Bái tin tưởng. Tỉnh ủy Yên Bái tổ chức Hội nghị.",
        want: Some(Subject { province: "Yên Bái", evidence: "authority in body: Tỉnh ủy Yên Bái" }),
    },
    Row {
        phrase: "UBND tỉnh Sơn La làm việc với đoàn công tác tỉnh Điện Biên.",
        want: Some(Subject { province: "Sơn La", evidence: "authority in body: UBND tỉnh Sơn La" }),
    },
    Row {
        phrase: "Tiếp tục đẩy mạnh CCHC.\nNguồn: Cổng thông tin điện tử tỉnh Bắc Kạn",
        want: Some(Subject { province: "Bắc Kạn", evidence: "source line: Nguồn: Cổng thông tin điện tử tỉnh Bắc Kạn" }),
    },
    Row {
        phrase: "UBND tỉnh đã tặng Bằng khen.\nBản quyền thuộc Sở Nội vụ tỉnh Sơn La.",
        want: Some(Subject { province: "Sơn La", evidence: "publisher footer: Bản quyền thuộc Sở Nội vụ tỉnh Sơn La." }),
    },
    Row {
        phrase: "UBND tỉnh đã tặng Bằng khen.\nE-mail: snv@sonla.gov.vn - Website:http://sonoivu.sonla.gov.vn",
        want: Some(Subject { province: "Sơn La", evidence: "web domain: sonla.gov.vn" }),
    },
    Row {
        phrase: "Hà Nội đã bảo lo một cái Tết chu đáo. Một năm Hà Nội có khoảng 2000 em học sinh đi du học.",
        want: Some(Subject { province: "Hà Nội", evidence: "most mentioned: Hà Nội (2 of 2 mentions)" }),
    },
    // A province's agency names it.
    Row {
        phrase: "Theo Cục Thuế Điện Biên, thu ngân sách tháng 1/2025 đạt gần 13% dự toán.",
        want: Some(Subject { province: "Điện Biên", evidence: "province in body: Cục Thuế Điện Biên" }),
    },
    Row {
        phrase: "văn bản chỉ đạo từ Sở Giáo dục và Đào tạo Thừa Thiên Huế về việc khen thưởng",
        want: Some(Subject { province: "Thừa Thiên Huế", evidence: "province in body: Sở Giáo dục và Đào tạo Thừa Thiên Huế" }),
    },
    Row {
        phrase: "Từ ngày 21 đến 23/3/2019 tại thành phố Hạ Long, Sở Giáo dục và Đào tạo (GDĐT) Quảng Ninh phối hợp với Cục quản lý chất lượng tổ chức Hội nghị tập huấn.",
        want: Some(Subject { province: "Quảng Ninh", evidence: "province in body: Sở Giáo dục và Đào tạo (GDĐT) Quảng Ninh" }),
    },
    // Evidence alike for two leaves them candidates; the body's names decide.
    Row {
        phrase: "Ấn Độ hỗ trợ lắp chân giả miễn phí cho người khuyết tật tại Quảng Ninh\nNgày 5/4/2019, Đoàn công tác đã có buổi làm việc tại Quảng Ninh. Trong năm 2018, dự án được tổ chức thành công ở 02 tỉnh Vĩnh Phúc và Phú Thọ. Năm 2019, dự án tiếp tục được triển khai ở Quảng Ninh và Yên Bái. Đồng chí Nguyễn Tiến Hưng, Phó Giám đốc Sở Y tế Quảng Ninh đã gửi lời cảm ơn.",
        want: Some(Subject { province: "Quảng Ninh", evidence: "most mentioned: Quảng Ninh (4 of 7 mentions)" }),
    },
    Row {
        phrase: "Dự án được tổ chức ở tỉnh Vĩnh Phúc và Phú Thọ. Sở Y tế Quảng Ninh cảm ơn.",
        want: None,
    },
    Row {
        phrase: "Uỷ ban nhân dân tỉnh Hoà Bình ban hành kế hoạch.",
        want: Some(Subject { province: "Hòa Bình", evidence: "authority in body: Uỷ ban nhân dân tỉnh Hoà Bình" }),
    },
    Row {
        phrase: "Sáng 8/2, Tỉnh uỷ Yên Bái tổ chức Hội nghị.",
        want: Some(Subject { province: "Yên Bái", evidence: "authority in body: Tỉnh uỷ Yên Bái" }),
    },
    // "X (tỉnh Y)": a district's report names its province.
    Row {
        phrase: "ông Nguyễn Anh Tú - Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) chủ trì hội nghị giao ban",
        want: Some(Subject { province: "Quảng Ninh", evidence: "province in body: tỉnh Quảng Ninh" }),
    },
    // The outlet's credit speaks when the body names places visited alike.
    Row {
        phrase: "(Thanhuytphcm.vn) - Ngày 15/7, Hội Doanh nghiệp Quận 12 đã tổ chức Lễ kỷ niệm.\nHội xúc tiến thương mại với các doanh nghiệp huyện Long Hồ (tỉnh Vĩnh Long), Chương trình Caravan tại tỉnh Bạc Liêu.",
        want: Some(Subject { province: "Hồ Chí Minh", evidence: "source line: Thanhuytphcm.vn" }),
    },
    // A masthead is the publisher, not the body.
    Row {
        phrase: "TRANG THÔNG TIN ĐIỆN TỬ THANH TRA TỈNH ĐĂK NÔNG\nCông an huyện Đắk Song tổng kết công tác năm 2018.",
        want: Some(Subject { province: "Đắk Nông", evidence: "publisher footer: TRANG THÔNG TIN ĐIỆN TỬ THANH TRA TỈNH ĐĂK NÔNG" }),
    },
];

/// Texts with no subject province.
const NO_SUBJECT: &[&str] = &[
    // Not an agency: a common word, a list.
    "các cơ sở Hà Nội đã triển khai",
    "Sở Nội vụ, Hà Nội",
    // National: the Deputy PM's name is not Hòa Bình; two cities alike.
    "Phó Thủ tướng Trương Hòa Bình chủ trì Hội nghị với UBND các tỉnh, thành phố.",
    "Hà Nội và Thành phố Hồ Chí Minh là hai địa bàn áp dụng.",
    // One passing mention is no subject.
    "Năm 2007, chị vào Gia Lai tìm việc.",
    "Sáng ngày 22/01/2016, tại Sở Nội vụ diễn ra hội nghị.",
    "",
];

#[test]
fn subjects() {
    let read = |text: &str| subject_province(text, &find_provinces(text));
    examples::check(SUBJECTS, NO_SUBJECT, read, |_, got, want| {
        got.as_ref().map(|s| (s.province.name, s.evidence.as_str()))
            == want.as_ref().map(|w| (w.province, w.evidence))
    });
}

/// A text and the (name, place) of every mention in it.
#[test]
fn mentions_carry_their_place() {
    let cases: &[(&str, &[(&str, Place)])] = &[
        (
            "(Baothanhhoa.vn) - Sáng 19/8, tại thành phố Sầm Sơn, tỉnh Thanh Hóa",
            &[("Thanh Hóa", Place::Source), ("Thanh Hóa", Place::Body)],
        ),
        (
            "Nguồn: Cổng thông tin điện tử tỉnh Bắc Kạn",
            &[("Bắc Kạn", Place::Source)],
        ),
        (
            "<select><option>-- Liên kết web --</option><option value=\"http://daknong.gov.vn\">Cổng thông tin tỉnh Đăk Nông</option></select><p>Công an huyện Đắk Song tổng kết.</p><p>Địa chỉ: thị xã Gia Nghĩa, tỉnh Đăk Nông</p>",
            &[("Đắk Nông", Place::Chrome), ("Đắk Nông", Place::Footer)],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<(&str, Place)> = find_provinces(text)
            .iter()
            .map(|m| (m.province.name, m.place))
            .collect();
        assert_eq!(got, *want, "{text:?}");
    }
}

#[test]
fn footer_lines_set_aside_still_count() {
    let text = "UBND tỉnh đã tặng Bằng khen cho 10 tập thể.";
    let mentions = find_provinces(text);
    assert_eq!(subject_province(text, &mentions), None);
    let subject =
        subject_province_with_footer(text, &mentions, &["Bản quyền thuộc Sở Nội vụ tỉnh Sơn La."])
            .unwrap();
    assert_eq!(subject.province.name, "Sơn La");
    assert!(subject.evidence.starts_with("publisher footer: "));
}

/// The seeds: the subject province each one documents, or none.
#[test]
fn seeds() {
    let seeds: &[(&str, Option<&str>)] = &[
        (seeds::SON_LA_2016, Some("Sơn La")),
        (seeds::BAC_KAN_2017, Some("Bắc Kạn")),
        (seeds::CCHC_INDEX_2015, None),
        (seeds::AN_GIANG_2015, Some("An Giang")),
        (seeds::SON_LA_SIPAS_2022, Some("Sơn La")),
    ];
    for (i, (raw, expected)) in seeds.iter().enumerate() {
        let text = normalize(raw, NormalizeOptions::default());
        let mentions = find_provinces(&text);
        for m in &mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
        let subject = subject_province(&text, &mentions);
        assert_eq!(subject.map(|s| s.province.name), *expected, "seed {i:03}");
    }
}

/// Texts near the rules' edges: prefixes, dashes, quotes, odd spaces.
const STRANGE: &str = r#"(?s)[ \n\t\-–“".,:()/@a-zA-Z0-9ĐđÀ-ỹẞİ\u{a0}\u{3000}]{0,80}|(tỉnh |TP\.|TP|H\.|Trương |huyện |thị xã |UBND |“)?(Sơn La|Hòa Bình|Hồ Chí Minh|TP\.HCM|Bà Rịa – Vũng Tàu|ĐN|Huế)[ .,0-9a-zđ\u{a0}]{0,6}"#;

proptest::proptest! {
    /// Any text: no panic, offsets on char boundaries slicing the mention.
    #[test]
    fn never_panics(text in STRANGE) {
        let mentions = find_provinces(&text);
        for m in &mentions {
            proptest::prop_assert_eq!(&text[m.start..m.end], &m.text);
        }
        let _ = subject_province(&text, &mentions);
        let _ = subject_province_with_footer(&text, &mentions, &[&text]);
        let _ = by_name(&text);
        let _ = subject_province("", &mentions);
        for d in find_districts(&text) {
            proptest::prop_assert_eq!(&text[d.start..d.end], &d.text);
        }
    }
}
