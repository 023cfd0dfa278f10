// report.html without a browser (the browser tests are in tests/html/): the page is safe (its CSP
// holds the hashes of its one script and one style, it names no URL, record text reaches it only
// escaped), deterministic, in the run's language, and its charts say what summary.json says.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { reconcile } from '../../src/core/reconcile.js';
import { LANGS, type Lang } from '../../src/i18n/lang.js';
import { PROFILES } from '../../src/kinds/index.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import type { PersonList } from '../../src/model.js';
import { renderReportHtml } from '../../src/report/html/index.js';
import { REPORTS, type RunOutcome } from '../../src/report/registry.js';
import type { RunReport } from '../../src/report/run.js';
import { summarise } from '../../src/report/summary.js';
import type { Verdict } from '../../src/report/verdict.js';
import { listFromCsv } from '../helpers.js';

const TOOL = { name: 'exchange', version: '9.9.9-test' };
const VERDICT: Verdict = { failOn: 'error', failed: true, written: [] };

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '"><script>alert(1)</script>';
const FORMULA = '=HYPERLINK("http://example.invalid","click")';
const HOSTILE = [IMG, SCRIPT, FORMULA];

function outcomeOf(listA: PersonList, listB: PersonList, kind: 'pow' | 'remains' = 'pow'): RunOutcome {
  const [a, b] = [{ ...listA, sha256: 'a'.repeat(64) }, { ...listB, sha256: 'b'.repeat(64) }];
  const agreement = kind === 'remains' ? { ...defaultAgreement(), remains_quota: 6000 } : defaultAgreement();
  const matcher = new ScoredMatcher(DEFAULT_THRESHOLDS, PROFILES[kind].matching);
  const result = reconcile({ a, b, readFindings: [], agreement, matcher });
  const run: RunReport = { tool: TOOL, agreement, matcher: { name: matcher.name, thresholds: DEFAULT_THRESHOLDS }, a, b, result };
  return { run, summary: summarise(run) };
}

const UA = "Номер запису;Прізвище;Ім'я;По батькові;Дата народження;Особистий номер;Категорія;Медичний стан;Висновок комісії";
const RU = '№ п/п,ФИО,Дата рождения,Личный номер,Категория,Состояние здоровья,Заключение комиссии';
const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A POW run with matched pairs, a field conflict, people on one side only (the hostile names among them) and a duplicate. */
function powRun(): RunOutcome {
  const a = listFromCsv([UA.replace(/;/g, ','),
    'UA-001,Білоус,Микола,Григорович,27.05.1976,КР 305590,всіх на всіх,,',
    'UA-002,Бойко,Артем,Олександрович,02.06.2007,ВМ 990412,молодь,здоровий,',
    'UA-003,Сидоренко,Юрій,Васильович,30.08.1991,,всіх на всіх,,',
    `UA-004,${cell(IMG)},Іван,Іванович,01.01.1980,ZZ 1,всіх на всіх,,`,
    `UA-005,${cell(SCRIPT)},Петро,Іванович,01.01.1990,ВМ 111,всіх на всіх,,`,
    `${cell(FORMULA)},${cell(FORMULA)},Олег,,01.01.1985,,всіх на всіх,,`,
    'UA-007,Білоус,Микола,Григорович,27.05.1976,КР 305590,всіх на всіх,,',
  ].join('\n'), 'a', 'ua.csv');
  const b = listFromCsv([RU,
    '1,БЕЛОУС Николай Григорьевич,1976-05-27,КР-305590,всех на всех,,',
    '2,БОЙКО Артём Александрович,2007-06-03,ВМ-990412,всех на всех,здоровый,',
    '3,СИДОРЕНКО Василий,1991-08-30,,всех на всех,,',
    '4,ПЕТРОВ Петр Петрович,1970-01-01,AA-111,всех на всех,,',
  ].join('\n'), 'b', 'ru.csv');
  return outcomeOf(a, b);
}

