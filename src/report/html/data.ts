// The data report.html embeds for its script: only what the page shows (the records that a
// finding, a review pair, a one-side row or a duplicate points at), as compact arrays, so that a
// run of 100,000 people a side stays a file a browser opens. The server renders the first page
// of each table from the same arrays, so both draw one thing.
import { createHash } from 'node:crypto';
import { CODES, CODE_ORDER, type Code } from '../../codes.js';
import { categoryLabel, has, t, type Entry } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/lang.js';
import { AGREEING_LEVELS, plainWords, readWhy } from '../../match/engine/score.js';
import type { PersonList, PersonRecord, Side } from '../../model.js';
import { formatDate } from '../../schema/dates.js';
import { findingMessages } from '../messages.js';
import { labelsOf, type RunReport } from '../run.js';
import type { Words } from './words.js';
import { LazyRows } from './lazy-rows.js';

/**
 * A record's fields in the order of its array, after `[index, line, recordId]`; a field none of the
 * embedded records holds is left out. A field worded in the page's language names what its words
 * depend on (`by`), so each distinct value is worded once.
 */
type Field = readonly [field: string, value: (r: PersonRecord, words: Words) => string | undefined, by?: (r: PersonRecord) => unknown];
const FIELDS: readonly Field[] = [
  ['surname', (r) => r.surname],
  ['given_name', (r) => r.givenName],
  ['patronymic', (r) => r.patronymic],
  ['date_of_birth', (r) => formatDate(r.dateOfBirth)],
  ['service_number', (r) => r.serviceNumber],
  ['sex', (r, w) => (r.sex ? w.w(`value.sex.${r.sex}`) : undefined), (r) => r.sex],
  ['rank', (r) => r.rank],
  ['unit', (r) => r.unit],
  ['citizenship', (r) => r.citizenship],
  ['captured_on', (r) => formatDate(r.capturedOn)],
  ['captured_at', (r) => r.capturedAt],
  ['categories', (r, w) => r.categories.map((id) => categoryLabel(id, undefined, w.lang)).join(', '), (r) => JSON.stringify(r.categories)],
  ['medical_status', (r, w) => (r.medicalStatus ? w.w(`value.medical.${r.medicalStatus}`) : undefined), (r) => r.medicalStatus],
  ['medical_commission', (r, w) => w.w(`value.commission.${r.medicalCommission}`), (r) => r.medicalCommission],
  ['tag', (r) => r.tag],
  ['dna_sample_id', (r) => r.dnaSampleId],
  ['recovered_on', (r) => formatDate(r.recoveredOn)],
  ['recovered_at', (r) => r.recoveredAt],
  ['identified', (r, w) => (r.identified === undefined ? undefined : w.w(`value.identified.${r.identified ? 'yes' : 'no'}`)), (r) => r.identified],
  ['notes', (r) => r.notes],
];

/** Fields whose few values repeat on every record: written once in `values`, and by their index there in the records. */
const REPEATED = new Set(['sex', 'rank', 'unit', 'citizenship', 'categories', 'medical_status', 'medical_commission', 'identified']);

/** `[index, line, recordId, ...fields, ...extra columns]`, trailing empty cells dropped; a number among the fields is an index into `values`. */
export type RecordRow = Array<string | number>;
/** `[code index, A index or -1, B index or -1, field, A value, B value, message]`. */
export type FindingRow = [number, number, number, string, string, string, string];
/** One contribution to a score: `[comparison in words, weight or null (nothing to compare), level]`. */
export type Bar = [string, number | null, string];
/** `[A index, B index, score, bars, plain words, decision, runner-up]`; a runner-up is `[A index, B index, score]`. */
/**
 * `[a, b, score, bars, plain words, decision, runner-up, alike]`. `alike`: the record fields the
 * matcher read as one value (Ігорович and Игоревич are one patronymic), so the page marks them
 * as agreeing although the letters differ; other fields agree when they read the same.
 */
export type ReviewRow = [number, number, number | null, Bar[], string, '' | 'same' | 'different', [number, number, number] | null, string[]];

/** The matcher's comparisons (names in `why`) and the record field each compares. */
const COMPARED: Readonly<Record<string, string>> = {
  surname: 'surname', given: 'given_name', patronymic: 'patronymic', dob: 'date_of_birth', service: 'service_number',
  sex: 'sex', tag: 'tag', dna: 'dna_sample_id', recovered: 'recovered_on',
};

