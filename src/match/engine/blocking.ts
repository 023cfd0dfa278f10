// Blocking: only pairs that share at least one key are compared. Several independent keys, so a
// true pair survives errors in one or two fields. The keys are data: a list of functions, one
// per key family, each giving zero or more keys for a record.
import type { Features } from './features.js';
import { numbering, PairNumbering } from '../../names/memo.js';
import type { Step } from '../../progress.js';
import { groupRun, isWholeKey, KeyedPositions, releaseSortScratch, stringNumber } from './key-runs.js';
import { int32s } from './large-arrays.js';

export interface BlockingStats {
  /** Distinct pairs produced. */
  pairs: number;
  /** Keys skipped because their block held more records than MAX_BLOCK_RECORDS. */
  oversizedBlocks: number;
  /** Blocks too large to compare every pair, compared by sorted neighbourhood. */
  windowedBlocks?: number;
}

/** Candidate pairs as parallel arrays of positions, sorted by A position then B position. */
export interface Candidates {
  a: Int32Array;
  b: Int32Array;
  stats: BlockingStats;
}

/** A blocking key: a number where the fields make one, else a string. */
export type BlockKey = number | string;
export type KeyFamily = (f: Features) => BlockKey | readonly BlockKey[] | undefined;

/**
 * A block of up to this many pairs is compared in full. A larger one (a common surname and birth
 * year, a given name and year in a list of a million) would make the comparisons grow with the
 * square of the list: its records are compared by sorted neighbourhood instead, each with the
 * WINDOW records nearest it in each of three orders (by surname, by given name, by birth date),
 * so a block costs in proportion to its records, and the records of one person, alike in all but
 * a field or two, still meet.
 */
export const MAX_BLOCK_PAIRS = 1_000;
/** Records either side of a record in a sorted block that it is compared with. */
export const WINDOW = 6;
/** A block of more records than this is skipped (one person copied tens of thousands of times): said, not silent. */
export const MAX_BLOCK_RECORDS = 100_000;

// A skipped block is said, not silent: pairs it held are compared only if another key brings
// them together. The shell installs where the notice goes (stderr); matching never changes.
let notice: (text: string) => void = () => undefined;

/** Where the notice of skipped blocks goes (the shell: stderr, each notice once). */
export function noticeOversizedBlocks(sink: (text: string) => void): void {
  notice = sink;
}

function tellSkipped(what: string, blocks: number, records: number): void {
  if (blocks === 0) return;
  const count = (n: number) => n.toLocaleString('en-US');
  notice(
    `${what}: ${count(blocks)} block${blocks === 1 ? '' : 's'} of more than ${count(MAX_BLOCK_RECORDS)} records sharing one key skipped ` +
      `(${count(records)} records not compared through them: one key shared by too many records, such as one person copied many times)`,
  );
}

// Keys are numbers where the fields allow (name keys by their keyId, dates and years as digits),
// strings otherwise; each family has its own blocks, so keys of two families never meet. Every
// number below is exact (under 2^53) and stands for one combination of its fields only.
const NAME_IDS = 2 ** 21;
const YEARS = 10_000;
const initialOf = (f: Features) => f.given.charCodeAt(0);
const dayOf = (f: Features) => (f.year * 13 + f.month) * 32 + f.day;
/** Two name keys in either order. */
const eitherOrder = (x: number, y: number) => (x < y ? x * NAME_IDS + y : y * NAME_IDS + x);
/** Name keys past NAME_IDS (a list with two million distinct names) fall back to strings. */
export const fits = (...ids: number[]) => ids.every((id) => id < NAME_IDS);
/** A year that takes four digits (any other is written as a string). */
export const yearFits = (f: Features) => f.year < YEARS;

// Pairs of name keys, numbered as they are first seen (for keys of three fields, which would not fit one number).
const pairNumbers = new PairNumbering();
export const pairId = (x: number, y: number) => pairNumbers.number(x, y);
const prefixId = numbering<string>();
const SIX_DIGITS = /^\d{6}$/;

