//! Inputs: command-line paths, directories walked in sorted order, standard
//! input. Every input becomes exactly one [`Input`]; a path that cannot be
//! walked becomes an input that carries its error, so nothing is lost.
//!
//! Only regular files are read in a walk: a FIFO, socket or device met there
//! gets an error record, its type told by the listing or by `stat`, which
//! never block (opening a FIFO does), and the file is opened with
//! `O_NONBLOCK` and checked again, in case it changed in between. Named on
//! the command line, anything that is not a directory is read as a stream
//! bounded by the size limit, as `cat` does: `vnextract extract <(cmd)` works.
//!
//! `walkdir` lists each directory, sorted by file name (byte order on Unix),
//! and descends depth first. Symlinks are followed, in a walk too (unlike
//! ripgrep, which needs `-L`): archives are often assembled from links. A
//! directory is known by its device and inode number: one that is an
//! ancestor of itself (a symlink loop) is one error record, and one reached
//! a second time through another link is walked only the first time, without
//! an error. Links may point out of the walked tree;
//! [`Inputs::follow_symlinks`] turns following off in walks (`--no-follow`),
//! leaving the symlinks met there unread and unreported.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use walkdir::WalkDir;

/// Where one input's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    /// A regular file: anything else found there when it is opened is refused.
    File(PathBuf),
    /// Not a regular file, named on the command line (a FIFO, `/dev/fd/N`):
    /// read as a stream up to the size limit.
    Stream(PathBuf),
    /// A path that could not be listed or opened; the message says why.
    Failed(String),
}

/// One input document: its name as the output shows it, and its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct NameFilter {
    patterns: Vec<String>,
}

impl NameFilter {
    /// A filter accepting names that match any of `patterns`; none means `*.txt`.
    pub fn new(patterns: &[String]) -> NameFilter {
        let patterns = if patterns.is_empty() {
            vec!["*.txt".to_owned()]
        } else {
            patterns.to_vec()
        };
        NameFilter { patterns }
    }

    pub fn matches(&self, file_name: &std::ffi::OsStr) -> bool {
        let file_name = file_name.to_string_lossy();
        self.patterns.iter().any(|p| wildcard_match(p, &file_name))
    }
}

