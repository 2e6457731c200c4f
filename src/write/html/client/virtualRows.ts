/**
 * Browser code: draws only the rows on screen. A book's alignment has 10,000 links; as table rows
 * they took seconds to lay out and every filter seconds more. The table body holds a spacer above,
 * the rows in and near the window, and a spacer below; row heights are estimated from the text
 * length until a row has been drawn and measured.
 */
export const VIRTUAL_ROWS = String.raw`
function VirtualRows(body, itemHtml, keyOf, estimate) {
  var items = [], heights = {}, offsets = [0], drawn = { first: -1, last: -1 }, scheduled = false, printing = false;
  var OVERSCAN = 8;

  function layout() {
    offsets = new Array(items.length + 1);
    offsets[0] = 0;
    for (var i = 0; i < items.length; i++) {
      var h = heights[keyOf(items[i])];
      offsets[i + 1] = offsets[i] + (h === undefined ? estimate(items[i]) : h);
    }
  }

  /** The index of the item at "y" pixels below the table body's top. */
  function indexAt(y) {
    var low = 0, high = items.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (offsets[mid + 1] <= y) low = mid + 1; else high = mid;
    }
    return low;
  }

  function spacer(height) { return '<tr class="spacer" aria-hidden="true"><td colspan="3" style="height:' + height + 'px"></td></tr>'; }

  /** Rows are found by their link id, the one section heading by its class. */
  function elementOf(key) { return body.querySelector(key === 'h' ? 'tr.section-head' : 'tr[data-link="' + key + '"]'); }
  function keyOfElement(element) { return element.getAttribute('data-link') || 'h'; }

  function top() { return body.getBoundingClientRect().top + window.scrollY; }

  function draw(force) {
    scheduled = false;
    if (printing) return;
    var y = window.scrollY - top();
    var first = Math.max(0, indexAt(y) - OVERSCAN);
    var last = Math.min(items.length, indexAt(y + window.innerHeight) + 1 + OVERSCAN);
    if (!force && first === drawn.first && last === drawn.last) return;
    var focusedKey = body.contains(document.activeElement) ? keyOfElement(document.activeElement) : null;
    body.innerHTML = spacer(offsets[first]) + items.slice(first, last).map(itemHtml).join('') + spacer(offsets[items.length] - offsets[last]);
    drawn = { first: first, last: last };
    var changed = false;
    for (var i = first; i < last; i++) {
      var element = body.children[i - first + 1];
      var key = keyOf(items[i]);
      if (heights[key] !== element.offsetHeight) { heights[key] = element.offsetHeight; changed = true; }
    }
    if (changed) {
      layout();
      body.lastChild.firstChild.style.height = offsets[items.length] - offsets[last] + 'px';
    }
    if (focusedKey !== null) {
      var again = elementOf(focusedKey);
      if (again) again.focus({ preventScroll: true });
    }
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(function () { draw(false); });
  }

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', function () { heights = {}; layout(); draw(true); });
  // Printing shows every row that passes the filters, not the window's worth.
  window.addEventListener('beforeprint', function () { printing = true; body.innerHTML = items.map(itemHtml).join(''); });
  window.addEventListener('afterprint', function () { printing = false; draw(true); });

  return {
    setItems: function (next) { items = next; layout(); draw(true); },
    /** Forgets the measured height of rows an edit changed. */
    forget: function (key) { delete heights[key]; },
    /** Scrolls so that item "index" is in view below the sticky headers, draws, and returns its element. */
    reveal: function (index, margin) {
      var y = top() + offsets[index];
      var height = offsets[index + 1] - offsets[index];
      if (y < window.scrollY + margin || y + height > window.scrollY + window.innerHeight) {
        window.scrollTo(0, Math.max(0, y - margin - 8));
      }
      draw(false);
      return elementOf(keyOf(items[index]));
    },
  };
}
`;