/** Service number. */
const service: KeyFamily = (f) => f.serviceKeys;
/** Surname and birth year. */
const surnameYear: KeyFamily = (f) => (f.surname && f.year ? (fits(f.surnameId) && yearFits(f) ? f.surnameId * YEARS + f.year : `${f.surname}|${f.year}`) : undefined);
/** Birth date with day and month in either order (a swap stays in the block). */
const birthDate: KeyFamily = (f) => (f.year && f.month ? (f.year * 32 + Math.min(f.month, f.day)) * 32 + Math.max(f.month, f.day) : undefined);
// Duplicates within one list are near-identical copies, so their keys combine two or three fields.
/** Surname, given name and birth year. */
const nameYear: KeyFamily = (f) =>
  f.surname && f.given && f.year ? (fits(f.surnameId, f.givenId) && yearFits(f) ? pairId(f.surnameId, f.givenId) * YEARS + f.year : `${f.surname}|${f.given}|${f.year}`) : undefined;
/** Birth date and given name (a typo in the surname). */
const birthDateGiven: KeyFamily = (f) => (f.year && f.month && f.given ? (fits(f.givenId) ? dayOf(f) * NAME_IDS + f.givenId : `${dayOf(f)}|${f.given}`) : undefined);
/** Birth date and surname (a typo in the given name). */
const birthDateSurname: KeyFamily = (f) => (f.year && f.month && f.surname ? (fits(f.surnameId) ? dayOf(f) * NAME_IDS + f.surnameId : `${dayOf(f)}|${f.surname}`) : undefined);
/** Phonetic surname code and given initial (surname misspelt, date wrong or missing). */
const phonetic: KeyFamily = (f) => {
  if (!f.given) return undefined;
  const initial = initialOf(f);
  return f.phonetic.map((code) => (SIX_DIGITS.test(code) ? Number(code) * 65_536 + initial : `${code}|${initial}`));
};
/** Surname and given name in either order, read straight and swapped (swapped names). */
const namePair: KeyFamily = (f) => {
  const keys: BlockKey[] = [];
  const pair = (x: number, y: number, sx: string, sy: string) => (fits(x, y) ? eitherOrder(x, y) : sx < sy ? `${sx}|${sy}` : `${sy}|${sx}`);
  if (f.surname && f.given) keys.push(pair(f.surnameId, f.givenId, f.surname, f.given));
  const [crossedSurname, crossedGiven] = [f.crossedSurname, f.crossedGiven];
  if (crossedSurname?.surname && crossedGiven?.given) keys.push(pair(crossedSurname.surnameId, crossedGiven.givenId, crossedSurname.surname, crossedGiven.given));
  return keys;
};
/** Given name, patronymic and birth year (a surname respelt beyond the rules). */
const givenPatronymicYear: KeyFamily = (f) =>
  f.given && f.patronymic && f.year ? (fits(f.givenId, f.patronymicId) && yearFits(f) ? pairId(f.givenId, f.patronymicId) * YEARS + f.year : `${f.given}|${f.patronymic}|${f.year}`) : undefined;
/** Surname and given initial (no birth date, a typo in the given name). */
const surnameInitial: KeyFamily = (f) => (f.surname && f.given ? f.surnameId * 65_536 + initialOf(f) : undefined);
/** Given name and the surname's first three letters (no birth date, a typo late in the surname). */
const givenSurnamePrefix: KeyFamily = (f) => {
  if (!f.given || f.surname.length < 3) return undefined;
  const prefix = prefixId(f.surname.slice(0, 3));
  return fits(prefix) ? f.givenId * NAME_IDS + prefix : `${f.given}|${f.surname.slice(0, 3)}`;
};
/** Given name and birth year (typos in the surname and in the date). */
const givenYear: KeyFamily = (f) => (f.given && f.year ? (yearFits(f) ? f.givenId * YEARS + f.year : `${f.given}|${f.year}`) : undefined);
/** A body's tag by its loose key, where padded, unpadded and run-together forms of one number meet. */
const tag: KeyFamily = (f) => f.tag?.loose || undefined;
/** The tag's last group of digits: a clerk who left out prefix and year (`№379`). */
const tagSerial: KeyFamily = (f) => (f.tag ? `${f.tag.numbers.at(-1)}` : undefined);
/** A body's DNA sample id by its loose key. */
const dna: KeyFamily = (f) => f.dna?.loose || undefined;

