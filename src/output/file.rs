//! Where `-o PATH` writes, without clobbering what it should not.
//!
//! - `-` is standard output.
//! - A symlink is followed (up to 40 links) to its target, which is written;
//!   the link stays.
//! - A regular file, or no file yet: the records go to a temporary file
//!   `.NAME.XXXXXX.tmp` in the same directory, created with the mode (and,
//!   when allowed, the owner) of the file it replaces, or as a new file would
//!   be (0666 less the umask); it is renamed over the path only once
//!   everything was written and synced, so a reader never sees half a file
//!   and a failed run leaves the old file as it was. The rename gives the
//!   path a new inode: other hard links to the old file keep the old content.
//!   The temporary file is removed when the run fails, and on SIGINT, SIGTERM
//!   or SIGHUP (see `remove_on_signal`).
//! - Anything else (`/dev/null`, a FIFO, a terminal, `/dev/stdout` when it is
//!   a pipe) is opened and written directly: renaming over it would replace
//!   the device or leave the FIFO's reader with nothing.
//!
//! `tempfile` makes the temporary file (a new name, opened exclusively),
//! removes it when dropped and renames it into place (`persist`). Done here
//! instead: following the links first (a rename over a link replaces the
//! link), carrying the owner and mode over, and removing the file on a
//! signal, which ends the process without running drops.
//!
//! [`identity`] tells the CLI which file the output is, so that it can refuse
//! an output that is also an input; [`OutputFile::temp_id`] names the
//! temporary file, which a walk must never read.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::input::FileId;

/// The file `path` names when it exists (following symlinks), for comparing
/// with the inputs.
pub fn identity(path: &Path) -> Option<FileId> {
    let meta = fs::metadata(path).ok()?;
    FileId::of(&meta, path)
}

/// An open output: standard output, a file written in place, or a
/// temporary file renamed over the path by [`OutputFile::finish`].
pub struct OutputFile {
    sink: Sink,
}

enum Sink {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    Direct(BufWriter<fs::File>),
    Replace {
        temp: BufWriter<tempfile::NamedTempFile>,
        /// The path renamed over: the symlink's target, if it was one.
        target: PathBuf,
        /// Unregisters the temporary file from the signal handler when dropped.
        _registered: Registered,
    },
}

/// The temporary file registered with [`remove_on_signal`]; dropped once
/// the file is renamed or removed.
struct Registered;

impl Registered {
    fn new(path: &Path) -> Registered {
        remove_on_signal(path);
        Registered
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        forget_on_signal();
    }
}

impl OutputFile {
    /// Standard output.
    pub fn stdout() -> OutputFile {
        OutputFile {
            sink: Sink::Stdout(BufWriter::new(io::stdout().lock())),
        }
    }

    /// Opens `path` for writing as the module documentation says (`-` is
    /// standard output). Nothing is replaced before [`OutputFile::finish`].
    pub fn open(path: &Path) -> io::Result<OutputFile> {
        if path.as_os_str() == "-" {
            return Ok(OutputFile::stdout());
        }
        // `stat` follows every link, the kernel's own ones included
        // (/dev/stdout → /proc/self/fd/1 → pipe:[…]).
        let existing = match fs::metadata(path) {
            Ok(meta) => Some(meta),
            Err(error) if error.kind() == io::ErrorKind::NotFound => None,
            Err(error) => return Err(error),
        };
        let sink = match existing {
            Some(meta) if meta.is_dir() => {
                return Err(io::Error::new(
                    io::ErrorKind::IsADirectory,
                    "is a directory",
                ));
            }
            Some(meta) if !meta.is_file() => {
                let file = fs::OpenOptions::new().write(true).open(path)?;
                Sink::Direct(BufWriter::new(file))
            }
            existing => {
                let target = follow_links(path)?;
                let temp = temp_beside(&target, existing.as_ref())?;
                Sink::Replace {
                    _registered: Registered::new(temp.path()),
                    temp: BufWriter::new(temp),
                    target,
                }
            }
        };
        Ok(OutputFile { sink })
    }

    /// The temporary file's identity, when there is one.
    pub fn temp_id(&self) -> Option<FileId> {
        match &self.sink {
            Sink::Replace { temp, .. } => {
                let meta = temp.get_ref().as_file().metadata().ok()?;
                FileId::of(&meta, temp.get_ref().path())
            }
            _ => None,
        }
    }

    /// Where to write the records.
    pub fn writer(&mut self) -> &mut dyn Write {
        match &mut self.sink {
            Sink::Stdout(out) => out,
            Sink::Direct(out) => out,
            Sink::Replace { temp, .. } => temp,
        }
    }

    /// Flushes what was written and, for a temporary file, syncs it and
    /// renames it over the path. Dropping an `OutputFile` without finishing
    /// removes its temporary file.
    pub fn finish(self) -> io::Result<()> {
        match self.sink {
            Sink::Stdout(mut out) => out.flush(),
            Sink::Direct(mut out) => out.flush(),
            Sink::Replace { temp, target, .. } => {
                let temp = temp.into_inner().map_err(|e| e.into_error())?;
                temp.as_file().sync_all()?;
                temp.persist(&target).map_err(|e| e.error)?;
                Ok(())
            }
        }
    }
}

