//! The walk of the directories given on the command line. `walkdir` lists
//! each directory, sorted by file name (byte order on Unix), and descends
//! depth first. Symlinks are followed, in a walk too (unlike ripgrep, which
//! needs `-L`): archives are often assembled from links. A directory is
//! known by its device and inode number: one that is an ancestor of itself
//! (a symlink loop) is one error record, and one reached a second time
//! through another link is walked only the first time, without an error.
//! Links may point out of the walked tree; [`Inputs::follow_symlinks`] turns
//! following off in walks (`--no-follow`), leaving the symlinks met there
//! unread and unreported. Hidden directories (`.git`) are not walked, as
//! ripgrep and fd do not; a hidden directory named on the command line is.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use walkdir::WalkDir;

use super::{FileId, Input, NameFilter, Source, display_name, failed, io_message, not_regular};

/// Expands command-line `paths` into inputs, in a stable order: the paths in
/// the order given, each directory's files sorted by path. No path means
/// standard input. See [`Inputs`] to walk without holding every path.
pub fn collect(paths: &[PathBuf], filter: &NameFilter) -> Vec<Input> {
    Inputs::new(paths, filter).collect()
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
    /// The inputs `paths` name (standard input when there are none), with
    /// the files of directories walked in sorted order and kept when their
    /// name passes `filter`.
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
                // Hidden directories (.git, .cache) are version control and
                // tool state, not reports: skipped, as ripgrep and fd do.
                Ok(t) if t.is_dir() && file_name.as_encoded_bytes().starts_with(b".") => {
                    if !is_link {
                        walk.skip_entered();
                    }
                }
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
                // A dangling symlink: reported if it would have matched.
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

#[cfg(test)]
mod walk_tests {
    use super::*;

    /// Without `--glob` a walk takes the formats read, in any letter case,
    /// and passes over hidden directories; a hidden file is still a file.
    #[test]
    fn default_walk_takes_the_formats_read_and_skips_hidden_directories() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir_all(d.join(".git/objects")).unwrap();
        fs::create_dir(d.join("reports")).unwrap();
        for name in [
            ".git/objects/x.txt",
            ".git/notes.txt",
            "reports/a.TXT",
            "reports/b.Html",
            "reports/c.htm",
            "reports/d.docx",
            "reports/e.pdf",
            "reports/f.jsonl",
            "reports/g.md",
            "reports/h.doc",
            "reports/.i.txt",
        ] {
            fs::write(d.join(name), "x").unwrap();
        }
        let paths = vec![d.to_path_buf(), d.join(".git")];
        let filter = NameFilter::new(&[]);
        let names: Vec<String> = Inputs::new(&paths, &filter)
            .map(|i| {
                let name = i.name.strip_prefix(&*d.to_string_lossy()).unwrap();
                name.to_owned()
            })
            .collect();
        assert_eq!(
            names,
            [
                "/reports/.i.txt",
                "/reports/a.TXT",
                "/reports/b.Html",
                "/reports/c.htm",
                "/reports/d.docx",
                "/reports/e.pdf",
                "/reports/f.jsonl",
                // Named on the command line, a hidden directory is walked.
                "/.git/notes.txt",
                "/.git/objects/x.txt",
            ]
        );
    }

    /// Nested folders come out depth first in sorted order, filtered by name,
    /// and a folder given on the command line with no match is one error input.
    #[test]
    fn walks_sorted_and_reports_an_empty_root() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir_all(d.join("b/inner")).unwrap();
        fs::create_dir(d.join("empty")).unwrap();
        for name in ["b/inner/z.txt", "b/a.txt", "c.txt", "a.md", "b/inner/y.md"] {
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
