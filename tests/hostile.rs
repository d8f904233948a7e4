//! Hostile archives (issue 16): inputs and outputs that must not hang the
//! run, clobber a file, or reach a spreadsheet as a formula. Each test is
//! named after the problem it pins.
#![cfg(unix)]

use std::ffi::CString;
use std::fs;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
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
    assert!(error.contains("--max-file-size"), "{error}");
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

// ------------------------------------------------------------------ exit codes and messages

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

// ------------------------------------------------------------------ CSV

fn csv_rows(stdout: &[u8]) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(stdout);
    let header = reader.headers().unwrap().clone();
    (header, reader.records().map(Result::unwrap).collect())
}
