/**
 * Browser code (plain ES5 functions inlined in the page, see ../script.ts): the rows of a view and
 * their markup, computed from the report's data and the review's current rows. Pure functions, no
 * DOM, so the tests run them in Node too. A row is a link of the alignment JSON plus `id` (the
 * link's index for the aligner's links, a new number past them for rows a review made) and
 * `deleted` (the reviewer left it out; saved as `review: "deleted"`); `review` is `accepted` or
 * `edited`.
 */
export const ROW_MARKUP = String.raw`
var ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(text) { return String(text).replace(/[&<>"']/g, function (c) { return ENTITIES[c]; }); }
function clamp01(value) { return Math.min(1, Math.max(0, value)); }
function isAligned(row) { return row.en.length > 0 && row.de.length > 0; }
function lowest(indices) { var low = Infinity; for (var i = 0; i < indices.length; i++) if (indices[i] < low) low = indices[i]; return low; }

/** The review's rows for the aligner's links. */
function rowsOfAlignment(alignment) {
  return alignment.alignments.map(function (link, index) {
    var row = { id: index };
    for (var key in link) row[key] = link[key];
    if (row.review === 'deleted') { row.deleted = true; delete row.review; }
    return row;
  });
}

/** How many conflicting findings have a side in this row (a conflict within the row counts once). */
function conflictCount(row, data) {
  var seen = {}, count = 0;
  ['en', 'de'].forEach(function (lang) {
    row[lang].forEach(function (i) {
      (data.conflicts[lang][i] || []).forEach(function (finding) { if (!seen[finding]) { seen[finding] = true; count++; } });
    });
  });
  return count;
}

/** The rows of a view in order, with a section heading (an object with "heading") before the rest section. */
function viewItems(rows, view) {
  if (view.id === 'alignment') return rows.slice();
  var lang = view.id === 'by-en' ? 'en' : 'de', other = lang === 'en' ? 'de' : 'en';
  var by = function (side) { return function (a, b) { return lowest(a[side]) - lowest(b[side]) || a.id - b.id; }; };
  var main = rows.filter(function (r) { return r[lang].length > 0; }).sort(by(lang));
  var rest = rows.filter(function (r) { return r[lang].length === 0; }).sort(by(other));
  return rest.length > 0 ? main.concat([{ heading: view.restHeading, count: rest.length }], rest) : main;
}

var REVIEW_LABEL = { accepted: '✓ accepted', edited: '✎ edited', deleted: '✕ deleted' };
var REVIEW_TITLE = { accepted: 'the reviewer accepted this link', edited: 'the reviewer made this link', deleted: 'the reviewer left this link out of the export' };

function rowHtml(row, viewId, data) {
  var conflicts = conflictCount(row, data);
  var aligned = isAligned(row);
  var type = row.en.length + '-' + row.de.length;
  var classes = ['pair', aligned ? 'aligned' : 'unaligned'];
  if (conflicts > 0) classes.push('has-conflict');
  var review = row.deleted ? 'deleted' : row.review;
  if (review) classes.push('review-' + review);
  return '<tr id="' + viewId + '-' + row.id + '" class="' + classes.join(' ') + '" tabindex="-1" data-link="' + row.id + '" data-type="' + type + '"' +
    ' data-score="' + row.score + '" data-aligned="' + aligned + '" data-conflicts="' + conflicts + '"' + (review ? ' data-review="' + review + '"' : '') + '>' +
    linkCell(row, type, aligned, review) + sideCell('en', row, aligned, data) + sideCell('de', row, aligned, data) + '</tr>\n';
}

/** The row header: score (colour and number), link type, the link's index and the review's mark. */
function linkCell(row, type, aligned, reviewed) {
  var evidence = ['score ' + row.score];
  if (row.lexical !== undefined) evidence.push('lexical ' + row.lexical);
  if (row.length !== undefined) evidence.push('length ' + row.length);
  if (row.shared && row.shared.length > 0) evidence.push('shared: ' + row.shared.join(', '));
  var score = aligned
    ? '<span class="score" style="--hue:' + Math.round(clamp01(row.score) * 120) + '" title="' + escapeHtml(evidence.join(' · ')) + '">' + row.score.toFixed(2) + '</span>' +
      '<span class="meter" aria-hidden="true"><span style="width:' + Math.round(clamp01(row.score) * 100) + '%"></span></span>'
    : '<span class="score none" title="no counterpart, no score">–<span class="sr-only">no score</span></span>';
  var moved = row.moved ? ' <span class="moved" title="Found out of the documents\' order: the translator moved this sentence. The row stands at the English sentence\'s place.">moved</span>' : '';
  var review = reviewed ? '<span class="review-mark" title="' + REVIEW_TITLE[reviewed] + '">' + REVIEW_LABEL[reviewed] + '</span>' : '';
  return '<th scope="row" class="link">' + score + '<span class="kind"><span class="type">' + type + '</span>' + moved +
    ' <span class="lid" title="link ' + row.id + ' in the alignment JSON">#' + row.id + '</span></span>' + review + '</th>';
}

var COUNTERPART_MISSING = { en: 'no English counterpart', de: 'no German counterpart' };

function sideCell(lang, row, aligned, data) {
  var indices = row[lang];
  if (indices.length === 0) {
    return '<td class="side ' + lang + ' empty" lang="' + lang + '"><span class="none" lang="en">' + COUNTERPART_MISSING[lang] + '</span></td>';
  }
  var sentences = data.alignment.sentences[lang];
  var body = indices.map(function (i) {
    if (!sentences[i]) return '<div class="sent missing" lang="en">sentence ' + i + ' is missing from the alignment file</div>';
    var text = data.reader[lang][i] === undefined ? sentences[i].text : data.reader[lang][i];
    return '<div class="sent"><span class="sn" title="sentence ' + i + '">' + i + '</span><span class="st">' + markedText(text, data.shared[lang][i] || [], data.claims[lang][i] || [], data.claimKinds) + '</span></div>';
  });
  return '<td class="side ' + lang + (aligned ? '' : ' alone') + '" lang="' + lang + '">' + body.join('') + '</td>';
}
`;