/** The key families of a kind of list: for linking two lists, and for duplicates inside one. */
export interface BlockingKeys {
  /** Wide, since a missed true pair can never be found later. */
  link: readonly KeyFamily[];
  /** Copies are near-identical, and a list is paired with itself. */
  dedupe: readonly KeyFamily[];
}

/** People: by service number, names and birth date. */
export const PERSON_KEYS: BlockingKeys = {
  link: [service, surnameYear, birthDate, phonetic, namePair, givenPatronymicYear, surnameInitial, givenSurnamePrefix, givenYear],
  dedupe: [service, nameYear, birthDateGiven, birthDateSurname],
};

/** Bodies: as people, and by tag and DNA sample id. */
export const BODY_KEYS: BlockingKeys = {
  link: [...PERSON_KEYS.link, tag, tagSerial, dna],
  dedupe: [...PERSON_KEYS.dedupe, tag, tagSerial, dna],
};

/**
 * A block of a key the sort cannot take (a number that is not a whole number from 0 to 2^53 − 1,
 * which no family gives, but a block is a block): the positions of the records that share it. A
 * lone position is kept as a number, an array made only for a shared key.
 */
type Block = number | number[];
const positionsOf = (block: Block): readonly number[] => (typeof block === 'number' ? [block] : block);

/**
 * A string key is sorted by its number (stringNumber) with its record's position and its place
 * among the record's keys, as one number: a family gives a record at most 33 keys (a service
 * number and its 32 readings at most: match/keys.ts), and a list has fewer than 2^25 records.
 */
const STRING_SLOTS = 64;
const MAX_STRING_POSITION = Math.floor(2 ** 31 / STRING_SLOTS);

/**
 * The blocks of one key family: its whole-number keys sorted into runs of one key, each run's
 * positions ascending (key-runs.ts); its string keys likewise by the numbers that stand for them
 * (each run's strings compared, since two strings may share a number); any other key in a Map. A
 * record's key counts once, however many of its keys repeat it.
 */
interface FamilyIndex {
  records: readonly Features[];
  family: KeyFamily;
  runs: KeyedPositions;
  /** Positions here are `position * STRING_SLOTS + k`, k the key's place among the record's keys. */
  strings: KeyedPositions;
  others: Map<BlockKey, Block>;
}

/**
 * The arrays an index fills, kept from one key family to the next: each new typed array is fresh
 * memory (key-runs.ts SortScratch).
 */
interface IndexArrays {
  runs: KeyedPositions;
  strings: KeyedPositions;
}
const indexArrays = (records: number): IndexArrays => ({ runs: new KeyedPositions(records), strings: new KeyedPositions(16) });

/**
 * The arrays blocking fills, kept from one blocking pass to the next (a run has four: the
 * estimating's, each list's duplicates, the linking's) until the linking's is done: each new typed
 * array is fresh memory, and at a million a side the pair ids alone grow to a hundred megabytes a
 * pass (key-runs.ts SortScratch).
 */
const kept: { ids?: KeyedPositions; sides: IndexArrays[] } = { sides: [] };

/** The index arrays of the `side`-th list of a pass (0 or 1), emptied, with room for `records` keys. */
function keptIndexArrays(side: number, records: number): IndexArrays {
  const arrays = kept.sides[side];
  if (arrays !== undefined && arrays.runs.capacity >= records) return arrays;
  return (kept.sides[side] = indexArrays(records));
}

/** Lets go of the arrays blocking keeps between passes (after the linking's blocking, the last of a run). */
export function releaseBlockingArrays(): void {
  kept.ids = undefined;
  kept.sides = [];
  releaseSortScratch();
}

