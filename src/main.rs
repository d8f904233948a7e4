//! The `vnextract` command line: parses arguments and hands the work to the
//! library. Errors leave through `main`, which picks the exit status:
//! 0 when every input was processed, 1 when some input failed (its record
//! says why), 2 for a usage error, 3 when the output could not be written.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

use clap::{Args, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

use vnextract::batch::{self, BatchOptions};
use vnextract::input::{self, NameFilter};
use vnextract::lines;
use vnextract::output::file::{self, OutputFile};
use vnextract::output::{self, Format, OutputOptions};
use vnextract::{
    DecodeError, Encoding, Error, Extractor, InputFormat, InputOptions, NormalizeOptions, Options,
};

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
    /// Score extraction against a gold file of hand-checked answers.
    #[command(after_help = EVAL_EXAMPLES)]
    Eval(EvalArgs),
    /// Print the JSON Schema of a record (what `extract` writes as JSON and
    /// JSONL), for a downstream job to validate against.
    Schema,
    /// Print a shell's completion script: `vnextract completions bash >
    /// /etc/bash_completion.d/vnextract`.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a man page (roff): `vnextract man > vnextract.1`, and each
    /// subcommand's, `vnextract man extract > vnextract-extract.1`.
    Man {
        /// The subcommand whose page to print (extract, normalize, eval, ...).
        subcommand: Option<String>,
    },
}

const EVAL_EXAMPLES: &str = "Examples:
  vnextract eval sample/gold.jsonl sample/            per-field accuracy, precision, recall, F1
  vnextract eval --misses sample/gold.jsonl sample/   every miss with the text around it
  vnextract eval --min 0.9 gold.jsonl sample/         exit 1 when a field scores below 0.9

The gold file has one JSON object a line, keyed by \"id\" (the document's file name
without extension); README.md (How accurate is it?) describes its fields.";

#[derive(Args)]
struct EvalArgs {
    /// The gold file (JSON Lines).
    gold: PathBuf,
    #[command(flatten)]
    read: ReadArgs,
    /// List every miss: document, field, expected, got, and the text around it.
    #[arg(long)]
    misses: bool,
    /// Report format.
    #[arg(long, value_enum, default_value_t = EvalFormat::Text)]
    format: EvalFormat,
    /// Exit with status 1 when any field scores below this (0 to 1).
    #[arg(long, value_name = "F", default_value_t = 0.0)]
    min: f64,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum EvalFormat {
    Text,
    Json,
}

#[derive(Args)]
struct ReadArgs {
    /// Files or directories (walked recursively); `-` or nothing reads standard input.
    paths: Vec<PathBuf>,
    /// File-name pattern to take from directories (repeatable), matched on
    /// the name, case-sensitively: `*` any run, `?` one byte (an accented
    /// letter is two or three), `[a-z]` `[!0-9]` one of, `{txt,html}` either,
    /// `\` escapes. Without it: .txt, .html, .htm, .docx, .pdf and .jsonl
    /// files, in any letter case.
    #[arg(long, value_name = "PATTERN")]
    glob: Vec<input::Pattern>,
    /// Read every input as this container instead of telling it by file
    /// name and content.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = InputFormat::Auto)]
    input_format: InputFormat,
    /// The field or column of a record (JSON Lines, CSV, JSON) that holds
    /// the article; by default the first of content, text, body, Content,
    /// noi_dung.
    #[arg(long, value_name = "NAME")]
    text_field: Option<String>,
    /// The field or column whose value names a record: `source` is then
    /// FILE#ID instead of FILE#LINE.
    #[arg(long, value_name = "NAME")]
    id_field: Option<String>,
    /// The delimiter of CSV records (one character, or `tab`); by default
    /// sniffed from the header among , ; | and tab.
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    delimiter: Option<u8>,
    /// Input encoding; `auto` detects it.
    #[arg(long, value_enum, default_value_t = Encoding::Auto)]
    encoding: Encoding,
    /// Keep page chrome (visitor counters, footers, navigation) in the text.
    #[arg(long)]
    keep_chrome: bool,
    /// Reject files larger than this with an error record: bytes, or a
    /// number with a unit, KB MB GB (powers of 1000) or KiB MiB GiB (of 1024).
    #[arg(long, value_name = "SIZE", default_value = "50MB", value_parser = parse_size)]
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
    /// Write to FILE instead of standard output (`-`). A regular file is
    /// replaced only once everything was written, keeping its mode; a symlink
    /// writes its target; a device or FIFO is written directly. FILE must not
    /// be one of the inputs.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Indent JSON output.
    #[arg(long)]
    pretty: bool,
    /// Start CSV output with a UTF-8 byte-order mark, so Excel shows Vietnamese correctly.
    #[arg(long)]
    bom: bool,
    /// Write CSV cells as they are: without it, a cell beginning with =, +,
    /// -, @, a tab or a carriage return gets a leading ' so that a
    /// spreadsheet does not run it as a formula.
    #[arg(long)]
    raw_cells: bool,
    /// Write CSV without its header line, for batches appended to one file.
    #[arg(long)]
    no_header: bool,
    /// Worker threads (default: one per core); at most 256, and no more than
    /// there are inputs.
    #[arg(long, short, value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// No progress bar and no summary line.
    #[arg(long, short)]
    quiet: bool,
    /// Add to each JSON record an `explain` object saying why event_date,
    /// presiding and province have their values.
    #[arg(long)]
    explain: bool,
}

#[derive(Args)]
struct NormalizeArgs {
    #[command(flatten)]
    read: ReadArgs,
}

/// Why a run stopped before its end; each has its exit status.
enum Failure {
    /// Arguments that parse but cannot be run (status 2).
    Usage(String),
    /// The output could not be written (status 3): its name, and why.
    Output(String, io::Error),
}

/// The name of standard output in messages.
const STDOUT: &str = "standard output";

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run_extract(args),
        Command::Normalize(args) => run_normalize(args),
        Command::Eval(args) => run_eval(args),
        Command::Schema => print_with(|out| {
            serde_json::to_writer_pretty(&mut *out, &vnextract::record_schema())?;
            out.write_all(b"\n")
        }),
        Command::Completions { shell } => print_with(|out| {
            let mut command = <Cli as clap::CommandFactory>::command();
            // Generated in memory: clap_complete panics when a write fails
            // (`| head`), where a closed pipe must end the run quietly.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "vnextract", &mut script);
            out.write_all(&script)
        }),
        Command::Man { subcommand } => man_page(subcommand.as_deref()),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // A reader that went away (`| head`) is not a failure.
        Err(Failure::Output(_, error)) if error.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(Failure::Usage(message)) => {
            eprintln!("vnextract: {}", escaped(&message));
            ExitCode::from(2)
        }
        Err(Failure::Output(name, error)) => {
            let message = format!("cannot write {name}: {}", input::io_message(&error));
            eprintln!("vnextract: {}", escaped(&message));
            ExitCode::from(3)
        }
    }
}

