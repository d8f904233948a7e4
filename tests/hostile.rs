//! Hostile archives (issue 16): inputs and outputs that must not hang the
//! run, clobber a file, or reach a spreadsheet as a formula. Each test is
//! named after the problem it pins.
#![cfg(unix)]

use std::ffi::CString;
use std::fs;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;

const SEED_000: &str = "fixtures/000_son_la_cchc_2016.txt";
const SEED_000_TITLE: &str =
    "Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016";

/// A run that does not end in this time counts as a hang.
const HANG: Duration = Duration::from_secs(30);

fn vnextract() -> Command {
    let mut command = Command::cargo_bin("vnextract").unwrap();
    command.timeout(HANG);
    command
}

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("vnextract")
}

fn jsonl(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn mkfifo(path: &Path) {
    let c = CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo");
}

/// Writes `bytes` into the FIFO at `path` from another thread, once a reader opens it.
fn feed_fifo(path: &Path, bytes: Vec<u8>) -> std::thread::JoinHandle<()> {
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        let mut fifo = fs::OpenOptions::new().write(true).open(path).unwrap();
        let _ = fifo.write_all(&bytes);
    })
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// ------------------------------------------------------------------ inputs

/// A FIFO in a walked directory used to block the run forever, before any
/// record came out: only regular files are read in a walk.
#[test]
fn a_fifo_in_a_walked_directory_is_an_error_record_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::copy(SEED_000, d.join("a.txt")).unwrap();
    mkfifo(&d.join("b_fifo.txt"));
    fs::copy(SEED_000, d.join("c.txt")).unwrap();
    let out = vnextract().arg("extract").arg(d).assert().code(1);
    let records = jsonl(&out.get_output().stdout);
    assert_eq!(records.len(), 3, "{records:?}");
    assert!(records[0]["error"].is_null());
    assert!(records[2]["error"].is_null());
    let error = records[1]["error"].as_str().unwrap();
    assert!(error.contains("FIFO"), "{error}");
}

/// A device met in a walk (through a symlink here) is not read either.
#[test]
fn a_device_in_a_walked_directory_is_an_error_record() {
    let dir = tempfile::tempdir().unwrap();
    symlink("/dev/zero", dir.path().join("zero.txt")).unwrap();
    let out = vnextract().arg("extract").arg(dir.path()).assert().code(1);
    let records = jsonl(&out.get_output().stdout);
    assert_eq!(records.len(), 1);
    let error = records[0]["error"].as_str().unwrap();
    assert!(error.contains("character device"), "{error}");
}

/// Named on the command line, a FIFO is read as a stream, like `cat` does.
#[test]
fn a_fifo_named_on_the_command_line_is_read_as_a_stream() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("report");
    mkfifo(&fifo);
    let writer = feed_fifo(&fifo, fs::read(SEED_000).unwrap());
    let out = vnextract()
        .args(["extract", "-q"])
        .arg(&fifo)
        .assert()
        .success();
    writer.join().unwrap();
    let records = jsonl(&out.get_output().stdout);
    assert_eq!(records[0]["title"], SEED_000_TITLE);
}

/// `vnextract extract <(cmd)`: a pipe named through /dev/fd.
#[test]
fn process_substitution_is_read() {
    let script = format!(
        "exec {} extract -q <(cat {SEED_000})",
        binary().to_str().unwrap()
    );
    let out = StdCommand::new("bash")
        .args(["-c", &script])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let records = jsonl(&out.stdout);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["title"], SEED_000_TITLE);
    assert!(
        records[0]["source"]
            .as_str()
            .unwrap()
            .starts_with("/dev/fd/")
    );
}

/// A stream named on the command line is bounded by --max-file-size.
#[test]
fn an_endless_stream_is_cut_at_the_size_limit() {
    let out = vnextract()
        .args(["extract", "-q", "--max-file-size", "100000", "/dev/zero"])
        .assert()
        .code(1);
    let records = jsonl(&out.get_output().stdout);
    let error = records[0]["error"].as_str().unwrap();
    assert_eq!(error, "the input is larger than the 100000-byte limit");
    // The record names no flag; the command line's message adds it.
    let stderr = String::from_utf8_lossy(&out.get_output().stderr);
    assert!(
        stderr.contains(&format!("/dev/zero: {error}; see --max-file-size")),
        "{stderr}"
    );
}

