//! The `vnextract` command line: parses arguments and hands the work to the
//! library. Errors leave through `main`, which picks the exit status.

use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use vnextract::batch::{self, BatchOptions};
use vnextract::input::{self, NameFilter};
use vnextract::output::{self, Format, OutputOptions};
use vnextract::{Encoding, NormalizeOptions, Options};

/// Extract structured facts (dates, provinces, chairpersons, percentages,
/// awards, ...) from Vietnamese government reports.
#[derive(Parser)]
#[command(name = "vnextract", version, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

const EXAMPLES: &str = "Examples:
  vnextract extract fixtures/                         one JSON line per report
  vnextract extract --format csv --bom -o report.csv archive/
  vnextract extract --format csv-facts archive/ | xsv table
  cat report.txt | vnextract extract --format json --pretty
  vnextract normalize fixtures/000_son_la_cchc_2016.txt";

#[derive(Subcommand)]
enum Command {
    /// Extract facts from reports: one record per input, ok or error.
    #[command(after_help = EXAMPLES)]
    Extract(ExtractArgs),
    /// Print the normalized text that extraction offsets refer to.
    Normalize(NormalizeArgs),
}

#[derive(Args)]
struct ReadArgs {
    /// Files or directories (walked recursively); `-` or nothing reads standard input.
    paths: Vec<PathBuf>,
    /// File-name pattern to take from directories (repeatable; `*` and `?` wildcards).
    #[arg(long, value_name = "PATTERN", default_value = "*.txt")]
    glob: Vec<String>,
    /// Input encoding; `auto` detects it.
    #[arg(long, value_enum, default_value_t = Encoding::Auto)]
    encoding: Encoding,
    /// Keep page chrome (visitor counters, footers, navigation) in the text.
    #[arg(long)]
    keep_chrome: bool,
    /// Reject files larger than this many bytes with an error record.
    #[arg(long, value_name = "BYTES", default_value_t = 50_000_000)]
    max_file_size: u64,
    /// Do not follow symlinks met while walking directories (paths given
    /// here are followed either way).
    #[arg(long)]
    no_follow: bool,
}

#[derive(Args)]
struct ExtractArgs {
    #[command(flatten)]
    read: ReadArgs,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// Write to FILE (atomically: a failed run leaves no half-written file).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Indent JSON output.
    #[arg(long)]
    pretty: bool,
    /// Start CSV output with a UTF-8 byte-order mark, so Excel shows Vietnamese correctly.
    #[arg(long)]
    bom: bool,
    /// Worker threads (default: one per core).
    #[arg(long, short, value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// No progress bar and no summary line.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Args)]
struct NormalizeArgs {
    #[command(flatten)]
    read: ReadArgs,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run_extract(args),
        Command::Normalize(args) => run_normalize(args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // A reader that went away (`| head`) is not a failure.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("vnextract: {error}");
            ExitCode::from(1)
        }
    }
}

impl ReadArgs {
    /// The inputs these arguments name, walked lazily.
    fn inputs<'a>(&'a self, filter: &'a NameFilter) -> input::Inputs<'a> {
        input::Inputs::new(&self.paths, filter).follow_symlinks(!self.no_follow)
    }

    fn options(&self) -> Options {
        Options {
            encoding: self.encoding,
            normalize: NormalizeOptions {
                keep_chrome: self.keep_chrome,
            },
        }
    }
}

/// Returns whether every input was processed.
fn run_extract(args: ExtractArgs) -> io::Result<bool> {
    let started = Instant::now();
    let filter = NameFilter::new(&args.read.glob);
    let options = BatchOptions {
        document: args.read.options(),
        max_file_size: args.read.max_file_size,
        jobs: args.jobs,
    };
    let output_options = OutputOptions {
        format: args.format,
        pretty: args.pretty,
        bom: args.bom,
    };
    // The bar's total costs a first walk of the tree (names only); the walk that
    // processes them streams, so memory does not grow with the archive.
    let show_progress = !args.quiet && io::stderr().is_terminal();
    let total = show_progress.then(|| args.read.inputs(&filter).count() as u64);
    let progress = progress_bar(total);
    let (mut records, mut errors, mut bytes) = (0u64, 0u64, 0u64);
    let mut write_all = |out: &mut dyn Write| -> io::Result<()> {
        let mut writer = output::writer(out, output_options)?;
        let inputs = args.read.inputs(&filter);
        batch::run(inputs, options, |record, processed| {
            if let Some(error) = &record.error {
                errors += 1;
                progress.suspend(|| eprintln!("vnextract: {}: {error}", record.source));
            }
            bytes += processed.bytes;
            records += 1;
            if show_progress {
                progress.inc(1);
                let seconds = started.elapsed().as_secs_f64().max(1e-9);
                progress.set_message(format!(
                    "{:.1} MB/s, {errors} errors",
                    bytes as f64 / 1e6 / seconds
                ));
            }
            writer.write(record)
        })?;
        writer.finish()
    };
    match &args.output {
        Some(path) => write_atomically(path, write_all)?,
        None => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            write_all(&mut out)?;
            out.flush()?;
        }
    }
    progress.finish_and_clear();
    if !args.quiet {
        eprintln!(
            "vnextract: {records} inputs, {records} records, {errors} errors, {:.1} MB in {:.2} s",
            bytes as f64 / 1e6,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(errors == 0)
}

/// A progress bar on stderr, or one that draws nothing when there is no total
/// (stderr is not a terminal, or `--quiet`).
fn progress_bar(total: Option<u64>) -> ProgressBar {
    let Some(total) = total else {
        return ProgressBar::hidden();
    };
    let bar = ProgressBar::new(total);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files, {elapsed}, {msg}")
    {
        bar.set_style(style);
    }
    bar
}

/// Writes through `write` into a temporary file beside `path`, renamed into
/// place only when everything was written.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::other(format!("{}: not a file name", path.display())))?;
    let temp = dir.join(format!(
        ".{}.{}.tmp",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut out = io::BufWriter::new(fs::File::create(&temp)?);
        write(&mut out)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("{}: {}", path.display(), input::io_message(&e)),
        )
    })
}

/// Prints each input's normalized text; returns whether every input was read.
fn run_normalize(args: NormalizeArgs) -> io::Result<bool> {
    let filter = NameFilter::new(&args.read.glob);
    let inputs: Vec<input::Input> = args.read.inputs(&filter).collect();
    let options = args.read.options();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut all_ok = true;
    for item in &inputs {
        let text = input::read(item, args.read.max_file_size).and_then(|bytes| {
            vnextract::decode::decode(&bytes, options.encoding).map_err(|e| e.to_string())
        });
        match text {
            Ok(decoded) => {
                if inputs.len() > 1 {
                    writeln!(out, "==> {} <==", item.name)?;
                }
                let normalized = vnextract::normalize::normalize(&decoded.text, options.normalize);
                out.write_all(normalized.as_bytes())?;
                if !normalized.ends_with('\n') {
                    out.write_all(b"\n")?;
                }
            }
            Err(error) => {
                all_ok = false;
                eprintln!("vnextract: {}: {error}", item.name);
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}
