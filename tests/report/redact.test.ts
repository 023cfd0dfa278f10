// --redact (src/report/redact.ts): the run redacted once, then every report of the registry
// rendered from it. No name, date of birth, service number, note or unknown column of the input
// may survive in any of them; pseudonyms are stable for one key and differ for another; the
// matching is the one of the real values.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { reconcile } from '../../src/core/reconcile.js';
import { parseCsv } from '../../src/io/csv.js';
import { PROFILES } from '../../src/kinds/index.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import type { CsvTable, Finding, PersonList } from '../../src/model.js';
import { datePseudonym, normaliseForPseudonym, pseudonym, REDACTION_NOTE, redactRun, WITHHELD } from '../../src/report/redact.js';
import { REPORTS, type RenderOptions, type RunOutcome } from '../../src/report/registry.js';
import type { RunReport } from '../../src/report/run.js';
import { summarise } from '../../src/report/summary.js';
import { formatDate } from '../../src/schema/dates.js';
import { interpretTable } from '../../src/schema/records.js';

const KEY = 'test-key-Qv7#redact';
const OPTIONS: RenderOptions = { chalk: new Chalk({ level: 0 }), csv: {}, verdict: { failOn: 'error', failed: true, written: [] } };

function read(text: string, side: 'a' | 'b', path: string): { list: PersonList; findings: Finding[] } {
  const table: CsvTable = { path, sha256: '', encoding: 'utf-8', ...parseCsv(text.replace(/^\uFEFF/, ''), path) };
  return interpretTable(table, { side, schema: PROFILES.pow.schema, label: side === 'a' ? 'UA' : 'RU', agreement: defaultAgreement(), userMap: new Map() });
}

function runOf(textA: string, textB: string): RunReport {
  const [a, b] = [read(textA, 'a', 'ua.csv'), read(textB, 'b', 'ru.csv')];
  const agreement = defaultAgreement();
  const result = reconcile({
    a: a.list, b: b.list, readFindings: [...a.findings, ...b.findings], agreement,
    matcher: new ScoredMatcher(DEFAULT_THRESHOLDS), profile: PROFILES.pow, decisions: [],
  });
  return { tool: { name: 'exchange', version: 'test' }, agreement, matcher: { name: 'scored', thresholds: DEFAULT_THRESHOLDS }, a: a.list, b: b.list, result };
}

/** The fixture lists, and a crafted pair with an unknown column, notes, a bad date of birth and a row longer than its header. */
const fixtureRun = () => runOf(readFileSync('fixtures/pow/ua.csv', 'utf8'), readFileSync('fixtures/pow/ru.csv', 'utf8'));
const craftedRun = () => runOf(
  [
    "Номер запису;Прізвище;Ім'я;По батькові;Дата народження;Особистий номер;Категорія;Медичний стан;Примітки;Позивний",
    'UA-1;Шевчук;Остап;Богданович;14.03.1988;АБ 771204;всіх на всіх;важке поранення;брат Тараса Шевчука;Сокіл',
    'UA-2;Мельничук;Назар;Петрович;31.02.1990;ВК 123987;всіх на всіх;;;Беркут;зайва клітинка Ярема',
    'UA-3;Гордієнко;Любомир;Ярославович;05.05.1985;ЛМ 554433;всіх на всіх;;;',
  ].join('\n'),
  [
    '№ п/п,ФИО,Дата рождения,Личный номер,Категория,Примечание,Позывной',
    '1,ШЕВЧУК Остап Богданович,1988-03-14,АБ-771204,всех на всех,сдался вместе с Мельничуком,Сокол',
    '2,МЕЛЬНИЧУК Назар Петрович,1990-03-01,ВК-123987,всех на всех,,',
    '3,ГОРДИЕНКО Любомир Ярославович,1985-05-06,ЛМ-554433,всех на всех,,',
  ].join('\n'),
);

/** Every name, date of birth, service number, note and unknown cell of the input, and every value a finding quotes of those fields. */
function identities(run: RunReport): string[] {
  const values = new Set<string>();
  const add = (v: string | undefined) => { if (v && v.length >= 4) values.add(v); };
  for (const r of [...run.a.records, ...run.b.records]) {
    [r.surname, r.givenName, r.patronymic, r.serviceNumber, r.notes, ...r.extra].forEach(add);
    if (r.dateOfBirth?.day !== undefined) {
      const { year, month, day } = r.dateOfBirth;
      const [dd, mm] = [String(day).padStart(2, '0'), String(month).padStart(2, '0')];
      // Every written form SPEC.md and the README name: ISO, with dots, slashes, dashes, compact, two-digit year.
      add(formatDate(r.dateOfBirth));
      for (const form of [`${dd}.${mm}.${year}`, `${dd}/${mm}/${year}`, `${dd}-${mm}-${year}`, `${year}.${mm}.${dd}`, `${year}${mm}${dd}`, `${dd}.${mm}.${String(year).slice(2)}`]) add(form);
    }
  }
  const personal = new Set(['surname', 'given_name', 'patronymic', 'full_name', 'date_of_birth', 'service_number', 'notes', '']);
  for (const f of run.result.findings) if (f.field !== undefined && personal.has(f.field)) [f.aValue, f.bValue].forEach(add);
  return [...values];
}

