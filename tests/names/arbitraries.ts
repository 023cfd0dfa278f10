// fast-check generators of name-like text: letters of both scripts in both cases, the Latin
// digraph letters, spaces, hyphens, apostrophe variants, invisible and combining characters.
import fc from 'fast-check';

const CYRILLIC = 'абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюяАБВГҐДЕЁЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZžšččŝłżëï';
const OTHER = [' ', ' ', '-', "'", '’', 'ʼ', '`', '"', '\u00A0', '\u200B', '\u00AD', '\uFEFF', '\u0301', '\u0306', '\u0308', '.', ','];

const letter = fc.constantFrom(...CYRILLIC, ...LATIN);

/** Any short text made of name characters and the noise that comes with them. */
export const nameText = fc.string({ unit: fc.oneof({ weight: 8, arbitrary: letter }, { weight: 2, arbitrary: fc.constantFrom(...OTHER) }), maxLength: 24 });

/** Letters and single spaces only: text whose case can be changed without changing letters. */
export const plainName = fc.string({ unit: fc.oneof({ weight: 9, arbitrary: letter }, { weight: 1, arbitrary: fc.constant(' ') }), minLength: 1, maxLength: 20 });
