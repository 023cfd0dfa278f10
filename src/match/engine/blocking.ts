// Blocking: only pairs that share at least one key are compared. Several independent keys, so a
// true pair survives errors in one or two fields. The keys are data: a list of functions, one
// per key family, each giving zero or more keys for a record.
import type { Features } from './features.js';
import { numbering } from '../../names/memo.js';
import type { Step } from '../../progress.js';

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
const pairNumber = numbering<number>();
export const pairId = (x: number, y: number) => pairNumber(x * NAME_IDS + y);
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
 * A block: the positions of the records that share a key. Most keys are held by one record only
 * (a service number, a name with a birth date), so a lone position is kept as a number and an
 * array is made only for a key two records share.
 */
type Block = number | number[];
const positionsOf = (block: Block): readonly number[] => (typeof block === 'number' ? [block] : block);
const sizeOf = (block: Block) => (typeof block === 'number' ? 1 : block.length);

type Blocks = Map<BlockKey, Block>;

/** The blocks of one key family. `only`: keep only the keys the other list's blocks hold. */
function index(records: readonly Features[], family: KeyFamily, only?: Blocks): Blocks {
  const blocks: Blocks = new Map();
  const add = (key: BlockKey, position: number) => {
    if (only && !only.has(key)) return;
    const block = blocks.get(key);
    if (block === undefined) blocks.set(key, position);
    else if (typeof block === 'number') {
      if (block !== position) blocks.set(key, [block, position]);
    } else if (block[block.length - 1] !== position) block.push(position);
  };
  for (let position = 0; position < records.length; position++) {
    const keys = family(records[position]!);
    if (keys === undefined) continue;
    if (typeof keys !== 'object') add(keys, position);
    else for (const key of keys) add(key, position);
  }
  return blocks;
}

const dateDigits = (f: Features) => String(f.year * 10_000 + f.month * 100 + f.day).padStart(8, '0');
/** The orders a large block is sorted in: each brings together records alike in other fields than the block's key. */
const ORDERS: ReadonlyArray<(f: Features) => string> = [
  (f) => `${f.surnameSkeleton}\u0000${f.givenSkeleton}\u0000${dateDigits(f)}\u0000${f.service}`,
  (f) => `${f.givenSkeleton}\u0000${dateDigits(f)}\u0000${f.surnameSkeleton}\u0000${f.service}`,
  (f) => `${dateDigits(f)}\u0000${f.surnameSkeleton}\u0000${f.givenSkeleton}\u0000${f.service}`,
];

interface Member {
  key: string;
  /** 0 for list A (or the one list), 1 for list B. */
  side: number;
  position: number;
}
const byKey = (x: Member, y: Member) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.side - y.side || x.position - y.position);

/**
 * Sorted neighbourhood in one large block: in each order, every record meets the WINDOW records
 * after it (and so the WINDOW before it). `pair(i, j)` receives A and B positions (or, within one
 * list, two positions of it).
 */
function windowPairs(
  members: ReadonlyArray<{ side: number; position: number; f: Features }>,
  pair: (x: Member, y: Member) => void,
): void {
  for (const order of ORDERS) {
    const sorted: Member[] = members.map(({ side, position, f }) => ({ key: order(f), side, position }));
    sorted.sort(byKey);
    for (let k = 0; k < sorted.length; k++) {
      for (let n = k + 1; n <= k + WINDOW && n < sorted.length; n++) pair(sorted[k]!, sorted[n]!);
    }
  }
}

/**
 * Sorts pair ids (`aPosition * width + bPosition`) and drops repeats. The ids are let go once
 * sorted (`ids` is emptied), and the pairs are written straight into arrays of their exact
 * size: a list of a million gives millions of ids, and each copy of them held at once is memory.
 */
function fromIds(ids: number[], width: number, oversizedBlocks: number, windowedBlocks: number): Candidates {
  const sorted = Float64Array.from(ids).sort();
  ids.length = 0;
  let pairs = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) pairs++;
  const a = new Int32Array(pairs);
  const b = new Int32Array(pairs);
  for (let k = 0, p = 0; k < sorted.length; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    const id = sorted[k]!;
    const i = Math.floor(id / width);
    a[p] = i;
    b[p] = id - i * width;
    p++;
  }
  return { a, b, stats: { pairs, oversizedBlocks, ...(windowedBlocks > 0 ? { windowedBlocks } : {}) } };
}

/** Candidate pairs between two lists, each pair once. `step` is ticked as each key family is done. */
export function candidatePairs(a: readonly Features[], b: readonly Features[], families: readonly KeyFamily[] = BODY_KEYS.link, step?: Step): Candidates {
  const ids: number[] = [];
  let oversized = 0;
  let windowed = 0;
  let skipped = 0;
  for (const [done, family] of families.entries()) {
    step?.tick(done);
    const blocksA = index(a, family);
    for (const [key, inB] of index(b, family, blocksA)) {
      const inA = blocksA.get(key)!;
      if (typeof inA === 'number' && typeof inB === 'number') {
        ids.push(inA * b.length + inB);
        continue;
      }
      const [pa, pb] = [positionsOf(inA), positionsOf(inB)];
      if (pa.length > MAX_BLOCK_RECORDS || pb.length > MAX_BLOCK_RECORDS) {
        oversized++;
        skipped += pa.length + pb.length;
        continue;
      }
      if (pa.length * pb.length <= MAX_BLOCK_PAIRS) {
        for (const i of pa) for (const j of pb) ids.push(i * b.length + j);
        continue;
      }
      windowed++;
      const members = [...pa.map((position) => ({ side: 0, position, f: a[position]! })), ...pb.map((position) => ({ side: 1, position, f: b[position]! }))];
      windowPairs(members, (x, y) => {
        if (x.side === y.side) return;
        const [i, j] = x.side === 0 ? [x.position, y.position] : [y.position, x.position];
        ids.push(i * b.length + j);
      });
    }
  }
  tellSkipped('linking the two lists', oversized, skipped);
  return fromIds(ids, b.length, oversized, windowed);
}

/** Candidate pairs inside one list (for duplicates), as positions i < j. `step` is ticked as each key family is done. */
export function candidatePairsWithin(list: readonly Features[], families: readonly KeyFamily[] = BODY_KEYS.dedupe, step?: Step): Candidates {
  const ids: number[] = [];
  let oversized = 0;
  let windowed = 0;
  let skipped = 0;
  for (const [done, family] of families.entries()) {
    step?.tick(done);
    for (const block of index(list, family).values()) {
      // A key of one record pairs nothing.
      if (typeof block === 'number') continue;
      if (block.length > MAX_BLOCK_RECORDS) {
        oversized++;
        skipped += block.length;
        continue;
      }
      if ((block.length * (block.length - 1)) / 2 <= MAX_BLOCK_PAIRS) {
        for (let x = 0; x < block.length; x++) for (let y = x + 1; y < block.length; y++) ids.push(block[x]! * list.length + block[y]!);
        continue;
      }
      windowed++;
      windowPairs(block.map((position) => ({ side: 0, position, f: list[position]! })), (x, y) => {
        const [i, j] = x.position < y.position ? [x.position, y.position] : [y.position, x.position];
        ids.push(i * list.length + j);
      });
    }
  }
  tellSkipped('looking for duplicates within a list', oversized, skipped);
  return fromIds(ids, list.length, oversized, windowed);
}