/** The fields `why` shows at full agreement. */
const alikeOf = (why: string | undefined): string[] =>
  readWhy(why).flatMap(({ name, level }) => (COMPARED[name] && AGREEING_LEVELS.has(level) ? [COMPARED[name]] : []));

export interface PageData {
  reportId: string;
  lang: Lang;
  labels: Record<Side, string>;
  files: Record<Side, string>;
  /** Field ids of the record arrays, after index, line and record id; then each side's extra columns. */
  fields: string[];
  /** The values of the repeated fields, which records give by index. */
  values: string[];
  extra: Record<Side, string[]>;
  /** Records by side, sorted by index. */
  records: Record<Side, RecordRows>;
  /** `[code, severity]` per code index. */
  codes: Array<[Code, 'error' | 'warning']>;
  findings: LazyRows<FindingRow>;
  onlyA: number[];
  onlyB: number[];
  /** `[side, index, index of the record it repeats]`. */
  duplicates: Array<[Side, number, number]>;
  review: ReviewRow[];
  /** The page's words (html.*), for what the script renders. */
  words: Record<string, Entry>;
}

/** The key the page keeps its review decisions under: the two files and the agreement, so another run of other lists never reads them. */
export const reportIdOf = (run: RunReport) =>
  createHash('sha256').update(run.a.sha256 + run.b.sha256 + JSON.stringify(run.agreement)).digest('hex');

/** The comparisons of `why` (score.ts `readWhy`) as bars, each with its label in the page's language. */
export function barsOf(why: string | undefined, words: Words): Bar[] {
  return readWhy(why).map(({ name, level, weight }) => {
    const label = name === 'prior' ? words.w('review.prior') : has(`explanation.field.${name}`, words.lang) ? t(`explanation.field.${name}`, {}, words.lang) : name;
    return [label, weight, name === 'prior' ? 'prior' : level];
  });
}

/** FIELDS' values of a record, the worded ones looked up once per distinct value of what they depend on. */
function fieldValues(words: Words): (r: PersonRecord) => string[] {
  const known = FIELDS.map(() => new Map<unknown, string>());
  return (r) => FIELDS.map(([, value, by], k) => {
    if (by === undefined) return value(r, words) ?? '';
    const key = by(r);
    let text = known[k]!.get(key);
    if (text === undefined) {
      text = value(r, words) ?? '';
      known[k]!.set(key, text);
    }
    return text;
  });
}

const round2 = (n: number | undefined) => (n === undefined ? null : Math.round(n * 100) / 100);

/** A side's embedded records: the index of each, and its row made when asked for. */
export class RecordRows extends LazyRows<RecordRow> {
  constructor(readonly indexes: readonly number[], make: (k: number) => RecordRow) {
    super(indexes.length, make);
  }
}

