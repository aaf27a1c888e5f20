// StanceTracker web view: plain JavaScript over the HTTP API, charts drawn as SVG by hand (no library, no build step).
// Routes live in the URL hash so every view can be linked: #/search/Q, #/actor/ID, #/target/ID, #/network.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf']; // Category10, as in `stance timeline --plot`
const STANCE_CLASS = { support: 'support', oppose: 'oppose', neutral: 'neutral' };
const TOP_TARGETS = 6;
const view = document.getElementById('view');

// ---- small helpers -------------------------------------------------------------------------------------------------

/** Builds an element; attributes starting with "on" are listeners, children may be strings, nodes or arrays. */
function el(tag, attrs, ...children) {
  const node = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children; like append, it takes nested arrays and skips null. */
function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

function message(kind, text) {
  return el('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : null }, text);
}

/** GET a JSON answer; a failure becomes an Error carrying the API's own explanation and the status code. */
async function api(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error(`the server did not answer (${e.message})`);
  }
  const body = await response.text();
  let json = null;
  try { json = body ? JSON.parse(body) : null; } catch { /* not JSON: reported below */ }
  if (!response.ok) {
    const error = new Error(json && json.error ? json.error : `${response.status} ${response.statusText} from ${path}`);
    error.status = response.status;
    throw error;
  }
  if (json === null) throw new Error(`${path} did not answer with JSON`);
  return json;
}

const day = iso => (iso || '').slice(0, 10);
const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const signed = n => (n > 0 ? '+' : n < 0 ? '−' : '') + Math.abs(n).toFixed(2);
const actorLink = (id, name) => el('a', { href: `#/actor/${encodeURIComponent(id)}`, dir: 'auto' }, name || id);
const targetLink = (id, name) => el('a', { href: `#/target/${encodeURIComponent(id)}`, dir: 'auto' }, name || id);
const stanceBadge = stance => el('span', { class: `badge ${STANCE_CLASS[stance] || 'neutral'}` }, stance);
const query = params => {
  const kept = Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '');
  return kept.length ? '?' + new URLSearchParams(kept).toString() : '';
};

/** Runs a view's loader, showing "Loading…" meanwhile and a visible message if it fails. */
async function load(container, loader) {
  fill(container, message('loading', 'Loading…'));
  try {
    await loader(container);
  } catch (e) {
    fill(container, message('error', e.message));
  }
}

// ---- routing -------------------------------------------------------------------------------------------------------

function parseRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, search] = hash.split('?');
  const [name, ...rest] = path.split('/');
  return { name: name || 'home', arg: rest.length ? decodeURIComponent(rest.join('/')) : '', params: new URLSearchParams(search || '') };
}

function route() {
  const { name, arg, params } = parseRoute();
  document.getElementById('search').value = name === 'search' ? arg : '';
  const views = { home: homeView, search: searchView, actor: actorView, target: targetView, network: networkView };
  const show = views[name];
  if (!show) {
    fill(view, message('error', `There is no page '${name}'. Search an actor above, or open the network.`));
    return;
  }
  load(view, container => show(container, arg, params));
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const text = document.getElementById('search').value.trim();
  location.hash = text ? `#/search/${encodeURIComponent(text)}` : '#/';
});
window.addEventListener('hashchange', route);
route();

// ---- home and search -----------------------------------------------------------------------------------------------

async function homeView(container) {
  const actors = await api('/api/actors');
  const speakers = actors.filter(a => a.statements > 0).sort((a, b) => b.statements - a.statements).slice(0, 40);
  fill(container,
    el('h1', {}, 'Actors'),
    speakers.length
      ? [el('p', { class: 'hint' }, `The ${speakers.length} most quoted of ${actors.length} known actors. Search above for any other.`),
         actorList(speakers)]
      : message('empty', 'Nothing has been ingested yet: run `stance ingest samples` and reload.'));
}

async function searchView(container, text) {
  const found = await api(`/api/actors${query({ search: text })}`);
  fill(container,
    el('h1', {}, 'Actors matching ', el('q', { dir: 'auto' }, text)),
    found.length ? actorList(found) : message('empty', `No actor matches '${text}'. Try another spelling, in English or Arabic.`));
}

