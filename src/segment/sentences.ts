import type { Sentence } from '../core/types.js';
import {
  isBullet, isCloser, isDash, isDigit, isLetter, isLineBreak, isLower, isOpenBracket, isQuote, isSpace, isTerminal, isUpper, isWideStop,
} from './chars.js';
import { pushTrimmed } from './lines.js';
import { follows, isFirstValue, type ListMarker, markerAt, numberMarkerAt } from './listMarkers.js';
import type { LanguageRules } from './rules.js';
import { findSpans } from './spans.js';

/** Splits one block (see blocks.ts) into sentences and appends them to `out`. */
export function splitBlock(text: string, start: number, end: number, rules: LanguageRules, out: Sentence[]): void {
  new BlockScanner(text, start, end, rules, out).run();
}

/** A run of punctuation-only words after a word: "period . . . . Next", "an ! 'I". */
interface PunctuationRun {
  end: number;
  dots: number;
  /** Number of words that are a bare "." */
  bareDots: number;
  /** Contains ! ? or a wide stop. */
  strong: boolean;
  hasCloser: boolean;
}

/**
 * One left-to-right pass over the words of a block. Every decision looks at the current word, the word
 * before it and the first characters of the next one, so the cost is linear in the block's length.
 */
class BlockScanner {
  private readonly spans: number[];
  private spanIndex = 0;
  private sentenceStart: number;
  /** Words of the current sentence seen so far. */
  private count = 0;
  /** The current sentence began with a bullet; its next word may still be a list marker. */
  private markerSlot = false;
  private list: ListMarker | undefined;
  private previousStart = -1;
  private previousEnd = -1;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    private readonly rules: LanguageRules,
    private readonly out: Sentence[],
  ) {
    this.spans = findSpans(text, start, end);
    this.sentenceStart = start;
  }

  run(): void {
    let position = this.start;
    for (;;) {
      const wordStart = this.skipSpace(position);
      if (wordStart >= this.end) break;
      position = this.word(wordStart, this.wordEnd(wordStart));
    }
    pushTrimmed(this.text, this.sentenceStart, this.end, this.out);
  }

  /** Handles the word text[start, end); returns where scanning continues. */
  private word(start: number, end: number): number {
    const { text } = this;
    if (this.count > 0 && !this.markerSlot) {
      const code = text.charCodeAt(start);
      if (isBullet(code)) this.breakAt(start);
      else if (this.list && this.list.value >= 0) {
        const marker = markerAt(text, start, end);
        // The next item of the list, or a new list ("2.) … 1.) …", "10. … a. …").
        if (marker && (follows(marker, this.list) || isFirstValue(marker.value))) this.breakAt(start);
      }
    }
    if (this.count === 0 || this.markerSlot) {
      if (this.onlyBullets(start, end)) {
        this.markerSlot = true;
        return this.advance(start, end);
      }
      this.markerSlot = false;
      const marker = markerAt(text, start, end);
      if (marker) {
        // The period of a list marker ("1.", "a.") never ends a sentence.
        this.list = marker;
        return this.advance(start, end);
      }
      // "5.1. New packages", "8.10.2. Getting the Sources": a section number labels its heading.
      if (SECTION_NUMBER.test(text.slice(start, end))) return this.advance(start, end);
    } else if (this.count === 1 && this.labelNumber(start, end)) {
      return this.advance(start, end);
    }
    start = this.splitInside(start, end);
    return this.ending(start, end);
  }

  /** "Figure 1.1." / "Kapitel 4." opening a sentence: the number's period belongs to the caption's label. */
  private labelNumber(start: number, end: number): boolean {
    if (!LABEL_NUMBER.test(this.text.slice(start, end))) return false;
    const label = this.text.slice(this.skipOpeners(this.previousStart, this.previousEnd), this.previousEnd).replace(/\.$/, '');
    return this.rules.captionLabels.has(label.toLowerCase()) && isUpper(this.text.charCodeAt(this.previousStart));
  }

  /** Sentences joined without a space: "world.Today", "1,000.That", "period．Does". Returns the last piece's start. */
  private splitInside(start: number, end: number): number {
    const { text } = this;
    let urlChecked = false;
    for (let k = start + 1; k < end - 1; k++) {
      const code = text.charCodeAt(k);
      let cut = -1;
      if (isWideStop(code)) cut = k + 1;
      else if (code === 0x2e && k + 2 < end) {
        const before = text.charCodeAt(k - 1);
        if ((isLower(before) || isDigit(before)) && isUpper(text.charCodeAt(k + 1)) && isLower(text.charCodeAt(k + 2))) {
          if (!urlChecked) {
            if (looksLikeAddress(text, start, end)) return start;
            urlChecked = true;
          }
          cut = k + 1;
        }
      }
      if (cut >= 0) {
        this.breakAt(cut);
        this.count = 0;
        start = cut;
      }
    }
    return start;
  }

  /** Decides whether the sentence ends after the word text[start, end). */
  private ending(start: number, end: number): number {
    const { text } = this;
    const coreEnd = this.coreEnd(start, end);
    let terminalStart = coreEnd;
    while (terminalStart > start && isTerminal(text.charCodeAt(terminalStart - 1))) terminalStart--;
    const closedByQuote = coreEnd < end && isQuote(text.charCodeAt(end - 1)) && this.embeddedQuote(coreEnd, end);

    if (this.count === 0 && terminalStart === start && coreEnd === end) {
      // ". . . The practice": an ellipsis that opens a sentence does not end it.
      return this.advance(start, this.punctuationRun(end)?.end ?? end);
    }
    if (terminalStart === coreEnd) {
      // Speech broken off with a dash: "If you please, sir--" The Rabbit started …
      if (coreEnd < end && coreEnd - start >= 2 && isDash(text.charCodeAt(coreEnd - 1)) && isQuote(text.charCodeAt(end - 1))) {
        return this.decide(start, end, end, this.startsSentence(this.skipSpace(end), false));
      }
      const footnote = this.footnoteEnd(start, end);
      if (footnote > 0) return this.decide(start, footnote, footnote, this.startsSentence(this.skipSpace(footnote), false));
      const run = this.punctuationRun(end);
      if (!run || this.insideSpan(this.skipSpace(end), run.end)) return this.advance(start, run?.end ?? end);
      // "is . . . I didn’t": a spaced ellipsis inside a sentence; "pricing\n.", ". . . ." or "an !" end one.
      if (!run.strong && run.dots === 3) return this.advance(start, run.end);
      return this.decide(start, end, run.end, this.startsSentence(this.skipSpace(run.end), run.hasCloser));
    }

    if (this.insideSpan(terminalStart, end)) return this.advance(start, end);
    const run = this.punctuationRun(end);
    if (run) {
      // "compounds. . . . The practice": the sentence ends at the word's own period; the ellipsis opens the next.
      if (run.bareDots === 3 && !run.strong && !run.hasCloser && coreEnd === end && text.charCodeAt(end - 1) === 0x2e) {
        const next = this.skipSpace(run.end);
        if (next < this.end && this.startsSentence(next, false)) {
          this.breakAt(end);
          return end;
        }
        return this.advance(start, run.end);
      }
      return this.decide(start, end, run.end, this.startsSentence(this.skipSpace(run.end), run.hasCloser || closedByQuote));
    }

    const next = this.skipSpace(end);
    if (next >= this.end) return this.advance(start, end);
    const cluster = coreEnd - terminalStart;
    const last = text.charCodeAt(coreEnd - 1);
    const wordStart = this.skipOpeners(start, terminalStart);
    if (!this.startsSentence(next, closedByQuote)) {
      // "… in the city. features" / "contact manager": a lower-case fragment that finishes the block's last
      // line, which the line structure set apart, is an entry like the lines after it (a menu, a caption).
      if (cluster === 1 && coreEnd === end && last === 0x2e && this.lineEntry(next) && this.isPlainWord(start, wordStart, terminalStart, next)) {
        return this.decide(start, end, end, true);
      }
      // "He was born in 1990. 2015 he moved": a number opens a sentence after an ordinary word or ! ?,
      // but not after an abbreviation, a number or a letter ("No. 5", "S. 225", "am 5. 3. 2021").
      if (!isDigit(text.charCodeAt(this.skipOpeners(next, Math.min(this.end, next + 3))))) return this.advance(start, end);
      const plainWord = cluster === 1 && coreEnd === end && last === 0x2e && this.isPlainWord(start, wordStart, terminalStart, next);
      return this.decide(start, end, end, plainWord || (last !== 0x2e && last !== 0x2026 && !closedByQuote));
    }
    if (cluster === 1 && last === 0x21 && this.rules.bangWords.has(text.slice(wordStart, terminalStart).toLowerCase())) {
      return this.advance(start, end);
    }
    if (last === 0x2e || last === 0x2026) {
      if (cluster > 1 || last === 0x2026) {
        // "[...]" marks an omission, not an end.
        const opener = text.charCodeAt(start);
        return this.decide(start, end, end, !(opener === 0x5b || opener === 0x28));
      }
      if (coreEnd === end) return this.decide(start, end, end, this.periodEnds(start, wordStart, terminalStart, next));
    }
    return this.decide(start, end, end, true);
  }

  /** At least two letters and nothing else, and in none of the abbreviation lists. */
  private isPlainWord(tokenStart: number, start: number, end: number, next: number): boolean {
    if (end - start < 2) return false;
    for (let k = start; k < end; k++) if (!isLetter(this.text.charCodeAt(k))) return false;
    const key = this.text.slice(start, end).toLowerCase();
    const { rules } = this;
    if (this.mayEndAbbreviation(key) || rules.prepositive.has(key)) return false;
    return this.multiPartAbbreviation(tokenStart, key, next) === 'none';
  }

  /**
   * Is text[position, block end) a short lower-case entry without punctuation (at most three words) on the
   * block's last line, which a line break ends, before another line in lower case?
   */
  private lineEntry(position: number): boolean {
    const { text } = this;
    if (!isLower(text.charCodeAt(position))) return false;
    let after = this.end;
    while (after < text.length && isSpace(text.charCodeAt(after)) && !isLineBreak(text.charCodeAt(after))) after++;
    if (after >= text.length || !isLineBreak(text.charCodeAt(after))) return false;
    // The entries go on: the next line starts in lower case too.
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    if (!isLower(text.charCodeAt(after))) return false;
    let words = 1;
    for (let k = position; k < this.end; k++) {
      const code = text.charCodeAt(k);
      if (isLineBreak(code)) return false;
      if (code === 0x20 && ++words > ENTRY_WORDS) return false;
      if (!isLetter(code) && code !== 0x20) return false;
    }
    return true;
  }

  /** An abbreviation that may end a sentence: listed, or a compound with a listed ending ("Hauptstr"). */
  private mayEndAbbreviation(key: string): boolean {
    const { rules } = this;
    return rules.abbreviations.has(key) || rules.abbreviationSuffixes.some((suffix) => key.endsWith(suffix));
  }

  /** A single period directly after a word, followed by what looks like a sentence start. */
  private periodEnds(start: number, wordStart: number, periodAt: number, next: number): boolean {
    const { text, rules } = this;
    if (wordStart === periodAt) return true;
    const word = text.slice(wordStart, periodAt);
    const key = word.toLowerCase();
    if (periodAt - wordStart <= 3 && isLetter(text.charCodeAt(wordStart))) {
      const part = this.multiPartAbbreviation(start, key, next);
      if (part === 'inside' || part === 'prepositive') return false;
      if (part === 'abbreviation') return this.starterAt(next);
    }
    if (rules.prepositive.has(key)) return false;
    // A word in capitals is a name ("the configuration of APT. APT includes"), not the listed "apt." (apartment).
    if (this.mayEndAbbreviation(key) && !ACRONYM.test(word)) {
      // "He left at 6 p.m. Travelers …" ends; "At 5 a.m. Mr. Smith went" has no verb yet.
      if (rules.lang === 'en' && (key === 'a.m' || key === 'p.m')) return this.count >= 3;
      return this.starterAt(next);
    }
    if (INITIALISM.test(word)) return this.starterAt(next);
    if (periodAt - wordStart === 1 && isLetter(text.charCodeAt(wordStart))) {
      // "Q. What is …" (a label) and "Albert I. Jones" (an initial) go on. The English pronoun ends a
      // sentence ("you and I. Did"); so does a capital standing for a thing before a typical sentence
      // starter ("Package A depends on B if B must be installed to run A. In some cases", "Plan B. The"),
      // where an initial precedes a name ("John F. Kennedy"), perhaps after more initials ("A. A. Milne").
      if (isLower(text.charCodeAt(wordStart)) || this.count === 0) return false;
      const afterCapitalised = this.previousStart >= 0 && isUpper(text.charCodeAt(this.skipOpeners(this.previousStart, this.previousEnd)));
      if (rules.lang === 'en' && text.charCodeAt(wordStart) === 0x49 && !afterCapitalised) return true;
      return this.starterAt(next) && !this.initialAt(next);
    }
    if (NUMBER.test(word)) return !(rules.lang === 'de' && this.germanOrdinal(word, next));
    return true;
  }

  /**
   * "z. B." / "i. d. R." written with spaces: is the period part of a multi-part abbreviation that
   * continues after it ('inside'), or the last part of one (its class)?
   */
  private multiPartAbbreviation(start: number, key: string, next: number): 'inside' | 'prepositive' | 'abbreviation' | 'none' {
    const { rules, text } = this;
    if (rules.partPrefixes.has(key)) {
      const nextEnd = this.wordEnd(next);
      if (nextEnd - next <= 4 && text.charCodeAt(nextEnd - 1) === 0x2e) {
        const joined = key + '.' + text.slice(next, nextEnd - 1).toLowerCase();
        if (rules.partPrefixes.has(joined) || rules.prepositive.has(joined) || rules.abbreviations.has(joined)) return 'inside';
      }
    }
    let joined = key;
    let cursor = start;
    for (let parts = 0; parts < 3; parts++) {
      let previousEnd = cursor;
      while (previousEnd > this.start && isSpace(text.charCodeAt(previousEnd - 1))) previousEnd--;
      if (previousEnd === cursor || text.charCodeAt(previousEnd - 1) !== 0x2e) break;
      let previousStart = previousEnd - 1;
      while (previousStart > this.start && isLetter(text.charCodeAt(previousStart - 1))) previousStart--;
      if (previousEnd - 1 - previousStart < 1 || previousEnd - 1 - previousStart > 3) break;
      if (previousStart > this.start && !isSpace(text.charCodeAt(previousStart - 1))) break;
      joined = text.slice(previousStart, previousEnd).toLowerCase() + joined;
      if (rules.prepositive.has(joined)) return 'prepositive';
      if (rules.abbreviations.has(joined)) return 'abbreviation';
      cursor = previousStart;
    }
    return 'none';
  }

  /** "am 29. April", "im 19. Jahrhundert", "vom 12. Juni", "dem 1. -3. Jahrhundert". */
  private germanOrdinal(word: string, next: number): boolean {
    if (!/^[-–]?\d{1,3}$/.test(word)) return false;
    if (this.rules.ordinalNouns.has(this.text.slice(next, this.letterRunEnd(next)))) return true;
    if (this.previousStart < 0) return false;
    const previous = this.skipOpeners(this.previousStart, this.previousEnd);
    return this.rules.ordinalDeterminers.has(this.text.slice(previous, this.previousEnd).toLowerCase());
  }

  /** The quotation closed in text[coreEnd, end) began after the start of the current sentence ("thought Alice, '…!'"). */
  private embeddedQuote(coreEnd: number, end: number): boolean {
    const { spans } = this;
    for (let k = this.spanIndex; k < spans.length && spans[k]! < end; k += 2) {
      const close = spans[k + 1]!;
      if (close >= coreEnd && close < end) return spans[k]! > this.skipSpace(this.sentenceStart);
    }
    return false;
  }

  /** Does a new sentence plausibly start at `position` (the first character of the next word)? */
  private startsSentence(position: number, afterQuote: boolean): boolean {
    const { text } = this;
    if (position >= this.end) return false;
    const code = text.charCodeAt(position);
    if (isBullet(code)) return true;
    // "thought Alice, '…house!' (Which was very likely true.)": a remark in brackets after a quotation
    // inside a sentence belongs to that sentence.
    if (afterQuote && isOpenBracket(code)) return false;
    if (numberMarkerAt(text, position) || this.letterMarkerAt(position)) return true;
    const letter = this.skipOpeners(position, Math.min(this.end, position + 3));
    const first = text.charCodeAt(letter);
    if (isUpper(first)) return true;
    if (isDash(code) && position + 1 < this.end && isSpace(text.charCodeAt(position + 1))) {
      return isUpper(text.charCodeAt(this.skipSpace(position + 1)));
    }
    return false;
  }

  /** "a. here it is", "w) hello", "(b) Hello": a letter list item after a finished sentence. */
  private letterMarkerAt(position: number): boolean {
    const end = this.wordEnd(position);
    const marker = markerAt(this.text, position, end);
    if (!marker || marker.style.includes('n') || marker.value < 0) return false;
    if (marker.style.endsWith(')')) return true;
    return marker.value === 0x61 || marker.value === 0x41;
  }

  /** The next word, without opening quotes and brackets, is a typical sentence starter ("It", "The"). */
  /** Whether an initial stands at `position`: one letter and a period ("A. Milne"). */
  private initialAt(position: number): boolean {
    const letter = this.skipOpeners(position, Math.min(this.end, position + 3));
    return this.letterRunEnd(letter) === letter + 1 && this.text.charCodeAt(letter + 1) === 0x2e;
  }

  private starterAt(position: number): boolean {
    const letter = this.skipOpeners(position, Math.min(this.end, position + 3));
    return this.rules.starters.has(this.text.slice(letter, this.letterRunEnd(letter)));
  }

  /** Records the outcome of a candidate: the sentence ends at `boundary` when `ends`. */
  private decide(start: number, end: number, boundary: number, ends: boolean): number {
    if (ends) {
      this.breakAt(boundary);
      this.previousStart = start;
      this.previousEnd = end;
      return boundary;
    }
    return this.advance(start, boundary);
  }

  private advance(start: number, end: number): number {
    this.count++;
    this.previousStart = start;
    this.previousEnd = end;
    return end;
  }

  private breakAt(position: number): void {
    pushTrimmed(this.text, this.sentenceStart, position, this.out);
    this.sentenceStart = position;
    this.count = 0;
    this.list = undefined;
    this.markerSlot = false;
  }

  /** Is the punctuation at `position` inside a quotation or bracket that closes after `boundary`? */
  private insideSpan(position: number, boundary: number): boolean {
    const { spans } = this;
    while (this.spanIndex < spans.length && spans[this.spanIndex + 1]! < position) this.spanIndex += 2;
    return this.spanIndex < spans.length && spans[this.spanIndex]! < position && spans[this.spanIndex + 1]! >= boundary;
  }

  /** End of the word without trailing closers and footnote references ("true.)", "martyr.[1]"). */
  private coreEnd(start: number, end: number): number {
    const { text } = this;
    for (;;) {
      if (end - start >= 3 && text.charCodeAt(end - 1) === 0x5d) {
        let open = end - 2;
        while (open > start && (isDigit(text.charCodeAt(open)) || isDash(text.charCodeAt(open)) || text.charCodeAt(open) === 0x2c)) open--;
        if (open < end - 2 && text.charCodeAt(open) === 0x5b && open > start) {
          end = open;
          continue;
        }
      }
      if (end > start && isCloser(text.charCodeAt(end - 1))) {
        end--;
        continue;
      }
      return end;
    }
  }

  /** "consultation.11 12 Take": a footnote number glued to the full stop; returns the end of the numbers, or -1. */
  private footnoteEnd(start: number, end: number): number {
    const { text } = this;
    let dot = end;
    while (dot > start && isDigit(text.charCodeAt(dot - 1))) dot--;
    if (dot === end || end - dot > 3 || dot - start < 3 || text.charCodeAt(dot - 1) !== 0x2e) return -1;
    const before = text.charCodeAt(dot - 2);
    if (!(isLetter(before) || before === 0x29) || (isLetter(before) && !isLetter(text.charCodeAt(dot - 3)))) return -1;
    let last = end;
    for (;;) {
      const next = this.skipSpace(last);
      const nextEnd = this.wordEnd(next);
      if (next >= this.end || nextEnd - next > 3) break;
      let allDigits = true;
      for (let k = next; k < nextEnd; k++) if (!isDigit(text.charCodeAt(k))) allDigits = false;
      if (!allDigits) break;
      last = nextEnd;
    }
    return last;
  }

  /** Words made only of . ! ? … and closers that follow `position` ("period . . . . Next"). */
  private punctuationRun(position: number): PunctuationRun | undefined {
    const { text } = this;
    let run: PunctuationRun | undefined;
    for (let words = 0; words < 8; words++) {
      const start = this.skipSpace(position);
      if (start >= this.end) break;
      const end = this.wordEnd(start);
      let dots = 0;
      let strong = false;
      let closer = false;
      let terminal = false;
      let other = false;
      for (let k = start; k < end && !other; k++) {
        const code = text.charCodeAt(k);
        if (code === 0x2e) dots++;
        else if (code === 0x2026) dots += 3;
        if (isTerminal(code)) {
          terminal = true;
          if (code !== 0x2e && code !== 0x2026) strong = true;
        } else if (isCloser(code)) closer = true;
        else other = true;
      }
      if (other || !terminal) break;
      run ??= { end, dots: 0, bareDots: 0, strong: false, hasCloser: false };
      run.end = end;
      run.dots += dots;
      if (end - start === 1 && dots === 1) run.bareDots++;
      run.strong ||= strong;
      run.hasCloser ||= closer;
      position = end;
    }
    return run;
  }

  private onlyBullets(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if (!isBullet(this.text.charCodeAt(k))) return false;
    return true;
  }

  private skipOpeners(position: number, limit: number): number {
    const { text } = this;
    while (position < limit) {
      const code = text.charCodeAt(position);
      if (!(isQuote(code) || isOpenBracket(code) || code === 0xbf || code === 0xa1)) break;
      position++;
    }
    return position;
  }

  private skipSpace(position: number): number {
    while (position < this.end && isSpace(this.text.charCodeAt(position))) position++;
    return position;
  }

  private wordEnd(position: number): number {
    while (position < this.end && !isSpace(this.text.charCodeAt(position))) position++;
    return position;
  }

  private letterRunEnd(position: number): number {
    while (position < this.end && isLetter(this.text.charCodeAt(position))) position++;
    return position;
  }
}

