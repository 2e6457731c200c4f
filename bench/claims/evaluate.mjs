// Scores the claims diff on the hand-written sentence pairs of fixtures/claims/pairs.tsv.
// Shared by bench/claims/run.mjs (against dist/) and test/unit/claims/evaluation.test.ts (against src/).

/** @returns {{id: string, expected: string, en: string, de: string}[]} */
export function parsePairs(tsv) {
  return tsv
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [id, expected, en, de] = line.split('\t');
      if (!id || !expected || !en || !de) throw new Error(`pairs.tsv: bad line: ${line}`);
      return { id, expected, en, de };
    });
}

/** A one-link parallel alignment of one sentence pair, as `satzpaar align --presegmented` would give. */
export function alignmentFor(pair) {
  const sentence = (text) => [{ text, start: 0, end: text.length }];
  const document = (path, lang) => ({ path, sha256: '', language: { detected: lang, confidence: 1, source: 'stated' }, segmentation: 'lines' });
  return {
    format: 'satzpaar-alignment',
    version: 1,
    mode: 'parallel',
    modeReason: 'evaluation pair',
    generator: { name: 'satzpaar', version: 'bench' },
    documents: { en: document(`${pair.id}.en`, 'en'), de: document(`${pair.id}.de`, 'de') },
    sentences: { en: sentence(pair.en), de: sentence(pair.de) },
    alignments: [{ en: [0], de: [0], score: 1 }],
  };
}

/**
 * A faithful pair is falsely flagged when any finding is not a match. An injected discrepancy is
 * detected when a finding of the expected type is a conflict or one-side-only. A range is reported as a
 * claim of the type of its ends ("between 7,000 and 10,000 euros" an amount); the older sets label a
 * changed range "range", which a finding whose value is a range (`low..high`) detects.
 */
export function evaluate(diffClaims, pairs) {
  const result = {
    faithful: { total: 0, flagged: [] },
    discrepant: { total: 0, detected: 0, asConflict: 0, missed: [], byType: {} },
  };
  for (const pair of pairs) {
    const flags = diffClaims(alignmentFor(pair)).filter((f) => f.status !== 'match');
    if (pair.expected === 'faithful') {
      result.faithful.total++;
      if (flags.length > 0) result.faithful.flagged.push({ pair, flags });
      continue;
    }
    const stats = (result.discrepant.byType[pair.expected] ??= { total: 0, detected: 0 });
    result.discrepant.total++;
    stats.total++;
    const hits = flags.filter((f) => ofExpectedType(f, pair.expected));
    if (hits.length > 0) {
      result.discrepant.detected++;
      stats.detected++;
      if (hits.some((f) => f.status === 'conflict')) result.discrepant.asConflict++;
    } else {
      result.discrepant.missed.push({ pair, flags });
    }
  }
  return {
    ...result,
    falseFlagRate: result.faithful.flagged.length / result.faithful.total,
    // A false alarm a fact-checker acts on: a conflict on a faithful pair (one-sided findings are leads).
    falseConflictRate: result.faithful.flagged.filter(({ flags }) => flags.some((f) => f.status === 'conflict')).length / result.faithful.total,
    detectionRate: result.discrepant.detected / result.discrepant.total,
  };
}

/** Whether a finding is of a label's type; a changed range (label `range`) is a finding whose value is a range. */
export function ofExpectedType(finding, expected) {
  return finding.type === expected || (expected === 'range' && [finding.en, finding.de].some((side) => side !== null && side.value.includes('..')));
}

export function describeFlag(f) {
  const side = (s) => (s ? `"${s.text}" (${s.value})` : '—');
  return `${f.status} ${f.type}: ${side(f.en)} / ${side(f.de)}`;
}
