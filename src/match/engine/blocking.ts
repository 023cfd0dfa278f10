// Blocking: only pairs that share at least one key are compared. Several independent keys, so a
// true pair survives errors in one or two fields. The keys are data: a list of functions, one
// per key family, each giving zero or more keys for a record.
import type { Features } from './features.js';

export interface BlockingStats {
  /** Distinct pairs produced. */
  pairs: number;
  /** Keys skipped because their block was larger than the cap. */
  oversizedBlocks: number;
}

/** Candidate pairs as parallel arrays of positions, sorted by A position then B position. */
export interface Candidates {
  a: Int32Array;
  b: Int32Array;
  stats: BlockingStats;
}

export type KeyFamily = (f: Features) => string | readonly string[] | undefined;

/** A block whose pair count exceeds this is skipped: it would cost more than it can find. */
export const MAX_BLOCK_PAIRS = 5_000;

// A skipped block is said, not silent: pairs it held are compared only if another key brings
// them together. The shell installs where the notice goes (stderr); matching never changes.
let notice: (text: string) => void = () => undefined;

/** Where the notice of skipped blocks goes (the shell: stderr, each notice once). */
export function noticeOversizedBlocks(sink: (text: string) => void): void {
  notice = sink;
}

function tellSkipped(what: string, blocks: number, pairs: number): void {
  if (blocks === 0) return;
  const count = (n: number) => n.toLocaleString('en-US');
  notice(
    `${what}: ${count(blocks)} block${blocks === 1 ? '' : 's'} of candidate pairs larger than ${count(MAX_BLOCK_PAIRS)} pairs skipped ` +
      `(${count(pairs)} pairs not compared through them: too many records share one key, such as one person copied many times)`,
  );
}

const initialOf = (f: Features) => f.given.slice(0, 1);
const sortedPair = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** Service number. */
const service: KeyFamily = (f) => f.serviceKeys.map((k) => `s:${k}`);
/** Surname and birth year. */
const surnameYear: KeyFamily = (f) => (f.surname && f.year ? `n:${f.surname}|${f.year}` : undefined);
/** Birth date with day and month in either order (a swap stays in the block). */
const birthDate: KeyFamily = (f) => (f.year && f.month ? `d:${f.year}|${Math.min(f.month, f.day)}|${Math.max(f.month, f.day)}` : undefined);
// Duplicates within one list are near-identical copies, so their keys combine two or three fields.
/** Surname, given name and birth year. */
const nameYear: KeyFamily = (f) => (f.surname && f.given && f.year ? `ny:${f.surname}|${f.given}|${f.year}` : undefined);
/** Birth date and given name (a typo in the surname). */
const birthDateGiven: KeyFamily = (f) => (f.year && f.month && f.given ? `dg:${f.year}|${f.month}|${f.day}|${f.given}` : undefined);
/** Birth date and surname (a typo in the given name). */
const birthDateSurname: KeyFamily = (f) => (f.year && f.month && f.surname ? `ds:${f.year}|${f.month}|${f.day}|${f.surname}` : undefined);
/** Phonetic surname code and given initial (surname misspelt, date wrong or missing). */
const phonetic: KeyFamily = (f) => (f.given ? f.phonetic.map((code) => `p:${code}|${initialOf(f)}`) : undefined);
/** Surname and given name in either order, read straight and swapped (swapped names). */
const namePair: KeyFamily = (f) => {
  const keys: string[] = [];
  if (f.surname && f.given) keys.push(`w:${sortedPair(f.surname, f.given)}`);
  if (f.crossedSurname?.surname && f.crossedGiven?.given) keys.push(`w:${sortedPair(f.crossedSurname.surname, f.crossedGiven.given)}`);
  return keys;
};
/** Given name, patronymic and birth year (a surname respelt beyond the rules). */
const givenPatronymicYear: KeyFamily = (f) => (f.given && f.patronymic && f.year ? `g:${f.given}|${f.patronymic}|${f.year}` : undefined);
/** Surname and given initial (no birth date, a typo in the given name). */
const surnameInitial: KeyFamily = (f) => (f.surname && f.given ? `i:${f.surname}|${initialOf(f)}` : undefined);
/** Given name and the surname's first three letters (no birth date, a typo late in the surname). */
const givenSurnamePrefix: KeyFamily = (f) => (f.given && f.surname.length >= 3 ? `r:${f.given}|${f.surname.slice(0, 3)}` : undefined);
/** Given name and birth year (typos in the surname and in the date). */
const givenYear: KeyFamily = (f) => (f.given && f.year ? `y:${f.given}|${f.year}` : undefined);
/** A body's tag by its loose key, where padded, unpadded and run-together forms of one number meet. */
const tag: KeyFamily = (f) => (f.tag?.loose ? `t:${f.tag.loose}` : undefined);
/** The tag's last group of digits: a clerk who left out prefix and year (`№379`). */
const tagSerial: KeyFamily = (f) => (f.tag ? `tn:${f.tag.numbers.at(-1)}` : undefined);
/** A body's DNA sample id by its loose key. */
const dna: KeyFamily = (f) => (f.dna?.loose ? `dna:${f.dna.loose}` : undefined);

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