// ------------------------------------------------------------------ walk

/// Walking used to `canonicalize` every directory: 1,500 levels took 48 s.
#[test]
fn a_deep_tree_is_walked_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut deep = dir.path().to_path_buf();
    for _ in 0..1500 {
        deep.push("d");
    }
    fs::create_dir_all(&deep).unwrap();
    fs::copy(SEED_000, deep.join("x.txt")).unwrap();
    let started = Instant::now();
    let out = vnextract()
        .args(["extract", "-q"])
        .arg(dir.path())
        .assert()
        .success();
    assert_eq!(jsonl(&out.get_output().stdout).len(), 1);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

/// A directory reached twice through a symlink that is not a loop is walked
/// once, without an error; a real loop is still one error record.
#[test]
fn a_directory_reached_twice_is_walked_once_without_error() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("a")).unwrap();
    fs::copy(SEED_000, d.join("a/report.txt")).unwrap();
    symlink(d.join("a"), d.join("b_same_as_a")).unwrap();
    let out = vnextract()
        .args(["extract", "-q"])
        .arg(d)
        .assert()
        .success();
    let records = jsonl(&out.get_output().stdout);
    let sources: Vec<&str> = records
        .iter()
        .map(|r| r["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources.len(), 1, "{sources:?}");
    assert!(sources[0].ends_with("a/report.txt"));

    symlink(d, d.join("a/loop")).unwrap();
    let out = vnextract().arg("extract").arg(d).assert().code(1);
    let records = jsonl(&out.get_output().stdout);
    assert_eq!(records.len(), 2, "{records:?}");
    assert!(records[0]["source"].as_str().unwrap().ends_with("a/loop"));
    assert!(
        records[0]["error"]
            .as_str()
            .unwrap()
            .contains("symlink loop")
    );
    assert!(records[1]["error"].is_null());
}

/// `--no-follow` leaves symlinks met in a walk alone; paths named on the
/// command line are still followed.
#[test]
fn no_follow_skips_symlinks_in_a_walk() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let outside = tempfile::tempdir().unwrap();
    fs::copy(SEED_000, outside.path().join("x.txt")).unwrap();
    fs::copy(SEED_000, d.join("a.txt")).unwrap();
    symlink(outside.path().join("x.txt"), d.join("b_link.txt")).unwrap();
    symlink(outside.path(), d.join("c_dir")).unwrap();
    let count = |args: &[&str]| {
        let out = vnextract()
            .arg("extract")
            .args(args)
            .arg(d)
            .assert()
            .success();
        jsonl(&out.get_output().stdout).len()
    };
    assert_eq!(count(&["-q"]), 3);
    assert_eq!(count(&["-q", "--no-follow"]), 1);
    let out = vnextract()
        .args(["extract", "-q", "--no-follow"])
        .arg(d.join("b_link.txt"))
        .assert()
        .success();
    assert_eq!(jsonl(&out.get_output().stdout).len(), 1);
}

// ------------------------------------------------------------------ -o

/// A FIFO given to `-o` is written to, not replaced by a regular file.
#[test]
fn output_to_a_fifo_writes_into_it() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            fs::File::open(fifo)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        })
    };
    vnextract()
        .args(["extract", "-q", "-o"])
        .arg(&fifo)
        .arg(SEED_000)
        .assert()
        .success();
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    let text = reader.join().unwrap();
    assert_eq!(jsonl(text.as_bytes())[0]["title"], SEED_000_TITLE);
}

/// A device given to `-o` (as /dev/null) stays a device. The device is made
/// in a temporary directory, so that a failure cannot break the real one;
/// making it needs root.
#[test]
fn output_to_a_device_leaves_the_device() {
    let dir = tempfile::tempdir().unwrap();
    let null = dir.path().join("null");
    let c = CString::new(null.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid path; 1:3 is the null device.
    let made = unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) };
    if made != 0 {
        eprintln!("skipped: mknod needs root");
        return;
    }
    symlink(&null, dir.path().join("link")).unwrap();
    for target in ["null", "link"] {
        vnextract()
            .args(["extract", "-q", "-o"])
            .arg(dir.path().join(target))
            .arg(SEED_000)
            .assert()
            .success();
        assert!(fs::metadata(&null).unwrap().file_type().is_char_device());
    }
    assert!(
        fs::symlink_metadata(dir.path().join("link"))
            .unwrap()
            .is_symlink()
    );
    assert_eq!(names_in(dir.path()), ["link", "null"]);
}