/// Matches `name` against `pattern`, where `*` is any run and `?` any one character.
fn wildcard_match(pattern: &str, name: &str) -> bool {
    let (p, n): (Vec<char>, Vec<char>) = (pattern.chars().collect(), name.chars().collect());
    let (mut pi, mut ni) = (0, 0);
    let mut backtrack: Option<(usize, usize)> = None;
    while ni < n.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == '*' {
            backtrack = Some((pi, ni));
            pi += 1;
        } else if let Some((star, matched)) = backtrack {
            pi = star + 1;
            ni = matched + 1;
            backtrack = Some((star, matched + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// Expands command-line `paths` into inputs, in a stable order: the paths in
/// the order given, each directory's files sorted by path. No path means
/// standard input. See [`Inputs`] to walk without holding every path.
pub fn collect(paths: &[PathBuf], filter: &NameFilter) -> Vec<Input> {
    Inputs::new(paths, filter).collect()
}

/// A file's identity: device and inode number. Two paths with the same
/// identity are the same file, however they are spelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FileId {
    device: u64,
    inode: u64,
}

impl FileId {
    /// The identity of the file `meta` describes.
    #[cfg(unix)]
    pub fn of(meta: &fs::Metadata, _path: &Path) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        Some(FileId {
            device: meta.dev(),
            inode: meta.ino(),
        })
    }

    /// Without inode numbers, the real path stands for the identity.
    #[cfg(not(unix))]
    pub fn of(_meta: &fs::Metadata, path: &Path) -> Option<FileId> {
        use std::hash::{BuildHasher, RandomState};
        static STATE: std::sync::LazyLock<RandomState> = std::sync::LazyLock::new(RandomState::new);
        let real = fs::canonicalize(path).ok()?;
        Some(FileId {
            device: 0,
            inode: STATE.hash_one(real),
        })
    }
}

/// What a walk does with a file it watches for.
enum Watch {
    Skip,
    Stop,
}

/// The walk of one command-line directory.
struct Walk {
    /// The walkers under way, the innermost last: the command-line
    /// directory's, then one per directory entered through a symlink.
    walkers: Vec<Walker>,
    /// The identity of the directory entered at each depth, down to the
    /// current one: a directory met again among them is a loop.
    ancestors: Vec<Option<FileId>>,
    /// Every directory entered so far.
    visited: HashSet<FileId>,
    /// The directory entered last: walkdir yields its listing error, if it
    /// cannot be listed, right after it.
    entered: PathBuf,
    /// The command-line directory's name, and how many inputs it gave.
    root: String,
    given: usize,
}

/// walkdir walking one tree without following symlinks; a symlink to a
/// directory gets a walker of its own, rooted at the link (walkdir follows
/// the root it is given). walkdir's own following is not used: its loop
/// check opens every directory above the link, those above the walked one
/// too, so it fails under a directory that may be crossed but not read
/// (mode 0711), and it does not pass over a directory reached twice.
struct Walker {
    entries: walkdir::IntoIter,
    /// The depth of its root in the whole walk.
    depth: usize,
}

impl Walker {
    fn new(dir: &Path, depth: usize) -> Walker {
        Walker {
            entries: WalkDir::new(dir).sort_by_file_name().into_iter(),
            depth,
        }
    }
}

impl Walk {
    /// The walk of the command-line directory `dir`, whose identity is `id`.
    fn new(dir: &Path, id: Option<FileId>, name: String) -> Walk {
        let mut walk = Walk {
            walkers: Vec::new(),
            ancestors: Vec::new(),
            visited: HashSet::new(),
            entered: PathBuf::new(),
            root: name,
            given: 0,
        };
        // The first directory of a walk is neither a loop nor seen before.
        let _ = walk.enter(dir, id, 0);
        walk.walkers.push(Walker::new(dir, 0));
        walk
    }

    /// Whether to walk the directory `dir`, whose identity is `id`, met at
    /// `depth`: not when it was walked already, and a loop is an error input.
    fn enter(&mut self, dir: &Path, id: Option<FileId>, depth: usize) -> Result<bool, Input> {
        self.ancestors.truncate(depth);
        if let Some(id) = id {
            // A symlink to an ancestor would make the walk endless.
            if self.ancestors.contains(&Some(id)) {
                return Err(failed(
                    display_name(dir),
                    "directory symlink loop: the link leads back to a directory it is in",
                ));
            }
            // Reached again through another link: walked already.
            if !self.visited.insert(id) {
                return Ok(false);
            }
        }
        self.ancestors.push(id);
        self.entered = dir.to_path_buf();
        Ok(true)
    }

    /// Leaves the directory walkdir yielded last unwalked.
    fn skip_entered(&mut self) {
        if let Some(walker) = self.walkers.last_mut() {
            walker.entries.skip_current_dir();
        }
    }

    /// The input for walkdir's `error`, if it gets one.
    fn failure(&self, error: walkdir::Error, filter: &NameFilter) -> Option<Input> {
        // Without a path: an entry the listing could not read, left out.
        let path = error.path()?;
        let message = io_message(error.io_error()?);
        if path == self.entered {
            Some(failed(
                display_name(path),
                &format!("cannot list directory: {message}"),
            ))
        } else if path.file_name().is_some_and(|name| filter.matches(name)) {
            // An entry gone since listing, whose type was not listed.
            Some(failed(display_name(path), &message))
        } else {
            None
        }
    }
}

/// The inputs of command-line `paths`, walked lazily: memory holds the
/// listing of the directories being walked, not every path of the archive.
pub struct Inputs<'a> {
    paths: std::slice::Iter<'a, PathBuf>,
    filter: &'a NameFilter,
    /// The command-line directory being walked.
    walk: Option<Walk>,
    /// Whether symlinks met in a walk are followed.
    follow_symlinks: bool,
    /// A file left out wherever it is met (the output's temporary file).
    skip: Option<FileId>,
    /// A file that ends the inputs when met (the output), and the flag then set.
    stop: Option<(FileId, Arc<AtomicBool>)>,
    /// The inputs ended at the `stop` file.
    stopped: bool,
    /// No path given: standard input, once.
    stdin: bool,
}

impl<'a> Inputs<'a> {
    pub fn new(paths: &'a [PathBuf], filter: &'a NameFilter) -> Inputs<'a> {
        Inputs {
            paths: paths.iter(),
            filter,
            walk: None,
            follow_symlinks: true,
            skip: None,
            stop: None,
            stopped: false,
            stdin: paths.is_empty(),
        }
    }

    /// Whether symlinks met while walking a directory are followed (the
    /// default); paths given on the command line are followed either way.
    pub fn follow_symlinks(mut self, follow: bool) -> Self {
        self.follow_symlinks = follow;
        self
    }

    /// Leaves out the file `id` wherever it is met: the output's temporary
    /// file, which a walk must not read.
    pub fn skip(mut self, id: Option<FileId>) -> Self {
        self.skip = id;
        self
    }

    /// Ends the inputs when the file `id` is met, setting `met`: the output
    /// file, which a run must not read (a caller checks the command-line
    /// paths before writing anything; this catches the output in a walk).
    pub fn stop_at(mut self, id: Option<FileId>, met: Arc<AtomicBool>) -> Self {
        self.stop = id.map(|id| (id, met));
        self
    }

    /// Whether the regular file at `path` is the file to skip or to stop at.
    /// `id` is its identity when known; otherwise the listing's `inode`
    /// number rules out almost every file without a `stat`.
    fn watched(&self, path: &Path, id: Option<FileId>, inode: Option<u64>) -> Option<Watch> {
        let stop = self.stop.as_ref().map(|(id, _)| *id);
        if self.skip.is_none() && stop.is_none() {
            return None;
        }
        let id = match id {
            Some(id) => id,
            None => {
                if let Some(inode) = inode
                    && ![self.skip, stop].iter().flatten().any(|w| w.inode == inode)
                {
                    return None;
                }
                FileId::of(&fs::metadata(path).ok()?, path)?
            }
        };
        if self.skip == Some(id) {
            Some(Watch::Skip)
        } else if stop == Some(id) {
            Some(Watch::Stop)
        } else {
            None
        }
    }

    /// Ends the inputs: the output file was met.
    fn stop_here(&mut self) {
        if let Some((_, met)) = &self.stop {
            met.store(true, Ordering::SeqCst);
        }
        self.stopped = true;
        self.walk = None;
    }

    /// The next input inside the directory being walked.
    fn next_in_walk(&mut self) -> Option<Input> {
        loop {
            let walk = self.walk.as_mut()?;
            let walker = walk.walkers.last_mut()?;
            let base = walker.depth;
            let entry = match walker.entries.next() {
                Some(Ok(entry)) => entry,
                Some(Err(error)) => match walk.failure(error, self.filter) {
                    Some(input) => return Some(input),
                    None => continue,
                },
                None => {
                    walk.walkers.pop();
                    continue;
                }
            };
            // A walker's root was entered when its link was met.
            if entry.depth() == 0 {
                continue;
            }
            let path = entry.path();
            let is_link = entry.path_is_symlink();
            if is_link && !self.follow_symlinks {
                continue;
            }
            let mut id = None;
            // Only a symlink needs `stat`, which follows it; neither it nor
            // the listing blocks, whatever the file is.
            let file_type = if is_link {
                fs::metadata(path).map(|meta| {
                    id = FileId::of(&meta, path);
                    meta.file_type()
                })
            } else {
                Ok(entry.file_type())
            };
            let file_name = entry.file_name();
            match file_type {
                Ok(t) if t.is_dir() => {
                    if !is_link {
                        id = entry.metadata().ok().and_then(|m| FileId::of(&m, path));
                    }
                    let depth = base + entry.depth();
                    // walkdir lists a directory as it yields it, and
                    // descends into it unless told to skip it; a link's
                    // target gets a walker of its own.
                    match walk.enter(path, id, depth) {
                        Ok(true) if is_link => walk.walkers.push(Walker::new(path, depth)),
                        Ok(true) => {}
                        Ok(false) if is_link => {}
                        Ok(false) => walk.skip_entered(),
                        Err(error) => {
                            if !is_link {
                                walk.skip_entered();
                            }
                            return Some(error);
                        }
                    }
                }
                Ok(_) if !self.filter.matches(file_name) => {}
                Ok(t) if t.is_file() => {
                    #[cfg(unix)]
                    let inode = Some(walkdir::DirEntryExt::ino(&entry));
                    #[cfg(not(unix))]
                    let inode = None;
                    match self.watched(path, id, inode) {
                        Some(Watch::Skip) => {}
                        Some(Watch::Stop) => {
                            self.stop_here();
                            return None;
                        }
                        None => {
                            return Some(Input {
                                name: display_name(path),
                                source: Source::File(entry.into_path()),
                            });
                        }
                    }
                }
                Ok(t) => return Some(failed(display_name(path), &not_regular(t))),
                // A dangling symlink or an entry gone since listing: report it if it would have matched.
                Err(error) if self.filter.matches(file_name) => {
                    return Some(failed(display_name(path), &io_message(&error)));
                }
                Err(_) => {}
            }
        }
    }
}