function actorList(actors) {
  return el('ul', { class: 'actors' }, actors.map(a =>
    el('li', { 'data-actor': a.id },
      actorLink(a.id, a.name), ' ', el('span', { class: 'muted' }, `${a.type} · ${count(a.statements, 'statement')}`),
      a.firstSeen ? el('span', { class: 'muted' }, ` · ${day(a.firstSeen)} – ${day(a.lastSeen)}`) : null)));
}

// ---- actor: timeline chart, shifts, evidence -----------------------------------------------------------------------

async function actorView(container, id, params) {
  if (!id) throw new Error('No actor id in the address.');
  const bucket = ['day', 'week', 'month'].includes(params.get('bucket')) ? params.get('bucket') : 'month';
  const profile = await api(`/api/actors/${encodeURIComponent(id)}`);
  const [points, shifts] = await Promise.all([
    api(`/api/actors/${encodeURIComponent(id)}/stance${query({ bucket })}`),
    api(`/api/shifts${query({ actor: id })}`),
  ]);
  const actor = profile.actor;

  const targets = summariseTargets(points);
  const chosen = params.get('target');
  const shown = chosen ? targets.filter(t => t.id === chosen) : targets.slice(0, TOP_TARGETS);
  const bucketPanel = el('section', { id: 'bucket-evidence', class: 'panel', hidden: true });
  const evidencePanel = el('section', { id: 'shift-evidence', class: 'panel', hidden: true });
  const link = changes => {
    const next = new URLSearchParams({ bucket, ...(chosen ? { target: chosen } : {}), ...changes });
    for (const [k, v] of [...next]) if (!v) next.delete(k);
    return `#/actor/${encodeURIComponent(id)}?${next}`;
  };

  fill(container,
    el('h1', { dir: 'auto' }, actor.name, ' ', el('span', { class: 'muted' }, `${actor.type} · ${actor.id}`)),
    el('p', { class: 'hint' }, profile.statements
      ? `${count(profile.statements, 'statement')} in ${count(profile.articles, 'article')}, ${day(profile.firstSeen)} to ${day(profile.lastSeen)}.`
      : 'This actor has been spoken about but has no statements of its own.',
    ' ', targetLink(actor.id, `Who stands where on ${actor.name}`)),
    el('section', { class: 'panel' },
      el('h2', {}, 'Stance over time'),
      el('div', { class: 'controls' },
        el('span', {}, 'Per: '),
        ['day', 'week', 'month'].map(b => el('a', { class: b === bucket ? 'chip active' : 'chip', href: link({ bucket: b }) }, b)),
        targets.length > 0 ? el('label', {}, ' Target: ', targetSelect(targets, chosen, value => { location.hash = link({ target: value }); })) : null),
      points.length === 0
        ? message('empty', `No stance recorded for ${actor.name}.`)
        : shown.length === 0
          ? message('empty', `${actor.name} has no stance toward '${chosen}'.`)
          : timelineChart(points, shown, bucket, point => showBucket(bucketPanel, id, point, bucket)),
      points.length > 0 && !chosen && targets.length > shown.length
        ? el('p', { class: 'hint' }, `The ${shown.length} targets with the most statements; ${targets.length - shown.length} more in the target list.`)
        : null),
    bucketPanel,
    el('section', { class: 'panel' },
      el('h2', {}, 'Shifts'),
      shifts.length === 0
        ? message('empty', `No shift found for ${actor.name}: its stance toward every target kept its polarity.`)
        : el('ol', { class: 'shifts' }, shifts.map((shift, i) =>
          el('li', {},
            el('button', {
              type: 'button', class: 'shift', 'data-target': shift.targetId, 'data-index': i,
              onclick: event => {
                for (const b of container.querySelectorAll('button.shift')) b.classList.toggle('active', b === event.currentTarget);
                showShift(evidencePanel, shift);
              },
            },
            el('strong', { dir: 'auto' }, shift.targetName), ': ', stanceBadge(shift.from), ' → ', stanceBadge(shift.to),
            ` visible ${day(shift.visibleOn)} · strength ${shift.strength.toFixed(2)}`))))),
    evidencePanel);
}