async function render(outcome: RunOutcome): Promise<Map<string, string>> {
  const streams = new Map<string, string>();
  for (const report of REPORTS.reconcile.reports) {
    if (report.name === 'report.xlsx') continue; // its sheets are the CSV files' tables; unzipped in tests/cli/redact.test.ts
    const out = await report.render(outcome, OPTIONS);
    streams.set(report.name, typeof out === 'string' ? out : Buffer.from(out).toString('utf8'));
  }
  return streams;
}

const redacted = (run: RunReport, key = KEY): RunOutcome => {
  const r = redactRun(run, key);
  return { run: r, summary: summarise(r, { redaction: REDACTION_NOTE }) };
};

describe.each([['the pow fixture', fixtureRun], ['a crafted run', craftedRun]])('--redact on %s', (_name, make) => {
  const run = make();
  const values = identities(run);

  it('finds many of the values in the unredacted reports (so the search below can fail)', async () => {
    const plain = [...(await render({ run, summary: summarise(run) })).values()].join('\n');
    // Not all: a matched pair's service numbers, and the dates as the cells wrote them, are in no report.
    const shown = values.filter((value) => plain.includes(value));
    expect(shown.length).toBeGreaterThan(Math.min(10, values.length / 2));
  });

  it('leaves no name, date of birth, service number, note or unknown cell in any report', async () => {
    for (const [name, text] of await render(redacted(run))) {
      for (const value of values) expect(text.includes(value), `${value} in ${name}`).toBe(false);
    }
  });

  it('never writes the key', async () => {
    for (const [name, text] of await render(redacted(run))) expect(text.includes(KEY), name).toBe(false);
  });

  it('matches on the real values: the ledger and the findings are those of the unredacted run', () => {
    const r = redacted(run).run;
    expect(r.result.entries.map((e) => [e.status, e.a?.index, e.b?.index, e.score])).toEqual(run.result.entries.map((e) => [e.status, e.a?.index, e.b?.index, e.score]));
    expect(r.result.findings.map((f) => [f.code, f.a?.line, f.b?.line, f.field])).toEqual(run.result.findings.map((f) => [f.code, f.a?.line, f.b?.line, f.field]));
    expect(r.a.records.map((x) => [x.recordId, x.line, x.categories])).toEqual(run.a.records.map((x) => [x.recordId, x.line, x.categories]));
  });

  it('gives the same pseudonyms for the same key, and others for another key', async () => {
    const [first, second, other] = [await render(redacted(run)), await render(redacted(make())), await render(redacted(run, 'another key'))];
    expect(second).toEqual(first);
    const pseudonyms = (text: string) => new Set(text.match(/P-[A-Z2-7]{10}/g));
    const mine = pseudonyms(first.get('ledger.csv')!);
    expect(mine.size).toBeGreaterThan(3);
    for (const p of pseudonyms(other.get('ledger.csv')!)) expect(mine.has(p)).toBe(false);
  });

  it('gives dates of birth a D- pseudonym holding nothing of the date; removes medical statuses, notes and unknown columns', () => {
    const r = redacted(run).run;
    let dates = 0;
    [...r.a.records, ...r.b.records].forEach((x, i) => {
      const real = [...run.a.records, ...run.b.records][i]!;
      expect([x.medicalStatus, x.notes]).toEqual([undefined, undefined]);
      expect(x.extra).toEqual([]);
      for (const v of [x.surname, x.givenName, x.patronymic, x.serviceNumber]) if (v !== undefined) expect(v).toMatch(/^P-[A-Z2-7]{10}$/);
      if (real.dateOfBirth === undefined) return expect(x.dateOfBirth).toBeUndefined();
      dates++;
      expect(x.dateOfBirth).toEqual({ year: 0, pseudonym: datePseudonym(KEY, formatDate(real.dateOfBirth)) });
      expect(formatDate(x.dateOfBirth)).toMatch(/^D-[A-Z2-7]{10}$/);
    });
    expect(dates).toBeGreaterThan(2);
    expect([r.a.extraHeader, r.b.extraHeader]).toEqual([[], []]);
  });

  it('writes the date of birth column of ledger.csv and review.csv as D- pseudonyms', async () => {
    const files = await render(redacted(run));
    const cells = (name: string, column: RegExp) => {
      const [header, ...rows] = parse(files.get(name)!) as string[][];
      const at = header!.flatMap((h, i) => (column.test(h) ? [i] : []));
      expect(at.length).toBeGreaterThan(0);
      return rows.flatMap((row) => at.map((i) => row[i]!)).filter((cell) => cell !== '');
    };
    for (const [name, column] of [['ledger.csv', /^date_of_birth$/], ['review.csv', /^[ab]_date_of_birth$/]] as const) {
      const dates = cells(name, column);
      if (name === 'ledger.csv') expect(dates.length).toBeGreaterThan(2);
      for (const cell of dates) expect(cell, name).toMatch(/^D-[A-Z2-7]{10}$/);
    }
  });

  it('says in summary.json that it was redacted, and how', async () => {
    const summary = JSON.parse((await render(redacted(run))).get('summary.json')!) as { redaction: typeof REDACTION_NOTE };
    expect(summary.redaction).toEqual(REDACTION_NOTE);
    expect(summary.redaction.extra_columns).toBe('dropped');
    const plain = JSON.parse((await render({ run, summary: summarise(run) })).get('summary.json')!) as object;
    expect('redaction' in plain).toBe(false);
  });
});

