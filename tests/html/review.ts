// Driving the review pane of report.html: the current pair, the progress, a decision by button or
// key, and the exported decisions.csv as a download.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { poll } from './poll.js';
import type { Row } from './runs.js';

export interface Decision {
  /** The pair's place in review order. */
  position: number;
  decision: 'same' | 'different';
}

/** A button (by its data-decide) or a key of the contract: s/1 same, d/2 different, k/3 skip. */
export type How = 'same' | 'different' | 'skip' | 's' | '1' | 'd' | '2' | 'k' | '3';

export const DECISIONS_HEADER = 'a_record_id,b_record_id,decision,score,a_surname,b_surname';

/** "<a index>:<b index>" of the pair shown. */
export const currentPair = (page: Page): Promise<string> =>
  page.locator('#pair').evaluate((e) => `${e.getAttribute('data-a')}:${e.getAttribute('data-b')}`);

export async function progress(page: Page): Promise<{ decided: number; total: number }> {
  const bar = page.locator('#review-progress');
  return { decided: Number(await bar.getAttribute('data-decided')), total: Number(await bar.getAttribute('data-total')) };
}

/** Whether the current pair's score and explanation are visible. */
export async function pairShown(page: Page): Promise<{ score: boolean; why: boolean }> {
  return { score: await page.locator('#pair .score').isVisible(), why: await page.locator('#pair .why').isVisible() };
}

/** The rows of the current pair with a value per side: its class (agrees or differs) and the two values. */
export function fieldRows(page: Page): Promise<{ mark: string; a: string; b: string }[]> {
  return page.locator('#pair tr').evaluateAll((trs) => trs.flatMap((tr) => {
    const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
    const mark = tr.classList.contains('differs') ? 'differs' : tr.classList.contains('agrees') ? 'agrees' : '';
    return cells.length === 2 ? [{ mark, a: cells[0]!, b: cells[1]! }] : [];
  }));
}

/**
 * The contract's rule, one way: values that are the same once trimmed and lower-cased agree. (Values
 * that differ in letters may still agree when the matcher read them as one, Ігорович / Игоревич.)
 */
export function expectAgreementMarks(rows: { mark: string; a: string; b: string }[]): void {
  expect(rows.length).toBeGreaterThan(0);
  const norm = (v: string) => v.trim().toLowerCase();
  for (const row of rows) {
    expect(row.mark, `${row.a} / ${row.b}`).toMatch(/^(agrees|differs)$/);
    if (norm(row.a) === norm(row.b)) expect(row.mark, `${row.a} / ${row.b}`).toBe('agrees');
  }
}

export async function decide(page: Page, how: How): Promise<void> {
  if (how === 'same' || how === 'different' || how === 'skip') {
    await page.click(`button[data-decide="${how}"]`);
    return;
  }
  // Keys go to the page, not to a focused control.
  await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
  await page.keyboard.press(how);
}

/** The pairs in review order, found by stepping with ArrowRight from the first and back with ArrowLeft. */
export async function pairOrder(page: Page, total: number): Promise<string[]> {
  await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
  const order = [await currentPair(page)];
  for (let i = 1; i < total; i++) {
    await page.keyboard.press('ArrowRight');
    await poll(() => currentPair(page)).not.toBe(order[i - 1]);
    order.push(await currentPair(page));
  }
  for (let i = total - 2; i >= 0; i--) {
    await page.keyboard.press('ArrowLeft');
    await poll(() => currentPair(page)).toBe(order[i]);
  }
  return order;
}

/**
 * Clicks #export-decisions and reads the download: its bytes and rows. Checks the form the
 * contract gives: named decisions.csv, the header, UTF-8 without BOM, LF line ends.
 */
export async function decisionsCsv(page: Page): Promise<{ bytes: Buffer; rows: Row[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-decisions')]);
  expect(download.suggestedFilename()).toBe('decisions.csv');
  const path = await download.path();
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'no BOM').toBe(false);
  const text = bytes.toString('utf8');
  expect(text.includes('\r\n'), 'LF line ends').toBe(false);
  expect(text.split('\n')[0]).toBe(DECISIONS_HEADER);
  return { bytes, rows: parse(bytes, { columns: true }) as Row[] };
}