/** Targets of a timeline with their totals, most statements first. */
function summariseTargets(points) {
  const byId = new Map();
  for (const p of points) {
    const t = byId.get(p.targetId) || { id: p.targetId, name: p.targetName, statements: 0 };
    t.statements += p.support + p.oppose + p.neutral;
    byId.set(p.targetId, t);
  }
  return [...byId.values()].sort((a, b) => b.statements - a.statements || a.id.localeCompare(b.id));
}

function targetSelect(targets, chosen, onChange) {
  return el('select', { id: 'target-select', onchange: e => onChange(e.target.value) },
    el('option', { value: '' }, `top ${Math.min(TOP_TARGETS, targets.length)} targets`),
    targets.map(t => el('option', { value: t.id, selected: t.id === chosen }, `${t.name} (${t.statements})`)));
}

/**
 * Net score (−1 oppose … +1 support) per bucket, one line per target. Each point is a circle carrying its data
 * (data-target, data-bucket, data-net, counts) and a tooltip; clicking it lists the statements behind it.
 */
function timelineChart(points, targets, bucket, onPoint) {
  const W = 820, H = 340, M = { left: 86, right: 20, top: 20, bottom: 44 };
  const times = points.filter(p => targets.some(t => t.id === p.targetId)).map(p => Date.parse(p.bucketStart));
  let x0 = Math.min(...times), x1 = Math.max(...times);
  const pad = { day: 1, week: 7, month: 30 }[bucket] * 864e5 / 2;
  x0 -= pad; x1 += pad;
  const x = t => M.left + (t - x0) / (x1 - x0) * (W - M.left - M.right);
  const y = v => M.top + (1 - v) / 2 * (H - M.top - M.bottom);

  const svg = el('svg:svg', { class: 'chart', id: 'timeline-chart', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': `Net stance per ${bucket}, from −1 (oppose) to +1 (support), for ${targets.map(t => t.name).join(', ')}` });
  for (const v of [1, 0.5, 0, -0.5, -1]) {
    svg.append(el('svg:line', { class: v === 0 ? 'axis zero' : 'grid', x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }));
    svg.append(el('svg:text', { class: 'tick', x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end' },
      v === 1 ? '+1 support' : v === -1 ? '−1 oppose' : v === 0 ? '0' : signed(v)));
  }
  for (const t of timeTicks(x0, x1)) {
    svg.append(el('svg:line', { class: 'grid', x1: x(t.time), x2: x(t.time), y1: M.top, y2: H - M.bottom }));
    svg.append(el('svg:text', { class: 'tick', x: x(t.time), y: H - M.bottom + 18, 'text-anchor': 'middle' }, t.label));
  }
  svg.append(el('svg:text', { class: 'axis-title', x: (M.left + W - M.right) / 2, y: H - 6, 'text-anchor': 'middle' },
    `${bucket} (UTC)`));

  targets.forEach((target, i) => {
    const colour = PALETTE[i % PALETTE.length];
    const series = points.filter(p => p.targetId === target.id).sort((a, b) => Date.parse(a.bucketStart) - Date.parse(b.bucketStart));
    svg.append(el('svg:polyline', { class: 'series', 'data-target': target.id, stroke: colour,
      points: series.map(p => `${x(Date.parse(p.bucketStart)).toFixed(1)},${y(p.netScore).toFixed(1)}`).join(' ') }));
    for (const p of series) {
      const count = p.support + p.oppose + p.neutral;
      svg.append(el('svg:circle', {
        class: 'point', tabindex: 0, fill: colour,
        cx: x(Date.parse(p.bucketStart)).toFixed(1), cy: y(p.netScore).toFixed(1), r: (3 + Math.sqrt(count) * 1.5).toFixed(1),
        'data-target': p.targetId, 'data-bucket': day(p.bucketStart), 'data-net': p.netScore,
        'data-support': p.support, 'data-oppose': p.oppose, 'data-neutral': p.neutral,
        onclick: () => onPoint(p), onkeydown: e => { if (e.key === 'Enter') onPoint(p); },
      }, el('svg:title', {}, `${p.targetName}, ${bucket} of ${day(p.bucketStart)}: support ${p.support}, oppose ${p.oppose}, neutral ${p.neutral}, net ${signed(p.netScore)}`)));
    }
  });

  const legend = el('ul', { class: 'legend' }, targets.map((t, i) =>
    el('li', {}, el('span', { class: 'swatch', style: `background:${PALETTE[i % PALETTE.length]}` }),
      targetLink(t.id, t.name), el('span', { class: 'muted' }, ` ${t.statements}`))));
  return el('figure', { class: 'chart-figure' }, svg, legend,
    el('figcaption', { class: 'hint' }, 'Circle size grows with the number of statements. Click a circle for the statements behind it.'));
}

/** About six readable date ticks: month starts for long spans, days otherwise. */
function timeTicks(t0, t1) {
  const span = t1 - t0, ticks = [];
  if (span > 90 * 864e5) {
    const months = Math.ceil(span / (30.4 * 864e5));
    const step = Math.max(1, Math.ceil(months / 7));
    const d = new Date(t0);
    let m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    while (m.getTime() <= t1) {
      ticks.push({ time: m.getTime(), label: m.toISOString().slice(0, 7) });
      m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + step, 1));
    }
  } else {
    const stepDays = Math.max(1, Math.round(span / 864e5 / 6));
    const first = Math.ceil(t0 / 864e5) * 864e5;
    for (let t = first; t <= t1; t += stepDays * 864e5) ticks.push({ time: t, label: new Date(t).toISOString().slice(0, 10) });
  }
  return ticks;
}

function bucketEnd(start, bucket) {
  const d = new Date(start);
  const next = bucket === 'day' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1)
    : bucket === 'week' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 7)
    : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return new Date(next - 864e5).toISOString().slice(0, 10); // `to` is a whole day, inclusive
}

