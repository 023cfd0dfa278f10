// report.html's page data in pieces (src/report/html/escape.ts): the same text as one
// JSON.stringify, made safe, and told as its long arrays are written (the writing's progress).
import { describe, expect, it } from 'vitest';
import { runElements, scriptJsonPieces } from '../../src/report/html/escape.js';
import { LazyRows } from '../../src/report/html/lazy-rows.js';

describe('the page data in pieces', () => {
  const data = () => ({
    name: '</script> & <!--',
    records: { a: Array.from({ length: 10_000 }, (_, i) => [i, `Коваленко ${i}`]), b: [[1, 'short']] },
    findings: new LazyRows(5_000, (i) => [i, 'only-in-a']),
    skipped: undefined,
  });

  it('joins to JSON.stringify of the same value, with nothing that ends a script', () => {
    const text = [...scriptJsonPieces(data())].join('');
    expect(text).not.toMatch(/[<>&]/);
    const plain = { ...data(), findings: data().findings.slice() };
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(plain)));
  });

  it('tells the elements of long arrays written so far, after each run of them, up to runElements', () => {
    const told: number[] = [];
    const pieces = scriptJsonPieces(data(), (elements) => told.push(elements));
    expect(told).toEqual([]);
    for (const _ of pieces);
    // 10,000 records of A in runs of 4,096, then 5,000 findings; B's one record is no run.
    expect(told).toEqual([4_096, 8_192, 10_000, 14_096, 15_000]);
    expect(runElements(data())).toBe(15_000);
    expect(runElements([1, 2, 3])).toBe(0);
  });
});
