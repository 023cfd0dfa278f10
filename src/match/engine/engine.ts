// The scored record-linkage engine: a cheap exact first pass on keys unique on both sides, then
// blocking, Fellegi–Sunter scoring with EM-estimated weights, and one-to-one assignment.
import type { PersonRecord } from '../../model.js';
import { identifiersConflict, tagConvention, type TagConvention } from '../../remains/identifier.js';
import { groupApart, type DuplicateLink } from '../duplicate-links.js';
import { PairSet, type Decisions, type DuplicateGroup, type LinkedPair, type Matcher } from '../matcher.js';
import { contentOrder } from '../record-order.js';
import type { Thresholds } from '../options.js';
import { assignOneToOne, type Edge } from './assign.js';
import { blockingUnits, candidatePairs, candidatePairsWithin, fits, pairId, PERSON_KEYS, releaseBlockingArrays, yearFits, type BlockingKeys, type BlockingStats } from './blocking.js';
import { PERSON_COMPARISONS, type Comparison } from './comparisons.js';
import { partOf, progress, SILENT, ticker } from '../../progress.js';
import { featuresOf, type Features } from './features.js';
import { exactAgreementRate, ListCounts, valueFrequencies } from './frequencies.js';
import { defaultModel, fitModel, MIN_PAIRS_FOR_EM, withExactAgreement, type Model } from './model.js';
import { Rng } from '../../random.js';
import { belowThreshold, explain, notOnePerson, scorePair, scratchScored, type Scored } from './score.js';
import { PairLevels } from './pair-levels.js';
import { LOCAL_SCORER, type PairScores, type Scorer } from './batch.js';
import { ScorePool } from './score-pool.js';
import { pairsHeldAlone, releaseHeldAloneArrays } from './held-alone.js';
import { float64s, uint8s } from './large-arrays.js';

/** A matched pair whose runner-up is within this many score points goes to review instead. */
export const AMBIGUITY_MARGIN = 3;
/** Random A×B pairs that stand for the non-candidates in EM: twice the candidates, within bounds. */
const RANDOM_SAMPLE = 60_000;
const MIN_RANDOM_SAMPLE = 20_000;
/** Floor of u for exact agreement: no value is shared by chance less often than this. */
const MIN_EXACT_U = 1e-7;
/** Records of both lists from which the scoring is shared with worker threads. */
const MIN_RECORDS_FOR_WORKERS = 20_000;
/**
 * Blocked candidates EM learns from at most (a stride sample, weighted): past it, more pairs only
 * cost time. Measured on generated lists: at 100,000 a side (178,293 candidates) 60,000 rather
 * than all of them changed no pair's status and no score by more than 0.07, and took 0.2–0.3 s
 * off the estimating; at 300,000 a side, against a sample of 250,000, one pair of 306,148 moved
 * (a true pair, from review at -0.01 to matched), no score by more than 0.36.
 */
const MAX_CANDIDATE_SAMPLE = 60_000;
/**
 * Records of the shorter rest (the records the first pass left) for each share of the pairs the
 * estimating blocks: below twice as many, it blocks every pair (100,000 a side: 9,801 and 10,387
 * records, 178,293 candidates); at 300,000 a side one pair in five, at a million one in twenty,
 * which still leaves EM several times the candidates it learns from.
 */
const REST_RECORDS_A_SHARE = 5_000;
/** First-pass pairs EM learns from at most (a stride sample, weighted). */
const MAX_FIRST_PASS_SAMPLE = 20_000;

/** What the engine compares for a kind of list, and how it finds the pairs to compare. */
export interface EngineSetup {
  /** Which setup this is, by name (a scoring worker finds its comparisons by it: setups.ts). */
  id: 'person' | 'body';
  comparisons: readonly Comparison[];
  blocking: BlockingKeys;
}

/** People (POW lists): the default. Bodies add tag, DNA and recovery (remains-comparisons.ts). */
export const PERSON_SETUP: EngineSetup = { id: 'person', comparisons: PERSON_COMPARISONS, blocking: PERSON_KEYS };

export interface EngineStats {
  firstPass: number;
  blocking: BlockingStats;
  scored: number;
  model: Pick<Model, 'source' | 'iterations' | 'prior'>;
}

