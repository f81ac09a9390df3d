// Rasd web page: plain JavaScript, no external assets. Every piece of text from the data goes through
// textContent (never innerHTML), so documents cannot inject markup.
'use strict';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const QUADS = {1: 'تعاون لفظي', 2: 'تعاون مادي', 3: 'نزاع لفظي', 4: 'نزاع مادي'};
const QUAD_COLORS = {1: '#2e7d32', 2: '#1565c0', 3: '#ef6c00', 4: '#c62828'};
const FILTERS = ['type', 'quad', 'actor', 'country', 'place', 'from', 'to'];
const SVG = 'http://www.w3.org/2000/svg';
const PAGE = 20;

const $ = (id) => document.getElementById(id);
let resultsShown = 0;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

function svgEl(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

function filterParams() {
  const p = new URLSearchParams();
  for (const f of FILTERS) {
    const v = $(f).value.trim();
    if (v) p.set(f, v);
  }
  return p;
}

async function api(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const r = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await r.json().catch(() => ({error: `HTTP ${r.status}`}));
  if (!r.ok) throw new Error(body.error || `HTTP ${r.status}`);
  return body;
}

function showError(e) {
  $('error').textContent = e ? `خطأ: ${e.message}` : '';
  $('error').hidden = !e;
}

async function loadStats() {
  const s = await api('/api/stats');
  $('stats').textContent = `${s.documents} خبرًا · ${s.events} حدثًا · ${s.entities} كيانًا`
      + (s.first_date ? ` · من ${s.first_date} إلى ${s.last_date}` : '')
      + (s.failures ? ` · ${s.failures} مدخلًا تعذّرت قراءته` : '');
}

async function runSearch() {
  showError(null);
  resultsShown = 0;
  $('results').replaceChildren();
  try {
    await Promise.all([moreResults(), loadEvents(), loadTimeline(), loadMap(), loadActors()]);
  } catch (e) {
    showError(e);
  }
}

async function moreResults() {
  const p = filterParams();
  const q = $('q').value.trim();
  if (q) p.set('q', q);
  p.set('limit', PAGE);
  p.set('offset', resultsShown);
  const r = await api('/api/search', p);
  $('results-count').textContent = `(${r.total})`;
  for (const hit of r.items) $('results').append(resultItem(hit));
  resultsShown += r.items.length;
  $('more-results').hidden = resultsShown >= r.total;
}

function resultItem(hit) {
  const snippet = el('p', {class: 'snippet'});
  let at = 0;
  for (const [s, e] of hit.highlights || []) {
    snippet.append(hit.snippet.slice(at, s), el('mark', {text: hit.snippet.slice(s, e)}));
    at = e;
  }
  snippet.append(hit.snippet.slice(at));
  const link = el('a', {href: `#doc=${encodeURIComponent(hit.id)}`, class: 'result-link', 'data-id': hit.id},
      el('span', {class: 'title', text: hit.title || hit.id}),
      el('span', {class: 'date', text: hit.date || ''}), snippet);
  return el('li', {class: 'result'}, link);
}

function names(list) {
  return (list || []).map((a) => a.name + (a.country ? ` (${a.country})` : '')).join('، ') || '—';
}

async function loadEvents() {
  const p = filterParams();
  const q = $('q').value.trim();
  if (q) p.set('q', q);
  p.set('limit', 50);
  const r = await api('/api/events', p);
  $('events-count').textContent = `(${r.total})`;
  $('events').replaceChildren(...r.items.map((ev) => el('li', {class: 'event'},
      el('a', {href: `#doc=${encodeURIComponent(ev.document_id)}&s=${ev.sentence}`},
          el('span', {class: `event-type quad-${ev.quad_class}`, text: ev.event_type}), ' ',
          el('span', {class: 'date', text: ev.date || ''}),
          el('div', {class: 'participants', text: `${names(ev.actor)} ← ${names(ev.recipient)}`}),
          el('div', {class: 'date', text: `«${ev.trigger.text}» — ${ev.document_title || ev.document_id}`})))));
}

async function loadActors() {
  const p = filterParams();
  p.set('limit', 12);
  const r = await api('/api/actors', p);
  $('actors').replaceChildren(...r.items.map((a) => el('li', {},
      el('span', {text: a.name + (a.country ? ` (${a.country})` : '')}), el('span', {text: String(a.events)}))));
  if (!r.items.length) $('actors').append(el('li', {text: 'لا أحداث بعد'}));
}

async function loadTimeline() {
  const r = await api('/api/stats/daily', filterParams());
  const svg = $('timeline');
  svg.replaceChildren();
  const W = 640, H = 200, L = 34, B = 22, T = 8;
  const byDay = new Map();
  for (const d of r.items) {
    const day = byDay.get(d.date) || {1: 0, 2: 0, 3: 0, 4: 0};
    day[d.quad_class] += d.count;
    byDay.set(d.date, day);
  }
  const legend = $('timeline-legend');
  legend.replaceChildren(...[1, 2, 3, 4].map((q) => el('span', {},
      el('i', {style: `background:${QUAD_COLORS[q]}`}), QUADS[q])));
  if (!byDay.size) {
    svg.append(text(W / 2, H / 2, 'لا أحداث بعد', 'middle'));
    return;
  }
  let days = [...byDay.keys()].sort();
  // Without a date filter, a few events dated far off (a misread year) would squeeze the rest into a sliver:
  // show the days holding the middle 98% of events and say how many fall outside.
  let outside = 0;
  if (!$('from').value && !$('to').value && days.length > 2) {
    const total = [...byDay.values()].reduce((a, d) => a + d[1] + d[2] + d[3] + d[4], 0);
    let acc = 0, lo = days[0], hi = days[days.length - 1];
    for (const day of days) {
      const c = byDay.get(day); acc += c[1] + c[2] + c[3] + c[4];
      if (acc <= total * 0.01) lo = day;
      if (acc < total * 0.99) hi = day;
    }
    const kept = days.filter((d) => d >= lo && d <= hi);
    if (kept.length) {
      for (const d of days) if (d < lo || d > hi) { const c = byDay.get(d); outside += c[1] + c[2] + c[3] + c[4]; byDay.delete(d); }
      days = kept;
    }
  }
  const first = Date.parse(days[0]), last = Date.parse(days[days.length - 1]);
  const span = Math.max(1, Math.round((last - first) / 86400000) + 1);
  const max = Math.max(...[...byDay.values()].map((d) => d[1] + d[2] + d[3] + d[4]));
  const bw = (W - L - 4) / span;
  const g = svgEl('g', {direction: 'ltr'});
  g.append(svgEl('line', {x1: L, y1: H - B, x2: W, y2: H - B, stroke: '#999'}));
  for (const [date, counts] of byDay) {
    const x = L + Math.round((Date.parse(date) - first) / 86400000) * bw;
    let y = H - B;
    for (const q of [1, 2, 3, 4]) {
      if (!counts[q]) continue;
      const h = (counts[q] / max) * (H - B - T);
      y -= h;
      const rect = svgEl('rect', {x: x.toFixed(1), y: y.toFixed(1), width: Math.max(1, bw - 1).toFixed(1),
        height: h.toFixed(1), fill: QUAD_COLORS[q], class: `bar quad-${q}`});
      const title = svgEl('title');
      title.textContent = `${date} · ${QUADS[q]}: ${counts[q]}`;
      rect.append(title);
      g.append(rect);
    }
  }
  g.append(text(L, H - 6, days[0], 'start'), text(W, H - 6, days[days.length - 1], 'end'),
      text(L - 4, T + 10, String(max), 'end'), text(L - 4, H - B, '0', 'end'));
  if (outside) g.append(text((W + L) / 2, H - 6, `+${outside} خارج المدى`, 'middle'));
  svg.append(g);
}

function text(x, y, s, anchor) {
  const t = svgEl('text', {x, y, 'text-anchor': anchor, 'font-size': 11, fill: '#555'});
  t.textContent = s;
  return t;
}

async function loadMap() {
  const p = filterParams();
  const r = await api('/api/places', p);
  const svg = $('map');
  svg.replaceChildren();
  const W = 640, H = 320;
  // Equirectangular: x from longitude, y from latitude, over the places' extent (or the world), no tiles.
  let [w, e, s, n] = [-180, 180, -90, 90];
  if (r.items.length) {
    const lons = r.items.map((x) => x.lon), lats = r.items.map((x) => x.lat);
    w = Math.min(...lons); e = Math.max(...lons); s = Math.min(...lats); n = Math.max(...lats);
    const pad = Math.max(4, (e - w) * 0.15, (n - s) * 0.15);
    w = Math.max(-180, w - pad); e = Math.min(180, e + pad); s = Math.max(-90, s - pad); n = Math.min(90, n + pad);
    const ratio = W / H;
    if ((e - w) / (n - s) < ratio) { const c = (e + w) / 2, half = (n - s) * ratio / 2; w = c - half; e = c + half; }
    else { const c = (n + s) / 2, half = (e - w) / ratio / 2; s = c - half; n = c + half; }
  }
  const px = (lon) => ((lon - w) / (e - w)) * W;
  const py = (lat) => ((n - lat) / (n - s)) * H;
  const g = svgEl('g', {direction: 'ltr'});
  g.append(svgEl('rect', {x: 0, y: 0, width: W, height: H, fill: '#eef4f8'}));
  const step = (e - w) > 90 ? 30 : (e - w) > 30 ? 10 : 5;
  for (let lon = Math.ceil(w / step) * step; lon <= e; lon += step) {
    g.append(svgEl('line', {x1: px(lon), y1: 0, x2: px(lon), y2: H, stroke: '#c9d6df', 'stroke-width': 0.7}));
    g.append(text(px(lon) + 2, H - 4, `${lon}°`, 'start'));
  }
  for (let lat = Math.ceil(s / step) * step; lat <= n; lat += step) {
    g.append(svgEl('line', {x1: 0, y1: py(lat), x2: W, y2: py(lat), stroke: '#c9d6df', 'stroke-width': 0.7}));
    g.append(text(2, py(lat) - 2, `${lat}°`, 'start'));
  }
  if (!r.items.length) g.append(text(W / 2, H / 2, 'لا أماكن بعد', 'middle'));
  const max = Math.max(1, ...r.items.map((x) => x.events));
  r.items.forEach((pl, i) => {
    const c = svgEl('circle', {cx: px(pl.lon).toFixed(1), cy: py(pl.lat).toFixed(1),
      r: (3 + 12 * Math.sqrt(pl.events / max)).toFixed(1), fill: '#c62828', 'fill-opacity': 0.55,
      stroke: '#7f1d1d', class: 'place'});
    const title = svgEl('title');
    title.textContent = `${pl.name}: ${pl.events}`;
    c.append(title);
    g.append(c);
    if (i < 10) g.append(text(px(pl.lon) + 6, py(pl.lat) - 6, pl.name, 'start'));
  });
  svg.append(g);
}

// ---- document view -------------------------------------------------------------------------------------

async function openDocument(id, sentence) {
  try {
    const d = await api(`/api/documents/${encodeURIComponent(id)}`);
    renderDocument(d);
    $('document').hidden = false;
    const target = sentence != null && document.querySelector(`#doc-body .sentence[data-index="${sentence}"]`);
    if (target) target.scrollIntoView({block: 'center'});
  } catch (e) {
    showError(e);
  }
}

function renderDocument(d) {
  $('doc-title').textContent = d.title || d.id;
  const meta = [d.date, d.source, `${d.events.length} حدثًا`, `${d.entities.length} كيانًا`].filter(Boolean).join(' · ');
  $('doc-meta').replaceChildren(meta, ' ');
  if (d.url && /^https?:\/\//.test(d.url)) {
    $('doc-meta').append(el('a', {href: d.url, rel: 'noopener noreferrer', target: '_blank', text: 'المصدر'}));
  }
  const body = $('doc-body');
  body.replaceChildren();
  const sentences = d.sentences.length ? d.sentences : [{index: 0, start: 0, end: d.text.length}];
  for (const s of sentences) {
    const events = d.events.filter((e) => e.sentence === s.index);
    const marks = [];
    for (const ev of events) {
      marks.push({start: ev.trigger.start, end: ev.trigger.end, cls: `trigger quad-${ev.quad_class}`,
        title: `${ev.event_type} (${QUADS[ev.quad_class]})`, prio: 0});
    }
    for (const en of d.entities) {
      if (en.start >= s.start && en.end <= s.end) {
        marks.push({start: en.start, end: en.end, cls: `entity ent-${en.type}`,
          title: [en.type, en.name, en.country].filter(Boolean).join(' · '), prio: 1});
      }
    }
    body.append(sentenceElement(d.text, s, marks, events.length > 0), eventCards(events));
  }
}

function sentenceElement(text, s, marks, hasEvents) {
  const p = el('p', {class: 'sentence' + (hasEvents ? ' has-events' : ''), 'data-index': s.index});
  // Triggers win over entities where they overlap; otherwise left to right, no nesting.
  marks.sort((a, b) => a.start - b.start || a.prio - b.prio);
  const kept = [];
  for (const m of [...marks].sort((a, b) => a.prio - b.prio || a.start - b.start)) {
    if (m.start < s.start || m.end > s.end || m.end <= m.start) continue;
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start);
  let at = s.start;
  for (const m of kept) {
    p.append(text.slice(at, m.start), el('mark', {class: m.cls, title: m.title, text: text.slice(m.start, m.end)}));
    at = m.end;
  }
  p.append(text.slice(at, s.end));
  return p;
}

function eventCards(events) {
  const box = el('div', {class: 'sentence-events'});
  for (const ev of events) {
    const aux = (ev.aux || []).length ? ` [${ev.aux.join(', ')}]` : '';
    box.append(el('div', {class: `event-card quad-${ev.quad_class}`, 'data-type': ev.event_type},
        el('span', {class: 'event-type', text: ev.event_type + (ev.mode ? ` / ${ev.mode}` : '') + aux}), ' ',
        el('span', {class: 'date', text: ev.date || ''}),
        el('div', {class: 'participants', text: `الفاعل: ${names(ev.actor)}`}),
        el('div', {class: 'participants', text: `المتلقي: ${names(ev.recipient)}`}),
        el('div', {class: 'participants', text: `المكان: ${names(ev.location)}`}),
        el('div', {class: 'date', text: `«${ev.trigger.text}» · ثقة ${ev.confidence}`})));
  }
  return box;
}

function closeDocument() {
  $('document').hidden = true;
  if (location.hash.startsWith('#doc=')) history.pushState(null, '', location.pathname + location.search);
}

function route() {
  const m = /^#doc=([^&]*)(?:&s=(\d+))?/.exec(location.hash);
  if (m) openDocument(decodeURIComponent(m[1]), m[2] != null ? Number(m[2]) : null);
  else $('document').hidden = true;
}

function init() {
  for (const t of TYPES) $('type').append(el('option', {value: t, text: t}));
  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); runSearch(); });
  $('more-results').addEventListener('click', () => moreResults().catch(showError));
  $('close-document').addEventListener('click', closeDocument);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeDocument(); });
  window.addEventListener('hashchange', route);
  loadStats().catch(showError);
  runSearch();
  route();
}

init();
