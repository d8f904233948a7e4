//! Adversarial inputs: one large document per costly pattern of issue 16,
//! beside a baseline of real report text, to hold the resource guarantee
//! (time per MB within 3× that of real reports; peak memory within about
//! 100 MB per worker plus 4× the document).
//!
//! `cargo bench --bench adversarial -- --write DIR [MB]` writes one file per
//! input, `DIR/NAME.txt`, each MB megabytes (10^6 bytes, default 8), to time
//! the release binary on it:
//! `/usr/bin/time -v target/release/vnextract extract -q --jobs 1 DIR/NAME.txt > /dev/null`.
//!
//! `cargo bench --bench adversarial [-- MB] [NAME...]` writes them (default
//! 1 MB) to a temporary directory and runs the release binary on each, with a
//! 120-second limit, printing seconds, seconds per MB, the ratio to the real
//! baseline, peak memory (VmHWM, polled) and the output size.
//!
//! Every input is deterministic. `real` repeats the bundled fixtures; each
//! other one repeats a short unit, varied where variation is what costs
//! (distinct names, distinct titles).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The seed reports, as the library's tests have them.
#[path = "../src/testing/seeds.rs"]
mod seeds;

const PROVINCES_TSV: &str = include_str!("../data/provinces.tsv");

#[rustfmt::skip]
const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Đoàn",
];
#[rustfmt::skip]
const MIDDLES: &[&str] = &[
    "Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Ngọc", "Thanh", "Xuân", "Hồng",
    "Quốc", "Công", "Thế", "Đình", "Bá", "Kim", "Anh", "Tuấn", "Hoài", "Trọng",
];
#[rustfmt::skip]
const GIVENS: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hùng", "Khánh", "Lâm", "Long",
    "Nam", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Thành", "Trung", "Việt",
    "Vinh", "Yến", "Hoa", "Lan", "Linh", "Nga", "Oanh", "Phương", "Quyên", "Thảo",
    "Trang", "Tú", "Uyên", "Vân", "Hiếu", "Đạt", "Hạnh", "Kiên", "Lộc", "Nhung",
];

/// The `i`-th of 16,000 distinct names: family, middle and given name.
fn name(i: usize) -> String {
    let (s, m, g) = (SURNAMES.len(), MIDDLES.len(), GIVENS.len());
    format!(
        "{} {} {}",
        SURNAMES[i % s],
        MIDDLES[(i / s) % m],
        GIVENS[(i / s / m) % g]
    )
}

/// The given name of [`name`]`(i)`, as a short reference uses it ("ông An").
fn given(i: usize) -> &'static str {
    GIVENS[(i / SURNAMES.len() / MIDDLES.len()) % GIVENS.len()]
}

/// The `i`-th of 64,000 distinct commune names, three syllables each.
fn commune(i: usize) -> String {
    let g = GIVENS.len();
    format!(
        "{} {} {}",
        GIVENS[i % g],
        GIVENS[(i / g) % g],
        GIVENS[(i / g / g) % g]
    )
}

/// The 63 province names of the gazetteer, in its order.
fn provinces() -> Vec<&'static str> {
    PROVINCES_TSV
        .lines()
        .skip(1)
        .filter_map(|line| line.split('\t').nth(1))
        .collect()
}

/// Units `unit(0)`, `unit(1)`, … joined until the next would pass `size` bytes.
fn repeat(size: usize, mut unit: impl FnMut(usize) -> String) -> String {
    let mut text = String::with_capacity(size);
    for i in 0.. {
        let next = unit(i);
        if text.len() + next.len() > size {
            break;
        }
        text.push_str(&next);
    }
    text
}

/// Real report text: the fixtures, one after another, repeated.
fn real(size: usize) -> String {
    repeat(size, |i| {
        format!("{}\n\n", seeds::ALL[i % seeds::ALL.len()])
    })
}

/// One input: its name, what it stresses, and its generator.
struct Input {
    name: &'static str,
    what: &'static str,
    make: fn(usize) -> String,
}