/** The index of one key family, in `arrays` (emptied first: an index before it is done with). */
function index(records: readonly Features[], family: KeyFamily, arrays: IndexArrays): FamilyIndex {
  const runs = arrays.runs.clear();
  const strings = arrays.strings.clear();
  const others = new Map<BlockKey, Block>();
  const add = (key: BlockKey, position: number, k: number) => {
    if (isWholeKey(key)) return runs.add(key, position);
    if (typeof key === 'string') {
      // Every string key goes here, or two records sharing one could be put apart: past the
      // bounds the run stops rather than miss a pair.
      if (k >= STRING_SLOTS || position >= MAX_STRING_POSITION) throw new Error(`blocking: key ${k + 1} of record ${position + 1} is past what a block can hold`);
      return strings.add(stringNumber(key), position * STRING_SLOTS + k);
    }
    const block = others.get(key);
    if (block === undefined) others.set(key, position);
    else if (typeof block === 'number') others.set(key, [block, position]);
    else block.push(position);
  };
  for (let position = 0; position < records.length; position++) {
    const keys = family(records[position]!);
    if (keys === undefined) continue;
    if (typeof keys !== 'object') add(keys, position, 0);
    else for (let k = 0; k < keys.length; k++) if (keys.indexOf(keys[k]!) === k) add(keys[k]!, position, k);
  }
  runs.sort();
  strings.sort();
  return { records, family, runs, strings, others };
}

/** The position of the record whose string key a place in `strings` stands for. */
const stringPosition = (x: FamilyIndex, at: number): number => Math.floor(x.strings.positions[at]! / STRING_SLOTS);

/** The string key a place in `strings` stands for. */
function stringAt(x: FamilyIndex, at: number): string {
  const slot = x.strings.positions[at]!;
  const keys = x.family(x.records[stringPosition(x, at)]!)!;
  return (typeof keys === 'object' ? keys[slot % STRING_SLOTS] : keys) as string;
}

/** The records of a run of one string number, by string (nearly always one string): positions ascending. */
const stringGroups = (x: FamilyIndex, from: number, to: number): Map<string, number[]> =>
  groupRun(from, to, (at) => stringAt(x, at), (at) => stringPosition(x, at));

type Meet = (xs: ArrayLike<number>, xFrom: number, xTo: number, ys: ArrayLike<number>, yFrom: number, yTo: number) => void;

/** Runs of one number on both sides, walked side by side (a merge): `meet` gets the places of each. */
function mergeRuns(rx: KeyedPositions, ry: KeyedPositions, meet: (i: number, iEnd: number, j: number, jEnd: number) => void): void {
  for (let i = 0, j = 0; i < rx.length && j < ry.length; ) {
    const order = rx.hi[i]! - ry.hi[j]! || rx.lo[i]! - ry.lo[j]!;
    if (order < 0) i = rx.runEnd(i);
    else if (order > 0) j = ry.runEnd(j);
    else {
      const [iEnd, jEnd] = [rx.runEnd(i), ry.runEnd(j)];
      meet(i, iEnd, j, jEnd);
      [i, j] = [iEnd, jEnd];
    }
  }
}

/** Each key two indexes share, in turn: `meet` receives the positions holding it on either side, as a range of an array. */
function shared(x: FamilyIndex, y: FamilyIndex, meet: Meet): void {
  mergeRuns(x.runs, y.runs, (i, iEnd, j, jEnd) => meet(x.runs.positions, i, iEnd, y.runs.positions, j, jEnd));
  mergeRuns(x.strings, y.strings, (i, iEnd, j, jEnd) => {
    // Nearly always one string on each side: compared as they are, with no groups to make.
    if (iEnd - i === 1 && jEnd - j === 1) {
      if (stringAt(x, i) === stringAt(y, j)) meet([stringPosition(x, i)], 0, 1, [stringPosition(y, j)], 0, 1);
      return;
    }
    const inY = stringGroups(y, j, jEnd);
    for (const [key, px] of stringGroups(x, i, iEnd)) {
      const py = inY.get(key);
      if (py !== undefined) meet(px, 0, px.length, py, 0, py.length);
    }
  });
  for (const [key, inY] of y.others) {
    const inX = x.others.get(key);
    if (inX === undefined) continue;
    const [px, py] = [positionsOf(inX), positionsOf(inY)];
    meet(px, 0, px.length, py, 0, py.length);
  }
}

/** Each key an index holds for two records or more: `block` receives their positions, a range of an array. */
function sharedWithin(x: FamilyIndex, block: (positions: ArrayLike<number>, from: number, to: number) => void): void {
  const runs = x.runs;
  for (let i = 0; i < runs.length; ) {
    const end = runs.runEnd(i);
    if (end - i > 1) block(runs.positions, i, end);
    i = end;
  }
  const strings = x.strings;
  for (let i = 0; i < strings.length; ) {
    const end = strings.runEnd(i);
    if (end - i > 1) for (const group of stringGroups(x, i, end).values()) if (group.length > 1) block(group, 0, group.length);
    i = end;
  }
  for (const inX of x.others.values()) if (typeof inX !== 'number') block(inX, 0, inX.length);
}

