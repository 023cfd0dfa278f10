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
 * made safe piece by piece (the characters replaced are single characters of a piece).
 */
export function* scriptJsonPieces(value: unknown): Iterable<string> {
  if (value instanceof LazyRows) {
    // Rows made a run at a time, as a long array is written: the same text as the array's.
    yield '[';
    for (let at = 0; at < value.length; at += ELEMENTS) {
      const run = JSON.stringify(value.slice(at, at + ELEMENTS));
      yield (at > 0 ? ',' : '') + safeJson(run.slice(1, -1));
    }
    yield ']';
  } else if (Array.isArray(value) && value.length > ELEMENTS) {
    yield '[';
    for (let at = 0; at < value.length; at += ELEMENTS) {
      const run = JSON.stringify(value.slice(at, at + ELEMENTS));
      yield (at > 0 ? ',' : '') + safeJson(run.slice(1, -1));
    }
    yield ']';
  } else if (isPlainObject(value)) {
    yield '{';
    let first = true;
    for (const [key, inner] of Object.entries(value)) {
      if (inner === undefined || typeof inner === 'function' || typeof inner === 'symbol') continue; // left out, as JSON.stringify leaves it
      yield `${first ? '' : ','}${safeJson(JSON.stringify(key))}:`;
      first = false;
      yield* scriptJsonPieces(inner);
    }
    yield '}';
  } else {
    yield safeJson(JSON.stringify(value));
  }
}
