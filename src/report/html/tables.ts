// The server-rendered parts of report.html that the script later redraws: the first page of each
// table, the record cards those rows point at, and the first pair of the review. The browser
// script (assets/report-html/page.js) draws the same markup from the same data for other pages.
import type { Side } from '../../model.js';
import { recordIndex, type Bar, type FindingRow, type PageData, type RecordRow, type ReviewRow } from './data.js';
import { esc } from './escape.js';
import type { Words } from './words.js';

export const PAGE_SIZE = 100;

/** What the tables need of the page data: records by side and index, and where each field sits in a record's array. */
export interface Lookup {
  data: PageData;
  words: Words;
  record: (side: Side, index: number) => RecordRow | undefined;
  /** A field's value of a record ('' when absent). */
  field: (row: RecordRow | undefined, field: string) => string;
}

export function lookupOf(data: PageData, words: Words): Lookup {
  const position = new Map(data.fields.map((f, i) => [f, i + 3]));
  return {
    data, words, record: recordIndex(data),
    field: (row, field) => {
      const at = position.get(field);
      const cell = row && at !== undefined ? row[at] : undefined;
      return typeof cell === 'number' ? (data.values[cell] ?? '') : (cell ?? '');
    },
  };
}

const nameOf = (l: Lookup, row: RecordRow | undefined) =>
  ['surname', 'given_name', 'patronymic'].map((f) => l.field(row, f)).filter(Boolean).join(' ');

/** A record cell: its id linked to its card, and its line. */
function recordCell(l: Lookup, side: Side, index: number): string {
  const row = index >= 0 ? l.record(side, index) : undefined;
  if (!row) return '<td></td>';
  return `<td><a href="#rec-${side}-${index}">${esc(row[2])}</a> <span class="line">${esc(l.words.w('record.line', { line: row[1] }))}</span></td>`;
}

const sideOf = (a: number, b: number) => (a >= 0 && b >= 0 ? 'both' : a >= 0 ? 'a' : b >= 0 ? 'b' : 'none');

export function findingRowHtml(l: Lookup, f: FindingRow): string {
  const [code, severity] = l.data.codes[f[0]]!;
  return `<tr data-code="${code}" data-severity="${severity}" data-side="${sideOf(f[1], f[2])}">`
    + `<td><span class="kind">${esc(l.words.w(`codes.${code}`))}</span> <code>${code}</code></td>`
    + `<td><span class="sev sev-${severity}">${esc(l.words.w(`severity.${severity}`))}</span></td>`
    + recordCell(l, 'a', f[1]) + recordCell(l, 'b', f[2])
    + `<td>${esc(f[3])}</td><td>${esc(f[4])}</td><td>${esc(f[5])}</td><td>${esc(f[6])}</td></tr>`;
}

export function onlyRowHtml(l: Lookup, side: Side, index: number): string {
  const row = l.record(side, index);
  return `<tr data-record="${side}-${index}">${recordCell(l, side, index)}<td>${esc(nameOf(l, row))}</td>`
    + `<td>${esc(l.field(row, 'date_of_birth'))}</td><td>${esc(l.field(row, 'categories'))}</td></tr>`;
}

export function duplicateRowHtml(l: Lookup, d: PageData['duplicates'][number]): string {
  const [side, index, of] = d;
  return `<tr data-record="${side}-${index}"><td>${esc(l.words.w(`side.${side}`))}</td>${recordCell(l, side, index)}`
    + `<td>${esc(nameOf(l, l.record(side, index)))}</td>${recordCell(l, side, of)}</tr>`;
}

/** A table's paging bar: the count, and previous/next (the script enables them). */
export function pager(id: string, shown: number, total: number, words: Words): string {
  const pages = Math.max(1, Math.ceil(shown / PAGE_SIZE));
  return `<div class="pager"><span id="${id}-count" data-shown="${shown}" data-total="${total}">${esc(words.w('table.count', { shown, total }))}</span>`
    + ` <span class="page" id="${id}-page">${esc(words.w('table.page', { page: 1, pages }))}</span>`
    + ` <button type="button" id="${id}-prev" disabled>${esc(words.w('table.prev'))}</button>`
    + ` <button type="button" id="${id}-next"${shown > PAGE_SIZE ? '' : ' disabled'}>${esc(words.w('table.next'))}</button></div>`;
}

