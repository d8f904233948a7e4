//! The example table of the people extractor, the seeds read by hand, and
//! its behaviour and property tests.

use super::assemble::is_digest;
use super::*;

/// The person is a chairperson.
const CHAIR: u8 = 1;
/// The text says the person chaired (chủ trì / chủ tọa) the event.
const PRESIDED: u8 = 2;
/// The person is the article's author.
const AUTHOR: u8 = 4;

/// One expected person: name, titles, flags.
type Expected = (&'static str, &'static [&'static str], u8);

/// (phrase, expected people in order of first mention: name, titles, flags).
/// Phrases from the seeds and the development corpus, or the natural
/// phrasing of real reports; values read by hand off the phrase.
#[rustfmt::skip]
const EXAMPLES: &[(&str, &[Expected])] = &[
    // Name, then titles separated by commas or dashes.
    ("Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết công tác cải cách hành chính, đồng chí Cầm Ngọc Minh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị.",
        &[("Cầm Ngọc Minh", &["Phó Bí thư tỉnh ủy", "Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
    ("Đ/c Lý Thái Hải - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại Hội nghị",
        &[("Lý Thái Hải", &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], CHAIR)]),
    ("Đ/c Lý Thái Hải – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại Hội nghị",
        &[("Lý Thái Hải", &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], CHAIR)]),
    ("Phát biểu tại Hội nghị, đồng chí Lý Thái Hải – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh yêu cầu các đơn vị, địa phương",
        &[("Lý Thái Hải", &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], CHAIR)]),
    ("Dự hội nghị có ông Bùi Quang Cẩm - Tỉnh ủy viên - Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC; thành viên Hội đồng Đánh giá, xác định chỉ số CCHC",
        &[("Bùi Quang Cẩm", &["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC"], CHAIR)]),
    ("Ngày 12/1/2023, đồng chí Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, Trưởng Ban chỉ đạo CCHC, Chủ tịch UBND tỉnh đã chủ trì Hội nghị trực tuyến tổng kết công tác cải cách hành chính",
        &[("Hoàng Quốc Khánh", &["Phó Bí thư Tỉnh ủy", "Trưởng Ban chỉ đạo CCHC", "Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
    ("Đồng chí Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, Trưởng Ban chỉ đạo CCHC, Chủ tịch UBND tỉnh chủ trì Hội nghị",
        &[("Hoàng Quốc Khánh", &["Phó Bí thư Tỉnh ủy", "Trưởng Ban chỉ đạo CCHC", "Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
    ("Ông Huỳnh Đức Thơ, Chủ tịch UBND TP Đà Nẵng trần tình về quy hoạch bán đảo Sơn Trà",
        &[("Huỳnh Đức Thơ", &["Chủ tịch UBND TP Đà Nẵng"], CHAIR)]),
    ("Tại hội nghị trực tuyến Chính phủ với các địa phương ngày 3/7, ông Đinh Văn Thu, Chủ tịch UBND tỉnh Quảng Nam đã nêu kiến nghị",
        &[("Đinh Văn Thu", &["Chủ tịch UBND tỉnh Quảng Nam"], CHAIR)]),
    ("Theo ông Nguyễn Đức Long, Chủ tịch UBND tỉnh Quảng Ninh, thu ngân sách 6 tháng đầu năm của tỉnh đạt khoảng 14.000 tỷ đồng",
        &[("Nguyễn Đức Long", &["Chủ tịch UBND tỉnh Quảng Ninh"], CHAIR)]),
    ("Nhân lễ kỷ niệm 10 năm thành lập, đồng chí Nguyễn Xuân Đường - Chủ tịch UBND tỉnh đã trao tặng cờ thi đua",
        &[("Nguyễn Xuân Đường", &["Chủ tịch UBND tỉnh"], CHAIR)]),
    ("Phát biểu tại hội nghị, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh Nghệ An đã thông tin",
        &[("Thái Thanh Quý", &["Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH", "Chủ tịch HĐND tỉnh Nghệ An"], CHAIR)]),
    ("Ông Hồ Quốc Dũng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bình Định, nhận ngọn đuốc từ VĐV Hằng Nga",
        &[("Hồ Quốc Dũng", &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Bình Định"], CHAIR)]),
    ("Bà Trần Thị Thanh Tâm, Giám đốc Sở Kế hoạch và Đầu tư Đà Nẵng, cho biết năm qua",
        &[("Trần Thị Thanh Tâm", &["Giám đốc Sở Kế hoạch và Đầu tư Đà Nẵng"], 0)]),
    ("đồng chí Nguyễn Anh Chức, Ủy viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch Thường trực UBND tỉnh và đồng chí Đặng Thanh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh đã tới thăm",
        &[("Nguyễn Anh Chức", &["Ủy viên Ban Thường vụ Tỉnh uỷ", "Phó Chủ tịch Thường trực UBND tỉnh"], 0),
          ("Đặng Thanh Sơn", &["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"], 0)]),
    ("Tổ công tác của Thủ tướng Chính phủ do ông Nguyễn Cao Lục, Phó Chủ nhiệm Văn phòng Chính phủ, Trưởng đoàn công tác đã về kiểm tra",
        &[("Nguyễn Cao Lục", &["Phó Chủ nhiệm Văn phòng Chính phủ", "Trưởng đoàn công tác"], 0)]),
    ("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự và chủ trì hội nghị.",
        &[("Tô Lâm", &["Thượng tướng", "Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"], PRESIDED)]),
    ("Chia sẻ với chúng tôi, Trung tá Dương Kim Tuấn-Giám đốc Chi nhánh Công ty 75 cho biết",
        &[("Dương Kim Tuấn", &["Trung tá", "Giám đốc Chi nhánh Công ty 75"], 0)]),
    ("Tham dự lễ kỷ niệm có GS.TS. Nguyễn Quang Thuấn - Chủ tịch Viện Hàn lâm KHXH Việt Nam, đại diện các ban",
        &[("Nguyễn Quang Thuấn", &["Chủ tịch Viện Hàn lâm KHXH Việt Nam"], CHAIR)]),
    ("ông Ksor Phước, Phó Chủ tịch UBND tỉnh Gia Lai phát biểu",
        &[("Ksor Phước", &["Phó Chủ tịch UBND tỉnh Gia Lai"], 0)]),
    // Title, then the name; a province between them belongs to the title.
    ("Đây là chỉ đạo của Chủ tịch UBND tỉnh Lý Thái Hải tại Hội nghị trực tuyến của UBND tỉnh với các huyện, thành phố ngày 15/5/2017",
        &[("Lý Thái Hải", &["Chủ tịch UBND tỉnh"], CHAIR)]),
    ("(TGAG)- Sáng nay, ngày 30/12, Chủ tịch UBND tỉnh Vương Bình Thạnh chủ trì Hội nghị trực tuyến tổng kết công tác cài cách hành chính năm 2015",
        &[("Vương Bình Thạnh", &["Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
    ("Phát biểu chỉ đạo tại Hội nghị, Chủ tịch UBND tỉnh Vương Bình Thạnh thẳng thắn chỉ ra những khó khăn",
        &[("Vương Bình Thạnh", &["Chủ tịch UBND tỉnh"], CHAIR)]),
    ("Chủ tịch UBND tỉnh An Giang Vương Bình Thạnh phát biểu",
        &[("Vương Bình Thạnh", &["Chủ tịch UBND tỉnh An Giang"], CHAIR)]),
    ("Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân; Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải; Chủ tịch HĐND thành phố Hà Nội Nguyễn Thị Bích Ngọc",
        &[("Nguyễn Thị Kim Ngân", &["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"], CHAIR),
          ("Hoàng Trung Hải", &["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"], 0),
          ("Nguyễn Thị Bích Ngọc", &["Chủ tịch HĐND thành phố Hà Nội"], CHAIR)]),
    ("Ngày 7/7, tại kỳ họp thứ tư HĐND TP Đà Nẵng khóa IX, Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ đã có báo cáo giải trình",
        &[("Huỳnh Đức Thơ", &["Chủ tịch UBND TP Đà Nẵng"], CHAIR)]),
    ("Chiều 9/5, Phó Chủ tịch UBND tỉnh Đặng Ngọc Sơn chủ trì cuộc họp nghe báo cáo, góp ý điều chỉnh quy hoạch sử dụng đất",
        &[("Đặng Ngọc Sơn", &["Phó Chủ tịch UBND tỉnh"], PRESIDED)]),
    ("Trong 2 ngày 6-7/7, Tổng Bí thư Nguyễn Phú Trọng đã đến thăm, làm việc tại tỉnh Bắc Kạn",
        &[("Nguyễn Phú Trọng", &["Tổng Bí thư"], 0)]),
    ("Cùng đi với Tổng Bí thư có các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Đỗ Văn Chiến; Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn Nguyễn Xuân Cường",
        &[("Đỗ Văn Chiến", &["Bộ trưởng", "Chủ nhiệm Ủy ban Dân tộc"], 0),
          ("Nguyễn Xuân Cường", &["Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn"], 0)]),
    ("Chủ tịch UBND tỉnh Phú Thọ Bùi Minh Châu phát biểu trong Hội nghị giao nhiệm vụ công tác.",
        &[("Bùi Minh Châu", &["Chủ tịch UBND tỉnh Phú Thọ"], CHAIR)]),
    ("Phát biểu khai mạc tại Hội nghị, Thứ trưởng Bộ Nông nghiệp và Phát triển Nông thôn Trần Thanh Nam nhấn mạnh",
        &[("Trần Thanh Nam", &["Thứ trưởng Bộ Nông nghiệp và Phát triển Nông thôn"], 0)]),
    ("Chiều 30/5, tại Trụ sở Chính phủ, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, Trưởng ban Chỉ đạo cải cách hành chính của Chính phủ đã chủ trì Hội nghị trực tuyến",
        &[("Trương Hòa Bình", &["Phó Thủ tướng Thường trực Chính phủ", "Trưởng ban Chỉ đạo cải cách hành chính của Chính phủ"], PRESIDED)]),
    ("Theo Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân, Phó Trưởng ban Thường trực Ban Chỉ đạo cải cách hành chính của Chính phủ, từ đầu năm đến nay",
        &[("Lê Vĩnh Tân", &["Bộ trưởng Bộ Nội vụ", "Phó Trưởng ban Thường trực Ban Chỉ đạo cải cách hành chính của Chính phủ"], 0)]),
    ("Đó là nội dung chỉ đạo trong thông báo kết luận của Thủ tướng Nguyễn Xuân Phúc tại buổi làm việc với lãnh đạo tỉnh Cao Bằng.",
        &[("Nguyễn Xuân Phúc", &["Thủ tướng"], 0)]),
    ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng đoàn ĐBQH tỉnh Nghệ An Thái Thanh Quý trả lời kiến nghị của cử tri.",
        &[("Thái Thanh Quý", &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Trưởng đoàn ĐBQH tỉnh Nghệ An"], CHAIR)]),
    ("Chủ tịch UBND tỉnh Quảng Trị, Võ Văn Hưng cho biết, việc hình thành và đầu tư xây dựng Cảng hàng không",
        &[("Võ Văn Hưng", &["Chủ tịch UBND tỉnh Quảng Trị"], CHAIR)]),
    ("đồng chí Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Anh Chức và đồng chí Phó Chủ tịch Thường trực HĐND tỉnh Đặng Thanh Sơn gửi lời chúc tốt đẹp",
        &[("Nguyễn Anh Chức", &["Phó Chủ tịch Thường trực UBND tỉnh"], 0),
          ("Đặng Thanh Sơn", &["Phó Chủ tịch Thường trực HĐND tỉnh"], 0)]),
    ("Phó Chủ tịch UBND tỉnh Nguyễn Minh phát biểu kết thúc buổi toạ đàm",
        &[("Nguyễn Minh", &["Phó Chủ tịch UBND tỉnh"], 0)]),
    ("(BĐ) - Chiều 22.4, Chủ tịch UBND tỉnh Phạm Anh Tuấn có buổi làm việc với huyện Vân Canh",
        &[("Phạm Anh Tuấn", &["Chủ tịch UBND tỉnh"], CHAIR)]),
    ("Chủ tịch UBND tỉnh Phạm Anh Tuấn tặng quà lưu niệm cho bà Yoonhee Kim",
        &[("Phạm Anh Tuấn", &["Chủ tịch UBND tỉnh"], CHAIR), ("Yoonhee Kim", &[], 0)]),
    ("(BĐ) - Phó Giám đốc Sở Tài chính Trần Vũ Thanh Hùng cho biết, đến ngày 10.4",
        &[("Trần Vũ Thanh Hùng", &["Phó Giám đốc Sở Tài chính"], 0)]),
    ("Phó Chủ tịch UBND tỉnh Y Thanh Hà Niê Kđăm phát biểu tại hội nghị",
        &[("Y Thanh Hà Niê Kđăm", &["Phó Chủ tịch UBND tỉnh"], 0)]),
    ("đồng chí Nguyễn Văn Sơn Phó Chủ tịch UBND tỉnh phát biểu",
        &[("Nguyễn Văn Sơn", &["Phó Chủ tịch UBND tỉnh"], 0)]),
    // Former and acting chairs are chairpersons; the tenure stays in the title.
    ("Ông Nguyễn Văn B, nguyên Chủ tịch UBND tỉnh dự hội nghị",
        &[("Nguyễn Văn B", &["nguyên Chủ tịch UBND tỉnh"], CHAIR)]),
    ("UBKT Trung ương yêu cầu ông Nguyễn Chiến Thắng - nguyên Chủ tịch UBND tỉnh Khánh Hòa nghiêm túc kiểm điểm",
        &[("Nguyễn Chiến Thắng", &["nguyên Chủ tịch UBND tỉnh Khánh Hòa"], CHAIR)]),
    ("Ông Phạm Văn Hà, nguyên Chủ tịch UBND huyện Cát Hải, được bổ nhiệm giữ chức Giám đốc Sở NN-PTNT từ tháng 4-2016.",
        &[("Phạm Văn Hà", &["nguyên Chủ tịch UBND huyện Cát Hải", "Giám đốc Sở NN-PTNT"], CHAIR)]),
    ("Ông Nguyễn Văn Thành, nguyên Trưởng Ban Kinh tế - Ngân sách của HĐND thành phố Hải Phòng",
        &[("Nguyễn Văn Thành", &["nguyên Trưởng Ban Kinh tế"], 0)]),
    ("Quyền Chủ tịch UBND tỉnh Nguyễn Văn Sơn ký quyết định", &[("Nguyễn Văn Sơn", &["Quyền Chủ tịch UBND tỉnh"], CHAIR)]),
    ("ông Nguyễn Văn Sơn, quyền Chủ tịch UBND huyện cho biết", &[("Nguyễn Văn Sơn", &["quyền Chủ tịch UBND huyện"], CHAIR)]),
    ("Ông Nguyễn Văn Sơn, cựu Chủ tịch UBND tỉnh, đã nghỉ hưu", &[("Nguyễn Văn Sơn", &["cựu Chủ tịch UBND tỉnh"], CHAIR)]),
    // A chair head in lowercase after a name; a dotted abbreviation; a body named with its acronym.
    ("Theo ông Trần Văn Bình, chủ tịch UBND xã Tân Lập, người dân rất đồng tình",
        &[("Trần Văn Bình", &["chủ tịch UBND xã Tân Lập"], CHAIR)]),
    ("Ông Nguyễn Đức Chung - Ủy viên T.Ư Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP.Hà Nội phát biểu",
        &[("Nguyễn Đức Chung", &["Ủy viên T.Ư Đảng", "Phó Bí thư Thành ủy", "Chủ tịch UBND TP.Hà Nội"], CHAIR)]),
    ("Chủ tịch UBND TP. Hà Nội Nguyễn Đức Chung phát biểu tại buổi làm việc",
        &[("Nguyễn Đức Chung", &["Chủ tịch UBND TP. Hà Nội"], CHAIR)]),
    ("Chủ tịch Phòng Thương mại và công nghiệp VN (VCCI) Vũ Tiến Lộc cho biết, để nỗ lực cải thiện chỉ số này",
        &[("Vũ Tiến Lộc", &["Chủ tịch Phòng Thương mại và công nghiệp VN (VCCI)"], CHAIR)]),
    ("Ông Nguyễn Văn Hùng, Chủ tịch Hội đồng quản trị Công ty cổ phần Sông Đà cho biết",
        &[("Nguyễn Văn Hùng", &["Chủ tịch Hội đồng quản trị Công ty"], CHAIR)]),
    ("Ông Lê Văn Nam (Chủ tịch UBND huyện Hòa Vang) cho biết sẽ xử lý dứt điểm",
        &[("Lê Văn Nam", &["Chủ tịch UBND huyện Hòa Vang"], CHAIR)]),
    ("Đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh phát biểu",
        &[("Ngô Đông Hải", &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], CHAIR)]),
    ("Thầy Nguyễn Văn Bình, Hiệu trưởng Trường THPT Nguyễn Huệ cho biết",
        &[("Nguyễn Văn Bình", &["Hiệu trưởng Trường THPT Nguyễn Huệ"], 0)]),
    ("Hiệu trưởng Trường THPT Nguyễn Huệ Trần Văn Bình phát biểu", &[("Trần Văn Bình", &["Hiệu trưởng Trường THPT Nguyễn Huệ"], 0)]),
    ("Chủ tịch Hội Cựu chiến binh tỉnh Lê Văn Bảy trao quà", &[("Lê Văn Bảy", &["Chủ tịch Hội Cựu chiến binh tỉnh"], CHAIR)]),
    ("bà H’Hen Niê, Phó Chủ tịch UBND huyện", &[("H’Hen Niê", &["Phó Chủ tịch UBND huyện"], 0)]),
    ("Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ phát biểu tại hội nghị",
        &[("Nguyễn Văn Thọ", &["Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu"], CHAIR)]),
    ("Chủ tịch nước Võ Văn Thưởng dự và phát biểu chỉ đạo hội nghị",
        &[("Võ Văn Thưởng", &["Chủ tịch nước"], CHAIR)]),
    ("Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh chủ trì hội nghị",
        &[("Bùi Văn Khánh", &["Chủ tịch UBND tỉnh Hòa Bình"], CHAIR | PRESIDED)]),
    ("Bí thư Tỉnh ủy Thái Bình Ngô Đông Hải phát biểu", &[("Ngô Đông Hải", &["Bí thư Tỉnh ủy Thái Bình"], 0)]),
    ("Chủ tịch UBND tỉnh Thái Nguyên Trịnh Việt Hùng phát biểu tại hội nghị",
        &[("Trịnh Việt Hùng", &["Chủ tịch UBND tỉnh Thái Nguyên"], CHAIR)]),
    // An appointment gives the office: elected, appointed, holding it.
    ("Thiếu tướng Lê Ngọc Châu làm Chủ tịch UBND tỉnh Hải Dương",
        &[("Lê Ngọc Châu", &["Thiếu tướng", "Chủ tịch UBND tỉnh Hải Dương"], CHAIR)]),
    ("bà Trịnh Thị Minh Thanh, Phó Bí thư Thường trực Tỉnh ủy đã trúng cử chức vụ Chủ tịch HĐND tỉnh Quảng Ninh, khóa XIV",
        &[("Trịnh Thị Minh Thanh", &["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh Quảng Ninh"], CHAIR)]),
    ("Ngày 13-7, HĐND thành phố Hải Phòng khóa 15 đã bầu ông Nguyễn Văn Thành giữ chức Phó Chủ tịch UBND thành phố",
        &[("Nguyễn Văn Thành", &["Phó Chủ tịch UBND thành phố"], 0)]),
    // A nominee is not given the office.
    ("HĐND tỉnh đề nghị bầu ông Nguyễn Văn Sơn giữ chức Chủ tịch UBND tỉnh",
        &[("Nguyễn Văn Sơn", &[], 0)]),
    // Title, dash or comma, honorific, name.
    ("Kết luận hội nghị, Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC - ông Bùi Quang Cẩm yêu cầu công bố công khai kết quả chấm điểm CCHC",
        &[("Bùi Quang Cẩm", &["Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC"], CHAIR)]),
    ("Phát biểu tại hội nghị, Chủ tịch UBND tỉnh, ông Nguyễn Văn Hùng cho biết năm nay tỉnh đạt nhiều kết quả",
        &[("Nguyễn Văn Hùng", &["Chủ tịch UBND tỉnh"], CHAIR)]),
    ("Chủ tịch UBND xã Ea Tul, ông Y Thanh Niê cho biết", &[("Y Thanh Niê", &["Chủ tịch UBND xã Ea Tul"], CHAIR)]),
    // A comma before a name that its own titles follow lists two people;
    // after "thay mặt" the one named acts for the chair.
    ("Dự hội nghị có Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn Hùng, Giám đốc Sở Nội vụ",
        &[("Nguyễn Văn Hùng", &["Giám đốc Sở Nội vụ"], 0)]),
    ("Thay mặt Chủ tịch nước, ông Nguyễn Văn Hùng trao Huân chương Lao động hạng Ba cho 5 tập thể",
        &[("Nguyễn Văn Hùng", &[], 0)]),
    ("Thừa ủy quyền Chủ tịch UBND tỉnh, Nguyễn Văn Hùng trao Bằng khen cho 10 cá nhân", &[]),
    // Lists after "các đồng chí:".
    ("Dự hội nghị có các đồng chí: Lâm Thị Hương Thành, Phó Chủ tịch Thường trực HĐND tỉnh; Đinh Đức Cảnh, Bí thư Huyện ủy, Chủ tịch HĐND huyện Tân Yên; lãnh đạo một số sở, ngành tỉnh",
        &[("Lâm Thị Hương Thành", &["Phó Chủ tịch Thường trực HĐND tỉnh"], 0),
          ("Đinh Đức Cảnh", &["Bí thư Huyện ủy", "Chủ tịch HĐND huyện Tân Yên"], CHAIR)]),
    ("Đến dự có các đồng chí: Trần Hoàng Danh, Bí thư Quận ủy; Đậu An Phúc, Phó Chủ tịch UBND Quận; Lê Tấn Nam, Chủ tịch Hội Doanh nghiệp Quận 12.",
        &[("Trần Hoàng Danh", &["Bí thư Quận ủy"], 0),
          ("Đậu An Phúc", &["Phó Chủ tịch UBND Quận"], 0),
          ("Lê Tấn Nam", &["Chủ tịch Hội Doanh nghiệp Quận 12"], CHAIR)]),
    ("ý kiến của 4 đồng chí Phó Chủ tịch UBND TP, Chủ tịch UBND TP Nguyễn Đức Chung hoan nghênh",
        &[("Nguyễn Đức Chung", &["Chủ tịch UBND TP"], CHAIR)]),
    // Honorific and name with no title.
    ("đề xuất tặng bằng khen cho bà Bùi Lệ Oanh, cán bộ Sở Lao động tỉnh này, vì có công chống tham nhũng",
        &[("Bùi Lệ Oanh", &[], 0)]),
    ("Ông Võ Văn Cảnh, xóm Tân Sơn, xã Kỳ Tân đề nghị làm rõ việc đề bù đất rừng",
        &[("Võ Văn Cảnh", &[], 0)]),
    ("trao Quyết định chỉ định đồng chí Đỗ Đức Duy giữ chức Phó Bí thư Tỉnh ủy và giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh Yên Bái",
        &[("Đỗ Đức Duy", &["Phó Bí thư Tỉnh ủy"], 0)]),
    ("Kết quả, 54/54 đại biểu đã bầu ông Lê Ngọc Châu giữ chức Chủ tịch UBND tỉnh này, nhiệm kỳ 2021-2026.",
        &[("Lê Ngọc Châu", &["Chủ tịch UBND tỉnh"], CHAIR)]),
    ("HĐND tỉnh Quảng Ninh nhất trí bầu bà Trịnh Thị Minh Thanh – Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh, làm Chủ tịch HĐND tỉnh Quảng Ninh; ông Phạm Đức Ấn - Phó Bí thư Tỉnh ủy làm Chủ tịch UBND tỉnh Quảng Ninh",
        &[("Trịnh Thị Minh Thanh", &["Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh", "Chủ tịch HĐND tỉnh Quảng Ninh"], CHAIR),
          ("Phạm Đức Ấn", &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Quảng Ninh"], CHAIR)]),
    // Who presided: after the mention, before it, or a sentence opening with "chủ trì".
    ("Hội nghị diễn ra dưới sự chủ trì của đồng chí Hoàng Quốc Khánh, Chủ tịch UBND tỉnh.",
        &[("Hoàng Quốc Khánh", &["Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
    ("Ngày 6/2, chủ trì buổi giao ban với lãnh đạo các sở, ngành TP, Chủ tịch UBND TP Nguyễn Đức Chung, đã giao nhiệm vụ cho 17 sở, ngành",
        &[("Nguyễn Đức Chung", &["Chủ tịch UBND TP"], CHAIR | PRESIDED)]),
    ("Đồng chí Phó Chủ tịch HĐND tỉnh Nguyễn Khắc Toản dự và cùng chủ trì buổi làm việc",
        &[("Nguyễn Khắc Toản", &["Phó Chủ tịch HĐND tỉnh"], PRESIDED)]),
    ("Chiều 9/2, ông Nguyễn Anh Tú - Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) chủ trì hội nghị giao ban",
        &[("Nguyễn Anh Tú", &["Chủ tịch UBND thành phố Uông Bí"], CHAIR | PRESIDED)]),
    ("Chủ trì hội nghị có đồng chí Lý Thái Hải, Chủ tịch UBND tỉnh.",
        &[("Lý Thái Hải", &["Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
    ("Đồng chí Nguyễn Văn Sơn, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh chủ trì kỳ họp",
        &[("Nguyễn Văn Sơn", &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], CHAIR | PRESIDED)]),
    // Co-chairs: everyone listed before "đồng chủ trì" chaired, the first named presides.
    ("Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải đồng chủ trì Hội nghị.",
        &[("Ngô Xuân Lịch", &["Đại tướng", "Ủy viên Bộ Chính trị", "Phó Bí thư Quân ủy Trung ương", "Bộ trưởng Bộ Quốc phòng"], PRESIDED),
          ("Hoàng Trung Hải", &["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"], 0)]),
    ("Ông Nguyễn Đức Chung - Ủy viên T.Ư Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP.Hà Nội; ông Mai Đức Chính - Phó Chủ tịch Tổng LĐLĐVN; bà Nguyễn Thị Tuyến - Chủ tịch LĐLĐ TP.Hà Nội; ông Phạm Quốc Tuấn - Trưởng ban Quản lý các KCN Hà Nội - đồng chủ trì hội nghị.",
        &[("Nguyễn Đức Chung", &["Ủy viên T.Ư Đảng", "Phó Bí thư Thành ủy", "Chủ tịch UBND TP.Hà Nội"], CHAIR | PRESIDED),
          ("Mai Đức Chính", &["Phó Chủ tịch Tổng LĐLĐVN"], 0),
          ("Nguyễn Thị Tuyến", &["Chủ tịch LĐLĐ TP.Hà Nội"], CHAIR | PRESIDED),
          ("Phạm Quốc Tuấn", &["Trưởng ban Quản lý"], 0)]),
    ("Đồng chí Ngô Đông Hải - Bí thư Tỉnh ủy và đồng chí Nguyễn Khắc Thận - Chủ tịch UBND tỉnh đồng chủ trì hội nghị",
        &[("Ngô Đông Hải", &["Bí thư Tỉnh ủy"], PRESIDED),
          ("Nguyễn Khắc Thận", &["Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
    ("Hội nghị diễn ra dưới sự đồng chủ trì của đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy và đồng chí Nguyễn Khắc Thận, Chủ tịch UBND tỉnh.",
        &[("Ngô Đông Hải", &["Bí thư Tỉnh ủy"], PRESIDED),
          ("Nguyễn Khắc Thận", &["Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
    // Nothing joins mentions across a sentence end, nor a plain "chủ trì" across a semicolon.
    ("Dự có ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh và ông Ngô Đông Hải, Chủ tịch HĐND tỉnh. Ông Lê Văn Nam, Giám đốc Sở Nội vụ chủ trì hội nghị.",
        &[("Nguyễn Văn Sơn", &["Chủ tịch UBND tỉnh"], CHAIR),
          ("Ngô Đông Hải", &["Chủ tịch HĐND tỉnh"], CHAIR),
          ("Lê Văn Nam", &["Giám đốc Sở Nội vụ"], PRESIDED)]),
    ("Dự có ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh; ông Lê Văn Nam, Giám đốc Sở Nội vụ chủ trì phần thảo luận",
        &[("Nguyễn Văn Sơn", &["Chủ tịch UBND tỉnh"], CHAIR),
          ("Lê Văn Nam", &["Giám đốc Sở Nội vụ"], PRESIDED)]),
    ("Phát biểu tại buổi toạ đàm, Giám đốc Sở Văn hoá, Thể thao và Du lịch Bình Thuận Bùi Thế Nhân, cho biết",
        &[("Bùi Thế Nhân", &["Giám đốc Sở Văn hoá, Thể thao và Du lịch Bình Thuận"], 0)]),
    ("Ông Lê Ngọc Châu, tân Chủ tịch UBND tỉnh Hải Dương, nhiệm kỳ 2021-2026 (Ảnh: Nguyễn Dương).",
        &[("Lê Ngọc Châu", &["Chủ tịch UBND tỉnh Hải Dương"], CHAIR)]),
    ("Cử tri Trần Ngọc Anh - Xóm trưởng xóm Thanh Tân, xã Kỳ Tân phát biểu ý kiến",
        &[("Trần Ngọc Anh", &["Xóm trưởng"], 0)]),
    ("Cử tri Thái Khắc Tính, xã Kỳ Tân nêu ý kiến về chế độ chất độc da cam",
        &[("Thái Khắc Tính", &[], 0)]),
    ("Đến dự có các đồng chí: Nguyễn Minh Chánh, Phó Chủ tịch UBND Quận; Võ Thị Chính, Phó Chủ tịch UBND Quận.",
        &[("Nguyễn Minh Chánh", &["Phó Chủ tịch UBND Quận"], 0), ("Võ Thị Chính", &["Phó Chủ tịch UBND Quận"], 0)]),
    // Bylines.
    ("Hội nghị đã thống nhất đề nghị UBND tỉnh chỉ đạo các đơn vị tư vấn để hoàn thiện báo cáo điều chỉnh quy hoạch trình UBND tỉnh và các cấp cao hơn. Dương Chiến",
        &[("Dương Chiến", &[], AUTHOR)]),
    ("Hệ thống thông tin điện tử của các tỉnh, thành phố với Chính phủ phải liên thông cho tốt, ứng dụng tương thích với nhau trong toàn quốc. Chu Thanh Vân (TTXVN)",
        &[("Chu Thanh Vân", &[], AUTHOR)]),
    ("Thành phố sẽ ngày càng đẹp hơn, khang trang hơn theo hướng đô thị văn minh, hiện đại và phát triển bền vững trong những năm tới... Hoàng Hoa - Văn Cảnh - Nguyễn Thắng (TTXVN)",
        &[("Hoàng Hoa", &[], AUTHOR), ("Văn Cảnh", &[], AUTHOR), ("Nguyễn Thắng", &[], AUTHOR)]),
    ("Hội nghị đã thống nhất đề nghị UBND tỉnh chỉ đạo các đơn vị tư vấn để hoàn thiện báo cáo điều chỉnh quy hoạch trình UBND tỉnh và các cấp. Hà Nội",
        &[]),
    ("Tác giả: Khúc Thị Thu Hằng, Phòng CCHC&VTLT, Sở Nội vụ.",
        &[("Khúc Thị Thu Hằng", &["Phòng CCHC&VTLT, Sở Nội vụ"], AUTHOR)]),
    ("Tin, ảnh: Nguyễn Văn Hùng", &[("Nguyễn Văn Hùng", &[], AUTHOR)]),
    ("Ảnh: Nguyễn Văn Hùng", &[]),
    ("HĐND tỉnh Bà Rịa Vũng Tàu đã tán thành chủ trương thành lập thành phố Phú Mỹ", &[]),
    ("Phó Chủ tịch HĐND tỉnh Bà Rịa – Vũng Tàu cho biết", &[]),
    ("Ý kiến của cử tri Thành phố Hồ Chí Minh được tổng hợp", &[]),
    ("Tác giả:\nNguyễn Văn Hùng", &[]),
    ("Theo HĐND tỉnh Bà Rịa – Vũng Tàu, việc thành lập các phường", &[]),
    ("Nhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 11 tập thể và 13 cá nhân có thành tích trong công tác cải cách hành chính và công tác nội vụ năm 2016.\n\nLê Hồng\n\n\nTHÔNG TIN CẢI CÁCH",
        &[("Lê Hồng", &[], AUTHOR)]),
    ("Dịp này, UBND tỉnh đã trao tặng 01 cờ thi đua, tặng bằng khen cho 17 tập thể và 23 cá nhân đã có thành tích xuất sắc trong thực hiện cải cách hành cách giai đoạn 2011-2015.\n\nTiếp Thu\n\nTiến tới đại hội đảng",
        &[]),
    // Negatives: unnamed chairs, generic titles, places, credits, chrome.
    ("Nhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 11 tập thể và 13 cá nhân", &[]),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh", &[]),
    ("Việc này thuộc thẩm quyền Chủ tịch UBND tỉnh giải quyết theo quy định", &[]),
    ("Yêu cầu nguyên Chủ tịch tỉnh Khánh Hòa rút kinh nghiệm sâu sắc", &[]),
    ("Đồng chí Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể và cá nhân", &[]),
    ("Chủ tịch UBND tỉnh Phú Thọ vừa ký ban hành Văn bản số 339 về việc thực hiện một số nhiệm vụ", &[]),
    ("Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu các sở, ngành", &[]),
    ("Các đại biểu tham dự kỳ họp bầu chức danh Chủ tịch UBND tỉnh Hải Dương theo hình thức bỏ phiếu kín.", &[]),
    ("Chủ tịch UBND huyện Lục Ngạn báo cáo tình hình tiêu thụ vải thiều", &[]),
    ("cả Bí thư và Chủ tịch TP Hà Nội đều vào cuộc", &[]),
    ("Dự Hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các Ban Đảng tỉnh ủy", &[]),
    ("yêu cầu các ngành, chủ tịch UBND các huyện, thành phố tổ chức triển khai thực hiện", &[]),
    ("Chịu trách nhiệm quản lý nội dung: Lương Thị Như Hoa - Giám đốc Sở", &[]),
    ("Tổng Bí thư Nguyễn Phú Trọng và các đại biểu chụp ảnh chung. Ảnh: Trí Dũng/TTXVN", &[("Nguyễn Phú Trọng", &["Tổng Bí thư"], 0)]),
    ("Ảnh: Trọng Đức/TTXVN", &[]),
    ("Sơn La, Hà Nội, Thái Bình và Hồ Chí Minh là những địa phương dẫn đầu", &[]),
    ("việc khai thác cát sỏi trên dòng Sông Lô, huyện Sông Lô trước đây diễn ra phức tạp", &[]),
    ("không cấp thêm giấy phép khai thác cát sỏi trên sông Lô và Sông Hồng", &[]),
    ("Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016", &[]),
    ("UBND tỉnh đã ban hành văn bản chỉ đạo, hướng dẫn các cơ quan, đơn vị", &[]),
    ("Trong đó, Đào Văn Khoan (SN 1962, chỗ ở tại phường Hoàng Liệt, quận Hoàng Mai, Hà Nội)", &[]),
    ("Người dân làm thủ tục đăng ký kinh doanh tại Hà Nội (Nguồn: Cục Quản lý đăng ký kinh doanh)", &[]),
    ("", &[]),
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
    assert!(EXAMPLES.len() >= 60);
    for (phrase, expected) in EXAMPLES {
        let found = find_people(phrase);
        let got: Vec<(&str, Vec<&str>, u8)> = found
            .people
            .iter()
            .map(|p| {
                let titles = p.titles.iter().map(String::as_str).collect();
                (p.name.as_str(), titles, flags(&found, p))
            })
            .collect();
        let want: Vec<(&str, Vec<&str>, u8)> = expected
            .iter()
            .map(|(name, titles, f)| (*name, titles.to_vec(), *f))
            .collect();
        assert_eq!(got, want, "phrase: {phrase:?}");
        for p in &found.people {
            assert_eq!(&phrase[p.start..p.end], p.text, "offsets in {phrase:?}");
        }
    }
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
        include_str!("../../../fixtures/000_son_la_cchc_2016.txt"),
        Some("Cầm Ngọc Minh"),
        &["Cầm Ngọc Minh"],
        &["Lê Hồng"],
    ),
    (
        include_str!("../../../fixtures/001_bac_kan_cchc_2017.txt"),
        None,
        &["Lý Thái Hải"],
        &[],
    ),
    (
        include_str!("../../../fixtures/002_cchc_index_2015.txt"),
        None,
        &["Bùi Quang Cẩm"],
        &[],
    ),
    (
        include_str!("../../../fixtures/003_an_giang_cchc_2015.txt"),
        Some("Vương Bình Thạnh"),
        &["Vương Bình Thạnh"],
        &[],
    ),
    (
        include_str!("../../../fixtures/004_son_la_sipas_2022.txt"),
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