impl Iterator for Inputs<'_> {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        if self.stopped {
            return None;
        }
        if std::mem::take(&mut self.stdin) {
            return Some(Input {
                name: "-".to_owned(),
                source: Source::Stdin,
            });
        }
        loop {
            if let Some(input) = self.next_in_walk() {
                if let Some(walk) = &mut self.walk {
                    walk.given += 1;
                }
                return Some(input);
            }
            if self.stopped {
                return None;
            }
            // The walk of a command-line directory is over.
            if let Some(walk) = self.walk.take()
                && walk.given == 0
            {
                return Some(failed(
                    walk.root,
                    "the directory has no files matching the name patterns",
                ));
            }
            let path = self.paths.next()?;
            if path.as_os_str() == "-" {
                return Some(Input {
                    name: "-".to_owned(),
                    source: Source::Stdin,
                });
            }
            let name = display_name(path);
            match fs::metadata(path) {
                Ok(meta) if meta.is_dir() => {
                    self.walk = Some(Walk::new(path, FileId::of(&meta, path), name));
                }
                Ok(meta) if meta.is_file() => {
                    match self.watched(path, FileId::of(&meta, path), None) {
                        Some(Watch::Skip) => {}
                        Some(Watch::Stop) => {
                            self.stop_here();
                            return None;
                        }
                        None => {
                            return Some(Input {
                                name,
                                source: Source::File(path.clone()),
                            });
                        }
                    }
                }
                Ok(_) => {
                    return Some(Input {
                        name,
                        source: Source::Stream(path.clone()),
                    });
                }
                Err(error) => return Some(failed(name, &io_message(&error))),
            }
        }
    }
}