// A body's tag and DNA sample id come first: they are what unidentified remains have.
const firstPassKeys: Array<{ name: string; key: (f: Features) => string | number }> = [
  { name: 'tag', key: (f) => f.tag?.loose ?? '' },
  { name: 'dna', key: (f) => f.dna?.loose ?? '' },
  // A number's first Latin reading, so that `АВ 672301` and `AB672301` meet here too (a shared
  // reading that is not one number, АБ against АВ, is refused by `contradicts`).
  { name: 'service_number', key: (f) => f.serviceKeys[1] ?? f.service },
  // Surname, given name and a full birth date, as one number where they fit one (blocking.ts).
  {
    name: 'name+dob',
    key: (f) => {
      if (!f.surname || !f.given || !f.day) return '';
      if (fits(f.surnameId, f.givenId) && yearFits(f)) return pairId(f.surnameId, f.givenId) * 1e8 + f.year * 1e4 + f.month * 100 + f.day;
      return `${f.surname}|${f.given}|${f.year}-${f.month}-${f.day}`;
    },
  },
];

const differentDays = (x: Features['recovered'], y: Features['recovered']) =>
  x.day > 0 && y.day > 0 && (x.year !== y.year || x.month !== y.month || x.day !== y.day);

/**
 * Two bodies under one tag: a clerk who wrote the next bag's tag (a real tag of another body) is
 * caught by the DNA sample or the recovery date. Such records are neither one body of a list nor
 * a pair taken on sight, however much the shared tag weighs.
 */
const differentBodies = (x: Features, y: Features) => identifiersConflict(x.dna, y.dna) || differentDays(x.recovered, y.recovered);

/** Namesakes born the same day differ by service number: such a pair is never taken on sight either. */
const contradicts = (x: Features, y: Features) =>
  (x.service !== '' && y.service !== '' && !x.sameService(y)) || differentBodies(x, y);

/**
 * The pairs in the order of their A records. The linking is one to one, so an A record is in one
 * pair at most and its index is its place: the pairs are laid out by index in one pass rather
 * than sorted by comparison (a million of them at a million a side). Should a record be in two,
 * they are sorted, which keeps such pairs in the order they came.
 */
export function inOrderOfA<P extends { a: number }>(pairs: P[]): P[] {
  let bound = 0;
  for (const p of pairs) if (p.a >= bound) bound = p.a + 1;
  const at = new Array<P | undefined>(bound).fill(undefined);
  for (const p of pairs) {
    if (at[p.a] !== undefined) return pairs.sort((x, y) => x.a - y.a);
    at[p.a] = p;
  }
  const ordered: P[] = [];
  for (const p of at) if (p !== undefined) ordered.push(p);
  return ordered;
}

