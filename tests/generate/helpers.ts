// Reading generated lists back the way an outsider would: parse the CSV, normalise headers and
// values against data/fields.json and data/values.json, and tell one edit from another.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { GeneratedDetail, Person } from '../../src/generate/index.js';

const readJson = (path: string): Record<string, Record<string, string[]>> =>
  JSON.parse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8')) as Record<string, Record<string, string[]>>;

export const FIELDS = readJson('fields.json');
export const VALUES = readJson('values.json');

/** The reader's header and value normalisation, as data/fields.json and values.json describe it. */
export const normaliseHeader = (text: string): string => text.toLowerCase().replace(/[\s_.-]/g, '').replace(/[’ʼ`]/g, "'");
export const normaliseValue = (text: string): string => text.toLowerCase().replace(/[\s_.-]/g, '');

/** Field of a header, or undefined when no alias matches. */
export function fieldOf(header: string, kind: 'pow' | 'remains'): string | undefined {
  const sections = kind === 'pow' ? [FIELDS.pow] : [FIELDS.pow, FIELDS.remains];
  for (const section of sections) {
    for (const [field, aliases] of Object.entries(section ?? {})) {
      if (aliases.some((alias) => normaliseHeader(alias) === normaliseHeader(header))) return field;
    }
  }
  return undefined;
}

/** Canonical value of a coded cell, or undefined when no alias matches. */
export function valueOf(group: string, cell: string): string | undefined {
  for (const [value, aliases] of Object.entries(VALUES[group] ?? {})) {
    if (aliases.some((alias) => normaliseValue(alias) === normaliseValue(cell))) return value;
  }
  return undefined;
}

export type Row = Record<string, string>;

/** Rows keyed by canonical field name. */
export function readList(text: string, delimiter: string, kind: 'pow' | 'remains'): { header: string[]; rows: Row[]; raw: string[][] } {
  const raw = parse(text, { delimiter, bom: true }) as string[][];
  const [header = [], ...body] = raw;
  const fields = header.map((h) => fieldOf(h, kind) ?? h);
  return { header, raw: body, rows: body.map((cells) => Object.fromEntries(fields.map((f, i) => [f, cells[i] ?? '']))) };
}

export interface SideRecord {
  row: Row;
  person: Person;
  copy: number;
}

export function sides(detail: GeneratedDetail, kind: 'pow' | 'remains'): { a: SideRecord[]; b: SideRecord[] } {
  const a = readList(detail.a, ';', kind).rows;
  const b = readList(detail.b, ',', kind).rows;
  const join = (rows: Row[], sources: GeneratedDetail['aRecords']): SideRecord[] =>
    rows.map((row, i) => {
      const source = sources[i];
      if (!source || source.recordId !== row.record_id) throw new Error(`record ${i} out of step`);
      const person = detail.people[source.personId];
      if (!person) throw new Error(`no person ${source.personId}`);
      return { row, person, copy: source.copy };
    });
  return { a: join(a, detail.aRecords), b: join(b, detail.bRecords) };
}

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', i: 'і',
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', I: 'І',
};

export const hasCyrillic = (text: string): boolean => /\p{Script=Cyrillic}/u.test(text);
export const hasLatin = (text: string): boolean => /\p{Script=Latin}/u.test(text);
/** A word mixing scripts: a Latin look-alike inside a Cyrillic word. */
export const mixesScripts = (text: string): boolean => text.split(/[\s\u00A0]+/).some((w) => hasCyrillic(w) && hasLatin(w));

/** Undo copy-and-paste noise: invisible characters and Latin look-alikes in Cyrillic words. */
export function unpaste(text: string): string {
  return text
    .replaceAll('\u200B', '')
    .replaceAll('\u00A0', ' ')
    .split(' ')
    .map((word) => (hasCyrillic(word) ? [...word].map((ch) => LATIN_TO_CYRILLIC[ch] ?? ch).join('') : word))
    .join(' ')
    .trim();
}

/** ё folded, lower-case: how a Russian name compares. */
export const fold = (text: string): string => text.toLowerCase().replaceAll('ё', 'е');

export type Edit = 'same' | 'substitution' | 'deletion' | 'transposition' | 'doubling' | 'insertion' | 'other';

/** Which single edit turns `from` into `to` (or 'other' for more than one). */
export function singleEdit(from: string, to: string): Edit {
  if (from === to) return 'same';
  if (from.length === to.length) {
    const diff = [...from].flatMap((ch, i) => (ch === to[i] ? [] : [i]));
    if (diff.length === 1) return 'substitution';
    const [i = -1, j = -1] = diff;
    if (diff.length === 2 && j === i + 1 && from[i] === to[j] && from[j] === to[i]) return 'transposition';
    return 'other';
  }
  if (to.length === from.length - 1) {
    for (let i = 0; i < from.length; i++) if (from.slice(0, i) + from.slice(i + 1) === to) return 'deletion';
    return 'other';
  }
  if (to.length === from.length + 1) {
    for (let i = 0; i < to.length; i++) {
      if (to.slice(0, i) + to.slice(i + 1) === from) return to[i] === to[i - 1] || to[i] === to[i + 1] ? 'doubling' : 'insertion';
    }
  }
  return 'other';
}

export const count = <T>(items: readonly T[], predicate: (item: T) => boolean): number =>
  items.reduce((n, item) => n + (predicate(item) ? 1 : 0), 0);

/** Positions at which two strings of equal length differ; Infinity for different lengths. */
export function hamming(x: string, y: string): number {
  if (x.length !== y.length) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}
