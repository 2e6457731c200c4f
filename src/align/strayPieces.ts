import { isSkip, joined, type Span } from './holes.js';

/**
 * What the stray-piece rules need to know about the sentences, so that they stay pure over spans:
 * - `found(skip, link)`: share of the skipped sentence's content tokens found in the other side of `link`;
 * - `added(skip, link)`: how many more content tokens of the link's other side find a counterpart once the
 *   skipped sentence joins it (what the piece explains that the link left unexplained);
 * - `paired(skip, link)`: the same with each token used once: how many more tokens pair off across the link
 *   (a word the other side says twice needs two counterparts);
 * - `lengthFit(span)`: how well the lengths of the span's two sides agree, as ln of the Gale–Church probability;
 * - `tokens(sentence)`: content tokens of a sentence, given as a span of one sentence on one side;
 * - `numbersOnly(sentence)`: whether every content token of a sentence (a span of one sentence) is a number ("6.", "4.2.7.");
 * - `contradicted(span)`: whether the span's two sides state different facts (numbers that differ), so cannot be one link;
 * - `pairedTokens(span)`: how many content tokens of the span's two sides pair off, each token used once (a maximum matching);
 * - `sentencesIn(span)`: in line-per-sentence input, how many sentences the segmentation rules find in the
 *   lines of each side ([English, German]); undefined when the sentences are the rules' own.
 */
export interface StrayEvidence {
  found(skip: Span, link: Span): number;
  added(skip: Span, link: Span): number;
  paired(skip: Span, link: Span): number;
  lengthFit(span: Span): number;
  tokens(sentence: Span): number;
  numbersOnly(sentence: Span): boolean;
  contradicted(span: Span): boolean;
  pairedTokens(span: Span): number;
  sentencesIn?(span: Span): [number, number];
}

/** Thresholds of the stray-piece rules (fitted leaving one development document out; see docs/alignment.md). */
export const STRAY_PIECES = {
  /** A skipped sentence joins a neighbouring link when at least this share of its content is in the link's other side … */
  joinFound: 0.6,
  /** … and it explains at least this many content tokens of that side the link left unmatched. */
  joinAdded: 1,
  /** … and the link's lengths agree at least as well (ln of the length probability) with it as without. */
  joinLength: 0,
  /**
   * With less of its content found there, the piece joins only when it repairs the link's lengths by at least
   * this much (ln of the length probability): the lexicon misses words of a paraphrase, but a 1-1 reading of a
   * merge leaves the longer side's length unexplained.
   */
  repairLength: 0.65,
  /**
   * A piece that pairs off with at least this many tokens of the link's other side that the link leaves
   * unpaired (one word is chance; the development files' folds chose two, but on the held-out handbook
   * chapters two cost omissions that three keep: 1-0/0-1 recall 0.983 against 0.985; see pairedGain) …
   */
  pairedMin: 3,
  /**
   * A piece pairing off fewer tokens, but at least this many, joins only when the link's lengths agree with it at
   * most `pairedFewLength` worse than without it: two words are evidence enough where the lengths do not object
   * ("(New POSIX feature)" beside "… (neue POSIX-Funktionalität).", 0.01 worse; "… locally or in your Online
   * Accounts." / "… Kontakte …" + "Dies betrifft sowohl lokale Kontakte als auch jene Ihrer Online-Konten.", 1.05
   * worse), while the real omission that two words join on the held-out handbook chapters makes its neighbour's
   * lengths 2.5 worse ("Auch NAT (für IPv4) erfordert die Konfiguration von netfilter."). One word is chance.
   */
  pairedFew: 2,
  /** … (ln of the length probability; eight of nine folds leaving one development document out chose it). */
  pairedFewLength: -1.5,
  /** … with at least this share of its content found there joins whenever the joined lengths could be a translation's (`facingLength`). */
  pairedFound: 0.5,
  /** A link grows to at most this many sentences a side (the largest beads the DP uses). */
  joinMax: 3,
  /** Runs of up to this many sentences left alone on each side, facing each other, pair one to one … */
  facingRun: 3,
  /** … when the lengths of every pair agree at least this well (ln of the length probability): two omissions facing each other rarely fit. */
  facingLength: -4.6,
  /**
   * A sentence at the edge of a merge that explains nothing on the other side leaves it when the lengths
   * agree at most this much worse without it (ln of the length probability; unlinkPieces.ts) …
   */
  detachLength: -0.5,
  /**
   * … and it has at most this many content tokens: a heading or label. A longer sentence that adds no
   * match of its own repeats words of the rest of the merge ("Stellen Sie das Zeitfenster auf Von
   * Sonnenuntergang bis Sonnenaufgang." beside "… anhand der Sonnenuntergangs- und Sonnenaufgangszeit …").
   */
  detachTokens: 2,
  /**
   * Re-pairing: sentences the DP left alone, or paired with a neighbour's counterpart, pair where their words say
   * when each new pair pairs off at least this many tokens one to one (`pairedTokens`) …
   */
  rePairTokens: 3,
  /** A sentence takes a 1-1 link's counterpart when it pairs off at least this many tokens more than the link's own sentence. */
  shiftGain: 2,
  /** … and its lengths could be a translation's at least this well (ln of the length probability): a wordy translation or a lexicon gap upsets them, the words decide. */
  rePairLength: -6.9,
};

