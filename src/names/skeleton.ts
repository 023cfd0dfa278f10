// The Latin skeleton: one key for a name however it was written, in Ukrainian or Russian
// Cyrillic or in any Latin system. Cyrillic is first spelled in one plain Latin
// (cyrillic_to_latin.tsv); then every Latin spelling, the official systems' digraphs and the
// ad-hoc ones alike, is read longest-first into a reduced alphabet (latin_to_skeleton.tsv);
// then skeleton_rewrites.tsv merges what the systems write differently (ie/ye/e, doubled letters).
// Because Cyrillic goes through Latin, a name and its transliteration meet by construction.
import { memo } from './memo.js';
import { normaliseText } from './normalise.js';
import { cyrillicLatinRows, latinSkeletonRows, skeletonRewriteRows } from './tables.js';

const CYRILLIC_TO_LATIN = new Map(cyrillicLatinRows.map((row) => [row.cyrillic, row.latin]));

const LATIN_TO_SKELETON = new Map(latinSkeletonRows.map((row) => [row.latin, row.skeleton]));
/** Spellings by their first character, longest first, so shch wins over sh and tsch over ts. */
const SPELLINGS_BY_FIRST = new Map<string, [string, string][]>();
for (const [latin, skeleton] of [...LATIN_TO_SKELETON].sort(([a], [b]) => b.length - a.length)) {
  const first = latin.charAt(0);
  SPELLINGS_BY_FIRST.set(first, [...(SPELLINGS_BY_FIRST.get(first) ?? []), [latin, skeleton]]);
}

/** Read Latin into skeleton letters, longest spelling first; other characters (spaces) stay. */
function readSpellings(latin: string): string {
  let out = '';
  let i = 0;
  while (i < latin.length) {
    const c = latin.charAt(i);
    const spelling = SPELLINGS_BY_FIRST.get(c)?.find(([written]) => latin.startsWith(written, i));
    if (spelling === undefined) {
      out += c;
      i += 1;
    } else {
      out += spelling[1];
      i += spelling[0].length;
    }
  }
  return out;
}

const MARKS_RE = /\p{M}/gu;
// Silent marks (the apostrophe) go before spellings are read, as ь and ъ do in Cyrillic: Kuz'mych
// reads as Kuzmych, and a skeleton never holds two letters that an apostrophe kept apart.
const SILENT = new Set(
  [...LATIN_TO_SKELETON].filter(([, skeleton]) => skeleton === '').map(([latin]) => latin),
);
/** Characters that are a spelling by themselves (a, ž, ł...). */
const LETTERS = new Set(
  [...LATIN_TO_SKELETON.keys()].filter((latin) => latin.length === 1 && !SILENT.has(latin)),
);

const REWRITES = skeletonRewriteRows.map(
  (row) => [new RegExp(row.pattern, 'gu'), row.replacement] as const,
);
const SPACES_RE = / {2,}/g;

/**
 * One character in the plain Latin the spellings are read from: Cyrillic by cyrillic_to_latin.tsv,
 * a letter that is a spelling by itself as itself, an accented letter as its base (é → e, ź → z,
 * so it can still join a digraph), a hyphen as a space, anything else (digits, dots, silent
 * marks, letters of other alphabets) as nothing.
 */
function plainLatin(c: string): string {
  const latin = CYRILLIC_TO_LATIN.get(c);
  if (latin !== undefined) return latin;
  if (LETTERS.has(c) || c === ' ') return c;
  if (c === '-') return ' ';
  const base = c.normalize('NFD').replace(MARKS_RE, '');
  return LETTERS.has(base) ? base : '';
}

/** The skeleton of text already passed through normaliseText (saves normalising twice). */
export function skeletonOfNormalised(normalised: string): string {
  let latin = '';
  for (const c of normalised) latin += plainLatin(c);
  let skeleton = readSpellings(latin);
  for (const [pattern, replacement] of REWRITES) skeleton = skeleton.replace(pattern, replacement);
  // Characters that went (a lone apostrophe, a dot) can leave spaces side by side.
  return skeleton.replace(SPACES_RE, ' ').trim();
}

/**
 * Script-independent key of a name: Олександр, Oleksandr → oleksandr; Щербина, Shcherbyna,
 * Scherbina, Shherbina → ŝerbina; Гнатюк, Hnatiuk, Gnatyuk → gnatiuk. Words are kept apart by
 * single spaces (a hyphen counts as a space). Letters: a b v g d e ž z i k l m n o p r s t u f c
 * č š ŝ, where g is г/ґ/х, i is и/і/ї/й/ы, c is ц, ŝ is щ.
 */
function latinSkeletonOf(s: string): string {
  return skeletonOfNormalised(normaliseText(s));
}
/** latinSkeleton, each spelling computed once (memo.ts): every caller, inside the name layer too, shares it. */
export const latinSkeleton = memo(latinSkeletonOf);
