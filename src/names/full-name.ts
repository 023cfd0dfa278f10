// One full-name cell split into surname, given name and patronymic. The SPEC writes
// `SURNAME Given Patronymic`; clerks also write `Given Patronymic Surname`, `Given Surname` and
// `Surname Given`. Evidence, strongest first: a comma (what precedes it is the surname); the one
// word in capitals among words that are not (the surname; several capitalised words say
// nothing); then which reading puts known given names and patronymic-looking words in their
// slots, a tie keeping the SPEC order. Parts keep the clerk's spelling: normalising is for keys,
// not for what a report shows.
import { isKnownGivenName as isKnownGivenNameOf } from './given-names.js';
import { memo } from './memo.js';
import { normaliseText } from './normalise.js';
import { looksLikePatronymic as looksLikePatronymicOf } from './patronymics.js';
import { skeletonOfNormalised } from './skeleton.js';
import { patronymicRules } from './tables.js';

export interface FullNameParts {
  surname?: string;
  givenName?: string;
  patronymic?: string;
  /** True when the surname was not written first. */
  swapped: boolean;
}

// "О.І." and "О.Коваленко" are two words each.
const AFTER_DOT_RE = /(?<=\.)(?=\p{L})/u;
const INITIAL_RE = /^\p{L}\.?$/u;
const LOWER_RE = /\p{Ll}/u;
const LETTERS_RE = /\p{L}/gu;
const PARTICLES = new Set(
  patronymicRules.particles.map((particle) => skeletonOfNormalised(normaliseText(particle))),
);

/**
 * Whether a UTF-16 code unit is white space as a regular expression's `\s` reads it (the words of
 * a full name are what lies between): the cell is scanned once, with no expression run on it.
 */
export function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

// Words repeat across a list (the same given names, patronymics and surnames), so each is read
// once, and a word of a full name is looked up once (a list of a million full names has three
// million words to read): whether it is a particle and whether it is in capitals, as bits of one
// number, then, when a reading of the name is weighed, whether it is an initial, a known given
// name or a patronymic, each found the first time it is asked.
const PARTICLE = 1;
const CAPITALS = 2;
const isInitial = (word: string): boolean => INITIAL_RE.test(word);

/** What is known of one word: its class, and the rest as it is first asked. */
interface Word {
  readonly text: string;
  readonly cls: number;
  initial?: boolean;
  given?: boolean;
  patronymic?: boolean;
}

const wordOf = memo((text: string): Word => ({
  text,
  cls: (PARTICLES.has(skeletonOfNormalised(normaliseText(text))) ? PARTICLE : 0)
    | (!isInitial(text) && !LOWER_RE.test(text) && (text.match(LETTERS_RE)?.length ?? 0) > 1 ? CAPITALS : 0),
}));
const initial = (w: Word): boolean => (w.initial ??= isInitial(w.text));
const knownGiven = (w: Word): boolean => (w.given ??= isKnownGivenNameOf(w.text));
const patronymicLike = (w: Word): boolean => (w.patronymic ??= looksLikePatronymicOf(w.text));

/** The words of a name; a Turkic particle (оглы, кизи) stays with the father's name before it. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const add = (piece: string) => {
    const word = wordOf(piece);
    const last = words.length - 1;
    if (last >= 0 && (word.cls & PARTICLE) !== 0) words[last] = wordOf(`${words[last]!.text} ${piece}`);
    else words.push(word);
  };
  let start = -1;
  let dotted = false;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 32;
    if (!isSpace(code)) {
      if (start < 0) [start, dotted] = [at, false];
      if (code === 46) dotted = true;
      continue;
    }
    if (start < 0) continue;
    const piece = text.slice(start, at);
    start = -1;
    // Only a word with a dot in it can be two (О.Коваленко).
    if (dotted) {
      for (const word of piece.split(AFTER_DOT_RE)) if (word !== '') add(word);
    } else add(piece);
  }
  return words;
}

/** The words as one text (most parts are one word, whose text is its own). */
function textOf(words: readonly Word[]): string | undefined {
  if (words.length <= 1) return words[0]?.text;
  return words.map((w) => w.text).join(' ');
}

function parts(surname: readonly Word[], rest: readonly Word[], swapped: boolean): FullNameParts {
  return { surname: textOf(surname), givenName: rest[0]?.text, patronymic: textOf(rest.slice(1)), swapped };
}

/** How well words fit the slots of one reading: known names and patronymics where they belong. */
function fit(surname: readonly Word[], given: Word | undefined, patronymic: Word | undefined): number {
  let score = 0;
  for (const word of surname) {
    if (initial(word)) score -= 3;
    else if (knownGiven(word) || patronymicLike(word)) score -= 1;
  }
  if (given !== undefined && knownGiven(given)) score += 2;
  if (patronymic !== undefined && patronymicLike(patronymic)) score += 2;
  return score;
}

/** Split a full-name cell into its parts, finding which word is the surname. */
export function splitFullName(s: string): FullNameParts {
  const comma = s.indexOf(',');
  if (comma >= 0) return parts(wordsOf(s.slice(0, comma)), wordsOf(s.slice(comma + 1)), false);
  const words = wordsOf(s);
  if (words.length <= 1) return parts(words, [], false);

  // The one word in capitals, if one is.
  let capital = -1;
  for (let i = 0; i < words.length; i++) {
    if ((words[i]!.cls & CAPITALS) === 0) continue;
    if (capital >= 0) {
      capital = -2;
      break;
    }
    capital = i;
  }
  if (capital >= 0) return parts([words[capital]!], words.filter((_, i) => i !== capital), capital !== 0);

  // SPEC reads `Surname... Given Patronymic`; swapped reads `Given Patronymic Surname...`.
  const n = words.length;
  const spec =
    n === 2
      ? { surname: words.slice(0, 1), rest: words.slice(1) }
      : { surname: words.slice(0, n - 2), rest: words.slice(n - 2) };
  const swapped =
    n === 2
      ? { surname: words.slice(1), rest: words.slice(0, 1) }
      : { surname: words.slice(2), rest: words.slice(0, 2) };
  const specFit = fit(spec.surname, spec.rest[0], spec.rest[1]);
  const swappedFit = fit(swapped.surname, swapped.rest[0], swapped.rest[1]);
  return swappedFit > specFit
    ? parts(swapped.surname, swapped.rest, true)
    : parts(spec.surname, spec.rest, false);
}