/// `path` with every symlink followed, each target read relative to the
/// directory of its link; a missing last target is where the file will be.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&path)?;
                // `join` keeps an absolute target as it is.
                path = match path.parent() {
                    Some(dir) => dir.join(target),
                    None => target,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// A temporary file in the directory of `target`, named after it, with the
/// mode and owner of `existing`, the file it will replace.
fn temp_beside(
    target: &Path,
    existing: Option<&fs::Metadata>,
) -> io::Result<tempfile::NamedTempFile> {
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::other("not a file name"))?;
    let prefix = format!(".{}.", name.to_string_lossy());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A new file gets 0666 less the umask, as `>` would give it.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let temp = builder.tempfile_in(dir)?;
    #[cfg(unix)]
    if let Some(old) = existing {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let file = temp.as_file();
        // Only root may give a file away; others keep their own, as `cp` does.
        let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
        // Set after the owner: changing the owner may clear set-id bits.
        file.set_permissions(fs::Permissions::from_mode(old.mode() & 0o777))?;
    }
    #[cfg(not(unix))]
    let _ = existing;
    Ok(temp)
}

/// Removes the temporary file at `path` if SIGINT, SIGTERM or SIGHUP ends
/// the process before it is renamed (see the `signal` module);
/// `forget_on_signal` undoes it.
#[cfg(unix)]
use signal::{forget as forget_on_signal, remove as remove_on_signal};

#[cfg(not(unix))]
fn remove_on_signal(_path: &Path) {}

#[cfg(not(unix))]
fn forget_on_signal() {}

/// The one signal handler: it removes the registered temporary file, then
/// lets the signal end the process as it would have.
///
/// `sigaction` installs `signal::on_signal` for SIGINT, SIGTERM and SIGHUP
/// (not where the signal is ignored, as under `nohup`), with `SA_RESETHAND`:
/// the handler runs once, `unlink`s the path (async-signal-safe), and raises
/// the signal again, which the default action then delivers once the handler
/// returns, so the exit status still says which signal ended the run. The
/// path is a C string behind an atomic pointer: whoever swaps it out owns it,
/// so the handler never reads a freed string.
#[cfg(unix)]
mod signal {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    use std::path::Path;
    use std::ptr;
    use std::sync::Once;
    use std::sync::atomic::{AtomicPtr, Ordering};

    static TEMP: AtomicPtr<libc::c_char> = AtomicPtr::new(ptr::null_mut());

    const SIGNALS: [libc::c_int; 3] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP];

    extern "C" fn on_signal(signal: libc::c_int) {
        let path = TEMP.swap(ptr::null_mut(), Ordering::SeqCst);
        // SAFETY: `path` is null or a C string leaked by `remove`, owned here
        // now; unlink and raise are async-signal-safe.
        unsafe {
            if !path.is_null() {
                libc::unlink(path);
            }
            libc::raise(signal);
        }
    }

    fn install() {
        for signal in SIGNALS {
            // SAFETY: plain sigaction calls with zeroed, then filled, structs.
            unsafe {
                let mut old: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(signal, ptr::null(), &mut old) != 0
                    || old.sa_sigaction == libc::SIG_IGN
                {
                    continue;
                }
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
                action.sa_flags = libc::SA_RESETHAND;
                libc::sigemptyset(&mut action.sa_mask);
                libc::sigaction(signal, &action, ptr::null_mut());
            }
        }
    }

    /// Registers `path` for removal on a signal, in place of any other.
    pub(crate) fn remove(path: &Path) {
        static INSTALL: Once = Once::new();
        INSTALL.call_once(install);
        let Ok(path) = CString::new(path.as_os_str().as_bytes()) else {
            return;
        };
        let old = TEMP.swap(path.into_raw(), Ordering::SeqCst);
        free(old);
    }

    /// No file to remove any more.
    pub(crate) fn forget() {
        free(TEMP.swap(ptr::null_mut(), Ordering::SeqCst));
    }

    fn free(path: *mut libc::c_char) {
        if !path.is_null() {
            // SAFETY: swapped out of TEMP, where only `remove` puts strings
            // from `CString::into_raw`; nobody else holds it now.
            drop(unsafe { CString::from_raw(path) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn links_are_followed_relative_to_their_directory() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir(d.join("real")).unwrap();
        std::os::unix::fs::symlink("real/out.csv", d.join("a")).unwrap();
        std::os::unix::fs::symlink(d.join("a"), d.join("b")).unwrap();
        // A dangling chain ends where the file will be created.
        assert_eq!(follow_links(&d.join("b")).unwrap(), d.join("real/out.csv"));
        std::os::unix::fs::symlink("loop", d.join("loop")).unwrap();
        assert!(follow_links(&d.join("loop")).is_err());
    }

    #[test]
    fn a_failed_run_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        let mut out = OutputFile::open(&path).unwrap();
        out.writer().write_all(b"half").unwrap();
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        drop(out);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
        let mut out = OutputFile::open(&path).unwrap();
        out.writer().write_all(b"whole").unwrap();
        out.finish().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"whole");
    }
}
