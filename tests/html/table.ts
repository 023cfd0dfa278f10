// Reading the discrepancies table of report.html: its count and the rows of the page shown.
import type { Page } from 'playwright-core';
import type { Row } from './runs.js';

export interface ShownRow {
  code: string | null;
  severity: string | null;
  side: string | null;
  /** The cells "A record" and "B record" (id and line). */
  aRecord: string;
  bRecord: string;
  text: string;
}

export async function filterCount(page: Page): Promise<{ shown: number; total: number }> {
  const count = page.locator('#discrepancies-count');
  return { shown: Number(await count.getAttribute('data-shown')), total: Number(await count.getAttribute('data-total')) };
}

/** The finding rows on the page (a "no rows" placeholder row has no data-code). */
export function discrepancyRows(page: Page): Promise<ShownRow[]> {
  return page.locator('table#discrepancies tbody tr[data-code]').evaluateAll((trs) => trs.map((tr) => {
    const cells = [...tr.children].map((c) => c.textContent ?? '');
    return {
      code: tr.getAttribute('data-code'),
      severity: tr.getAttribute('data-severity'),
      side: tr.getAttribute('data-side'),
      aRecord: cells[2] ?? '',
      bRecord: cells[3] ?? '',
      text: tr.textContent ?? '',
    };
  }));
}

/** The side a discrepancies.csv row is about, as data-side gives it. */
export function sideOf(row: Row): 'a' | 'b' | 'both' | 'none' {
  if (row.a_record_id && row.b_record_id) return 'both';
  if (row.a_record_id) return 'a';
  return row.b_record_id ? 'b' : 'none';
}

/** A record id as a whole word of a cell ("3" is not found in "13"). */
export function recordIdPattern(id: string): RegExp {
  return new RegExp(`(^|[^\\p{L}\\p{N}-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}-])`, 'u');
}
