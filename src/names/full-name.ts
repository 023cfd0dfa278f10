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

const SPACES_RE = /\s+/u;
// "О.І." and "О.Коваленко" are two words each.
const AFTER_DOT_RE = /(?<=\.)(?=\p{L})/u;
const INITIAL_RE = /^\p{L}\.?$/u;
const LOWER_RE = /\p{Ll}/u;
const LETTERS_RE = /\p{L}/gu;
const PARTICLES = new Set(
  patronymicRules.particles.map((particle) => skeletonOfNormalised(normaliseText(particle))),
);

// Words repeat across a list (the same given names, patronymics and surnames), so each is
// classified once, and a word of a full name is looked up once: whether it is a particle and
// whether it is in capitals, as bits of one number (a list of a million full names has three
// million words to read).
const PARTICLE = 1;
const CAPITALS = 2;
const isInitial = (word: string): boolean => INITIAL_RE.test(word);
const classOf = memo((word: string): number =>
  (PARTICLES.has(skeletonOfNormalised(normaliseText(word))) ? PARTICLE : 0)
  | (!isInitial(word) && !LOWER_RE.test(word) && (word.match(LETTERS_RE)?.length ?? 0) > 1 ? CAPITALS : 0));
const isKnownGivenName = memo(isKnownGivenNameOf);
const looksLikePatronymic = memo(looksLikePatronymicOf);

/**
 * Words of a name, with each one's class (classOf); a Turkic particle (оглы, кизи) stays with the
 * father's name before it.
 */
function wordsOf(text: string): { words: string[]; classes: number[] } {
  const words: string[] = [];
  const classes: number[] = [];
  const add = (word: string) => {
    if (word === '') return;
    const cls = classOf(word);
    const last = words.length - 1;
    if (last >= 0 && (cls & PARTICLE) !== 0) {
      words[last] = `${words[last]!} ${word}`;
      classes[last] = classOf(words[last]!);
    } else {
      words.push(word);
      classes.push(cls);
    }
  };
  for (const piece of text.split(SPACES_RE)) {
    // Only a word with a dot in it can be two (О.Коваленко).
    if (piece.includes('.')) for (const word of piece.split(AFTER_DOT_RE)) add(word);
    else add(piece);
  }
  return { words, classes };
}

const join = (words: string[]): string | undefined => (words.length > 0 ? words.join(' ') : undefined);

function parts(surname: string[], rest: string[], swapped: boolean): FullNameParts {
  return { surname: join(surname), givenName: rest[0], patronymic: join(rest.slice(1)), swapped };
}

/** How well words fit the slots of one reading: known names and patronymics where they belong. */
function fit(surname: string[], given: string | undefined, patronymic: string | undefined): number {
  let score = 0;
  for (const word of surname) {
    if (isInitial(word)) score -= 3;
    else if (isKnownGivenName(word) || looksLikePatronymic(word)) score -= 1;
  }
  if (given !== undefined && isKnownGivenName(given)) score += 2;
  if (patronymic !== undefined && looksLikePatronymic(patronymic)) score += 2;
  return score;
}

/** Split a full-name cell into its parts, finding which word is the surname. */
export function splitFullName(s: string): FullNameParts {
  const comma = s.indexOf(',');
  if (comma >= 0) {
    return parts(wordsOf(s.slice(0, comma)).words, wordsOf(s.slice(comma + 1)).words, false);
  }
  const { words, classes } = wordsOf(s);
  if (words.length <= 1) return parts(words, [], false);

  // The one word in capitals, if one is (each word asked once: a list's full names are read by
  // the hundred thousand).
  let capital = -1;
  for (let i = 0; i < words.length; i++) {
    if ((classes[i]! & CAPITALS) === 0) continue;
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