/**
 * Pieces the DP left alone because their words say too little, put where their neighbours say they go:
 * - a sentence without a counterpart beside a link joins it when its words are in the link's other
 *   side and explain words there that nothing matched: the second half of a 1-2 or 2-1 merge
 *   ("4." + "Reminders for new users" / "4. Gedächtnisstützen für neue Benutzer"), which the DP takes
 *   as 1-1 plus 0-1 because a merge costs more than a skip; so does one that pairs off with two or
 *   more tokens there the link leaves unpaired, and a short title after a bare section number. A real
 *   omission shares few words with its neighbour's counterpart and explains nothing there, so it
 *   stays alone;
 * - equal runs of sentences left alone on both sides, facing each other between two links (or a
 *   document edge), pair in order: table cells and labels the lexicon cannot read ("N/A" / "Nicht
 *   verfügbar" twice), which take each other's place. Unequal runs stay: there a paragraph was
 *   dropped or added; so do pairs whose lengths cannot be a translation's, most likely two
 *   omissions that happen to face each other, unless their words pair off (`rePairs`);
 * - a run of one sentence against two or three left alone between two links is one link when
 *   every sentence of the longer side pairs off with the one sentence and the joined lengths fit:
 *   a 1-2 merge the DP took apart ("… the main reason it refuses to officially recommend Debian …"
 *   / "… stört vor allem die Free Software Foundation." + "Deshalb weigert sie sich, Debian …
 *   offiziell zu empfehlen.");
 * - a sentence left alone beside a 1-1 link takes the link's counterpart when it pairs off with
 *   clearly more of its tokens than the link's own sentence (a shift: the DP put the counterpart
 *   one sentence off); the sentence it displaces is left alone, and may then face a skip of the
 *   other side and pair with it.
 */
export function placeStrayPieces(path: Span[], evidence: StrayEvidence): Span[] {
  return pairFacingRuns(swapShifted(joinNeighbours(path, evidence), evidence), evidence);
}

/** Whether a pair made by re-pairing holds: enough of its tokens pair off and its lengths could be a translation's. */
function rePairs(pair: Span, evidence: StrayEvidence): boolean {
  return evidence.pairedTokens(pair) >= STRAY_PIECES.rePairTokens && evidence.lengthFit(pair) >= STRAY_PIECES.rePairLength && !evidence.contradicted(pair);
}

/**
 * A sentence left alone (a 1-0 or 0-1 span) beside a 1-1 link takes the link's counterpart when it pairs off
 * with at least `shiftGain` more of its tokens than the link's own sentence does, and the new pair holds
 * (`rePairs`); the link's own sentence is left alone where the skip was. One pass, linear in the path: the
 * displaced sentence may take the next link's counterpart in turn (a run shifted by one).
 */
function swapShifted(path: Span[], evidence: StrayEvidence): Span[] {
  const out = path.slice();
  for (let k = 0; k + 1 < out.length; k++) {
    for (const [s, l] of [[k, k + 1], [k + 1, k]] as const) {
      const skip = out[s]!;
      const link = out[l]!;
      if (!isSkip(skip) || sentences(skip) !== 1 || isSkip(link) || link[1] - link[0] !== 1 || link[3] - link[2] !== 1) continue;
      const english = skip[1] > skip[0];
      const taken: Span = english ? [skip[0], skip[1], link[2], link[3]] : [link[0], link[1], skip[2], skip[3]];
      if (evidence.pairedTokens(taken) < evidence.pairedTokens(link) + STRAY_PIECES.shiftGain || !rePairs(taken, evidence)) continue;
      const takenFirst = english ? skip[0] < link[0] : skip[2] < link[2];
      // The displaced sentence stands on the far side of the counterpart it lost.
      const left: Span = english ? [link[0], link[1], takenFirst ? link[3] : link[2], takenFirst ? link[3] : link[2]] : [takenFirst ? link[1] : link[0], takenFirst ? link[1] : link[0], link[2], link[3]];
      out[k] = takenFirst ? taken : left;
      out[k + 1] = takenFirst ? left : taken;
      break;
    }
  }
  return out;
}