/// Why a walk does not read a file of type `t`.
fn not_regular(t: fs::FileType) -> String {
    format!(
        "not a regular file but {}: skipped in a directory walk (name it on the command line to read it)",
        type_name(t)
    )
}

/// "a FIFO (named pipe)", "a socket", ...
fn type_name(t: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        } else if t.is_socket() {
            return "a socket";
        } else if t.is_char_device() {
            return "a character device";
        } else if t.is_block_device() {
            return "a block device";
        }
    }
    if t.is_dir() {
        "a directory"
    } else {
        "a special file"
    }
}

/// Opens `path` only if it is a regular file. On Unix it is opened with
/// `O_NONBLOCK`, so that a FIFO put there since the walk listed it does not
/// block the open; a regular file reads the same either way.
fn open_regular(path: &Path) -> io::Result<Result<(fs::File, u64), String>> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    Ok(if meta.is_dir() {
        Err("is a directory".to_owned())
    } else if !meta.is_file() {
        Err(not_regular(meta.file_type()))
    } else {
        Ok((file, meta.len()))
    })
}

fn failed(name: String, message: &str) -> Input {
    Input {
        name,
        source: Source::Failed(message.to_owned()),
    }
}

/// The path as the user gave it, as text that can be turned back into the
/// path: on Unix, a byte that is not part of valid UTF-8 is written `\xHH`
/// (two lower-case hex digits) and a backslash `\\`, so that `a\xff.txt`
/// and `a\xfe.txt` stay apart and neither is taken for a name spelled with
/// a backslash. Valid UTF-8 without a backslash, the usual name, is as is.
pub fn display_name(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::fmt::Write;
        use std::os::unix::ffi::OsStrExt;
        let bytes = path.as_os_str().as_bytes();
        if let Ok(name) = std::str::from_utf8(bytes)
            && !name.contains('\\')
        {
            return name.to_owned();
        }
        let mut name = String::with_capacity(bytes.len() + 8);
        for chunk in bytes.utf8_chunks() {
            for c in chunk.valid().chars() {
                match c {
                    '\\' => name.push_str("\\\\"),
                    c => name.push(c),
                }
            }
            for b in chunk.invalid() {
                let _ = write!(name, "\\x{b:02x}");
            }
        }
        name
    }
    #[cfg(not(unix))]
    path.to_string_lossy().into_owned()
}

/// An I/O error as a sentence, without Rust's "(os error N)" noise.
pub fn io_message(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => {
            let text = error.to_string();
            match text.find(" (os error") {
                Some(cut) => text[..cut].to_owned(),
                None => text,
            }
        }
    }
}

/// Reads one input whole, refusing files larger than `max_size` bytes
/// without reading them into memory.
pub fn read(input: &Input, max_size: u64) -> Result<Vec<u8>, String> {
    let too_large = |size: u64| {
        format!(
            "the file is larger than the {max_size}-byte limit ({size} bytes); see --max-file-size"
        )
    };
    let stream_error = |e| match e {
        ReadError::TooLarge => too_large(max_size + 1),
        ReadError::Io(error) => io_message(&error),
    };
    match &input.source {
        Source::Failed(message) => Err(message.clone()),
        Source::Stdin => read_limited(io::stdin().lock(), max_size, 0).map_err(stream_error),
        Source::File(path) => {
            let (file, len) = open_regular(path).map_err(|e| io_message(&e))??;
            if len > max_size {
                return Err(too_large(len));
            }
            read_limited(file, max_size, len).map_err(stream_error)
        }
        Source::Stream(path) => {
            let file = fs::File::open(path).map_err(|e| io_message(&e))?;
            read_limited(file, max_size, 0).map_err(stream_error)
        }
    }
}

