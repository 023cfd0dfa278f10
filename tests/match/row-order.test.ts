// Ties that once followed the order of the rows (issue 12): two records scoring exactly alike
// against a third, and two copies of one person of which only one carries the service number.
// Each case is run with the rows in both orders; the outcome, by record id, must be the same.
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { reconcile } from '../../src/core/reconcile.js';
import { assignOneToOne } from '../../src/match/engine/assign.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import { contentOrder, representative } from '../../src/match/record-order.js';
import { listFromCsv } from '../helpers.js';

const UA_HEADER = "Номер запису;Прізвище;Ім'я;По батькові;Дата народження;Особистий номер";
const RU_HEADER = 'Номер записи,ФИО,Дата рождения,Личный номер';

/** Each ledger entry as `status a~b` by record id, sorted. */
function outcome(aRows: string[], bRows: string[]): string[] {
  const [a, b] = [listFromCsv([UA_HEADER, ...aRows].join('\n'), 'a'), listFromCsv([RU_HEADER, ...bRows].join('\n'), 'b')];
  const result = reconcile({ a, b, readFindings: [], agreement: defaultAgreement(), matcher: new ScoredMatcher(DEFAULT_THRESHOLDS) });
  return result.entries.map((e) => `${e.status} ${e.a?.recordId ?? '-'}~${e.b?.recordId ?? '-'}${e.duplicateOf ? ` of ${e.duplicateOf.recordId}` : ''}`).sort();
}

describe('the order of rows does not settle a tie', () => {
  it('two namesakes born the same day against one record without a service number: the same pair to review either way', () => {
    const ua1 = 'UA-1;Павлів;Андрій;Юрійович;09.02.1986;БЕ674366';
    const ua2 = 'UA-2;Павлів;Андрій;Юрійович;09.02.1986;ГУ863471';
    const ru = ['RU-1,ПАВЛОВ Андрей Юрьевич,1986-02-09,'];
    const forward = outcome([ua1, ua2], ru);
    expect(forward).toEqual(outcome([ua2, ua1], ru));
    // One of the two goes to review with RU-1, the other is only on A's list.
    expect(forward.filter((e) => e.startsWith('review '))).toHaveLength(1);
    expect(forward.filter((e) => e.startsWith('only_a '))).toHaveLength(1);
  });

  it('a person written twice, once without his service number: the copy with it is linked, wherever it stands', () => {
    const a = ['UA-1;Шевчук;Остап;Богданович;14.03.1988;АБ771204', 'UA-2;Шевчук;Остап;Богданович;14.03.1988;АБ771299'];
    const withNumber = 'RU-1,ШЕВЧУК Остап Богданович,1988-03-14,АБ-771204';
    const without = 'RU-2,ШЕВЧУК Остап Богданович,1988-03-14,';
    const forward = outcome(a, [withNumber, without]);
    expect(forward).toEqual(outcome(a, [without, withNumber]));
    expect(forward).toContain('matched UA-1~RU-1');
    expect(forward).toContain('duplicate -~RU-2 of RU-1');
  });
});

describe('record order', () => {
  const list = listFromCsv([UA_HEADER, 'UA-9;Бойко;Іван;;1990;', 'UA-3;Бойко;Іван;Петрович;01.02.1990;ВВ111111', 'UA-5;Бойко;Іван;Петрович;01.02.1990;'].join('\n'), 'a');
  const [yearOnly, full, noNumber] = list.records as [never, never, never];

  it('keeps the most complete copy, then the first by content, wherever each stands', () => {
    expect(representative([yearOnly, noNumber, full])).toBe(full);
    expect(representative([noNumber, yearOnly])).toBe(noNumber);
    // As complete as each other: the content decides (UA-5 before UA-7), not the place in the file.
    const other = { ...(noNumber as object), index: 0, recordId: 'UA-7' } as typeof noNumber;
    expect(representative([other, noNumber])).toBe(noNumber);
    expect(representative([noNumber, other])).toBe(noNumber);
  });

  it('assignment ties break on content, not index: the same record wins with the rows in the other order', () => {
    const rows = ['UA-9;Бойко;Іван;;01.02.1990;', 'UA-3;Бойко;Іван;Петрович;01.02.1990;'];
    const winner = (lines: string[], order?: 'content') => {
      const records = listFromCsv([UA_HEADER, ...lines].join('\n'), 'a').records;
      // Both records (indexes 0 and 1) score the same against one B record.
      const chosen = assignOneToOne([{ a: 0, b: 7, score: 5 }, { a: 1, b: 7, score: 5 }], order ? contentOrder(records, records) : undefined);
      expect(chosen).toHaveLength(1);
      return records[chosen[0]!.a]!.recordId;
    };
    expect(winner(rows, 'content')).toBe(winner([...rows].reverse(), 'content'));
    // By index (the default, and the old rule), the winner follows the rows.
    expect(winner(rows)).not.toBe(winner([...rows].reverse()));
  });
});
