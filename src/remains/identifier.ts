// Body tags (body or case numbers) and DNA sample ids as clerks write them. The number on the
// bag is the same whoever copies it, but each register writes it its own way: `UA-2024-000379`,
// `УА-2024-379`, `ua 2024 000379`, `UA2024000379`, `бирка № 379`, `2024/379`, `379/2024`.
// Reading one gives its letters and its groups of digits, the year first where one group is a
// year; comparing two says whether they are the same number written twice. One shape cannot be
// read alone: `2022/5` is serial 5 of 2022 in a register numbered within the year, and bag 5 of
// body 2022 in one that numbers bodies plainly. The register's convention, inferred from the
// whole column (`tagConvention`), decides it (docs/remains.md, "Reading tags").
import { readDataJson } from '../data.js';
import { latinSkeleton } from '../names/index.js';
import { lookalikeRows } from '../names/tables.js';

export interface Identifier {
  /** Letters, Cyrillic read as its Latin look-alikes (`Р` → `p`); '' when there are none. */
  look: string;
  /** Letters as spoken Latin (`УА` → `ua`), for a clerk who spelt the letters in his own script. */
  sound: string;
  /**
   * Groups of digits without leading zeros, the year first: `UA-2024-000379`, `2024/379` and
   * `379/2024` → 2024, 379. A bag suffix is not among them.
   */
  numbers: string[];
  /**
   * Every digit but the zeros: padded, unpadded and run-together forms of one number share it
   * (`UA-2024-379`, `UA2024000379`). A key to find candidates, not proof of sameness.
   */
  loose: string;
  /** The year of a tag of two groups one of which is a year (`UA-2024-000379`, `9/2022`); numbers[1] is then the serial. */
  year?: number;
  /** The bag of a body split over several (`UA-2024-000379/2` → 2). */
  bag?: number;
  /** The reading had to decide something (a bag, a serial written before its year, `2022/5`): `why` says how it read the tag. */
  decided?: true;
}

/**
 * How two identifiers agree: `same` number; `partial` when one keeps only the last groups of the
 * other (`№379` against `UA-2024-000379`: the clerk left out the year); `other-letters` when the
 * digits agree under different letters; `different` otherwise.
 */
export type IdentifierAgreement = 'same' | 'partial' | 'other-letters' | 'different';

/**
 * How one register writes its tags, inferred from all the values of its tag column:
 * - `register`: `year` numbers bodies within the year and writes `YEAR/SERIAL`, so `2022/5` is
 *   serial 5 of 2022; `plain` numbers bodies plainly or writes `PREFIX-YEAR-SERIAL`, so a short
 *   number after a slash is a bag and `2022/5` is bag 5 of body 2022.
 * - `yearFirst`: which group is the year when both could be (`2024/2023`).
 * - `evidence`: what decided the register: the column itself, the other list's column (when this
 *   one cannot tell), or nothing (the default, `plain`).
 */
export interface TagConvention {
  register: 'year' | 'plain';
  yearFirst: boolean;
  evidence: 'column' | 'other list' | 'default';
}

/** The reading when nothing is known of the register: a short number after a slash is a bag. */
export const DEFAULT_TAG_CONVENTION: TagConvention = { register: 'plain', yearFirst: true, evidence: 'default' };

/**
 * The years a register year may take: four digits from 1990 to 2035. Bodies of this war carry
 * recovery years from 2014; the range is wide enough for any register in use and narrow enough
 * that a serial is rarely taken for a year (a plain register numbering beyond 1990 is settled by
 * its column, below).
 */
export const REGISTER_YEARS = { min: 1990, max: 2035 } as const;

const PREFIXES = (readDataJson('values.json') as { identifier_prefix: Record<'tag' | 'dna_sample_id', string[]> }).identifier_prefix;

