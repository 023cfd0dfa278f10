// report.html in a real browser: Debian's headless Chromium, driven by playwright-core, opens the
// page that `exchange reconcile --out` writes, as a reviewer's machine would (file://, no server),
// and checks what /tmp/html-contract.md promises: no request, the charts' numbers, filtering,
// paging, record cards, the review and its decisions.csv round trip, escaping, JavaScript off and
// print. One browser for the file; each test has its own context (its own localStorage).
// Screenshots go to test-artifacts/; UPDATE_SCREENSHOTS=1 also refreshes the README's docs/img/.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../cli/run.js';
import { CHROMIUM, launchChromium, MISSING_CHROMIUM, openReport, values, VIEWPORT, type OpenReport } from './browser.js';
import { poll } from './poll.js';
import { currentPair, decide, decisionsCsv, expectAgreementMarks, fieldRows, pairOrder, pairShown, progress, type Decision, type How } from './review.js';
import { discrepancyRows, filterCount, recordIdPattern, sideOf } from './table.js';
import { fixture, generated, hostile, HOSTILE, reconcile, REVIEW_ARGS, type Reconciled } from './runs.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const DOCS_IMG = join(ROOT, 'docs', 'img');
const PAGE_SIZE = 100;

describe('report.html in headless Chromium', () => {
  let browser: Browser | undefined;
  let pow: Reconciled;
  let remains: Reconciled;
  /** The POW fixture with ten pairs in review (REVIEW_ARGS). */
  let review: Reconciled;
  /** Generated lists with several pages of discrepancies. */
  let long: Reconciled;
  let bad: Reconciled;
  const opened: OpenReport[] = [];
  /** The POW and remains reports, opened once for the tests that only read them (and the screenshots). */
  const shared = new Map<Reconciled, OpenReport>();

  /** Why the browser or a run is missing. A failing beforeAll would only mark the tests skipped, so each test fails with it instead. */
  let setupError: Error | undefined;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    try {
      [browser, pow, remains, review, long, bad] = await Promise.all([
        launchChromium(), fixture('pow'), fixture('remains'), fixture('pow', REVIEW_ARGS), generated(), hostile(),
      ]);
      for (const run of [pow, remains]) shared.set(run, await openReport(browser, run.dir));
    } catch (error) {
      setupError = error as Error;
    }
  }, 60_000);

  afterEach(async () => {
    for (const report of opened.splice(0)) await report.context.close();
  });

  afterAll(async () => {
    for (const report of shared.values()) await report.context.close();
    await browser?.close();
  });

  /** Opens a run's report.html in a context of its own, closed after the test. */
  async function open(run: Reconciled, contextOptions: BrowserContextOptions = {}): Promise<OpenReport> {
    if (setupError) throw setupError;
    if (!browser) throw new Error(MISSING_CHROMIUM);
    const report = await openReport(browser, run.dir, contextOptions);
    opened.push(report);
    return report;
  }

  /** The page opened once for `run`, to read and not to change. */
  function read(run: Reconciled): OpenReport {
    if (setupError) throw setupError;
    const report = shared.get(run);
    if (!report) throw new Error(MISSING_CHROMIUM);
    return report;
  }

  it(`runs in Debian's Chromium at ${CHROMIUM}`, () => {
    expect(existsSync(CHROMIUM), MISSING_CHROMIUM).toBe(true);
    if (setupError) throw setupError;
    expect(browser?.isConnected()).toBe(true);
  });

  it('asks for nothing over the network and logs no error (POW and remains)', async () => {
    for (const run of [pow, remains]) {
      const { page, problems } = read(run);
      // Every src and href stays inside the page.
      const links = await page.locator('[src], [href]').evaluateAll((elements) => elements.map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? ''));
      expect(links.filter((l) => !l.startsWith('#') && !l.startsWith('data:'))).toEqual([]);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/script-src 'sha256-[^']+'/);
      await page.mouse.wheel(0, 20_000);
      expect(problems()).toEqual([]);
    }
  });

  it('shows the verdict, the two lists, the agreement and the tool', async () => {
    const { page, problems } = read(pow);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const verdict = page.locator('#verdict');
    expect(await verdict.getAttribute('data-failed')).toBe('true');
    expect(await verdict.getAttribute('data-fail-on')).toBe('error');
    const verdictText = await verdict.innerText();
    expect(verdictText).toContain(String(pow.summary.severity.error));
    expect(verdictText).toContain(String(pow.summary.severity.warning));
    for (const input of pow.summary.inputs) {
      const row = await page.locator(`#lists tr[data-side="${input.side}"]`).innerText();
      expect(row).toContain(input.label);
      expect(row).toContain(String(input.rows));
      expect(row).toContain(input.sha256);
    }
    const agreement = await page.locator('#agreement').innerText();
    expect(agreement).toContain('Istanbul, 2 June 2025');
    expect(agreement).toContain('2025-06-02');
    for (const category of pow.summary.categories) expect(agreement).toContain(category.label);
    const body = await page.locator('body').innerText();
    expect(body).toContain('exchange');
    expect(body).toContain('0.1.0');
    expect(problems()).toEqual([]);
  });

  it('draws the categories chart with the numbers of summary.json (POW)', async () => {
    const { page, problems } = read(pow);
    const chart = 'svg[data-chart="categories"]';
    expect(await page.locator(`${chart} g[data-category]`).count()).toBe(pow.summary.categories.length);
    for (const c of pow.summary.categories) {
      const measure = (m: string) => values(page, `${chart} g[data-category="${c.id}"] text[data-measure="${m}"]`);
      expect(await measure('a_listed'), `${c.id} a_listed`).toEqual([c.a.listed]);
      expect(await measure('b_listed'), `${c.id} b_listed`).toEqual([c.b.listed]);
      expect(await measure('matched'), `${c.id} matched`).toEqual([c.a.matched]);
      expect(await measure('a_only'), `${c.id} a_only`).toEqual([c.a.unmatched]);
      expect(await measure('b_only'), `${c.id} b_only`).toEqual([c.b.unmatched]);
    }
    // Readable without colour: a pattern fill per measure.
    expect(await page.locator(`${chart} pattern`).count()).toBeGreaterThanOrEqual(5);
    expect(problems()).toEqual([]);
  });

  it('draws the quota chart with the numbers of summary.json (remains)', async () => {
    const { page, problems } = read(remains);
    const chart = 'svg[data-chart="quota"]';
    const counts = remains.summary.remains!;
    for (const side of ['a', 'b'] as const) {
      expect(await values(page, `${chart} g[data-side="${side}"] text[data-measure="listed"]`), `${side} listed`).toEqual([counts[side].listed]);
      expect(await values(page, `${chart} g[data-side="${side}"] text[data-measure="counted"]`), `${side} counted`).toEqual([counts[side].counted]);
    }
    expect(counts.quota).not.toBeNull();
    expect(await values(page, `${chart} [data-measure="quota"]`)).toEqual([counts.quota]);
    expect(await page.locator('svg[data-chart="categories"]').count()).toBe(0);
    expect(problems()).toEqual([]);
  });

  it('draws the codes chart with the counts of summary.json, each with its severity (POW and remains)', async () => {
    for (const run of [pow, remains]) {
      const { page, problems } = read(run);
      const raised = Object.entries(run.summary.codes).filter(([, n]) => n > 0);
      const codes = await page.locator('svg[data-chart="codes"] g[data-code]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-code')));
      expect(codes.sort()).toEqual(raised.map(([code]) => code).sort());
      for (const [code, n] of raised) {
        const group = `svg[data-chart="codes"] g[data-code="${code}"]`;
        expect(await values(page, `${group} text[data-value]`), code).toEqual([n]);
        const severity = run.discrepancies.find((d) => d.code === code)!.severity;
        expect(await page.locator(group).getAttribute('data-severity'), code).toBe(severity);
      }
      expect(problems()).toEqual([]);
    }
  });

  it('filters the discrepancies by code, severity and side, over all rows', async () => {
    const { page, problems } = await open(pow);
    const total = pow.discrepancies.length;
    expect(await filterCount(page)).toEqual({ shown: total, total });
    expect(await page.locator('#discrepancies-count').innerText()).toMatch(new RegExp(`${total}\\D+${total}`));

    const code = 'field-conflict';
    await page.selectOption('#filter-code', code);
    await poll(() => filterCount(page)).toEqual({ shown: pow.summary.codes[code], total });
    expect((await discrepancyRows(page)).every((r) => r.code === code)).toBe(true);
    expect(await page.locator('#discrepancies-count').innerText()).toMatch(new RegExp(`${pow.summary.codes[code]}\\D+${total}`));
    await page.selectOption('#filter-code', '');

    await page.selectOption('#filter-severity', 'warning');
    await poll(() => filterCount(page)).toEqual({ shown: pow.summary.severity.warning, total });
    expect((await discrepancyRows(page)).every((r) => r.severity === 'warning')).toBe(true);
    await page.selectOption('#filter-severity', '');

    for (const side of ['a', 'b', 'both', 'none'] as const) {
      const expected = pow.discrepancies.filter((d) => sideOf(d) === side).length;
      expect(expected, side).toBeLessThan(total);
      await page.selectOption('#filter-side', side);
      await poll(() => filterCount(page), side).toEqual({ shown: expected, total });
      const rows = await discrepancyRows(page);
      expect(rows.length).toBe(expected);
      expect(rows.every((r) => r.side === side), side).toBe(true);
    }
    await page.selectOption('#filter-side', '');

    // Filters combine.
    await page.selectOption('#filter-severity', 'error');
    await page.selectOption('#filter-side', 'a');
    const both = pow.discrepancies.filter((d) => d.severity === 'error' && sideOf(d) === 'a').length;
    await poll(() => filterCount(page)).toEqual({ shown: both, total });
    await page.selectOption('#filter-severity', '');
    await page.selectOption('#filter-side', '');
    await poll(() => filterCount(page)).toEqual({ shown: total, total });
    expect(problems()).toEqual([]);
  });

  it('searches by a name and by a record id, case-insensitively', async () => {
    const { page, problems } = await open(pow);
    const total = pow.discrepancies.length;

    // A record id: every shown row names it.
    const id = 'UA-004';
    const withId = pow.discrepancies.filter((d) => [d.a_record_id, d.b_record_id, d.a_value, d.b_value, d.message].some((cell) => cell!.toLowerCase().includes(id.toLowerCase())));
    expect(withId.length).toBeGreaterThan(0);
    await page.fill('#search', id.toLowerCase());
    await poll(() => filterCount(page)).toEqual({ shown: withId.length, total });
    for (const row of await discrepancyRows(page)) expect(row.text.toLowerCase()).toContain(id.toLowerCase());

    // A name: the surname of UA-004's record, typed in capitals; each shown row is about a record
    // of that name or says it.
    const surname = pow.ledger.find((r) => r.a_record_id === id)!.surname!;
    const term = surname.toUpperCase();
    const named = pow.ledger.filter((r) => [r.surname, r.given_name, r.patronymic].some((n) => n!.toLowerCase().includes(surname.toLowerCase())));
    const ids = named.flatMap((r) => [r.a_record_id, r.b_record_id].filter(Boolean)) as string[];
    await page.fill('#search', term);
    await poll(() => filterCount(page).then((c) => c.shown < total)).toBe(true);
    const rows = await discrepancyRows(page);
    const { shown } = await filterCount(page);
    expect(rows.length).toBe(shown);
    expect(shown).toBeGreaterThanOrEqual(pow.discrepancies.filter((d) => d.a_record_id === id).length);
    for (const row of rows) {
      const aboutThem = ids.some((i) => recordIdPattern(i).test(row.aRecord) || recordIdPattern(i).test(row.bRecord));
      expect(aboutThem || row.text.toLowerCase().includes(surname.toLowerCase()), row.text).toBe(true);
    }

    await page.fill('#search', 'no such text anywhere');
    await poll(() => filterCount(page)).toEqual({ shown: 0, total });
    expect(await page.locator('table#discrepancies tbody tr[data-code]').count()).toBe(0);
    await page.fill('#search', '');
    await poll(() => filterCount(page)).toEqual({ shown: total, total });
    expect(problems()).toEqual([]);
  });

  it('pages through the discrepancies 100 at a time; a filter covers every page', async () => {
    const { page, problems } = await open(long);
    const total = long.discrepancies.length;
    expect(total).toBeGreaterThan(PAGE_SIZE);
    expect(await filterCount(page)).toEqual({ shown: total, total });
    const first = await discrepancyRows(page);
    expect(first.length).toBe(PAGE_SIZE);

    await page.click('#discrepancies-next');
    await poll(async () => (await discrepancyRows(page))[0]?.text).not.toBe(first[0]!.text);
    const second = await discrepancyRows(page);
    expect(second.length).toBe(Math.min(PAGE_SIZE, total - PAGE_SIZE));
    expect(second.map((r) => r.text)).not.toEqual(first.map((r) => r.text));

    // To the last page, which holds the rest.
    const pages = Math.ceil(total / PAGE_SIZE);
    for (let p = 2; p < pages; p++) await page.click('#discrepancies-next');
    await poll(async () => (await discrepancyRows(page)).length).toBe(total - (pages - 1) * PAGE_SIZE);
    expect(await page.locator('#discrepancies-next').isDisabled()).toBe(true);

    for (let p = pages; p > 1; p--) await page.click('#discrepancies-prev');
    await poll(async () => (await discrepancyRows(page)).map((r) => r.text)).toEqual(first.map((r) => r.text));
    expect(await page.locator('#discrepancies-prev').isDisabled()).toBe(true);

    // Filtering counts every row, not the page's: the warnings of all pages.
    const warnings = long.summary.severity.warning;
    expect(warnings).toBeGreaterThan(0);
    await page.selectOption('#filter-severity', 'warning');
    await poll(() => filterCount(page)).toEqual({ shown: warnings, total });
    const rows = await discrepancyRows(page);
    expect(rows.length).toBe(Math.min(PAGE_SIZE, warnings));
    expect(rows.every((r) => r.severity === 'warning')).toBe(true);
    const errors = long.summary.severity.error;
    await page.selectOption('#filter-severity', 'error');
    await poll(() => filterCount(page)).toEqual({ shown: errors, total });
    expect(problems()).toEqual([]);
  });

  it('a record link opens the record card of the person', async () => {
    const { page, problems } = await open(pow);
    const id = 'UA-004';
    const record = pow.ledger.find((r) => r.a_record_id === id)!;
    await page.fill('#search', id);
    await poll(() => filterCount(page).then((c) => c.shown)).toBeLessThan(pow.discrepancies.length);
    const link = page.locator('table#discrepancies tbody tr a[href^="#rec-a-"]').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^#rec-a-\d+$/);
    await link.click();
    await poll(() => page.evaluate('location.hash')).toBe(href);
    const card = page.locator(`section#records article${href}`);
    await card.waitFor({ state: 'visible' });
    const box = (await card.boundingBox())!;
    expect(box.y).toBeLessThan(VIEWPORT.height);
    expect(box.y + box.height).toBeGreaterThan(0);
    const text = await card.innerText();
    expect(text).toContain(id);
    expect(text).toContain(record.surname);
    expect(text).toContain(record.a_line);

    // An address with the anchor typed in (a one-side row's record) opens its card too.
    const record2 = (await page.locator('table#only-b tbody tr[data-record]').first().getAttribute('data-record'))!;
    expect(record2).toMatch(/^b-\d+$/);
    await page.evaluate(`location.hash = ${JSON.stringify(`#rec-${record2}`)}`);
    await page.locator(`section#records article#rec-${record2}`).waitFor({ state: 'visible' });
    expect(problems()).toEqual([]);
  });

  it('review: progress, blind mode, buttons and keys decide, a reload keeps the decisions, the export writes them', async () => {
    const report = await open(review);
    const { page } = report;
    const pairs = review.review;
    expect(pairs.length).toBe(10);
    expect(await progress(page)).toEqual({ decided: 0, total: pairs.length });
    expect(await page.locator('#review-progress').innerText()).toMatch(new RegExp(`\\b0\\b\\D+\\b${pairs.length}\\b`));

    const order = await pairOrder(page, pairs.length);
    expect(new Set(order).size).toBe(pairs.length);
    const current = () => currentPair(page);
    expect(await current()).toBe(order[0]);

    // The first pair: its score with two decimals, the explanation, fields that agree.
    expect(await page.locator('#pair .score').innerText()).toContain(pairs[0]!.score);
    expect((await page.locator('#pair .why').innerText()).trim()).not.toBe('');
    const firstFields = await fieldRows(page);
    expect(firstFields.find((f) => f.a === pairs[0]!.a_surname)?.b).toBe(pairs[0]!.b_surname);
    expectAgreementMarks(firstFields);

    const made: Decision[] = [];
    const step = async (position: number, how: How) => {
      expect(await current(), `pair ${position}`).toBe(order[position]);
      await decide(page, how);
      const decision = how === 'same' || how === 's' || how === '1' ? 'same' : how === 'different' || how === 'd' || how === '2' ? 'different' : undefined;
      if (decision) made.push({ position, decision });
      await poll(current).not.toBe(order[position]);
      await poll(() => progress(page)).toEqual({ decided: made.length, total: pairs.length });
    };

    await step(0, 'same');
    await page.check('#blind');
    expect(await pairShown(page)).toEqual({ score: false, why: false });
    await step(1, 'd');
    expect(await current()).toBe(order[2]);
    expect(await pairShown(page)).toEqual({ score: false, why: false });
    // Back to the pair just decided: blind mode shows its score now.
    await page.keyboard.press('ArrowLeft');
    await poll(current).toBe(order[1]);
    expect(await pairShown(page)).toEqual({ score: true, why: true });
    await page.keyboard.press('ArrowRight');
    await poll(current).toBe(order[2]);
    expect(await pairShown(page)).toEqual({ score: false, why: false });
    await step(2, 'k');
    await step(3, '1');
    await step(4, '2');
    await step(5, 's');
    await step(6, 'different');
    await step(7, '3');
    // The pair whose given names the matcher found different (Юрій / Василий) marks that row as differing.
    const differing = pairs.findIndex((p) => /\bgiven=diff\(/.test(p.why!));
    expect(differing).toBeGreaterThanOrEqual(0);
    const here = order.indexOf(await current());
    for (let i = here; i !== differing; i += Math.sign(differing - here)) await page.keyboard.press(differing > here ? 'ArrowRight' : 'ArrowLeft');
    await poll(current).toBe(order[differing]);
    const fields = await fieldRows(page);
    expect(fields.find((f) => f.a === pairs[differing]!.a_given_name && f.b === pairs[differing]!.b_given_name)?.mark).toBe('differs');
    expectAgreementMarks(fields);

    await page.reload();
    expect(await progress(page)).toEqual({ decided: made.length, total: pairs.length });
    expect(report.dialogs).toEqual([]);

    // Exactly the decisions made, in review order; skipped pairs are not written.
    const csv = await decisionsCsv(page);
    expect(csv.rows.map(({ score: _, ...row }) => row)).toEqual(made.map(({ position, decision }) => {
      const pair = pairs[position]!;
      return { a_record_id: pair.a_record_id, b_record_id: pair.b_record_id, decision, a_surname: pair.a_surname, b_surname: pair.b_surname };
    }));
    made.forEach(({ position }, i) => expect(Number(csv.rows[i]!.score)).toBeCloseTo(Number(pairs[position]!.score), 2));
    expect(report.problems()).toEqual([]);
  });

  it('round trip: every pair decided in the page, exported, is applied by `--decisions`', async () => {
    const { page, problems } = await open(review);
    const pairs = review.review;
    const order = await pairOrder(page, pairs.length);
    const verdicts = pairs.map((_, i) => (i % 3 === 1 ? 'different' : 'same') as 'same' | 'different');
    for (let i = 0; i < pairs.length; i++) {
      await poll(() => currentPair(page)).toBe(order[i]);
      await decide(page, verdicts[i]!);
      await poll(() => progress(page).then((p) => p.decided)).toBe(i + 1);
    }
    const csv = await decisionsCsv(page);
    expect(csv.rows.map((r) => [r.a_record_id, r.b_record_id, r.decision])).toEqual(pairs.map((p, i) => [p.a_record_id, p.b_record_id, verdicts[i]]));
    expect(problems()).toEqual([]);

    const file = join(tempDir(), 'decisions.csv');
    writeFileSync(file, csv.bytes);
    const again = await reconcile(review.args[0]!, review.args[1]!, review.args.slice(2), ['--decisions', file]);
    expect(again.stderr).toBe('');
    expect(again.summary.decisions).toMatchObject({ applied: pairs.length, unused: 0 });
    pairs.forEach((pair, i) => {
      const together = again.ledger.find((r) => r.a_record_id === pair.a_record_id && r.b_record_id === pair.b_record_id);
      if (verdicts[i] === 'same') {
        expect(together, `${pair.a_record_id}/${pair.b_record_id}`).toMatchObject({ status: 'matched', decision: 'same' });
      } else {
        expect(together, `${pair.a_record_id}/${pair.b_record_id}`).toBeUndefined();
        expect(again.ledger.find((r) => r.a_record_id === pair.a_record_id)).toMatchObject({ decision: 'different' });
        expect(again.ledger.find((r) => r.b_record_id === pair.b_record_id)).toMatchObject({ decision: 'different' });
      }
    });

    // The new report starts with the run's decisions, in a browser that never saw the first.
    const second = await open(again);
    expect(await progress(second.page)).toEqual({ decided: pairs.length, total: pairs.length });
    expect(second.problems()).toEqual([]);
  });

  it('renders hostile names as text: no dialog, no injected element, the characters shown literally', async () => {
    const report = await open(bad);
    const { page } = report;
    await page.waitForTimeout(200);
    expect(report.dialogs).toEqual([]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    const scripts = await page.locator('script').evaluateAll((all) => all.map((s) => ({ type: s.getAttribute('type'), id: s.getAttribute('id'), text: s.textContent ?? '' })));
    const data = scripts.filter((s) => s.type === 'application/json');
    expect(data.map((s) => s.id)).toEqual(['report-data']);
    expect(data[0]!.text).not.toContain('<');
    expect(scripts.filter((s) => s.type !== 'application/json').length).toBe(1);
    expect(scripts.filter((s) => s.type !== 'application/json' && s.text.includes('alert(1)'))).toEqual([]);
    const body = await page.locator('body').innerText();
    for (const name of [HOSTILE.img, HOSTILE.script, HOSTILE.amp]) expect(body).toContain(name);
    // The review pane and the cards show them too.
    expect(await page.locator('#pair').innerText()).toContain(HOSTILE.img);
    await page.locator('table#only-a a[href^="#rec-a-"]').first().click();
    await poll(() => page.locator('section#records').innerText()).toContain(HOSTILE.amp);

    // Exported as data: the formula neutralised like the CSV reports do (review.csv has the same cells).
    for (let i = 0; i < bad.review.length; i++) {
      await decide(page, 'same');
      await poll(() => progress(page).then((p) => p.decided)).toBe(i + 1);
    }
    const csv = await decisionsCsv(page);
    expect(csv.rows.map((r) => [r.a_surname, r.b_surname])).toEqual(bad.review.map((p) => [p.a_surname, p.b_surname]));
    expect(csv.rows.map((r) => r.a_surname)).toEqual([HOSTILE.img, HOSTILE.script, `'${HOSTILE.formula}`]);
    await page.waitForTimeout(200);
    expect(report.dialogs).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
    expect(report.problems()).toEqual([]);
  });

  it('shows the header, the charts and the first page of each table with JavaScript off', async () => {
    for (const run of [pow, long]) {
      const { page, problems } = await open(run, { javaScriptEnabled: false });
      expect((await page.locator('#verdict').innerText()).trim()).not.toBe('');
      expect(await page.locator('#verdict').getAttribute('data-failed')).toBe('true');
      expect(await page.locator('#lists tr[data-side]').count()).toBe(2);
      expect((await page.locator('#agreement').innerText()).trim()).not.toBe('');
      expect(await page.locator('svg[data-chart="categories"] g[data-category]').count()).toBe(run.summary.categories.length);
      const raised = Object.values(run.summary.codes).filter((n) => n > 0).length;
      expect(await page.locator('svg[data-chart="codes"] g[data-code]').count()).toBe(raised);
      expect(await page.locator('table#discrepancies tbody tr[data-code]').count()).toBe(Math.min(PAGE_SIZE, run.discrepancies.length));
      for (const [table, status] of [['only-a', 'only_a'], ['only-b', 'only_b'], ['duplicates', 'duplicate']]) {
        const people = run.ledger.filter((r) => r.status === status).length;
        expect(await page.locator(`table#${table} tbody tr[data-record]`).count(), table).toBe(Math.min(PAGE_SIZE, people));
      }
      expect(await page.locator('#lists').isVisible()).toBe(true);
      // What the CSP would refuse: style attributes and inline event handlers.
      const inline = await page.locator('*').evaluateAll((all) => all.flatMap((e) => e.getAttributeNames().filter((n: string) => n === 'style' || n.startsWith('on')).map((n: string) => `${e.tagName} ${n}`)));
      expect(inline).toEqual([]);
      expect(problems()).toEqual([]);
    }
  });

  it('prints without filters or buttons', async () => {
    const { page, problems } = read(pow);
    await page.emulateMedia({ media: 'print' });
    try {
      for (const control of ['#filter-code', '#filter-severity', '#filter-side', '#search']) {
        expect(await page.locator(control).isVisible(), control).toBe(false);
      }
      expect(await page.locator('button').count()).toBeGreaterThan(0);
      const visible = await page.locator('button').evaluateAll((buttons) => buttons.filter((b) => b.checkVisibility()).map((b) => b.outerHTML.slice(0, 120)));
      expect(visible).toEqual([]);
      expect(await page.locator('table#discrepancies').isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.locator('#filter-code').isVisible()).toBe(true);
    expect(problems()).toEqual([]);
  });

  it('saves screenshots of the POW report, its review and the remains report', async () => {
    // The README shows the POW report down to its review (the summary and the charts): the full page is 15,000 px and more.
    const review10 = await open(review);
    const top = Math.round(Number(await read(pow).page.evaluate("document.getElementById('review').getBoundingClientRect().top + scrollY")));
    const shots: [OpenReport, string, (p: Page, path: string) => Promise<unknown>][] = [
      [read(pow), 'report.png', (p, path) => p.screenshot({ path, fullPage: true })],
      [read(pow), 'report-top.png', (p, path) => p.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: VIEWPORT.width, height: top } })],
      [review10, 'review.png', (p, path) => p.locator('#review').screenshot({ path })],
      [read(remains), 'remains.png', (p, path) => p.screenshot({ path, fullPage: true })],
    ];
    for (const [report, name, shoot] of shots) {
      const path = join(ARTIFACTS, name);
      await shoot(report.page, path);
      expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
      expect(report.problems()).toEqual([]);
    }
    const readme = { 'report.png': 'report-top.png', 'review.png': 'review.png' };
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(DOCS_IMG, { recursive: true });
      for (const [name, shot] of Object.entries(readme)) copyFileSync(join(ARTIFACTS, shot), join(DOCS_IMG, name));
    }
    // The README's pictures exist; `UPDATE_SCREENSHOTS=1 npm test` refreshes them from test-artifacts/.
    for (const name of Object.keys(readme)) expect(existsSync(join(DOCS_IMG, name)), `docs/img/${name}`).toBe(true);
  });
});