function remainsRun(): RunOutcome {
  const a = listFromCsv(['Номер запису;Номер тіла;Зразок ДНК;Дата виявлення;Ідентифіковано;Прізвище;Громадянство',
    'UA-R-1;UA-2025-000101;DNA-1;14.01.2025;ні;;Україна',
    'UA-R-2;UA-2025-000102;DNA-2;14.01.2025;так;Бондаренко;Україна',
  ].join('\n'), 'a', 'ua.csv', 'remains');
  const b = listFromCsv(['№ п/п,Бирка,Образец ДНК,Дата обнаружения,Опознан,ФИО,Гражданство',
    '1,UA-2025-000101,DNA-1,2025-01-14,нет,,Украина',
    '2,UA-2025-000102,DNA-9,2025-01-14,да,БОНДАРЕНКО,Украина',
    '3,X-9,,2025-02-01,нет,,Россия',
  ].join('\n'), 'b', 'ru.csv', 'remains');
  return outcomeOf(a, b, 'remains');
}

const render = ({ run, summary }: RunOutcome, lang: Lang = 'uk') => renderReportHtml(run, summary, VERDICT, lang);

/** The text of every element `<tag …>text</tag>` whose opening tag matches `attrs`. */
const inner = (html: string, open: RegExp) => [...html.matchAll(open)].map((m) => m[1]!);
const inlineScript = (html: string) => inner(html, /<script>([\s\S]*?)<\/script>/g);
const inlineStyle = (html: string) => inner(html, /<style>([\s\S]*?)<\/style>/g);
const dataScript = (html: string) => inner(html, /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/g);
const hash = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('report.html', () => {
  it('is a report of reconcile, written right after summary.json', () => {
    const names = REPORTS.reconcile.reports.map((r) => r.name);
    expect(names.indexOf('report.html')).toBe(names.indexOf('summary.json') + 1);
  });

  it('has a CSP meta whose hashes are those of its one inline script and its one inline style', () => {
    const html = render(powRun());
    const [script, style] = [inlineScript(html), inlineStyle(html)];
    expect(script).toHaveLength(1);
    expect(style).toHaveLength(1);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBe(`default-src 'none'; script-src '${hash(script[0]!)}'; style-src '${hash(style[0]!)}'; img-src data:; base-uri 'none'; form-action 'none'`);
    // Nothing the CSP would block: no inline handlers, no style attributes, no other script.
    const tags = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '').match(/<[a-zA-Z][^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    expect(tags.filter((tag) => /\s(on[a-z]+|style)\s*=/i.test(tag))).toEqual([]);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('names no URL: no http:, https: or // in any src, href or url()', () => {
    for (const outcome of [powRun(), remainsRun()]) {
      const html = render(outcome);
      // Record text is escaped, so the hostile cells cannot form attributes; look at the page's own markup.
      const urls = [...html.matchAll(/\s(?:src|href|xlink:href)\s*=\s*["']?([^"'\s>]*)/gi), ...html.matchAll(/url\(\s*['"]?([^)'"]*)/gi)].map((m) => m[1]!);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url, url).not.toMatch(/^\s*(https?:|\/\/)/i);
      expect(/@import/i.test(html)).toBe(false);
    }
  });

  it('shows a hostile record only escaped, in the HTML and in the embedded data', () => {
    const html = render(powRun());
    for (const text of HOSTILE) expect(html.includes(text), text).toBe(false);
    expect(/<img/i.test(html)).toBe(false);
    expect(inlineScript(html)[0]).not.toContain('alert');
    expect(html.includes('&lt;img src=x onerror=alert(1)&gt;')).toBe(true);
    expect(html.includes('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;')).toBe(true);
    const [json] = dataScript(html);
    expect(json).toBeDefined();
    expect(json).not.toContain('<');
    expect(json).not.toMatch(/[\u2028\u2029]/);
    // The data reads back as written: the names are there, to be drawn with textContent.
    const data = JSON.parse(json!) as { records: { a: Array<Array<string | number>> } };
    const cells = data.records.a.flat();
    for (const text of HOSTILE) expect(cells, text).toContain(text);
  });

  it('is deterministic: the same run gives the same bytes', () => {
    expect(render(powRun())).toBe(render(powRun()));
    expect(render(remainsRun(), 'ru')).toBe(render(remainsRun(), 'ru'));
  });

  it.each(LANGS)('is in the language it is rendered in (%s)', (lang) => {
    const html = render(powRun(), lang);
    expect(new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}">`).test(html)).toBe(true);
    expect(html.includes(`"lang":"${lang}"`), `"lang":"${lang}"`).toBe(true);
  });

  it('writes the words of its language', () => {
    expect(render(powRun(), 'uk').includes('Лише в списку A'), 'Лише в списку A').toBe(true);
    expect(render(powRun(), 'ru').includes('Только в списке A'), 'Только в списке A').toBe(true);
    expect(render(powRun(), 'en').includes('Only in list A'), 'Only in list A').toBe(true);
  });

  it('draws the categories chart of a POW run with the numbers of summary.json', () => {
    const outcome = powRun();
    const html = render(outcome);
    expect(html.includes('data-chart="categories"'), 'data-chart="categories"').toBe(true);
    expect(html.includes('data-chart="quota"'), 'data-chart="quota"').toBe(false);
    for (const c of outcome.summary.categories) {
      const group = new RegExp(`<g data-category="${c.id}">([\\s\\S]*?)</g>`).exec(html)?.[1] ?? '';
      const value = (measure: string) => Number(new RegExp(`data-measure="${measure}" data-value="(\\d+)"`).exec(group)?.[1]);
      expect([value('a_listed'), value('b_listed'), value('matched'), value('a_only'), value('b_only')], c.id)
        .toEqual([c.a.listed, c.b.listed, c.a.matched, c.a.unmatched, c.b.unmatched]);
    }
  });

  it('draws the categories chart of an agreement of 60,000 categories (past what one call\'s arguments hold)', () => {
    const outcome = powRun();
    const many = Array.from({ length: 60_000 }, (_, i) => ({ id: `c${i}`, label: `L${i}`, a: { listed: 0, matched: 0, unmatched: 0 }, b: { listed: 0, matched: 0, unmatched: 0 } }));
    const summary = { ...outcome.summary, categories: [...outcome.summary.categories, ...many] as typeof outcome.summary.categories };
    const html = renderReportHtml(outcome.run, summary, VERDICT, 'uk');
    expect(html.includes('data-category="c59999"')).toBe(true);
  });

  it('draws the quota chart of a remains run with the numbers of summary.json', () => {
    const outcome = remainsRun();
    const html = render(outcome);
    const remains = outcome.summary.remains!;
    expect(html.includes('data-chart="quota"'), 'data-chart="quota"').toBe(true);
    expect(html.includes('data-chart="categories"'), 'data-chart="categories"').toBe(false);
    for (const side of ['a', 'b'] as const) {
      const group = new RegExp(`<g data-side="${side}">([\\s\\S]*?)</g>`).exec(html)?.[1] ?? '';
      const value = (measure: string) => Number(new RegExp(`data-measure="${measure}" data-value="(\\d+)"`).exec(group)?.[1]);
      expect([value('listed'), value('counted')], side).toEqual([remains[side].listed, remains[side].counted]);
    }
    expect(Number(/data-measure="quota" data-value="(\d+)"/.exec(html)?.[1])).toBe(remains.quota);
  });

  it('draws the codes chart with the counts of summary.json, every code found and no other', () => {
    for (const outcome of [powRun(), remainsRun()]) {
      const html = render(outcome);
      const drawn = Object.fromEntries([...html.matchAll(/<g data-code="([a-z-]+)" data-severity="(error|warning)">[\s\S]*?data-value="(\d+)"/g)].map((m) => [m[1], Number(m[3])]));
      const found = Object.fromEntries(Object.entries(outcome.summary.codes).filter(([, n]) => n > 0));
      expect(drawn).toEqual(found);
    }
  });

  it('server-renders the header, the lists, the verdict and the first page of the tables', () => {
    const outcome = powRun();
    const html = render(outcome);
    expect(/<p id="verdict" class="failed" data-failed="true" data-fail-on="error">/.test(html)).toBe(true);
    expect(html.includes(`<tr data-side="a">`), `<tr data-side="a">`).toBe(true);
    expect(html.includes('a'.repeat(64)), 'a'.repeat(64)).toBe(true);
    const rows = [...html.matchAll(/<tr data-code="/g)].length;
    expect(rows).toBe(Math.min(100, outcome.run.result.findings.length));
    expect(/<span id="discrepancies-count" data-shown="\d+" data-total="\d+">/.test(html)).toBe(true);
    expect(/<table id="only-a">[\s\S]*<tr data-record="a-\d+">/.test(html)).toBe(true);
    expect(/<article id="rec-a-\d+" class="card">/.test(html)).toBe(true);
  });
});
