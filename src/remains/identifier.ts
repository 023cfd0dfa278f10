// Body tags (body or case numbers) and DNA sample ids as clerks write them. The number on the
// bag is the same whoever copies it, but each register writes it its own way: `UA-2024-000379`,
// `УА-2024-379`, `ua 2024 000379`, `UA2024000379`, `бирка № 379`. Reading one gives its letters
// and its groups of digits; comparing two says whether they are the same number written twice.
import { readDataJson } from '../data.js';
import { latinSkeleton } from '../names/index.js';
import { lookalikeRows } from '../names/tables.js';

export interface Identifier {
  /** Letters, Cyrillic read as its Latin look-alikes (`Р` → `p`); '' when there are none. */
  look: string;
  /** Letters as spoken Latin (`УА` → `ua`), for a clerk who spelt the letters in his own script. */
  sound: string;
  /** Groups of digits without leading zeros: `UA-2024-000379` → 2024, 379. */
  numbers: string[];
  /**
   * Every digit but the zeros: padded, unpadded and run-together forms of one number share it
   * (`UA-2024-379`, `UA2024000379`). A key to find candidates, not proof of sameness.
   */
  loose: string;
}

/**
 * How two identifiers agree: `same` number; `partial` when one keeps only the last groups of the
 * other (`№379` against `UA-2024-000379`: the clerk left out the year); `other-letters` when the
 * digits agree under different letters; `different` otherwise.
 */
export type IdentifierAgreement = 'same' | 'partial' | 'other-letters' | 'different';

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

/**
 * A body split over several bags is numbered `UA-2024-000379/2`: a short number after a final
 * slash is the bag, and every bag is the same body. (A register that wrote `2024/37` for body 37
 * would be read as bag 37 of body 2024; we have seen none.)
 */
const BAG_SUFFIX = /(?<=\d\D*)\/\s*[1-9]\d?$/u;

const LOOK = new Map(lookalikeRows.map((row) => [row.cyrillic, row.latin]));
const TOKEN = /\p{L}+|\d+/gu;

function read(text: string, prefix: RegExp, bags: boolean): Identifier | undefined {
  // NFKC turns `№` into `No` and full-width digits into digits; the prefix words are lower case.
  let rest = text.normalize('NFKC').toLowerCase().trim();
  if (bags) rest = rest.replace(BAG_SUFFIX, '');
  // Prefix words stack: `бирка № 379`.
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(prefix, '');
  }
  const tokens = rest.match(TOKEN) ?? [];
  const numbers = tokens.filter((t) => /^\d/.test(t)).map((t) => t.replace(/^0+(?=\d)/, ''));
  if (numbers.length === 0) return undefined;
  const letters = tokens.filter((t) => !/^\d/.test(t)).join('');
  return {
    look: [...letters].map((c) => LOOK.get(c) ?? c).join(''),
    sound: letters ? latinSkeleton(letters) : '',
    numbers,
    loose: numbers.join('').replaceAll('0', ''),
  };
}

/** A body tag or case number; undefined when it holds no digits (`б/н`, "no number"). */
export const readTag = (text: string | undefined): Identifier | undefined => (text ? read(text, TAG_PREFIX, true) : undefined);

/** A DNA sample id; undefined when it holds no digits. */
export const readDnaSampleId = (text: string | undefined): Identifier | undefined => (text ? read(text, DNA_PREFIX, false) : undefined);

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