/** A whole number's bits mixed (a 32-bit integer hash), so that near numbers land far apart. */
function mix(n: number): number {
  let h = Math.imul(n ^ (n >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Whether the pair of A's record `i` and B's record `j` (their indexes in their lists) is in a
 * sample of about one pair in `stride`, the same pairs whichever list is A: the pair's hash takes
 * its two indexes by size, not by side. A stride over the pairs in their order was not: they come
 * in the order of A's records, so swapping the lists drew other pairs and fitted another model.
 * Each pair's hash is its own, so pairs at the same place in both lists are not favoured (two
 * lists copied from one source keep their people in one order).
 */
export function inSample(i: number, j: number, stride: number, salt = 0): boolean {
  if (stride <= 1) return true;
  const [low, high] = i <= j ? [i, j] : [j, i];
  return mix((mix(low ^ salt) + high) >>> 0) % stride === 0;
}

/**
 * inSample's salt for the share of pairs the estimating blocks, so that the samples taken within
 * the share (salt 0) are not the same hash read again: a share of one in 4 and a stride of 2 on
 * one hash would take every pair of the share.
 */
const SHARE_SALT = 0x5bd1e995;

/** One more than the largest record index among `records` (0 for none): the length of an array by index. */
function indexBound(records: readonly Features[]): number {
  let last = -1;
  for (const f of records) if (f.index > last) last = f.index;
  return last + 1;
}

/** A set of record indexes as one byte a record: the first pass asks it for every record of every key family. */
class IndexFlags {
  private readonly flags: Uint8Array;
  constructor(records: readonly Features[]) {
    this.flags = uint8s(indexBound(records));
  }
  has(index: number): boolean {
    return this.flags[index] === 1;
  }
  add(index: number): void {
    this.flags[index] = 1;
  }
}

/**
 * A set of pair ids, looked up by binary search: `first` (the first-pass pairs, in no order) and
 * `count` candidates' ids by `candidate(p)`. Blocking gives its candidates sorted by A place then
 * B place, and the lists it blocked keep their records' order, so their ids come ascending: they
 * are searched where they are, with no array of them (at a million a side, 5 million ids: 38 MB
 * of memory, and half a second to sort). Were they not ascending, they would be copied and sorted.
 */
export function knownPairs(first: readonly number[], count: number, candidate: (p: number) => number): { has(id: number): boolean } {
  const firstIds = float64s(first.length);
  firstIds.set(first);
  firstIds.sort();
  let ascending = true;
  for (let p = 1, last = count > 0 ? candidate(0) : 0; p < count && ascending; p++) {
    const id = candidate(p);
    ascending = id >= last;
    last = id;
  }
  if (!ascending) {
    const candidates = Float64Array.from({ length: count }, (_, p) => candidate(p)).sort();
    return { has: (id) => sortedHas(firstIds, id) || sortedHas(candidates, id) };
  }
  return { has: (id) => sortedHas(firstIds, id) || searchAscending(count, candidate, id) };
}

/** Whether `at(0)`, …, `at(count - 1)`, ascending, hold `value` (binary search). */
function searchAscending(count: number, at: (p: number) => number, value: number): boolean {
  let [low, high] = [0, count - 1];
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const here = at(mid);
    if (here === value) return true;
    if (here < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/** Whether a sorted array holds a value (binary search). */
const sortedHas = (sorted: Float64Array, value: number): boolean => searchAscending(sorted.length, (p) => sorted[p]!, value);

/** Features of one side's records, at the records' indexes. */
class RecordFeatures {
  private readonly records: Array<PersonRecord | undefined> = [];
  private readonly features: Array<Features | undefined> = [];
  get(r: PersonRecord): Features | undefined {
    return this.records[r.index] === r ? this.features[r.index] : undefined;
  }
  set(r: PersonRecord, f: Features): void {
    this.records[r.index] = r;
    this.features[r.index] = f;
  }
}

export class ScoredMatcher implements Matcher {
  readonly name = 'scored';
  private model: Model;
  /**
   * Each record's features, by side and index (a record's place in its list), with the record
   * they were made for: an array lookup, where a map keyed by a million records asked each time
   * hashed each one. A record not the one at its place (another list's) is read afresh.
   */
  private features = { a: new RecordFeatures(), b: new RecordFeatures() };
  readonly stats: EngineStats = { firstPass: 0, blocking: { pairs: 0, oversizedBlocks: 0 }, scored: 0, model: { source: 'defaults', iterations: 0, prior: 0 } };

  /** Every pair the engine compared (first pass and blocked), kept only for the bench's blocking recall. */
  readonly compared: Array<[number, number]> = [];

  constructor(
    private readonly thresholds: Thresholds,
    setup: EngineSetup = PERSON_SETUP,
    private readonly options: { keepCompared?: boolean; scorer?: Scorer } = {},
  ) {
    this.scorer = options.scorer ?? LOCAL_SCORER;
    this.setup = setup;
    this.comparisons = setup.comparisons;
    this.keys = setup.blocking;
    this.model = defaultModel(this.comparisons, 1, 1);
  }

  private readonly comparisons: readonly Comparison[];
  private readonly keys: BlockingKeys;
  private scorer: Scorer;
  private readonly setup: EngineSetup;
  /** Worker threads that share the scoring of large lists (score-pool.ts); none for small ones. */
  private pool: ScorePool | undefined;
  /** The levels of the estimating's first-pass pairs, read again by the linking's first pass (pair-levels.ts). */
  private firstPassLevels: PairLevels | undefined;

  /**
   * Features of one list's records, each computed once. Tags are read by the list's convention,
   * inferred from its whole tag column, and from `other`'s where the column cannot tell
   * (`tagConvention`); fit, which sees both lists, reads every record first.
   */
  private featuresOf(records: readonly PersonRecord[], other?: readonly PersonRecord[]): Features[] {
    let convention: TagConvention | undefined;
    // Features are computed once per record; a list already read is not a phase again.
    const step = records.every((r) => this.features[r.side].get(r) !== undefined) ? SILENT.start('normalising', 0) : progress().start('normalising', records.length);
    const tick = ticker(step);
    const fresh: number[] = [];
    const features = records.map((r, i) => {
      let f = this.features[r.side].get(r);
      if (!f) {
        convention ??= tagConvention(records.map((x) => x.tag), other?.map((x) => x.tag));
        f = featuresOf(r, convention);
        this.features[r.side].set(r, f);
        fresh.push(i);
      }
      tick(i + 1);
      return f;
    });
    if (this.pool && fresh.length > 0) this.pool.register(fresh.map((i) => records[i]!), fresh.map((i) => features[i]!), convention);
    step.end();
    return features;
  }

  /** Candidate pairs of the kind's blocking keys, as one phase of the run's progress. */
  private blocked(restA: readonly Features[], restB: readonly Features[], keep?: (aPosition: number, bPosition: number) => boolean) {
    const step = progress().start('blocking', blockingUnits(this.keys.link));
    const blocked = candidatePairs(restA, restB, this.keys.link, step, keep);
    step.end();
    return blocked;
  }

  /**
   * Estimates the model from the two lists: EM over the first-pass pairs and blocked candidates
   * plus a random sample of all other A×B pairs, so that m and u describe the whole product.
   */
  fit(a: readonly PersonRecord[], b: readonly PersonRecord[]): void {
    // Lists worth sharing out are scored on every core: the workers learn each record as its
    // features are made.
    if (this.scorer === LOCAL_SCORER && a.length + b.length >= MIN_RECORDS_FOR_WORKERS) {
      this.pool = ScorePool.create(this.setup.id);
      if (this.pool) this.scorer = this.pool;
    }
    const fa = this.featuresOf(a, b);
    const fb = this.featuresOf(b, a);
    const product = fa.length * fb.length;
    this.model = defaultModel(this.comparisons, Math.min(fa.length, fb.length), Math.max(1, product));
    this.firstPassLevels = new PairLevels(indexBound(fa), this.comparisons.length);
    const { firstPass, restA, restB } = this.firstPass(fa, fb, new PairSet());
    // The rest's record indexes in arrays: a million-a-side run has millions of candidates, whose
    // records are better not fetched one by one to be counted.
    const [restIndexA, restIndexB] = [Int32Array.from(restA, (f) => f.index), Int32Array.from(restB, (f) => f.index)];
    // Long lists give far more candidates than EM learns from (a million a side: 4.8 million for
    // 60,000), so only a share of the A×B pairs is blocked: one pair in `share`, by a hash of the
    // pair (inSample, salted apart from the samples below), and the random pairs are drawn from
    // the same share, so that whether a drawn pair is a candidate is known of every one.
    const share = Math.max(1, Math.floor(Math.min(restA.length, restB.length) / REST_RECORDS_A_SHARE));
    const inShare = (i: number, j: number) => inSample(i, j, share, SHARE_SALT);
    const blocked = this.blocked(restA, restB, share > 1 ? (p, q) => inShare(restIndexA[p]!, restIndexB[q]!) : undefined);
    this.stats.blocking = blocked.stats;
    // The blocked candidates, all of them: those of the share, for every share.
    const allBlocked = share * blocked.a.length;
    const candidates = firstPass.length + allBlocked;
    const em = candidates >= MIN_PAIRS_FOR_EM;
    // The population EM learns from, each pair weighing for the pairs it stands for: a sample of
    // one pair in `stride` of the first-pass pairs (near-certain matches, alike), the blocked
    // candidates (one in `blockedStride` past MAX_CANDIDATE_SAMPLE: lists of a million give
    // millions), and a random sample of all other A×B pairs. Each sample takes the same pairs
    // whichever list is A (inSample).
    const stride = Math.max(1, Math.ceil(firstPass.length / MAX_FIRST_PASS_SAMPLE));
    const blockedStride = Math.max(1, Math.ceil(blocked.a.length / MAX_CANDIDATE_SAMPLE));
    // The population as two arrays, A's record and B's of each pair (what the scorer takes): the
    // samples of first-pass pairs and of candidates now, so that the step below knows its count.
    const xs: Features[] = [];
    const ys: Features[] = [];
    let firstTaken = 0;
    if (em) {
      for (const { x, y } of firstPass) {
        if (!inSample(x.index, y.index, stride)) continue;
        xs.push(x);
        ys.push(y);
      }
      firstTaken = xs.length;
      for (let p = 0; p < blocked.a.length; p++) {
        if (!inSample(restIndexA[blocked.a[p]!]!, restIndexB[blocked.b[p]!]!, blockedStride)) continue;
        xs.push(restA[blocked.a[p]!]!);
        ys.push(restB[blocked.b[p]!]!);
      }
    }
    const learnt = xs.length;
    const sampleSize = Math.min(RANDOM_SAMPLE, Math.max(MIN_RANDOM_SAMPLE, 2 * candidates), Math.max(0, product - candidates));
    // One step from the population to the model's last count: the pairs scored (at most the
    // population drawn), then the records counted for each key whose values are counted (the
    // exact keys, after EM; the frequency keys), each key once over both lists.
    const scoredAtMost = em ? learnt + sampleSize : 0;
    const countedKeys = new Set(this.comparisons.flatMap((c) => [...(em && c.exactKey ? [c.exactKey] : []), ...(c.frequencyKey ? [c.frequencyKey] : [])]));
    const step = progress().start('estimating', scoredAtMost + countedKeys.size * (fa.length + fb.length));
    // The frequency keys' counts are kept; any other key's agreement rate is found by sorting.
    const counts = new ListCounts(fa, fb, partOf(step, scoredAtMost), new Set(this.comparisons.flatMap((c) => (c.frequencyKey ? [c.frequencyKey] : []))));
    if (em) {
      // A random pair that is a first-pass pair or a candidate is not a random non-candidate.
      // A pair by its two records' indexes; the candidates' read from the rest's index arrays.
      const key = (i: number, j: number) => i * fb.length + j;
      const seen = knownPairs(firstPass.map(({ x, y }) => key(x.index, y.index)), blocked.a.length, (p) => key(restIndexA[blocked.a[p]!]!, restIndexB[blocked.b[p]!]!));
      // The same pairs are drawn whichever list comes first (the shorter list draws first).
      const random = new Rng(`em-sample/${Math.min(fa.length, fb.length)}/${Math.max(fa.length, fb.length)}`);
      const aFirst = fa.length <= fb.length;
      // Drawn from the blocked share alone: as many draws again for each share, up to sampleSize pairs.
      for (let k = 0; k < sampleSize * share && xs.length - learnt < sampleSize; k++) {
        const [first, second] = [random.next(), random.next()];
        const x = fa[Math.floor((aFirst ? first : second) * fa.length)]!;
        const y = fb[Math.floor((aFirst ? second : first) * fb.length)]!;
        if (share > 1 && !inShare(x.index, y.index)) continue;
        if (!seen.has(key(x.index, y.index))) {
          xs.push(x);
          ys.push(y);
        }
      }
      const sampled = xs.length - learnt;
      const weights = float64s(xs.length);
      weights.fill(firstPass.length / firstTaken, 0, firstTaken);
      weights.fill(allBlocked / (learnt - firstTaken), firstTaken, learnt);
      weights.fill((product - candidates) / sampled, learnt);
      // The first-pass pairs' levels as the first pass kept them (pair-levels.ts), not compared again.
      const levels = this.scorer.levels(this.comparisons, xs, ys, learnt, partOf(step, 0, scoredAtMost), this.firstPassLevels);
      const fitted = fitModel(this.comparisons, levels, weights, learnt);
      // Exact agreement among random pairs counts the true pairs too: take out their share
      // (λ·m) to leave the chance agreement of different people.
      const lambda = 1 / (1 + 2 ** -fitted.prior);
      fitted.comparisons = fitted.comparisons.map((c) => {
        const rate = c.comparison.exactKey ? exactAgreementRate(c.comparison.exactKey, counts) : undefined;
        if (rate === undefined) return c;
        return withExactAgreement(c, Math.max(MIN_EXACT_U, (rate - lambda * c.m[0]!) / (1 - lambda)));
      });
      this.model = fitted;
    }
    // A new model, not the old one changed: a scoring worker holds the model it was last sent.
    this.model = { ...this.model, comparisons: this.model.comparisons.map((c) => ({ ...c, ...valueFrequencies(c.comparison, counts) })) };
    step.end();
    this.stats.model = { source: this.model.source, iterations: this.model.iterations, prior: this.model.prior };
  }

  /**
   * Pairs of records that alone hold a key on both sides, taken on sight when they score a match
   * with nothing to forbid it; each key family in turn, on the records not yet taken. `whyFrom`:
   * the pairs whose `why` is written (link writes every one; fit needs none).
   */
  private firstPass(fa: readonly Features[], fb: readonly Features[], different: PairSet, whyFrom = Infinity) {
    const taken = { a: new IndexFlags(fa), b: new IndexFlags(fb) };
    const pairs: Array<{ x: Features; y: Features; key: string; score: number; swapped: boolean; why: string | undefined }> = [];
    // The records not yet taken, filtered again only after a family took some (tags and DNA ids,
    // first, take none in a list of people).
    let [leftA, leftB] = [fa, fb];
    let takenBefore = 0;
    for (const { name, key } of firstPassKeys) {
      if (pairs.length > takenBefore) {
        leftA = leftA.filter((f) => !taken.a.has(f.index));
        leftB = leftB.filter((f) => !taken.b.has(f.index));
        takenBefore = pairs.length;
      }
      // The keys each list holds alone, then the pairs of them: at a million a side, seconds of
      // work before any pair is scored, so a step of its own.
      const keying = progress().start('exact', leftB.length + 2 * leftA.length);
      const held = pairsHeldAlone(leftA, leftB, key, ticker(keying));
      const xs: Features[] = [];
      const ys: Features[] = [];
      for (let p = 0; p < held.x.length; p++) {
        const [x, y] = [held.x[p]!, held.y[p]!];
        if (different.has(x.index, y.index) || contradicts(x, y)) continue;
        xs.push(x);
        ys.push(y);
      }
      keying.end();
      // A shared key with nothing else in common is a coincidence or a clerk's error, not a
      // pair; a pair a person must look at (review-only) is not taken on sight either. A record
      // holds one key of a family, so the pairs of one family never compete.
      const step = progress().start('exact', xs.length);
      const scored = this.scorer.scores(this.model, xs, ys, whyFrom, step, this.firstPassLevels);
      step.end();
      for (let p = 0; p < xs.length; p++) {
        if (scored.score[p]! < this.thresholds.match || scored.reviewOnly[p]) continue;
        const [x, y] = [xs[p]!, ys[p]!];
        taken.a.add(x.index);
        taken.b.add(y.index);
        pairs.push({ x, y, key: name, score: scored.score[p]!, swapped: scored.swapped[p] === 1, why: scored.why[p] });
      }
    }
    return {
      firstPass: pairs,
      restA: fa.filter((f) => !taken.a.has(f.index)),
      restB: fb.filter((f) => !taken.b.has(f.index)),
    };
  }

  dedupe(records: readonly PersonRecord[]): DuplicateGroup[] {
    const features = this.featuresOf(records);
    const blocking = progress().start('blocking', blockingUnits(this.keys.dedupe));
    const within = candidatePairsWithin(features, this.keys.dedupe, blocking);
    blocking.end();
    const xs: Features[] = [];
    const ys: Features[] = [];
    // Namesakes of one list differ by service number or sex, and a pair that cannot score a
    // match would not be taken: such pairs are never scored.
    const notOne = notOnePerson(this.model, this.thresholds.match);
    const sifting = progress().start('duplicates', within.a.length);
    const sifted = ticker(sifting);
    for (let p = 0; p < within.a.length; p++) {
      sifted(p);
      const [x, y] = [features[within.a[p]!]!, features[within.b[p]!]!];
      if (differentBodies(x, y) || notOne(x, y)) continue;
      xs.push(x);
      ys.push(y);
    }
    sifting.end();
    // One list's duplicates obey the vetoes of pairs across lists, and stricter ones: brothers
    // and twins differ by given name, sex or service number, whatever else agrees.
    const scoring = progress().start('duplicates', xs.length);
    const scored = this.scorer.scores(this.model, xs, ys, Infinity, scoring);
    const links: DuplicateLink[] = [];
    for (let p = 0; p < xs.length; p++) {
      if (scored.score[p]! < this.thresholds.match || scored.reviewOnly[p] || scored.twoPeople[p]) continue;
      links.push({ x: xs[p]!.index, y: ys[p]!.index, score: scored.score[p]! });
    }
    // A group's members are each one person with every other, not only with the one that brought
    // them in: two records are kept apart by the vetoes a pair of them would meet (two bodies, a
    // level that says two people or forbids a match taken unseen), asked of their features
    // alone, whether or not blocking made them a candidate. Not by a low score: a copy that
    // lacks the service number and one that lacks the birth date are one man through a third.
    const byIndex: Features[] = [];
    for (const f of features) byIndex[f.index] = f;
    let scratch: Scored | undefined;
    const apart = (i: number, j: number) => {
      const [x, y] = [byIndex[i]!, byIndex[j]!];
      if (differentBodies(x, y)) return true;
      const pair = scorePair(this.model, x, y, (scratch ??= scratchScored(this.model, x)));
      return pair.twoPeople !== undefined || pair.reviewOnly !== undefined;
    };
    const groups = groupApart(records, links, apart);
    scoring.end();
    return groups;
  }

  link(a: readonly PersonRecord[], b: readonly PersonRecord[], decisions: Decisions): LinkedPair[] {
    const fa = this.featuresOf(a);
    const fb = this.featuresOf(b);
    const result: LinkedPair[] = [];
    const describe = (x: Features, y: Features) => {
      const scored = scorePair(this.model, x, y);
      return { score: scored.score, why: explain(this.model, scored), ...(scored.swapped ? { namesSwapped: true } : {}) };
    };

    // A person's decision comes first. (The records by index only where there are decisions: at a
    // million a side, two maps of every record cost a second.)
    const decidedA = new Set<number>();
    const decidedB = new Set<number>();
    const same = [...decisions.same];
    const byIndexA = same.length > 0 ? new Map(fa.map((f) => [f.index, f])) : new Map<number, Features>();
    const byIndexB = same.length > 0 ? new Map(fb.map((f) => [f.index, f])) : new Map<number, Features>();
    for (const [x, y] of same) {
      const [fx, fy] = [byIndexA.get(x), byIndexB.get(y)];
      if (!fx || !fy || decidedA.has(x) || decidedB.has(y)) continue;
      decidedA.add(x);
      decidedB.add(y);
      result.push({ a: x, b: y, status: 'matched', decided: 'same', ...describe(fx, fy) });
    }

    const { firstPass, restA, restB } = this.firstPass(
      decidedA.size > 0 ? fa.filter((f) => !decidedA.has(f.index)) : fa,
      decidedB.size > 0 ? fb.filter((f) => !decidedB.has(f.index)) : fb,
      decisions.different,
      -Infinity,
    );
    // The linking's first pass is the last of a run: the arrays its keys were sorted in go now,
    // and the levels kept from the estimating's.
    releaseHeldAloneArrays();
    this.firstPassLevels = undefined;
    if (this.options.keepCompared) this.compared.push(...firstPass.map(({ x, y }) => [x.index, y.index] as [number, number]));
    this.stats.firstPass = firstPass.length;

    const blocked = this.blocked(restA, restB);
    // The last blocking of a run: the arrays blocking kept between passes go before the scoring.
    releaseBlockingArrays();
    this.stats.blocking = blocked.stats;
    this.stats.scored = blocked.a.length;
    type Candidate = Edge & { why: string; reviewOnly: boolean; namesSwapped: boolean };
    const edges: Candidate[] = [];
    const xs: Features[] = [];
    const ys: Features[] = [];
    // One step: the candidates looked over (millions at a million a side), then those scored.
    // A candidate that cannot score as much as a review (most of them, in the large blocks of a
    // long list) is not scored: it would be dropped below.
    const cannotReview = belowThreshold(this.model, this.thresholds.review);
    const comparing = progress().start('comparing', 2 * blocked.a.length);
    const looked = ticker(comparing);
    for (let p = 0; p < blocked.a.length; p++) {
      looked(p);
      const [x, y] = [restA[blocked.a[p]!]!, restB[blocked.b[p]!]!];
      if (this.options.keepCompared) this.compared.push([x.index, y.index]);
      if (decisions.different.has(x.index, y.index) || cannotReview(x, y)) continue;
      xs.push(x);
      ys.push(y);
    }
    const scored: PairScores = this.scorer.scores(this.model, xs, ys, this.thresholds.review, partOf(comparing, blocked.a.length, blocked.a.length));
    for (let p = 0; p < xs.length; p++) {
      if (scored.score[p]! < this.thresholds.review) continue;
      edges.push({
        a: xs[p]!.index, b: ys[p]!.index, score: scored.score[p]!, why: scored.why[p]!,
        reviewOnly: scored.reviewOnly[p] === 1, namesSwapped: scored.swapped[p] === 1,
      });
    }
    // Each record's candidates, by its index (arrays, not a map of a key made for every edge).
    const edgesOf = { a: [] as Array<Candidate[] | undefined>, b: [] as Array<Candidate[] | undefined> };
    for (const e of edges) {
      (edgesOf.a[e.a] ??= []).push(e);
      (edgesOf.b[e.b] ??= []).push(e);
    }
    comparing.end();
    // The assignment, then each pair it keeps made a result (the edges bound them), and each
    // first-pass pair (a million at a million a side; results are in the order of A at the end).
    const assigning = progress().start('assigning', 1 + edges.length + firstPass.length);
    // Equal scores are settled by what the records hold, not by their place in the files.
    const order = contentOrder(a, b);
    const assigned = assignOneToOne(edges, order) as Candidate[];
    const resulted = ticker(partOf(assigning, 1));
    for (let i = 0; i < assigned.length; i++) {
      resulted(i);
      const edge = assigned[i]!;
      const near = [...(edgesOf.a[edge.a] ?? []), ...(edgesOf.b[edge.b] ?? [])];
      const ambiguous = near.some((e) => e !== edge && e.score >= edge.score - AMBIGUITY_MARGIN);
      const status = edge.score >= this.thresholds.match && !ambiguous && !edge.reviewOnly ? 'matched' : 'review';
      // The best other candidate of either record, for the person who reviews the pair.
      const runnerUp = status === 'review' ? near.filter((e) => e !== edge).sort((x, y) => y.score - x.score || order.a(x.a, y.a) || order.b(x.b, y.b))[0] : undefined;
      result.push({
        a: edge.a, b: edge.b, status, score: edge.score, why: ambiguous ? `${edge.why} ambiguous` : edge.why,
        ...(edge.namesSwapped ? { namesSwapped: true } : {}),
        ...(runnerUp ? { runnerUp: { a: runnerUp.a, b: runnerUp.b, score: runnerUp.score, why: runnerUp.why } } : {}),
      });
    }
    const firstResulted = ticker(partOf(assigning, 1 + edges.length));
    for (let i = 0; i < firstPass.length; i++) {
      firstResulted(i);
      const { x, y, key, score, swapped, why } = firstPass[i]!;
      result.push({ a: x.index, b: y.index, status: 'matched', score, why: `first-pass=${key} ${why!}`, ...(swapped ? { namesSwapped: true } : {}) });
    }
    // Linking is the last of the scoring: the workers and the features go now, before the rules
    // and the reports (at a million a side the features are hundreds of megabytes). A later
    // call makes them afresh.
    this.pool?.close();
    this.pool = undefined;
    this.scorer = this.options.scorer ?? LOCAL_SCORER;
    this.features = { a: new RecordFeatures(), b: new RecordFeatures() };
    const ordered = inOrderOfA(result);
    assigning.end();
    return ordered;
  }
}
