// Batches scored on several cores: the engine's thread takes the first share of a batch and each
// worker thread (score-worker.ts) the next ones. The call stays synchronous, so the engine reads
// the same whichever scorer it has: the engine posts each worker its share, scores its own, then
// waits on a shared flag (Atomics.wait) and takes each worker's answer off its port
// (receiveMessageOnPort). A worker holds its own features of every record the engine registered,
// built from the same fields by the same code, and the model the engine last scored with; each
// pair's answer is the one this thread would give, so the output does not depend on the number
// of workers.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { RunError } from '../../errors.js';
import type { PersonRecord } from '../../model.js';
import type { TagConvention } from '../../remains/identifier.js';
import { emptyScores, levelsRange, LOCAL_SCORER, rangeTicker, scoreRange, type PairScores, type Scorer } from './batch.js';
import type { Step } from '../../progress.js';
import type { Comparison } from './comparisons.js';
import { packDate, type Features } from './features.js';
import type { Model } from './model.js';
import type { PairLevels } from './pair-levels.js';
import { canStartWorkers, poolThreads, workerScript } from '../../threads.js';

const WORKER = workerScript('score-worker.js');
/** Longest wait for a worker's share: far longer than any share takes (seconds, at a million a side). */
const ANSWER_WITHIN_MS = 10 * 60_000;
/** A batch smaller than this is scored here: posting it would cost more than it saves. */
const MIN_SHARED_BATCH = 4_000;

/** The fields of a record its features are built from (featuresOf). */
export type RecordFields = Pick<PersonRecord, 'index' | 'surname' | 'givenName' | 'patronymic' | 'sex' | 'dateOfBirth' | 'serviceNumber' | 'tag' | 'dnaSampleId' | 'recoveredOn'>;

/**
 * Records as they cross to a worker: a column per field, numbers in typed arrays. Copying a few
 * arrays of strings costs a fraction of copying as many objects.
 */
export interface RecordColumns {
  index: Int32Array;
  surname: Array<string | undefined>;
  givenName: Array<string | undefined>;
  patronymic: Array<string | undefined>;
  sex: Array<PersonRecord['sex']>;
  serviceNumber: Array<string | undefined>;
  tag: Array<string | undefined>;
  dnaSampleId: Array<string | undefined>;
  /** year * 10,000 + month * 100 + day; 0 for no date, and 0 for an unknown month or day. */
  dateOfBirth: Int32Array;
  recoveredOn: Int32Array;
}

type DateField = PersonRecord['dateOfBirth'];
const unpackDate = (packed: number): DateField => {
  if (packed === 0) return undefined;
  const [year, month, day] = [Math.floor(packed / 10_000), Math.floor(packed / 100) % 100, packed % 100];
  return { year, ...(month > 0 ? { month } : {}), ...(day > 0 ? { day } : {}) };
};

export function toColumns(records: readonly RecordFields[]): RecordColumns {
  return {
    index: Int32Array.from(records, (r) => r.index),
    surname: records.map((r) => r.surname),
    givenName: records.map((r) => r.givenName),
    patronymic: records.map((r) => r.patronymic),
    sex: records.map((r) => r.sex),
    serviceNumber: records.map((r) => r.serviceNumber),
    tag: records.map((r) => r.tag),
    dnaSampleId: records.map((r) => r.dnaSampleId),
    dateOfBirth: Int32Array.from(records, (r) => packDate(r.dateOfBirth)),
    recoveredOn: Int32Array.from(records, (r) => packDate(r.recoveredOn)),
  };
}

export function fromColumns(columns: RecordColumns): RecordFields[] {
  return Array.from(columns.index, (index, i) => ({
    index,
    surname: columns.surname[i], givenName: columns.givenName[i], patronymic: columns.patronymic[i], sex: columns.sex[i],
    serviceNumber: columns.serviceNumber[i], tag: columns.tag[i], dnaSampleId: columns.dnaSampleId[i],
    dateOfBirth: unpackDate(columns.dateOfBirth[i]!), recoveredOn: unpackDate(columns.recoveredOn[i]!),
  }));
}

export type ToWorker =
  | { type: 'records'; records: RecordColumns; convention: TagConvention | undefined }
  | { type: 'model'; model: SentModel }
  | { type: 'scores'; x: Int32Array; y: Int32Array; whyFrom: number }
  | { type: 'levels'; x: Int32Array; y: Int32Array; swappedUpTo: number };