/// The flag that changes what the library reported as `error`, as a hint
/// to put after its message (the library's messages name no flags).
fn hint(error: &Error) -> &'static str {
    match error {
        Error::TooLarge { .. } => "; see --max-file-size",
        Error::Decode(DecodeError::InvalidUtf8 { .. }) => {
            "; try --encoding auto, windows-1258, tcvn3 or vni"
        }
        Error::Decode(DecodeError::UnknownEncoding { .. }) => "; name its encoding with --encoding",
        Error::Decode(DecodeError::Garbled { .. }) => "; try --encoding auto",
        _ => "",
    }
}

/// `text` with control characters escaped (`\x1b`, `\u{9b}`), so that a file
/// name cannot send escape sequences to the terminal through stderr.
fn escaped(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if (c as u32) < 0x80 && c.is_control() => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `--max-file-size`: "50000000", "50MB", "50 MB", "1.5GB", "512KiB", "2G".
fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        other => {
            return Err(format!(
                "unknown unit {other:?}: use bytes, KB, MB, GB, KiB, MiB or GiB"
            ));
        }
    };
    let number: f64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a size such as 50MB"))?;
    let bytes = number * factor as f64;
    if !bytes.is_finite() || bytes < 0.0 || bytes > u64::MAX as f64 {
        return Err(format!("{text:?} is out of range"));
    }
    Ok(bytes.round() as u64)
}

/// `--delimiter`: one ASCII character, or `tab`.
fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" => Ok(b'\t'),
        _ if text.len() == 1 && text.is_ascii() => Ok(text.as_bytes()[0]),
        _ => Err(format!("{text:?} is not one ASCII character or `tab`")),
    }
}

impl ReadArgs {
    /// No path on a terminal would wait for a report typed in: a usage
    /// error instead, showing the usage of `command`.
    fn check_input(&self, command: &str) -> Result<(), Failure> {
        if !self.paths.is_empty() || !io::stdin().is_terminal() {
            return Ok(());
        }
        Err(Failure::Usage(format!(
            "no input: name files or directories, or pipe a report into standard input \
             (usage: vnextract {command} [OPTIONS] [PATHS]..., `vnextract {command} --help` for more)"
        )))
    }

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
            input: InputOptions {
                format: self.input_format,
                text_field: self.text_field.clone(),
                id_field: self.id_field.clone(),
                delimiter: self.delimiter,
            },
            explain: false,
        }
    }
}

