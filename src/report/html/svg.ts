// The charts of report.html, as inline SVG drawn on the server: every bar has its number written
// beside it and a fill pattern of its own measure (hatching, dots, cross-hatching), and each chart
// has a legend, so a chart reads in black and white, on paper, and without JavaScript.
import { CODES, CODE_ORDER } from '../../codes.js';
import { categoryLabel } from '../../i18n/catalogue.js';
import type { Summary } from '../summary.js';
import { esc } from './escape.js';
import type { Words } from './words.js';

/** The fill patterns, one per measure; drawn in black on a background the screen tints and print leaves white. */
const PATTERN_SHAPES: readonly string[] = [
  '<path d="M0 6L6 0M-1 1L1 -1M5 7L7 5" stroke="#000" stroke-width="1.4"/>',
  '<rect width="6" height="6" fill="#000"/>',
  '<circle cx="3" cy="3" r="1.3" fill="#000"/>',
  '<path d="M0 0L6 6M-1 5L1 7M5 -1L7 1" stroke="#000" stroke-width="1.4"/>',
  '<path d="M0 3H6M3 0V6" stroke="#000" stroke-width="1"/>',
];

const patternDefs = (prefix: string, count: number) =>
  `<defs>${Array.from({ length: count }, (_, i) =>
    `<pattern id="${prefix}-${i}" patternUnits="userSpaceOnUse" width="6" height="6"><rect class="pat-bg pat-bg-${i}" width="6" height="6"/>${PATTERN_SHAPES[i % PATTERN_SHAPES.length]}</pattern>`).join('')}</defs>`;

const fill = (prefix: string, i: number) => `url(#${prefix}-${i})`;

const LABEL_WIDTH = 320;
const BAR_WIDTH = 360;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 70;
const ROW = 18;

const barLength = (value: number, max: number) => (max > 0 ? Math.round((value / max) * BAR_WIDTH * 10) / 10 : 0);

/** One horizontal bar at `y`: its row label, the bar, and its number (the text element carries `numberAttrs`). */
function bar(y: number, label: string, value: number, max: number, patternFill: string, numberAttrs: string): string {
  const length = barLength(value, max);
  return `<text class="row-label" x="${LABEL_WIDTH - 8}" y="${y + 13}" text-anchor="end">${esc(label)}</text>`
    + `<rect x="${LABEL_WIDTH}" y="${y + 2}" width="${length}" height="${ROW - 4}" fill="${patternFill}" stroke="#000" stroke-width="0.6"/>`
    + `<text class="num" x="${LABEL_WIDTH + length + 6}" y="${y + 13}" ${numberAttrs}>${value}</text>`;
}

/** The legend: a swatch of each pattern with its name, in rows of up to three. */
function legend(y: number, prefix: string, names: readonly string[], words: Words): { svg: string; height: number } {
  const perRow = 3;
  const items = names.map((name, i) => {
    const x = (i % perRow) * 240;
    const row = y + 20 + Math.floor(i / perRow) * ROW;
    return `<rect x="${x}" y="${row}" width="22" height="12" fill="${fill(prefix, i)}" stroke="#000" stroke-width="0.6"/><text x="${x + 28}" y="${row + 10}">${esc(name)}</text>`;
  });
  const rows = Math.ceil(names.length / perRow);
  return { svg: `<g class="legend"><text class="legend-title" x="0" y="${y + 10}">${esc(words.w('chart.legend'))}</text>${items.join('')}</g>`, height: 24 + rows * ROW };
}

function frame(chart: string, title: string, height: number, body: string): string {
  const id = `chart-${chart}-title`;
  return `<svg class="chart" data-chart="${chart}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}"><title id="${id}">${esc(title)}</title>${body}</svg>`;
}

const CATEGORY_MEASURES = ['a_listed', 'b_listed', 'matched', 'a_only', 'b_only'] as const;

