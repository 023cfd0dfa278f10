// report.html: one self-contained page for the people who read the reconciliation — header,
// charts and the first page of every table drawn here (so it reads with JavaScript off), the
// data for the rest embedded as JSON, and one inline script for filtering, paging, record cards
// and the review. No network request of any kind: the Content-Security-Policy allows only the
// page's own script and style, by their hashes. The contract is /tmp/html-contract.md (ids and
// attributes the browser tests rely on).
import { createHash } from 'node:crypto';
import { categoryLabel } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/lang.js';
import type { Side } from '../../model.js';
import type { RunReport } from '../run.js';
import type { Summary } from '../summary.js';
import type { Verdict } from '../verdict.js';
import { pageAssets } from './assets.js';
import { pageData, type PageData } from './data.js';
import { esc, runElements, scriptJsonPieces } from './escape.js';
import { categoriesChart, codesChart, quotaChart } from './svg.js';
import { cardHtml, duplicateRowHtml, findingRowHtml, lookupOf, onlyRowHtml, pager, pairHtml, PAGE_SIZE, tableHtml, type Lookup } from './tables.js';
import { wordsOf, type Words } from './words.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** The CSP: nothing but this page's one script and one style sheet; images only as data: URLs. */
const csp = (script: string, style: string) =>
  `default-src 'none'; script-src 'sha256-${sha256(script)}'; style-src 'sha256-${sha256(style)}'; img-src data:; base-uri 'none'; form-action 'none'`;

function header(summary: Summary, verdict: Verdict, w: Words): string {
  const result = w.w(verdict.failed ? 'verdict.failed' : 'verdict.passed');
  const text = w.w('verdict.text', {
    result, errors: w.n('verdict.errors', summary.severity.error), warnings: w.n('verdict.warnings', summary.severity.warning), rule: w.w(`verdict.rule.${verdict.failOn}`),
  });
  return `<header><h1>${esc(w.w('title'))}</h1>`
    + `<p id="verdict" class="${verdict.failed ? 'failed' : 'passed'}" data-failed="${verdict.failed}" data-fail-on="${verdict.failOn}">${esc(text)}</p>`
    + `<p class="tool">${esc(w.w('tool', { name: summary.tool.name, version: summary.tool.version }))}</p></header>`;
}

function nav(data: PageData, w: Words): string {
  const links: Array<[string, string]> = [['#overview', 'nav.overview'], ['#charts', 'nav.charts']];
  if (data.review.length) links.push(['#review', 'nav.review']);
  links.push(['#discrepancies-section', 'nav.discrepancies'], ['#only-a-section', 'nav.onlyA'], ['#only-b-section', 'nav.onlyB'], ['#duplicates-section', 'nav.duplicates']);
  return `<nav><ul>${links.map(([href, key]) => `<li><a href="${href}">${esc(w.w(key))}</a></li>`).join('')}</ul></nav>`;
}

function overview(summary: Summary, w: Words): string {
  const a = summary.agreement;
  const categories = a.categories.map((c) => `<li data-category="${esc(c.id)}">${esc(categoryLabel(c.id, c.label, w.lang))}</li>`).join('');
  const agreement = `<div id="agreement"><h3>${esc(w.w('agreement.title'))}</h3><dl>`
    + `<dt>${esc(w.w('agreement.name'))}</dt><dd class="name">${esc(a.name)}</dd>`
    + `<dt>${esc(w.w('agreement.date'))}</dt><dd class="reference-date">${esc(a.reference_date)}</dd>`
    + `<dt>${esc(w.w('agreement.categories'))}</dt><dd><ul class="categories">${categories}</ul></dd>`
    + (a.remains_quota !== undefined ? `<dt>${esc(w.w('agreement.quota'))}</dt><dd class="quota">${a.remains_quota}</dd>` : '')
    + `</dl></div>`;
  const lists = `<h3>${esc(w.w('lists.title'))}</h3><table id="lists"><thead><tr>`
    + ['lists.side', 'lists.label', 'lists.file', 'lists.rows', 'lists.sha'].map((k) => `<th scope="col">${esc(w.w(k))}</th>`).join('')
    + `</tr></thead><tbody>`
    + summary.inputs.map((i) => `<tr data-side="${i.side}"><td>${esc(w.w(`side.${i.side}`))}</td><td class="label">${esc(i.label)}</td><td class="file">${esc(i.path)}</td><td class="rows">${i.rows}</td><td class="sha256"><code>${esc(i.sha256)}</code></td></tr>`).join('')
    + `</tbody></table>`;
  const statuses = `<h3>${esc(w.w('status.title'))}</h3><table id="statuses"><tbody>`
    + Object.entries(summary.status).map(([status, n]) => `<tr data-status="${status}"><th scope="row">${esc(w.w(`status.${status}`))}</th><td>${n}</td></tr>`).join('')
    + `</tbody></table>`;
  return `<section id="overview"><h2>${esc(w.w('nav.overview'))}</h2><div class="columns">${agreement}<div>${lists}${statuses}</div></div></section>`;
}