describe('the crafted run, finding by finding', () => {
  const run = craftedRun();
  const r = redacted(run).run;
  const by = (code: string, field?: string) => r.result.findings.filter((f) => f.code === code && (field === undefined || f.field === field));

  it('pseudonymises a bad date of birth as written, and withholds its problem (which quotes the date)', () => {
    const [bad] = by('invalid-value', 'date_of_birth');
    expect(bad?.aValue).toBe(pseudonym(KEY, 'date_of_birth', '31.02.1990'));
    expect(bad?.args).toEqual({ problem: 'not a readable date of birth' });
  });

  it('withholds a cell past the header, and a medical status a category does not admit', () => {
    expect(by('invalid-value', '')[0]?.aValue).toBe(WITHHELD);
    // The fixture lists one person under a medical category with a status it does not admit.
    const medical = redacted(fixtureRun()).run.result.findings.flatMap((f) => (f.code === 'not-eligible-medical' ? [f.args.status] : []));
    expect(medical.length).toBeGreaterThan(0);
    for (const status of medical) expect(status).toBe(WITHHELD);
  });

  it('pseudonymises both values of a field conflict, a date as the records show it', () => {
    const conflicts = by('field-conflict', 'date_of_birth');
    expect(conflicts.length).toBeGreaterThan(0);
    for (const f of conflicts) expect([f.aValue, f.bValue].every((v) => /^D-[A-Z2-7]{10}$/.test(v ?? ''))).toBe(true);
    // Гордієнко: 05.05.1985 in A, 1985-05-06 in B; each side's pseudonym is its record's.
    const [dates] = conflicts;
    const a = r.a.records.find((x) => x.line === dates!.a!.line)!;
    expect(dates!.aValue).toBe(formatDate(a.dateOfBirth));
  });
});

describe('datePseudonym', () => {
  it('is D- and 10 base32 characters of the keyed hash of the ISO date, however the date was written', () => {
    const iso = datePseudonym('k', '1988-03-14');
    expect(iso).toMatch(/^D-[A-Z2-7]{10}$/);
    for (const written of ['14.03.1988', '14/03/1988', '19880314', ' 1988-03-14 ']) expect(datePseudonym('k', written), written).toBe(iso);
    expect(datePseudonym('k', '1988-03-15')).not.toBe(iso);
    expect(datePseudonym('other', '1988-03-14')).not.toBe(iso);
    expect(datePseudonym('k', '1988')).not.toBe(iso);
    // The same hash as a name would have, but never the same pseudonym: D- against P-.
    expect(pseudonym('k', 'date_of_birth', '14.03.1988')).toBe(iso);
    // A cell that is no date: hashed as written.
    expect(datePseudonym('k', '31.02.1990')).toMatch(/^D-[A-Z2-7]{10}$/);
    expect(datePseudonym('k', '31.02.1990')).not.toBe(datePseudonym('k', '31.02.1991'));
  });
});

describe('pseudonym', () => {
  it('is P- and 10 base32 characters of HMAC-SHA-256(key, field:value)', () => {
    expect(pseudonym('k', 'surname', 'Шевчук')).toMatch(/^P-[A-Z2-7]{10}$/);
    expect(pseudonym('k', 'surname', 'Шевчук')).toBe(pseudonym('k', 'surname', 'Шевчук'));
    expect(pseudonym('k', 'surname', 'Шевчук')).not.toBe(pseudonym('k', 'given_name', 'Шевчук'));
    expect(pseudonym('k', 'surname', 'Шевчук')).not.toBe(pseudonym('other', 'surname', 'Шевчук'));
  });

  it('hashes the value as written: trimmed, NFC, spaces made one, lower-cased; no transliteration', () => {
    expect(pseudonym('k', 'surname', ' ШЕВЧУК ')).toBe(pseudonym('k', 'surname', 'Шевчук'));
    expect(pseudonym('k', 'surname', 'Йосипенко'.normalize('NFD'))).toBe(pseudonym('k', 'surname', 'Йосипенко'));
    expect(normaliseForPseudonym('Де  Ла')).toBe('де ла');
    expect(pseudonym('k', 'surname', 'Білоус')).not.toBe(pseudonym('k', 'surname', 'Белоус'));
  });
});
