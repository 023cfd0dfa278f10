// Characters that show nothing but change how a cell reads or compares: bidi controls (a
// right-to-left override makes `Коваль` display as `ьлавоК` in Excel and in a browser), zero-width
// spaces and joiners, the word joiner, a byte order mark inside a cell, and the soft hyphen. No
// name, date or number holds them by right, so they are removed from every cell as it is read,
// and each cell that held them is reported (`invisible-characters`), showing where they stood.
// A header is read the same way (records.ts), and so are a list's label (commands/options.ts) and
// the agreement's name and category labels (agreement/terms.ts).
import { codePoint, showControls } from '../render/visible.js';

/** Every character removed, with the name the finding gives it. */
const NAMES: ReadonlyMap<string, string> = new Map([
  ['\u00ad', 'soft hyphen'],
  ['\u061c', 'Arabic letter mark'],
  ['\u200b', 'zero width space'],
  ['\u200c', 'zero width non-joiner'],
  ['\u200d', 'zero width joiner'],
  ['\u200e', 'left-to-right mark'],
  ['\u200f', 'right-to-left mark'],
  ['\u202a', 'left-to-right embedding'],
  ['\u202b', 'right-to-left embedding'],
  ['\u202c', 'pop directional formatting'],
  ['\u202d', 'left-to-right override'],
  ['\u202e', 'right-to-left override'],
  ['\u2060', 'word joiner'],
  ['\u2066', 'left-to-right isolate'],
  ['\u2067', 'right-to-left isolate'],
  ['\u2068', 'first strong isolate'],
  ['\u2069', 'pop directional isolate'],
  ['\ufeff', 'byte order mark'],
]);

export const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const EVERY_INVISIBLE = new RegExp(INVISIBLE.source, 'gu');

/** `text` without its invisible characters. */
export const dropInvisible = (text: string): string => text.replace(EVERY_INVISIBLE, '');

/** `text` with each invisible character written as `[U+202E]`. */
export const showInvisible = (text: string): string => text.replace(EVERY_INVISIBLE, (ch) => `[${codePoint(ch)}]`);

export interface InvisibleCell {
  /** 0-based. */
  column: number;
  /** The cell with each invisible character written as `[U+202E]` (its control characters are shown by the finding: findings/make.ts). */
  shown: string;
  /** Each kind removed, in order of first appearance: `U+202E right-to-left override`. */
  characters: string;
}

/** A row's cells with the invisible characters removed, and the cells that held some; undefined when none did. */
export function withoutInvisible(cells: readonly string[]): { cells: string[]; found: InvisibleCell[] } | undefined {
  if (!cells.some((cell) => INVISIBLE.test(cell))) return undefined;
  const found: InvisibleCell[] = [];
  const cleaned = cells.map((cell, column) => {
    if (!INVISIBLE.test(cell)) return cell;
    const kinds = [...new Set(cell.match(EVERY_INVISIBLE))];
    found.push({
      column,
      shown: showInvisible(cell),
      characters: kinds.map((ch) => `${codePoint(ch)} ${NAMES.get(ch)}`).join(', '),
    });
    // Spaces the characters stood between are trimmed, as every cell is.
    return dropInvisible(cell).trim();
  });
  return { cells: cleaned, found };
}

/**
 * Texts given by hand rather than read from a list (a list's label, the agreement's name and
 * category labels) read as a cell is: without their invisible characters, each text that held
 * some told to `removed` (its place, the text shown with `[U+202E]` where each stood, and the
 * characters' names), and their control characters shown as `[U+001B]`.
 */
export function readAsCells(texts: readonly string[], removed: (at: number, shown: string, characters: string) => void): string[] {
  const invisible = withoutInvisible(texts);
  for (const found of invisible?.found ?? []) removed(found.column, found.shown, found.characters);
  return (invisible?.cells ?? texts).map(showControls);
}
