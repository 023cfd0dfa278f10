// The generator's core: draw a population, decide who is on which list (and twice), let each
// clerk write his records, order them as a clerk would, number them, and record the truth.
// Pure apart from reading the data tables once: no clock, no Math.random, no files written.
import { stringify } from 'csv-stringify/sync';
import { parseIsoDate, type SimpleDate } from './dates.js';
import {
  DEFAULT_FORMAT,
  DEFAULT_REFERENCE_DATE,
  resolveRates,
  type GenerateOptions,
  type GeneratorRates,
} from './options.js';
import { buildPopulation, type Person } from './population.js';
import { at, Rng } from '../random.js';
import { POW_HEADER_A, REMAINS_HEADER_A, writePowA, writeRemainsA } from './side-a.js';
import { POW_HEADER_B, REMAINS_HEADER_B, writePowB, writeRemainsB } from './side-b.js';
import type { SideContext } from './side-context.js';
import { loadTables } from './tables.js';
import { vocabularyA, vocabularyB } from './vocabulary.js';

export interface GeneratedPair {
  /** a.csv: `;`-separated, Ukrainian headers (with BOM and CRLF by default). */
  a: string;
  /** b.csv: `,`-separated, Russian headers, LF. */
  b: string;
  /** truth.csv: `a_record_id,b_record_id`, every true pair, sorted. */
  truth: string;
}

/** Which person (and which copy of him) a written record describes. */
export interface RecordSource {
  recordId: string;
  personId: number;
  copy: number;
}

/** The pair plus the ground truth behind every record, for tests and benchmarks. */
export interface GeneratedDetail extends GeneratedPair {
  people: Person[];
  /** In file order. */
  aRecords: RecordSource[];
  bRecords: RecordSource[];
  rates: GeneratorRates;
  reference: SimpleDate;
}

interface Draft {
  person: Person;
  copy: number;
  cells: string[];
}

type Writer = (person: Person, copy: number, ctx: SideContext) => string[];

function copiesPerList(people: readonly Person[], rates: GeneratorRates, rng: Rng): { a: number[]; b: number[] } {
  const { onlyA, onlyB, duplicateA, duplicateB } = rates.overlap;
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < people.length; i++) {
    const r = rng.next();
    const onlyOnA = r < onlyA;
    const onlyOnB = !onlyOnA && r < onlyA + onlyB;
    const onA = !onlyOnB;
    const onB = !onlyOnA;
    a.push(onA ? (rng.chance(duplicateA) ? 2 : 1) : 0);
    b.push(onB ? (rng.chance(duplicateB) ? 2 : 1) : 0);
  }
  return { a, b };
}

function draft(people: readonly Person[], copies: readonly number[], write: Writer, ctx: SideContext): Draft[] {
  const drafts: Draft[] = [];
  for (const person of people) {
    for (let copy = 0; copy < at(copies, person.id); copy++) {
      drafts.push({ person, copy, cells: write(person, copy, ctx) });
    }
  }
  return drafts;
}

const compare = (x: string | number, y: string | number): number => (x < y ? -1 : x > y ? 1 : 0);

// Code points put І, Є, Ї before А and Ґ after Я; a clerk sorts in alphabet order. Our own key
// rather than Intl.Collator, whose order may change with the ICU version and so the bytes.
const UKRAINIAN_ALPHABET = "'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
const alphabetical = (text: string): string =>
  [...text.toLowerCase()].map((ch) => String.fromCharCode(0x100 + UKRAINIAN_ALPHABET.indexOf(ch) + 1)).join('');

/** A's clerk keeps his list sorted: POWs by surname and name, bodies by tag. */
function sortA(drafts: Draft[], kind: GenerateOptions['kind']): Draft[] {
  const keyed = drafts.map((d) => ({
    d,
    key: kind === 'remains' ? '' : `${alphabetical(d.person.surname.ua)} ${alphabetical(d.person.given.ua)}`,
  }));
  keyed.sort(
    (x, y) =>
      compare(x.key, y.key) ||
      compare(x.d.person.body?.number ?? 0, y.d.person.body?.number ?? 0) ||
      x.d.person.id - y.d.person.id ||
      x.d.copy - y.d.copy,
  );
  return keyed.map(({ d }) => d);
}