/// The output file named on the command line as an input, if it is one.
fn output_among_inputs(output: &Path, paths: &[PathBuf]) -> Option<Failure> {
    let id = file::identity(output)?;
    let input = paths
        .iter()
        .find(|p| p.as_os_str() != "-" && file::identity(p) == Some(id))?;
    Some(Failure::Usage(format!(
        "the output {} is also an input ({}); write the output elsewhere",
        output.display(),
        input.display()
    )))
}

/// Prints the man page of `vnextract`, or of its `subcommand`.
fn man_page(subcommand: Option<&str>) -> Result<bool, Failure> {
    let mut command = <Cli as clap::CommandFactory>::command();
    if let Some(name) = subcommand {
        let names: Vec<String> = command
            .get_subcommands()
            .map(|c| c.get_name().to_owned())
            .collect();
        let Some(sub) = command.find_subcommand_mut(name) else {
            return Err(Failure::Usage(format!(
                "no subcommand {name:?}: one of {}",
                names.join(", ")
            )));
        };
        // The page of `vnextract-extract(1)`, as the main page names it.
        command = sub
            .clone()
            .name(format!("vnextract-{name}"))
            .version(env!("CARGO_PKG_VERSION"));
    }
    print_with(|out| clap_mangen::Man::new(command).render(out))
}

/// Writes what `write` writes to standard output, flushed.
fn print_with(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<bool, Failure> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    write(&mut out)
        .and_then(|()| out.flush())
        .map_err(|error| Failure::Output(STDOUT.to_owned(), error))?;
    Ok(true)
}

/// The first output flag set that does not fit the format, if any:
/// `--pretty` indents JSON only; `--bom`, `--raw-cells` and `--no-header`
/// are CSV's.
fn misfit(options: &OutputOptions) -> Option<&'static str> {
    let csv = matches!(options.format, Format::Csv | Format::CsvFacts);
    if options.pretty && options.format != Format::Json {
        Some("--pretty")
    } else if options.bom && !csv {
        Some("--bom")
    } else if options.raw_cells && !csv {
        Some("--raw-cells")
    } else if options.no_header && !csv {
        Some("--no-header")
    } else {
        None
    }
}

/// Whether standard input is a regular file (`< file`), not a pipe or terminal.
fn stdin_is_a_file() -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let Ok(fd) = io::stdin().as_fd().try_clone_to_owned() else {
            return false;
        };
        std::fs::File::from(fd)
            .metadata()
            .is_ok_and(|m| m.file_type().is_file())
    }
    #[cfg(not(unix))]
    false
}