export type FromWorker =
  | { type: 'scores'; scores: Omit<PairScores, 'why'>; why: Array<string | undefined> }
  | { type: 'levels'; levels: Uint8Array[] }
  | { type: 'error'; message: string };

/** A model as it crosses to a worker: its comparisons by position in the setup, without their functions. */
export interface SentModel {
  prior: number;
  source: Model['source'];
  iterations: number;
  comparisons: Array<{ m: number[]; u: number[]; weight: number[]; frequency?: Map<string, number>; meanAgreement?: number }>;
}

export const sendModel = (model: Model): SentModel => ({
  prior: model.prior,
  source: model.source,
  iterations: model.iterations,
  comparisons: model.comparisons.map((c) => ({
    m: c.m, u: c.u, weight: c.weight,
    ...(c.frequency ? { frequency: c.frequency } : {}),
    ...(c.meanAgreement !== undefined ? { meanAgreement: c.meanAgreement } : {}),
  })),
});

export const receiveModel = (sent: SentModel, comparisons: readonly Comparison[]): Model => ({
  prior: sent.prior,
  source: sent.source,
  iterations: sent.iterations,
  comparisons: sent.comparisons.map((c, i) => ({ comparison: comparisons[i]!, ...c })),
});

interface Helper {
  worker: Worker;
  port: MessagePort;
  /** 0 while the worker works on a share, 1 when its answer is on the port. */
  flag: Int32Array;
}

export class ScorePool implements Scorer {
  private readonly helpers: Helper[];
  /** Features registered so far, at their numbers (each holds its number: Features.poolId). */
  private readonly registered: Features[] = [];
  private sentModel: Model | undefined;

  private constructor(setup: string, helpers: number) {
    this.helpers = Array.from({ length: helpers }, () => {
      const { port1, port2 } = new MessageChannel();
      const flag = new Int32Array(new SharedArrayBuffer(4));
      const worker = new Worker(WORKER, { workerData: { setup, port: port2, flag }, transferList: [port2] });
      // The pool never keeps the process alive: a run that is done exits.
      worker.unref();
      port1.unref();
      return { worker, port: port1, flag };
    });
  }

  /** A pool of `threads - 1` workers beside this thread, or undefined where workers cannot run or are not wanted. */
  static create(setup: string, threads = poolThreads()): ScorePool | undefined {
    if (!canStartWorkers || threads < 2) return undefined;
    return new ScorePool(setup, threads - 1);
  }

  /** Makes the records' features known to the workers (each builds its own, from the same fields). */
  register(records: readonly PersonRecord[], features: readonly Features[], convention: TagConvention | undefined): void {
    const fresh: PersonRecord[] = [];
    for (let i = 0; i < records.length; i++) {
      const f = features[i]!;
      if (this.knows(f)) continue;
      f.poolId = this.registered.length;
      this.registered.push(f);
      fresh.push(records[i]!);
    }
    if (fresh.length > 0) this.post({ type: 'records', records: toColumns(fresh), convention });
  }

  /** Whether these features are registered here (their number is this pool's). */
  private knows(f: Features): boolean {
    return this.registered[f.poolId] === f;
  }

  /** Ends the workers. */
  close(): void {
    for (const helper of this.helpers) void helper.worker.terminate();
  }

  private post(message: ToWorker): void {
    for (const helper of this.helpers) helper.port.postMessage(message);
  }

  private idsOf(features: readonly Features[], from: number, to: number): Int32Array | undefined {
    const ids = new Int32Array(to - from);
    for (let p = from; p < to; p++) {
      const f = features[p]!;
      if (!this.knows(f)) return undefined;
      ids[p - from] = f.poolId;
    }
    return ids;
  }

  /** Shares of a batch of n pairs: this thread's first, then each worker's. */
  private shares(n: number): number[] {
    const parts = this.helpers.length + 1;
    return Array.from({ length: parts + 1 }, (_, k) => Math.floor((n * k) / parts));
  }

