// Phonetic keys for blocking: Daitch-Mokotoff Soundex, which was made for Slavic and Yiddish
// surnames in Latin letters and branches where a spelling is ambiguous. It is fed the skeleton
// and the surname key, spelled in letters it reads with one code each
// (skeleton_to_daitch_mokotoff.tsv), so every script gives the same codes and the Ukrainian and
// Russian forms of a surname share one (Лозинська/Лозинская, Вовк/Волк). A Latin input also
// adds the codes of its own spelling, which catch spellings the skeleton reads differently
// (German Schewtschenko, French Chevtchenko, x for х).
import daitchMokotoff from 'talisman/phonetics/daitch-mokotoff.js';
import { normaliseText } from './normalise.js';
import { skeletonOfNormalised } from './skeleton.js';
import { surnameKeyOfSkeleton } from './surname.js';
import { daitchMokotoffRows } from './tables.js';

const SPELLING = new Map(daitchMokotoffRows.map((row) => [row.skeleton, row.spelling]));
const SPELLED_RE = new RegExp(`[${[...SPELLING.keys()].join('')}]`, 'gu');
const LATIN_WORD_RE = /[\p{Script=Latin}']+/gu;
const HAS_LETTER_RE = /\p{Script=Latin}/u;

const spelledForDaitchMokotoff = (word: string): string => word.replace(SPELLED_RE, (c) => SPELLING.get(c) ?? c);

/** Daitch-Mokotoff codes of a name (of each word of it), sorted; [] when it has no letters. */
export function phoneticKeys(s: string): string[] {
  const normalised = normaliseText(s);
  const skeleton = skeletonOfNormalised(normalised);
  const words = new Set([
    ...`${skeleton} ${surnameKeyOfSkeleton(skeleton)}`.split(' ').map(spelledForDaitchMokotoff),
    ...(normalised.match(LATIN_WORD_RE) ?? []),
  ]);
  const codes = new Set<string>();
  for (const word of words) {
    if (HAS_LETTER_RE.test(word)) for (const code of daitchMokotoff(word)) codes.add(code);
  }
  return [...codes].sort();
}