function csv(header: string[], rows: string[][], delimiter: string, crlf: boolean, bom: boolean): string {
  return stringify([header, ...rows], { delimiter, record_delimiter: crlf ? '\r\n' : '\n', bom });
}

export function generateDetailed(options: GenerateOptions): GeneratedDetail {
  const { size, kind } = options;
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be a whole number ≥ 0, got ${size}`);
  if (kind !== 'pow' && kind !== 'remains') throw new RangeError(`kind must be pow or remains, got ${String(kind)}`);
  const rates = resolveRates(options.rates);
  const format = { ...DEFAULT_FORMAT, ...options.format };
  const reference = parseIsoDate(options.referenceDate ?? DEFAULT_REFERENCE_DATE);
  const root = new Rng(String(options.seed));
  const tables = loadTables();

  const people = buildPopulation({ size, kind, reference, rates, tables }, root.fork('population'));
  const copies = copiesPerList(people, rates, root.fork('membership'));
  const side = (label: string, noise: GeneratorRates['noiseA'], vocabulary: SideContext['vocabulary']): SideContext => ({
    rng: root.fork(label),
    rates: noise,
    categories: rates.categories,
    remains: rates.remains,
    vocabulary,
    reference,
  });
  const ctxA = side('side-a', rates.noiseA, vocabularyA(root.fork('vocabulary-a')));
  const ctxB = side('side-b', rates.noiseB, vocabularyB(root.fork('vocabulary-b')));
  const writeA: Writer = kind === 'pow' ? (person, _copy, ctx) => writePowA(person, ctx) : writeRemainsA;
  const writeB: Writer = kind === 'pow' ? (person, _copy, ctx) => writePowB(person, ctx) : writeRemainsB;

  const draftsA = sortA(draft(people, copies.a, writeA, ctxA), kind);
  const draftsB = draft(people, copies.b, writeB, ctxB);
  root.fork('order-b').shuffle(draftsB); // B's list is in the order people were registered

  const aRecords = draftsA.map((d, i) => ({ recordId: `UA-${String(i + 1).padStart(6, '0')}`, personId: d.person.id, copy: d.copy }));
  const bRecords = draftsB.map((d, i) => ({ recordId: `RU-${5_000_001 + i}`, personId: d.person.id, copy: d.copy }));

  const a = csv(
    kind === 'pow' ? POW_HEADER_A : REMAINS_HEADER_A,
    draftsA.map((d, i) => [at(aRecords, i).recordId, ...d.cells]),
    ';',
    format.aCrlf,
    format.aBom,
  );
  const b = csv(
    kind === 'pow' ? POW_HEADER_B : REMAINS_HEADER_B,
    draftsB.map((d, i) => [at(bRecords, i).recordId, ...d.cells]),
    ',',
    false,
    false,
  );
  return { a, b, truth: truthCsv(aRecords, bRecords), people, aRecords, bRecords, rates, reference };
}

/** Every (A record, B record) pair of the same person, duplicates included, sorted. */
function truthCsv(aRecords: readonly RecordSource[], bRecords: readonly RecordSource[]): string {
  const bByPerson = new Map<number, string[]>();
  for (const record of bRecords) {
    const ids = bByPerson.get(record.personId) ?? [];
    ids.push(record.recordId);
    bByPerson.set(record.personId, ids);
  }
  const pairs: [string, string][] = [];
  for (const record of aRecords) {
    for (const bId of bByPerson.get(record.personId) ?? []) pairs.push([record.recordId, bId]);
  }
  pairs.sort((x, y) => compare(x[0], y[0]) || compare(x[1], y[1]));
  return ['a_record_id,b_record_id', ...pairs.map(([x, y]) => `${x},${y}`)].join('\n') + '\n';
}

export function generatePair(options: GenerateOptions): GeneratedPair {
  const { a, b, truth } = generateDetailed(options);
  return { a, b, truth };
}