/** Two texts in the order of `<` (UTF-16 code units). */
const textOrder = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const DATE_DIGITS = 1e8;
/**
 * Two birth dates in the order of their digits yyyymmdd, padded to eight (0 for none): as numbers
 * where both take eight digits, which is the digits' order; as text past that.
 */
function dateOrder(x: Features, y: Features): number {
  const [dx, dy] = [x.year * 10_000 + x.month * 100 + x.day, y.year * 10_000 + y.month * 100 + y.day];
  if (dx < DATE_DIGITS && dy < DATE_DIGITS) return dx - dy;
  return textOrder(String(dx).padStart(8, '0'), String(dy).padStart(8, '0'));
}
const surnameOrder = (x: Features, y: Features) => textOrder(x.surnameSkeleton, y.surnameSkeleton);
const givenOrder = (x: Features, y: Features) => textOrder(x.givenSkeleton, y.givenSkeleton);
const serviceOrder = (x: Features, y: Features) => textOrder(x.service, y.service);
/**
 * The orders a large block is sorted in: each brings together records alike in other fields than
 * the block's key. Each compares field by field, which is the order of the fields' texts joined
 * by a character below any of theirs: no text is made for it.
 */
const ORDERS: ReadonlyArray<(x: Features, y: Features) => number> = [
  (x, y) => surnameOrder(x, y) || givenOrder(x, y) || dateOrder(x, y) || serviceOrder(x, y),
  (x, y) => givenOrder(x, y) || dateOrder(x, y) || surnameOrder(x, y) || serviceOrder(x, y),
  (x, y) => dateOrder(x, y) || surnameOrder(x, y) || givenOrder(x, y) || serviceOrder(x, y),
];

interface Member {
  /** 0 for list A (or the one list), 1 for list B. */
  side: number;
  position: number;
  f: Features;
}

/**
 * Sorted neighbourhood in one large block: in each order, every record meets the WINDOW records
 * after it (and so the WINDOW before it). `pair(i, j)` receives A and B positions (or, within one
 * list, two positions of it).
 */
function windowPairs(members: readonly Member[], pair: (x: Member, y: Member) => void): void {
  for (const order of ORDERS) {
    const sorted = [...members].sort((x, y) => order(x.f, y.f) || x.side - y.side || x.position - y.position);
    for (let k = 0; k < sorted.length; k++) {
      for (let n = k + 1; n <= k + WINDOW && n < sorted.length; n++) pair(sorted[k]!, sorted[n]!);
    }
  }
}

/**
 * Sorts pair ids (`aPosition * width + bPosition`) and drops repeats, writing the pairs straight
 * into arrays of their exact size: a list of a million gives millions of ids, and each copy of
 * them held at once is memory.
 */
function fromIds(ids: KeyedPositions, width: number, oversizedBlocks: number, windowedBlocks: number): Candidates {
  ids.sort();
  let pairs = 0;
  for (let k = 0; k < ids.length; k++) if (k === 0 || !ids.same(k, k - 1)) pairs++;
  const a = int32s(pairs);
  const b = int32s(pairs);
  for (let k = 0, p = 0; k < ids.length; k++) {
    if (k > 0 && ids.same(k, k - 1)) continue;
    const id = ids.key(k);
    const i = Math.floor(id / width);
    a[p] = i;
    b[p] = id - i * width;
    p++;
  }
  return { a, b, stats: { pairs, oversizedBlocks, ...(windowedBlocks > 0 ? { windowedBlocks } : {}) } };
}

/** Pair ids as they are found, before sorting: whole numbers only (their positions unused), in the kept array. */
const pairIds = () => (kept.ids ??= new KeyedPositions(1 << 16, false)).clear();

/**
 * The units of work blocking on `families` ticks: each family's keys indexed, then the blocks they
 * share walked, and last the pairs sorted.
 */
export const blockingUnits = (families: readonly KeyFamily[]): number => 2 * families.length + 1;