  /**
   * Posts each worker its share, runs `own` on this thread's, waits for every worker and hands
   * each answer to `take`; undefined when a pair is not registered (the caller scores it here).
   */
  private run(
    x: readonly Features[],
    y: readonly Features[],
    job: (ids: { x: Int32Array; y: Int32Array }, from: number) => ToWorker,
    own: (from: number, to: number) => void,
    take: (answer: FromWorker, from: number) => void,
  ): boolean {
    const bounds = this.shares(x.length);
    const posted: Array<{ helper: Helper; from: number }> = [];
    const jobs: Array<{ helper: Helper; message: ToWorker; from: number }> = [];
    for (let k = 0; k < this.helpers.length; k++) {
      const [from, to] = [bounds[k + 1]!, bounds[k + 2]!];
      const [ix, iy] = [this.idsOf(x, from, to), this.idsOf(y, from, to)];
      if (!ix || !iy) return false;
      jobs.push({ helper: this.helpers[k]!, message: job({ x: ix, y: iy }, from), from });
    }
    for (const { helper, message, from } of jobs) {
      Atomics.store(helper.flag, 0, 0);
      helper.port.postMessage(message);
      posted.push({ helper, from });
    }
    own(bounds[0]!, bounds[1]!);
    for (const { helper, from } of posted) {
      // A worker that died (out of memory) never raises its flag, and its exit cannot be heard
      // while this thread waits: past ANSWER_WITHIN the run stops with a message, not a hang.
      const since = Date.now();
      while (Atomics.load(helper.flag, 0) === 0) {
        Atomics.wait(helper.flag, 0, 0, 1_000);
        if (Date.now() - since > ANSWER_WITHIN_MS) {
          throw new RunError(`a scoring worker thread gave no answer in ${ANSWER_WITHIN_MS / 60_000} minutes (out of memory?); run again with EXCHANGE_WORKERS=1`);
        }
      }
      const answer = receiveMessageOnPort(helper.port)?.message as FromWorker | undefined;
      if (!answer) throw new Error('a scoring worker signalled an answer it did not send');
      if (answer.type === 'error') throw new Error(`a scoring worker failed: ${answer.message}`);
      take(answer, from);
    }
    return true;
  }

  private syncModel(model: Model): void {
    if (this.sentModel === model) return;
    this.post({ type: 'model', model: sendModel(model) });
    this.sentModel = model;
  }

  /** `read` serves the pairs this thread scores; the workers compare theirs (the same scores either way). */
  scores(model: Model, x: readonly Features[], y: readonly Features[], whyFrom: number, step?: Step, read?: PairLevels): PairScores {
    if (x.length < MIN_SHARED_BATCH) return LOCAL_SCORER.scores(model, x, y, whyFrom, step, read);
    this.syncModel(model);
    const into = emptyScores(x.length);
    const done = this.run(
      x, y,
      (ids) => ({ type: 'scores', ...ids, whyFrom }),
      (from, to) => scoreRange(model, x, y, whyFrom, from, to, into, rangeTicker(step, this.helpers.length + 1), read),
      (answer, from) => {
        if (answer.type !== 'scores') throw new Error(`a scoring worker answered ${answer.type} to scores`);
        into.score.set(answer.scores.score, from);
        into.swapped.set(answer.scores.swapped, from);
        into.reviewOnly.set(answer.scores.reviewOnly, from);
        into.twoPeople.set(answer.scores.twoPeople, from);
        for (let p = 0; p < answer.why.length; p++) into.why[from + p] = answer.why[p];
      },
    );
    return done ? into : LOCAL_SCORER.scores(model, x, y, whyFrom, step, read);
  }

  levels(comparisons: readonly Comparison[], x: readonly Features[], y: readonly Features[], swappedUpTo: number, step?: Step, read?: PairLevels): Uint8Array[] {
    // Shared out, every pair is compared (the kept levels live on this thread); the same levels.
    if (x.length < MIN_SHARED_BATCH) return LOCAL_SCORER.levels(comparisons, x, y, swappedUpTo, step, read);
    const into = comparisons.map(() => new Uint8Array(x.length));
    const done = this.run(
      x, y,
      // The worker's share starts at `from`: its pairs read crossed up to swappedUpTo - from.
      (ids, from) => ({ type: 'levels', ...ids, swappedUpTo: swappedUpTo - from }),
      (from, to) => levelsRange(comparisons, x, y, swappedUpTo, from, to, into, rangeTicker(step, this.helpers.length + 1)),
      (answer, from) => {
        if (answer.type !== 'levels') throw new Error(`a scoring worker answered ${answer.type} to levels`);
        answer.levels.forEach((row, c) => into[c]!.set(row, from));
      },
    );
    return done ? into : LOCAL_SCORER.levels(comparisons, x, y, swappedUpTo, step, read);
  }
}
