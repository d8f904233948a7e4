//! Runs many inputs through the pipeline in parallel and hands the records
//! back in input order, chunk by chunk, so output is identical whatever the
//! number of jobs and memory holds at most three chunks of records at a time.

use std::sync::mpsc;

use rayon::prelude::*;

use crate::input::{self, Input};
use crate::{Error, Extractor, Options, Record};

/// Batch settings.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// How each document is read and normalized.
    pub document: Options,
    /// Files larger than this many bytes get an error record unread.
    pub max_file_size: u64,
    /// Worker threads; 0 means one per core. Never more than [`MAX_JOBS`]
    /// nor than there are inputs.
    pub jobs: usize,
}

/// The most worker threads a run starts, whatever `jobs` asks: each costs a
/// stack and a share of the extractors' one-time builds, and 1,024 threads
/// burned 4.6 s of CPU on one small file while 20,000 aborted the process.
pub const MAX_JOBS: usize = 256;

/// The workers for `jobs` (0: one per core) and `inputs` inputs: at least
/// one, at most [`MAX_JOBS`] and `inputs`.
pub(crate) fn workers(jobs: usize, inputs: usize) -> usize {
    let jobs = match jobs {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        jobs => jobs,
    };
    jobs.min(MAX_JOBS).min(inputs).max(1)
}

/// What one processed input reports besides its record.
#[derive(Debug)]
pub struct Processed {
    /// How many bytes of the input were read.
    pub bytes: u64,
    /// Why the input failed, when its record is an error record (whose
    /// `error` is this error's message).
    pub error: Option<Error>,
    /// Whether this is the input's last record (a file of records gives
    /// one per article).
    pub input_done: bool,
}

/// Inputs a worker reads and extracts together (see
/// [`Extractor::extract_batch`]): 128 generated reports took about a
/// quarter less time than one at a time, 32 about a sixth less, more than 128
/// no less.
const BATCH: usize = 128;

/// A worker extracts what it has read once it holds this many bytes, so a
/// batch never holds more than this and one more file, however large.
const BATCH_BYTES: usize = 4 << 20;

/// Batches per worker in a parallel chunk: enough to keep every worker busy
/// while the records of the chunk before are written, few enough that the
/// records waiting to be written stay small.
const BATCHES_PER_WORKER: usize = 2;

/// Reads and processes `inputs`, calling `emit` with each record in input
/// order. Stops early (returning the error) when `emit` fails, e.g. on a
/// closed pipe.
///
/// `emit` runs on the calling thread while the workers already process the
/// next chunk, so writing output overlaps extraction instead of idling them.
pub fn run<E>(
    inputs: impl IntoIterator<Item = Input, IntoIter: Send>,
    options: BatchOptions,
    mut emit: impl FnMut(&Record, Processed) -> Result<(), E>,
) -> Result<(), E> {
    // No more workers than inputs: up to one per job is looked at first.
    let mut inputs = inputs.into_iter();
    let first: Vec<Input> = inputs
        .by_ref()
        .take(workers(options.jobs, usize::MAX))
        .collect();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(workers(options.jobs, first.len()))
        .build();
    let mut inputs = first.into_iter().chain(inputs);
    let process = |inputs: &[Input]| read_and_process(inputs, &options, BATCH_BYTES);
    let workers = pool
        .as_ref()
        .map_or(1, rayon::ThreadPool::current_num_threads);
    let chunk_len = BATCH * BATCHES_PER_WORKER * workers;
    // The extractors' one-time builds, shared out among the workers.
    if let Ok(pool) = &pool
        && workers > 1
    {
        let extractor = Extractor::new(options.document.clone());
        pool.broadcast(|ctx| extractor.warm_up(ctx.index(), ctx.num_threads()));
    }
    std::thread::scope(|scope| {
        // One chunk waits in the channel while the next is processed: memory
        // holds at most three chunks of records.
        let (done, ready) = mpsc::sync_channel::<Vec<(Record, Processed)>>(1);
        scope.spawn(move || {
            loop {
                // Inputs are taken a chunk at a time, so a lazy walk stays lazy.
                let chunk: Vec<Input> = inputs.by_ref().take(chunk_len).collect();
                if chunk.is_empty() {
                    return;
                }
                // A short chunk (a small run, or a long run's last) is
                // shared by every worker all the same.
                let batch = BATCH.min(chunk.len().div_ceil(workers));
                // Standard input cannot be shared between threads; it is one input anyway.
                let records = match &pool {
                    Ok(pool) if chunk.len() > 1 => {
                        pool.install(|| chunk.par_chunks(batch).flat_map_iter(process).collect())
                    }
                    _ => chunk.chunks(batch).flat_map(process).collect(),
                };
                // The receiver is gone when `emit` failed: stop reading.
                if done.send(records).is_err() {
                    return;
                }
            }
        });
        for records in ready {
            for (record, processed) in records {
                emit(&record, processed)?;
            }
        }
        Ok(())
    })
}