/** A lower-case entry on a line of its own is this short (see lineEntry). */
const ENTRY_WORDS = 3;

/** A multi-level section number with its final period: "5.1.", "8.10.2.". */
const SECTION_NUMBER = /^\d{1,3}(?:\.\d{1,3})+\.$/;

/** A chapter, figure or table number with its final period: "4.", "1.1.", "A.2.". */
const LABEL_NUMBER = /^(?:\d{1,3}|[A-Z])(?:\.\d{1,3})*\.$/;

/** "APT", "NASA": three or more capitals, a name rather than an abbreviation (the final period is already cut off). */
const ACRONYM = /^\p{Lu}{3,}$/u;
/** "U.S", "J.C", "Ph.D", "i.v": letters with inner periods (the final one is already cut off). */
const INITIALISM = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;
/** "600", "1,000", "100.00", "1026.253.553" (the final period is already cut off). */
const NUMBER = /^[-–]?[$€£¥]?\d[\d.,]*$/;

/** URLs, e-mail addresses and host names keep their inner periods: "www.testurl.Awesome.com". */
function looksLikeAddress(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return word.includes('@') || word.includes('://') || /^(?:www\.|https?:)/i.test(word) || HOST_NAME.test(word);
}

/** A host name with a capitalised part, as manuals write placeholders: "ftp.Ländercode.debian.org". */
const HOST_NAME = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\.[a-z]{2,6}[)\]"'“”’.,;:!?]*$/u;
