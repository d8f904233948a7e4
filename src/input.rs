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
//! Directories are walked by [`Inputs`] (in `input/walk.rs`): sorted, depth
//! first, symlinks followed.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

mod filter;
mod walk;

pub use filter::{NameFilter, Pattern};
pub use walk::{Inputs, collect};

use crate::Error;

/// Where one input's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
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
    /// The name records show (`source`): the path as given, `-` for
    /// standard input.
    pub name: String,
    pub(crate) source: Source,
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
    pub(crate) fn of(meta: &fs::Metadata, _path: &Path) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        Some(FileId {
            device: meta.dev(),
            inode: meta.ino(),
        })
    }

    /// Without inode numbers, the real path stands for the identity.
    #[cfg(not(unix))]
    pub(crate) fn of(_meta: &fs::Metadata, path: &Path) -> Option<FileId> {
        use std::hash::{BuildHasher, RandomState};
        static STATE: std::sync::LazyLock<RandomState> = std::sync::LazyLock::new(RandomState::new);
        let real = fs::canonicalize(path).ok()?;
        Some(FileId {
            device: 0,
            inode: STATE.hash_one(real),
        })
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
pub(crate) fn display_name(path: &Path) -> String {
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
pub fn read(input: &Input, max_size: u64) -> Result<Vec<u8>, Error> {
    let path = || input.name.clone();
    let io_error = |source| Error::Read {
        path: path(),
        source,
    };
    let stream_error = |e| match e {
        ReadError::TooLarge => Error::TooLarge {
            path: path(),
            size: None,
            limit: max_size,
        },
        ReadError::Io(source) => io_error(source),
    };
    match &input.source {
        Source::Failed(reason) => Err(Error::Walk {
            path: path(),
            reason: reason.clone(),
        }),
        Source::Stdin => read_limited(io::stdin().lock(), max_size, 0).map_err(stream_error),
        Source::File(file) => {
            let (file, len) =
                open_regular(file)
                    .map_err(io_error)?
                    .map_err(|reason| Error::Walk {
                        path: path(),
                        reason,
                    })?;
            if len > max_size {
                return Err(Error::TooLarge {
                    path: path(),
                    size: Some(len),
                    limit: max_size,
                });
            }
            read_limited(file, max_size, len).map_err(stream_error)
        }
        Source::Stream(file) => {
            let file = fs::File::open(file).map_err(io_error)?;
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