enum ReadError {
    TooLarge,
    Io(io::Error),
}

/// Reads at most `max_size + 1` bytes. `expected` is the size the reader is
/// expected to have: a buffer of one byte more is allocated once and filled
/// by as few reads as the system needs; only a reader that turns out longer
/// (a file that grew, standard input) reads on into a growing buffer.
fn read_limited(mut reader: impl Read, max_size: u64, expected: u64) -> Result<Vec<u8>, ReadError> {
    let capacity = usize::try_from(expected.min(max_size).saturating_add(1)).unwrap_or(0);
    let mut bytes = vec![0; capacity];
    let mut filled = 0;
    while filled < bytes.len() {
        match reader.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(ReadError::Io(error)),
        }
    }
    bytes.truncate(filled);
    if filled == capacity {
        reader
            .take(max_size + 1 - filled as u64)
            .read_to_end(&mut bytes)
            .map_err(ReadError::Io)?;
    }
    if bytes.len() as u64 > max_size {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(wildcard_match("*.txt", "d001.txt"));
        assert!(wildcard_match("*.txt", ".txt"));
        assert!(!wildcard_match("*.txt", "d001.txt.bak"));
        assert!(wildcard_match("d??1.*", "d001.html"));
        assert!(!wildcard_match("d??1.*", "d01.html"));
        assert!(wildcard_match("*", "anything"));
        assert!(wildcard_match("a*b*c", "aXbYbZc"));
    }

    /// Whatever the expected size, the bytes read and the size limit agree.
    #[test]
    fn read_limited_reads_everything_up_to_the_limit() {
        let text = b"Ngay 24/12/2016".as_slice();
        for expected in [0, 1, 5, text.len() as u64, 100] {
            for max_size in [text.len() as u64, 100] {
                let bytes = read_limited(text, max_size, expected).ok();
                assert_eq!(bytes.as_deref(), Some(text), "{expected} {max_size}");
            }
            let too_large = read_limited(text, text.len() as u64 - 1, expected);
            assert!(matches!(too_large, Err(ReadError::TooLarge)), "{expected}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn names_are_escaped_reversibly() {
        use std::os::unix::ffi::OsStrExt;
        let name = |bytes: &[u8]| display_name(Path::new(std::ffi::OsStr::from_bytes(bytes)));
        assert_eq!(name("dir/báo cáo.txt".as_bytes()), "dir/báo cáo.txt");
        assert_eq!(name(b"a\xff.txt"), "a\\xff.txt");
        assert_eq!(name(b"a\xfe.txt"), "a\\xfe.txt");
        assert_eq!(name(b"a\\xff.txt"), "a\\\\xff.txt");
        assert_eq!(name(b"b\xe1o\\"), "b\\xe1o\\\\");
    }

    #[test]
    fn no_paths_means_stdin() {
        let inputs = collect(&[], &NameFilter::new(&[]));
        assert_eq!(
            inputs,
            vec![Input {
                name: "-".into(),
                source: Source::Stdin
            }]
        );
    }
}

#[cfg(test)]
mod walk_tests {
    use super::*;

    /// Nested folders come out depth first in sorted order, filtered by name,
    /// and a folder given on the command line with no match is one error input.
    #[test]
    fn walks_sorted_and_reports_an_empty_root() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir_all(d.join("b/inner")).unwrap();
        fs::create_dir(d.join("empty")).unwrap();
        for name in [
            "b/inner/z.txt",
            "b/a.txt",
            "c.txt",
            "a.html",
            "b/inner/y.html",
        ] {
            fs::write(d.join(name), "x").unwrap();
        }
        let paths = vec![d.to_path_buf(), d.join("empty")];
        let filter = NameFilter::new(&[]);
        let inputs: Vec<Input> = Inputs::new(&paths, &filter).collect();
        let names: Vec<String> = inputs
            .iter()
            .map(|i| {
                i.name
                    .strip_prefix(&*d.to_string_lossy())
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(names, ["/b/a.txt", "/b/inner/z.txt", "/c.txt", "/empty"]);
        assert_eq!(
            inputs[3].source,
            Source::Failed("the directory has no files matching the name patterns".into())
        );
    }
}
