// Writing steps both clerks share: the slips made while typing a name, the noise that copying
// and pasting adds, and the service number. Side-specific layout lives in side-a.ts / side-b.ts.
import {
  formatServiceNumber,
  insertZeroWidth,
  latinLookalike,
  serviceNumberTypo,
  typo,
  yoForE,
  type Script,
} from './noise.js';
import type { NoiseRates } from './options.js';
import type { Rng } from '../random.js';

/** A person's name in one script, lower-case; `patronymic` is '' when not written. */
export interface NameParts {
  surname: string;
  given: string;
  patronymic: string;
}

/** Typing slips, applied to lower-case letters before the clerk's capitalisation. */
export function slipNames(parts: NameParts, script: Script, rates: NoiseRates, rng: Rng): NameParts {
  let { surname, given, patronymic } = parts;
  if (rng.chance(rates.surnameTypo)) surname = typo(surname, script, rng);
  if (rng.chance(rates.givenNameTypo)) given = typo(given, script, rng);
  if (rng.chance(rates.patronymicDropped)) patronymic = '';
  if (script === 'ru' && rng.chance(rates.yo)) surname = yoForE(surname, rng);
  return { surname, given, patronymic };
}

export const titleCase = (word: string): string => (word[0] ?? '').toUpperCase() + word.slice(1);

/** Copy-and-paste noise in already capitalised name words: a Latin look-alike, a zero-width space. */
export function pasteNoise(words: string[], rates: NoiseRates, rng: Rng): string[] {
  const out = [...words];
  const target = (): number => (rng.chance(0.6) ? 0 : rng.int(out.length));
  if (rng.chance(rates.latinLookalike)) {
    const i = target();
    out[i] = latinLookalike(out[i] ?? '', rng);
  }
  if (rng.chance(rates.zeroWidthSpace)) {
    const i = target();
    out[i] = insertZeroWidth(out[i] ?? '', rng);
  }
  return out;
}

export function writeServiceNumber(number: string | undefined, rates: NoiseRates, rng: Rng): string {
  if (number === undefined || rng.chance(rates.serviceNumberMissing)) return '';
  let out = number;
  if (rng.chance(rates.serviceNumberTypo)) out = serviceNumberTypo(out, rng);
  if (rng.chance(rates.serviceNumberFormatted)) out = formatServiceNumber(out, rng);
  if (rng.chance(rates.latinLookalike)) out = latinLookalike(out, rng);
  return out;
}
