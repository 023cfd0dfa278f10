// The small corruptions clerks make: one-letter typos, Unicode look-alikes and invisible
// characters, reformatted or mistyped service numbers. Each function changes one thing, so a
// record's noise can be told apart from its other noise when a test measures it.
import { at, type Rng } from '../random.js';

export type Script = 'ua' | 'ru' | 'latin';
export type TypoKind = 'substitution' | 'deletion' | 'transposition' | 'doubling';

// Rows of the keyboard each clerk types on: a slip hits the key next door.
const KEYBOARD: Record<Script, string[]> = {
  ua: ['йцукенгшщзхї', 'фівапролджє', 'ячсмитьбю'],
  ru: ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'],
  latin: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
};

// Letters confused by ear or by a tired eye, both ways.
const CONFUSABLE: Record<Script, string[]> = {
  ua: ['еи', 'иі', 'оа', 'гх', 'дт', 'зс', 'шщ', 'вф'],
  ru: ['еи', 'оа', 'ыи', 'дт', 'зс', 'шщ', 'вф', 'еэ'],
  latin: ['ie', 'yi', 'ao', 'kh', 'sz', 'vw'],
};

function neighbour(ch: string, script: Script, rng: Rng): string | undefined {
  if (rng.chance(0.5)) {
    const pair = CONFUSABLE[script].find((p) => p.includes(ch));
    if (pair) return pair.replace(ch, '');
  }
  const row = KEYBOARD[script].find((r) => r.includes(ch));
  if (!row) return undefined;
  const i = row.indexOf(ch);
  const candidates = [row[i - 1], row[i + 1]].filter((c): c is string => c !== undefined);
  return candidates.length > 0 ? rng.pick(candidates) : undefined;
}

const TYPO_KINDS: TypoKind[] = ['substitution', 'substitution', 'deletion', 'transposition', 'doubling'];

/** One typo in a lower-case word; the first letter is kept, as clerks rarely miss it. */
export function typo(word: string, script: Script, rng: Rng): string {
  if (word.length < 3) return word;
  for (let attempt = 0; attempt < 8; attempt++) {
    const kind = rng.pick(TYPO_KINDS);
    const i = rng.range(1, word.length - 1);
    const ch = at([...word], i);
    if (!/\p{L}/u.test(ch)) continue;
    let result = word;
    if (kind === 'substitution') {
      const other = neighbour(ch, script, rng);
      if (other !== undefined) result = word.slice(0, i) + other + word.slice(i + 1);
    } else if (kind === 'deletion' && word.length >= 4) {
      result = word.slice(0, i) + word.slice(i + 1);
    } else if (kind === 'transposition' && i < word.length - 1) {
      result = word.slice(0, i) + word[i + 1] + ch + word.slice(i + 2);
    } else if (kind === 'doubling') {
      result = word.slice(0, i) + ch + word.slice(i);
    }
    if (result !== word) return result;
  }
  return word;
}

/** Cyrillic letters with a Latin twin that looks the same. */
const LOOKALIKES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I',
};

/** One Cyrillic letter replaced by its Latin look-alike; unchanged when there is none. */
export function latinLookalike(text: string, rng: Rng): string {
  const positions = [...text].flatMap((ch, i) => (LOOKALIKES[ch] ? [i] : []));
  if (positions.length === 0) return text;
  const chars = [...text];
  const i = rng.pick(positions);
  chars[i] = LOOKALIKES[at(chars, i)] ?? at(chars, i);
  return chars.join('');
}

export const ZERO_WIDTH_SPACE = '\u200B';
export const NO_BREAK_SPACE = '\u00A0';

/** A zero-width space inside the word (copied from a web page or a messenger). */
export function insertZeroWidth(word: string, rng: Rng): string {
  if (word.length < 2) return word;
  const i = rng.range(1, word.length - 1);
  return word.slice(0, i) + ZERO_WIDTH_SPACE + word.slice(i);
}

/** One е written as ё, which Russian typists add or drop at will. */
export function yoForE(word: string, rng: Rng): string {
  const positions = [...word].flatMap((ch, i) => (ch === 'е' ? [i] : []));
  if (positions.length === 0) return word;
  const i = rng.pick(positions);
  return word.slice(0, i) + 'ё' + word.slice(i + 1);
}

/** The Ukrainian apostrophe as a typographic ’ or a modifier letter ʼ (both common in documents). */
export function apostropheVariant(text: string, rng: Rng): string {
  return text.replaceAll("'", rng.pick(['’', 'ʼ']));
}

const SERVICE_LETTERS = [...'АВЕКМНОРСТХБГДЖЗЛПУФЦШ'];
const DIGITS = [...'0123456789'];

export function randomServiceNumber(digitsOnly: boolean, rng: Rng): string {
  let out = digitsOnly ? String(rng.range(1, 9)) : rng.pick(SERVICE_LETTERS) + rng.pick(SERVICE_LETTERS);
  for (let i = digitsOnly ? 9 : 6; i > 0; i--) out += String(rng.int(10));
  return out;
}

/** One character mistyped: a digit for a digit, a letter for a letter. */
export function serviceNumberTypo(number: string, rng: Rng): string {
  const i = rng.int(number.length);
  const ch = at([...number], i);
  const pool = /\d/.test(ch) ? DIGITS : SERVICE_LETTERS;
  const other = rng.pick(pool.filter((c) => c !== ch));
  return number.slice(0, i) + other + number.slice(i + 1);
}

/** Spaces or dashes where a clerk groups the characters. */
export function formatServiceNumber(number: string, rng: Rng): string {
  const separator = rng.pick([' ', '-']);
  if (/^\D{2}\d{6}$/.test(number)) {
    return rng.chance(0.7)
      ? number.slice(0, 2) + separator + number.slice(2)
      : `${number.slice(0, 2)}${separator}${number.slice(2, 5)}${separator}${number.slice(5)}`;
  }
  return number.replace(/(\d{3})(\d{3})(\d{4})/, `$1${separator}$2${separator}$3`);
}
