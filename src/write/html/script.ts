/**
 * The report's behaviour, plain JavaScript inlined in the page: filters, view tabs and keyboard
 * navigation. The page is complete without it (every row shown, both views one after the
 * other); the script only reveals the controls and hides rows. It reads everything it needs from
 * the rows' data attributes, so no document text is ever embedded in script.
 */
export const REPORT_SCRIPT = String.raw`(function () {
  'use strict';
  var doc = document;
  doc.documentElement.classList.add('js');
  var controls = doc.getElementById('controls');
  var panels = Array.prototype.slice.call(doc.querySelectorAll('.view'));
  var tabs = Array.prototype.slice.call(doc.querySelectorAll('[role="tab"]'));
  var low = doc.getElementById('filter-low');
  var threshold = doc.getElementById('filter-threshold');
  var conflictsOnly = doc.getElementById('filter-conflicts');
  var alignedOnly = doc.getElementById('filter-aligned');
  var status = doc.getElementById('status');
  var dialog = doc.getElementById('keys');
  controls.hidden = false;
  // The column headers stick just below the sticky toolbar, whose height depends on wrapping.
  function measureToolbar() { doc.documentElement.style.setProperty('--toolbar-height', controls.offsetHeight + 'px'); }
  measureToolbar();
  window.addEventListener('resize', measureToolbar);

  function rowsOf(panel) { return Array.prototype.slice.call(panel.querySelectorAll('tr[data-link]')); }
  function activePanel() { return panels.filter(function (p) { return !p.hidden; })[0] || panels[0]; }
  function shownRows() { return rowsOf(activePanel()).filter(function (r) { return !r.hidden; }); }

  function currentThreshold() {
    var value = parseFloat(threshold.value);
    return value >= 0 && value <= 1 ? value : parseFloat(threshold.getAttribute('data-default'));
  }

  function keep(row, limit) {
    var aligned = row.getAttribute('data-aligned') === 'true';
    if (low.checked && !(aligned && parseFloat(row.getAttribute('data-score')) < limit)) return false;
    if (conflictsOnly.checked && row.getAttribute('data-conflicts') === '0') return false;
    if (alignedOnly.checked && !aligned) return false;
    return true;
  }

  function applyFilters() {
    var limit = currentThreshold();
    panels.forEach(function (panel) {
      var any = false;
      rowsOf(panel).forEach(function (row) {
        row.hidden = !keep(row, limit);
        if (!row.hidden) any = true;
      });
      Array.prototype.forEach.call(panel.querySelectorAll('tbody'), function (body) {
        var head = body.querySelector('.section-head');
        if (head) head.hidden = !body.querySelector('tr[data-link]:not([hidden])');
      });
      panel.querySelector('.no-rows').hidden = any;
    });
    var all = rowsOf(activePanel());
    status.textContent = shownRows().length + ' of ' + all.length + ' rows shown';
  }

  function focusRow(row) {
    if (!row) return;
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'nearest' });
  }

  function move(step) {
    var rows = shownRows();
    if (rows.length === 0) return;
    var at = rows.indexOf(doc.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, at + step));
    focusRow(rows[next]);
  }

  function nextConflict() {
    var rows = shownRows();
    var at = rows.indexOf(doc.activeElement);
    for (var i = 1; i <= rows.length; i++) {
      var row = rows[(at + i + rows.length) % rows.length];
      if (row.getAttribute('data-conflicts') !== '0') { focusRow(row); return; }
    }
  }

  function selectTab(tab) {
    var focused = doc.activeElement && doc.activeElement.getAttribute('data-link');
    tabs.forEach(function (t) {
      var selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
      doc.getElementById(t.getAttribute('aria-controls')).hidden = !selected;
    });
    applyFilters();
    // Keep the reader on the same link when switching the order.
    if (focused !== null && focused !== undefined) {
      focusRow(activePanel().querySelector('tr[data-link="' + focused + '"]:not([hidden])'));
    }
  }

  tabs.forEach(function (tab, index) {
    // Tab semantics only exist with the script: without it both views are plain sections.
    var panel = doc.getElementById(tab.getAttribute('aria-controls'));
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
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
  if (tabs.length > 0) selectTab(tabs[0]);

  [low, conflictsOnly, alignedOnly].forEach(function (box) { box.addEventListener('change', applyFilters); });
  threshold.addEventListener('input', applyFilters);
  doc.getElementById('show-keys').addEventListener('click', function () { dialog.showModal(); });

  doc.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || dialog.open) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var onRow = !!(target && target.matches && target.matches('tr[data-link]'));
    var rows;
    switch (event.key) {
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case 'ArrowDown': if (!onRow) return; move(1); break;
      case 'ArrowUp': if (!onRow) return; move(-1); break;
      case 'g': rows = shownRows(); focusRow(rows[0]); break;
      case 'G': rows = shownRows(); focusRow(rows[rows.length - 1]); break;
      case 'Home': if (!onRow) return; rows = shownRows(); focusRow(rows[0]); break;
      case 'End': if (!onRow) return; rows = shownRows(); focusRow(rows[rows.length - 1]); break;
      case 'c': nextConflict(); break;
      case 'l': low.checked = !low.checked; applyFilters(); break;
      case 'v':
        if (tabs.length < 2) return;
        selectTab(tabs[(tabs.indexOf(tabs.filter(function (t) { return t.getAttribute('aria-selected') === 'true'; })[0]) + 1) % tabs.length]);
        break;
      case '?': dialog.showModal(); break;
      default: return;
    }
    event.preventDefault();
  });

  applyFilters();
})();
`;
