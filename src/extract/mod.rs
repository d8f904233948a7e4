//! Extractors: one module per fact kind. Each works on normalized text and
//! returns facts whose `start`/`end` are **byte** offsets into that text;
//! `record` turns them into character offsets once, at the end.
//!
//! Every extractor keeps its rules at the top of its file and a table of real
//! example phrases with their expected values at the bottom (Duckling style).

pub mod award;
pub mod date;
pub mod number;
pub mod percent;
pub mod person;
pub mod province;
pub mod ratio;
pub mod score;
pub mod text;
pub mod title;

/// Everything the extractors found in one normalized document.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub title: Option<String>,
    pub published: Option<String>,
    pub event_date: Option<String>,
    pub dates: Vec<date::DateFact>,
    pub provinces: Vec<province::ProvinceMention>,
    pub province: Option<province::SubjectProvince>,
    pub districts: Vec<province::DistrictMention>,
    pub people: person::People,
    pub percentages: Vec<percent::Percentage>,
    pub ratios: Vec<ratio::Ratio>,
    pub scores: Vec<score::Score>,
    pub awards: Vec<award::Award>,
}

/// Runs every extractor over `text`, which must already be normalized
/// (see [`crate::normalize::normalize`]).
pub fn extract_all(text: &str) -> Facts {
    extract_all_with_chrome(text, &[])
}

/// Like [`extract_all`], also given the chrome lines normalization dropped:
/// a publisher footer or a web domain there is evidence of the subject province.
pub fn extract_all_with_chrome(text: &str, chrome: &[&str]) -> Facts {
    let date::DocumentDates {
        dates,
        published,
        event_date,
    } = date::document_dates(text);
    let provinces = province::find_provinces(text);
    let province = province::subject_province_with_footer(text, &provinces, chrome);
    // Percentages and ratios both read the percentage figures: found once.
    let percent_figures = percent::figures(text);
    Facts {
        title: title::find_title(text),
        published,
        event_date,
        dates,
        province,
        provinces,
        districts: province::find_districts(text),
        people: person::find_people(text),
        percentages: percent::find_percentages_at(text, &percent_figures),
        ratios: ratio::find_ratios_with(text, &percent_figures),
        scores: score::find_scores(text),
        awards: award::find_awards(text),
    }
}