/**
 * Candidate pairs between two lists, each pair once. `step` is ticked as each part of it is done
 * (blockingUnits). `keep`, where given, says which of them to give (by their A and B positions):
 * the blocks are found and compared as without it (a block's size, its sorted neighbourhoods),
 * and only the pairs kept are gathered and sorted.
 */
export function candidatePairs(
  a: readonly Features[], b: readonly Features[], families: readonly KeyFamily[] = BODY_KEYS.link, step?: Step,
  keep?: (aPosition: number, bPosition: number) => boolean,
): Candidates {
  const ids = pairIds();
  let oversized = 0;
  let windowed = 0;
  let skipped = 0;
  const width = b.length;
  const arrays = { a: keptIndexArrays(0, a.length), b: keptIndexArrays(1, b.length) };
  for (const [done, family] of families.entries()) {
    step?.tick(2 * done);
    const [inA, inB] = [index(a, family, arrays.a), index(b, family, arrays.b)];
    step?.tick(2 * done + 1);
    shared(inA, inB, (pa, aFrom, aTo, pb, bFrom, bTo) => {
      const [sizeA, sizeB] = [aTo - aFrom, bTo - bFrom];
      if (sizeA === 1 && sizeB === 1) {
        const [i, j] = [pa[aFrom]!, pb[bFrom]!];
        if (keep === undefined || keep(i, j)) ids.add(i * width + j, 0);
        return;
      }
      if (sizeA > MAX_BLOCK_RECORDS || sizeB > MAX_BLOCK_RECORDS) {
        oversized++;
        skipped += sizeA + sizeB;
        return;
      }
      if (sizeA * sizeB <= MAX_BLOCK_PAIRS) {
        for (let i = aFrom; i < aTo; i++) {
          for (let j = bFrom; j < bTo; j++) if (keep === undefined || keep(pa[i]!, pb[j]!)) ids.add(pa[i]! * width + pb[j]!, 0);
        }
        return;
      }
      windowed++;
      const members: Member[] = [];
      for (let i = aFrom; i < aTo; i++) members.push({ side: 0, position: pa[i]!, f: a[pa[i]!]! });
      for (let j = bFrom; j < bTo; j++) members.push({ side: 1, position: pb[j]!, f: b[pb[j]!]! });
      windowPairs(members, (x, y) => {
        if (x.side === y.side) return;
        const [i, j] = x.side === 0 ? [x.position, y.position] : [y.position, x.position];
        if (keep === undefined || keep(i, j)) ids.add(i * width + j, 0);
      });
    });
  }
  tellSkipped('linking the two lists', oversized, skipped);
  step?.tick(2 * families.length);
  return fromIds(ids, width, oversized, windowed);
}

/** Candidate pairs inside one list (for duplicates), as positions i < j. `step` is ticked as each part of it is done (blockingUnits). */
export function candidatePairsWithin(list: readonly Features[], families: readonly KeyFamily[] = BODY_KEYS.dedupe, step?: Step): Candidates {
  const ids = pairIds();
  let oversized = 0;
  let windowed = 0;
  let skipped = 0;
  const width = list.length;
  const arrays = keptIndexArrays(0, list.length);
  for (const [done, family] of families.entries()) {
    step?.tick(2 * done);
    const inList = index(list, family, arrays);
    step?.tick(2 * done + 1);
    sharedWithin(inList, (block, from, to) => {
      const size = to - from;
      if (size > MAX_BLOCK_RECORDS) {
        oversized++;
        skipped += size;
        return;
      }
      if ((size * (size - 1)) / 2 <= MAX_BLOCK_PAIRS) {
        for (let x = from; x < to; x++) for (let y = x + 1; y < to; y++) ids.add(block[x]! * width + block[y]!, 0);
        return;
      }
      windowed++;
      const members: Member[] = [];
      for (let k = from; k < to; k++) members.push({ side: 0, position: block[k]!, f: list[block[k]!]! });
      windowPairs(members, (x, y) => {
        const [i, j] = x.position < y.position ? [x.position, y.position] : [y.position, x.position];
        ids.add(i * width + j, 0);
      });
    });
  }
  tellSkipped('looking for duplicates within a list', oversized, skipped);
  step?.tick(2 * families.length);
  return fromIds(ids, width, oversized, windowed);
}