export function pageData(run: RunReport, words: Words): PageData {
  const lists: Record<Side, PersonList> = { a: run.a, b: run.b };
  // The records the page embeds, as one flag a record (a set of a million numbers, then sorted, cost
  // seconds at a million a side); an index past its list's end names no record and is left out.
  const wanted: Record<Side, Uint8Array> = { a: new Uint8Array(run.a.records.length), b: new Uint8Array(run.b.records.length) };
  const want = (side: Side, index: number | undefined) => { if (index !== undefined && index >= 0 && index < wanted[side].length) wanted[side][index] = 1; };

  const codeIndex = new Map(CODE_ORDER.map((code, i) => [code, i]));
  const messages = findingMessages(run, words.lang);
  const all = run.result.findings;
  for (const f of all) {
    want('a', f.a?.index);
    want('b', f.b?.index);
  }
  const findings = new LazyRows<FindingRow>(all.length, (i) => {
    const f = all[i]!;
    return [codeIndex.get(f.code)!, f.a?.index ?? -1, f.b?.index ?? -1, f.field ?? '', f.aValue ?? '', f.bValue ?? '', messages[i]!];
  });

  const onlyA: number[] = [];
  const onlyB: number[] = [];
  const duplicates: PageData['duplicates'] = [];
  const runnerUps = new Map<string, NonNullable<RunReport['result']['entries'][number]['runnerUp']>>();
  for (const e of run.result.entries) {
    if (e.status === 'only_a' && e.a) { onlyA.push(e.a.index); want('a', e.a.index); }
    if (e.status === 'only_b' && e.b) { onlyB.push(e.b.index); want('b', e.b.index); }
    if (e.status === 'duplicate') {
      const r = e.a ?? e.b;
      if (r) {
        duplicates.push([r.side, r.index, e.duplicateOf?.index ?? -1]);
        want(r.side, r.index);
        want(r.side, e.duplicateOf?.index);
      }
    }
    if (e.runnerUp && e.a && e.b) runnerUps.set(`${e.a.index}:${e.b.index}`, e.runnerUp);
  }

  const review: ReviewRow[] = run.result.reviewPairs.map((p) => {
    want('a', p.a);
    want('b', p.b);
    const ru = runnerUps.get(`${p.a}:${p.b}`);
    if (ru) { want('a', ru.a); want('b', ru.b); }
    return [
      p.a, p.b, round2(p.score), barsOf(p.why, words), plainWords(p.why, run.a.records[p.a], run.b.records[p.b], words.lang),
      p.decision ?? '', ru ? [ru.a, ru.b, round2(ru.score)!] : null, alikeOf(p.why),
    ];
  });

  // Only the fields some embedded record holds, so a list of POWs carries no empty remains columns.
  // One pass over the embedded records finds them, and numbers the values of the repeated fields
  // in the order the rows give them; each row is made again when it is written.
  const embedded = { a: [] as PersonRecord[], b: [] as PersonRecord[] };
  for (const side of ['a', 'b'] as const) {
    const flags = wanted[side];
    for (let i = 0; i < flags.length; i++) { const r = flags[i] === 1 ? lists[side].records[i] : undefined; if (r !== undefined) embedded[side].push(r); }
  }
  const holds = FIELDS.map(() => false);
  const valuesOf = fieldValues(words);
  const values: string[] = [];
  const valueIndex = new Map<string, number>();
  const shared = (text: string) => {
    let at = valueIndex.get(text);
    if (at === undefined) { at = values.length; values.push(text); valueIndex.set(text, at); }
    return at;
  };
  const repeatedField = FIELDS.map(([field]) => REPEATED.has(field));
  for (const side of ['a', 'b'] as const) {
    for (const r of embedded[side]) {
      valuesOf(r).forEach((text, k) => {
        if (text === '') return;
        holds[k] = true;
        if (repeatedField[k]) shared(text);
      });
    }
  }
  const used = FIELDS.flatMap((field, k) => (holds[k] ? [{ field: field[0], k }] : []));
  const rowOf = (r: PersonRecord): RecordRow => {
    const cells = valuesOf(r);
    const row: RecordRow = [r.index, r.line, r.recordId];
    for (const { k } of used) {
      const text = cells[k]!;
      row.push(text !== '' && repeatedField[k] ? shared(text) : text);
    }
    for (const cell of r.extra) row.push(cell);
    while (row.length > 3 && row[row.length - 1] === '') row.pop();
    return row;
  };
  const records = {
    a: new RecordRows(embedded.a.map((r) => r.index), (k) => rowOf(embedded.a[k]!)),
    b: new RecordRows(embedded.b.map((r) => r.index), (k) => rowOf(embedded.b[k]!)),
  };

  return {
    reportId: reportIdOf(run),
    lang: words.lang,
    labels: labelsOf(run),
    files: { a: run.a.path, b: run.b.path },
    fields: used.map(({ field }) => field),
    values,
    extra: { a: run.a.extraHeader, b: run.b.extraHeader },
    records,
    codes: CODE_ORDER.map((code) => [code, CODES[code].severity]),
    findings,
    onlyA,
    onlyB,
    duplicates,
    review,
    words: words.all(),
  };
}

/** Looks records up by side and index in the page data. */
export function recordIndex(data: PageData): (side: Side, index: number) => RecordRow | undefined {
  // Each record's place among the embedded ones, plus one (0: not embedded), by its index.
  const positions = (rows: RecordRows) => {
    const at: number[] = [];
    rows.indexes.forEach((index, k) => (at[index] = k + 1));
    return at;
  };
  const places = { a: positions(data.records.a), b: positions(data.records.b) };
  return (side, index) => {
    const k = Number.isInteger(index) && index >= 0 ? (places[side][index] ?? 0) - 1 : -1;
    return k < 0 ? undefined : data.records[side].at(k);
  };
}
