// Escaping for report.html: every text that came from a list (or from anyone) passes here before
// it reaches the page, in element text, attribute values, SVG <text> and <title> alike.
import { LazyRows } from './lazy-rows.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in a quoted attribute value. */
export const esc = (value: string | number | undefined): string => String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * JSON safe inside `<script type="application/json">`: no `<` (so no `</script>` or `<!--`), no
 * `>` or `&`, and no U+2028/2029, which some parsers read as line ends. JSON.parse reads it back unchanged.
 */
const safeJson = (json: string) => json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Array elements stringified at a time: the page data of a million people is never one string. */
const ELEMENTS = 4096;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && !('toJSON' in value);

/**
 * A value as safe JSON (safeJson), in pieces: objects key by key and long arrays a run of elements at a time,
 * each piece as JSON.stringify writes it (so joined they are exactly JSON.stringify's text), and
 * made safe piece by piece (the characters replaced are single characters of a piece). `made` is
 * told the elements of runs written so far, after each run (of runElements in all).
 */
export function scriptJsonPieces(value: unknown, made?: (elements: number) => void): Iterable<string> {
  return piecesOf(value, { done: 0, made });
}

/** The elements scriptJsonPieces writes a run at a time (of LazyRows and of long arrays, inside plain objects too): what it tells `made` of. */
export function runElements(value: unknown): number {
  if (value instanceof LazyRows) return value.length;
  if (Array.isArray(value)) return value.length > ELEMENTS ? value.length : 0;
  if (!isPlainObject(value)) return 0;
  let elements = 0;
  for (const inner of Object.values(value)) elements += runElements(inner);
  return elements;
}

function* piecesOf(value: unknown, runs: { done: number; made: ((elements: number) => void) | undefined }): Iterable<string> {
  if (value instanceof LazyRows) {
    // Rows made a run at a time, as a long array is written: the same text as the array's.
    yield '[';
    for (let at = 0; at < value.length; at += ELEMENTS) {
      const run = JSON.stringify(value.slice(at, at + ELEMENTS));
      yield (at > 0 ? ',' : '') + safeJson(run.slice(1, -1));
      runs.done += Math.min(ELEMENTS, value.length - at);
      runs.made?.(runs.done);
    }
    yield ']';
  } else if (Array.isArray(value) && value.length > ELEMENTS) {
    yield '[';
    for (let at = 0; at < value.length; at += ELEMENTS) {
      const run = JSON.stringify(value.slice(at, at + ELEMENTS));
      yield (at > 0 ? ',' : '') + safeJson(run.slice(1, -1));
      runs.done += Math.min(ELEMENTS, value.length - at);
      runs.made?.(runs.done);
    }
    yield ']';
  } else if (isPlainObject(value)) {
    yield '{';
    let first = true;
    for (const [key, inner] of Object.entries(value)) {
      if (inner === undefined || typeof inner === 'function' || typeof inner === 'symbol') continue; // left out, as JSON.stringify leaves it
      yield `${first ? '' : ','}${safeJson(JSON.stringify(key))}:`;
      first = false;
      yield* piecesOf(inner, runs);
    }
    yield '}';
  } else {
    yield safeJson(JSON.stringify(value));
  }
}
