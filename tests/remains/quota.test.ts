import { describe, expect, it } from 'vitest';
import { checkRemainsQuota } from '../../src/checks/remains-quota.js';
import { renderMessage } from '../../src/findings/messages.js';
import { bodyCounts, countsBySide } from '../../src/remains/counts.js';
import { ROOT, exchange } from '../cli/run.js';
import { record } from '../helpers.js';
import { reconcileRemains, registers, withQuota } from './lists.js';

const counts = (listed: number, foreign = 0) =>
  bodyCounts(Array.from({ length: listed }, (_, i) => ({ record: record('a', i), foreign: i < foreign })));

describe('remains-quota', () => {
  it('holds each side to the quota on its own', () => {
    const findings = checkRemainsQuota({ a: counts(40), b: counts(41, 2) }, withQuota(39));
    expect(findings.map((f) => (f.code === 'remains-quota' ? [f.args.side, f.args.count] : [f.code]))).toEqual([['a', 40]]);
    expect(findings[0]).toMatchObject({ code: 'remains-quota', severity: 'warning', field: 'remains_quota', aValue: '40' });
    expect(renderMessage(findings[0]!, { labels: { a: 'UA', b: 'RU' } })).toBe('UA lists 40 bodies against the agreed quota of 39');
  });

  it('says how many foreign bodies it left out', () => {
    const [f] = checkRemainsQuota({ b: counts(41, 1) }, withQuota(39));
    expect(f).toMatchObject({ bValue: '40', args: { side: 'b', listed: 41, foreign: 1, count: 40, quota: 39 } });
    expect(renderMessage(f!, { labels: { a: 'UA', b: 'RU' } })).toBe('RU lists 41 bodies (1 foreign, not counted): 40 against the agreed quota of 39');
  });

  it('needs a quota in the agreement', () => {
    expect(checkRemainsQuota({ a: counts(3) }, withQuota(undefined))).toEqual([]);
  });

  it('does not count duplicate copies (a second bag) nor foreign remains, but counts a row that identifies nothing', () => {
    const { a, b } = registers(
      [
        'UA-1;UA-2025-000101;DNA-25-0004417;14.01.2025;ні;;Україна',
        'UA-2;UA-2025-000101/2;;14.01.2025;ні;;',
        'UA-3;UA-2025-000102;;15.01.2025;так;Савчук;Україна',
        'UA-4;UA-2025-000108;;03.02.2025;ні;;Росія',
      ],
      ['1,№101,ДНК-25-0004417,2025-01-14,нет,,Украина', '2,УА-2025-102,,2025-01-15,нет,,Украина', '3,UA-2025-000108,,2025-02-03,нет,,Украина', '4,,,2025-02-04,нет,,Украина'],
    );
    const result = reconcileRemains(a, b, withQuota(2));
    expect(countsBySide(result.entries, result.context.fallenCitizenship)).toEqual({
      a: { listed: 3, identified: 1, unidentified: 2, foreign: 1, counted: 2 },
      b: { listed: 4, identified: 0, unidentified: 4, foreign: 1, counted: 3 },
    });
    expect(result.findings.filter((f) => f.code === 'remains-quota').map((f) => f.args.side)).toEqual(['b']);
  });
});

describe('exchange summary --kind remains', () => {
  it('shows one register against the quota, with its foreign-remains and remains-quota findings', () => {
    const run = exchange(['summary', 'fixtures/remains/ua.csv', '--kind', 'remains', '--agreement', 'fixtures/remains/agreement.json', '--format', 'json'], { cwd: ROOT });
    expect(run.stderr).toBe('');
    const summary = JSON.parse(run.stdout) as { remains: Record<string, number | null>; codes: Record<string, number> };
    expect(summary.remains).toEqual({ quota: 32, listed: 33, identified: 5, unidentified: 28, foreign: 1, counted: 32, quota_difference: 0 });
    expect(summary.codes).toMatchObject({ 'foreign-remains': 1, 'remains-quota': 0, 'duplicate-record': 1 });
  });

  it('prints the remains table instead of the categories', () => {
    const run = exchange(['summary', 'fixtures/remains/ru.csv', '--kind', 'remains', '--agreement', 'fixtures/remains/agreement.json'], { cwd: ROOT });
    expect(run.stdout).toMatch(/Remains {2}agreed quota 32/);
    expect(run.stdout).toMatch(/against quota +\+2/);
    expect(run.stdout).not.toMatch(/All for all/);
    expect(run.status).toBe(1);
  });
});
