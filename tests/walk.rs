//! Directory walks: the order, the name patterns of `--glob`, and symlinks
//! where the walk's own following differs from walkdir's.
#![cfg(unix)]

use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::process::Command as StdCommand;

use assert_cmd::Command;
use serde_json::Value;

const SEED_000: &str = "fixtures/000_son_la_cchc_2016.txt";

fn vnextract() -> Command {
    Command::cargo_bin("vnextract").unwrap()
}

/// The records' sources, each without the `root` prefix, and their errors.
fn sources(stdout: &[u8], root: &Path) -> Vec<(String, Value)> {
    let root = root.to_str().unwrap();
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| {
            let record: Value = serde_json::from_str(l).unwrap();
            let source = record["source"].as_str().unwrap();
            let source = source.strip_prefix(root).unwrap_or(source).to_owned();
            (source, record["error"].clone())
        })
        .collect()
}

fn names(stdout: &[u8], root: &Path) -> Vec<String> {
    sources(stdout, root).into_iter().map(|(s, _)| s).collect()
}

/// Names are sorted by their bytes: upper case before lower, a directory
/// where its name falls, "á" (0xC3 0xA1) after every ASCII name.
#[test]
fn a_walk_is_sorted_by_the_bytes_of_the_names() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("a")).unwrap();
    for name in ["á.txt", "a.txt", "a-b.txt", "a/x.txt", "Z.txt", "b.txt"] {
        fs::write(d.join(name), "x").unwrap();
    }
    let out = vnextract()
        .args(["extract", "-q"])
        .arg(d)
        .assert()
        .success();
    assert_eq!(
        names(&out.get_output().stdout, d),
        [
            "/Z.txt", "/a/x.txt", "/a-b.txt", "/a.txt", "/b.txt", "/á.txt"
        ]
    );
}

/// `--glob` takes globset's classes and alternatives, on the file name.
#[test]
fn glob_takes_classes_and_alternatives() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("d1")).unwrap();
    for name in ["a.txt", "b.html", "c.htm", "d1/e.html", "d2.txt", "dx.txt"] {
        fs::write(d.join(name), "x").unwrap();
    }
    let run = |globs: &[&str]| {
        let mut command = vnextract();
        command.args(["extract", "-q"]);
        for glob in globs {
            command.args(["--glob", glob]);
        }
        let out = command.arg(d).assert().success();
        names(&out.get_output().stdout, d)
    };
    assert_eq!(
        run(&["*.{txt,html}"]),
        ["/a.txt", "/b.html", "/d1/e.html", "/d2.txt", "/dx.txt"]
    );
    assert_eq!(run(&["d[0-9].txt", "?.htm"]), ["/c.htm", "/d2.txt"]);
    // The name alone is matched, not the path.
    let out = vnextract()
        .args(["extract", "-q", "--glob", "d1/*"])
        .arg(d)
        .assert()
        .code(1);
    let records = sources(&out.get_output().stdout, d);
    assert_eq!(records.len(), 1, "{records:?}");
    assert!(records[0].1.as_str().unwrap().contains("no files matching"));
}

/// A pattern globset cannot read is a usage error, before anything is read.
#[test]
fn an_invalid_glob_is_a_usage_error() {
    let out = vnextract()
        .args(["extract", "--glob", "[a", "fixtures"])
        .assert()
        .code(2);
    assert!(out.get_output().stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("'[a'"), "{stderr}");
    assert!(stderr.contains("unclosed character class"), "{stderr}");
}

/// A symlink to a directory above the walk is followed like any link out
/// of the tree, until the walk meets a directory it is in: one loop record.
#[test]
fn a_link_above_the_walk_is_followed_until_it_loops() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("tree")).unwrap();
    fs::create_dir_all(d.join("beside")).unwrap();
    fs::copy(SEED_000, d.join("beside/b.txt")).unwrap();
    fs::copy(SEED_000, d.join("tree/a.txt")).unwrap();
    symlink(d, d.join("tree/up")).unwrap();
    let tree = d.join("tree");
    let out = vnextract().arg("extract").arg(&tree).assert().code(1);
    let records = sources(&out.get_output().stdout, &tree);
    assert_eq!(records.len(), 3, "{records:?}");
    assert_eq!(records[0], ("/a.txt".to_owned(), Value::Null));
    assert_eq!(records[1], ("/up/beside/b.txt".to_owned(), Value::Null));
    assert_eq!(records[2].0, "/up/tree");
    assert!(records[2].1.as_str().unwrap().contains("symlink loop"));
}

/// A symlinked directory under a directory that may be crossed but not read
/// (mode 0711) is walked: walkdir's own following, whose loop check opens
/// every directory above the link, failed there without naming the link.
#[test]
fn links_under_a_directory_that_cannot_be_read_are_followed() {
    let root = unsafe { libc::geteuid() } == 0;
    let setpriv = Path::new("/usr/bin/setpriv");
    if root && !setpriv.exists() {
        eprintln!("skipped: root reads every directory, and setpriv is missing");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("outer/tree/real")).unwrap();
    fs::copy(SEED_000, d.join("outer/tree/real/a.txt")).unwrap();
    symlink("real", d.join("outer/tree/link")).unwrap();
    let binary = d.join("vnextract");
    fs::copy(assert_cmd::cargo::cargo_bin("vnextract"), &binary).unwrap();
    for (path, mode) in [
        (d.to_path_buf(), 0o755),
        (binary.clone(), 0o755),
        (d.join("outer/tree/real/a.txt"), 0o644),
        (d.join("outer"), 0o311),
    ] {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
    }
    let mut command = if root {
        let mut command = StdCommand::new(setpriv);
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        command.arg(&binary);
        command
    } else {
        StdCommand::new(&binary)
    };
    let tree = d.join("outer/tree");
    let out = command.args(["extract", "-q"]).arg(&tree).output().unwrap();
    fs::set_permissions(d.join("outer"), fs::Permissions::from_mode(0o755)).unwrap();
    assert!(fs::read_dir(d.join("outer")).is_ok());
    assert_eq!(
        sources(&out.stdout, &tree),
        [("/link/a.txt".to_owned(), Value::Null)],
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success());
}

/// A name that is not UTF-8 is matched on its bytes and named escaped.
#[test]
fn a_name_that_is_not_utf8_matches_the_default_glob() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let name = std::ffi::OsStr::from_bytes(b"b\xe1o.txt");
    fs::copy(SEED_000, d.join(name)).unwrap();
    let out = vnextract()
        .args(["extract", "-q"])
        .arg(d)
        .assert()
        .success();
    assert_eq!(names(&out.get_output().stdout, d), ["/b\\xe1o.txt"]);
}
