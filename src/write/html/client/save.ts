/**
 * Browser code: the corrected alignment as the reviewer saves it — the alignment JSON the report
 * was made from, laid out as `satzpaar align` lays it out (one sentence, one link a line), with
 * the review's links and a `review` record (docs/format.md). Pure, so the tests run it in Node.
 */
export const SAVE_ALIGNMENT = String.raw`
var LINK_FIELDS = ['en', 'de', 'score', 'lexical', 'length', 'shared', 'moved', 'review'];

function savedLink(row) {
  var link = {};
  LINK_FIELDS.forEach(function (key) { if (row[key] !== undefined) link[key] = row[key]; });
  if (row.deleted) link.review = 'deleted';
  return link;
}

function reviewRecord(rows, edits, now) {
  var links = { accepted: 0, edited: 0, deleted: 0, unreviewed: 0 };
  rows.forEach(function (row) { links[row.deleted ? 'deleted' : row.review || 'unreviewed']++; });
  var counted = {};
  Object.keys(edits).sort().forEach(function (name) { if (edits[name] > 0) counted[name] = edits[name]; });
  return { saved: now.toISOString(), edits: counted, links: links };
}

function savedAlignmentJson(alignment, rows, edits, now) {
  var head = {};
  for (var key in alignment) if (key !== 'sentences' && key !== 'alignments' && key !== 'review') head[key] = alignment[key];
  head.languages = head.languages || ['en', 'de'];
  head.review = reviewRecord(rows, edits, now);
  var list = function (entries, indent) {
    return entries.length === 0 ? '[]' : '[\n' + entries.map(function (e) { return indent + JSON.stringify(e); }).join(',\n') + '\n' + indent.slice(2) + ']';
  };
  var headJson = JSON.stringify(head, null, 2);
  return headJson.slice(0, -2) + ',\n' +
    '  "sentences": {\n    "en": ' + list(alignment.sentences.en, '      ') + ',\n    "de": ' + list(alignment.sentences.de, '      ') + '\n  },\n' +
    '  "alignments": ' + list(rows.map(savedLink), '    ') + '\n}\n';
}
`;
