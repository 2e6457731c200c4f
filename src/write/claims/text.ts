import type { ChalkInstance } from 'chalk';
import type { ClaimSide, ClaimsDiffDocument, Finding, FindingStatus } from '../../core/claims.js';
import { reasonOf } from './reasons.js';
import type { Lang } from '../../core/types.js';
import { readerText } from '../../segment/readerText.js';
import type { ClaimsWriterOptions } from './options.js';

/** Characters of context shown on each side of a claim; long sentences are cut around it. */
const CONTEXT = 70;

const SECTIONS: Array<{ status: FindingStatus; title: string }> = [
  { status: 'conflict', title: 'Conflicts' },
  { status: 'en-only', title: 'English only' },
  { status: 'de-only', title: 'German only' },
];

/**
 * The diff for a terminal: a summary line, then conflicts (both sentences, the differing values
 * highlighted), then claims only one side makes, then the matches — counted by type, or listed
 * with `--verbose`. Without colours the highlighted values are marked »like this«.
 */
export function formatClaimsText(doc: ClaimsDiffDocument, options: ClaimsWriterOptions): string {
  const c = options.chalk;
  const count = (status: FindingStatus) => doc.findings.filter((f) => f.status === status).length;
  const lines = [
    `${c.bold('EN')} ${doc.documents.en.path}  ${c.bold('DE')} ${doc.documents.de.path}`,
    summary(count('conflict'), count('en-only'), count('de-only'), count('match'), c),
  ];
  for (const section of SECTIONS) {
    const findings = doc.findings.filter((f) => f.status === section.status);
    if (findings.length === 0) continue;
    lines.push('', c.bold.underline(`${section.title} (${findings.length})`));
    for (const finding of findings) lines.push(...describe(finding, doc, c));
  }
  const matches = doc.findings.filter((f) => f.status === 'match');
  const inLinks = groupByLink(matches.filter((f) => f.basis !== 'elsewhere'));
  const elsewhere = matches.filter((f) => f.basis === 'elsewhere');
  if (inLinks.length > 0) {
    lines.push('', c.bold.underline(`Matches in aligned sentences (${inLinks.reduce((n, g) => n + g.length, 0)})`));
    for (const group of inLinks) lines.push(...describeGroup(group, doc, c));
  }
  if (elsewhere.length > 0) {
    lines.push('', c.bold.underline(`Matches found in other sentences (${elsewhere.length})`));
    if (options.verbose) {
      for (const finding of elsewhere) lines.push(matchLine(finding, c));
    } else {
      lines.push(`  ${countByType(elsewhere)}  ${c.dim('(--verbose lists them)')}`);
    }
  }
  return lines.join('\n') + '\n';
}

function summary(conflicts: number, enOnly: number, deOnly: number, matches: number, c: ChalkInstance): string {
  return [
    (conflicts > 0 ? c.red.bold : c.green)(`${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'}`),
    c.yellow(`${enOnly} English only`),
    c.yellow(`${deOnly} German only`),
    c.green(`${matches} ${matches === 1 ? 'match' : 'matches'}`),
  ].join(', ');
}

function describe(finding: Finding, doc: ClaimsDiffDocument, c: ChalkInstance): string[] {
  const mark = finding.status === 'conflict' ? c.red.bold : c.yellow.bold;
  // A substituted name is a kind of its own for a reader: another person or company in the same place.
  const type = (finding.conflict === 'entity-substituted' ? 'entity-substituted' : finding.type).padEnd(10);
  const head =
    finding.status === 'conflict'
      ? `${c.red('✗')} ${type} ${quoted(finding.en!, mark)} ≠ ${quoted(finding.de!, mark)}`
      : `${c.yellow('•')} ${type} ${quoted((finding.en ?? finding.de)!, mark)}`;
  // What both figures count, when a word of each side says so: "visitors / Besucher".
  const why = [reasonOf(finding), finding.about ? `both about ${finding.about.en} / ${finding.about.de}` : undefined].filter(Boolean).join('; ');
  const lines = [`${head}${why ? c.dim(`  — ${why}`) : ''}`];
  for (const lang of ['en', 'de'] as const) {
    const side = finding[lang];
    if (side) lines.push(`    ${c.dim(`${lang.toUpperCase()} ${side.sentence}`.padEnd(7))} ${excerpt(doc, lang, side, mark)}`);
  }
  return lines;
}

