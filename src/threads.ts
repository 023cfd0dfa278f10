// How many threads a run may use: EXCHANGE_WORKERS, else the cores. Reading two lists, scoring
// and writing large CSV reports each ask here, so that EXCHANGE_WORKERS=1 keeps a whole run on
// one thread.
import { availableParallelism } from 'node:os';

/**
 * Threads a run may use: `EXCHANGE_WORKERS` when set (1: this thread only), else the cores the
 * machine offers, at most 4 (past that, posting shares costs more than it saves). Reading the
 * two lists uses two of them (read-list.ts).
 */
export function scoringThreads(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  return askedThreads(env) ?? Math.max(1, Math.min(4, cores));
}

/** EXCHANGE_WORKERS as a number of threads (at most 16), if it is one. */
function askedThreads(env: NodeJS.ProcessEnv): number | undefined {
  const asked = Number.parseInt(env.EXCHANGE_WORKERS ?? '', 10);
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, 16) : undefined;
}

/** Cores below which a scoring pool is not started unless EXCHANGE_WORKERS asks for one. */
const MIN_CORES_FOR_POOL = 4;

/**
 * Threads the scoring is shared over: `EXCHANGE_WORKERS` when set, else scoringThreads() on a
 * machine of 4 cores or more, and this thread alone on fewer. Measured on 2 cores, a scoring
 * worker made every size slower (100,000 a side: 11.7–12.0 s against 10.1–10.6 s; a million:
 * 166 s and 4,789 MiB against 156 s and 3,732 MiB): the worker takes the core the garbage collector's
 * helper threads would use, and building the records' features twice costs more than the half
 * of the scoring it takes.
 */
export function poolThreads(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  return askedThreads(env) !== undefined || cores >= MIN_CORES_FOR_POOL ? scoringThreads(env, cores) : 1;
}

/**
 * Whether this code can start worker threads: only compiled code can (a worker runs a file of
 * dist/; the tests import src/ directly, and do everything on one thread).
 */
export const canStartWorkers = import.meta.url.endsWith('.js');

/** The compiled program's root (dist/): this file sits there as dist/threads.js, and so does the bundle it is part of. */
const CODE_ROOT = new URL('./', import.meta.url);

/**
 * A worker thread's script by its name in dist/: `csv-worker.js`, each worker bundled into one
 * file there (scripts/bundle.mjs) as the command is. Resolved from this file rather than from
 * each caller, because bin/exchange.js runs the one-file bundle dist/exchange.js, where every
 * module's own location is the bundle's.
 */
export function workerScript(path: string): URL {
  return new URL(path, CODE_ROOT);
}
