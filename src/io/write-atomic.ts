// Report files are written whole or not at all (SPEC): each goes to a temporary file in the
// target directory, is flushed to disk, and is then renamed over its target. A rename within one
// directory is atomic, so a reader, or a crash, sees either the old file or the new one, never
// a half-written one.

// An interrupted run (Ctrl-C, SIGTERM) removes the temporary files it has made before it exits,
// so it leaves no half-written or temporary file behind: each target is its old file or its new.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { RunError } from '../errors.js';
import { describeFsError } from './fs-error.js';

export interface OutputFile {
  /** A plain file name; the file is written into the target directory. */
  name: string;
  /**
   * Text is written as UTF-8 (a BOM only if the text starts with one); bytes as they are; pieces
   * (made as it is written) one after the other, text as UTF-8 and bytes as they are.
   */
  content: string | Uint8Array | Iterable<Piece> | AsyncIterable<Piece>;
}

/** A piece of a file made as it is written: text, or bytes already UTF-8 (made on another thread). */
export type Piece = string | Uint8Array;

/** Temporary files not yet renamed or removed: what an interrupted run must remove. */
const pending = new Set<string>();

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Removes the pending temporary files and exits as the signal asks (128 + its number). */
function onSignal(signal: keyof typeof SIGNALS): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
  process.stderr.write(`exchange: interrupted (${signal}); no report file was left half-written\n`);
  process.exit(SIGNALS[signal]);
}

