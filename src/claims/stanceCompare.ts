import type { Finding } from '../core/claims.js';
import type { Lang } from '../core/types.js';
import { firstAtLeast } from '../core/sorted.js';
import { readerText } from '../segment/readerText.js';
import type { DiffContext, SideOf } from './diffContext.js';
import { OPPOSED_STANCES, extractStances, type Stance } from './extract/stance.js';
import type { LocatedClaim } from './lookup.js';
import { WITHOUT_CUE } from './negationCues.js';

/** A stretch of one sentence (see negationCompare.ts). */
interface Span {
  sentence: number;
  start: number;
  end: number;
}

interface Placed extends Stance {
  sentence: number;
}

/**
 * A refusal on one side against an assent on the other ("approved" / "lehnte … ab", "advise to" /
 * "raten … ab"), or a stop against going on ("has stopped selling" / "verkauft weiterhin"), is a negation
 * said without a cue: a conflict. A verb with a negation cue in its
 * clause is left to the cue comparison, whichever way the cue turns it ("did not approve" = "lehnte
 * ab", "did not hesitate to approve"): only bare verbs are compared. They are paired by count, so a
 * side that both assents and refuses conflicts only where the other side has more of the one and
 * fewer of the other; a verb the other side said in words outside the class then leaves a one-sided
 * stance, which is no finding. Undefined where there is no conflict.
 */
export function stanceConflict(unit: Record<Lang, Span[]>, hard: Record<Lang, LocatedClaim[]>, context: DiffContext, side: SideOf): Finding | undefined {
  const en = bareStances('en', unit.en, hard.en, context);
  const de = bareStances('de', unit.de, hard.de, context);
  const count = (items: Placed[], stance: Stance['stance']) => items.filter((item) => item.stance === stance).length;
  for (const [denying, affirming] of OPPOSED_STANCES) {
    const [enDenies, deDenies] = [count(en, denying) > count(de, denying), count(de, denying) > count(en, denying)];
    const [enAffirms, deAffirms] = [count(en, affirming) > count(de, affirming), count(de, affirming) > count(en, affirming)];
    if (enDenies && deAffirms) return conflict(first(en, denying), first(de, affirming), side);
    if (deDenies && enAffirms) return conflict(first(en, affirming), first(de, denying), side);
  }
  return undefined;
}

function first(items: Placed[], stance: Stance['stance']): Placed {
  return items.find((item) => item.stance === stance)!;
}

function conflict(en: Placed, de: Placed, side: SideOf): Finding {
  const located = (item: Placed): LocatedClaim => ({ sentence: item.sentence, claim: { type: 'negation', kind: 'negation', start: item.start, end: item.end, value: OPPOSED_STANCES.some(([denying]) => denying === item.stance) ? 'negated' : 'affirmative' } });
  return { status: 'conflict', type: 'negation', en: side('en', located(en)), de: side('de', located(de)), basis: 'stance', conflict: 'negation' };
}

/** The verbs of assent and refusal in the spans that no negation cue in their clause turns around. */
function bareStances(lang: Lang, spans: Span[], hard: LocatedClaim[], context: DiffContext): Placed[] {
  return spans.flatMap((span) => {
    const text = readerText(context.sentences[lang][span.sentence]!);
    const stances = extractStances(text.slice(span.start, span.end), lang);
    if (stances.length === 0) return [];
    // Read once a sentence and searched by halves, so that a sentence of 200,000 clauses stays linear.
    const marks = [...text.matchAll(BOUNDARY)].map((m) => m.index);
    // "without" says how a thing was done ("found him guilty of entering without notice", "photography without flash is
    // allowed"); it turns only the verb it governs: "without formally approving", "ohne den Plan zu billigen".
    const inSentence = hard.filter((cue) => cue.sentence === span.sentence);
    const isWithout = (cue: LocatedClaim) => WITHOUT_CUE.test(text.slice(cue.claim.start, cue.claim.end));
    const cueStarts = inSentence.filter((cue) => !isWithout(cue)).map((cue) => cue.claim.start).sort((a, b) => a - b);
    const withouts = inSentence.filter(isWithout).sort((a, b) => a.claim.start - b.claim.start);
    const withoutStarts = withouts.map((cue) => cue.claim.start);
    return stances
      .map((stance) => ({ ...stance, start: stance.start + span.start, end: stance.end + span.start, sentence: span.sentence }))
      .filter((stance) => {
        const [from, to] = clauseOf(marks, text.length, stance.start, stance.end);
        // A cue lies in the clause when one starts before its end at or after its start (cues are words, within a clause).
        const first = firstAtLeast(cueStarts, from);
        if (first < cueStarts.length && cueStarts[first]! < to) return false;
        const before = firstAtLeast(withoutStarts, stance.start) - 1;
        return before < 0 || withoutStarts[before]! < from || !governedByWithout(lang, text, withouts[before]!.claim.end, stance);
      });
  });
}

/** The clause around [start, end): from the punctuation before it to the punctuation after, a figure's "1,5" being no boundary. */
function clauseOf(marks: number[], length: number, start: number, end: number): [number, number] {
  const before = firstAtLeast(marks, start) - 1;
  const after = firstAtLeast(marks, end);
  return [before >= 0 ? marks[before]! + 1 : 0, after < marks.length ? marks[after]! : length];
}

/**
 * Whether the "without" that ends at `cueEnd` governs the stance's verb: English puts the verb right after it ("without
 * approving", "without formally approving"), German in its infinitive with "zu" at the clause's end ("ohne den Plan zu
 * billigen", "ohne zuzustimmen", "ohne ihn gebilligt zu haben").
 */
function governedByWithout(lang: Lang, text: string, cueEnd: number, stance: Placed): boolean {
  const between = text.slice(cueEnd, stance.start);
  if (lang === 'en') return /^\s+(?:\p{Ll}+\s+)?$/u.test(between);
  return /(?:^|\s)zu\s+$/u.test(between) || /^\p{L}{2,}zu\p{Ll}{3,}$/u.test(text.slice(stance.start, stance.end)) || /^\s+zu\s+(?:haben|sein|werden)(?![\p{L}])/u.test(text.slice(stance.end));
}

const BOUNDARY = /[;!?()–]|[,.:](?!\d)|(?<!\d)[,.:]/gu;
