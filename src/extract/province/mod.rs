//! Provinces: the gazetteer, matching its variants, and the subject province.
//!
//! - [`gazetteer`]: the 63 units in force until 30 June 2025 and the 34 since
//!   1 July 2025, read from `data/provinces.tsv` and `data/provinces_2025.tsv`.
//! - [`find_provinces`]: every place the text names a province, through one
//!   automaton over all spellings; the rules that keep out people, districts,
//!   streets and common words are documented in `matcher.rs`; a dateline
//!   credit's web name ("(Baothanhhoa.vn) -") is one too (`credit.rs`).
//! - [`Place`]: where each mention stands — the body, a source line, the
//!   publisher's footer or masthead, page furniture (`place.rs`); the record's
//!   `provinces` counts the body's and the source credit's only.
//! - [`subject_province`]: the province the report is about, from evidence in
//!   order of strength, documented in `subject.rs`; `None` when the text does
//!   not say.
//!
//! A province is named one way: `name` is the canonical name without "tỉnh" or
//! "thành phố", modern tone placement ("Hòa Bình", "Khánh Hòa"); `code` is the
//! GSO code (of the 63-unit list); `successor_2025` the name of the unit it
//! became part of on 1 July 2025. Every one of the 34 new units bears the name
//! of one of the old ones (Huế: Thừa Thiên Huế), so a text written after the
//! merger that names "tỉnh Lào Cai" is reported as the old Lào Cai (code 10)
//! with `successor_2025` "Lào Cai"; the new unit's own code is in
//! `data/provinces_2025.tsv`. Districts and cities below the province ("huyện Sông Mã",
//! "thành phố Sơn La") are never reported as provinces; [`find_districts`]
//! reports them apart.

mod anchors;
mod credit;
mod district;
pub mod gazetteer;
mod matcher;
mod place;
mod subject;
mod table;

use serde::Serialize;

pub use district::{DistrictMention, find_districts};
pub use place::Place;

/// A provincial-level unit as the output names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Province {
    /// The canonical name, without "tỉnh" or "thành phố", modern tone
    /// placement: "Sơn La", "Khánh Hòa".
    pub name: &'static str,
    /// The GSO code, of the 63-unit list: "14".
    pub code: &'static str,
    /// The name of the unit it became part of on 1 July 2025.
    pub successor_2025: &'static str,
}

/// One place in the text where a province is named.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvinceMention {
    pub province: Province,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Where it stands: only mentions [`Place::in_body`] are the body's.
    pub place: Place,
}

/// The province the report is about, and the evidence that decided it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubjectProvince {
    /// The province: `name`, `code`, `successor_2025`.
    #[serde(flatten)]
    pub province: Province,
    /// What decided, strongest first: `authority in body` ("UBND tỉnh X"),
    /// `province in body` ("tỉnh X", "Cục Thuế X"), `source line`
    /// ("Nguồn: …"), `publisher footer` ("Bản quyền thuộc …"), `web domain`
    /// (sonla.gov.vn), `most mentioned` (only with no other evidence),
    /// followed by the words matched.
    pub evidence: String,
}

/// Every province named in `text`, in text order, each with its [`Place`]
/// (body, source line, footer or masthead, chrome). `start`/`end` are byte
/// offsets of the name itself (without "tỉnh"/"thành phố"; "TP.HCM" whole;
/// a dateline credit's web name, "Thanhuytphcm.vn").
pub fn find_provinces(text: &str) -> Vec<ProvinceMention> {
    let mut mentions = matcher::find(text);
    place::locate(text, &mut mentions);
    let credits = credit::find(text);
    if !credits.is_empty() {
        mentions.extend(credits);
        mentions.sort_by_key(|m| m.start);
    }
    mentions
}

/// The province the report is about, or `None` when the text does not say.
/// `mentions` are [`find_provinces`] of the same `text`.
pub fn subject_province(text: &str, mentions: &[ProvinceMention]) -> Option<SubjectProvince> {
    subject::subject(text, mentions, &[])
}

/// Like [`subject_province`], also weighing footer lines the normalizer set
/// aside as page chrome ("Bản quyền thuộc Sở Nội vụ tỉnh Sơn La",
/// "E-mail: snv@sonla.gov.vn") as publisher evidence.
pub fn subject_province_with_footer(
    text: &str,
    mentions: &[ProvinceMention],
    footer_lines: &[&str],
) -> Option<SubjectProvince> {
    subject::subject(text, mentions, footer_lines)
}

