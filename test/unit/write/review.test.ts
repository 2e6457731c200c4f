import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/write/html/index.js';
import { parseAlignmentJson } from '../../../src/read/alignmentJson.js';
import { selectUnits } from '../../../src/write/units.js';
import { alignmentOf, client, reportData } from './html-fixture.js';

type Row = { id: number; en: number[]; de: number[]; score: number; review?: string; deleted?: true };

/** The review's rows of a small translation, and an edit applied as the page applies it (view order = alignment order). */
function reviewOf(links: Array<{ en: number[]; de: number[]; score: number }>) {
  const doc = alignmentOf('parallel', ['a.', 'b.', 'c.', 'd.', 'e.'], ['A.', 'B.', 'C.', 'D.', 'E.'], links);
  const state = { rows: client.rowsOfAlignment(doc) as Row[], nextId: links.length };
  const edit = (name: string, at: number): string | undefined => {
    const result = client.EDITS[name](state.rows, state.rows[at], state.rows, client.rowMaker(state)) as Row[] | string;
    if (typeof result === 'string') return result;
    state.rows = result;
    return undefined;
  };
  const sides = () => state.rows.map((row) => [row.en, row.de]);
  return { doc, state, edit, sides };
}

describe('the review’s edits (the page’s own code, run in Node)', () => {
  it('merges a row with the next, splits it again, and marks both as the reviewer’s, scoring 1', () => {
    const review = reviewOf([{ en: [0], de: [0], score: 0.4 }, { en: [1], de: [], score: 0 }, { en: [2], de: [1, 2], score: 0.7 }]);
    expect(review.edit('merge', 0)).toBeUndefined();
    expect(review.sides()).toEqual([[[0, 1], [0]], [[2], [1, 2]]]);
    expect(review.state.rows[0]).toMatchObject({ id: 3, score: 1, review: 'edited' });
    expect(review.edit('split', 1)).toBeUndefined();
    expect(review.sides()).toEqual([[[0, 1], [0]], [[2], [1]], [[], [2]]]);
    expect(review.state.rows[2]).toMatchObject({ score: 0, review: 'edited' });
    expect(review.edit('merge', 2)).toBe('there is no row below to merge with');
  });

  it('moves a sentence to the row above or below, and drops a row left empty', () => {
    const review = reviewOf([{ en: [0], de: [0], score: 0.9 }, { en: [1], de: [1, 2], score: 0.5 }, { en: [2], de: [], score: 0 }]);
    review.edit('moveDeUp', 1);
    expect(review.sides()).toEqual([[[0], [0, 1]], [[1], [2]], [[2], []]]);
    review.edit('moveEnDown', 1);
    expect(review.sides()).toEqual([[[0], [0, 1]], [[], [2]], [[1, 2], []]]);
    review.edit('moveDeUp', 1);
    expect(review.sides()).toEqual([[[0], [0, 1, 2]], [[1, 2], []]]);
  });

  it('links a one-sided row with the nearest row of the other language, and unlinks a row into two', () => {
    const review = reviewOf([{ en: [0], de: [], score: 0 }, { en: [1], de: [0], score: 0.8 }, { en: [], de: [1], score: 0 }]);
    expect(review.edit('link', 1)).toBe('this row has sentences on both sides: unlink it first');
    review.edit('link', 0);
    expect(review.sides()).toEqual([[[0], [1]], [[1], [0]]]);
    review.edit('unlink', 1);
    expect(review.sides()).toEqual([[[0], [1]], [[1], []], [[], [0]]]);
  });

  it('accepts and deletes as flags a second press takes back, keeping an edited row edited', () => {
    const review = reviewOf([{ en: [0], de: [0], score: 0.9 }, { en: [1], de: [1], score: 0.5 }]);
    review.edit('accept', 0);
    review.edit('delete', 1);
    expect(review.state.rows.map((r) => [r.review, r.deleted])).toEqual([['accepted', undefined], [undefined, true]]);
    review.edit('accept', 0);
    review.edit('delete', 1);
    expect(review.state.rows.map((r) => [r.review, r.deleted])).toEqual([[undefined, undefined], [undefined, undefined]]);
    review.edit('merge', 0);
    expect(review.edit('accept', 0)).toBe('this row is your own edit: it counts as reviewed already');
  });
});

describe('the saved review', () => {
  it('is an alignment export reads back, with the review record, and export leaves out what the reviewer deleted', () => {
    const review = reviewOf([{ en: [0], de: [0], score: 0.9 }, { en: [1], de: [1], score: 0.5 }, { en: [2], de: [2], score: 0.6 }, { en: [3, 4], de: [3, 4], score: 0.2 }]);
    review.edit('accept', 0);
    review.edit('delete', 1);
    review.edit('split', 3);
    const text = client.savedAlignmentJson(review.doc, review.state.rows, { accept: 1, delete: 1, split: 1 }, new Date(Date.UTC(2026, 11, 5, 17, 0))) as string;
    const saved = parseAlignmentJson(text, 'reviewed.json');
    expect(saved.review).toEqual({ saved: '2026-12-05T17:00:00.000Z', edits: { accept: 1, delete: 1, split: 1 }, links: { accepted: 1, edited: 2, deleted: 1, unreviewed: 1 } });
    expect(saved.alignments.map((l) => [l.en, l.de, l.review])).toEqual([[[0], [0], 'accepted'], [[1], [1], 'deleted'], [[2], [2], undefined], [[3], [3], 'edited'], [[4], [4], 'edited']]);
    expect(saved.sentences).toEqual(review.doc.sentences);
    const { units, count } = selectUnits(saved, { bilingual: true });
    expect(units.map((u) => u.en)).toEqual(['a.', 'c.', 'd.', 'e.']);
    expect(count.deletedInReview).toBe(1);
    // A report of the saved file shows the review where the reviewer left it.
    const rows = client.rowsOfAlignment(reportData(renderReport(saved, undefined)).alignment) as Row[];
    expect(rows.map((r) => r.review ?? (r.deleted ? 'deleted' : '-'))).toEqual(['accepted', 'deleted', '-', 'edited', 'edited']);
  });

  it('is refused when a link says a review it cannot have', () => {
    const doc = alignmentOf('parallel', ['a.'], ['A.'], [{ en: [0], de: [0], score: 0.5, review: 'maybe' as 'accepted' }]);
    expect(() => parseAlignmentJson(JSON.stringify(doc), 'x.json')).toThrow('x.json: damaged satzpaar alignment: alignments[0].review is none of accepted, edited, deleted; re-create it with satzpaar align');
  });
});