/// Returns whether every input was processed.
fn run_extract(args: ExtractArgs) -> Result<bool, Failure> {
    let started = Instant::now();
    let filter = NameFilter::new(&args.read.glob);
    let options = BatchOptions {
        document: Options {
            explain: args.explain,
            ..args.read.options()
        },
        max_file_size: args.read.max_file_size,
        jobs: args.jobs,
    };
    let output_options = OutputOptions {
        format: args.format,
        pretty: args.pretty,
        bom: args.bom,
        raw_cells: args.raw_cells,
        no_header: args.no_header,
    };
    if let Some(flag) = misfit(&output_options) {
        return Err(Failure::Usage(format!(
            "{flag} does not fit --format {}",
            Format::value_variants()
                .iter()
                .find(|f| **f == output_options.format)
                .and_then(|f| f.to_possible_value())
                .map_or_else(String::new, |v| v.get_name().to_owned())
        )));
    }
    args.read.check_input("extract")?;
    let output_path = args.output.as_deref().filter(|p| p.as_os_str() != "-");
    // A workbook is binary and readable only whole: a terminal or pipe is no place for it.
    if output_options.format == Format::Xlsx && output_path.is_none() {
        return Err(Failure::Usage(
            "XLSX needs a file: pass -o FILE.xlsx (not standard output)".to_owned(),
        ));
    }
    let output_name = output_path.map_or(STDOUT.to_owned(), |p| p.display().to_string());
    let output_failed = |error| Failure::Output(output_name.clone(), error);
    // Checked before anything is written; an output met in a walk stops it.
    let output_id = output_path.and_then(file::identity);
    if let Some(failure) = output_path.and_then(|p| output_among_inputs(p, &args.read.paths)) {
        return Err(failure);
    }
    let mut out = match output_path {
        Some(path) => OutputFile::open(path).map_err(output_failed)?,
        None => OutputFile::stdout(),
    };
    let output_met = Arc::new(AtomicBool::new(false));
    let temp_id = out.temp_id();
    let inputs = || {
        args.read
            .inputs(&filter)
            .skip(temp_id)
            .stop_at(output_id, output_met.clone())
    };
    // The bar's total costs a first walk of the tree (names only); the walk that
    // processes them streams, so memory does not grow with the archive.
    let show_progress = !args.quiet && io::stderr().is_terminal();
    let total = show_progress.then(|| inputs().count() as u64);
    let progress = progress_bar(total);
    let (mut records, mut errors, mut bytes) = (0u64, 0u64, 0u64);
    // Counted as the walk hands them out, apart from the records written.
    let taken = AtomicU64::new(0);
    let inputs = inputs().inspect(|_| {
        taken.fetch_add(1, Ordering::Relaxed);
    });
    let mut writer = output::writer(out.writer(), output_options).map_err(output_failed)?;
    // JSON Lines on standard input is a stream of articles: the line protocol.
    let line_protocol = options.document.input.format == InputFormat::Jsonl
        && args.read.paths.iter().all(|p| p.as_os_str() == "-")
        && args.read.paths.len() <= 1;
    // A pipe's reader waits on each record; a file's does not.
    let flush_each = line_protocol && !stdin_is_a_file();
    let extractor = Extractor::new(options.document.clone());
    let max_line = options.max_file_size;
    let emit = |record: &vnextract::Record, processed: batch::Processed| {
        if let Some(error) = &record.error {
            errors += 1;
            let hint = processed.error.as_ref().map_or("", hint);
            let message = format!("vnextract: {}: {error}{hint}", record.source);
            progress.suspend(|| eprintln!("{}", escaped(&message)));
        }
        bytes += processed.bytes;
        records += 1;
        if show_progress {
            // The bar counts inputs: a file of records gives many.
            progress.inc(u64::from(processed.input_done));
            let seconds = started.elapsed().as_secs_f64().max(1e-9);
            progress.set_message(format!(
                "{:.1} MB/s, {errors} errors",
                bytes as f64 / 1e6 / seconds
            ));
        }
        writer.write(record)?;
        if flush_each {
            writer.flush()?;
        }
        Ok(())
    };
    if line_protocol {
        lines::run(io::stdin().lock(), "-", &extractor, max_line, emit)
    } else {
        batch::run(inputs, options, emit)
    }
    .map_err(output_failed)?;
    writer.finish().map_err(output_failed)?;
    drop(writer);
    progress.finish_and_clear();
    if output_met.load(Ordering::SeqCst) {
        // Dropping `out` removes what was written so far.
        return Err(Failure::Usage(format!(
            "the output {output_name} is also an input (met while walking a directory); \
             write the output elsewhere"
        )));
    }
    out.finish().map_err(output_failed)?;
    if !args.quiet {
        eprintln!(
            "vnextract: {} inputs, {records} records, {errors} errors, {:.1} MB in {:.2} s",
            // Each line of the line protocol is an input.
            if line_protocol {
                records
            } else {
                taken.load(Ordering::Relaxed)
            },
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

/// Prints each input's normalized text; returns whether every input was read.
fn run_normalize(args: NormalizeArgs) -> Result<bool, Failure> {
    args.read.check_input("normalize")?;
    let filter = NameFilter::new(&args.read.glob);
    let inputs: Vec<input::Input> = args.read.inputs(&filter).collect();
    let extractor = Extractor::new(args.read.options());
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let output_failed = |error| Failure::Output(STDOUT.to_owned(), error);
    let mut all_ok = true;
    for item in &inputs {
        let texts = match input::read(item, args.read.max_file_size) {
            Ok(bytes) => extractor.normalize_file(&item.name, bytes),
            Err(error) => vec![(item.name.clone(), Err(error))],
        };
        let several = inputs.len() > 1 || texts.len() > 1;
        for (name, text) in texts {
            match text {
                Ok(normalized) => {
                    if several {
                        writeln!(out, "==> {name} <==").map_err(output_failed)?;
                    }
                    out.write_all(normalized.as_bytes())
                        .map_err(output_failed)?;
                    if !normalized.ends_with('\n') {
                        out.write_all(b"\n").map_err(output_failed)?;
                    }
                }
                Err(error) => {
                    all_ok = false;
                    let message = format!("vnextract: {name}: {error}{}", hint(&error));
                    eprintln!("{}", escaped(&message));
                }
            }
        }
    }
    out.flush().map_err(output_failed)?;
    Ok(all_ok)
}

/// Scores the extraction of the gold file's documents; returns whether every
/// field reached `--min`.
fn run_eval(args: EvalArgs) -> Result<bool, Failure> {
    use std::collections::HashMap;
    use vnextract::eval;

    if args.read.paths.is_empty() {
        return Err(Failure::Usage(
            "eval needs the documents: vnextract eval GOLD.jsonl PATH...".to_owned(),
        ));
    }
    let gold_text = std::fs::read_to_string(&args.gold).map_err(|e| {
        Failure::Usage(format!(
            "{}: {}",
            args.gold.display(),
            input::io_message(&e)
        ))
    })?;
    let gold = eval::gold::parse(&gold_text)
        .map_err(|e| Failure::Usage(format!("{}: {e}", args.gold.display())))?;
    if gold.is_empty() {
        return Err(Failure::Usage(format!(
            "{}: no gold answers in it",
            args.gold.display()
        )));
    }
    let inputs = input::collect(&args.read.paths, &NameFilter::new(&args.read.glob));
    let extractor = Extractor::new(Options {
        explain: true,
        ..args.read.options()
    });
    let (evaluation, records) = eval::evaluate(&gold, &inputs, &extractor, args.read.max_file_size)
        .map_err(|e| {
            Failure::Usage(match e.path() {
                Some(path) => format!("{path}: {e}{}", hint(&e)),
                None => e.to_string(),
            })
        })?;
    // The normalized text of each document with a miss, for the context.
    let mut texts = HashMap::new();
    if args.misses {
        // `evaluate` has checked that each gold id names one input.
        let by_id: HashMap<&str, &input::Input> = inputs
            .iter()
            .filter_map(|i| Some((eval::document_id(&i.name)?, i)))
            .collect();
        for miss in &evaluation.misses {
            if texts.contains_key(&miss.id) {
                continue;
            }
            if let Some(item) = by_id.get(miss.id.as_str()) {
                // The text of the document's first article, as its record was read.
                let text = input::read(item, args.read.max_file_size).and_then(|bytes| {
                    let mut texts = extractor.normalize_file(&item.name, bytes);
                    texts.swap_remove(0).1
                });
                if let Ok(normalized) = text {
                    texts.insert(miss.id.clone(), normalized);
                }
            }
        }
    }
    // Why each single-valued value was chosen, for its misses.
    let mut explain = HashMap::new();
    for miss in evaluation.misses.iter().filter(|m| m.field.is_single()) {
        let why = records[&miss.id]
            .explain
            .as_ref()
            .map(|e| match miss.field {
                eval::Field::EventDate => e.event_date.clone(),
                eval::Field::Presiding => e.presiding.clone(),
                _ => e.province.clone(),
            });
        if let Some(why) = why {
            explain.insert((miss.id.clone(), miss.field), why);
        }
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    write_eval(&mut out, &args, &evaluation, &texts, &explain)
        .map_err(|e| Failure::Output(STDOUT.to_owned(), e))?;
    let below = evaluation.below(args.min);
    for (field, score) in &below {
        eprintln!(
            "vnextract: {} scores {score:.3}, below --min {}",
            field.name(),
            args.min
        );
    }
    Ok(below.is_empty())
}

/// The report of `vnextract eval` in the format asked.
fn write_eval(
    out: &mut dyn Write,
    args: &EvalArgs,
    evaluation: &vnextract::eval::Evaluation,
    texts: &std::collections::HashMap<String, String>,
    explain: &std::collections::HashMap<(String, vnextract::eval::Field), String>,
) -> io::Result<()> {
    use vnextract::eval;
    match args.format {
        EvalFormat::Text => {
            eval::report::write_table(out, evaluation)?;
            if args.misses {
                writeln!(out)?;
                eval::report::write_misses(out, evaluation, texts, explain)?;
            }
        }
        EvalFormat::Json => {
            let value = eval::report::to_json(evaluation, texts, explain, args.misses);
            serde_json::to_writer_pretty(&mut *out, &value).map_err(io::Error::from)?;
            writeln!(out)?;
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escaped("báo cáo.txt"), "báo cáo.txt");
        assert_eq!(escaped("a\x1b[31m.txt"), "a\\x1b[31m.txt");
        assert_eq!(escaped("a\nb\u{9b}c"), "a\\x0ab\\u{9b}c");
    }
}
