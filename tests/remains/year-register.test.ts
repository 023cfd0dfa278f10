// Issue 7: one side numbers its bodies within the year and writes `YEAR/SERIAL` (`2022/9`), the
// other writes `PREFIX-YEAR-SERIAL` zero-padded (`UA-2022-000009`), serials restarting every year.
// Whole registers reconciled as the command does (computeRun on files), both ways round.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeRun, type ReconcileOptions } from '../../src/commands/reconcile.js';
import { ledgerCsv } from '../../src/report/ledger-csv.js';
import { RU_HEADER, UA_HEADER } from './lists.js';

interface Body {
  year: number;
  serial: number;
  /** Recovery date, `YYYY-MM-DD`. */
  on: string;
}

// 3 years × 130 serials: most serials are short (`2022/9`), the shape a bag reader takes for a bag,
// and every serial is used in every year (`2022/9`, `2023/9`, `2024/9` are three bodies).
const bodies: Body[] = [];
for (const year of [2022, 2023, 2024]) {
  for (let serial = 1; serial <= 130; serial++) {
    const day = ((serial * 37 + year * 11) % 360) + 1;
    const date = new Date(Date.UTC(year, 0, day));
    bodies.push({ year, serial, on: date.toISOString().slice(0, 10) });
  }
}
const dmy = (iso: string) => iso.split('-').reverse().join('.');

// UA keeps a year register, written as it comes: year first mostly, now and then the serial first, padded or spaced.
const UA_FORMS = [(b: Body) => `${b.year}/${b.serial}`, (b: Body) => `${b.year} / ${b.serial}`, (b: Body) => `${b.serial}/${b.year}`, (b: Body) => `${b.year}/${String(b.serial).padStart(4, '0')}`];
// RU writes prefix, year and zero-padded serial, in Latin or Cyrillic letters, padded or not.
const RU_FORMS = [
  (b: Body) => `UA-${b.year}-${String(b.serial).padStart(6, '0')}`,
  (b: Body) => `UA-${b.year}-${b.serial}`,
  (b: Body) => `UA ${b.year} ${String(b.serial).padStart(6, '0')}`,
  (b: Body) => `УА-${b.year}-${String(b.serial).padStart(6, '0')}`,
];

const uaRows = bodies.map((b, i) => `UA-R-${i + 1};${UA_FORMS[i % 4]!(b)};;${dmy(b.on)};ні;;`);
// RU registers in another order, with no DNA samples: the tag and the date are all there is.
const ruOrder = bodies.map((_, i) => (i * 151) % bodies.length);
const ruRows = ruOrder.map((k, j) => `${j + 1},${RU_FORMS[j % 4]!(bodies[k]!)},,${bodies[k]!.on},нет,,`);

const dir = mkdtempSync(join(tmpdir(), 'exchange-year-register-'));
const ua = join(dir, 'ua.csv');
const ru = join(dir, 'ru.csv');
writeFileSync(ua, [UA_HEADER, ...uaRows].join('\n'));
writeFileSync(ru, [RU_HEADER, ...ruRows].join('\n'));
const options: ReconcileOptions = { kind: 'remains', map: [], format: 'json', failOn: 'never' };

/** The true pairs: UA-R-(i+1) with RU row j where ruOrder[j] = i. */
const truePairs = new Set(ruOrder.map((k, j) => `UA-R-${k + 1}|${j + 1}`));

describe('a year register against a prefix-year-serial register (issue 7)', () => {
  it('matches every body to its own, with no tag-conflict, UA as A', async () => {
    const { run } = await computeRun(ua, ru, options);
    const entries = run.result.entries;
    expect(entries.every((e) => e.status === 'matched')).toBe(true);
    expect(new Set(entries.map((e) => `${e.a!.recordId}|${e.b!.recordId}`))).toEqual(truePairs);
    const codes = run.result.findings.map((f) => f.code);
    for (const code of ['tag-conflict', 'only-in-a', 'only-in-b', 'possible-match', 'duplicate-record']) expect(codes, code).not.toContain(code);
  });

  it('matches the same pairs with the lists swapped', async () => {
    const { run } = await computeRun(ru, ua, options);
    expect(run.result.entries.every((e) => e.status === 'matched')).toBe(true);
    expect(new Set(run.result.entries.map((e) => `${e.b!.recordId}|${e.a!.recordId}`))).toEqual(truePairs);
    expect(run.result.findings.map((f) => f.code)).not.toContain('tag-conflict');
  });

  it('says in why how it read the tags of a short serial', async () => {
    const { run } = await computeRun(ua, ru, options);
    const entry = run.result.entries.find((e) => e.a!.tag === '2022/9')!;
    expect(entry.b!.tag).toMatch(/2022.0*9$/);
    expect(entry.why).toMatch(/tag=\+\d+\.\d\[a: year 2022 serial 9; b: year 2022 serial 9\]/);
    // Plain readings say nothing.
    const plain = run.result.entries.find((e) => e.a!.tag === '2022/121')!;
    expect(plain.why).toMatch(/tag=\+\d+\.\d( |$)/);
    expect(ledgerCsv(run)).toContain('[a: year 2022 serial 9; b: year 2022 serial 9]');
  });

  it('gives the same bytes twice', async () => {
    const [first, second] = [await computeRun(ua, ru, options), await computeRun(ua, ru, options)];
    expect(ledgerCsv(second.run)).toBe(ledgerCsv(first.run));
  });
});