/** POW runs: each category's people per side, matched, and only on one side. */
export function categoriesChart(summary: Summary, words: Words): string {
  const value = (c: Summary['categories'][number], m: (typeof CATEGORY_MEASURES)[number]) =>
    ({ a_listed: c.a.listed, b_listed: c.b.listed, matched: c.a.matched, a_only: c.a.unmatched, b_only: c.b.unmatched })[m];
  // A fold, not Math.max(...values): an agreement may name tens of thousands of categories, past
  // what one call's arguments can hold.
  const max = summary.categories.reduce((most, c) => CATEGORY_MEASURES.reduce((m2, m) => Math.max(m2, value(c, m)), most), 0);
  const names = CATEGORY_MEASURES.map((m) => words.w(`measure.${m}`));
  const top = legend(0, 'pc', names, words);
  let y = top.height + 6;
  const groups = summary.categories.map((c) => {
    const head = `<text class="group-label" x="0" y="${y + 13}">${esc(categoryLabel(c.id, c.label, words.lang))}</text>`;
    y += ROW + 2;
    const bars = CATEGORY_MEASURES.map((m, i) => {
      const out = bar(y, names[i]!, value(c, m), max, fill('pc', i), `data-measure="${m}" data-value="${value(c, m)}"`);
      y += ROW;
      return out;
    });
    y += 10;
    return `<g data-category="${esc(c.id)}">${head}${bars.join('')}</g>`;
  });
  return frame('categories', words.w('chart.categories'), y, patternDefs('pc', CATEGORY_MEASURES.length) + top.svg + groups.join(''));
}

/** Remains runs: bodies each side lists and counts, against the agreed quota (a line). */
export function quotaChart(summary: Summary, words: Words): string {
  const remains = summary.remains;
  if (!remains) return '';
  const measures = ['listed', 'counted'] as const;
  const max = Math.max(0, remains.quota ?? 0, ...(['a', 'b'] as const).flatMap((s) => measures.map((m) => remains[s][m])));
  const names = measures.map((m) => words.w(`measure.${m}`));
  const top = legend(0, 'pq', names, words);
  let y = top.height + 6;
  const first = y;
  const groups = (['a', 'b'] as const).map((side) => {
    const head = `<text class="group-label" x="0" y="${y + 13}">${esc(words.w(`side.${side}`))}: ${esc(summary.inputs.find((i) => i.side === side)?.label ?? '')}</text>`;
    y += ROW + 2;
    const bars = measures.map((m, i) => {
      const out = bar(y, names[i]!, remains[side][m], max, fill('pq', i), `data-measure="${m}" data-value="${remains[side][m]}"`);
      y += ROW;
      return out;
    });
    y += 10;
    return `<g data-side="${side}">${head}${bars.join('')}</g>`;
  });
  let quota = '';
  if (remains.quota !== null) {
    const x = LABEL_WIDTH + barLength(remains.quota, max);
    quota = `<line class="quota" x1="${x}" y1="${first}" x2="${x}" y2="${y}" stroke="#000" stroke-width="2" stroke-dasharray="6 3" data-measure="quota" data-value="${remains.quota}"/>`
      + `<text class="quota-label" x="${x}" y="${y + 14}" text-anchor="middle">${esc(words.w('measure.quota', { quota: remains.quota }))}</text>`;
    y += 22;
  }
  return frame('quota', words.w('chart.quota'), y, patternDefs('pq', measures.length) + top.svg + groups.join('') + quota);
}

/** Discrepancies by code (those found), patterned by severity. */
export function codesChart(summary: Summary, words: Words): string {
  const shown = CODE_ORDER.filter((code) => summary.codes[code] > 0);
  const severities = ['error', 'warning'] as const;
  const top = legend(0, 'pk', severities.map((s) => words.w(`severity.${s}`)), words);
  const max = Math.max(0, ...shown.map((code) => summary.codes[code]));
  let y = top.height + 6;
  const groups = shown.map((code) => {
    const severity = CODES[code].severity;
    const out = `<g data-code="${code}" data-severity="${severity}">${bar(y, words.w(`codes.${code}`), summary.codes[code], max, fill('pk', severities.indexOf(severity)), `data-value="${summary.codes[code]}"`)}</g>`;
    y += ROW + 2;
    return out;
  });
  if (shown.length === 0) {
    groups.push(`<text x="0" y="${y + 13}">${esc(words.w('chart.none'))}</text>`);
    y += ROW + 2;
  }
  return frame('codes', words.w('chart.codes'), y + 6, patternDefs('pk', severities.length) + top.svg + groups.join(''));
}
