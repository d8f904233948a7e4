//! Finding date expressions: candidates from each form, overlaps resolved
//! (the longest wins), ranges joined, missing years inferred. The rules are
//! in the module doc of `date/mod.rs`.
//!
//! `find` runs the stages in order, each in its file:
//!
//! 1. candidates from each form, all `Cand`s (`types.rs`): the numeric and
//!    keyword forms (`candidates.rs`), the forms in words or without a year
//!    (`spoken.rs`), the dates said from the stamp (`relative.rs`);
//! 2. overlaps resolved and a day's prefix and clock time taken in
//!    (`resolve.rs`); a relative day takes in the day written beside it
//!    (`relative.rs`), lunar dates are dropped (`spoken.rs`), the two ends
//!    of a range are joined (`resolve.rs`);
//! 3. each candidate made a `DateFact` (`build.rs`), its year inferred when
//!    the text leaves it out (`infer.rs`).

use jiff::civil::Date;

use super::{DateFact, prefilter};

mod build;
mod candidates;
mod infer;
mod relative;
mod resolve;
mod spoken;
mod types;

/// What `date/prefilter.rs` reads of the forms: the pattern it matches by
/// hand in ASCII, the separators and dashes the patterns write.
pub(super) use candidates::{NUMERIC_DAY, is_day_sep, is_pattern_dash};

/// What `date/prefilter.rs`'s oracle tests run over the whole text: the
/// patterns it runs in windows, with their reach.
#[cfg(test)]
pub(super) use candidates::{
    DAY_SPAN, MONTH, MONTH_REACH, MONTHS, MONTHS_REACH, QUARTER, WORDED_DAY, WORDED_DAY_REACH,
    YEAR_SPAN,
};

pub fn find(text: &str, stamp: Option<Date>) -> Vec<DateFact> {
    let seps = prefilter::separators_between_digits(text);
    let words = prefilter::accented_words(text);
    // Room for about as many candidates as anchors, so the list seldom grows.
    let mut cands = Vec::with_capacity(seps.len() + words.thang.len() + words.quy.len() + 8);
    candidates::numeric_days(text, &seps, stamp, &mut cands);
    candidates::worded_days(text, &words.thang, &mut cands);
    candidates::day_spans(text, &seps, &mut cands);
    candidates::months(text, &words.thang, &mut cands);
    candidates::quarters(text, &words.quy, &mut cands);
    candidates::years(text, &words.breves, &mut cands);
    candidates::year_spans(text, &mut cands);
    candidates::month_counts(text, &words.thang, &mut cands);
    spoken::days_and_months(text, &words.thang, stamp, &mut cands);
    spoken::quarters(text, &words.quy, stamp, &mut cands);
    if let Some(stamp) = stamp {
        relative::find(text, stamp, &words, &mut cands);
    }
    let mut cands = resolve::resolve(cands);
    // The record keeps the first MAX_FACTS dates: later candidates are not
    // worth their cues and years. Four times as many leave room for those
    // that join into ranges or are dropped as lunar.
    cands.truncate(4 * (crate::extract::MAX_FACTS + 1));
    for c in &mut cands {
        resolve::extend(text, c);
    }
    let cands = relative::absorb(text, cands);
    let cands = spoken::drop_lunar(text, cands);
    let cands = resolve::join_ranges(text, cands);
    build::build(text, &cands, stamp)
}
