// The Latin skeleton: one key for a name however it was written, in Ukrainian or Russian
// Cyrillic or in any Latin system. Cyrillic is first spelled in one plain Latin
// (cyrillic_to_latin.tsv); then every Latin spelling, the official systems' digraphs and the
// ad-hoc ones alike, is read longest-first into a reduced alphabet (latin_to_skeleton.tsv);
// then skeleton_rewrites.tsv merges what the systems write differently (ie/ye/e, doubled letters).
// Because Cyrillic goes through Latin, a name and its transliteration meet by construction.
import { normaliseText } from './normalise.js';
import { cyrillicLatinRows, latinSkeletonRows, skeletonRewriteRows } from './tables.js';

const CYRILLIC_TO_LATIN = new Map(cyrillicLatinRows.map((row) => [row.cyrillic, row.latin]));
const CYRILLIC_RE = /\p{Script=Cyrillic}/gu;

const LATIN_TO_SKELETON = new Map(latinSkeletonRows.map((row) => [row.latin, row.skeleton]));
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest spelling first, so shch wins over sh and tsch over ts; a space falls through to the
// last alternative and stays.
const SPELLING_RE = new RegExp(
  `${[...LATIN_TO_SKELETON.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')}|[^]`,
  'gu',
);
const MARKS_RE = /\p{M}/gu;
// Silent marks (the apostrophe) go before spellings are read, as ь and ъ do in Cyrillic: Kuz'mych
// reads as Kuzmych, and a skeleton never holds two letters that an apostrophe kept apart.
const SILENT = new Set([...LATIN_TO_SKELETON].filter(([, skeleton]) => skeleton === '').map(([latin]) => latin));

// Characters no spelling names: accented letters become their base letter (é → e, ź → z) before
// the spellings are read, so the base can still join a digraph; anything else goes.
const SINGLE_LETTERS = [...LATIN_TO_SKELETON.keys()].filter((key) => key.length === 1 && !SILENT.has(key));
const UNSPELLED_RE = new RegExp(`[^${SINGLE_LETTERS.map(escapeRegExp).join('')}\\s-]`, 'gu');
const SEPARATORS_RE = /[\s-]+/gu;
// A word that was only an apostrophe leaves two spaces behind.
const SPACES_RE = / {2,}/g;

const REWRITES = skeletonRewriteRows.map(
  (row) => [new RegExp(row.pattern, 'gu'), row.replacement] as const,
);

function baseLetter(c: string): string {
  const base = c.normalize('NFD').replace(MARKS_RE, '');
  return LATIN_TO_SKELETON.has(base) && !SILENT.has(base) ? base : '';
}

/** The skeleton of text already passed through normaliseText (saves normalising twice). */
export function skeletonOfNormalised(normalised: string): string {
  const latin = normalised
    .replace(CYRILLIC_RE, (c) => CYRILLIC_TO_LATIN.get(c) ?? '')
    .replace(UNSPELLED_RE, baseLetter)
    .replace(SEPARATORS_RE, ' ');
  let skeleton = latin.replace(SPELLING_RE, (s) => LATIN_TO_SKELETON.get(s) ?? s);
  for (const [pattern, replacement] of REWRITES) skeleton = skeleton.replace(pattern, replacement);
  return skeleton.replace(SPACES_RE, ' ').trim();
}

/**
 * Script-independent key of a name: Олександр, Oleksandr → oleksandr; Щербина, Shcherbyna,
 * Scherbina, Shherbina → ŝerbina; Гнатюк, Hnatiuk, Gnatyuk → gnatiuk. Words are kept apart by
 * single spaces (a hyphen counts as a space). Letters: a b v g d e ž z i k l m n o p r s t u f c
 * č š ŝ, where g is г/ґ/х, i is и/і/ї/й/ы, c is ц, ŝ is щ.
 */
export function latinSkeleton(s: string): string {
  return skeletonOfNormalised(normaliseText(s));
}