function charts(summary: Summary, w: Words): string {
  // A remains run is held to the quota; a POW run to its categories (the summary has the section its kind gives).
  const [first, title] = summary.remains ? [quotaChart(summary, w), 'chart.quota'] : [categoriesChart(summary, w), 'chart.categories'];
  const figure = (svg: string, key: string) => `<figure><figcaption>${esc(w.w(key))}</figcaption>${svg}</figure>`;
  return `<section id="charts"><h2>${esc(w.w('charts.title'))}</h2>${figure(first, title)}${figure(codesChart(summary, w), 'chart.codes')}</section>`;
}

function select(id: string, label: string, options: Array<[string, string]>, w: Words): string {
  return `<label>${esc(w.w(label))} <select id="${id}"><option value="">${esc(w.w('filter.all'))}</option>`
    + options.map(([value, text]) => `<option value="${esc(value)}">${esc(text)}</option>`).join('') + `</select></label>`;
}

function discrepancies(l: Lookup, summary: Summary): string {
  const { data, words: w } = l;
  const present = data.codes.filter(([code]) => summary.codes[code] > 0);
  const filters = `<div class="filters">`
    + select('filter-code', 'filter.code', present.map(([code]) => [code, `${w.w(`codes.${code}`)} (${summary.codes[code]})`]), w)
    + select('filter-severity', 'filter.severity', (['error', 'warning'] as const).map((s) => [s, w.w(`severity.${s}`)]), w)
    + select('filter-side', 'filter.side', (['a', 'b', 'both', 'none'] as const).map((s) => [s, w.w(`filter.side.${s}`)]), w)
    + `<label>${esc(w.w('filter.search'))} <input type="search" id="search" autocomplete="off"></label></div>`;
  const total = data.findings.length;
  return `<section id="discrepancies-section"><h2>${esc(w.w('disc.title'))}</h2>${filters}${pager('discrepancies', total, total, w)}`
    + tableHtml('discrepancies', ['col.code', 'col.severity', 'col.a', 'col.b', 'col.field', 'col.aValue', 'col.bValue', 'col.message'], data.findings.slice(0, PAGE_SIZE).map((f) => findingRowHtml(l, f)), w)
    + `</section>`;
}

function onlySide(l: Lookup, side: Side): string {
  const indexes = side === 'a' ? l.data.onlyA : l.data.onlyB;
  const id = `only-${side}`;
  return `<section id="${id}-section"><h2>${esc(l.words.w(side === 'a' ? 'onlyA.title' : 'onlyB.title'))}</h2>${pager(id, indexes.length, indexes.length, l.words)}`
    + tableHtml(id, ['col.record', 'col.name', 'col.dob', 'col.categories'], indexes.slice(0, PAGE_SIZE).map((i) => onlyRowHtml(l, side, i)), l.words) + `</section>`;
}

function duplicates(l: Lookup): string {
  const rows = l.data.duplicates;
  return `<section id="duplicates-section"><h2>${esc(l.words.w('dup.title'))}</h2>${pager('duplicates', rows.length, rows.length, l.words)}`
    + tableHtml('duplicates', ['col.side', 'col.record', 'col.name', 'col.repeats'], rows.slice(0, PAGE_SIZE).map((d) => duplicateRowHtml(l, d)), l.words) + `</section>`;
}

