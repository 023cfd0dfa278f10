import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { CARRIED_FIELDS, recordColumns, recordsOf, transferables } from '../../src/commands/record-columns.js';
import { parseCsv } from '../../src/io/csv.js';
import { PROFILES } from '../../src/kinds/index.js';
import type { CsvTable, PersonRecord, Side } from '../../src/model.js';
import { interpretTable } from '../../src/schema/records.js';

function records(text: string, kind: 'pow' | 'remains', side: Side = 'b'): PersonRecord[] {
  const table: CsvTable = { path: `${kind}.csv`, sha256: '', encoding: 'utf-8', ...parseCsv(text, `${kind}.csv`) };
  return interpretTable(table, { side, schema: PROFILES[kind].schema, label: kind, agreement: defaultAgreement(), userMap: new Map() }).list.records;
}

/** The columns as the main thread receives them: cloned, their typed arrays moved. */
function crossed(list: PersonRecord[], side: Side = 'b'): PersonRecord[] {
  const columns = recordColumns(list, side);
  return recordsOf(structuredClone(columns, { transfer: transferables(columns) }));
}

const POW = [
  'record_id,surname,given_name,patronymic,date_of_birth,service_number,rank,unit,citizenship,sex,captured_on,captured_at,notes,category,medical_status,medical_commission,remark',
  'R-1,Іваненко,Іван,Іванович,1990-01-02,АВ123456,солдат,1 рота,Україна,M,2024-05-01,Бахмут,"notes, with ""quotes""",all_for_all,wounded,confirmed,carried 1',
  'R-2,Іваненко,Петро,,1990-01-02,,сержант,,,,,,,severely_wounded,ill,pending,',
  'R-3,,,,31.02.1990,-,,,,X,,,,nonsense,,,carried 3',
  ',,,,,,,,,,,,,,,,',
  'Всього: 2,,,,,,,,,,,,,,,,',
].join('\n');

const FULL_NAMES = ['record_id,full_name,date_of_birth', 'F-1,ПЕТРЕНКО Олена Іванівна,1985', 'F-2,"Сидоренко, Марко",1990-03'].join('\n');

const REMAINS = [
  'record_id,tag,dna_sample_id,recovered_on,recovered_at,identified,surname',
  'B-1,UA-2025-000101,DNA-1,2025-01-14,Вугледар,ні,',
  'B-2,UA-2025-000102,,2025-01-14,Вугледар,так,Бондаренко',
  'B-3,,DNA-3,,,,',
].join('\n');

describe('records sent from the reading worker as columns', () => {
  it.each([
    ['a list of people with every field, bad cells, an unknown column, a blank and a total row', POW, 'pow'],
    ['full names split into parts, partial dates', FULL_NAMES, 'pow'],
    ['remains: tags, DNA sample ids, recovery dates, identified yes and no', REMAINS, 'remains'],
  ] as const)('come back as they went: %s', (_, text, kind) => {
    const list = records(text, kind);
    const back = crossed(list);
    expect(back).toEqual(list);
    // The same fields in the same order: one shape for the records of both threads.
    back.forEach((record, i) => expect(Object.keys(record)).toEqual(Object.keys(list[i]!)));
  });

  it('carry every field a record has', () => {
    for (const [text, kind] of [[POW, 'pow'], [FULL_NAMES, 'pow'], [REMAINS, 'remains']] as const) {
      for (const record of records(text, kind)) for (const field of Object.keys(record)) expect(CARRIED_FIELDS).toContain(field);
    }
  });

  it('send each repeated value once, and give back one object where the reader shared one', () => {
    // No unknown column: every record has the one empty array of carried cells.
    const header = POW.split('\n')[0]!.replace(',remark', '');
    const rows = Array.from({ length: 200 }, (_, i) => `R-${i},Іваненко,Іван,,1990-01-02,N${i},солдат,,,M,,,,all_for_all,,`);
    const list = records([header, ...rows].join('\n'), 'pow');
    const columns = recordColumns(list, 'b');
    expect(columns.values.filter((v) => v === 'Іваненко')).toHaveLength(1);
    expect(columns.extra).toBeUndefined();
    expect(columns.own.serviceNumber).toHaveLength(200);
    const back = recordsOf(structuredClone(columns));
    expect(back[0]!.dateOfBirth).toBe(back[199]!.dateOfBirth);
    expect(back[0]!.categories).toBe(back[199]!.categories);
    expect(back[0]!.extra).toBe(back[199]!.extra);
  });

  it('refuse records of another list or out of place', () => {
    const list = records(REMAINS, 'remains', 'a');
    expect(() => recordColumns(list, 'b')).toThrow(/list a/);
    expect(() => recordColumns(list.slice(1), 'a')).toThrow(/record 1 of list a is record 2/);
  });
});
