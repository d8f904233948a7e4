//! End-to-end throughput over a generated archive.
//!
//! `cargo bench --bench pipeline` builds an archive in memory from the
//! fixtures (deterministic seed; years, provinces, names, percentages and award
//! counts varied), writes it to a temporary directory, and times the whole
//! pipeline — read, decode, normalize, extract, write JSON Lines to a sink —
//! with one job and with all cores.
//!
//! `cargo bench --bench pipeline -- --stages` times each extractor alone, and
//! the whole document one by one and in batches.
//!
//! `cargo bench --bench pipeline -- --write DIR [FILES]` only writes the
//! archive (default 20,000 files, about 100 MB), to time the binary on it:
//! `/usr/bin/time -v target/release/vnextract extract -q DIR > /dev/null`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use vnextract::batch::{self, BatchOptions};
use vnextract::input::{self, NameFilter};
use vnextract::output::{self, OutputOptions};

/// The seed reports, as the library's tests have them.
#[path = "../src/testing/seeds.rs"]
mod seeds;

const PROVINCES: &[&str] = &[
    "Sơn La",
    "Bắc Kạn",
    "An Giang",
    "Thanh Hóa",
    "Khánh Hòa",
    "Đắk Lắk",
    "Hà Giang",
    "Cà Mau",
    "Nghệ An",
    "Lào Cai",
];
const NAMES: &[&str] = &[
    "Cầm Ngọc Minh",
    "Lý Thái Hải",
    "Vương Bình Thạnh",
    "Hoàng Quốc Khánh",
    "Bùi Quang Cẩm",
    "Nguyễn Văn Sơn",
    "Trần Thị Mai",
    "Lò Văn Muôn",
    "Giàng A Tông",
    "Phạm Đức Toàn",
];

/// A small deterministic generator (xorshift), so every run builds the same archive.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Document `i` of the archive: a fixture with its facts varied.
fn document(i: usize, rng: &mut Rng) -> String {
    let mut text = seeds::ALL[i % seeds::ALL.len()].to_owned();
    let shift = rng.below(9) as i32 - 4;
    for year in (2011..=2023).rev() {
        text = text.replace(&year.to_string(), &(year + shift).to_string());
    }
    for name in ["Sơn La", "Bắc Kạn", "An Giang"] {
        text = text.replace(name, PROVINCES[rng.below(PROVINCES.len())]);
    }
    for name in &NAMES[..5] {
        text = text.replace(name, NAMES[rng.below(NAMES.len())]);
    }
    for unit in [" tập thể", " cá nhân"] {
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(at) = rest.find(unit) {
            let digits = rest[..at]
                .bytes()
                .rev()
                .take_while(u8::is_ascii_digit)
                .count();
            out.push_str(&rest[..at - digits]);
            if digits > 0 {
                out.push_str(&(1 + rng.below(40)).to_string());
            }
            out.push_str(unit);
            rest = &rest[at + unit.len()..];
        }
        out.push_str(rest);
        text = out;
    }
    text
}

fn write_archive(dir: &Path, files: usize) -> u64 {
    let mut rng = Rng(0x5EED_2016);
    let mut bytes = 0;
    for i in 0..files {
        // 100 files per folder, like a crawled archive.
        let folder = dir.join(format!("{:04}", i / 100));
        std::fs::create_dir_all(&folder).unwrap();
        let text = document(i, &mut rng);
        bytes += text.len() as u64;
        std::fs::write(folder.join(format!("{i:06}.txt")), text).unwrap();
    }
    bytes
}

fn time_batch(dir: &Path, jobs: usize) -> (f64, usize) {
    let inputs = input::collect(&[dir.to_path_buf()], &NameFilter::new(&[]));
    let options = BatchOptions {
        document: Default::default(),
        max_file_size: 50_000_000,
        jobs,
    };
    let started = Instant::now();
    let mut writer = output::writer(std::io::sink(), OutputOptions::default()).unwrap();
    batch::run(inputs.iter().cloned(), options, |record, _| {
        writer.write(record)
    })
    .unwrap();
    writer.finish().unwrap();
    (started.elapsed().as_secs_f64(), inputs.len())
}

/// Each extractor alone over the normalized documents of the archive, to
/// show where the time goes.
fn time_stages(docs: &[String]) {
    let bytes: usize = docs.iter().map(String::len).sum();
    let started = Instant::now();
    let normalized: Vec<String> = docs
        .iter()
        .map(|d| vnextract::bench::normalize(d, Default::default()).into_owned())
        .collect();
    report("normalize", bytes, started);
    let extractor = vnextract::Extractor::default();
    // Twice: the first pass also pays the one-time builds of every regex and automaton.
    for name in ["whole, first pass", "whole document"] {
        let started = Instant::now();
        for doc in docs {
            std::hint::black_box(extractor.extract_bytes("x", doc.as_bytes()));
        }
        report(name, bytes, started);
    }
    // As the batch runner does it: each extractor over many documents in turn.
    let started = Instant::now();
    for batch in docs.chunks(128) {
        let batch = batch.iter().map(|doc| ("x", doc.as_bytes().to_vec()));
        std::hint::black_box(extractor.extract_batch(batch.collect()));
    }
    report("whole, in batches", bytes, started);
    for (name, stage) in vnextract::bench::STAGES {
        let started = Instant::now();
        let found: usize = normalized.iter().map(|t| stage(t)).sum();
        std::hint::black_box(found);
        report(name, bytes, started);
    }
}

fn report(stage: &str, bytes: usize, started: Instant) {
    let seconds = started.elapsed().as_secs_f64();
    println!("  {stage:<18} {:>8.1} MB/s", bytes as f64 / 1e6 / seconds);
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    if args.first().map(String::as_str) == Some("--write") {
        let dir = PathBuf::from(args.get(1).expect("--write DIR [FILES]"));
        let files = args
            .get(2)
            .map_or(20_000, |n| n.parse().expect("FILES is a number"));
        let bytes = write_archive(&dir, files);
        println!(
            "wrote {files} files, {:.1} MB, to {}",
            bytes as f64 / 1e6,
            dir.display()
        );
        return;
    }
    if args.first().map(String::as_str) == Some("--stages") {
        let mut rng = Rng(0x5EED_2016);
        let docs: Vec<String> = (0..2_000).map(|i| document(i, &mut rng)).collect();
        println!("stages, one thread, {} documents:", docs.len());
        time_stages(&docs);
        return;
    }
    let files = std::env::var("VNEXTRACT_BENCH_FILES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(4_000);
    let dir = tempfile::tempdir().unwrap();
    let bytes = write_archive(dir.path(), files);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for jobs in [1, cores] {
        let (seconds, docs) = time_batch(dir.path(), jobs);
        println!(
            "pipeline, {jobs} job(s): {docs} docs, {:.1} MB in {seconds:.2} s = {:.1} MB/s, {:.0} docs/s",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / seconds,
            docs as f64 / seconds
        );
    }
}
