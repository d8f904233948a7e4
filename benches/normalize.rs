//! Normalization throughput: the seed fixtures repeated to at least 50 MB,
//! normalized document by document as the pipeline does, timed, in MB/s;
//! also one large already-normal document, decomposed (NFD) input, and the
//! decoding step before normalization.
//!
//! Run with `cargo bench --bench normalize`.

use std::hint::black_box;
use std::time::Instant;

use unicode_normalization::UnicodeNormalization;
use vnextract::bench::normalize;
use vnextract::{Extractor, NormalizeOptions};

const TARGET_BYTES: usize = 50_000_000;

fn main() {
    let mut documents = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir("fixtures")
        .expect("run from the crate root")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    entries.sort();
    for path in entries {
        documents.push(std::fs::read_to_string(&path).expect("fixture is UTF-8"));
    }
    let per_round: usize = documents.iter().map(String::len).sum();
    let rounds = TARGET_BYTES.div_ceil(per_round);
    let total = per_round * rounds;

    for (label, options) in [
        ("normalize", NormalizeOptions::default()),
        (
            "normalize --keep-chrome",
            NormalizeOptions { keep_chrome: true },
        ),
    ] {
        // One warm-up round, then the best of three timed runs.
        for doc in &documents {
            black_box(normalize(doc, options));
        }
        let mut best = f64::MAX;
        for _ in 0..3 {
            let started = Instant::now();
            for _ in 0..rounds {
                for doc in &documents {
                    black_box(normalize(black_box(doc), options));
                }
            }
            best = best.min(started.elapsed().as_secs_f64());
        }
        println!(
            "{label}: {:.1} MB in {:.3} s = {:.1} MB/s ({} documents)",
            total as f64 / 1e6,
            best,
            total as f64 / 1e6 / best,
            rounds * documents.len()
        );
    }

    // The same text as one large document, already normal (borrowed path).
    let normal = normalize(&documents.concat(), NormalizeOptions::default()).into_owned();
    let big = normal.repeat(TARGET_BYTES.div_ceil(normal.len()));
    let started = Instant::now();
    black_box(normalize(black_box(&big), NormalizeOptions::default()));
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "already-normal text, one {:.1} MB document: {:.1} MB/s",
        big.len() as f64 / 1e6,
        big.len() as f64 / 1e6 / seconds
    );

    // Worst case: decomposed (NFD) input, where every line is rebuilt.
    let nfd: String = documents.concat().nfd().collect();
    let big = nfd.repeat(TARGET_BYTES.div_ceil(nfd.len()));
    let started = Instant::now();
    black_box(normalize(black_box(&big), NormalizeOptions::default()));
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "decomposed (NFD) text, one {:.1} MB document: {:.1} MB/s",
        big.len() as f64 / 1e6,
        big.len() as f64 / 1e6 / seconds
    );

    // Decoding before it: UTF-8 detection (validation, mojibake check, copy).
    let extractor = Extractor::default();
    let started = Instant::now();
    for _ in 0..rounds {
        for doc in &documents {
            black_box(extractor.decode(black_box(doc.as_bytes())).ok());
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "decode --encoding auto (UTF-8 input): {:.1} MB/s",
        total as f64 / 1e6 / seconds
    );
}
