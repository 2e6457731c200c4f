/**
 * Browser code: the page itself — filters, view tabs, keys, the review's edits with undo, work in
 * progress kept in the browser's local storage, and Save. Runs after rowMarkup.ts, edits.ts,
 * save.ts and virtualRows.ts in one function scope (../script.ts).
 */
export const PAGE_SCRIPT = String.raw`
var doc = document;
doc.documentElement.classList.add('js');
var data = JSON.parse(doc.getElementById('report-data').textContent);
var $ = function (id) { return doc.getElementById(id); };
var controls = $('controls'), tabs = Array.prototype.slice.call(doc.querySelectorAll('[role="tab"]'));
var low = $('filter-low'), threshold = $('filter-threshold'), conflictsOnly = $('filter-conflicts'), alignedOnly = $('filter-aligned');
var oneSided = $('filter-one-sided'), unreviewed = $('filter-unreviewed');
var status = $('status'), left = $('review-left'), said = $('review-said'), dialog = $('keys'), caption = $('pairs-caption');
var editButtons = Array.prototype.slice.call(doc.querySelectorAll('[data-edit]'));
// The buttons name each edit's key, so the keys and the buttons cannot disagree.
var EDIT_KEYS = Object.create(null);
editButtons.forEach(function (button) { EDIT_KEYS[button.getAttribute('data-key')] = button.getAttribute('data-edit'); });
var STORAGE_KEY = 'satzpaar-review:' + data.alignment.documents.en.sha256 + ':' + data.alignment.documents.de.sha256 + ':' + data.alignment.alignments.length;

var fresh = function () { return { rows: rowsOfAlignment(data.alignment), nextId: data.alignment.alignments.length, edits: {} }; };
var state = fresh(), undoStack = [], view = data.views[0], items = [], order = [], cursor = { id: null, index: 0 };
controls.hidden = false;
function measureToolbar() { doc.documentElement.style.setProperty('--toolbar-height', controls.offsetHeight + 'px'); }
measureToolbar();
window.addEventListener('resize', measureToolbar);

var list = VirtualRows($('rows'), function (item) {
  return item.heading
    ? '<tr class="section-head"><th colspan="3" scope="colgroup">' + escapeHtml(item.heading) + ' <span class="count">(' + item.count + ')</span></th></tr>\n'
    : rowHtml(item, view.id, data);
}, function (item) { return item.heading ? 'h' : String(item.id); }, estimateHeight);

/** A first guess of a row's height: lines of text at the width of a column on a laptop screen. */
function estimateHeight(item) {
  if (item.heading) return 56;
  var lines = 1;
  ['en', 'de'].forEach(function (lang) {
    var n = 0;
    item[lang].forEach(function (i) { var s = data.alignment.sentences[lang][i]; n += 1 + Math.floor((s ? s.text.length : 0) / 75); });
    lines = Math.max(lines, n);
  });
  return 34 + 23 * lines;
}

function say(text) { said.textContent = text; }

function currentThreshold() {
  var value = parseFloat(threshold.value);
  return value >= 0 && value <= 1 ? value : parseFloat(threshold.getAttribute('data-default'));
}

function keep(row, limit) {
  var aligned = isAligned(row);
  if (low.checked && !(aligned && row.score < limit)) return false;
  if (conflictsOnly.checked && conflictCount(row, data) === 0) return false;
  if (alignedOnly.checked && !aligned) return false;
  if (oneSided.checked && aligned) return false;
  if (unreviewed.checked && (row.review || row.deleted)) return false;
  return true;
}

/** Sorts and filters the rows of the view and redraws; the cursor stays on its row or takes its place. */
function refresh() {
  var all = viewItems(state.rows, view), limit = currentThreshold(), heading = null;
  order = all.filter(function (item) { return !item.heading; });
  items = [];
  all.forEach(function (item) {
    if (item.heading) { heading = item; return; }
    if (!keep(item, limit)) return;
    if (heading) { items.push(heading); heading = null; }
    items.push(item);
  });
  var shown = items.filter(function (item) { return !item.heading; });
  var at = indexOfId(cursor.id);
  if (at < 0 && cursor.id !== null) {
    var next = shown[Math.min(cursor.index, shown.length - 1)];
    cursor.id = next ? next.id : null;
  }
  status.textContent = shown.length + ' of ' + order.length + ' rows shown';
  var open = state.rows.filter(function (row) { return !row.review && !row.deleted; }).length;
  left.textContent = open === 0 ? 'every row reviewed' : open + ' of ' + state.rows.length + ' rows left to review';
  caption.textContent = view.caption + ' ' + order.length + ' rows, one per link; #numbers and sentence numbers are the 0-based indices in the alignment JSON.';
  $('no-rows').hidden = shown.length > 0;
  list.setItems(items);
}

function indexOfId(id) {
  for (var i = 0; i < items.length; i++) if (!items[i].heading && items[i].id === id) return i;
  return -1;
}

function focusItem(index) {
  var item = items[index];
  if (!item || item.heading) return;
  cursor = { id: item.id, index: rowPosition(index) };
  var element = list.reveal(index, controls.offsetHeight + 40);
  if (element) element.focus({ preventScroll: true });
}

function rowPosition(index) { return items.slice(0, index).filter(function (item) { return !item.heading; }).length; }
function rowIndices() { var all = []; items.forEach(function (item, i) { if (!item.heading) all.push(i); }); return all; }
function focusedRowElement() { var a = doc.activeElement; return a && a.matches && a.matches('tr[data-link]') ? a : null; }

function move(step) {
  var rows = rowIndices();
  if (rows.length === 0) return;
  var at = focusedRowElement() ? rows.indexOf(indexOfId(cursor.id)) : -1;
  focusItem(rows[at < 0 ? (step > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, at + step))]);
}

function edge(last) { var rows = rowIndices(); if (rows.length > 0) focusItem(rows[last ? rows.length - 1 : 0]); }

function nextConflict() {
  var rows = rowIndices(), at = rows.indexOf(indexOfId(cursor.id));
  for (var k = 1; k <= rows.length; k++) {
    var index = rows[(at + k + rows.length) % rows.length];
    if (conflictCount(items[index], data) > 0) { focusItem(index); return; }
  }
}

function edit(name) {
  var at = indexOfId(cursor.id);
  if (at < 0 || !focusedRowElement()) { say('Choose a row first: click it or press j.'); return; }
  var row = items[at], before = state.rows;
  var result = EDITS[name](before, row, order, rowMaker(state));
  if (typeof result === 'string') { say('Not done: ' + result + '.'); return; }
  remember();
  state.rows = result;
  state.edits[name] = (state.edits[name] || 0) + 1;
  // The cursor goes to the row that took the edited row's place, else to the first new row.
  var place = before.indexOf(row), isNew = function (r) { return r && before.indexOf(r) < 0; };
  var landed = isNew(result[place]) ? result[place] : result.filter(isNew)[0];
  cursor.id = landed ? landed.id : null;
  if (landed) list.forget(String(landed.id));
  say('');
  afterChange();
  if (name === 'accept' && landed && landed.review === 'accepted' && indexOfId(landed.id) >= 0) move(1);
}

/** Keeps the state before an edit for undo; a row list is shared, not copied, so this is cheap, but a day's edits on a book are bounded. */
function remember() {
  undoStack.push({ rows: state.rows, edits: JSON.parse(JSON.stringify(state.edits)), nextId: state.nextId, cursor: cursor.id });
  if (undoStack.length > 1000) undoStack.shift();
}

function undo() {
  var last = undoStack.pop();
  if (!last) { say('Nothing to undo.'); return; }
  state.rows = last.rows; state.edits = last.edits; state.nextId = last.nextId; cursor.id = last.cursor;
  say('Undone.');
  afterChange();
}

function afterChange() {
  persist();
  refresh();
  var at = indexOfId(cursor.id);
  if (at >= 0) focusItem(at);
}

function persist() {
  try { localStorage.setItem(STORAGE_KEY, JSON.stringify(state)); } catch (e) { say('Your browser would not keep the review in progress (' + e.name + '): save it now and then.'); }
}

function restore() {
  var kept;
  try { kept = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null'); } catch (e) { kept = null; }
  if (!kept || !Array.isArray(kept.rows) || typeof kept.nextId !== 'number') return;
  state = { rows: kept.rows, nextId: kept.nextId, edits: kept.edits || {} };
  var count = Object.keys(state.edits).reduce(function (n, k) { return n + state.edits[k]; }, 0);
  say('Restored the review in progress from this browser (' + count + ' edit' + (count === 1 ? '' : 's') + ').');
}

function startOver() {
  remember();
  var reset = fresh();
  state.rows = reset.rows; state.edits = {}; state.nextId = reset.nextId;
  say('Started over from the aligner\'s links.');
  afterChange();
}

function baseName(path) { var name = path.split(/[\\/]/).pop() || 'alignment'; return name.replace(/\.[^.]*$/, '') || name; }

function save() {
  var text = savedAlignmentJson(data.alignment, state.rows, state.edits, new Date());
  var name = baseName(data.alignment.documents.en.path) + '.reviewed.json';
  var link = doc.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  doc.body.appendChild(link);
  link.click();
  setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  say('Saved ' + name + ' to your downloads; satzpaar export ' + name + ' --format tmx writes what you kept.');
}

function selectTab(tab) {
  tabs.forEach(function (t) {
    var selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
  });
  view = data.views[tabs.indexOf(tab)];
  var keepFocus = !!focusedRowElement();
  refresh();
  // Keep the reader on the same link when switching the order.
  var at = indexOfId(cursor.id);
  if (keepFocus && at >= 0) focusItem(at);
}

tabs.forEach(function (tab, index) {
  tab.addEventListener('click', function () { selectTab(tab); });
  tab.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    var next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    selectTab(next);
    next.focus();
    event.preventDefault();
    event.stopPropagation();
  });
});

[low, conflictsOnly, alignedOnly, oneSided, unreviewed].forEach(function (box) { box.addEventListener('change', refresh); });
threshold.addEventListener('input', refresh);
$('show-keys').addEventListener('click', function () { dialog.showModal(); });
$('save').addEventListener('click', save);
$('undo').addEventListener('click', undo);
$('start-over').addEventListener('click', startOver);
editButtons.forEach(function (button) {
  // The buttons act on the row chosen last; clicking one must not take the focus from it.
  button.addEventListener('mousedown', function (event) { event.preventDefault(); });
  button.addEventListener('click', function () { var at = indexOfId(cursor.id); if (at >= 0) focusItem(at); edit(button.getAttribute('data-edit')); });
});
$('rows').addEventListener('focusin', function (event) {
  var row = event.target.closest && event.target.closest('tr[data-link]');
  if (row) cursor = { id: Number(row.getAttribute('data-link')), index: rowPosition(indexOfId(Number(row.getAttribute('data-link')))) };
});
$('rows').addEventListener('click', function (event) {
  var row = event.target.closest && event.target.closest('tr[data-link]');
  if (row && !window.getSelection().toString()) row.focus({ preventScroll: true });
});

doc.addEventListener('keydown', function (event) {
  if (dialog.open) return;
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'z' || event.key === 's')) {
    if (event.key === 'z') undo(); else save();
    event.preventDefault();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  var onRow = !!focusedRowElement();
  if (EDIT_KEYS[event.key]) { edit(EDIT_KEYS[event.key]); event.preventDefault(); return; }
  switch (event.key) {
    case 'j': move(1); break;
    case 'k': move(-1); break;
    case 'ArrowDown': if (!onRow) return; move(1); break;
    case 'ArrowUp': if (!onRow) return; move(-1); break;
    case 'g': edge(false); break;
    case 'G': edge(true); break;
    case 'Home': if (!onRow) return; edge(false); break;
    case 'End': if (!onRow) return; edge(true); break;
    case 'c': nextConflict(); break;
    case 'l': low.checked = !low.checked; refresh(); break;
    case 'r': unreviewed.checked = !unreviewed.checked; refresh(); break;
    case 'z': undo(); break;
    case 'v':
      if (tabs.length < 2) return;
      selectTab(tabs[(tabs.indexOf(tabs.filter(function (t) { return t.getAttribute('aria-selected') === 'true'; })[0]) + 1) % tabs.length]);
      break;
    case '?': dialog.showModal(); break;
    default: return;
  }
  event.preventDefault();
});

restore();
if (tabs.length > 0) selectTab(tabs[0]); else refresh();
`;