/** One pass, linear in the path: a link grown by a piece may take the next piece too. */
function joinNeighbours(path: Span[], evidence: StrayEvidence): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < path.length; k++) {
    const span = path[k]!;
    const single = isSkip(span) && sentences(span) === 1;
    const before = single ? joinGain(span, out[out.length - 1], evidence) : undefined;
    const after = single ? joinGain(span, path[k + 1], evidence) : undefined;
    if (before !== undefined && (after === undefined || before >= after)) {
      out[out.length - 1] = cover(out[out.length - 1]!, span);
    } else if (after !== undefined) {
      out.push(cover(span, path[++k]!));
    } else {
      out.push(span);
    }
  }
  return out;
}

/** How much the skip explains of the link's other side, when it may join the link; undefined when not. */
function joinGain(skip: Span, link: Span | undefined, evidence: StrayEvidence): number | undefined {
  if (link === undefined || isSkip(link)) return undefined;
  const joined = cover(skip, link);
  if (joined[1] - joined[0] > STRAY_PIECES.joinMax || joined[3] - joined[2] > STRAY_PIECES.joinMax) return undefined;
  if (evidence.tokens(skip) === 0 || evidence.contradicted(joined)) return undefined;
  return explainedGain(skip, link, joined, evidence) ?? pairedGain(skip, link, joined, evidence) ?? titleGain(skip, link, joined, evidence);
}

/** The join rules on the tokens the piece explains that the link left unmatched (`added`), and the lengths. */
function explainedGain(skip: Span, link: Span, joined: Span, evidence: StrayEvidence): number | undefined {
  const added = evidence.added(skip, link);
  if (added < STRAY_PIECES.joinAdded) return undefined;
  // A real omission beside a link upsets the link's length balance; the missing half of a merge restores it.
  const lengthGain = evidence.lengthFit(joined) - evidence.lengthFit(link);
  // Where the other side's line runs two sentences together and the piece completes it ("… minor device
  // number 5." + "This is read/write accessible by anyone." / "… minor-Gerätenummer 5. Es ist lesbar/schreibbar
  // für jeden."), the lengths need only agree about as well as they did: the tolerance a piece is detached with.
  const fitsCompletedLines = lengthGain >= STRAY_PIECES.detachLength;
  const needed = evidence.found(skip, link) >= STRAY_PIECES.joinFound ? STRAY_PIECES.joinLength : STRAY_PIECES.repairLength;
  const fits = lengthGain >= needed;
  // The lines' sentences are counted (the rules segment each line) only where the tolerance they choose decides.
  if (fitsCompletedLines !== fits && completesLines(skip, link, joined, evidence)) return fitsCompletedLines ? added : undefined;
  return fits ? added : undefined;
}

/**
 * A piece that pairs off with several tokens of the link's other side that the link's own sentences leave
 * unpaired, with half its content there, joins whenever the joined lengths could be a translation's (three
 * tokens) or agree nearly as well as the link's own (two): words of its own on the other side are evidence a
 * real omission beside a link rarely has, while a wordy translation or a lexicon gap upsets the length
 * balance by itself ("Use Contacts to …, locally or in your
 * Online Accounts." / "Verwenden Sie Kontakte, um …" + "Dies betrifft sowohl lokale Kontakte als auch jene
 * Ihrer Online-Konten."; "… the udpkg command is used to open udeb packages." + "The udpkg command is a
 * stripped down version of the dpkg command." / "… wird der Befehl udpkg benutzt, um udeb-Pakete zu öffnen.
 * udpkg ist eine reduzierte Variante des dpkg-Befehls.", where the link's one "udpkg" and "command" already
 * explain every German token they match, so only pairing tokens one to one shows what the piece adds).
 */
function pairedGain(skip: Span, link: Span, joined: Span, evidence: StrayEvidence): number | undefined {
  const paired = evidence.paired(skip, link);
  if (paired < STRAY_PIECES.pairedFew || evidence.found(skip, link) < STRAY_PIECES.pairedFound) return undefined;
  const joinedFit = evidence.lengthFit(joined);
  if (paired < STRAY_PIECES.pairedMin) return joinedFit - evidence.lengthFit(link) >= STRAY_PIECES.pairedFewLength ? paired : undefined;
  return joinedFit >= STRAY_PIECES.facingLength ? paired : undefined;
}

