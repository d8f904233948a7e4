//! People, their titles, chairpersons and who presided.

use serde::Serialize;

/// A named person with every title the text gives them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    pub name: String,
    pub titles: Vec<String>,
    /// "author" for a byline, else null.
    pub role: Option<String>,
    pub mentions: usize,
    /// The first mention.
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A person with a chair title (Chủ tịch of any body).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chairperson {
    pub name: String,
    pub titles: Vec<String>,
    /// True when the text says the person chaired (chủ trì, chủ tọa) the event.
    pub presided: bool,
    pub mentions: usize,
    /// The first mention.
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// The people of one report.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct People {
    pub people: Vec<Person>,
    pub chairpersons: Vec<Chairperson>,
    pub presiding: Option<String>,
}

/// People, chairpersons and who presided, from `text`.
pub fn find_people(_text: &str) -> People {
    People::default()
}