function guardSignals(on: boolean): void {
  for (const signal of Object.keys(SIGNALS) as Array<keyof typeof SIGNALS>) {
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
}

/** Writes `files` into `dir` (created if missing) and returns their paths, in order. */
export async function writeFilesAtomically(dir: string, files: OutputFile[], inputs: string[]): Promise<string[]> {
  const batch = await beginAtomicWrite(dir, files.map(({ name }) => name), inputs);
  for (const file of files) batch.write(file);
  return batch.commit();
}

/**
 * Files written as they become ready, all renamed into place at the end: each file's bytes go to
 * disk (and are flushed) while the next one is still being made.
 */
export interface AtomicWrite {
  /**
   * Starts writing one of the named files to its temporary file; resolves once its content is
   * all handed to the file (pieces made and written), before the flush. Failures are commit's.
   */
  write(file: OutputFile): Promise<void>;
  /** Waits for every file, renames each over its target (in the order named) and returns their paths. */
  commit(): Promise<string[]>;
  /** Removes the temporary files, replacing nothing (when making a file failed). */
  abort(): Promise<void>;
}

/** Plans the writing of the files `names` into `dir` (created if missing); nothing is replaced before commit. */
export async function beginAtomicWrite(dir: string, names: readonly string[], inputs: string[]): Promise<AtomicWrite> {
  const plan = names.map((name) => ({
    name,
    target: join(dir, name),
    temp: join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`),
  }));
  await refuseToOverwriteInputs(plan.map(({ target }) => target), inputs);
  await attempt(dir, () => makeDirectories(dir));
  guardSignals(true);
  for (const { temp } of plan) pending.add(temp);
  const writing = new Map<string, Promise<void>>();
  let finished = false;
  const finish = async () => {
    // After success every temporary file has been renamed away and this removes nothing.
    await Promise.allSettled(writing.values());
    await Promise.all(plan.map(({ temp }) => rm(temp, { force: true })));
    for (const { temp } of plan) pending.delete(temp);
    guardSignals(false);
    finished = true;
  };
  return {
    write({ name, content }) {
      const at = plan.find((p) => p.name === name);
      if (at === undefined || writing.has(name) || finished) throw new Error(`write-atomic: ${name} is not a file to write now`);
      let handedOver!: () => void;
      const consumed = new Promise<void>((resolve) => (handedOver = resolve));
      const written = attempt(at.target, () => writeDurably(at.temp, content, handedOver));
      written.catch(() => {}); // reported by commit, in the order named
      writing.set(name, written);
      return Promise.race([consumed, written.then(() => {}, () => {})]);
    },
    async commit() {
      try {
        // Every file is complete on disk before the first rename, so a failure while writing
        // replaces nothing.
        for (const { name } of plan) {
          const written = writing.get(name);
          if (written === undefined) throw new Error(`write-atomic: ${name} was never written`);
          await written;
        }
        for (const { target, temp } of plan) {
          await attempt(target, () => rename(temp, target));
          pending.delete(temp);
        }
      } finally {
        await finish();
      }
      return plan.map(({ target }) => target);
    },
    abort: finish,
  };
}

/**
 * `dir` and every missing directory above it, made one at a time from the top. Not
 * `mkdir(dir, { recursive: true })`: Node's walk never returns where a directory exists but
 * cannot hold a new one (under /proc, or a link to nowhere), since making the child says ENOENT
 * and its parent is there, so it makes the parent again, forever. Here that ENOENT is the answer.
 */
export async function makeDirectories(dir: string): Promise<void> {
  const target = resolve(dir);
  const missing: string[] = [];
  for (let at = target; ; ) {
    try {
      // A file where the directory should be: making it says so (EEXIST).
      if (!(await stat(at)).isDirectory()) missing.push(at);
      break;
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') throw error;
      missing.push(at);
      const parent = dirname(at);
      if (parent === at) break;
      at = parent;
    }
  }
  for (const path of missing.reverse()) {
    try {
      await mkdir(path);
    } catch (error) {
      // A directory above made meanwhile, or a link (to nowhere, perhaps: then making the next
      // one says so); the directory itself made meanwhile.
      if (codeOf(error) === 'EEXIST' && (path !== target || (await stat(path).then((s) => s.isDirectory(), () => false)))) continue;
      throw error;
    }
  }
}

const codeOf = (error: unknown): unknown => (error instanceof Error && 'code' in error ? error.code : undefined);

/**
 * `--out .` next to the inputs, or an input named `ledger.csv`, must not destroy an input.
 * Paths are compared after resolving symbolic links; a target that does not exist yet cannot be
 * an input.
 */
async function refuseToOverwriteInputs(targets: string[], inputs: string[]): Promise<void> {
  const inputPaths = new Map<string, string>();
  for (const input of inputs) inputPaths.set(await canonical(input), input);
  for (const target of targets) {
    const input = inputPaths.get(await canonical(target));
    if (input !== undefined) {
      throw new RunError(`refusing to write ${target}: it would overwrite the input file ${input}`);
    }
  }
}

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** Characters (or bytes) of pieces written at a time. */
const WRITE_CHARS = 1 << 19;

/** Writes the content (text as UTF-8, pieces in turn) and flushes it, so the rename never exposes unwritten data. */
async function writeDurably(path: string, content: OutputFile['content'], handedOver: () => void = () => {}): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else if (content instanceof Uint8Array) await handle.writeFile(content);
    else {
      // Pieces gathered to about a megabyte a write, each write from where the last one ended.
      // Pieces made on another thread come as they are ready (an async iterable); pieces made
      // here are taken without a wait each (report.html has hundreds of thousands).
      let texts: string[] = [];
      let batch: Uint8Array[] = [];
      let length = 0;
      /** The text gathered since the last bytes, as bytes in the batch. */
      const encodeTexts = () => {
        if (texts.length === 0) return;
        batch.push(Buffer.from(texts.join(''), 'utf8'));
        texts = [];
      };
      /** Takes a piece; true when the batch is due to be written. */
      const add = (piece: Piece) => {
        if (typeof piece === 'string') texts.push(piece);
        else {
          encodeTexts();
          batch.push(piece);
        }
        length += piece.length;
        return length >= WRITE_CHARS;
      };
      const flush = async () => {
        encodeTexts();
        // writeFile writes every byte (writev may stop short, and would leave the rest to us).
        await handle.writeFile(batch.length === 1 ? batch[0]! : Buffer.concat(batch));
        batch = [];
        length = 0;
      };
      if (Symbol.asyncIterator in content) {
        for await (const piece of content) if (add(piece)) await flush();
      } else for (const piece of content) if (add(piece)) await flush();
      if (batch.length > 0 || texts.length > 0) await flush();
    }
    handedOver();
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Runs a file-system step, turning its failure into a one-line RunError naming `path`. */
async function attempt(path: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    const detail = describeFsError(error);
    if (detail === undefined) throw error;
    throw new RunError(`cannot write ${path}: ${detail}`);
  }
}
