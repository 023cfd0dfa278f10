// Control characters in cells (SPEC, "a stray control character in one cell makes that cell
// invalid"): C1 (U+0080–U+009F) as much as C0 and DEL, whatever the encoding, and every cell or
// header the reports carry shows them as `[U+001B]` rather than holding them raw.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { renderMessage } from '../../src/findings/messages.js';
import { PROFILES } from '../../src/kinds/index.js';
import { interpretFile, interpretTable, type ReadOptions } from '../../src/schema/records.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { table } from '../helpers.js';
import { encodeWindows1251 } from '../io/windows-1251.js';

const options: ReadOptions = { side: 'a', schema: PROFILES.pow.schema, label: 'A', agreement: defaultAgreement(), userMap: new Map() };
const read = (header: string[], rows: string[][]) => interpretTable(table(header, rows, 'c1.csv'), options);
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

describe('a C1 control character in a cell', () => {
  it('makes the cell invalid as a C0 one does: the same finding, at its line and column, the cell shown with the code point', () => {
    const { list, findings } = read(['given_name', 'surname'], [['Іван', 'Ko\u009bval'], ['Іван', 'Ko\u0085val'], ['Іван', 'Ko\u001bval'], ['Іван', 'Ko\u0098val']]);
    expect(findings.map((f) => [f.code, f.a?.line, f.column, f.field, f.aValue, renderMessage(f, { labels: { a: 'A', b: 'B' }, lang: 'en' })])).toEqual([
      ['invalid-value', 2, 2, 'surname', 'Ko[U+009B]val', 'c1.csv:2:2: surname "Ko[U+009B]val": contains a control character or an undecodable byte'],
      ['invalid-value', 3, 2, 'surname', 'Ko[U+0085]val', 'c1.csv:3:2: surname "Ko[U+0085]val": contains a control character or an undecodable byte'],
      ['invalid-value', 4, 2, 'surname', 'Ko[U+001B]val', 'c1.csv:4:2: surname "Ko[U+001B]val": contains a control character or an undecodable byte'],
      ['invalid-value', 5, 2, 'surname', 'Ko[U+0098]val', 'c1.csv:5:2: surname "Ko[U+0098]val": contains a control character or an undecodable byte'],
    ]);
    // The row stays, the cell read as empty.
    expect(list.records.map((r) => [r.givenName, r.surname])).toEqual([['Іван', undefined], ['Іван', undefined], ['Іван', undefined], ['Іван', undefined]]);
  });

  it('spoils a free-text cell too, where a tab and a line break do not', () => {
    const { list, findings } = read(['surname', 'notes'], [['Коваль', 'two\nlines\tok'], ['Коваль', 'next\u0085line']]);
    expect(findings.map((f) => [f.a?.line, f.field, f.aValue])).toEqual([[3, 'notes', 'next[U+0085]line']]);
    expect(list.records.map((r) => r.notes)).toEqual(['two\nlines\tok', undefined]);
  });

  it('is no record id: the line stands for it', () => {
    const { list } = read(['record_id', 'surname'], [['UA\u009b1', 'Коваль']]);
    expect(list.records[0]!.recordId).toBe('2');
  });

  it('from byte 0x98 of a Windows-1251 file (U+0098), is invalid at its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exchange-c1-'));
    const path = join(dir, 'ua-1251.csv');
    // Byte 0x98 is the one byte Windows-1251 leaves unassigned; decoding makes it U+0098.
    const [before, after] = ['прізвище,given_name\nКо', 'валь,Іван\nБондар,Іван\n'].map(encodeWindows1251);
    const text = Buffer.concat([before!, Buffer.from([0x98]), after!]);
    writeFileSync(path, text);
    const { list, findings } = await interpretFile(path, options, { limits: DEFAULT_LIMITS });
    expect(findings.map((f) => [f.code, f.a?.line, f.column, f.field, f.aValue])).toEqual([['invalid-value', 2, 1, 'surname', 'Ко[U+0098]валь']]);
    expect(list.records.map((r) => [r.surname, r.givenName])).toEqual([[undefined, 'Іван'], ['Бондар', 'Іван']]);
  });
});

describe('the text of a list that the reports carry', () => {
  it('a finding quotes an unreadable cell with its NUL and ESC shown, in the value and in the message', () => {
    const { findings } = read(['surname', 'date_of_birth', 'category'], [['Бон\u0000дар', '1990\u001b[2J', 'all_for_all|\u001b]0;x\u0007']]);
    for (const f of findings) {
      expect(RAW_CONTROL.test(f.aValue!), f.aValue).toBe(false);
      expect(RAW_CONTROL.test(renderMessage(f, { labels: { a: 'A', b: 'B' }, lang: 'en' }))).toBe(false);
    }
    expect(findings.map((f) => f.aValue)).toEqual(['Бон[U+0000]дар', '1990[U+001B][2J', 'all_for_all|[U+001B]]0;x[U+0007]']);
    expect(renderMessage(findings[2]!, { labels: { a: 'A', b: 'B' }, lang: 'en' })).toContain('unknown category "[U+001B]]0;x[U+0007]"');
  });

  it('a cell past the header is quoted with its controls shown', () => {
    const { findings } = read(['surname'], [['Коваль', 'PWNED\u0007\u001b[2J']]);
    expect(findings.map((f) => [f.column, f.aValue])).toEqual([[2, 'PWNED[U+0007][U+001B][2J']]);
  });

  it('an unknown column carries its cells with the controls shown, tab and line breaks as written', () => {
    const { list, findings } = read(['surname', 'Позивний'], [['Коваль', 'x\u001b]0;T\u0007y'], ['Бондар', 'two\nlines'], ['Мельник', 'Сокіл\u009b']]);
    expect(list.records.map((r) => r.extra)).toEqual([['x[U+001B]]0;T[U+0007]y'], ['two\nlines'], ['Сокіл[U+009B]']]);
    expect(findings).toEqual([]);
  });

  it('a header with a control character names no field, and is carried with it shown', () => {
    const { list } = read(['surname', 'Пози\u001b[2Jвний'], [['Коваль', 'Сокіл']]);
    expect(list.extraHeader).toEqual(['Пози[U+001B][2Jвний']);
    expect(list.reading!.unusedColumns).toEqual([{ header: 'Пози[U+001B][2Jвний', column: 2 }]);
  });

  it('a row skipped above the header keeps its text, with what cannot be seen shown', () => {
    const { list } = read(['Список \u202eобміну\u001b[2J', ''], [['surname', 'given_name'], ['Коваль', 'Іван']]);
    expect(list.reading!.skippedRows).toEqual([{ line: 1, text: 'Список [U+202E]обміну[U+001B][2J' }]);
    expect(list.records.map((r) => r.surname)).toEqual(['Коваль']);
  });
});