function quoted(side: ClaimSide, mark: ChalkInstance): string {
  // In a negation conflict the side without a cue is its whole sentence: say so instead of quoting it.
  if (side.value === 'affirmative') return '(no negation)';
  return `${mark(`"${oneLine(side.text)}"`)} (${side.value})`;
}

function matchLine(finding: Finding, c: ChalkInstance): string {
  const where = `EN ${finding.en!.sentence} ↔ DE ${finding.de!.sentence}`;
  return `${c.green('=')} ${finding.type.padEnd(10)} "${oneLine(finding.en!.text)}" = "${oneLine(finding.de!.text)}" ${c.dim(`${where}, ${reasonOf(finding) ?? ''}`)}`;
}

/** Matches of one pair of aligned sentences, in the order of the findings. */
function groupByLink(findings: Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.en!.sentence}|${f.de!.sentence}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

function describeGroup(group: Finding[], doc: ClaimsDiffDocument, c: ChalkInstance): string[] {
  const pairs = group.map((f) => {
    const en = oneLine(f.en!.text);
    const de = oneLine(f.de!.text);
    return en === de ? en : `${en} = ${de}`;
  });
  const first = group[0]!;
  const lines = [`${c.green('=')} ${pairs.join(', ')}`];
  for (const lang of ['en', 'de'] as const) {
    const sentence = doc.sentences[lang][first[lang]!.sentence];
    const text = sentence ? readerText(sentence) : '';
    lines.push(`    ${c.dim(`${lang.toUpperCase()} ${first[lang]!.sentence}`.padEnd(7))} ${oneLineCut(text, 0, text.length, CONTEXT * 2, 'end')}`);
  }
  return lines;
}

function countByType(findings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([type, n]) => `${type} ${n}`).join(', ');
}

/** The sentence around the claim on one line, the claim highlighted (or marked »…« without colour). */
function excerpt(doc: ClaimsDiffDocument, lang: Lang, side: ClaimSide, mark: ChalkInstance): string {
  const sentence = doc.sentences[lang][side.sentence];
  const text = sentence ? readerText(sentence) : '';
  if (side.start === 0 && side.end === text.length) return oneLineCut(text, 0, text.length, CONTEXT * 2, 'end');
  const before = oneLineCut(text, 0, side.start, CONTEXT, 'start');
  const after = oneLineCut(text, side.end, text.length, CONTEXT, 'end');
  const claim = oneLine(text.slice(side.start, side.end));
  const highlighted = mark.level > 0 ? mark(claim) : `»${claim}«`;
  return `${before}${highlighted}${after}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * `cut(oneLine(text.slice(from, to)), max, keep)`, reading only a window of about twice `max`
 * characters: a document on one line has thousands of claims in one sentence. Collapsing the
 * whitespace of a window gives a prefix (or suffix) of collapsing the whole, so once the window
 * holds more than `max` characters the cut is the same.
 */
function oneLineCut(text: string, from: number, to: number, max: number, keep: 'start' | 'end'): string {
  for (let window = 2 * max; ; window *= 2) {
    const whole = to - from <= window;
    const part = whole ? text.slice(from, to) : keep === 'end' ? text.slice(from, from + window) : text.slice(to - window, to);
    const line = oneLine(part);
    if (whole || line.length > max) return cut(line, max, keep);
  }
}

function cut(text: string, max: number, keep: 'start' | 'end'): string {
  if (text.length <= max) return text;
  return keep === 'start' ? `…${text.slice(text.length - max)}` : `${text.slice(0, max)}…`;
}