/// Reads a batch's inputs and processes them together, a group at a time:
/// a group ends once it holds `group_bytes` bytes. Records come in input order.
fn read_and_process(
    inputs: &[Input],
    options: &BatchOptions,
    group_bytes: usize,
) -> Vec<(Record, Processed)> {
    let extractor = Extractor::new(options.document.clone());
    let mut done = Vec::with_capacity(inputs.len());
    let mut group = Vec::new();
    let mut held = 0;
    for input in inputs {
        let read = input::read(input, options.max_file_size);
        held += read.as_ref().map_or(0, Vec::len);
        group.push((input, read));
        if held >= group_bytes {
            process_group(&mut group, &extractor, &mut done);
            held = 0;
        }
    }
    process_group(&mut group, &extractor, &mut done);
    done
}

/// Processes the inputs of `group` (each read, or why not), emptying it, and
/// appends their records to `done` in the same order: one per document,
/// one per article of a file of records.
fn process_group(
    group: &mut Vec<(&Input, Result<Vec<u8>, Error>)>,
    extractor: &Extractor,
    done: &mut Vec<(Record, Processed)>,
) {
    let mut files = Vec::with_capacity(group.len());
    for (input, read) in group.iter_mut() {
        if let Ok(bytes) = read {
            files.push((input.name.as_str(), std::mem::take(bytes)));
        }
    }
    let sizes: Vec<u64> = files.iter().map(|(_, b)| b.len() as u64).collect();
    let mut records = extractor
        .extract_files_with_errors(files)
        .into_iter()
        .zip(sizes);
    for (input, read) in group.drain(..) {
        match read {
            Ok(_) => {
                let (file, bytes) = records.next().expect("records for every file");
                let last = file.len().saturating_sub(1);
                for (at, (record, error)) in file.into_iter().enumerate() {
                    let processed = Processed {
                        // The input's bytes count once, with its first record.
                        bytes: if at == 0 { bytes } else { 0 },
                        error,
                        input_done: at == last,
                    };
                    done.push((record, processed));
                }
            }
            Err(error) => done.push((
                Record::failed(&input.name, &error),
                Processed {
                    bytes: 0,
                    error: Some(error),
                    input_done: true,
                },
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::input::{NameFilter, Source};

    /// The text fixtures (every encoding), with inputs that cannot be read among them.
    fn inputs() -> Vec<Input> {
        let text = NameFilter::new(&["*.txt".parse().unwrap()]);
        let mut inputs = input::collect(&[PathBuf::from("fixtures")], &text);
        assert!(inputs.len() > 10, "{}", inputs.len());
        let missing = Input {
            name: "missing.txt".into(),
            source: Source::File("fixtures/no such file.txt".into()),
        };
        inputs.insert(3, missing.clone());
        inputs.insert(0, missing.clone());
        inputs.push(missing);
        inputs
    }

    fn options() -> BatchOptions {
        BatchOptions {
            document: Options::default(),
            max_file_size: 1 << 20,
            jobs: 1,
        }
    }

    /// Whatever the grouping, each input gets the record it gets alone, in
    /// input order.
    #[test]
    fn grouped_inputs_get_the_records_they_get_one_by_one() {
        let inputs = inputs();
        let alone: Vec<Record> = inputs
            .iter()
            .map(|input| match input::read(input, 1 << 20) {
                Ok(bytes) => Extractor::default().extract_owned_bytes(&input.name, bytes),
                Err(error) => Record::failed(&input.name, &error),
            })
            .collect();
        assert_eq!(alone.iter().filter(|r| r.error.is_some()).count(), 3);
        // One group per input, a few groups, and one group for all.
        for group_bytes in [1, 20_000, usize::MAX] {
            let records: Vec<Record> = read_and_process(&inputs, &options(), group_bytes)
                .into_iter()
                .map(|(record, _)| record)
                .collect();
            assert_eq!(records, alone, "groups of {group_bytes} bytes");
        }
    }

    #[test]
    fn workers_are_clamped_to_the_inputs_and_the_maximum() {
        assert_eq!(workers(20_000, 1), 1);
        assert_eq!(workers(20_000, 100_000), MAX_JOBS);
        assert_eq!(workers(4, 3), 3);
        assert_eq!(workers(4, 0), 1);
        assert_eq!(workers(2, 10), 2);
        assert!((1..=MAX_JOBS).contains(&workers(0, 100_000)));
    }

    #[test]
    fn run_emits_every_record_in_input_order_whatever_the_jobs() {
        let inputs = inputs();
        let names: Vec<String> = inputs.iter().map(|i| i.name.clone()).collect();
        for jobs in [1, 2, 3, 20_000] {
            let mut emitted = Vec::new();
            run(
                inputs.clone(),
                BatchOptions { jobs, ..options() },
                |record, _| {
                    emitted.push(record.source.clone());
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(emitted, names, "{jobs} jobs");
        }
    }
}