/** Words before the number (data/values.json), longest first, each followed by no letter. */
function prefixPattern(words: readonly string[]): RegExp {
  const escaped = [...words]
    .sort((x, y) => y.length - x.length)
    .map((w) => w.normalize('NFKC').toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:${escaped.join('|')})(?!\\p{L})[^\\p{L}\\p{N}]*`, 'u');
}

const TAG_PREFIX = prefixPattern(PREFIXES.tag);
const DNA_PREFIX = prefixPattern(PREFIXES.dna_sample_id);

const LOOK = new Map(lookalikeRows.map((row) => [row.cyrillic, row.latin]));
const TOKEN = /\p{L}+|\d+/gu;

/** One group of digits as written, and what stood between it and the token before (`/`, ` - `). */
interface Group {
  digits: string;
  gap: string;
}

/** An identifier as written: its letters, its groups of digits, and whether it ends in a group. */
interface Written {
  letters: string;
  groups: Group[];
  endsInDigits: boolean;
}

function scan(text: string, prefix: RegExp): Written | undefined {
  // NFKC turns `№` into `No` and full-width digits into digits; the prefix words are lower case.
  let rest = text.normalize('NFKC').toLowerCase().trim();
  // Prefix words stack: `бирка № 379`.
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(prefix, '');
  }
  const letters: string[] = [];
  const groups: Group[] = [];
  let end = 0;
  let last = '';
  for (const match of rest.matchAll(TOKEN)) {
    const token = match[0];
    if (/^\d/.test(token)) groups.push({ digits: token, gap: rest.slice(end, match.index) });
    else letters.push(token);
    end = match.index + token.length;
    last = token;
  }
  if (groups.length === 0) return undefined;
  return { letters: letters.join(''), groups, endsInDigits: /^\d/.test(last) && end === rest.length };
}

const stripZeros = (digits: string) => digits.replace(/^0+(?=\d)/, '');
/** A register year: four digits as written (never padded), in REGISTER_YEARS. */
const isYear = (digits: string) => /^[12]\d{3}$/.test(digits) && Number(digits) >= REGISTER_YEARS.min && Number(digits) <= REGISTER_YEARS.max;
const isSlash = (gap: string) => /^\s*\/\s*$/u.test(gap);

/**
 * A body split over several bags is numbered `UA-2024-000379/2`: a short number (1 to 99, not
 * zero-padded) after a final slash, following another group, is the bag.
 */
function bagSuffix(w: Written): number | undefined {
  const last = w.groups.at(-1)!;
  return w.groups.length >= 2 && w.endsInDigits && isSlash(last.gap) && /^[1-9]\d?$/.test(last.digits) ? Number(last.digits) : undefined;
}

/** `2022/5`: a year, a slash and a short number, which is a serial or a bag as the register goes. */
function ambiguousSuffix(w: Written): number | undefined {
  const bag = bagSuffix(w);
  return bag !== undefined && w.groups.length === 2 && isYear(w.groups[0]!.digits) ? bag : undefined;
}

/** Where the year is among two groups: 0, 1, or -1 for neither; both years: as the register writes them. */
function yearAt(groups: readonly Group[], yearFirst: boolean): number {
  if (groups.length !== 2) return -1;
  const [first, second] = [isYear(groups[0]!.digits), isYear(groups[1]!.digits)];
  if (first && second) return yearFirst ? 0 : 1;
  return first ? 0 : second ? 1 : -1;
}

function identifier(w: Written, groups: readonly Group[]): Identifier {
  const numbers = groups.map((g) => stripZeros(g.digits));
  return {
    look: [...w.letters].map((c) => LOOK.get(c) ?? c).join(''),
    sound: w.letters ? latinSkeleton(w.letters) : '',
    numbers,
    loose: numbers.join('').replaceAll('0', ''),
  };
}

function readWrittenTag(w: Written, convention: TagConvention): Identifier {
  let groups = w.groups;
  let bag = bagSuffix(w);
  let decided = bag !== undefined;
  // `2022/5` in a year register: serial 5 of 2022, not a bag.
  if (ambiguousSuffix(w) !== undefined && convention.register === 'year') bag = undefined;
  if (bag !== undefined) groups = groups.slice(0, -1);
  const at = yearAt(groups, convention.yearFirst);
  // The serial written first (`9/2022`): the year first, as everywhere else.
  if (at === 1) {
    groups = [groups[1]!, groups[0]!];
    decided = true;
  }
  const id = identifier(w, groups);
  if (at >= 0) id.year = Number(groups[0]!.digits);
  if (bag !== undefined) id.bag = bag;
  if (decided) id.decided = true;
  return id;
}

/**
 * A body tag or case number, read by its register's convention (`tagConvention` of its column;
 * without one, a short number after a slash is a bag). Undefined when it holds no digits (`б/н`, "no number").
 */
export function readTag(text: string | undefined, convention: TagConvention = DEFAULT_TAG_CONVENTION): Identifier | undefined {
  const w = text ? scan(text, TAG_PREFIX) : undefined;
  return w ? readWrittenTag(w, convention) : undefined;
}

/** A DNA sample id; undefined when it holds no digits. Sample ids have no bags and no register years. */
export function readDnaSampleId(text: string | undefined): Identifier | undefined {
  const w = text ? scan(text, DNA_PREFIX) : undefined;
  return w ? identifier(w, w.groups) : undefined;
}

/** How `why` shows a reading: `year 2022 serial 9`, `number 379 bag 2`; `none` for no tag. */
export function describeTag(id: Identifier | undefined): string {
  if (!id) return 'none';
  const body = id.year !== undefined ? `year ${id.numbers[0]} serial ${id.numbers[1]}` : `number ${id.numbers.join('-')}`;
  return id.bag !== undefined ? `${body} bag ${id.bag}` : body;
}

/** Fewer different numbers after `YEAR/` than this, all under 10, look like bags (2, 3) rather than serials. */
const SPREAD_DISTINCT = 5;
/** A register is read as the larger share of its telling values when that share is at least this. */
const CLEAR_SHARE = 0.6;

/** What the column's own values say of its register; undefined when they do not tell. */
function columnEvidence(values: Iterable<string | undefined>): { register?: TagConvention['register']; yearFirst: boolean } {
  let slash = 0;
  let plain = 0;
  let yearFirst = 0;
  let serialFirst = 0;
  const suffixes = new Set<number>();
  let large = 0;
  for (const text of values) {
    const w = text ? scan(text, TAG_PREFIX) : undefined;
    if (!w) continue;
    const ambiguous = ambiguousSuffix(w);
    if (ambiguous !== undefined) {
      suffixes.add(ambiguous);
      if (ambiguous >= 10) large++;
      continue;
    }
    const groups = bagSuffix(w) !== undefined ? w.groups.slice(0, -1) : w.groups;
    const at = yearAt(groups, true);
    if (groups.length === 1) plain++;
    else if (at >= 0 && !(isYear(groups[0]!.digits) && isYear(groups[1]!.digits))) {
      if (at === 0) yearFirst++;
      else serialFirst++;
      // YEAR/SERIAL with a slash is the year register's way; PREFIX-YEAR-SERIAL with dashes or spaces is not.
      if (isSlash(groups[1]!.gap)) slash++;
      else plain++;
    }
  }
  const order = yearFirst >= serialFirst;
  // The numbers after `YEAR/` themselves: spread over many values, or past what a bag count reaches, they are serials.
  if (suffixes.size >= SPREAD_DISTINCT || (suffixes.size >= 3 && large > 0)) return { register: 'year', yearFirst: order };
  const told = slash + plain;
  if (told > 0 && slash / told >= CLEAR_SHARE) return { register: 'year', yearFirst: order };
  if (told > 0 && plain / told >= CLEAR_SHARE) return { register: 'plain', yearFirst: order };
  return { yearFirst: order };
}

/**
 * The convention of a register's tag column, from all its values: its own evidence first, then
 * the other list's column (the same bodies, often numbered the same way), then the default.
 * Depends on the values only, not their order; each list's convention is the same whichever list is A.
 */
export function tagConvention(values: Iterable<string | undefined>, otherValues?: Iterable<string | undefined>): TagConvention {
  const own = columnEvidence(values);
  if (own.register) return { register: own.register, yearFirst: own.yearFirst, evidence: 'column' };
  const other = otherValues ? columnEvidence(otherValues).register : undefined;
  if (other) return { register: other, yearFirst: own.yearFirst, evidence: 'other list' };
  return { ...DEFAULT_TAG_CONVENTION, yearFirst: own.yearFirst };
}

/** One group of digits that is the other's groups run together, each perhaps zero-padded. */
function runTogether(run: readonly string[], groups: readonly string[]): boolean {
  return run.length === 1 && groups.length > 1 && new RegExp(`^${groups.map((g) => `0*${g}`).join('')}$`).test(run[0]!);
}

function sameNumbers(x: readonly string[], y: readonly string[]): boolean {
  return (x.length === y.length && x.every((n, i) => n === y[i])) || runTogether(x, y) || runTogether(y, x);
}

/** The shorter keeps only the last groups of the longer. */
function isTail(x: readonly string[], y: readonly string[]): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const offset = long.length - short.length;
  return offset > 0 && short.every((n, i) => n === long[offset + i]);
}

export function compareIdentifiers(x: Identifier, y: Identifier): IdentifierAgreement {
  // Letters left out on one side say nothing; written on both, they agree by look or by sound.
  const letters = !x.look || !y.look || x.look === y.look || x.sound === y.sound;
  if (sameNumbers(x.numbers, y.numbers)) return letters ? 'same' : 'other-letters';
  return letters && isTail(x.numbers, y.numbers) ? 'partial' : 'different';
}

/** Whether two written identifiers name different things (both must be readable to say so). */
export function identifiersConflict(x: Identifier | undefined, y: Identifier | undefined): boolean {
  if (!x || !y) return false;
  const agreement = compareIdentifiers(x, y);
  return agreement === 'other-letters' || agreement === 'different';
}
