// vane report page script (core/report/assets/report.js, inlined into the
// page by `vane report`). Reads the records embedded in #report-data and
// draws everything from them: overview charts as inline SVG, a paged,
// sortable, filterable document table, and a document view with the text and
// its highlighted spans. No libraries and no network: the page is one file.
//
// Data shape (core/report/html_report.cpp):
//   {meta: {results, texts, generator, warnings, warnings_total, channel_directions},
//    documents: [{record, text?, text_mismatch?}]}
// `record` is a line of `vane analyze` output (schema/record.schema.json);
// when `text` is present the spans' own `text` fields were dropped, because
// they are slices of it. Offsets are Unicode code points (SPEC.md), so texts
// are cut with Array.from (code points), never with String.slice (UTF-16).
//
// Open a document directly with the URL hash: report.html#doc=<id>.
(function () {
  'use strict';

  const dataElement = document.getElementById('report-data');
  const data = JSON.parse(dataElement.textContent);
  // Parsed, the text is dead weight: with 10,000 documents it is tens of MB
  // held twice, and it makes every DOM serialisation (saving the page as
  // "complete", headless --dump-dom) slow. The report file itself keeps it.
  dataElement.textContent = '';
  const meta = data.meta || {};
  const documents = Array.isArray(data.documents) ? data.documents : [];

  const PUSH_PULL_LABELS = ['push', 'pull', 'mixed', 'none'];
  const INBOUND_OUTBOUND_LABELS = ['inbound', 'outbound', 'mixed', 'none'];
  const CLAIM_KINDS = ['roi', 'measurability', 'cost', 'performance'];
  const POLARITIES = ['positive', 'negative', 'neutral'];
  const QUANTITY_TYPES = ['percent', 'money', 'multiplier', 'number'];
  const STATUSES = ['ok', 'empty', 'unsupported_language', 'error'];
  const DIRECTIONS = ['outbound', 'inbound', 'neutral'];
  const SVG_NS = 'http://www.w3.org/2000/svg';

  // ---------------------------------------------------------------- helpers

  // el('td', {class: 'num', title: 'x'}, 'text', childNode): text always
  // goes in as text nodes, never as HTML, so record content cannot inject markup.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttributes(node, attrs);
    appendAll(node, children);
    return node;
  }

  function svgEl(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttributes(node, attrs);
    appendAll(node, children);
    return node;
  }

  function setAttributes(node, attrs) {
    if (!attrs) return;
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }

  function appendAll(node, children) {
    for (const child of children) {
      if (child === undefined || child === null || child === false) continue;
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    }
  }

  function cssVar(name) {
    return getComputedStyle(document.documentElement).getPropertyValue('--' + name).trim() || '#888';
  }

  function formatScore(value) {
    return typeof value === 'number' ? value.toFixed(2) : '—';
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : (many || one + 's'));
  }

  function arrayOf(value) {
    return Array.isArray(value) ? value : [];
  }

  function increment(map, key, by) {
    map.set(key, (map.get(key) || 0) + (by === undefined ? 1 : by));
  }

  // ------------------------------------------------------------- row model

  // One flat object per document, computed once: sorting and filtering 10,000
  // of these is a few milliseconds, and only one page of rows gets DOM nodes.
  const rows = documents.map(function (doc, index) {
    const r = doc.record || {};
    const ok = r.status === 'ok';
    const pp = ok && r.push_pull ? r.push_pull : null;
    const io = ok && r.inbound_outbound ? r.inbound_outbound : null;
    const channels = ok ? arrayOf(r.channels) : [];
    const claims = ok ? arrayOf(r.roi_claims) : [];
    return {
      index: index,
      id: String(r.id),
      lang: r.lang && r.lang.code ? r.lang.code : '',
      status: String(r.status),
      error: r.error && r.error.code ? String(r.error.code) : '',
      pushPull: pp ? pp.label : '',
      push: pp && pp.scores ? pp.scores.push : undefined,
      pull: pp && pp.scores ? pp.scores.pull : undefined,
      inboundOutbound: io ? io.label : '',
      inbound: io && io.scores ? io.scores.inbound : undefined,
      outbound: io && io.scores ? io.scores.outbound : undefined,
      channels: channels.length,
      channelIds: channels.map(function (c) { return c.id; }),
      claims: claims.length,
    };
  });

  const firstIndexById = new Map();
  rows.forEach(function (row) { if (!firstIndexById.has(row.id)) firstIndexById.set(row.id, row.index); });

  function channelDirection(id) {
    const known = meta.channel_directions || {};
    return known[id] || 'neutral';
  }

  // ---------------------------------------------------------------- charts

  // A horizontal stacked bar chart. rows: [{label, segments: [{key, count,
  // color, title, attrs, filter}]}]. Every segment becomes a <rect> with
  // data-count (also for zero counts, width 0), so tests and scripts can
  // read the figures back from the DOM.
  function barChart(figure, caption, chartRows, legend, note) {
    figure.textContent = '';
    figure.appendChild(el('figcaption', null, caption));
    if (chartRows.length === 0) {
      figure.appendChild(el('p', {class: 'empty'}, 'Nothing to show.'));
      return;
    }
    // Drawn at the figure's own width so that text stays at its CSS size.
    const width = Math.max(320, Math.floor(figure.clientWidth) - 26 || 640);
    const longest = Math.max(...chartRows.map(function (row) { return String(row.label).length; }));
    const labelWidth = Math.min(200, 16 + 7 * longest);
    const totalWidth = 56;
    const barHeight = 18;
    const gap = 6;
    const max = Math.max(1, ...chartRows.map(function (row) {
      return row.segments.reduce(function (sum, s) { return sum + s.count; }, 0);
    }));
    const scale = (width - labelWidth - totalWidth) / max;
    const height = chartRows.length * (barHeight + gap) + gap;
    const svg = svgEl('svg', {viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': caption});
    chartRows.forEach(function (row, i) {
      const y = gap + i * (barHeight + gap);
      svg.appendChild(svgEl('text', {x: labelWidth - 8, y: y + barHeight / 2 + 4, 'text-anchor': 'end'}, row.label));
      let x = labelWidth;
      let total = 0;
      for (const segment of row.segments) {
        const w = segment.count * scale;
        const rect = svgEl('rect', Object.assign({
          class: 'bar', x: x.toFixed(2), y: y, width: w.toFixed(2), height: barHeight,
          fill: segment.color, 'data-count': segment.count,
        }, segment.attrs || {}), svgEl('title', null, segment.title + ': ' + segment.count));
        if (segment.filter) {
          rect.addEventListener('click', function () { applyChartFilter(segment.filter); });
        }
        svg.appendChild(rect);
        if (segment.count > 0 && w >= 24) {
          svg.appendChild(svgEl('text', {class: 'value', x: x + w / 2, y: y + barHeight / 2 + 4, 'text-anchor': 'middle'},
                                segment.count));
        }
        x += w;
        total += segment.count;
      }
      svg.appendChild(svgEl('text', {class: 'total', x: x + 6, y: y + barHeight / 2 + 4}, total));
    });
    figure.appendChild(svg);
    if (legend) {
      figure.appendChild(el('div', {class: 'legend'}, ...legend.map(function (item) {
        return el('span', null, el('span', {class: 'swatch', style: 'background:' + item.color}), item.label);
      })));
    }
    if (note) figure.appendChild(el('p', {class: 'hint'}, note));
  }

  function legendFor(keys) {
    return keys.map(function (key) { return {label: key.replace(/_/g, ' '), color: cssVar(key)}; });
  }

  // Labels of one axis per language, over ok records.
  function axisChart(figureId, axis, labels, caption) {
    const counts = new Map();  // lang -> Map(label -> n)
    for (const doc of documents) {
      const r = doc.record || {};
      if (r.status !== 'ok' || !r[axis]) continue;
      const lang = r.lang && r.lang.code ? r.lang.code : 'und';
      if (!counts.has(lang)) counts.set(lang, new Map());
      increment(counts.get(lang), r[axis].label);
    }
    const filterKey = axis === 'push_pull' ? 'pushPull' : 'inboundOutbound';
    const chartRows = Array.from(counts.keys()).sort().map(function (lang) {
      const byLabel = counts.get(lang);
      return {
        label: lang,
        segments: labels.map(function (label) {
          return {
            key: label, count: byLabel.get(label) || 0, color: cssVar(label),
            title: lang + ' · ' + label,
            attrs: {'data-chart': axis, 'data-lang': lang, 'data-label': label},
            filter: {lang: lang, [filterKey]: label},
          };
        }),
      };
    });
    barChart(document.getElementById(figureId), caption, chartRows, legendFor(labels));
  }

  // Documents naming each channel, coloured by the channel's default
  // direction in SPEC.md; the tooltip adds mentions and per-document directions.
  function channelChart() {
    const docsWith = new Map();
    const mentions = new Map();
    const contextDirections = new Map();  // id -> Map(direction -> docs)
    for (const doc of documents) {
      const r = doc.record || {};
      if (r.status !== 'ok') continue;
      for (const channel of arrayOf(r.channels)) {
        increment(docsWith, channel.id);
        increment(mentions, channel.id, arrayOf(channel.mentions).length);
        if (!contextDirections.has(channel.id)) contextDirections.set(channel.id, new Map());
        increment(contextDirections.get(channel.id), channel.direction);
      }
    }
    const ids = Array.from(docsWith.keys()).sort(function (a, b) {
      return docsWith.get(b) - docsWith.get(a) || (a < b ? -1 : 1);
    });
    const chartRows = ids.map(function (id) {
      const direction = channelDirection(id);
      const context = Array.from(contextDirections.get(id).entries())
          .map(function (e) { return e[0] + ' ' + e[1]; }).join(', ');
      return {
        label: id,
        segments: [{
          key: id, count: docsWith.get(id), color: cssVar(direction),
          title: id + ' (' + direction + '; ' + plural(mentions.get(id), 'mention') +
                 '; as used in these documents: ' + context + ') · documents',
          attrs: {'data-chart': 'channels', 'data-channel': id, 'data-direction': direction,
                  'data-mentions': mentions.get(id)},
          filter: {channel: id},
        }],
      };
    });
    barChart(document.getElementById('chart-channels'), 'Channels: documents that name each channel',
             chartRows, legendFor(DIRECTIONS),
             'Colour: the channel\'s default direction (SPEC.md). Hover a bar for mentions and the direction each document gave it.');
  }

  function claimChart() {
    const counts = new Map();  // kind -> Map(polarity -> n)
    for (const doc of documents) {
      const r = doc.record || {};
      if (r.status !== 'ok') continue;
      for (const claim of arrayOf(r.roi_claims)) {
        if (!counts.has(claim.kind)) counts.set(claim.kind, new Map());
        increment(counts.get(claim.kind), claim.polarity);
      }
    }
    const kinds = CLAIM_KINDS.concat(Array.from(counts.keys()).filter(function (k) { return !CLAIM_KINDS.includes(k); }));
    const chartRows = kinds.map(function (kind) {
      const byPolarity = counts.get(kind) || new Map();
      return {
        label: kind,
        segments: POLARITIES.map(function (polarity) {
          return {
            key: polarity, count: byPolarity.get(polarity) || 0, color: cssVar(polarity),
            title: kind + ' claims · ' + polarity,
            attrs: {'data-chart': 'claims', 'data-kind': kind, 'data-polarity': polarity},
            filter: {claims: 'with'},
          };
        }),
      };
    });
    barChart(document.getElementById('chart-claims'), 'ROI claims by kind and polarity', chartRows, legendFor(POLARITIES));
  }

  // Figures inside claims, by type; money is split by currency.
  function quantityChart() {
    const counts = new Map();
    for (const doc of documents) {
      const r = doc.record || {};
      if (r.status !== 'ok') continue;
      for (const claim of arrayOf(r.roi_claims)) {
        for (const q of arrayOf(claim.quantities)) {
          const key = q.type === 'money' && q.currency ? 'money ' + q.currency : String(q.type);
          increment(counts, key);
        }
      }
    }
    const order = function (key) {
      const i = QUANTITY_TYPES.indexOf(key.split(' ')[0]);
      return i < 0 ? QUANTITY_TYPES.length : i;
    };
    const keys = Array.from(counts.keys()).sort(function (a, b) { return order(a) - order(b) || (a < b ? -1 : 1); });
    const palette = {percent: '#3182bd', money: '#31a354', multiplier: '#e6550d', number: '#756bb1'};
    const chartRows = keys.map(function (key) {
      const [type, currency] = key.split(' ');
      return {
        label: key,
        segments: [{
          key: key, count: counts.get(key), color: palette[type] || '#888', title: key,
          attrs: {'data-chart': 'quantities', 'data-type': type, 'data-currency': currency},
          filter: {claims: 'with'},
        }],
      };
    });
    barChart(document.getElementById('chart-quantities'), 'Quantities in claims, by type (money by currency)', chartRows);
  }

  function statusChart() {
    const counts = new Map();
    for (const row of rows) increment(counts, row.status === 'ok' ? 'ok' : row.status + '|' + row.error);
    const keys = Array.from(counts.keys()).sort(function (a, b) {
      const sa = STATUSES.indexOf(a.split('|')[0]);
      const sb = STATUSES.indexOf(b.split('|')[0]);
      return sa - sb || (a < b ? -1 : 1);
    });
    const colors = {ok: cssVar('positive'), empty: '#b36b00', unsupported_language: '#e6a23c', error: cssVar('negative')};
    const chartRows = keys.map(function (key) {
      const [status, code] = key.split('|');
      return {
        label: code ? code : status,
        segments: [{
          key: key, count: counts.get(key), color: colors[status] || '#888',
          title: code ? status + ' · ' + code : status,
          attrs: {'data-chart': 'status', 'data-status': status, 'data-code': code},
          filter: {status: status},
        }],
      };
    });
    barChart(document.getElementById('chart-status'), 'Records by status (and error code)', chartRows,
             [{label: 'ok', color: colors.ok}, {label: 'empty', color: colors.empty},
              {label: 'unsupported language', color: colors.unsupported_language},
              {label: 'error', color: colors.error}]);
  }

  // ----------------------------------------------------------------- table

  const COLUMNS = [
    {key: 'id', title: 'Id', type: 'text', cls: 'id'},
    {key: 'lang', title: 'Lang', type: 'text'},
    {key: 'status', title: 'Status', type: 'text'},
    {key: 'pushPull', title: 'Push/pull', type: 'text'},
    {key: 'push', title: 'Push', type: 'number'},
    {key: 'pull', title: 'Pull', type: 'number'},
    {key: 'inboundOutbound', title: 'In/outbound', type: 'text'},
    {key: 'inbound', title: 'Inbound', type: 'number'},
    {key: 'outbound', title: 'Outbound', type: 'number'},
    {key: 'channels', title: 'Channels', type: 'number'},
    {key: 'claims', title: 'Claims', type: 'number'},
  ];

  const state = {
    filters: {search: '', lang: '', status: '', pushPull: '', inboundOutbound: '', channel: '', claims: ''},
    sortKey: null,
    sortDescending: false,
    page: 0,
    pageSize: 50,
    view: rows.slice(),  // filtered and sorted rows
  };

  const collator = new Intl.Collator(undefined, {numeric: true, sensitivity: 'base'});

  function compareRows(column) {
    if (column.type === 'number') {
      // Documents without a score (not ok) sort after every number, both ways.
      return function (a, b) {
        const x = a[column.key];
        const y = b[column.key];
        const xMissing = typeof x !== 'number';
        const yMissing = typeof y !== 'number';
        if (xMissing || yMissing) return xMissing === yMissing ? a.index - b.index : (xMissing ? 1 : -1);
        return (state.sortDescending ? y - x : x - y) || a.index - b.index;
      };
    }
    return function (a, b) {
      const c = collator.compare(a[column.key], b[column.key]);
      return (state.sortDescending ? -c : c) || a.index - b.index;
    };
  }

  function matches(row) {
    const f = state.filters;
    if (f.search && !row.id.toLowerCase().includes(f.search)) return false;
    if (f.lang && row.lang !== f.lang) return false;
    if (f.status && row.status !== f.status) return false;
    if (f.pushPull && row.pushPull !== f.pushPull) return false;
    if (f.inboundOutbound && row.inboundOutbound !== f.inboundOutbound) return false;
    if (f.channel && !row.channelIds.includes(f.channel)) return false;
    if (f.claims === 'with' && row.claims === 0) return false;
    if (f.claims === 'without' && row.claims > 0) return false;
    return true;
  }

  function refreshView() {
    state.view = rows.filter(matches);
    const column = COLUMNS.find(function (c) { return c.key === state.sortKey; });
    if (column) state.view.sort(compareRows(column));
    state.page = 0;
    renderTable();
  }

  function renderTableHead() {
    const head = document.getElementById('doc-table-head');
    head.textContent = '';
    for (const column of COLUMNS) {
      const sorted = state.sortKey === column.key;
      const th = el('th', {
        scope: 'col', class: column.type === 'number' ? 'num' : null, tabindex: 0,
        'data-key': column.key,
        'aria-sort': sorted ? (state.sortDescending ? 'descending' : 'ascending') : 'none',
        title: 'Sort by ' + column.title.toLowerCase(),
      }, column.title);
      const sort = function () {
        if (state.sortKey === column.key) {
          state.sortDescending = !state.sortDescending;
        } else {
          state.sortKey = column.key;
          state.sortDescending = column.type === 'number';  // biggest first is what people look for
        }
        renderTableHead();
        refreshView();
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
      head.appendChild(th);
    }
  }

  function labelBadge(label) {
    return label ? el('span', {class: 'badge ' + label}, label) : '—';
  }

  function statusCell(row) {
    const text = row.status === 'ok' ? 'ok' : row.status + (row.error ? ': ' + row.error : '');
    return el('td', {class: 'status-' + row.status, 'data-status': row.status, 'data-error': row.error || null}, text);
  }

  function renderTable() {
    const body = document.getElementById('doc-table-body');
    const total = state.view.length;
    const pages = Math.max(1, Math.ceil(total / state.pageSize));
    state.page = Math.min(state.page, pages - 1);
    const from = state.page * state.pageSize;
    const pageRows = state.view.slice(from, from + state.pageSize);
    const fragment = document.createDocumentFragment();
    for (const row of pageRows) {
      const tr = el('tr', {tabindex: 0, 'data-index': row.index, 'data-id': row.id, title: 'Open ' + row.id},
          el('td', {class: 'id'}, row.id),
          el('td', null, row.lang || '—'),
          statusCell(row),
          el('td', null, labelBadge(row.pushPull)),
          el('td', {class: 'num'}, formatScore(row.push)),
          el('td', {class: 'num'}, formatScore(row.pull)),
          el('td', null, labelBadge(row.inboundOutbound)),
          el('td', {class: 'num'}, formatScore(row.inbound)),
          el('td', {class: 'num'}, formatScore(row.outbound)),
          el('td', {class: 'num'}, row.channels),
          el('td', {class: 'num'}, row.claims));
      fragment.appendChild(tr);
    }
    body.textContent = '';
    body.appendChild(fragment);

    const count = document.getElementById('table-count');
    count.setAttribute('data-count', total);
    count.setAttribute('data-total', rows.length);
    count.textContent = total === 0
        ? 'No document matches these filters (' + plural(rows.length, 'document') + ' in total).'
        : 'Showing ' + (from + 1) + '–' + (from + pageRows.length) + ' of ' + plural(total, 'document') +
          (total === rows.length ? '' : ' (' + rows.length + ' in total)') + '.';
    document.getElementById('page-info').textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    document.getElementById('page-first').disabled = state.page === 0;
    document.getElementById('page-prev').disabled = state.page === 0;
    document.getElementById('page-next').disabled = state.page >= pages - 1;
    document.getElementById('page-last').disabled = state.page >= pages - 1;
  }

  function fillSelect(id, values, allLabel) {
    const select = document.getElementById(id);
    select.textContent = '';
    select.appendChild(el('option', {value: ''}, allLabel));
    for (const value of values) select.appendChild(el('option', {value: value}, value.replace(/_/g, ' ')));
  }

  const FILTER_CONTROLS = {
    lang: 'filter-lang', status: 'filter-status', pushPull: 'filter-push-pull',
    inboundOutbound: 'filter-inbound-outbound', channel: 'filter-channel', claims: 'filter-claims',
  };

  function setupFilters() {
    const distinct = function (key) {
      return Array.from(new Set(rows.map(function (r) { return r[key]; }).filter(Boolean))).sort();
    };
    fillSelect('filter-lang', distinct('lang'), 'all');
    fillSelect('filter-status', STATUSES.filter(function (s) { return rows.some(function (r) { return r.status === s; }); }), 'all');
    fillSelect('filter-push-pull', PUSH_PULL_LABELS, 'all');
    fillSelect('filter-inbound-outbound', INBOUND_OUTBOUND_LABELS, 'all');
    fillSelect('filter-channel', Array.from(new Set([].concat(...rows.map(function (r) { return r.channelIds; })))).sort(), 'any');
    fillSelect('filter-claims', ['with', 'without'], 'any');

    for (const [key, id] of Object.entries(FILTER_CONTROLS)) {
      document.getElementById(id).addEventListener('change', function (e) {
        state.filters[key] = e.target.value;
        refreshView();
      });
    }
    const search = document.getElementById('filter-search');
    search.addEventListener('input', function () {
      state.filters.search = search.value.trim().toLowerCase();
      refreshView();
    });
    document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
    document.getElementById('filter-reset').addEventListener('click', function () {
      search.value = '';
      state.filters.search = '';
      for (const [key, id] of Object.entries(FILTER_CONTROLS)) {
        document.getElementById(id).value = '';
        state.filters[key] = '';
      }
      refreshView();
    });

    const go = function (page) { state.page = page; renderTable(); };
    document.getElementById('page-first').addEventListener('click', function () { go(0); });
    document.getElementById('page-prev').addEventListener('click', function () { go(Math.max(0, state.page - 1)); });
    document.getElementById('page-next').addEventListener('click', function () { go(state.page + 1); });
    document.getElementById('page-last').addEventListener('click', function () { go(Number.MAX_SAFE_INTEGER); });
    document.getElementById('page-size').addEventListener('change', function (e) {
      state.pageSize = Number(e.target.value) || 50;
      go(0);
    });

    const body = document.getElementById('doc-table-body');
    const open = function (target) {
      const tr = target.closest('tr[data-index]');
      if (tr) openDocument(Number(tr.getAttribute('data-index')));
    };
    body.addEventListener('click', function (e) { open(e.target); });
    body.addEventListener('keydown', function (e) { if (e.key === 'Enter') open(e.target); });
  }

  // A chart bar sets the filters it stands for (and clears the others).
  function applyChartFilter(filter) {
    for (const key of Object.keys(FILTER_CONTROLS)) {
      state.filters[key] = filter[key] || '';
      document.getElementById(FILTER_CONTROLS[key]).value = state.filters[key];
    }
    refreshView();
    document.getElementById('documents').scrollIntoView({behavior: 'smooth'});
  }

  // ------------------------------------------------------- document view

  // Every highlightable span of a record, with code point offsets.
  // layer orders nesting at equal extents: claims outermost, quantities innermost.
  function spansOf(record) {
    const spans = [];
    for (const axis of ['push_pull', 'inbound_outbound']) {
      for (const e of arrayOf(record[axis] && record[axis].evidence)) {
        const weight = typeof e.weight === 'number' ? ', weight ' + e.weight : '';
        spans.push({
          start: e.start, end: e.end, layer: axis === 'push_pull' ? 1 : 2, source: e, kind: 'evidence',
          cls: 'evidence evidence-' + axis + ' side-' + e.side,
          title: axis.replace('_', '/') + ' evidence: ' + e.side + ' (cue ' + e.cue + weight + ')',
          attrs: {'data-axis': axis, 'data-side': e.side, 'data-cue': e.cue},
        });
      }
    }
    for (const channel of arrayOf(record.channels)) {
      for (const m of arrayOf(channel.mentions)) {
        spans.push({
          start: m.start, end: m.end, layer: 3, source: m, kind: 'channel',
          cls: 'channel direction-' + channelDirection(channel.id),
          title: 'channel: ' + channel.id + ' (' + channel.direction + ' here; ' + channelDirection(channel.id) + ' by default)',
          attrs: {'data-channel': channel.id, 'data-direction': channel.direction},
        });
      }
    }
    for (const claim of arrayOf(record.roi_claims)) {
      const subjects = arrayOf(claim.subjects);
      spans.push({
        start: claim.start, end: claim.end, layer: 0, source: claim, kind: 'claim', cls: 'claim',
        title: 'ROI claim: ' + arrayOf(claim.kinds).concat(claim.kinds ? [] : [claim.kind]).join(', ') +
               ' · ' + claim.polarity + (claim.comparative ? ' · comparative' : '') +
               (subjects.length ? ' · about ' + subjects.join(', ') : ''),
        attrs: {'data-claim-kind': claim.kind, 'data-polarity': claim.polarity},
      });
      for (const q of arrayOf(claim.quantities)) {
        spans.push({
          start: q.start, end: q.end, layer: 4, source: q, kind: 'quantity', cls: 'quantity',
          title: 'quantity: ' + q.type + ' ' + (q.value === null ? '(no value)' : q.value) + (q.currency ? ' ' + q.currency : ''),
          attrs: {'data-type': q.type},
        });
      }
    }
    return spans;
  }

  function markFor(span, continued) {
    return el('mark', Object.assign({
      class: span.cls, title: span.title, 'data-kind': span.kind, 'data-start': span.start,
      'data-end': span.end, 'data-continued': continued || null,
    }, span.attrs));
  }

  // Renders code points `cps` into `container` with the spans as nested
  // <mark>s. A sweep over every span boundary keeps a stack of open marks;
  // where two spans cross (neither contains the other) the inner mark is
  // closed and reopened as a continuation, so the HTML stays well nested and
  // every span still covers exactly its characters. `offset` shifts span
  // offsets when cps is a slice of the document (a claim sentence).
  function renderMarked(container, cps, spans, offset) {
    const shift = offset || 0;
    const n = cps.length;
    const valid = spans.map(function (s) {
      return Object.assign({}, s, {from: s.start - shift, to: s.end - shift});
    }).filter(function (s) {
      return Number.isInteger(s.from) && Number.isInteger(s.to) && s.from >= 0 && s.to <= n && s.from < s.to;
    });
    valid.sort(function (a, b) { return a.from - b.from || b.to - a.to || a.layer - b.layer; });
    const cuts = new Set([0, n]);
    for (const s of valid) { cuts.add(s.from); cuts.add(s.to); }
    const points = Array.from(cuts).sort(function (a, b) { return a - b; });

    const stack = [];  // [{span, node}], innermost last
    const top = function () { return stack.length ? stack[stack.length - 1].node : container; };
    let next = 0;
    for (let k = 0; k < points.length; ++k) {
      const p = points[k];
      let reopen = [];
      const lowest = stack.findIndex(function (entry) { return entry.span.to <= p; });
      if (lowest >= 0) {
        reopen = stack.slice(lowest).filter(function (entry) { return entry.span.to > p; })
            .map(function (entry) { return {span: entry.span, continued: true}; });
        stack.length = lowest;
      }
      if (k === points.length - 1) break;
      const opening = reopen;
      while (next < valid.length && valid[next].from === p) opening.push({span: valid[next++], continued: false});
      opening.sort(function (a, b) { return b.span.to - a.span.to || a.span.layer - b.span.layer; });
      for (const o of opening) {
        const node = markFor(o.span, o.continued);
        top().appendChild(node);
        stack.push({span: o.span, node: node});
      }
      top().appendChild(document.createTextNode(cps.slice(p, points[k + 1]).join('')));
    }
  }

  function spanText(span, cps) {
    if (typeof span.text === 'string') return span.text;
    return cps ? cps.slice(span.start, span.end).join('') : '';
  }

  function scoreLine(label, value, color) {
    const width = typeof value === 'number' ? Math.max(0, Math.min(1, value)) * 100 : 0;
    return el('span', null, label,
        el('span', {class: 'score-bar'}, el('span', {style: 'width:' + width + '%;background:' + color})),
        formatScore(value), ' ');
  }

  function highlightLegend() {
    const sample = function (cls, kind, label, title) {
      return el('span', null, el('mark', {class: cls, 'data-kind': kind + '-legend', title: title}, label));
    };
    return el('div', {class: 'legend'},
        sample('claim', 'claim', 'ROI claim', 'ROI claim sentence'),
        sample('quantity', 'quantity', 'quantity', 'a figure in a claim'),
        sample('evidence evidence-push_pull side-push', 'evidence', 'push cue', 'push/pull evidence: push'),
        sample('evidence evidence-push_pull side-pull', 'evidence', 'pull cue', 'push/pull evidence: pull'),
        sample('evidence evidence-inbound_outbound side-inbound', 'evidence', 'inbound cue', 'inbound/outbound evidence: inbound'),
        sample('evidence evidence-inbound_outbound side-outbound', 'evidence', 'outbound cue', 'inbound/outbound evidence: outbound'),
        sample('channel direction-outbound', 'channel', 'outbound channel', 'channel, outbound by default'),
        sample('channel direction-inbound', 'channel', 'inbound channel', 'channel, inbound by default'),
        sample('channel direction-neutral', 'channel', 'neutral channel', 'channel, neutral by default'),
        el('span', null, 'Hover a highlight for its label, cue, channel id, kind or polarity.'));
  }

  function detailsTable(headers, bodyRows) {
    return el('table', {class: 'details'},
        el('thead', null, el('tr', null, ...headers.map(function (h) { return el('th', null, h); }))),
        el('tbody', null, ...bodyRows.map(function (cells) {
          return el('tr', null, ...cells.map(function (c) { return el('td', null, c); }));
        })));
  }

  function renderDocument(index) {
    const doc = documents[index];
    const r = doc.record || {};
    const content = document.getElementById('doc-view-content');
    content.textContent = '';
    content.setAttribute('data-index', index);
    content.setAttribute('data-id', String(r.id));
    content.appendChild(el('h2', {id: 'doc-view-title'}, String(r.id)));

    const metaList = el('dl', {class: 'doc-meta'});
    const item = function (term, ...value) { metaList.appendChild(el('dt', null, term)); metaList.appendChild(el('dd', null, ...value)); };
    item('Status', el('span', {class: 'status-' + r.status, id: 'doc-status'}, String(r.status)));
    if (r.lang) item('Language', r.lang.code + ' (' + r.lang.source + ', confidence ' + formatScore(r.lang.confidence) + ')');
    if (r.plugin) item('Plugin', r.plugin.name + ' ' + r.plugin.version);
    if (r.stats) item('Size', plural(r.stats.chars, 'character') + ', ' + plural(r.stats.sentences, 'sentence') + ', ' + plural(r.stats.words, 'word'));
    if (r.meta) item('Kept fields', JSON.stringify(r.meta));
    if (r.push_pull) {
      const s = r.push_pull.scores || {};
      item('Push/pull', labelBadge(r.push_pull.label), ' ', scoreLine('push', s.push, cssVar('push')), scoreLine('pull', s.pull, cssVar('pull')));
    }
    if (r.inbound_outbound) {
      const s = r.inbound_outbound.scores || {};
      item('Inbound/outbound', labelBadge(r.inbound_outbound.label), ' ',
           scoreLine('inbound', s.inbound, cssVar('inbound')), scoreLine('outbound', s.outbound, cssVar('outbound')));
    }
    content.appendChild(metaList);

    if (r.status !== 'ok') {
      const error = r.error || {};
      content.appendChild(el('div', {class: 'notice error', id: 'doc-error', 'data-error-code': error.code || ''},
          el('strong', null, 'Error code: ', el('code', null, error.code || '(none)')),
          el('p', null, error.message || ''),
          typeof error.offset === 'number' ? el('p', null, 'At byte offset ' + error.offset + '.') : null));
      return;
    }

    const spans = spansOf(r);
    const cps = typeof doc.text === 'string' ? Array.from(doc.text) : null;
    content.appendChild(el('h3', null, 'Text'));
    content.appendChild(highlightLegend());
    if (cps) {
      const textBox = el('div', {class: 'doc-text', id: 'doc-text', 'data-has-text': 'true'});
      renderMarked(textBox, cps, spans, 0);
      content.appendChild(textBox);
    } else {
      let why;
      if (doc.text_mismatch) {
        why = 'The text with this id in ' + meta.texts + ' does not match this record\'s spans (another version of the input?), so only the span texts are shown.';
      } else if (meta.texts) {
        why = 'No text with this id was found in ' + meta.texts + '; only the span texts are shown.';
      } else {
        why = 'The full text was not provided (run vane report with --texts INPUT.jsonl to include it); only the evidence, channel and claim span texts are shown.';
      }
      content.appendChild(el('p', {class: 'notice', id: 'doc-no-text'}, why));
      renderSpanTextsOnly(content, r, spans);
    }
    renderDetails(content, r, cps);
  }

  // Without the text: each claim sentence with the spans inside it
  // highlighted, then the other spans as chips.
  function renderSpanTextsOnly(content, r, spans) {
    const claims = arrayOf(r.roi_claims);
    const claimBoxes = el('div', {class: 'claim-texts', id: 'doc-text'});
    const inClaim = new Set();
    for (const claim of claims) {
      if (typeof claim.text !== 'string') continue;
      const cps = Array.from(claim.text);
      const inside = spans.filter(function (s) { return s.start >= claim.start && s.end <= claim.end; });
      inside.forEach(function (s) { if (s.kind !== 'claim') inClaim.add(s); });
      const box = el('div', {class: 'doc-text'});
      renderMarked(box, cps, inside, claim.start);
      claimBoxes.appendChild(box);
    }
    if (claims.length) content.appendChild(el('h3', null, 'Claim sentences'));
    content.appendChild(claimBoxes);
    const others = spans.filter(function (s) { return s.kind !== 'claim' && s.kind !== 'quantity' && !inClaim.has(s); });
    if (others.length) {
      content.appendChild(el('h3', null, 'Other evidence and channel mentions'));
      content.appendChild(el('div', {class: 'chips'}, ...others.sort(function (a, b) { return a.start - b.start; })
          .map(function (s) { const m = markFor(s, false); m.textContent = spanText(s.source, null); return m; })));
    }
  }

  function renderDetails(content, r, cps) {
    const evidence = [];
    for (const axis of ['push_pull', 'inbound_outbound']) {
      for (const e of arrayOf(r[axis] && r[axis].evidence)) {
        evidence.push([axis.replace('_', '/'), e.side, e.cue, typeof e.weight === 'number' ? String(e.weight) : '', spanText(e, cps), e.start + '–' + e.end]);
      }
    }
    content.appendChild(el('h3', null, 'Axis evidence (' + evidence.length + ')'));
    if (evidence.length) content.appendChild(detailsTable(['axis', 'side', 'cue', 'weight', 'text', 'code points'], evidence));

    const channels = arrayOf(r.channels);
    content.appendChild(el('h3', null, 'Channels (' + channels.length + ')'));
    if (channels.length) {
      content.appendChild(detailsTable(['channel', 'direction here', 'default', 'mentions'], channels.map(function (c) {
        return [c.id, c.direction, channelDirection(c.id), arrayOf(c.mentions).map(function (m) { return spanText(m, cps); }).join(' · ')];
      })));
    }

    const claims = arrayOf(r.roi_claims);
    content.appendChild(el('h3', null, 'ROI claims (' + claims.length + ')'));
    if (claims.length) {
      content.appendChild(detailsTable(['kind', 'polarity', 'comparative', 'subjects', 'quantities', 'sentence'], claims.map(function (c) {
        return [arrayOf(c.kinds).join(', ') || c.kind, labelBadge(c.polarity), c.comparative ? 'yes' : 'no',
                arrayOf(c.subjects).join(', '),
                arrayOf(c.quantities).map(function (q) {
                  return q.type + ' ' + (q.value === null ? '—' : q.value) + (q.currency ? ' ' + q.currency : '') + ' (“' + spanText(q, cps) + '”)';
                }).join('; '),
                spanText(c, cps)];
      })));
    }
  }

  const view = document.getElementById('doc-view');

  function openDocument(index) {
    renderDocument(index);
    view.hidden = false;
    const wanted = '#doc=' + encodeURIComponent(rows[index].id);
    if (location.hash !== wanted) history.replaceState(null, '', wanted);
    document.getElementById('doc-view-close').focus();
  }

  function closeDocument() {
    view.hidden = true;
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  }

  function openFromHash() {
    const match = /^#doc=(.*)$/.exec(location.hash);
    if (!match) { view.hidden = true; return; }
    let id;
    try { id = decodeURIComponent(match[1]); } catch (e) { id = match[1]; }
    const index = firstIndexById.get(id);
    if (index === undefined) {
      const content = document.getElementById('doc-view-content');
      content.textContent = '';
      content.appendChild(el('p', {class: 'notice error', id: 'doc-not-found'}, 'No document with id “' + id + '” in this report.'));
      view.hidden = false;
      return;
    }
    openDocument(index);
  }

  document.getElementById('doc-view-close').addEventListener('click', closeDocument);
  view.addEventListener('click', function (e) { if (e.target === view) closeDocument(); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !view.hidden) closeDocument(); });
  window.addEventListener('hashchange', openFromHash);

  // ------------------------------------------------------- header, footer

  function renderSummary() {
    const byStatus = new Map();
    for (const row of rows) increment(byStatus, row.status);
    const langs = new Set(rows.filter(function (r) { return r.status === 'ok'; }).map(function (r) { return r.lang; }));
    const withText = documents.filter(function (d) { return typeof d.text === 'string'; }).length;
    const parts = [plural(rows.length, 'document')];
    for (const status of STATUSES) {
      if (byStatus.get(status)) parts.push(byStatus.get(status) + ' ' + status.replace(/_/g, ' '));
    }
    parts.push(plural(langs.size, 'language'));
    parts.push(meta.texts ? 'texts from ' + meta.texts + ' for ' + withText + ' of ' + rows.length : 'no texts (span texts only)');
    const summary = document.getElementById('summary');
    summary.textContent = 'Results from ' + meta.results + ': ' + parts.join(' · ');
    summary.setAttribute('data-documents', rows.length);
    summary.setAttribute('data-with-text', withText);

    const warnings = arrayOf(meta.warnings);
    if (meta.warnings_total > 0) {
      const box = document.getElementById('warnings');
      box.appendChild(el('strong', null, plural(meta.warnings_total, 'warning') + ' while building this report; these lines are not in it:'));
      box.appendChild(el('ul', null, ...warnings.map(function (w) { return el('li', null, w); })));
      if (meta.warnings_total > warnings.length) box.appendChild(el('p', null, '… and ' + (meta.warnings_total - warnings.length) + ' more (see the command\'s output).'));
      box.setAttribute('data-count', meta.warnings_total);
      box.hidden = false;
    }
    document.getElementById('footer').textContent =
        'Generated by ' + (meta.generator || 'vane') + ' from ' + meta.results +
        (meta.texts ? ' and ' + meta.texts : '') + '. Field meanings: SPEC.md; offsets are code points.';
  }

  function drawCharts() {
    axisChart('chart-push-pull', 'push_pull', PUSH_PULL_LABELS, 'Push / pull labels per language');
    axisChart('chart-inbound-outbound', 'inbound_outbound', INBOUND_OUTBOUND_LABELS, 'Inbound / outbound labels per language');
    channelChart();
    claimChart();
    quantityChart();
    statusChart();
  }

  renderSummary();
  drawCharts();
  // Charts are drawn at their figure's width; redraw once a resize settles.
  let resizeTimer = 0;
  let drawnWidth = window.innerWidth;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      if (window.innerWidth !== drawnWidth) { drawnWidth = window.innerWidth; drawCharts(); }
    }, 200);
  });
  setupFilters();
  renderTableHead();
  renderTable();
  openFromHash();
  document.documentElement.setAttribute('data-report-ready', 'true');
})();
