//! Runs many inputs through the pipeline in parallel and hands the records
//! back in input order, chunk by chunk, so output is identical whatever the
//! number of jobs and memory holds at most three chunks of records at a time.

use std::sync::mpsc;

use rayon::prelude::*;

use crate::input::{self, Input};
use crate::{Options, Record, process_owned_bytes};

/// Batch settings.
#[derive(Debug, Clone, Copy)]
pub struct BatchOptions {
    pub document: Options,
    /// Files larger than this many bytes get an error record unread.
    pub max_file_size: u64,
    /// Worker threads; 0 means one per core.
    pub jobs: usize,
}

/// What one processed input reports besides its record.
#[derive(Debug, Clone, Copy)]
pub struct Processed {
    pub bytes: u64,
}

/// Inputs per parallel chunk: enough to keep every core busy, few enough
/// that the records waiting to be written stay small.
const CHUNK: usize = 256;

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
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs)
        .build();
    let process = |input: &Input| -> (Record, Processed) {
        match input::read(input, options.max_file_size) {
            Ok(bytes) => {
                let size = bytes.len() as u64;
                (
                    process_owned_bytes(&input.name, bytes, options.document),
                    Processed { bytes: size },
                )
            }
            Err(message) => (Record::failed(&input.name, message), Processed { bytes: 0 }),
        }
    };
    let mut inputs = inputs.into_iter();
    std::thread::scope(|scope| {
        // One chunk waits in the channel while the next is processed: memory
        // holds at most three chunks of records.
        let (done, ready) = mpsc::sync_channel::<Vec<(Record, Processed)>>(1);
        scope.spawn(move || {
            loop {
                // Inputs are taken a chunk at a time, so a lazy walk stays lazy.
                let chunk: Vec<Input> = inputs.by_ref().take(CHUNK).collect();
                if chunk.is_empty() {
                    return;
                }
                // Standard input cannot be shared between threads; it is one input anyway.
                let records = match &pool {
                    Ok(pool) if chunk.len() > 1 => {
                        pool.install(|| chunk.par_iter().map(process).collect())
                    }
                    _ => chunk.iter().map(process).collect(),
                };
                // The receiver is gone when `emit` failed: stop reading.
                if done.send(records).is_err() {
                    return;
                }
            }
        });
        for records in ready {
            for (record, processed) in &records {
                emit(record, *processed)?;
            }
        }
        Ok(())
    })
}
