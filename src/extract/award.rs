//! Award statements: who gave which award to how many collectives and individuals.
//!
//! # Rules
//!
//! - The award is found by one case-insensitive aho-corasick automaton over
//!   [`AWARDS`] and [`TITLES`], with "chiến sỹ" for "chiến sĩ" too (longest
//!   name wins: "Huân chương Lao động hạng Ba" over "Huân chương"), as a
//!   whole word, in the body (not in a leading front-matter block). `award`
//!   is the award's type in lower case as written, without its giver. Sport
//!   medals ("huy chương vàng") are not in the lexicon.
//!   - "danh hiệu" and the title after it are one name: a listed title
//!     ("đạt danh hiệu chiến sĩ thi đua cơ sở" → "danh hiệu chiến sĩ thi đua
//!     cơ sở") or any short quoted one ("danh hiệu “DN Đà Nẵng tiêu biểu”" →
//!     "danh hiệu dn đà nẵng tiêu biểu"); "danh hiệu" before anything else
//!     ("Danh hiệu Công viên địa chất toàn cầu UNESCO") is no award.
//!   - [`TITLES`] read as recipients without "danh hiệu" ("cho 4 tập thể lao
//!     động xuất sắc"), so they are names only after it.
//!   - A title right after an award says what it was for: "Bằng khen tập
//!     thể lao động xuất sắc" is a bằng khen.
//!   - A bare "Huân chương" takes its capitalized name ("Huân chương Tự do"),
//!     and an order its class ("Huân chương Quân công hạng Nhất").
//!   - "khen thưởng" with no award named is the award "khen thưởng", where it
//!     states a conferral: with the recipients counted right after it
//!     ("khen thưởng cho 24 cá nhân"), or received or given right before it
//!     ("đã được biểu dương, khen thưởng", "trao khen thưởng"). Elsewhere it
//!     names the field ("công tác thi đua, khen thưởng", "quy chế khen
//!     thưởng").
//!   - A listed title after a title given, right after its own counted
//!     recipients, is given too: "đạt danh hiệu đơn vị thi đua quyết thắng,
//!     50 cán bộ chiến sỹ tiên tiến" gives "danh hiệu chiến sỹ tiên tiến" to
//!     50 individuals.
//! - The statement is read inside the award's sentence (and HTML block, when
//!   the page kept its tags: `</p><p>` ends it): after the award up to the
//!   next award or the sentence end (at most 200 bytes), and before it back to
//!   the previous award or the sentence start.
//! - `collectives` / `individuals`: the first "N tập thể" (or "N đơn vị", "N
//!   doanh nghiệp", "N DN", "N tổ chức", "N cơ quan", "N đội") / "N cá nhân"
//!   (or "N đồng chí", "N cán bộ", "N chiến sĩ" and other persons by their
//!   standing) after the award ("trao Bằng khen cho 11 tập thể và 13 cá
//!   nhân"), but those before it when the award is received there ("17 tập
//!   thể, 23 cá nhân được tặng Bằng khen", "6 tập thể đạt danh hiệu …") or it
//!   is a listed title. N is any number the shared reader reads, digits or
//!   words ("ba tập thể"), but not the tail of a longer numeral, nor a part
//!   ("một trong 20 DN", "trong số 20 đơn vị").
//! - `count`: the number of awards when written right before the award ("tặng
//!   01 cờ thi đua" → 1; never before "khen thưởng": "UBND Quận 12 khen
//!   thưởng"); else other recipients counted right after "cho" ("cho 90 gia
//!   đình" → 90); else collectives + individuals, those that are known.
//! - `giver`: the one named right after the award with "của" ("Bằng khen của
//!   Thủ tướng Chính phủ"), else the last giver named before the award in its
//!   sentence ("Chủ tịch UBND tỉnh", "Thủ tướng Chính phủ", "UBND tỉnh", "Bộ
//!   trưởng Bộ Nội vụ", "Chủ tịch nước", "UBND quận Bắc Từ Liêm").
//! - A mention is a conferral when it has a number (count, collectives or
//!   individuals), or when its sentence gives or receives it before it:
//!   "tặng" (not "tặng quà"), "trao" (not "trao đổi"), "nhận" (not "ghi
//!   nhận", "nhận thức"), "đạt danh hiệu". The items of a list take the verb
//!   before its colon ("trao tặng các phần thưởng cao quý: Bằng khen của Thủ
//!   tướng Chính phủ; …"). So "là chiến sĩ thi đua", "Để đạt chiến sĩ thi đua"
//!   and a list of titles ("các danh hiệu: Lao động tiên tiến, …") are none.
//! - A proposal, plan or condition is no conferral: "đề nghị" (but "theo đề
//!   nghị của …", which reports the conferral it led to), "đề xuất", "xét
//!   tặng", "dự kiến", "chuẩn bị", "sẽ", "nếu", "có thể" before the award in
//!   its sentence.
//! - Each conferral once, over the whole text: a statement restated with the
//!   same award and counts (a caption, a headline) is dropped, and so is a
//!   total of the others of its award ("Khen thưởng 49 cá nhân" over 24, 20
//!   and 5), an award without numbers beside the same one with numbers or a
//!   more precise one ("danh hiệu chiến sĩ thi đua" beside "danh hiệu chiến
//!   sĩ thi đua cơ sở"), and "khen thưởng" without numbers beside any named
//!   award.
//! - `text` runs from the first number or the award, whichever comes first, to
//!   the last count after it or the award's end.
//!
//! Layout: this file holds the award names and the entry;
//! `award/consolidate.rs` keeps each conferral once, `award/mention.rs` finds the mentions and the block each is read in,
//! `award/statement.rs` reads the statement around one (conferral, proposal,
//! giver), `award/count.rs` its recipient counts, and `award/tests.rs` the
//! example table.