async function showBucket(panel, actorId, point, bucket) {
  panel.hidden = false;
  await load(panel, async () => {
    const from = day(point.bucketStart), to = bucketEnd(point.bucketStart, bucket);
    const page = await api(`/api/actors/${encodeURIComponent(actorId)}/statements${query({ target: point.targetId, from, to, pageSize: 100 })}`);
    fill(panel,
      el('h2', {}, 'Statements toward ', el('span', { dir: 'auto' }, point.targetName), ` from ${from} to ${to}`),
      page.items.length === 0
        ? message('empty', 'No statements in this period.')
        : [page.total > page.items.length ? el('p', { class: 'hint' }, `The first ${page.items.length} of ${page.total}.`) : null,
           el('ul', { class: 'evidence' }, page.items.map(s => evidenceItem(s, point.targetId)))]);
  });
  panel.scrollIntoView({ block: 'nearest' });
}

function showShift(panel, shift) {
  panel.hidden = false;
  const side = (title, score, total, evidence) => el('div', { class: 'side' },
    el('h3', {}, title, ` (net ${signed(score)} over ${count(total, 'statement')})`),
    evidence.length === 0 ? message('empty', 'No statements kept as evidence on this side.')
      : el('ul', { class: 'evidence' }, evidence.map(s => evidenceItem(s, shift.targetId, true))));
  fill(panel,
    el('h2', {}, el('span', { dir: 'auto' }, shift.actorName), ' on ', el('span', { dir: 'auto' }, shift.targetName), ': ',
      stanceBadge(shift.from), ' → ', stanceBadge(shift.to), ` from ${day(shift.visibleOn)}`),
    el('div', { class: 'sides' },
      side('Before', shift.beforeScore, shift.beforeStatements, shift.evidenceBefore),
      side('After', shift.afterScore, shift.afterStatements, shift.evidenceAfter)));
  panel.scrollIntoView({ block: 'start' });
}

