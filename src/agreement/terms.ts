// Agreement terms: the embedded default, and zod validation of a user's agreement file.
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { readDataText } from '../data.js';
import { InputError } from '../errors.js';
import { MEDICAL_STATUSES } from '../model.js';
import { writeStderrLine } from '../io/stderr.js';
import { showControls } from '../render/visible.js';
import { parseIsoDate } from '../schema/dates.js';
import { readAsCells, showInvisible } from '../schema/invisible.js';

/** The category every listed person is under without saying so, where the agreement has it (all-for-all). */
export const ALL_FOR_ALL = 'all_for_all';

/** Category ids every listed person is implicitly under: the all-for-all category, when agreed. */
export const impliedCategories = (agreement: Pick<Agreement, 'categories'>): string[] =>
  agreement.categories.some((c) => c.id === ALL_FOR_ALL) ? [ALL_FOR_ALL] : [];

const isoDate = z.string().refine((s) => parseIsoDate(s) !== undefined, 'expected a real date written YYYY-MM-DD');

const ageRange = z
  .strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'age.min is above age.max');

// An id is matched against cells, which are read without invisible characters: an id holding
// one could never match, so it is refused by name (shown as `[U+200B]`), not cleaned.
const category = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/, {
    error: (issue) => `category id ${JSON.stringify(showControls(showInvisible(String(issue.input))))} is not lower-case letters, digits and _`,
  }),
  label: z.string().min(1),
  medical_status: z.array(z.enum(MEDICAL_STATUSES)).min(1).optional(),
  commission_required: z.boolean().optional(),
  age: ageRange.optional(),
});

/** Thresholds of the matcher (log-likelihood score); optional, defaults live in the matcher. */
const matching = z
  .strictObject({ match: z.number().optional(), review: z.number().optional() })
  .refine((m) => m.match === undefined || m.review === undefined || m.review <= m.match, 'matching.review is above matching.match');

export const agreementSchema = z
  .strictObject({
    name: z.string().min(1),
    reference_date: isoDate,
    categories: z.array(category).min(1),
    remains_quota: z.number().int().min(0).optional(),
    matching: matching.optional(),
  })
  .superRefine((terms, ctx) => {
    const seen = new Set<string>();
    terms.categories.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'id'], message: `category id "${c.id}" appears twice` });
      seen.add(c.id);
    });
  });

export type Agreement = z.infer<typeof agreementSchema>;
export type Category = Agreement['categories'][number];

const DEFAULT_FILE = 'agreement.istanbul-2025.json';

/** The embedded Istanbul 2025 terms. */
export function defaultAgreement(): Agreement {
  return agreementSchema.parse(JSON.parse(readDataText(DEFAULT_FILE)));
}

/**
 * Parses agreement JSON text; every problem becomes one InputError naming file, line and column.
 * `warn`: where the line for a name or label read without invisible characters goes (shownText).
 */
export function parseAgreement(text: string, file: string, warn: (line: string) => void = writeStderrLine): Agreement {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { line, column } = jsonErrorPosition(text, (error as Error).message);
    throw new InputError(file, `not valid JSON (${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')})`, line, column);
  }
  // JSON.parse keeps the last of two equal keys and drops the first without a word.
  const repeated = repeatedKey(text);
  if (repeated !== undefined) {
    const { line, column } = positionOf(text, repeated.at);
    throw new InputError(file, `"${repeated.key}" is given twice in one object (JSON would keep the second and drop the first); give it once`, line, column);
  }
  const result = agreementSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new InputError(file, `invalid agreement: ${problems.join('; ')}`);
  }
  return shownText(result.data, file, warn);
}

/**
 * The agreement with its name and category labels as every report shows them, read as a cell is:
 * invisible characters removed (each field that held some told through `warn`, naming the file
 * and the field), and control characters shown as `[U+001B]`. The terminal summary, summary.json
 * and the page carry these texts.
 */
function shownText(agreement: Agreement, file: string, warn: (line: string) => void): Agreement {
  const fields = ['name', ...agreement.categories.map((_, i) => `categories.${i}.label`)];
  const texts = [agreement.name, ...agreement.categories.map((c) => c.label)];
  const cleaned = readAsCells(texts, (at, shown, characters) =>
    warn(`exchange: ${file}: ${fields[at]} "${shown}": invisible characters removed (${characters})`));
  const empty = cleaned.findIndex((text) => text.trim() === '');
  if (empty !== -1) throw new InputError(file, `invalid agreement: ${fields[empty]}: nothing but spaces or invisible characters`);
  return { ...agreement, name: cleaned[0]!, categories: agreement.categories.map((c, i) => ({ ...c, label: cleaned[i + 1]! })) };
}

export async function loadAgreement(file: string | undefined): Promise<Agreement> {
  return (await readAgreement(file)).agreement;
}

/** The agreement of --agreement FILE (or the embedded one), and the SHA-256 of the file's bytes as read. */
export async function readAgreement(file: string | undefined): Promise<{ agreement: Agreement; sha256?: string }> {
  if (file === undefined) return { agreement: defaultAgreement() };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(file, `cannot read the agreement file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { agreement: parseAgreement(agreementText(bytes, file), file), sha256 };
}

/**
 * The text of an agreement file: UTF-8 (with or without BOM), or UTF-16 with BOM (Notepad's
 * "Unicode"). Bytes that are not UTF-8 are refused at the first line holding one: read as UTF-8
 * they became U+FFFD, so a file saved as Windows-1251 gave every report a name and labels of
 * question marks, without a word.
 */
export function agreementText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  // A line break is never part of a multi-byte character, so the lines can be told apart as bytes.
  let line = 1;
  let start = 0;
  for (let end = body.indexOf(0x0a); end !== -1 && isUtf8(body.subarray(start, end)); end = body.indexOf(0x0a, start)) {
    line++;
    start = end + 1;
  }
  const column = new TextDecoder('utf-8').decode(body.subarray(start)).indexOf('\ufffd') + 1;
  throw new InputError(file, 'is not UTF-8 (saved as Windows-1251?): save the agreement as UTF-8', line, column);
}

function jsonErrorPosition(text: string, message: string): { line?: number; column?: number } {
  const at = /position (\d+)/.exec(message);
  if (!at) return {};
  return positionOf(text, Number(at[1]));
}

/** The line and column (both from 1) of a place in `text`. */
function positionOf(text: string, at: number): { line: number; column: number } {
  const lines = text.slice(0, at).split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * The first key an object of `text` (valid JSON) holds twice, with the place of its second
 * occurrence; undefined when none does. A string is a key where an object expects one: after
 * `{` or after a comma of that object.
 */
export function repeatedKey(text: string): { key: string; at: number } | undefined {
  // Each open object's keys; null for an open array.
  const open: Array<Set<string> | null> = [];
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const keys = open.at(-1);
      if (keyNext && keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return { key, at: i };
        keys.add(key);
        keyNext = false;
      }
      i = end;
    } else if (c === '{') {
      open.push(new Set());
      keyNext = true;
    } else if (c === '[') {
      open.push(null);
      keyNext = false;
    } else if (c === '}' || c === ']') {
      open.pop();
      keyNext = false;
    } else if (c === ',') keyNext = open.at(-1) instanceof Set;
  }
  return undefined;
}