/**
 * The sentence as escaped HTML with its marks: claims are the outer marks (with their note after
 * them), shared names and numbers are marked inside and outside them, clipped at claim edges so the
 * markup always nests. `shared` is flat start, end pairs; `claims` [start, end, kind].
 */
export const MARKED_TEXT = String.raw`
function markedText(text, shared, claims, kinds) {
  // Claims and shared spans are both in text order: one cursor walks the shared spans once.
  var cursor = { next: 0 }, html = '', position = 0;
  claims.forEach(function (claim) {
    var kind = kinds[claim[2]];
    html += sharedMarks(text, position, claim[0], shared, cursor);
    html += '<mark class="claim claim-' + kind[0] + '" title="' + escapeHtml(kind[1]) + '">' + sharedMarks(text, claim[0], claim[1], shared, cursor) + '</mark>';
    if (kind[2]) html += '<span class="claim-note">' + escapeHtml(kind[2]) + '</span>';
    position = claim[1];
  });
  return html + sharedMarks(text, position, text.length, shared, cursor);
}

/** text[from, to) with the shared spans in it marked; "cursor.next" is the first span (pair) that may still reach past "from". */
function sharedMarks(text, from, to, shared, cursor) {
  var html = '', position = from;
  while (cursor.next < shared.length && shared[cursor.next + 1] <= from) cursor.next += 2;
  for (var k = cursor.next; k < shared.length && shared[k] < to; k += 2) {
    var start = Math.max(shared[k], position), end = Math.min(shared[k + 1], to);
    if (start >= end) continue;
    html += escapeHtml(text.slice(position, start)) + '<mark class="shared">' + escapeHtml(text.slice(start, end)) + '</mark>';
    position = end;
  }
  return html + escapeHtml(text.slice(position, to));
}
`;