/** One statement as evidence: when, where, its stance toward the target, and the article with the content highlighted. */
function evidenceItem(statement, targetId, openArticle) {
  const stance = (statement.stances || []).find(t => t.targetId === targetId);
  const article = el('div', { class: 'article-slot' });
  const item = el('li', { class: 'statement', 'data-statement': statement.id },
    el('div', { class: 'meta' },
      day(statement.published), ' · ', el('span', { dir: 'auto' }, statement.outlet || 'unknown outlet'),
      statement.articleTitle ? [' · ', el('cite', { dir: 'auto' }, statement.articleTitle)] : null,
      ' · ', statement.kind, ' speech, cue ', el('q', { dir: 'auto' }, statement.cue),
      stance ? [' · ', stanceBadge(stance.stance)] : null),
    el('blockquote', { class: 'content', dir: 'auto', lang: statement.language }, statement.content),
    article);
  const button = el('button', { type: 'button', class: 'show-article', onclick: () => {
    if (article.childElementCount) { fill(article); button.textContent = 'Show in article'; return; }
    button.textContent = 'Hide article';
    showInArticle(article, statement);
  } }, 'Show in article');
  item.querySelector('.meta').append(' ', button);
  if (openArticle) { button.textContent = 'Hide article'; showInArticle(article, statement); }
  return item;
}

const articleTexts = new Map();
function articleText(id) {
  if (!articleTexts.has(id)) {
    const pending = api(`/api/articles/${encodeURIComponent(id)}/text`);
    pending.catch(() => articleTexts.delete(id)); // a failure is shown, not remembered
    articleTexts.set(id, pending);
  }
  return articleTexts.get(id);
}

/**
 * The article's text with the statement's sentence underlined and its content marked, located by the offsets the
 * extractor recorded (UTF-16 indices into the text as read, the same unit as JavaScript strings). Arabic runs right
 * to left. If the offsets do not point at the content, say so rather than highlight the wrong words.
 */
async function showInArticle(slot, s) {
  await load(slot, async () => {
    const article = await articleText(s.articleId);
    const text = article.text;
    const start = s.contentStart, end = s.contentEnd;
    if (!(start >= 0 && end > start && end <= text.length) || text.slice(start, end) !== s.content) {
      fill(slot, message('error', `The stored text of article '${s.articleId}' does not hold this statement's content at ${start}–${end}.`));
      return;
    }
    const sentenceStart = s.sentenceStart, sentenceEnd = s.sentenceStart + (s.sentence || '').length;
    const sentenceHolds = sentenceStart <= start && end <= sentenceEnd && text.slice(sentenceStart, sentenceEnd) === s.sentence;
    const mark = el('mark', { class: 'evidence-content' }, text.slice(start, end));
    const body = sentenceHolds
      ? [text.slice(0, sentenceStart),
         el('span', { class: 'evidence-sentence' }, text.slice(sentenceStart, start), mark, text.slice(end, sentenceEnd)),
         text.slice(sentenceEnd)]
      : [text.slice(0, start), mark, text.slice(end)];
    const rtl = article.language === 'ar';
    const box = el('div', { class: 'article-text', dir: rtl ? 'rtl' : 'ltr', lang: article.language, tabindex: 0 }, body);
    fill(slot,
      el('div', { class: 'article-title', dir: 'auto' }, article.title || article.id, el('span', { class: 'muted' }, ` · article ${article.id}`)),
      box);
    // Bring the highlight into the box's view without moving the page.
    box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  });
}

// ---- target: who supports, who opposes -----------------------------------------------------------------------------

async function targetView(container, id, params) {
  if (!id) throw new Error('No target id in the address.');
  const from = params.get('from') || '', to = params.get('to') || '';
  const standing = await api(`/api/targets/${encodeURIComponent(id)}${query({ from, to })}`);
  // Each side lists its strongest speakers (the API's default top); the heading says how many there are in all.
  const table = (title, kind, rows, total) => el('div', { class: `side ${kind}` },
    el('h2', {}, title, el('span', { class: 'muted count' }, rows.length < total ? ` ${rows.length} of ${total}` : ` ${total}`)),
    rows.length === 0 ? message('empty', `No ${title.toLowerCase()} in this window.`)
      : el('table', { class: 'standing', 'data-kind': kind },
        el('thead', {}, el('tr', {}, ['Actor', 'Support', 'Oppose', 'Neutral', 'Net', 'Days'].map(h => el('th', {}, h)))),
        el('tbody', {}, rows.map(r => el('tr', { 'data-actor': r.actorId },
          el('td', {}, actorLink(r.actorId, r.actorName)), el('td', {}, r.support), el('td', {}, r.oppose), el('td', {}, r.neutral),
          el('td', {}, signed(r.netScore)), el('td', { class: 'muted days' }, `${day(r.firstDay)} – ${day(r.lastDay)}`))))));
  fill(container,
    el('h1', { dir: 'auto' }, 'Who stands where on ', standing.targetName, ' ', el('span', { class: 'muted' }, standing.targetId)),
    windowForm(from, to, (f, t) => { location.hash = `#/target/${encodeURIComponent(id)}${query({ from: f, to: t })}`; }),
    el('p', { class: 'hint' }, actorLink(standing.targetId, `${standing.targetName}'s own statements and shifts`)),
    el('div', { class: 'sides three' },
      table('Supporters', 'support', standing.supporters, standing.supportersTotal),
      table('Opponents', 'oppose', standing.opponents, standing.opponentsTotal),
      table('Neutral', 'neutral', standing.neutral, standing.neutralTotal)));
}

