// report.html's one script: filtering, search and paging of the tables, record cards drawn when a
// link is followed, and the review (decisions kept in localStorage, exported as decisions.csv).
// Plain browser JavaScript, no framework, no build step. It reads the data the page embeds
// (#report-data) and writes with textContent and setAttribute only, never innerHTML.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var WORDS = data.words;
  var PAGE = 100;
  // The SVG namespace, taken from the page's own charts (there is always one).
  var SVG = document.querySelector('svg').namespaceURI;

  function fill(text, args) {
    return text.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, function (whole, name) {
      return args && args[name] !== undefined ? String(args[name]) : whole;
    });
  }
  function w(key, args) {
    var entry = WORDS[key];
    if (entry === undefined) return key;
    return fill(typeof entry === 'string' ? entry : entry.other || '', args);
  }

  /** An element with attributes and children (strings become text nodes). */
  function el(tag, attrs, children, ns) {
    var node = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (name) {
      var value = attrs[name];
      if (value === false || value === undefined || value === null) return;
      node.setAttribute(name, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === '') return;
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    });
    return node;
  }
  function $(id) { return document.getElementById(id); }

  // ----- records ------------------------------------------------------------------------------

  var records = { a: new Map(), b: new Map() };
  data.records.a.forEach(function (r) { records.a.set(r[0], r); });
  data.records.b.forEach(function (r) { records.b.set(r[0], r); });
  var position = {};
  data.fields.forEach(function (f, i) { position[f] = i + 3; });
  function record(side, index) { return index >= 0 ? records[side].get(index) : undefined; }
  /** A field of a record; a number is an index into data.values (the repeated values, written once). */
  function field(row, name) {
    var at = position[name];
    var cell = row && at !== undefined ? row[at] : undefined;
    return typeof cell === 'number' ? data.values[cell] || '' : cell === undefined ? '' : String(cell);
  }
  function nameOf(row) {
    return ['surname', 'given_name', 'patronymic'].map(function (f) { return field(row, f); }).filter(Boolean).join(' ');
  }
  function recordCell(side, index) {
    var row = record(side, index);
    if (!row) return el('td');
    return el('td', null, [el('a', { href: '#rec-' + side + '-' + index }, [String(row[2])]), ' ', el('span', { class: 'line' }, [w('record.line', { line: row[1] })])]);
  }

  /** The record card, as the server draws it; made when first needed. */
  function ensureCard(side, index) {
    var id = 'rec-' + side + '-' + index;
    var found = $(id);
    if (found) return found;
    var row = record(side, index);
    if (!row) return null;
    var items = [];
    data.fields.forEach(function (f) {
      var v = field(row, f);
      if (v !== '') items.push(el('dt', null, [w('field.' + f)]), el('dd', null, [v]));
    });
    data.extra[side].forEach(function (header, i) {
      var v = row[3 + data.fields.length + i];
      if (v !== undefined && v !== '') items.push(el('dt', null, [header]), el('dd', null, [String(v)]));
    });
    var card = el('article', { id: id, class: 'card' }, [
      el('h3', null, [w('record.title', { side: w('side.' + side), id: row[2] })]),
      el('p', { class: 'line' }, [w('record.lineOf', { line: row[1], file: data.files[side] })]),
      el('dl', null, items),
    ]);
    $('cards').appendChild(card);
    return card;
  }
  function cardFromHash() {
    var m = /^#rec-([ab])-(\d+)$/.exec(location.hash);
    if (!m) return;
    var existed = !!$(m[0].slice(1));
    var card = ensureCard(m[1], Number(m[2]));
    if (card && !existed) card.scrollIntoView();
  }
  // A link is followed after its click: the card exists by then, so the browser scrolls to it.
  document.addEventListener('click', function (e) {
    var link = e.target && e.target.closest ? e.target.closest('a[href^="#rec-"]') : null;
    if (!link) return;
    var m = /^#rec-([ab])-(\d+)$/.exec(link.getAttribute('href'));
    if (m) ensureCard(m[1], Number(m[2]));
  });
  window.addEventListener('hashchange', cardFromHash);
  cardFromHash();

  // ----- paged tables -------------------------------------------------------------------------

  function pagedTable(id, all, drawRow) {
    var tbody = document.querySelector('#' + id + ' tbody');
    var count = $(id + '-count');
    var pageText = $(id + '-page');
    var prev = $(id + '-prev');
    var next = $(id + '-next');
    var empty = $(id + '-empty');
    if (!tbody) return null;
    var items = all;
    var page = 0;
    function draw() {
      var pages = Math.max(1, Math.ceil(items.length / PAGE));
      if (page > pages - 1) page = pages - 1;
      if (page < 0) page = 0;
      var rows = items.slice(page * PAGE, page * PAGE + PAGE).map(drawRow);
      tbody.replaceChildren.apply(tbody, rows);
      count.textContent = w('table.count', { shown: items.length, total: all.length });
      count.setAttribute('data-shown', String(items.length));
      count.setAttribute('data-total', String(all.length));
      if (pageText) pageText.textContent = w('table.page', { page: page + 1, pages: pages });
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
      if (empty) empty.hidden = items.length > 0;
    }
    prev.addEventListener('click', function () { page--; draw(); });
    next.addEventListener('click', function () { page++; draw(); });
    draw();
    return { show: function (filtered) { items = filtered; page = 0; draw(); } };
  }

  // ----- discrepancies ------------------------------------------------------------------------

  function sideOf(f) { return f[1] >= 0 && f[2] >= 0 ? 'both' : f[1] >= 0 ? 'a' : f[2] >= 0 ? 'b' : 'none'; }
  function findingRow(f) {
    var code = data.codes[f[0]][0];
    var severity = data.codes[f[0]][1];
    return el('tr', { 'data-code': code, 'data-severity': severity, 'data-side': sideOf(f) }, [
      el('td', null, [el('span', { class: 'kind' }, [w('codes.' + code)]), ' ', el('code', null, [code])]),
      el('td', null, [el('span', { class: 'sev sev-' + severity }, [w('severity.' + severity)])]),
      recordCell('a', f[1]), recordCell('b', f[2]),
      el('td', null, [f[3]]), el('td', null, [f[4]]), el('td', null, [f[5]]), el('td', null, [f[6]]),
    ]);
  }
  var findingsTable = pagedTable('discrepancies', data.findings, findingRow);
  var haystack = null;
  function searchText(f) {
    var ra = record('a', f[1]);
    var rb = record('b', f[2]);
    return [data.codes[f[0]][0], ra ? ra[2] : '', nameOf(ra), rb ? rb[2] : '', nameOf(rb), f[3], f[4], f[5], f[6]].join('\u0001').toLowerCase();
  }
  function applyFilters() {
    var code = $('filter-code').value;
    var severity = $('filter-severity').value;
    var side = $('filter-side').value;
    var query = $('search').value.trim().toLowerCase();
    if (query && !haystack) haystack = data.findings.map(searchText);
    var shown = [];
    for (var i = 0; i < data.findings.length; i++) {
      var f = data.findings[i];
      if (code && data.codes[f[0]][0] !== code) continue;
      if (severity && data.codes[f[0]][1] !== severity) continue;
      if (side && sideOf(f) !== side) continue;
      if (query && haystack[i].indexOf(query) < 0) continue;
      shown.push(f);
    }
    findingsTable.show(shown);
  }
  if (findingsTable) {
    ['filter-code', 'filter-severity', 'filter-side'].forEach(function (id) { $(id).addEventListener('change', applyFilters); });
    var typing = 0;
    $('search').addEventListener('input', function () { clearTimeout(typing); typing = setTimeout(applyFilters, 120); });
    // The text searched is gathered once, while the page is idle after loading (or at the first search).
    var gather = function () { if (!haystack) haystack = data.findings.map(searchText); };
    if (window.requestIdleCallback) window.requestIdleCallback(gather, { timeout: 2000 }); else setTimeout(gather, 300);
    $('search').addEventListener('focus', gather);
  }

  // ----- people on one side, duplicates -------------------------------------------------------

  function onlyRow(side) {
    return function (index) {
      var row = record(side, index);
      return el('tr', { 'data-record': side + '-' + index }, [recordCell(side, index), el('td', null, [nameOf(row)]), el('td', null, [field(row, 'date_of_birth')]), el('td', null, [field(row, 'categories')])]);
    };
  }
  pagedTable('only-a', data.onlyA, onlyRow('a'));
  pagedTable('only-b', data.onlyB, onlyRow('b'));
  pagedTable('duplicates', data.duplicates, function (d) {
    return el('tr', { 'data-record': d[0] + '-' + d[1] }, [el('td', null, [w('side.' + d[0])]), recordCell(d[0], d[1]), el('td', null, [nameOf(record(d[0], d[1]))]), recordCell(d[0], d[2])]);
  });

  // ----- review -------------------------------------------------------------------------------

  var pairs = data.review;
  var section = $('review');
  if (!section || pairs.length === 0) {
    ready();
    return;
  }

  var STORE = 'exchange-review:' + data.reportId;
  var decisions = {};
  function keyOf(i) { return pairs[i][0] + ':' + pairs[i][1]; }
  pairs.forEach(function (p, i) { if (p[5]) decisions[keyOf(i)] = p[5]; });
  try {
    var stored = JSON.parse(localStorage.getItem(STORE) || 'null');
    if (stored && stored.decisions) Object.keys(stored.decisions).forEach(function (k) { decisions[k] = stored.decisions[k]; });
  } catch (e) { /* no storage (private mode): decisions last as long as the page */ }
  function save() {
    try { localStorage.setItem(STORE, JSON.stringify({ decisions: decisions })); } catch (e) { /* as above */ }
  }
  function decided(i) { var d = decisions[keyOf(i)]; return d === 'same' || d === 'different'; }

  var current = 0;
  while (current < pairs.length - 1 && decided(current)) current++;
  if (decided(current)) current = 0;

  function normal(s) { return String(s).trim().toLowerCase(); }
  function bar(b, scale) {
    var weight = b[1];
    var length = weight === null ? 0 : Math.min(100, Math.round((Math.abs(weight) / scale) * 1000) / 10);
    var kind = weight === null ? 'none' : weight >= 0 ? 'for' : 'against';
    var x = weight !== null && weight < 0 ? 100 - length : 100;
    var number = weight === null ? '\u2014' : (weight >= 0 ? '+' : '') + weight.toFixed(1);
    return el('li', { class: kind }, [
      el('span', { class: 'why-label' }, [b[0]]),
      el('svg', { class: 'why-bar', viewBox: '0 0 250 14', width: 250, height: 14 }, [
        el('line', { x1: 100, y1: 0, x2: 100, y2: 14, stroke: '#000' }, [], SVG),
        el('rect', { x: x, y: 2, width: length, height: 10 }, [], SVG),
        el('text', { x: 210, y: 11 }, [number], SVG),
      ], SVG),
    ]);
  }

  /** A column head of the pair: the side, and its record's id (linked to its card) and line. */
  function sideHead(side, index) {
    var row = record(side, index);
    return el('th', { scope: 'col' }, [w('side.' + side) + ': ', el('a', { href: '#rec-' + side + '-' + index }, [row ? String(row[2]) : '']), ' ',
      el('span', { class: 'line' }, [w('record.line', { line: row ? row[1] : '' })])]);
  }

  function drawPair() {
    var p = pairs[current];
    var ra = record('a', p[0]);
    var rb = record('b', p[1]);
    var decision = decisions[keyOf(current)] || '';
    var rows = data.fields.map(function (f) { return [f, field(ra, f), field(rb, f)]; })
      .filter(function (r) { return r[1] !== '' || r[2] !== ''; })
      .map(function (r) {
        // A field the matcher read as one value agrees, whatever its letters (p[7]: see ReviewRow in data.ts).
        var alike = p[7].indexOf(r[0]) >= 0 || normal(r[1]) === normal(r[2]);
        return el('tr', { class: alike ? 'agrees' : 'differs' }, [el('th', { scope: 'row' }, [w('field.' + r[0])]), el('td', null, [r[1]]), el('td', null, [r[2]])]);
      });
    var scale = Math.max.apply(null, [1].concat(p[3].map(function (b) { return Math.abs(b[1] || 0); })));
    var blind = $('blind').checked && decision !== 'same' && decision !== 'different';
    var children = [
      el('p', { class: 'pair-head' }, [el('span', { id: 'review-position' }, [w('review.pair', { n: current + 1, total: pairs.length })]), ' \u00b7 ',
        el('span', { id: 'pair-state' }, [decision ? w('review.decision.' + decision) : w('review.decision.none')])]),
      el('table', { class: 'sides' }, [
        el('thead', null, [el('tr', null, [el('th', { scope: 'col' }, [w('review.field')]), sideHead('a', p[0]), sideHead('b', p[1])])]),
        el('tbody', null, rows),
      ]),
      el('p', { class: 'score', hidden: blind }, [w('review.score') + ': ', el('strong', null, [p[2] === null ? '\u2014' : p[2].toFixed(2)])]),
      el('div', { class: 'why', hidden: blind }, [
        el('h4', null, [w('review.why')]),
        el('ul', null, p[3].map(function (b) { return bar(b, scale); })),
        p[4] ? el('p', { class: 'plain' }, [el('strong', null, [w('review.plain') + ':']), ' ' + p[4]]) : null,
      ]),
    ];
    var ru = p[6];
    if (ru) {
      var side = ru[0] === p[0] ? 'b' : 'a';
      var index = side === 'b' ? ru[1] : ru[0];
      var other = record(side, index);
      var text = w('side.' + side) + ': ' + (other ? other[2] : '') + ' (' + w('record.line', { line: other ? other[1] : '' }) + ') ' + nameOf(other);
      children.push(el('p', { id: 'runner-up' }, [el('strong', null, [w('review.runnerUp') + ':']), ' ',
        el('a', { href: '#rec-' + side + '-' + index }, [w('review.runnerUp.text', { record: text, score: ru[2].toFixed(2) })])]));
    }
    var pair = el('div', { id: 'pair', 'data-a': p[0], 'data-b': p[1], 'data-decision': decision || undefined }, children);
    $('pair').replaceWith(pair);
    var done = pairs.filter(function (q, i) { return decided(i); }).length;
    var progress = $('review-progress');
    progress.textContent = w('review.progress', { decided: done, total: pairs.length });
    progress.setAttribute('data-decided', String(done));
    progress.setAttribute('data-total', String(pairs.length));
    $('review-prev').disabled = current === 0;
    $('review-next').disabled = current === pairs.length - 1;
    section.querySelectorAll('button[data-decide]').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-decide') === decision)); });
  }

  /** The next pair no one has decided, after the current one (a skipped pair only when none is left). */
  function nextUndecided(from) {
    var n = pairs.length;
    for (var k = 1; k <= n; k++) { var i = (from + k) % n; if (!decisions[keyOf(i)]) return i; }
    for (var j = 1; j < n; j++) { var s = (from + j) % n; if (!decided(s)) return s; }
    return from;
  }
  function decide(kind) {
    decisions[keyOf(current)] = kind;
    save();
    current = nextUndecided(current);
    drawPair();
  }
  function move(step) {
    var to = current + step;
    if (to < 0 || to >= pairs.length) return;
    current = to;
    drawPair();
  }

  section.querySelectorAll('button[data-decide]').forEach(function (b) {
    b.addEventListener('click', function () { decide(b.getAttribute('data-decide')); });
  });
  $('review-prev').addEventListener('click', function () { move(-1); });
  $('review-next').addEventListener('click', function () { move(1); });
  $('blind').addEventListener('change', drawPair);
  var KEYS = { s: 'same', '1': 'same', d: 'different', '2': 'different', k: 'skip', '3': 'skip' };
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    var tag = t && t.tagName;
    if (tag === 'SELECT' || tag === 'TEXTAREA' || (tag === 'INPUT' && t.type !== 'checkbox')) return;
    var key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (KEYS[key]) { e.preventDefault(); decide(KEYS[key]); }
    else if (key === 'ArrowLeft') { e.preventDefault(); move(-1); }
    else if (key === 'ArrowRight') { e.preventDefault(); move(1); }
  });

  // decisions.csv: what `exchange reconcile … --decisions` reads; text cells neutralised as in the CSV reports.
  function safe(value) { return /^[=+\-@\t\r]/.test(value) ? "'" + value : value; }
  function quote(value) { return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value; }
  $('export-decisions').addEventListener('click', function () {
    var lines = ['a_record_id,b_record_id,decision,score,a_surname,b_surname'];
    pairs.forEach(function (p, i) {
      var d = decisions[keyOf(i)];
      if (d !== 'same' && d !== 'different') return;
      var ra = record('a', p[0]);
      var rb = record('b', p[1]);
      var cells = [safe(ra ? String(ra[2]) : ''), safe(rb ? String(rb[2]) : ''), d, p[2] === null ? '' : p[2].toFixed(2), safe(field(ra, 'surname')), safe(field(rb, 'surname'))];
      lines.push(cells.map(quote).join(','));
    });
    var blob = new Blob([lines.join('\n') + '\n'], { type: 'text/csv;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var a = el('a', { href: url, download: 'decisions.csv', hidden: true });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  });

  drawPair();
  ready();

  /** Everything is drawn: <html data-ready="true"> (the bench times the opening by it; tests may wait for it). */
  function ready() { document.documentElement.setAttribute('data-ready', 'true'); }
})();