/// The province any spelling names: "Daklak", "TP.HCM", "Thanh Hoá", "tỉnh
/// Sơn La", "Bà Rịa–Vũng Tàu". `None` for an unknown name or one shared by
/// two units without a prefix to choose ("ĐN").
pub fn by_name(name: &str) -> Option<Province> {
    matcher::by_name(name)
}

#[cfg(test)]
mod tests {
    use super::gazetteer::UNITS;
    use super::*;
    use crate::normalize::{NormalizeOptions, normalize};

    /// A phrase and the canonical names of the provinces it names, in order.
    const EXAMPLES: &[(&str, &[&str])] = &[
        // The subject's own phrasings in the seeds.
        (
            "cổng thông tin tỉnh Sơn La lần đầu tiên thực hiện",
            &["Sơn La"],
        ),
        ("Nguồn: Cổng thông tin điện tử tỉnh Bắc Kạn", &["Bắc Kạn"]),
        (
            "cải cách hành chính tỉnh An Giang giai đoạn 2011-2015",
            &["An Giang"],
        ),
        (
            "Màn chào hỏi của công đoàn sở nội vụ Tỉnh Sơn La",
            &["Sơn La"],
        ),
        ("Bản quyền thuộc Sở Nội vụ tỉnh Sơn La.", &["Sơn La"]),
        ("Phường Chiềng Cơi, thành phố Sơn La", &["Sơn La"]),
        // Prefixes: none, "tỉnh", "thành phố", "TP", "TP.", "Thủ đô".
        (
            "Ngày 24/12/2016, UBND tỉnh Sơn La tổ chức Hội nghị.",
            &["Sơn La"],
        ),
        ("Kiến nghị của UBND tỉnh Kon Tum vẫn là", &["Kon Tum"]),
        (
            "Cầu Bạch Đằng nối Quảng Ninh và Hải Phòng",
            &["Quảng Ninh", "Hải Phòng"],
        ),
        ("HĐND thành phố Hà Nội khóa XV", &["Hà Nội"]),
        ("Chủ tịch UBND TP.Hà Nội đã tặng bằng khen", &["Hà Nội"]),
        ("Thủ đô Hà Nội với nỗ lực vượt 10 bậc", &["Hà Nội"]),
        ("UBND TP Hải Phòng", &["Hải Phòng"]),
        ("Chủ tịch UBND thành phố Đà Nẵng", &["Đà Nẵng"]),
        // Upper-case headlines.
        ("TỈNH SƠN LA", &["Sơn La"]),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH HOÀ BÌNH", &["Hòa Bình"]),
        ("BẮC GIANG - Ngày 27/5, tại", &["Bắc Giang"]),
        // Old and new tone placement.
        ("Cục thuế tỉnh Thanh Hoá", &["Thanh Hóa"]),
        ("tỉnh Thanh Hóa ước thu", &["Thanh Hóa"]),
        ("tỉnh Hoà Bình Khoá XVI", &["Hòa Bình"]),
        ("Khánh Hoà", &["Khánh Hòa"]),
        // Dashes and spaces.
        (
            "Bà Rịa - Vũng Tàu đề xuất thị xã Phú Mỹ",
            &["Bà Rịa - Vũng Tàu"],
        ),
        (
            "Tỉnh Bà Rịa – Vũng Tàu đặt mục tiêu",
            &["Bà Rịa - Vũng Tàu"],
        ),
        ("mẹ của bé sống tại Bà Rịa-Vũng Tàu", &["Bà Rịa - Vũng Tàu"]),
        ("tỉnh Bà Rịa–Vũng Tàu", &["Bà Rịa - Vũng Tàu"]),
        ("tỉnh BR-VT", &["Bà Rịa - Vũng Tàu"]),
        (
            "Nhiều trường ở Thừa Thiên Huế đã xây dựng",
            &["Thừa Thiên Huế"],
        ),
        ("tỉnh Thừa Thiên - Huế", &["Thừa Thiên Huế"]),
        ("Thừa Thiên–Huế", &["Thừa Thiên Huế"]),
        ("Cố đô Huế", &["Thừa Thiên Huế"]),
        // Spelling variants.
        ("tỉnh Đắk Lắk", &["Đắk Lắk"]),
        ("tỉnh Đắc Lắk", &["Đắk Lắk"]),
        ("Daklak", &["Đắk Lắk"]),
        ("người mẹ HTH (Gia Nghĩa, Đắk Nông)", &["Đắk Nông"]),
        ("tỉnh Đăk Nông", &["Đắk Nông"]),
        ("Kontum", &["Kon Tum"]),
        ("tỉnh Bắc Cạn", &["Bắc Kạn"]),
        // Abbreviations of Hồ Chí Minh City.
        ("BV Nhi đồng 1 (TP.HCM) bao trùm", &["Hồ Chí Minh"]),
        ("HĐND Thành phố Hồ Chí Minh", &["Hồ Chí Minh"]),
        ("TP. Hồ Chí Minh", &["Hồ Chí Minh"]),
        ("TPHCM", &["Hồ Chí Minh"]),
        ("Ông Huy, TP. HCM.", &["Hồ Chí Minh"]),
        // Ambiguous abbreviations take the prefix's kind.
        ("TP. ĐN", &["Đà Nẵng"]),
        ("tỉnh ĐN", &["Đồng Nai"]),
        // Lists and flattened tables.
        (
            "các tỉnh Hà Giang, Thái Nguyên, Lào Cai, Sơn La, Bắc Giang và Quảng Ninh",
            &[
                "Hà Giang",
                "Thái Nguyên",
                "Lào Cai",
                "Sơn La",
                "Bắc Giang",
                "Quảng Ninh",
            ],
        ),
        (
            "Bảng xếp hạng PCI 2016 1. Đà Nẵng2. Quảng Ninh3. Đồng Tháp4.",
            &["Đà Nẵng", "Quảng Ninh", "Đồng Tháp"],
        ),
        (
            "nối tiếp cao tốc Hà Nội - Hải Phòng",
            &["Hà Nội", "Hải Phòng"],
        ),
        (
            "Liên Chiểu (Đà Nẵng), Dung Quất (Quảng Ngãi)",
            &["Đà Nẵng", "Quảng Ngãi"],
        ),
        ("quận Hoàng Mai, Hà Nội", &["Hà Nội"]),
        ("Hội đồng nhân dân tỉnh\nTrà Vinh khoá IX", &["Trà Vinh"]),
        ("ĐBQH đoàn Nghệ An: Thái Văn Thành", &["Nghệ An"]),
        ("Trường THPT Chu Văn An Hà Nội", &["Hà Nội"]),
        ("Hồ Chí Minh City", &["Hồ Chí Minh"]),
        ("Đoàn Hà Nội", &["Hà Nội"]),
        // People.
        (
            "Phó Thủ tướng Trương Hòa Bình: Xây dựng Chính phủ điện tử",
            &[],
        ),
        ("Phó Thủ tướng Thường trực Trương Hòa Bình phát biểu", &[]),
        ("Chủ tịch UBND tỉnh Vương Bình Thạnh chủ trì", &[]),
        ("chị Nguyễn Thị Hà Giang", &[]),
        ("ông Thái Bình", &[]),
        ("Đ/c Trần Quốc Thái Bình", &[]),
        ("giang hồ khét tiếng Hùng “Sài Gòn”", &[]),
        // Lower units, streets, rivers.
        ("Huyện Sông Mã có chỉ số SIPAS cao nhất", &[]),
        ("huyện Long Hồ (tỉnh Vĩnh Long)", &["Vĩnh Long"]),
        ("huyện Yên Bình", &[]),
        ("xã Hòa Bình", &[]),
        ("phường Hòa Bình", &[]),
        ("đường Hà Nội", &[]),
        ("phố Huế", &[]),
        ("sông Đồng Nai", &[]),
        // A river system: the name after the dash is a river too.
        (
            "26 vị trí trên hệ thống sông Sài Gòn – Đồng Nai và 15 vị trí",
            &[],
        ),
        ("lưu vực Sông Hồng-Thái Bình", &[]),
        // An expressway's end points are places.
        ("đường cao tốc Hà Nội – Hải Phòng", &["Hà Nội", "Hải Phòng"]),
        // Brackets: the word inside is still the unit word.
        ("(xã Hòa Bình)", &[]),
        (
            "Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) chủ trì",
            &["Quảng Ninh"],
        ),
        // A name wrapped over two lines of hard-wrapped text, not after a
        // short line.
        (
            "doanh nghiệp, đặc biệt là thành phố Hồ Chí Minh, Cần Thơ; mời gọi đầu tư từ Hà\nNội và một số tỉnh phía Bắc.",
            &["Hồ Chí Minh", "Cần Thơ", "Hà Nội"],
        ),
        ("Ảnh: Thu Hà\nNội dung chính của hội nghị", &[]),
        ("thị xã Quảng Trị", &[]),
        // Common words and longer names.
        (
            "truyền thống văn hiến - anh hùng - hòa bình - hữu nghị",
            &[],
        ),
        ("VÌ HÒA BÌNH", &[]),
        ("công tác bình định", &[]),
        ("khu vực Đông Á - Thái Bình Dương", &[]),
        ("chiến thắng Điện Biên Phủ", &[]),
        ("tỉnh Hà Nam Ninh cũ", &[]),
        ("tư tưởng, đạo đức, phong cách Hồ Chí Minh", &[]),
        ("quy hoạch mở rộng đường Hồ Chí Minh", &[]),
        ("Đoàn TNCS Hồ Chí Minh", &[]),
        // The late President, not the city.
        (
            "học tập và làm theo tấm gương đạo đức Chủ tịch Hồ Chí Minh",
            &[],
        ),
        ("viếng Lăng Chủ tịch Hồ Chí Minh", &[]),
        ("được tặng Huân chương Hồ Chí Minh", &[]),
        ("làm theo lời Bác Hồ dạy", &[]),
        ("HĐND Thành phố Hồ Chí Minh khóa IX", &["Hồ Chí Minh"]),
        ("Bảo tàng Mỹ thuật TP.HCM", &["Hồ Chí Minh"]),
        ("Hội nghị HN", &[]),
        // Whole syllables only.
        ("chính sách thuế nhập khẩu", &[]),
        ("chị Long Anh", &[]),
        ("Sơn Lam", &[]),
        ("Tổng số lượt truy cập: 40503542", &[]),
        ("xếp hạng từ 49/63 tỉnh thành", &[]),
        ("E-mail: snv@sonla.gov.vn", &[]),
        (
            "https://baotainguyenmoitruong.vn/khu-kinh-te-o-Kon-Tum-tan-giac-mo.html",
            &[],
        ),
    ];

