//! Extractors: one module per fact kind. Each works on normalized text and
//! returns facts whose `start`/`end` are **byte** offsets into that text;
//! `record` turns them into character offsets once, at the end.
//!
//! Every extractor keeps its rules at the top of its file, listed in its
//! module doc, and a table of real example phrases with their expected
//! values beside them (Duckling style), in the `tests.rs` next to the rule
//! file: `ratio.rs` → `ratio/tests.rs`, `percent/mod.rs` →
//! `percent/tests.rs`, `province/place.rs` → `province/place/tests.rs`. A
//! table is rows of a phrase and what must be read off it, plus negatives,
//! phrases that must give nothing; `crate::testing::examples` runs it. The
//! text helpers they share live in `crate::text`.

pub mod award;
pub mod date;
mod figure;
mod lexicon;
pub mod number;
pub mod percent;
pub mod person;
pub mod province;
pub mod ratio;
pub mod score;
pub mod title;

/// The most facts of one kind a record keeps (see `record`). An extractor
/// whose facts are costly to build may stop one past it: the record then
/// keeps this many and says `truncated`.
pub const MAX_FACTS: usize = 10_000;

/// Everything the extractors found in one normalized document.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub title: Option<String>,
    pub published: Option<String>,
    pub event_date: Option<String>,
    /// Why `event_date` was chosen: one short sentence.
    pub event_why: Option<String>,
    /// The date in the text `event_date` comes from.
    pub event_day: Option<date::DateFact>,
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

/// One normalized document (see [`crate::normalize::normalize`]) and the
/// chrome lines normalization dropped: a publisher footer or a web domain
/// there is evidence of the subject province.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Document<'a> {
    pub text: &'a str,
    pub chrome: &'a [&'a str],
    /// The title a container's metadata gives, which wins over the text's.
    pub title: Option<&'a str>,
    /// The publication date a container's metadata gives, as written there.
    pub published: Option<&'a str>,
}

/// The facts of each of `documents` into the same place of `facts`, as each
/// would get them alone: the staged batch engine behind [`crate::Extractor`],
/// its only caller. Each extractor runs over every document before the next
/// one starts: its code, automata and
/// regex caches stay warm from one document to the next, where running all
/// extractors document by document evicts them (about a quarter more time
/// on batches of generated reports).
pub(crate) fn extract_batch(documents: &[Document], facts: &mut [Facts]) {
    assert_eq!(documents.len(), facts.len(), "one Facts per document");
    for stage in STAGES {
        for (doc, facts) in documents.iter().zip(facts.iter_mut()) {
            stage(doc, facts);
        }
    }
}

/// Builds the extractors' regexes and automata ahead of use, those of every
/// `workers`-th stage from `part` on, by running those stages over a short
/// report: workers that each call it with their own `part` share the
/// one-time builds (about 70 ms on one core) instead of waiting on one
/// another's. Anything a stage builds only for other text is built when met.
pub(crate) fn prepare(part: usize, workers: usize) {
    const SAMPLE: &str = "Sáng nay, ngày 24/12/2016, đồng chí Cầm Ngọc Minh, Phó Bí thư tỉnh ủy, \
        Chủ tịch UBND tỉnh Sơn La chủ trì Hội nghị tổng kết công tác cải cách hành chính \
        quý IV năm 2016 tại thành phố Sơn La, huyện Mai Sơn. Tỷ lệ hài lòng đạt 94,3%, \
        tăng 2/3 so với năm 2015, đạt 85,5 điểm. Trao Bằng khen cho 11 tập thể và 13 cá nhân.";
    let document = Document {
        text: SAMPLE,
        chrome: &[],
        title: None,
        published: None,
    };
    for stage in stages_of_part(part, workers) {
        STAGES[stage](&document, &mut Facts::default());
    }
}

/// The indices in [`STAGES`] of every `workers`-th stage from `part` on: the
/// parts of all workers hold each stage once.
fn stages_of_part(part: usize, workers: usize) -> impl Iterator<Item = usize> {
    (part..STAGES.len()).step_by(workers.max(1))
}

type Stage = fn(&Document, &mut Facts);

/// The extractors in the order they run; later ones may read what earlier
/// ones found (the event date reads the title, the subject province the
/// province mentions).
const STAGES: &[Stage] = &[
    |doc, facts| {
        facts.title = match doc.title {
            Some(title) => Some(title.to_owned()),
            None => title::find_title(doc.text),
        }
    },
    |doc, facts| {
        // The event date reads the title: a digest has none.
        let date::DocumentDates {
            dates,
            published,
            event_date,
            event_why,
            event_day,
        } = date::document_dates_with(doc.text, facts.title.as_deref(), doc.published);
        (
            facts.dates,
            facts.published,
            facts.event_date,
            facts.event_why,
            facts.event_day,
        ) = (dates, published, event_date, event_why, event_day);
    },
    |doc, facts| facts.provinces = province::find_provinces(doc.text),
    |doc, facts| {
        facts.province =
            province::subject_province_with_footer(doc.text, &facts.provinces, doc.chrome);
    },
    |doc, facts| facts.districts = province::find_districts(doc.text),
    |doc, facts| facts.people = person::find_people(doc.text),
    |doc, facts| {
        // Percentages and ratios both read the percentage figures: found once.
        let figures = figure::figures(doc.text);
        facts.percentages = percent::find_percentages_at(doc.text, &figures);
        facts.ratios = ratio::find_ratios_with(doc.text, &figures);
    },
    |doc, facts| facts.scores = score::find_scores(doc.text),
    |doc, facts| facts.awards = award::find_awards(doc.text),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parts_of_all_workers_hold_each_stage_once() {
        for workers in 1..=STAGES.len() + 1 {
            let mut seen: Vec<usize> = (0..workers)
                .flat_map(|part| stages_of_part(part, workers))
                .collect();
            seen.sort_unstable();
            assert_eq!(
                seen,
                (0..STAGES.len()).collect::<Vec<_>>(),
                "{workers} workers"
            );
        }
    }
}