function review(l: Lookup): string {
  const { data, words: w } = l;
  if (data.review.length === 0) return '';
  const decided = data.review.filter((p) => p[5] !== '').length;
  const at = Math.max(0, data.review.findIndex((p) => p[5] === ''));
  const button = (decide: string, key: string) => `<button type="button" data-decide="${decide}">${esc(w.w(key))}</button>`;
  return `<section id="review"><h2>${esc(w.w('review.title'))}</h2>`
    + `<p id="review-progress" data-decided="${decided}" data-total="${data.review.length}">${esc(w.w('review.progress', { decided, total: data.review.length }))}</p>`
    + `<label class="blind"><input type="checkbox" id="blind"> ${esc(w.w('review.blind'))}</label>`
    + pairHtml(l, data.review[at]!, at + 1)
    + `<div class="decide">${button('same', 'review.same')}${button('different', 'review.different')}${button('skip', 'review.skip')}</div>`
    + `<div class="move"><button type="button" id="review-prev">${esc(w.w('review.prev'))}</button> <button type="button" id="review-next">${esc(w.w('review.next'))}</button></div>`
    + `<p class="keys">${esc(w.w('review.keys'))}</p>`
    + `<p><button type="button" id="export-decisions">${esc(w.w('review.export'))}</button> <span class="hint">${esc(w.w('review.exportHint'))}</span></p>`
    + `<p class="hint">${esc(w.w('review.stored'))}</p></section>`;
}

/** Cards drawn on the server: every card of a small run; of a large one, those the first pages and the first pair point at (the script draws the others when a link is followed). */
const SERVER_CARDS = 2000;

function records(l: Lookup): string {
  const { data } = l;
  const all = (['a', 'b'] as const).flatMap((side) => data.records[side].indexes.map((i) => [side, i] as const));
  let shown: ReadonlyArray<readonly [Side, number]> = all;
  if (all.length > SERVER_CARDS) {
    const keys = new Set<string>();
    const add = (side: Side, i: number) => { if (i >= 0) keys.add(`${side}-${i}`); };
    for (const f of data.findings.slice(0, PAGE_SIZE)) { add('a', f[1]); add('b', f[2]); }
    for (const i of data.onlyA.slice(0, PAGE_SIZE)) add('a', i);
    for (const i of data.onlyB.slice(0, PAGE_SIZE)) add('b', i);
    for (const [side, i, of] of data.duplicates.slice(0, PAGE_SIZE)) { add(side, i); add(side, of); }
    for (const p of data.review.slice(0, 1)) { add('a', p[0]); add('b', p[1]); if (p[6]) { add('a', p[6][0]); add('b', p[6][1]); } }
    shown = all.filter(([side, i]) => keys.has(`${side}-${i}`));
  }
  return `<section id="records"><h2>${esc(l.words.w('records.title'))}</h2><p class="hint">${esc(l.words.w('records.hint'))}</p>`
    + `<div id="cards">${shown.map(([side, i]) => cardHtml(l, side, i)).join('')}</div></section>`;
}

/** report.html whole: reportHtmlPieces joined. */
export const renderReportHtml = (run: RunReport, summary: Summary, verdict: Verdict, lang: Lang): string =>
  [...reportHtmlPieces(run, summary, verdict, lang)].join('');

/**
 * report.html in pieces: the page up to its data, the data (scriptJsonPieces), then the rest.
 * `made` is told the share of the data written (0 to 1), as its long arrays are.
 */
export function* reportHtmlPieces(run: RunReport, summary: Summary, verdict: Verdict, lang: Lang, made?: (share: number) => void): Iterable<string> {
  const words = wordsOf(lang);
  const data = pageData(run, words);
  const l = lookupOf(data, words);
  const { script, style } = pageAssets();
  yield `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp(script, style)}">
<title>${esc(`${words.w('title')} — ${summary.agreement.name}`)}</title>
<style>${style}</style>
</head>
<body data-report-id="${data.reportId}">
${header(summary, verdict, words)}
<noscript><p class="nojs">${esc(words.w('nojs'))}</p></noscript>
${nav(data, words)}
<main>
${overview(summary, words)}
${charts(summary, words)}
${review(l)}
${discrepancies(l, summary)}
${onlySide(l, 'a')}
${onlySide(l, 'b')}
${duplicates(l)}
${records(l)}
</main>
<script type="application/json" id="report-data">`;
  const elements = runElements(data);
  yield* scriptJsonPieces(data, made && elements > 0 ? (done) => made(done / elements) : undefined);
  yield `</script>
<script>${script}</script>
</body>
</html>
`;
}