    fn names(text: &str) -> Vec<&'static str> {
        find_provinces(text)
            .iter()
            .map(|m| m.province.name)
            .collect()
    }

    #[test]
    fn examples() {
        assert!(EXAMPLES.len() >= 60);
        for (phrase, expected) in EXAMPLES {
            assert_eq!(names(phrase), *expected, "{phrase:?}");
        }
    }

    #[test]
    fn offsets_slice_the_mention() {
        for (phrase, _) in EXAMPLES {
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

    /// A text and its subject province with the kind of evidence, or none.
    const SUBJECTS: &[(&str, Option<(&str, &str)>)] = &[
        (
            "Ngày 24/12/2016, UBND tỉnh Sơn La tổ chức Hội nghị tổng kết.",
            Some(("Sơn La", "authority in body: UBND tỉnh Sơn La")),
        ),
        (
            "Bí thư Tỉnh ủy Yên Bái tin tưởng. Tỉnh ủy Yên Bái tổ chức Hội nghị.",
            Some(("Yên Bái", "authority in body: Tỉnh ủy Yên Bái")),
        ),
        (
            "UBND tỉnh Sơn La làm việc với đoàn công tác tỉnh Điện Biên.",
            Some(("Sơn La", "authority in body: UBND tỉnh Sơn La")),
        ),
        (
            "Tiếp tục đẩy mạnh CCHC.\nNguồn: Cổng thông tin điện tử tỉnh Bắc Kạn",
            Some((
                "Bắc Kạn",
                "source line: Nguồn: Cổng thông tin điện tử tỉnh Bắc Kạn",
            )),
        ),
        (
            "UBND tỉnh đã tặng Bằng khen.\nBản quyền thuộc Sở Nội vụ tỉnh Sơn La.",
            Some((
                "Sơn La",
                "publisher footer: Bản quyền thuộc Sở Nội vụ tỉnh Sơn La.",
            )),
        ),
        (
            "UBND tỉnh đã tặng Bằng khen.\nE-mail: snv@sonla.gov.vn - Website:http://sonoivu.sonla.gov.vn",
            Some(("Sơn La", "web domain: sonla.gov.vn")),
        ),
        (
            "Hà Nội đã bảo lo một cái Tết chu đáo. Một năm Hà Nội có khoảng 2000 em học sinh đi du học.",
            Some(("Hà Nội", "most mentioned: Hà Nội (2 of 2 mentions)")),
        ),
        // A province's agency names it.
        (
            "Theo Cục Thuế Điện Biên, thu ngân sách tháng 1/2025 đạt gần 13% dự toán.",
            Some(("Điện Biên", "province in body: Cục Thuế Điện Biên")),
        ),
        (
            "văn bản chỉ đạo từ Sở Giáo dục và Đào tạo Thừa Thiên Huế về việc khen thưởng",
            Some((
                "Thừa Thiên Huế",
                "province in body: Sở Giáo dục và Đào tạo Thừa Thiên Huế",
            )),
        ),
        // Not an agency: a common word, a list.
        ("các cơ sở Hà Nội đã triển khai", None),
        ("Sở Nội vụ, Hà Nội", None),
        (
            "Uỷ ban nhân dân tỉnh Hoà Bình ban hành kế hoạch.",
            Some((
                "Hòa Bình",
                "authority in body: Uỷ ban nhân dân tỉnh Hoà Bình",
            )),
        ),
        (
            "Sáng 8/2, Tỉnh uỷ Yên Bái tổ chức Hội nghị.",
            Some(("Yên Bái", "authority in body: Tỉnh uỷ Yên Bái")),
        ),
        // National: the Deputy PM's name is not Hòa Bình; two cities alike.
        (
            "Phó Thủ tướng Trương Hòa Bình chủ trì Hội nghị với UBND các tỉnh, thành phố.",
            None,
        ),
        (
            "Hà Nội và Thành phố Hồ Chí Minh là hai địa bàn áp dụng.",
            None,
        ),
        // "X (tỉnh Y)": a district's report names its province.
        (
            "ông Nguyễn Anh Tú - Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) chủ trì hội nghị giao ban",
            Some(("Quảng Ninh", "province in body: tỉnh Quảng Ninh")),
        ),
        // The outlet's credit speaks when the body names places visited alike.
        (
            "(Thanhuytphcm.vn) - Ngày 15/7, Hội Doanh nghiệp Quận 12 đã tổ chức Lễ kỷ niệm.\nHội xúc tiến thương mại với các doanh nghiệp huyện Long Hồ (tỉnh Vĩnh Long), Chương trình Caravan tại tỉnh Bạc Liêu.",
            Some(("Hồ Chí Minh", "source line: Thanhuytphcm.vn")),
        ),
        // A masthead is the publisher, not the body.
        (
            "TRANG THÔNG TIN ĐIỆN TỬ THANH TRA TỈNH ĐĂK NÔNG\nCông an huyện Đắk Song tổng kết công tác năm 2018.",
            Some((
                "Đắk Nông",
                "publisher footer: TRANG THÔNG TIN ĐIỆN TỬ THANH TRA TỈNH ĐĂK NÔNG",
            )),
        ),
        // One passing mention is no subject.
        ("Năm 2007, chị vào Gia Lai tìm việc.", None),
        (
            "Sáng ngày 22/01/2016, tại Sở Nội vụ diễn ra hội nghị.",
            None,
        ),
        ("", None),
    ];

    #[test]
    fn subjects() {
        for (text, expected) in SUBJECTS {
            let subject = subject_province(text, &find_provinces(text));
            let got = subject
                .as_ref()
                .map(|s| (s.province.name, s.evidence.as_str()));
            assert_eq!(got, *expected, "{text:?}");
        }
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
        let subject = subject_province_with_footer(
            text,
            &mentions,
            &["Bản quyền thuộc Sở Nội vụ tỉnh Sơn La."],
        )
        .unwrap();
        assert_eq!(subject.province.name, "Sơn La");
        assert!(subject.evidence.starts_with("publisher footer: "));
    }

    /// The seeds: the subject province each one documents, or none.
    #[test]
    fn seeds() {
        let seeds: &[(&str, Option<&str>)] = &[
            (
                include_str!("../../../fixtures/000_son_la_cchc_2016.txt"),
                Some("Sơn La"),
            ),
            (
                include_str!("../../../fixtures/001_bac_kan_cchc_2017.txt"),
                Some("Bắc Kạn"),
            ),
            (
                include_str!("../../../fixtures/002_cchc_index_2015.txt"),
                None,
            ),
            (
                include_str!("../../../fixtures/003_an_giang_cchc_2015.txt"),
                Some("An Giang"),
            ),
            (
                include_str!("../../../fixtures/004_son_la_sipas_2022.txt"),
                Some("Sơn La"),
            ),
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
}