export function tableHtml(id: string, columns: readonly string[], rows: readonly string[], words: Words): string {
  const head = columns.map((c) => `<th scope="col">${esc(words.w(c))}</th>`).join('');
  const body = rows.slice(0, PAGE_SIZE).join('');
  return `<table id="${id}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
    + `<p class="empty" id="${id}-empty"${rows.length ? ' hidden' : ''}>${esc(words.w('table.empty'))}</p>`;
}

/** A record card: every field the record holds, as written, and where it is in its file. */
export function cardHtml(l: Lookup, side: Side, index: number): string {
  const row = l.record(side, index);
  if (!row) return '';
  const fields = l.data.fields.map((f) => [l.words.w(`field.${f}`), l.field(row, f)] as const);
  const extra = l.data.extra[side].map((header, i) => [header, String(row[3 + l.data.fields.length + i] ?? '')] as const);
  const items = [...fields, ...extra].filter(([, v]) => v !== '').map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
  return `<article id="rec-${side}-${index}" class="card"><h3>${esc(l.words.w('record.title', { side: l.words.w(`side.${side}`), id: row[2] }))}</h3>`
    + `<p class="line">${esc(l.words.w('record.lineOf', { line: row[1], file: l.data.files[side] }))}</p><dl>${items}</dl></article>`;
}

const normal = (s: string) => s.trim().toLowerCase();

/** One contribution bar: the comparison in words, a bar to the right (for) or left (against) of the middle, and its number. */
export function barHtml(bar: Bar, scale: number): string {
  const [label, weight] = bar;
  const mid = 100;
  const length = weight === null ? 0 : Math.min(100, Math.round((Math.abs(weight) / scale) * 1000) / 10);
  const x = weight !== null && weight < 0 ? mid - length : mid;
  const number = weight === null ? '—' : `${weight >= 0 ? '+' : ''}${weight.toFixed(1)}`;
  const kind = weight === null ? 'none' : weight >= 0 ? 'for' : 'against';
  return `<li class="${kind}"><span class="why-label">${esc(label)}</span><svg class="why-bar" viewBox="0 0 250 14" width="250" height="14">`
    + `<line x1="${mid}" y1="0" x2="${mid}" y2="14" stroke="#000"/>`
    + `<rect x="${x}" y="2" width="${length}" height="10"/>`
    + `<text x="210" y="11">${esc(number)}</text></svg></li>`;
}

export const barScale = (bars: readonly Bar[]) => Math.max(1, ...bars.map(([, w]) => Math.abs(w ?? 0)));

/** A column head of the pair: the side, and its record's id (linked to its card) and line; ids of two lists are not compared. */
function sideHead(l: Lookup, side: Side, index: number): string {
  const row = l.record(side, index);
  return `<th scope="col">${esc(l.words.w(`side.${side}`))}: <a href="#rec-${side}-${index}">${esc(row?.[2] ?? '')}</a> <span class="line">${esc(l.words.w('record.line', { line: row?.[1] ?? '' }))}</span></th>`;
}

/** The pair under review, drawn as the script draws it; the script takes over from here. */
export function pairHtml(l: Lookup, pair: ReviewRow, n: number): string {
  const [ai, bi, score, bars, plain, decision, runnerUp, alike] = pair;
  const [ra, rb] = [l.record('a', ai), l.record('b', bi)];
  const w = l.words.w;
  const rows = l.data.fields.map((f) => [f, l.field(ra, f), l.field(rb, f)] as const)
    .filter(([, x, y]) => x !== '' || y !== '')
    .map(([f, x, y]) => `<tr class="${alike.includes(f) || normal(x) === normal(y) ? 'agrees' : 'differs'}"><th scope="row">${esc(w(`field.${f}`))}</th><td>${esc(x)}</td><td>${esc(y)}</td></tr>`);
  const scale = barScale(bars);
  let other = '';
  if (runnerUp) {
    const side: Side = runnerUp[0] === ai ? 'b' : 'a';
    const index = side === 'b' ? runnerUp[1] : runnerUp[0];
    const row = l.record(side, index);
    const record = `${w(`side.${side}`)}: ${row?.[2] ?? ''} (${w('record.line', { line: row?.[1] ?? '' })}) ${nameOf(l, row)}`;
    other = `<p id="runner-up"><strong>${esc(w('review.runnerUp'))}:</strong> <a href="#rec-${side}-${index}">${esc(w('review.runnerUp.text', { record, score: runnerUp[2].toFixed(2) }))}</a></p>`;
  }
  const state = decision ? w(`review.decision.${decision}`) : w('review.decision.none');
  return `<div id="pair" data-a="${ai}" data-b="${bi}"${decision ? ` data-decision="${decision}"` : ''}>`
    + `<p class="pair-head"><span id="review-position">${esc(w('review.pair', { n, total: l.data.review.length }))}</span> · <span id="pair-state">${esc(state)}</span></p>`
    + `<table class="sides"><thead><tr><th scope="col">${esc(w('review.field'))}</th>${sideHead(l, 'a', ai)}${sideHead(l, 'b', bi)}</tr></thead><tbody>${rows.join('')}</tbody></table>`
    + `<p class="score">${esc(w('review.score'))}: <strong>${score === null ? '—' : score.toFixed(2)}</strong></p>`
    + `<div class="why"><h4>${esc(w('review.why'))}</h4><ul>${bars.map((b) => barHtml(b, scale)).join('')}</ul>`
    + (plain ? `<p class="plain"><strong>${esc(w('review.plain'))}:</strong> ${esc(plain)}</p>` : '') + `</div>`
    + other + `</div>`;
}
