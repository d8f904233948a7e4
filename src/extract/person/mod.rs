//! People, their titles, chairpersons and who presided.
//!
//! # Rules
//!
//! A person is found in one of four shapes:
//! - title, then name: "Chủ tịch UBND tỉnh Lý Thái Hải", "Phó Thủ tướng
//!   Trương Hòa Bình", "Bí thư Thành ủy Hà Nội Hoàng Trung Hải" (a province
//!   between the body and the name belongs to the title, as does a body name
//!   holding a comma: "Giám đốc Sở Văn hoá, Thể thao và Du lịch Bùi Thế Nhân");
//! - honorific ("đồng chí", "đ/c", "ông", "bà", "anh", "chị", "cử tri"), then
//!   name, then titles separated by ",", a dash or "kiêm", or in brackets:
//!   "đồng chí Cầm Ngọc Minh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh", "ông
//!   Bùi Quang Cẩm - Tỉnh ủy viên - Phó Chủ tịch UBND tỉnh", "ông Lê Ngọc
//!   Châu, tân Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh",
//!   "ông Lê Văn Nam (Chủ tịch UBND huyện Hòa Vang)"; after a separator a
//!   chair head may be lowercase ("ông X, chủ tịch UBND xã Tân Lập");
//! - title, dash, honorific, name: "Chủ tịch Hội đồng … - ông Bùi Quang Cẩm";
//!   or title, comma, honorific, a full name and a predicate: "Chủ tịch UBND
//!   tỉnh, ông Nguyễn Văn A cho biết" (a name with titles of its own after
//!   the comma is another person: "Phó Chủ tịch UBND tỉnh, ông A, Giám đốc Sở");
//! - a bare name (first syllable a family name) followed by titles:
//!   "Trần Hoàng Danh, Bí thư Quận ủy".
//!
//! An appointment after the name and its titles gives the office too: "làm",
//! "giữ chức (vụ)", "trúng cử chức vụ", "được bầu (làm/giữ chức)", "bổ nhiệm
//! (giữ chức)": "bà X, Phó Bí thư Tỉnh ủy, làm Chủ tịch HĐND tỉnh"; not to a
//! nominee ("giới thiệu", "đề cử", "đề nghị", "đề xuất", "ứng cử" just before
//! the mention). A full stop inside an abbreviation ends no sentence: "Ủy
//! viên T.Ư Đảng", "Chủ tịch UBND TP.Hà Nội", "TP. Hà Nội".
//!
//! A name alone, with neither honorific nor title, is not reported: photo
//! credits, street names and places look the same. Names themselves are read
//! in `names.rs`, titles in `titles.rs`.
//!
//! Repeated mentions of one name merge into one person; a short reference
//! ("ông Thơ") counts for the one full name it ends. A chair title ("Chủ tịch"
//! of any body, never "Phó Chủ tịch") makes a chairperson, whether current,
//! acting ("Quyền Chủ tịch") or former ("nguyên"/"cựu Chủ tịch", kept in the
//! title); an unnamed "làm/giữ chức/bầu Chủ tịch" names the office, not a
//! holder. An unnamed chair ("Chủ tịch UBND tỉnh đã trao Bằng khen") counts as
//! a mention of the named current or acting chair of the same body (not of a
//! lower level: "Chủ tịch UBND huyện", "các huyện"; not a former chair), and
//! is never turned into a person; "Chủ tịch Hồ Chí Minh", the late President,
//! is no chair of the city. The linking is one sweep (`link.rs`); people are
//! found by name and short references by name ending through maps, and a
//! person's titles are merged through an index of their keys (`held.rs`), so
//! the time stays linear in the number of mentions.
//!
//! A mention presided when "chủ trì"/"chủ tọa" follows it ("… Chủ tịch UBND
//! tỉnh đã chủ trì Hội nghị", "dự và chủ trì", "đồng chủ trì", after a place
//! in brackets or a title closed by a dash: "… (tỉnh Quảng Ninh) chủ trì", "…
//! các KCN Hà Nội - đồng chủ trì"), when "sự chủ trì của" precedes it, or when
//! the sentence opens with "chủ trì …" and names it after a comma, a colon,
//! "có" or "là". Co-chairs share the verb: mentions joined by "và"/"cùng"
//! (for "đồng/cùng chủ trì" also by a comma or a semicolon) to one that
//! presided presided too ("A, … và B, … đồng chủ trì", "A - …; B - … - đồng
//! chủ trì", "dưới sự chủ trì của A và B"). `presiding` is the first such
//! mention's person, so the first named co-chair (null when that mention
//! names nobody the text names, and in a digest of several items whose lines
//! end with page references, "… (trang 2)": no one main event).
//!
//! Authors (`role` "author"): "Tác giả: NAME, affiliation" (also "Tin, ảnh:",
//! "Bài và ảnh:" …; never "Ảnh:"), and names closing the last paragraph or
//! alone on the line after it ("… cao hơn. Dương Chiến", "Lê Hồng", "Chu
//! Thanh Vân (TTXVN)"), family name first. Footer lines ("Chịu trách nhiệm
//! quản lý nội dung: …", "Tổng biên tập: …") are page chrome and never read.
//!
//! Offsets: `text`/`start`/`end` are those of the first mention's name alone
//! (byte offsets). Titles are kept as written; two titles that differ only by
//! case or abbreviation ("UBND" = "Ủy ban nhân dân", "CCHC" = "cải cách hành
//! chính") are one, and a title that only adds a place to another replaces it.
//! `Chairperson::bodies` lists what each chair title chairs (or chaired), as
//! written.
//!
//! # Layout
//!
//! This file holds the types and [`find_people`]. `cues.rs` finds where a
//! mention can be (the cue words and the sentence segment around each) and
//! skips chrome lines; `mention.rs` reads the mentions of those segments in
//! the four shapes above, with appointments; `presided.rs` tells who
//! presided and shares the verb among co-chairs; `assemble.rs` merges
//! mentions into people, links unnamed chairs and picks `presiding`;
//! `authors.rs` reads bylines. Below them, `tokens.rs` splits the text,
//! `names.rs` and `titles.rs` read names and titles, `held.rs` merges titles,
//! `link.rs` links unnamed chairs and `signature.rs` reads signature blocks.
//! The surnames and honorifics are in `extract/lexicon.rs`, which the
//! province matcher shares. The example table and the behaviour tests are in
//! `tests.rs`.