/// `-o` through a symlink writes the target and keeps the link.
#[test]
fn output_through_a_symlink_writes_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("real")).unwrap();
    fs::write(d.join("real/out.jsonl"), "old").unwrap();
    symlink("real/out.jsonl", d.join("link.jsonl")).unwrap();
    vnextract()
        .args(["extract", "-q", "-o"])
        .arg(d.join("link.jsonl"))
        .arg(SEED_000)
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(d.join("link.jsonl"))
            .unwrap()
            .is_symlink()
    );
    let written = fs::read(d.join("real/out.jsonl")).unwrap();
    assert_eq!(jsonl(&written)[0]["title"], SEED_000_TITLE);
    assert_eq!(names_in(&d.join("real")), ["out.jsonl"]);
}

/// A private file stays private when `-o` replaces it.
#[test]
fn output_keeps_the_mode_of_the_file_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("private.jsonl");
    fs::write(&out, "old").unwrap();
    fs::set_permissions(&out, fs::Permissions::from_mode(0o600)).unwrap();
    vnextract()
        .args(["extract", "-q", "-o"])
        .arg(&out)
        .arg(SEED_000)
        .assert()
        .success();
    let mode = fs::metadata(&out).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode, 0o600);
    assert_eq!(jsonl(&fs::read(&out).unwrap())[0]["title"], SEED_000_TITLE);
}

/// `-o -` is standard output, not a file named "-".
#[test]
fn output_dash_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let seed = fs::canonicalize(SEED_000).unwrap();
    let out = vnextract()
        .current_dir(dir.path())
        .args(["extract", "-q", "-o", "-"])
        .arg(&seed)
        .assert()
        .success();
    assert_eq!(jsonl(&out.get_output().stdout)[0]["title"], SEED_000_TITLE);
    assert!(names_in(dir.path()).is_empty());
}

/// `-o` naming one of the inputs, directly or inside a walked directory, is a
/// usage error and leaves the report as it was.
#[test]
fn output_that_is_an_input_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.txt");
    fs::copy(SEED_000, &report).unwrap();
    let original = fs::read(&report).unwrap();
    for args in [
        vec![report.clone(), report.clone()],
        vec![report.clone(), dir.path().to_path_buf()],
    ] {
        let out = vnextract()
            .args(["extract", "-q", "-o"])
            .args(&args)
            .assert()
            .code(2);
        let stderr = stderr_of(out.get_output());
        assert!(stderr.contains("report.txt"), "{stderr}");
        assert!(stderr.contains("also an input"), "{stderr}");
        assert_eq!(fs::read(&report).unwrap(), original);
        assert_eq!(names_in(dir.path()), ["report.txt"]);
    }
}

/// With `--glob '*'`, the output's own temporary file is not read as an input.
#[test]
fn the_output_temporary_file_is_never_walked() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(SEED_000, dir.path().join("report.txt")).unwrap();
    let out = dir.path().join("out.jsonl");
    vnextract()
        .args(["extract", "-q", "--glob", "*", "-o"])
        .arg(&out)
        .arg(dir.path())
        .assert()
        .success();
    let records = jsonl(&fs::read(&out).unwrap());
    let sources: Vec<&str> = records
        .iter()
        .map(|r| r["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources.len(), 1, "{sources:?}");
    assert!(sources[0].ends_with("report.txt"));
}

/// SIGINT, SIGTERM or SIGHUP during an `-o` run leave no temporary file. The
/// input is a FIFO that is held open, so the run is surely still going.
#[test]
fn a_signal_during_output_leaves_no_temporary_file() {
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("input");
        mkfifo(&fifo);
        let out_dir = dir.path().join("out");
        fs::create_dir(&out_dir).unwrap();
        let mut command = StdCommand::new(binary());
        command
            .args(["extract", "-q", "-o"])
            .arg(out_dir.join("out.jsonl"))
            .arg(&fifo);
        // The run keeps a signal its parent ignores (as under nohup, or a
        // background job of a script); the test is of one it is sent.
        // SAFETY: only signal(2), async-signal-safe, between fork and exec.
        unsafe {
            command.pre_exec(move || {
                libc::signal(signal, libc::SIG_DFL);
                Ok(())
            });
        }
        let mut child = command.spawn().unwrap();
        // Hold the FIFO open without writing: the run waits on it.
        let _writer = fs::OpenOptions::new().write(true).open(&fifo).unwrap();
        let started = Instant::now();
        while names_in(&out_dir).is_empty() {
            assert!(started.elapsed() < HANG, "no temporary file appeared");
            std::thread::sleep(Duration::from_millis(20));
        }
        // SAFETY: a plain kill(2) of our own child.
        assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
        let status = child.wait().unwrap();
        assert!(!status.success());
        assert!(
            names_in(&out_dir).is_empty(),
            "signal {signal}: {:?}",
            names_in(&out_dir)
        );
    }
}

