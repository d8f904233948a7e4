//! The pipeline's stages one at a time, for the benches alone:
//! `benches/normalize.rs` times normalization without decoding or
//! extraction, and `benches/pipeline.rs --stages` each extractor alone,
//! which the front door does not offer (it runs them all, on purpose).
//! Hidden from the documentation and not part of the API: it changes
//! whenever the stages do.

use crate::extract::{award, date, percent, person, province, ratio, score, title};

pub use crate::normalize::normalize;

/// An extractor alone: its name, and what it finds in a normalized text
/// reduced to a number (how many facts, or the length of a single value),
/// so that the work cannot be optimized away.
pub type Stage = (&'static str, fn(&str) -> usize);

/// Every extractor alone, in the order they run; the event date and the
/// subject province also pay for the dates and provinces they read.
pub const STAGES: &[Stage] = &[
    ("title", |t| title::find_title(t).map_or(0, |s| s.len())),
    ("dates", |t| date::find_dates(t).len()),
    ("published", |t| date::published(t).map_or(0, |s| s.len())),
    ("event date", |t| {
        date::event_date(t, &date::find_dates(t)).map_or(0, |s| s.len())
    }),
    ("provinces", |t| province::find_provinces(t).len()),
    ("subject province", |t| {
        province::subject_province(t, &province::find_provinces(t)).map_or(0, |_| 1)
    }),
    ("districts", |t| province::find_districts(t).len()),
    ("people", |t| person::find_people(t).people.len()),
    ("percentages", |t| percent::find_percentages(t).len()),
    ("ratios", |t| ratio::find_ratios(t).len()),
    ("scores", |t| score::find_scores(t).len()),
    ("awards", |t| award::find_awards(t).len()),
];