mod assemble;
mod authors;
mod cues;
mod held;
mod link;
mod mention;
mod names;
mod presided;
mod signature;
#[cfg(test)]
mod tests;
mod titles;
mod tokens;

use schemars::JsonSchema;
use serde::Serialize;

use assemble::assemble;
use mention::scan_text;
use presided::share_chairing;

/// A named person with every title the text gives them.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Person {
    /// The full name: "Cầm Ngọc Minh".
    pub name: String,
    /// Every title the text gives them, as written: "Phó Bí thư tỉnh ủy".
    pub titles: Vec<String>,
    /// "author" for a byline, else null.
    pub role: Option<String>,
    /// How many times the text names them.
    pub mentions: usize,
    /// The first mention of the name.
    pub text: String,
    /// Where `text` starts: a character offset into the normalized text.
    pub start: usize,
    /// Where `text` ends, as `start`.
    pub end: usize,
}

/// A person with a chair title (Chủ tịch of any body).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Chairperson {
    /// The full name: "Cầm Ngọc Minh".
    pub name: String,
    /// Every title the text gives them, as written, the tenure kept
    /// ("Quyền Chủ tịch", "nguyên Chủ tịch"): "Chủ tịch UBND tỉnh".
    pub titles: Vec<String>,
    /// The bodies chaired (or once chaired), as written: "UBND tỉnh",
    /// "Hội đồng Đánh giá, …".
    pub bodies: Vec<String>,
    /// True when the text says the person chaired (chủ trì, chủ tọa, đồng
    /// chủ trì) the event or a part of it.
    pub presided: bool,
    /// How many times the text names them, counting unnamed references
    /// ("Chủ tịch UBND tỉnh đã trao …") to the named chair in office of
    /// that body.
    pub mentions: usize,
    /// The first mention of the name.
    pub text: String,
    /// Where `text` starts: a character offset into the normalized text.
    pub start: usize,
    /// Where `text` ends, as `start`.
    pub end: usize,
}

/// The people of one report.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct People {
    pub people: Vec<Person>,
    pub chairpersons: Vec<Chairperson>,
    pub presiding: Option<String>,
    /// Byte offset of the mention that made `presiding` (for `--explain`).
    #[serde(skip)]
    pub presiding_at: Option<usize>,
}

/// One named mention.
#[derive(Debug, Clone)]
struct Mention {
    name: String,
    titles: Vec<String>,
    start: usize,
    end: usize,
    /// Byte offsets of the whole mention: from its honorific or first title
    /// to the end of its last title.
    begin: usize,
    after: usize,
    /// A single syllable or a partial name after an honorific ("ông Thơ"):
    /// it only counts for a full name found elsewhere.
    short: bool,
    /// Named after another in a list under one plural title ("các Phó Chủ
    /// tịch HĐND tỉnh A, B"): the comma before it only separates names.
    listed: bool,
    /// How the text says this person chaired, if it does.
    chaired: Option<Chaired>,
}

/// Where the verb "chủ trì" stands to the mention it makes chair, and
/// whether it is joint ("đồng chủ trì", "cùng chủ trì"): what decides who
/// else a list shares it with (see [`share_chairing`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Chaired {
    /// The verb comes first: "dưới sự chủ trì của X".
    verb_first: bool,
    joint: bool,
}

/// A chair title with no name ("Chủ tịch UBND tỉnh yêu cầu …").
#[derive(Debug, Clone)]
struct UnnamedChair {
    body_key: String,
    at: usize,
    presided: bool,
}

/// People, chairpersons and who presided, from `text`.
pub fn find_people(text: &str) -> People {
    let (mut mentions, unnamed) = scan_text(text);
    share_chairing(text, &mut mentions);
    for signer in signature::signers(text) {
        mentions.push(Mention {
            name: text[signer.start..signer.end].to_owned(),
            titles: vec![signer.title],
            start: signer.start,
            end: signer.end,
            begin: signer.start,
            after: signer.end,
            short: false,
            listed: false,
            chaired: None,
        });
    }
    assemble(text, mentions, unnamed)
}

/// True when `short` is `long` cut at a word boundary: the plain statement of
/// the prefix tests of `held.rs` and `link.rs`, for their oracles.
#[cfg(test)]
fn is_word_prefix(short: &str, long: &str) -> bool {
    long.len() > short.len() && long.starts_with(short) && long[short.len()..].starts_with(' ')
}