// ------------------------------------------------------------------ exit codes and messages

/// Output that cannot be written is exit status 3, naming the output.
#[test]
fn an_output_that_cannot_be_written_exits_3_naming_it() {
    let out = vnextract()
        .args([
            "extract",
            "-q",
            "-o",
            "/nonexistent/dir/out.jsonl",
            SEED_000,
        ])
        .assert()
        .code(3);
    let stderr = stderr_of(out.get_output());
    assert!(stderr.contains("/nonexistent/dir/out.jsonl"), "{stderr}");
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = StdCommand::new(binary())
        .args(["extract", "-q", "fixtures"])
        .stdout(Stdio::from(full))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("standard output"),
        "{}",
        stderr_of(&out)
    );
}

/// Names that differ only in bytes that are not UTF-8 stay apart in
/// `source`, escaped as \xHH, and a backslash is escaped so that the
/// escaping can be undone.
#[test]
fn non_utf8_file_names_are_escaped_reversibly() {
    let dir = tempfile::tempdir().unwrap();
    for name in [&b"a\xff.txt"[..], b"a\xfe.txt", b"a\\xff.txt"] {
        let name = std::ffi::OsStr::from_bytes(name);
        fs::copy(SEED_000, dir.path().join(name)).unwrap();
    }
    let out = vnextract()
        .args(["extract", "-q"])
        .arg(dir.path())
        .assert()
        .success();
    let records = jsonl(&out.get_output().stdout);
    let names: Vec<&str> = records
        .iter()
        .map(|r| r["source"].as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert_eq!(names, ["a\\\\xff.txt", "a\\xfe.txt", "a\\xff.txt"]);
}

/// A file name carrying an escape sequence reaches stderr escaped.
#[test]
fn control_characters_in_names_are_escaped_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a\x1b[31mred.txt"), "").unwrap();
    let out = vnextract().arg("extract").arg(dir.path()).assert().code(1);
    let stderr = stderr_of(out.get_output());
    assert!(!stderr.contains('\x1b'), "{stderr:?}");
    assert!(stderr.contains("a\\x1b[31mred.txt"), "{stderr}");
}

/// `--jobs 20000` used to abort (SIGABRT); it is clamped.
#[test]
fn a_huge_jobs_count_is_clamped() {
    let out = vnextract()
        .args([
            "extract", "-q", "--jobs", "20000", "--glob", "*.txt", "fixtures",
        ])
        .assert()
        .success();
    assert_eq!(jsonl(&out.get_output().stdout).len(), 16);
}

// ------------------------------------------------------------------ CSV

fn csv_rows(stdout: &[u8]) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(stdout);
    let header = reader.headers().unwrap().clone();
    (header, reader.records().map(Result::unwrap).collect())
}

