/**
 * Browser code: the review's edits, pure functions from rows to rows (see rowMarkup.ts for a row).
 * Each takes the view's rows in order (`order`, headings left out) so "the row above" is the one
 * the reviewer sees above, and returns the new rows in alignment order, or a string saying why
 * the edit does not apply. Rows are never changed in place: undo keeps the old lists.
 */
export const REVIEW_EDITS = String.raw`
var EDITS = {
  accept: function (rows, row) {
    if (row.review === 'edited') return 'this row is your own edit: it counts as reviewed already';
    return replace(rows, row, [copyWith(row, 'review', row.review === 'accepted' ? undefined : 'accepted')]);
  },
  // Deleting is a flag beside the review, so restoring a row gives back its accepted or edited state.
  'delete': function (rows, row) { return replace(rows, row, [copyWith(row, 'deleted', row.deleted ? undefined : true)]); },
  merge: function (rows, row, order, make) {
    var next = neighbour(order, row, 1);
    if (!next) return 'there is no row below to merge with';
    return replace(without(rows, next), row, [make(union(row.en, next.en), union(row.de, next.de))]);
  },
  split: function (rows, row, order, make) {
    if (row.en.length < 2 && row.de.length < 2) return 'this row has one sentence a side: nothing to split';
    var cut = function (lang) { return row[lang].length > 1 ? [row[lang].slice(0, 1), row[lang].slice(1)] : [row[lang], []]; };
    var en = cut('en'), de = cut('de');
    return replace(rows, row, [make(en[0], de[0]), make(en[1], de[1])]);
  },
  link: function (rows, row, order, make) {
    if (isAligned(row)) return 'this row has sentences on both sides: unlink it first';
    var missing = row.en.length === 0 ? 'en' : 'de';
    var other = nearest(order, row, function (r) { return r[missing].length > 0 && !isAligned(r) && !r.deleted; });
    if (!other) return 'no row nearby holds only ' + (missing === 'en' ? 'English' : 'German') + ' sentences';
    return replace(without(rows, other), row, [make(union(row.en, other.en), union(row.de, other.de))]);
  },
  unlink: function (rows, row, order, make) {
    if (!isAligned(row)) return 'this row has sentences on one side only: nothing to unlink';
    return replace(rows, row, [make(row.en, []), make([], row.de)]);
  },
  moveEnUp: function (rows, row, order, make) { return moveSentence(rows, row, order, make, 'en', -1); },
  moveEnDown: function (rows, row, order, make) { return moveSentence(rows, row, order, make, 'en', 1); },
  moveDeUp: function (rows, row, order, make) { return moveSentence(rows, row, order, make, 'de', -1); },
  moveDeDown: function (rows, row, order, make) { return moveSentence(rows, row, order, make, 'de', 1); },
};

/** Moves the first sentence of a side to the row above, or the last one to the row below. */
function moveSentence(rows, row, order, make, lang, step) {
  var target = neighbour(order, row, step);
  if (!target) return 'there is no row ' + (step < 0 ? 'above' : 'below');
  if (row[lang].length === 0) return 'this row has no ' + (lang === 'en' ? 'English' : 'German') + ' sentence to move';
  var sentence = step < 0 ? row[lang][0] : row[lang][row[lang].length - 1];
  var rest = row[lang].filter(function (i) { return i !== sentence; });
  var left = lang === 'en' ? make(rest, row.de) : make(row.en, rest);
  var grown = lang === 'en' ? make(union(target.en, [sentence]), target.de) : make(target.en, union(target.de, [sentence]));
  var updated = replace(rows, target, [grown]);
  // A row whose last sentence left is gone: every sentence is still in exactly one row.
  return replace(updated, row, left.en.length + left.de.length > 0 ? [left] : []);
}

function copyWith(row, field, value) {
  var copy = {};
  for (var key in row) if (key !== field) copy[key] = row[key];
  if (value !== undefined) copy[field] = value;
  return copy;
}

function replace(rows, row, by) {
  var at = rows.indexOf(row);
  return rows.slice(0, at).concat(by, rows.slice(at + 1));
}

function without(rows, row) { return rows.filter(function (r) { return r !== row; }); }

function union(a, b) {
  var seen = {};
  return a.concat(b).filter(function (i) { return seen[i] ? false : (seen[i] = true); }).sort(function (x, y) { return x - y; });
}

function neighbour(order, row, step) { return order[order.indexOf(row) + step]; }

/** The closest row matching "wanted", looking below first at each distance. */
function nearest(order, row, wanted) {
  var at = order.indexOf(row);
  for (var d = 1; d < order.length; d++) {
    if (order[at + d] && wanted(order[at + d])) return order[at + d];
    if (order[at - d] && wanted(order[at - d])) return order[at - d];
  }
  return undefined;
}

/**
 * A maker of rows the reviewer made: new ids past every other, score 1 when both sides hold
 * sentences (the reviewer vouches for the link) and 0 for an omission, as the aligner scores them.
 */
function rowMaker(state) {
  return function (en, de) {
    return { id: state.nextId++, en: en, de: de, score: en.length > 0 && de.length > 0 ? 1 : 0, review: 'edited' };
  };
}
`;