function windowForm(from, to, onApply) {
  const fromInput = el('input', { type: 'date', name: 'from', value: from });
  const toInput = el('input', { type: 'date', name: 'to', value: to });
  return el('form', { class: 'controls window', onsubmit: e => { e.preventDefault(); onApply(fromInput.value, toInput.value); } },
    el('label', {}, 'From ', fromInput), el('label', {}, ' to ', toInput), ' ', el('button', { type: 'submit' }, 'Apply'));
}

// ---- network: actors, targets, signed and weighted edges -----------------------------------------------------------

const EDGE_KINDS = ['position', 'agreement', 'conflict'];

async function networkView(container, _, params) {
  const from = params.get('from') || '', to = params.get('to') || '';
  const kinds = params.has('kinds') ? params.get('kinds').split(',').filter(k => EDGE_KINDS.includes(k)) : ['position'];
  const network = await api(`/api/network${query({ from, to, format: 'json' })}`);
  const go = changes => {
    const p = { from, to, ...changes };
    // kinds is always written, even empty: no kinds at all is a choice, not the default.
    const chosen = p.kinds ?? kinds.join(',');
    delete p.kinds;
    location.hash = `#/network${query(p)}${query(p) ? '&' : '?'}kinds=${chosen}`;
  };
  const download = format => el('a', { href: `/api/network${query({ from, to, format })}`, download: `network.${format === 'graphml' ? 'graphml' : format}` }, format.toUpperCase());
  const edges = (network.edges || []).filter(e => kinds.includes(e.kind));
  const linked = new Set(edges.flatMap(e => [e.source, e.target]));
  const nodes = (network.nodes || []).filter(n => linked.has(n.id));

  fill(container,
    el('h1', {}, 'Positions network'),
    windowForm(from, to, (f, t) => go({ from: f, to: t })),
    el('div', { class: 'controls' }, 'Edges: ', EDGE_KINDS.map(k => el('label', { class: 'chip' },
      el('input', { type: 'checkbox', value: k, checked: kinds.includes(k),
        onchange: e => go({ kinds: EDGE_KINDS.filter(x => x === k ? e.target.checked : kinds.includes(x)).join(',') }) }), ` ${k}`)),
      ' · Download: ', download('json'), ' ', download('csv'), ' ', download('graphml')),
    edges.length === 0
      ? message('empty', (network.edges || []).length === 0 ? 'No positions in this window.' : 'No edges of the chosen kinds in this window.')
      : [networkChart(nodes, edges),
         el('p', { class: 'hint' }, `${nodes.length} nodes, ${edges.length} edges. Green supports or agrees, red opposes or conflicts; `
           + 'line width grows with the weight, circle size with the statements. Click a node for its actor page.')]);
}

