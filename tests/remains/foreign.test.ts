import { describe, expect, it } from 'vitest';
import { checkForeignRemains } from '../../src/checks/foreign-remains.js';
import type { LedgerEntry } from '../../src/model.js';
import { renderMessage } from '../../src/findings/messages.js';
import { countsBySide } from '../../src/remains/counts.js';
import { citizenshipKey, fallenCitizenship, isForeign } from '../../src/remains/identity.js';
import { record } from '../helpers.js';
import { reconcileRemains, registers } from './lists.js';

const body = (citizenship: string | undefined, side: 'a' | 'b' = 'a') => record(side, 0, { citizenship });

describe('citizenship', () => {
  it.each([
    ['Україна', 'ukraine'], ['Украина', 'ukraine'], ['Ukraine', 'ukraine'], ['UA', 'ukraine'], ['ЗСУ', 'ukraine'],
    ['Росія', 'russia'], ['Россия', 'russia'], ['РФ', 'russia'], ['Russian Federation', 'russia'], ['Российская Федерация', 'russia'],
    ['невідомо', ''], ['неизвестно', ''], ['', ''], ['Грузія', 'грузія'],
  ])('%s reads as "%s"', (written, key) => {
    expect(citizenshipKey(written)).toBe(key);
  });

  it('of the fallen is the one most often written, in any language', () => {
    expect(fallenCitizenship([body('Україна'), body('Украина', 'b'), body('Росія'), body(undefined), body('невідомо')])).toBe('ukraine');
    expect(fallenCitizenship([body('Росія'), body('Україна')])).toBe('russia');
    expect(fallenCitizenship([body(undefined)])).toBeUndefined();
  });

  it('makes a body foreign only when known and not the fallen’s', () => {
    expect(isForeign(body('Росія'), 'ukraine')).toBe(true);
    expect(isForeign(body('Украина'), 'ukraine')).toBe(false);
    expect(isForeign(body('невідомо'), 'ukraine')).toBe(false);
    expect(isForeign(body('Росія'), undefined)).toBe(false);
  });
});

describe('foreign-remains', () => {
  const entry = (a: string | undefined, b: string | undefined): LedgerEntry => ({
    status: 'matched', a: record('a', 0, { citizenship: a }), b: record('b', 0, { citizenship: b }), findings: [],
  });

  it('flags a pair when either side writes another citizenship, with both values', () => {
    const [f] = checkForeignRemains(entry('Росія', 'Украина'), 'ukraine');
    expect(f).toMatchObject({ code: 'foreign-remains', severity: 'warning', field: 'citizenship', aValue: 'Росія', bValue: 'Украина', args: { citizenship: 'russia', fallen: 'ukraine' } });
    expect(renderMessage(f!, { labels: { a: 'UA', b: 'RU' } })).toMatch(/^UA record a1 \(line 2\) and RU record b1 \(line 2\): written as a citizen of russia/);
    expect(checkForeignRemains(entry('Україна', 'Украина'), 'ukraine')).toEqual([]);
    expect(checkForeignRemains(entry('Росія', 'Россия'), undefined)).toEqual([]);
  });

  it('flags an unpaired body too', () => {
    expect(checkForeignRemains({ status: 'only_b', b: record('b', 0, { citizenship: 'РФ' }), findings: [] }, 'ukraine')).toHaveLength(1);
  });

  it('keeps the body in the ledger, matched, but counts it for neither side', () => {
    const { a, b } = registers(
      ['UA-1;UA-2025-000101;DNA-25-0004417;14.01.2025;ні;;Україна', 'UA-2;UA-2025-000108;;03.02.2025;ні;;Росія'],
      ['1,№101,ДНК-25-0004417,2025-01-14,нет,,Украина', '2,2025-000108,,2025-02-03,нет,,Украина'],
    );
    const result = reconcileRemains(a, b);
    const foreign = result.entries.find((e) => e.a?.recordId === 'UA-2')!;
    expect(foreign.status).toBe('matched');
    expect(foreign.findings.map((f) => f.code)).toEqual(['foreign-remains']);
    expect(countsBySide(result.entries, result.context.fallenCitizenship)).toMatchObject({ a: { listed: 2, foreign: 1, counted: 1 }, b: { listed: 2, foreign: 1, counted: 1 } });
  });
});