function index(records: readonly Features[], families: readonly KeyFamily[], only?: Map<string, number[]>): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  const add = (key: string, position: number) => {
    if (only && !only.has(key)) return;
    const block = blocks.get(key);
    if (!block) blocks.set(key, [position]);
    else if (block[block.length - 1] !== position) block.push(position);
  };
  records.forEach((f, position) => {
    for (const family of families) {
      const keys = family(f);
      if (typeof keys === 'string') add(keys, position);
      else if (keys) for (const key of keys) add(key, position);
    }
  });
  return blocks;
}

/** Sorts pair ids (`aPosition * width + bPosition`) and drops repeats. */
function fromIds(ids: number[], width: number, oversizedBlocks: number): Candidates {
  const sorted = Float64Array.from(ids).sort();
  const a: number[] = [];
  const b: number[] = [];
  let last = -1;
  for (const id of sorted) {
    if (id === last) continue;
    last = id;
    a.push(Math.floor(id / width));
    b.push(id % width);
  }
  return { a: Int32Array.from(a), b: Int32Array.from(b), stats: { pairs: a.length, oversizedBlocks } };
}

/** Candidate pairs between two lists, each pair once. */
export function candidatePairs(a: readonly Features[], b: readonly Features[], families: readonly KeyFamily[] = BODY_KEYS.link): Candidates {
  const blocksA = index(a, families);
  const blocksB = index(b, families, blocksA);
  const ids: number[] = [];
  let oversized = 0;
  let skipped = 0;
  for (const [key, inB] of blocksB) {
    const inA = blocksA.get(key)!;
    if (inA.length * inB.length > MAX_BLOCK_PAIRS) {
      oversized++;
      skipped += inA.length * inB.length;
      continue;
    }
    for (const i of inA) for (const j of inB) ids.push(i * b.length + j);
  }
  tellSkipped('linking the two lists', oversized, skipped);
  return fromIds(ids, b.length, oversized);
}

/** Candidate pairs inside one list (for duplicates), as positions i < j. */
export function candidatePairsWithin(list: readonly Features[], families: readonly KeyFamily[] = BODY_KEYS.dedupe): Candidates {
  const ids: number[] = [];
  let oversized = 0;
  let skipped = 0;
  for (const block of index(list, families).values()) {
    if ((block.length * (block.length - 1)) / 2 > MAX_BLOCK_PAIRS) {
      oversized++;
      skipped += (block.length * (block.length - 1)) / 2;
      continue;
    }
    for (let x = 0; x < block.length; x++) for (let y = x + 1; y < block.length; y++) ids.push(block[x]! * list.length + block[y]!);
  }
  tellSkipped('looking for duplicates within a list', oversized, skipped);
  return fromIds(ids, list.length, oversized);
}