/** A force layout, run to rest before drawing (deterministic: starts on a circle, no randomness). */
function layout(nodes, edges, W, H) {
  const n = nodes.length, index = new Map(nodes.map((node, i) => [node.id, i]));
  const pos = nodes.map((_, i) => ({ x: W / 2 + Math.cos(2 * Math.PI * i / n) * W / 3, y: H / 2 + Math.sin(2 * Math.PI * i / n) * H / 3 }));
  const links = edges.map(e => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const ideal = Math.sqrt(W * H / Math.max(n, 1)) * 0.6;
  for (let step = 0, heat = W / 10; step < 300; step++, heat *= 0.985) {
    const force = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d2 = Math.max(dx * dx + dy * dy, 1), f = ideal * ideal / d2;
      force[i].x += dx * f; force[i].y += dy * f; force[j].x -= dx * f; force[j].y -= dy * f;
    }
    for (const [a, b] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.max(Math.hypot(dx, dy), 1), f = d / ideal;
      force[a].x -= dx * f; force[a].y -= dy * f; force[b].x += dx * f; force[b].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      force[i].x += (W / 2 - pos[i].x) * 0.05; force[i].y += (H / 2 - pos[i].y) * 0.05;
      const size = Math.max(Math.hypot(force[i].x, force[i].y), 1e-9), move = Math.min(size, heat);
      pos[i].x = Math.min(W - 40, Math.max(40, pos[i].x + force[i].x / size * move));
      pos[i].y = Math.min(H - 20, Math.max(20, pos[i].y + force[i].y / size * move));
    }
  }
  return pos;
}

function networkChart(nodes, edges) {
  const W = 900, H = 600;
  const pos = layout(nodes, edges, W, H);
  const at = new Map(nodes.map((node, i) => [node.id, pos[i]]));
  const maxWeight = Math.max(...edges.map(e => Math.abs(e.weight) || 0), 1e-9);
  const maxStatements = Math.max(...nodes.map(node => node.statements || 0), 1);
  const svg = el('svg:svg', { class: 'chart network', id: 'network-chart', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': `Network of ${nodes.length} actors and targets with ${edges.length} edges` },
    el('svg:defs', {}, el('svg:marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
      el('svg:path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#888' }))));
  const radius = node => 4 + 10 * Math.sqrt((node.statements || 0) / maxStatements);
  const radii = new Map(nodes.map(node => [node.id, radius(node)]));
  for (const e of edges) {
    const a = at.get(e.source), to = at.get(e.target);
    if (!a || !to) continue;
    // A position's arrow stops at the rim of the target's circle, where it can be seen.
    const length = Math.max(Math.hypot(to.x - a.x, to.y - a.y), 1), back = e.kind === 'position' ? radii.get(e.target) + 2 : 0;
    const b = { x: to.x - (to.x - a.x) / length * back, y: to.y - (to.y - a.y) / length * back };
    const tone = e.kind === 'agreement' ? 'support' : e.kind === 'conflict' ? 'oppose'
      : (e.support || 0) > (e.oppose || 0) ? 'support' : (e.oppose || 0) > (e.support || 0) ? 'oppose' : 'neutral';
    svg.append(el('svg:line', {
      class: `edge ${e.kind} ${tone}`, x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1),
      'stroke-width': (1 + 4 * Math.abs(e.weight || 0) / maxWeight).toFixed(2), 'marker-end': e.kind === 'position' ? 'url(#arrow)' : null,
      'data-source': e.source, 'data-target': e.target, 'data-kind': e.kind, 'data-weight': e.weight,
    }, el('svg:title', {}, `${e.source} → ${e.target}: ${e.kind}, weight ${e.weight}, support ${e.support ?? 0}, oppose ${e.oppose ?? 0}, neutral ${e.neutral ?? 0}`)));
  }
  nodes.forEach((node, i) => {
    const p = pos[i];
    const g = el('svg:g', { class: `node ${node.type || ''}`, 'data-node': node.id, tabindex: 0,
      onclick: () => { location.hash = `#/actor/${encodeURIComponent(node.id)}`; },
      onkeydown: e => { if (e.key === 'Enter') location.hash = `#/actor/${encodeURIComponent(node.id)}`; } },
    el('svg:circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: radii.get(node.id).toFixed(1),
      fill: PALETTE[typeColour(node.type)] }),
    el('svg:text', { x: (p.x + 8).toFixed(1), y: (p.y - 8).toFixed(1) }, node.name || node.id),
    el('svg:title', {}, `${node.name} (${node.type}), ${node.statements} statements`));
    svg.append(g);
  });
  return el('figure', { class: 'chart-figure' }, svg);
}

const nodeTypes = [];
function typeColour(type) {
  if (!nodeTypes.includes(type)) nodeTypes.push(type);
  return nodeTypes.indexOf(type) % PALETTE.length;
}