mod consolidate;
mod count;
mod mention;
mod statement;

use schemars::JsonSchema;
use serde::Serialize;

use crate::text::clause::{EndCursor, StartCursor};

use consolidate::consolidate;
use mention::{block_bounds, mentions};
use statement::{ProposalHits, statement};

/// One award statement.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Award {
    /// The conferral as written: "Bằng khen cho 11 tập thể và 13 cá nhân".
    pub text: String,
    /// The award's type in lower case without its giver: "bằng khen",
    /// "danh hiệu chiến sĩ thi đua cơ sở", "khen thưởng" when none is named.
    pub award: String,
    /// How many collectives (tập thể) receive it, when stated.
    pub collectives: Option<u32>,
    /// How many individuals (cá nhân) receive it, when stated.
    pub individuals: Option<u32>,
    /// How many are given: the number written before the award ("tặng 01
    /// cờ thi đua"), else the recipients counted after "cho", else
    /// collectives + individuals, those that are known.
    pub count: Option<u32>,
    /// Who gives it, named after the award with "của" or last before it in
    /// its sentence: "Chủ tịch UBND tỉnh".
    pub giver: Option<String>,
    /// Where `text` starts: a character offset into the normalized text.
    pub start: usize,
    /// Where `text` ends, as `start`.
    pub end: usize,
}

/// Award names, lower case.
pub const AWARDS: &[&str] = &[
    "bằng khen",
    "giấy khen",
    "cờ thi đua",
    "cờ thi đua xuất sắc",
    "cờ thi đua vì an ninh tổ quốc",
    "cờ đơn vị xuất sắc",
    "cờ đơn vị xuất sắc trong phong trào thi đua",
    "huân chương",
    "huân chương lao động",
    "huân chương lao động hạng nhất",
    "huân chương lao động hạng nhì",
    "huân chương lao động hạng ba",
    "huân chương độc lập",
    "huân chương độc lập hạng nhất",
    "huân chương độc lập hạng nhì",
    "huân chương độc lập hạng ba",
    "huân chương bảo vệ tổ quốc",
    "huân chương bảo vệ tổ quốc hạng nhất",
    "huân chương bảo vệ tổ quốc hạng nhì",
    "huân chương bảo vệ tổ quốc hạng ba",
    "huân chương chiến công",
    "huân chương quân công",
    "huân chương dũng cảm",
    "huân chương đại đoàn kết dân tộc",
    "huân chương kháng chiến",
    "huân chương chiến thắng",
    "huân chương giải phóng",
    "huân chương chiến sĩ vẻ vang",
    "huân chương quyết thắng",
    "huân chương hữu nghị",
    "huân chương hồ chí minh",
    "huân chương sao vàng",
    "huy chương vì sự nghiệp",
    "kỷ niệm chương",
    "kỉ niệm chương",
    "chiến sĩ thi đua",
    "chiến sĩ thi đua cơ sở",
    "chiến sĩ thi đua cấp cơ sở",
    "chiến sĩ thi đua cấp tỉnh",
    "chiến sĩ thi đua cấp bộ",
    "chiến sĩ thi đua toàn quốc",
    "anh hùng lao động",
    "anh hùng lực lượng vũ trang nhân dân",
    "nhà giáo ưu tú",
    "nhà giáo nhân dân",
    "thầy thuốc ưu tú",
    "thầy thuốc nhân dân",
    // The act without a named award: "khen thưởng cho 24 cá nhân" (read
    // only where it states a conferral: see the module doc).
    GENERIC,
    // What a title's name follows: "danh hiệu “DN Đà Nẵng tiêu biểu”".
    TITLE_WORD,
];

/// Titles that read as recipients without "danh hiệu" before them ("cho 4
/// tập thể lao động xuất sắc", "50 chiến sĩ tiên tiến"): names only after it.
pub const TITLES: &[&str] = &[
    "tập thể lao động xuất sắc",
    "tập thể lao động tiên tiến",
    "lao động tiên tiến",
    "chiến sĩ tiên tiến",
    "đơn vị tiên tiến",
    "đơn vị quyết thắng",
    "đơn vị thi đua quyết thắng",
];

/// The award named by the act alone.
const GENERIC: &str = "khen thưởng";

/// The word a title's name follows.
const TITLE_WORD: &str = "danh hiệu";

/// Every award statement in `text`, in text order, each conferral once.
pub fn find_awards(text: &str) -> Vec<Award> {
    let mentions = mentions(text);
    if mentions.is_empty() {
        return Vec::new();
    }
    let mut proposals = ProposalHits::default();
    // Mentions come in text order: awards crowding one long sentence cost
    // its bytes once, not a sentence span back and forth each.
    let (mut starts, mut ends) = (StartCursor::sentences(), EndCursor::sentences());
    let mut out = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let (s_start, s_end) = block_bounds(
            text,
            starts.start(text, m.start),
            m.start,
            m.end,
            ends.end(text, m.end),
        );
        let before_from = i
            .checked_sub(1)
            .map_or(s_start, |j| mentions[j].end.max(s_start));
        let after_to = mentions
            .get(i + 1)
            .map_or(s_end, |n| n.start.min(s_end))
            .min(m.end + 200)
            .max(m.end);
        let after_to = text.floor_char_boundary(after_to);
        let hits = proposals.covering(text, s_start, m.start);
        if let Some(award) = statement(text, m, hits, s_start, before_from, after_to) {
            out.push(award);
        }
    }
    consolidate(out)
}

#[cfg(test)]
mod tests;