const INPUTS: &[Input] = &[
    Input {
        name: "real",
        what: "the bundled fixtures repeated: the baseline",
        make: real,
    },
    Input {
        name: "percent-runs",
        what: "\"95,5% \" repeated: memory follows the facts (issue 16 item 5)",
        make: |size| repeat(size, |_| "95,5% ".to_owned()),
    },
    Input {
        name: "percent-repeated",
        what: "\"95% \" repeated: each figure walks back through the previous ones",
        make: |size| repeat(size, |_| "95% ".to_owned()),
    },
    Input {
        name: "dates-repeated",
        what: "\"1/1/2020 \" repeated: each date's event-word check reads its sentence",
        make: |size| repeat(size, |_| "1/1/2020 ".to_owned()),
    },
    Input {
        name: "chairs-alternating",
        what: "a named chair, then an unnamed one, distinct names: linked_chair per unnamed",
        make: |size| {
            repeat(size, |i| {
                format!(
                    "Chủ tịch UBND tỉnh {} phát biểu. Chủ tịch UBND tỉnh yêu cầu các sở, ngành triển khai nhiệm vụ. ",
                    name(i)
                )
            })
        },
    },
    Input {
        name: "many-names",
        what: "distinct names with titles: a linear search per mention",
        make: |size| {
            repeat(size, |i| {
                format!(
                    "ông {}, Chủ tịch UBND xã {}, phát biểu. ",
                    name(i),
                    commune(i)
                )
            })
        },
    },
    Input {
        name: "short-references",
        what: "distinct names, each followed by a short reference (\"ông An\")",
        make: |size| {
            repeat(size, |i| {
                format!(
                    "ông {}, Giám đốc Sở Nội vụ, phát biểu. Theo ông {}, kết quả tốt. ",
                    name(i),
                    given(i)
                )
            })
        },
    },
    Input {
        name: "many-titles",
        what: "one person with ever new titles: each title compared with all before",
        make: |size| {
            repeat(size, |i| {
                format!(
                    "ông Nguyễn Văn An, Chủ tịch UBND xã {}, phát biểu. ",
                    commune(i)
                )
            })
        },
    },
    Input {
        name: "ratios-percents",
        what: "\"50/53 đơn vị, đạt 94,3%; \": each ratio searches all percentages",
        make: |size| repeat(size, |_| "50/53 đơn vị, đạt 94,3%; ".to_owned()),
    },
    Input {
        name: "awards-many",
        what: "award statements in one long sentence",
        make: |size| {
            repeat(size, |i| {
                format!(
                    "trao tặng Bằng khen của Chủ tịch UBND tỉnh cho {} tập thể và {} cá nhân, ",
                    1 + i % 40,
                    1 + i % 50
                )
            })
        },
    },
    Input {
        name: "provinces-many",
        what: "the 63 provinces named over and over",
        make: |size| {
            let names = provinces();
            repeat(size, |i| {
                format!(
                    "Đoàn công tác tỉnh {} làm việc với tỉnh {}. ",
                    names[i % names.len()],
                    names[(i * 7 + 3) % names.len()]
                )
            })
        },
    },
    Input {
        name: "no-spaces",
        what: "real text without any whitespace: one line, one word",
        make: |size| {
            let text: String = real(2 * size)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            cut(text, size)
        },
    },
    Input {
        name: "no-period",
        what: "real text without sentence or line marks (. ; : ! ? newline): one sentence",
        make: |size| {
            real(size)
                .chars()
                .map(|c| if ".;:!?\n".contains(c) { ' ' } else { c })
                .collect()
        },
    },
    Input {
        name: "nested-brackets",
        what: "\"(đạt 95% \" repeated, then as many \")\": one deep nesting",
        make: |size| {
            let unit = "(đạt 95% ";
            let n = size / (unit.len() + 1);
            unit.repeat(n) + &")".repeat(n)
        },
    },
    Input {
        name: "digits-run",
        what: "one number of all the digits, then \"%\"",
        make: |size| "9".repeat(size.saturating_sub(2)) + "%\n",
    },
];

/// `text` cut to at most `size` bytes, at a char boundary.
fn cut(mut text: String, size: usize) -> String {
    let mut end = size.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

fn write_inputs(
    dir: &Path,
    size: usize,
    names: &[String],
) -> Vec<(&'static Input, std::path::PathBuf)> {
    std::fs::create_dir_all(dir).expect("create DIR");
    INPUTS
        .iter()
        .filter(|input| names.is_empty() || names.iter().any(|n| n == input.name))
        .map(|input| {
            let path = dir.join(format!("{}.txt", input.name));
            std::fs::write(&path, (input.make)(size)).expect("write an input");
            (input, path)
        })
        .collect()
}

/// What one run of the binary cost.
struct Run {
    seconds: f64,
    timed_out: bool,
    peak_kb: u64,
    output_bytes: u64,
}

const LIMIT: Duration = Duration::from_secs(120);

/// Runs `vnextract extract -q --jobs 1 PATH` with a time limit, polling its
/// peak memory (VmHWM) and counting its output.
fn run(path: &Path) -> Run {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_vnextract"))
        .args(["extract", "-q", "--jobs", "1"])
        .arg(path)
        .stdout(Stdio::piped())
        .spawn()
        .expect("run the binary");
    let mut stdout = child.stdout.take().unwrap();
    let counter =
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()).unwrap_or(0));
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0;
    let mut timed_out = false;
    while child.try_wait().expect("wait for the binary").is_none() {
        if let Ok(status) = std::fs::read_to_string(&status_path) {
            peak_kb = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
                .unwrap_or(peak_kb);
        }
        if started.elapsed() > LIMIT {
            child.kill().ok();
            child.wait().ok();
            timed_out = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let seconds = started.elapsed().as_secs_f64();
    Run {
        seconds,
        timed_out,
        peak_kb,
        output_bytes: counter.join().unwrap(),
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let dir = (args.first().map(String::as_str) == Some("--write")).then(|| {
        args.remove(0);
        std::path::PathBuf::from(args.remove(0))
    });
    let mb: f64 = match args.first().and_then(|a| a.parse().ok()) {
        Some(mb) => {
            args.remove(0);
            mb
        }
        None if dir.is_some() => 8.0,
        None => 1.0,
    };
    let size = (mb * 1e6) as usize;
    if let Some(dir) = dir {
        for (input, path) in write_inputs(&dir, size, &args) {
            println!("{:<20} {}", path.display(), input.what);
        }
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut baseline = None;
    println!(
        "{:<20} {:>9} {:>9} {:>7} {:>9} {:>12}",
        "input", "seconds", "s/MB", "× real", "peak MB", "output MB"
    );
    for (input, path) in write_inputs(dir.path(), size, &args) {
        let mb = std::fs::metadata(&path).unwrap().len() as f64 / 1e6;
        let r = run(&path);
        let per_mb = r.seconds / mb;
        if input.name == "real" {
            baseline = Some(per_mb);
        }
        let over = if r.timed_out { "> " } else { "" };
        let ratio = baseline.map_or("-".to_owned(), |b| format!("{over}{:.1}", per_mb / b));
        let seconds = format!("{over}{:.2}", r.seconds);
        println!(
            "{:<20} {seconds:>9} {per_mb:>9.3} {ratio:>7} {:>9.0} {:>12.1}",
            input.name,
            r.peak_kb as f64 / 1024.0,
            r.output_bytes as f64 / 1e6
        );
        std::fs::remove_file(&path).ok();
    }
}
