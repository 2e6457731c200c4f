import { seamsAround, type PageSeam } from './pageSeams.js';

/**
 * Subtitle files: SubRip (`.srt`: a cue number, a timing line "00:00:01,000 --> 00:00:03,500", the
 * cue's lines, a blank line) and WebVTT (`WEBVTT` first; optional cue identifiers; `NOTE`, `STYLE` and
 * `REGION` blocks). The numbers and timings are no text, and a sentence often runs over two or three
 * cues ("Microsoft has bought Kinvolk," / "a small company from Berlin."). So the stretch from one
 * cue's last line of text to the next cue's first — blank line, number, timing — is a seam like a
 * page break's (pageSeams.ts): a paragraph break when the cue ended a sentence, else a space.
 */
const TIMING = /^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}(?:[ \t].*)?$/;
const VTT_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

/** Whether the text is a subtitle file: `WEBVTT` first, or a cue (number and timing line) at the start, and two timing lines or more. */
export function isSubtitleText(text: string): boolean {
  const head = text.replace(/^\ufeff/, '').trimStart();
  const lines = head.slice(0, 400).split(/\r?\n/);
  const opensLikeSubtitles = lines[0]!.startsWith('WEBVTT') || (/^\d+[ \t]*$/.test(lines[0]!) && TIMING.test(lines[1] ?? ''));
  if (!opensLikeSubtitles) return false;
  let timings = 0;
  for (const line of head.split(/\r?\n/)) if (TIMING.test(line) && ++timings >= 2) return true;
  return false;
}

/** From the first to the last character of a cue's text lines. */
interface Cue {
  start: number;
  end: number;
}

/** The seams between cues (and before the first and after the last), in order; none unless the text is a subtitle file. */
export function subtitleSeams(text: string): PageSeam[] {
  if (!isSubtitleText(text)) return [];
  return seamsAround(text, cues(text), (end) => (endsSentence(text, end) ? '\n\n' : ' '));
}

/** Each cue's text: the lines after a timing line up to the next blank line. */
function cues(text: string): Cue[] {
  const found: Cue[] = [];
  const lines = [...text.matchAll(/[^\n]*(?:\n|$)/g)].filter((m) => m[0] !== '');
  for (let k = 0; k < lines.length; k++) {
    if (!TIMING.test(lines[k]![0].replace(/\r?\n$/, ''))) continue;
    let textStart = -1;
    let textEnd = -1;
    for (k++; k < lines.length; k++) {
      const line = lines[k]![0].replace(/\r?\n$/, '');
      if (line.trim() === '' || VTT_BLOCK.test(line)) break;
      const start = lines[k]!.index + (line.length - line.trimStart().length);
      if (textStart < 0) textStart = start;
      textEnd = lines[k]!.index + line.trimEnd().length;
    }
    if (textStart >= 0) found.push({ start: textStart, end: textEnd });
  }
  return found;
}

/**
 * Whether the cue ends a sentence: a terminal mark, perhaps with closing quotes or an italics tag after
 * it. An ellipsis ("I think..." / "...we should go.") carries the sentence on into the next cue.
 */
function endsSentence(text: string, position: number): boolean {
  const end = text.slice(Math.max(0, position - 12), position).replace(/(?:<\/[a-z]+>|["'”’»)\]])+$/iu, '');
  return /[.!?:]$/.test(end) && !/(?:\.\.\.|…)$/.test(end);
}