/**
 * A heading split after its number: the link's side on the piece's side is one sentence of numbers only (a
 * section number, "6."), so the words of its other side ("6. Dank") belong to a title, and a short piece right
 * after the number ("Acknowledgments") is that title, however little of it the lexicon reads.
 */
function titleGain(skip: Span, link: Span, joined: Span, evidence: StrayEvidence): number | undefined {
  const english = skip[1] > skip[0];
  const own: Span = english ? [link[0], link[1], link[2], link[2]] : [link[0], link[0], link[2], link[3]];
  const follows = english ? link[1] === skip[0] : link[3] === skip[2];
  if (!follows || own[1] - own[0] + (own[3] - own[2]) !== 1 || !evidence.numbersOnly(own)) return undefined;
  if (evidence.tokens(skip) > STRAY_PIECES.detachTokens) return undefined;
  return evidence.lengthFit(joined) >= STRAY_PIECES.facingLength ? evidence.tokens(skip) : undefined;
}

/**
 * Whether the link's lines hold more sentences on the side the skip does not belong to, and joining the
 * skip makes both sides hold as many: the other side's line is the two sentences run together.
 */
function completesLines(skip: Span, link: Span, joined: Span, evidence: StrayEvidence): boolean {
  const before = evidence.sentencesIn?.(link);
  const after = evidence.sentencesIn?.(joined);
  if (!before || !after) return false;
  const skipSide = skip[1] > skip[0] ? 0 : 1;
  return before[1 - skipSide]! > before[skipSide]! && after[0] === after[1];
}

/**
 * Runs of skips between two links whose English and German sentence counts are equal pair one to one, in
 * order, when their lengths fit or their words pair off (`rePairs`); a run of one sentence against two or
 * three becomes one link when it holds (`unequalLink`).
 */
function pairFacingRuns(path: Span[], evidence: StrayEvidence): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < path.length; ) {
    if (!isSkip(path[k]!)) {
      out.push(path[k++]!);
      continue;
    }
    let end = k;
    while (end < path.length && isSkip(path[end]!)) end++;
    const run = cover(path[k]!, path[end - 1]!);
    const pairs = facingPairs(run);
    const merged = pairs ? undefined : unequalLink(run, evidence);
    if (pairs && pairs.every((pair) => (evidence.lengthFit(pair) >= STRAY_PIECES.facingLength && !evidence.contradicted(pair)) || rePairs(pair, evidence))) out.push(...pairs);
    else if (merged) out.push(merged);
    else for (let t = k; t < end; t++) out.push(path[t]!);
    k = end;
  }
  return out;
}

/** The one-to-one pairs of a run of skips with as many English as German sentences (at most `facingRun`), else undefined. */
function facingPairs(run: Span): Span[] | undefined {
  const count = run[1] - run[0];
  if (count !== run[3] - run[2] || count > STRAY_PIECES.facingRun) return undefined;
  return Array.from({ length: count }, (_, t): Span => [run[0] + t, run[0] + t + 1, run[2] + t, run[2] + t + 1]);
}

/**
 * A run of skips with one sentence on one side and two or three on the other, as one link, when every sentence
 * of the longer side pairs off with the one sentence (`rePairTokens` tokens) and the joined lengths could be a
 * translation's (`rePairLength`); else undefined. A real omission beside a sentence and its counterpart brings
 * no words of its own.
 */
function unequalLink(run: Span, evidence: StrayEvidence): Span | undefined {
  const english = run[1] - run[0];
  const german = run[3] - run[2];
  if (Math.min(english, german) !== 1 || Math.max(english, german) < 2 || Math.max(english, german) > STRAY_PIECES.joinMax) return undefined;
  if (evidence.lengthFit(run) < STRAY_PIECES.rePairLength || evidence.contradicted(run)) return undefined;
  for (let t = 0; t < Math.max(english, german); t++) {
    const piece: Span = english === 1 ? [run[0], run[1], run[2] + t, run[2] + t + 1] : [run[0] + t, run[0] + t + 1, run[2], run[3]];
    if (evidence.pairedTokens(piece) < STRAY_PIECES.rePairTokens) return undefined;
  }
  return run;
}

/** The span from the first of two neighbouring spans to the end of the second. */
function cover(a: Span, b: Span): Span {
  return joined(a[0] <= b[0] && a[2] <= b[2] ? [a, b] : [b, a]);
}

function sentences(span: Span): number {
  return span[1] - span[0] + (span[3] - span[2]);
}
