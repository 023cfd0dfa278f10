import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { checkContext } from '../../src/checks/context.js';
import { checkEntry as runRules } from '../../src/checks/rules.js';
import { PROFILES } from '../../src/kinds/index.js';
import { checkIdentifierConflicts } from '../../src/checks/identifier-conflict.js';
import type { LedgerEntry, PersonList, PersonRecord } from '../../src/model.js';
import { renderMessage } from '../../src/findings/messages.js';
import { list, record } from '../helpers.js';

const pair = (a: Partial<PersonRecord>, b: Partial<PersonRecord>, status: LedgerEntry['status'] = 'matched'): LedgerEntry => ({
  status, a: record('a', 0, a), b: record('b', 0, b), findings: [],
});
const codes = (entry: LedgerEntry) => checkIdentifierConflicts(entry).map((f) => f.code);
const labels = { labels: { a: 'UA', b: 'RU' } };

describe('tag-conflict and dna-conflict', () => {
  it('see one tag and one sample however each clerk wrote them', () => {
    expect(codes(pair({ tag: 'UA-2024-000379', dnaSampleId: 'DNA-24-0112648' }, { tag: 'бирка №379', dnaSampleId: 'ДНК 24 112648' }))).toEqual([]);
  });

  it('flag another number, with both values as written', () => {
    const [tag, dna] = checkIdentifierConflicts(pair({ tag: 'UA-2024-000379', dnaSampleId: 'DNA-24-0112648' }, { tag: 'UA-2024-000380', dnaSampleId: 'ДНК-24-0112684' }));
    expect(tag).toMatchObject({ code: 'tag-conflict', severity: 'error', field: 'tag', aValue: 'UA-2024-000379', bValue: 'UA-2024-000380' });
    expect(dna).toMatchObject({ code: 'dna-conflict', severity: 'error', field: 'dna_sample_id', aValue: 'DNA-24-0112648', bValue: 'ДНК-24-0112684' });
    expect(renderMessage(tag!, labels)).toBe('matched remains disagree on tag: "UA-2024-000379" against "UA-2024-000380"');
  });

  it('flag other letters on the same number', () => {
    expect(codes(pair({ tag: 'UA-2024-000379' }, { tag: 'RU-2024-000379' }))).toEqual(['tag-conflict']);
  });

  it('need both values, and a matched pair', () => {
    expect(codes(pair({ tag: 'UA-2024-000379' }, {}))).toEqual([]);
    expect(codes(pair({ tag: 'UA-2024-000379' }, { tag: 'б/н' }))).toEqual([]);
    expect(codes(pair({ tag: 'UA-2024-000379' }, { tag: 'UA-2024-000380' }, 'review'))).toEqual([]);
  });
});

/** The context a reconciliation of `lists` gives the rules of their kind (the profile's). */
const entryContext = (agreement: ReturnType<typeof defaultAgreement>, lists: PersonList[]) => {
  const kind = lists[0]!.kind;
  return PROFILES[kind].rules.context(checkContext(agreement, kind), lists);
};
const checkEntry = (entry: LedgerEntry, ctx: ReturnType<typeof entryContext>) => runRules(entry, ctx, PROFILES[ctx.kind].rules);

describe('the rules of a remains list', () => {
  const remains = (records: Array<Partial<PersonRecord>>) => ({ ...list('a', records), kind: 'remains' as const });

  it('include the conflicts and skip the category rules, which are for prisoners', () => {
    const ctx = entryContext(defaultAgreement(), [remains([])]);
    const entry = pair(
      { tag: 'UA-2024-000379', categories: ['age_18_25'], dateOfBirth: { year: 1960, month: 1, day: 1 } },
      { tag: 'UA-2024-000380', categories: ['wounded_ill'] },
    );
    expect(checkEntry(entry, ctx).map((f) => f.code)).toEqual(['tag-conflict']);
  });

  it("read each side's tags by its list's convention: a year register's `2022/9` is UA-2022-000009", () => {
    const sideList = (side: 'a' | 'b', tags: string[]) => ({ ...list(side, tags.map((tag) => ({ tag }))), kind: 'remains' as const });
    const a = sideList('a', ['2022/9', '2022/379', '2023/1204', '2023/17', '2024/5']);
    const b = sideList('b', ['UA-2022-000009', 'UA-2022-000379', 'UA-2023-001204', 'UA-2023-000017', 'UA-2024-000005']);
    const ctx = entryContext(defaultAgreement(), [a, b]);
    expect(ctx.tagConventions?.a.register).toBe('year');
    a.records.forEach((ra, i) => {
      const entry: LedgerEntry = { status: 'matched', a: ra, b: b.records[i]!, findings: [] };
      expect(checkEntry(entry, ctx).map((f) => f.code), ra.tag).toEqual([]);
    });
    // Another year is another body, however it is written.
    const other: LedgerEntry = { status: 'matched', a: a.records[0]!, b: record('b', 9, { tag: 'UA-2023-000009' }), findings: [] };
    expect(checkEntry(other, ctx).map((f) => f.code)).toEqual(['tag-conflict']);
  });

  it('leave POW lists as they were', () => {
    const ctx = entryContext(defaultAgreement(), [list('a', [])]);
    const entry = pair({ tag: 'UA-2024-000379', categories: ['age_18_25'], dateOfBirth: { year: 1960, month: 1, day: 1 } }, { tag: 'UA-2024-000380' });
    expect(checkEntry(entry, ctx).map((f) => f.code)).toEqual(['category-mismatch', 'age-out-of-range']);
  });
});
