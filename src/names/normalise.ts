// Text normalisation: undo what copying, keyboards and fonts do to a name, and nothing more.
// The result keeps the script and letters the clerk wrote; transliteration is the skeleton's job.
import { characterRows, lookalikeRows } from './tables.js';

function fromCodepoint(cell: string): string {
  return String.fromCodePoint(Number.parseInt(cell.replace(/^U\+/i, ''), 16));
}

/** Invisible characters become '', apostrophe and dash variants become ' and -, ё becomes е. */
const CHARACTER_MAP = new Map(
  characterRows.map((row) => [
    fromCodepoint(row.codepoint),
    row.becomes === 'delete' ? '' : fromCodepoint(row.becomes),
  ]),
);
const CHARACTER_RE = new RegExp(
  `[${[...CHARACTER_MAP.keys()].map((c) => `\\u{${c.codePointAt(0)?.toString(16)}}`).join('')}]`,
  'gu',
);
const SPACES_RE = /\s+/gu;
// A double surname is sometimes typed "Петренко - Коваль"; the hyphen binds, the spaces do not.
const SPACED_HYPHEN_RE = /\s*-\s*/g;

const LATIN_TO_CYRILLIC = new Map(lookalikeRows.map((row) => [row.latin, row.cyrillic]));
const CYRILLIC_TO_LATIN = new Map(lookalikeRows.map((row) => [row.cyrillic, row.latin]));
const HAS_LATIN_RE = /\p{Script=Latin}/u;
const HAS_CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const WORD_RE = /[\p{L}\p{M}']+/gu;

function mapCharacters(s: string): string {
  return s.replace(CHARACTER_RE, (c) => CHARACTER_MAP.get(c) ?? c);
}

interface ScriptCounts {
  latin: number;
  cyrillic: number;
  /** Letters that have no look-alike in the other script, so they show which script is meant. */
  latinOnly: number;
  cyrillicOnly: number;
}

function countScripts(text: string): ScriptCounts {
  const counts = { latin: 0, cyrillic: 0, latinOnly: 0, cyrillicOnly: 0 };
  for (const c of text) {
    // A letter counts as its base letter, so that composing т + U+0308 after it became t (ẗ)
    // cannot change the count, and normalising twice decides the same way.
    const base = c.normalize('NFD').charAt(0);
    if (LATIN_TO_CYRILLIC.has(base)) counts.latin += 1;
    else if (CYRILLIC_TO_LATIN.has(base)) counts.cyrillic += 1;
    else if (HAS_LATIN_RE.test(base)) {
      counts.latin += 1;
      counts.latinOnly += 1;
    } else if (HAS_CYRILLIC_RE.test(base)) {
      counts.cyrillic += 1;
      counts.cyrillicOnly += 1;
    }
  }
  return counts;
}

/**
 * A word typed with a Latin look-alike inside Cyrillic (or the reverse) is put into one script:
 * the one its letters without look-alikes show, else the one those letters show in the whole
 * text (ТAPAC Шевченко), else the script of most of its letters, else Cyrillic.
 */
function unmixWord(word: string, text: ScriptCounts): string {
  const counts = countScripts(word);
  if (counts.latin === 0 || counts.cyrillic === 0) return word;
  let toCyrillic: boolean;
  if (counts.cyrillicOnly !== counts.latinOnly) toCyrillic = counts.cyrillicOnly > counts.latinOnly;
  else if (text.cyrillicOnly !== text.latinOnly) toCyrillic = text.cyrillicOnly > text.latinOnly;
  else toCyrillic = counts.cyrillic >= counts.latin;
  const lookalikes = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  let out = '';
  for (const c of word) out += lookalikes.get(c) ?? c;
  return out;
}

/** Map characters, then compose, until nothing changes: a removed character or a changed letter
 * can meet a combining mark (е + U+0308 composes to ё, which is mapped to е again). */
function mapAndCompose(text: string): string {
  let mapped = mapCharacters(text);
  for (let composed = mapped.normalize('NFC'); composed !== mapped; composed = mapped.normalize('NFC')) {
    mapped = mapCharacters(composed);
  }
  return mapped;
}

/**
 * The canonical text of a name: NFC, lower case, invisible characters removed, spaces collapsed,
 * one apostrophe and one hyphen, ё as е, and look-alike letters put back into the word's script.
 */
export function normaliseText(s: string): string {
  let t = mapAndCompose(s.normalize('NFC').toLowerCase());
  t = t.replace(SPACES_RE, ' ').replace(SPACED_HYPHEN_RE, '-').trim();
  if (HAS_LATIN_RE.test(t) && HAS_CYRILLIC_RE.test(t)) {
    const counts = countScripts(t);
    t = mapAndCompose(t.replace(WORD_RE, (word) => unmixWord(word, counts)));
  }
  return t;
}

const APOSTROPHES_RE = /'/g;

/** exactKey of text already passed through normaliseText. */
export function exactKeyOfNormalised(normalised: string): string {
  return normalised.replace(APOSTROPHES_RE, '');
}

/** Key of the exact matcher: normalised text without apostrophes (Дем'янчук = Демянчук). */
export function exactKey(s: string): string {
  return exactKeyOfNormalised(normaliseText(s));
}