/// Cells that a spreadsheet would run as formulas (a folder named `=1+2`, a
/// yearless date `--07-07`, which Excel computes to 0) reach it as text;
/// numbers stay numbers; `--raw-cells` turns the quoting off.
#[test]
fn csv_cells_that_look_like_formulas_are_quoted() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("=1+2")).unwrap();
    let text = "Ngày 7/7, UBND tỉnh Sơn La tổ chức Hội nghị tổng kết công tác cải cách hành chính; tỷ lệ hồ sơ đúng hạn đạt 94,3%.\n";
    fs::write(dir.path().join("=1+2/report.txt"), text).unwrap();
    let run = |format: &str, raw: bool| {
        let mut command = vnextract();
        command.current_dir(dir.path());
        command.args(["extract", "-q", "--format", format]);
        if raw {
            command.arg("--raw-cells");
        }
        let out = command.arg("=1+2").assert().success();
        csv_rows(&out.get_output().stdout)
    };
    let (header, rows) = run("csv", false);
    let cell = |name: &str| rows[0][header.iter().position(|h| h == name).unwrap()].to_owned();
    assert_eq!(cell("source"), "'=1+2/report.txt");
    assert_eq!(cell("dates"), "'--07-07");
    assert_eq!(cell("percentages"), "94.3");
    assert_eq!(cell("province_code"), "14");
    let (header, rows) = run("csv", true);
    let cell = |name: &str| rows[0][header.iter().position(|h| h == name).unwrap()].to_owned();
    assert_eq!(cell("source"), "=1+2/report.txt");
    assert_eq!(cell("dates"), "--07-07");

    let (_, rows) = run("csv-facts", false);
    let date = rows.iter().find(|row| &row[5] == "date").unwrap();
    assert_eq!((&date[0], &date[7]), ("'=1+2/report.txt", "'--07-07"));
    let percentage = rows.iter().find(|row| &row[5] == "percentage").unwrap();
    assert_eq!((&percentage[7], &percentage[8]), ("94.3", "94.3"));
}

/// A percentage with more than 309 digits used to be infinite: JSON `null`,
/// CSV `inf`. A fact whose value is not finite is dropped.
#[test]
fn infinite_values_are_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "Ngày 24/12/2016, tỷ lệ đạt {}% và tỷ lệ khác đạt 94,3%.\n",
        "9".repeat(400)
    );
    fs::write(dir.path().join("a.txt"), text).unwrap();
    let out = vnextract()
        .args(["extract", "-q"])
        .arg(dir.path())
        .assert()
        .success();
    let records = jsonl(&out.get_output().stdout);
    let values: Vec<&Value> = records[0]["percentages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["value"])
        .collect();
    assert_eq!(values, [&Value::from(94.3)]);
    let out = vnextract()
        .args(["extract", "-q", "--format", "csv-facts"])
        .arg(dir.path())
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(!text.contains("inf"), "{text}");
}

/// A hostile report with thousands of figures: each kind of fact is capped,
/// and the record says so.
#[test]
fn facts_per_kind_are_capped_and_the_record_says_so() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Tỷ lệ đạt 95%.\n".repeat(12_000)).unwrap();
    let out = vnextract()
        .args(["extract", "-q"])
        .arg(dir.path())
        .assert()
        .success();
    let records = jsonl(&out.get_output().stdout);
    assert_eq!(records[0]["percentages"].as_array().unwrap().len(), 10_000);
    assert_eq!(records[0]["truncated"], true);
    // An ordinary report carries no `truncated` field.
    let out = vnextract()
        .args(["extract", "-q", SEED_000])
        .assert()
        .success();
    assert!(
        jsonl(&out.get_output().stdout)[0]
            .get("truncated")
            .is_none()
    );
}

/// One awards cell reached 12.5 M characters; Excel takes 32,767.
#[test]
fn csv_cells_are_capped_at_32767_characters() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Tỷ lệ đạt 95%.\n".repeat(12_000)).unwrap();
    let out = vnextract()
        .args(["extract", "-q", "--format", "csv"])
        .arg(dir.path())
        .assert()
        .success();
    let (header, rows) = csv_rows(&out.get_output().stdout);
    let cell = &rows[0][header.iter().position(|h| h == "percentages").unwrap()];
    assert!(cell.starts_with("95; 95; "));
    assert_eq!(cell.chars().count(), 32_767);
}

/// `--format csv … | head -1` used to exit 1 with "Broken pipe".
#[test]
fn csv_on_a_closed_pipe_ends_quietly_with_status_0() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read(SEED_000).unwrap();
    for i in 0..400 {
        fs::write(dir.path().join(format!("{i:04}.txt")), &text).unwrap();
    }
    for format in ["csv", "csv-facts"] {
        let mut child = StdCommand::new(binary())
            .args(["extract", "--format", format])
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        let status = child.wait().unwrap();
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert_eq!(status.code(), Some(0), "{format}: {stderr}");
        assert!(first.starts_with(b"source,"));
    }
}
