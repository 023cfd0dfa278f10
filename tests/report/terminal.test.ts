// The terminal text of `exchange reconcile` (REPORTS.reconcile `text`), rendered directly from
// small runs: its sections hold the summary's numbers, colour is decoration only, and the last
// line is the verdict it is given.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { CODE_ORDER, CODES } from '../../src/codes.js';
import { reconcile, type DecisionRow } from '../../src/core/reconcile.js';
import { categoryLabel, plural, t } from '../../src/i18n/catalogue.js';
import { PROFILES } from '../../src/kinds/index.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { ExactMatcher } from '../../src/match/exact.js';
import type { Matcher } from '../../src/match/matcher.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import { LEDGER_STATUSES, type PersonList } from '../../src/model.js';
import { REPORTS, type RunOutcome } from '../../src/report/registry.js';
import type { RunReport } from '../../src/report/run.js';
import { summarise } from '../../src/report/summary.js';
import { fails, type FailOn, type Verdict } from '../../src/report/verdict.js';
import { listFromCsv } from '../helpers.js';

const ANSI = /\x1b\[[0-9;]*m/g;
const strip = (s: string) => s.replace(ANSI, '');

const UA = "Номер запису;Прізвище;Ім'я;По батькові;Дата народження;Особистий номер;Категорія";
const RU = '№ п/п,ФИО,Дата рождения,Личный номер,Категория';

function outcomeOf(a: PersonList, b: PersonList, matcher: Matcher, decisions: DecisionRow[] = []): RunOutcome {
  const agreement = defaultAgreement();
  const result = reconcile({ a, b, readFindings: [], agreement, matcher, decisions });
  const run: RunReport = { tool: { name: 'exchange', version: '0.0.0' }, agreement, matcher: { name: matcher.name }, a, b, result };
  return { run, summary: summarise(run) };
}

/** Exact pairs on service numbers: one agreed, one listed young on A only, one on each side alone. */
function powRun(decisions: DecisionRow[] = []): RunOutcome {
  const a = listFromCsv([UA,
    'UA-1;Білоус;Микола;Григорович;27.05.1976;КР 305590;всіх на всіх',
    'UA-2;Бойко;Артем;Олександрович;02.06.2007;ВМ 990412;молодь',
    'UA-3;Бондар;Сергій;Васильович;30.10.1981;МТ 118842;всіх на всіх',
  ].join('\n'), 'a', 'ua.csv');
  const b = listFromCsv([RU,
    '1,БЕЛОУС Николай Григорьевич,1976-05-27,КР-305590,всех на всех',
    '2,БОЙКО Артём Александрович,2007-06-02,ВМ-990412,всех на всех',
    '3,ГАВРИЛЮК Степан Иванович,1983-06-06,АК-367729,всех на всех',
  ].join('\n'), 'b', 'ru.csv');
  return outcomeOf({ ...a, label: 'Kyiv' }, { ...b, label: 'Moscow' }, new ExactMatcher(), decisions);
}

/** The same person on both sides, nothing to report. */
function cleanRun(): RunOutcome {
  const a = listFromCsv([UA, 'UA-1;Білоус;Микола;Григорович;27.05.1976;КР 305590;всіх на всіх'].join('\n'), 'a');
  const b = listFromCsv([RU, '1,БЕЛОУС Николай Григорьевич,1976-05-27,КР-305590,всех на всех'].join('\n'), 'b');
  return outcomeOf(a, b, new ExactMatcher());
}

function remainsRun(): RunOutcome {
  const a = listFromCsv(['Номер запису;Номер тіла;Зразок ДНК;Дата виявлення;Ідентифіковано;Громадянство',
    'UA-R-1;UA-2025-000101;DNA-1;14.01.2025;ні;Україна',
    'UA-R-2;UA-2025-000102;DNA-2;14.01.2025;ні;Україна',
  ].join('\n'), 'a', 'ua.csv', 'remains');
  const b = listFromCsv(['№ п/п,Бирка,Образец ДНК,Дата обнаружения,Опознан,Гражданство',
    '1,UA-2025-000101,DNA-1,2025-01-14,нет,Украина',
    '2,X-9,,2025-02-01,нет,Россия',
  ].join('\n'), 'b', 'ru.csv', 'remains');
  return outcomeOf(a, b, new ScoredMatcher(DEFAULT_THRESHOLDS, PROFILES.remains.matching));
}

/** The verdict the shell would hand the renderer: fails() over the report set's findings. */
function verdictOf(outcome: RunOutcome, failOn: FailOn, written: string[] = []): Verdict {
  return { failOn, failed: fails(REPORTS.reconcile.findings(outcome).map((f) => f.severity), failOn), written };
}

async function render(outcome: RunOutcome, level: 0 | 1 = 0, verdict: Verdict = verdictOf(outcome, 'error')): Promise<string> {
  const report = REPORTS.reconcile.reports.find((r) => r.name === 'text')!;
  const out = await report.render(outcome, { chalk: new Chalk({ level }), csv: {}, verdict });
  if (typeof out !== 'string') throw new Error('the text report rendered bytes');
  return out;
}

/** The text's blocks, as the blank lines between them divide it. */
const blocks = (text: string): string[][] => text.trimEnd().split('\n\n').map((block) => block.split('\n'));

/** The block whose first line starts with `heading`. */
function block(text: string, heading: string): string[] {
  const found = blocks(text).filter((b) => b[0]!.startsWith(heading));
  expect(found, `one block headed ${heading}`).toHaveLength(1);
  return found[0]!;
}

/** The cells of a table row: the label (which may hold single spaces), then each value. */
const cellsOf = (line: string) => line.trim().split(/\s{2,}/);

/** The values of the row labelled `label`, in a block. */
function row(lines: readonly string[], label: string): string[] {
  const found = lines.filter((line) => cellsOf(line)[0] === label);
  expect(found, `one row ${label}`).toHaveLength(1);
  return cellsOf(found[0]!).slice(1);
}

describe('reconcile text', () => {
  it('is plain text with chalk at level 0', async () => {
    for (const outcome of [powRun(), remainsRun(), cleanRun()]) expect(await render(outcome)).not.toMatch(/\x1b\[/);
  });

  it('with colour, has ANSI escapes and the same text once they are stripped', async () => {
    for (const outcome of [powRun(), remainsRun(), cleanRun()]) {
      const coloured = await render(outcome, 1);
      expect(coloured).toMatch(/\x1b\[/);
      expect(strip(coloured)).toBe(await render(outcome, 0));
    }
  });

  it('opens with the agreement and each side with its label and rows', async () => {
    const outcome = powRun();
    const [headline, a, b] = blocks(await render(outcome))[0]!;
    expect(headline).toContain(outcome.run.agreement.name);
    expect(headline).toContain(outcome.run.agreement.reference_date);
    expect(cellsOf(a!)).toEqual(['A', 'Kyiv', plural('terminal.rows', 3)]);
    expect(cellsOf(b!)).toEqual(['B', 'Moscow', plural('terminal.rows', 3)]);
  });

  it('shows the category table for a POW run: each category with its counts per side and matched on both', async () => {
    const outcome = powRun();
    const text = await render(outcome);
    const table = block(text, t('terminal.categories'));
    expect(table[0]).toBe(t('terminal.categories'));
    expect(table).toHaveLength(2 + outcome.summary.categories.length); // heading, column names, a row each
    for (const c of outcome.summary.categories) {
      expect(row(table, categoryLabel(c.id, c.label)).map(Number)).toEqual([c.a.listed, c.a.matched, c.a.unmatched, c.b.listed, c.b.matched, c.b.unmatched, c.matched_both]);
    }
    // Бойко is listed young on A only: one listed, matched, on A; none on B.
    expect(row(table, categoryLabel('age_18_25', 'Aged 18 to 25')).map(Number)).toEqual([1, 1, 0, 0, 0, 0, 0]);
    expect(blocks(text).some((b) => b[0]!.startsWith(t('terminal.remains')))).toBe(false);
  });

  it('shows the bodies table for a remains run, and no categories', async () => {
    const outcome = remainsRun();
    const text = await render(outcome);
    const table = block(text, t('terminal.remains'));
    const remains = outcome.summary.remains!;
    expect(table[0]).toContain(t('terminal.remains.quota', { quota: remains.quota! }).trim());
    expect(row(table, t('terminal.remains.listed')).map(Number)).toEqual([remains.a.listed, remains.b.listed]);
    expect(row(table, t('terminal.remains.listed')).map(Number)).toEqual([2, 2]);
    expect(row(table, t('terminal.remains.foreign')).map(Number)).toEqual([remains.a.foreign, remains.b.foreign]);
    expect(row(table, t('terminal.remains.counted')).map(Number)).toEqual([remains.a.counted, remains.b.counted]);
    expect(blocks(text).some((b) => b[0] === t('terminal.categories'))).toBe(false);
    for (const c of outcome.summary.categories) expect(text).not.toContain(categoryLabel(c.id, c.label));
  });

  it('counts the ledger by status', async () => {
    for (const outcome of [powRun(), remainsRun()]) {
      const table = block(await render(outcome), t('terminal.ledger'));
      expect(table).toHaveLength(1 + LEDGER_STATUSES.length);
      for (const status of LEDGER_STATUSES) {
        expect(row(table, t(`terminal.status.${status}`))).toEqual([String(outcome.run.result.entries.filter((e) => e.status === status).length)]);
      }
    }
  });

  it('lists only the codes found, each with its count and severity, under the error and warning totals', async () => {
    for (const outcome of [powRun(), remainsRun()]) {
      const { findings } = outcome.run.result;
      const table = block(await render(outcome), t('terminal.discrepancies'));
      const errors = findings.filter((f) => f.severity === 'error').length;
      expect(table[0]).toBe(`${t('terminal.discrepancies')}  ${plural('terminal.errors', errors)}, ${plural('terminal.warnings', findings.length - errors)}`);
      const found = CODE_ORDER.filter((code) => findings.some((f) => f.code === code));
      expect(found.length).toBeGreaterThan(1);
      expect(table.slice(1).map((line) => cellsOf(line)[0])).toEqual(found);
      for (const code of found) {
        expect(row(table, code)).toEqual([String(findings.filter((f) => f.code === code).length), t(`terminal.severity.${CODES[code].severity}`)]);
      }
    }
  });

  it('says none when nothing is found', async () => {
    const table = block(await render(cleanRun()), t('terminal.discrepancies'));
    expect(table.slice(1)).toEqual([`  ${t('terminal.none')}`]);
  });

  it('ends with the verdict it is given: FAIL, or OK with what --fail-on held', async () => {
    const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);
    const failing = powRun();
    const failed = await render(failing, 0, verdictOf(failing, 'error'));
    expect(failed.endsWith('\n')).toBe(true);
    expect(lastLine(failed)).toBe(t('terminal.fail') + t('terminal.fail.detail', { failOn: 'error' }));
    expect(lastLine(await render(failing, 0, verdictOf(failing, 'never')))).toBe(t('terminal.ok') + t('terminal.ok.never'));
    const clean = cleanRun();
    expect(lastLine(await render(clean, 0, verdictOf(clean, 'warning')))).toBe(t('terminal.ok') + t('terminal.ok.detail', { failOn: 'warning' }));
  });

  it('names the files written just before the verdict', async () => {
    const outcome = cleanRun();
    const lines = (await render(outcome, 0, verdictOf(outcome, 'error', ['ledger.csv', 'summary.json']))).trimEnd().split('\n');
    expect(lines.at(-2)).toBe(t('terminal.wrote', { files: 'ledger.csv, summary.json' }));
    expect(lines.at(-2)).toContain('ledger.csv, summary.json');
    expect(lines.at(-3)).toBe('');
  });

  it('tells decisions applied and decisions that name no record, only when there are any', async () => {
    const heading = t('terminal.decisions', { applied: 0 }).split('0')[0]!;
    expect(await render(powRun())).not.toContain(heading);
    const decided = powRun([
      { aRecordId: 'UA-3', bRecordId: '3', decision: 'different' },
      { aRecordId: 'UA-99', bRecordId: '3', decision: 'same' },
    ]);
    expect(decided.summary.decisions).toEqual({ applied: 1, unused: 1, conflicting: 0 });
    expect(await render(decided)).toContain(t('terminal.decisions', { applied: 1 }) + t('terminal.decisions.unused', { unused: 1 }));
    // A decision file that names no record of these lists is told too.
    const unused = powRun([{ aRecordId: 'UA-99', bRecordId: '3', decision: 'same' }]);
    expect(unused.summary.decisions).toEqual({ applied: 0, unused: 1, conflicting: 0 });
    expect(await render(unused)).toContain(t('terminal.decisions', { applied: 0 }) + t('terminal.decisions.unused', { unused: 1 }));
    const applied = powRun([{ aRecordId: 'UA-3', bRecordId: '3', decision: 'different' }]);
    expect(await render(applied)).toContain(`\n${t('terminal.decisions', { applied: 1 })}\n`);
  });

  it('tells decisions left out because they contradict each other, even when none was applied', async () => {
    const contradicting = powRun([
      { aRecordId: 'UA-3', bRecordId: '3', decision: 'same', line: 2 },
      { aRecordId: 'UA-3', bRecordId: '3', decision: 'different', line: 3 },
      { aRecordId: 'UA-99', bRecordId: '1', decision: 'same', line: 4 },
    ]);
    expect(contradicting.summary.decisions).toEqual({ applied: 0, unused: 1, conflicting: 2 });
    expect(await render(contradicting)).toContain(
      `\n${t('terminal.decisions', { applied: 0 })}${t('terminal.decisions.unused', { unused: 1 })}${t('terminal.decisions.conflicting', { conflicting: 2 })}\n`);
    const only = powRun([
      { aRecordId: 'UA-1', bRecordId: '1', decision: 'same', line: 2 },
      { aRecordId: 'UA-1', bRecordId: '2', decision: 'same', line: 3 },
    ]);
    expect(await render(only)).toContain(`\n${t('terminal.decisions', { applied: 0 })}${t('terminal.decisions.conflicting', { conflicting: 2 })}\n`);
  });
});
