#!/usr/bin/env node
// Usage: npm run build && node bench/man-pages.mjs [--width N] [--verbose] [--keep DIR] [--cli BIN]
//
// Manual pages as a user segments them (issue 27): the English and German pages of five common commands
// (Debian's `manpages`/`manpages-de` and the commands' own packages), rendered on the fly in the two ways
// users save them, `MANWIDTH=N man -l PAGE > FILE` (spaces) and `MANWIDTH=N man -l PAGE | col -b > FILE`
// (runs of spaces written as tabs; N = 80 unless --width), each run through the built CLI,
// `satzpaar segment FILES --lang en|de --format jsonl`, without and with `--clean`. Reads no data but the
// installed pages; exits 1 when a page is not installed.
//
// Per page it counts sentence boundaries that fall on a line break inside a wrapped paragraph:
// - "open": the line leaves its sentence open (it does not end in . ! ? : ; before closing quotes or
//   brackets), the wrapper moved the next line's first word down because it did not fit (the line's last
//   column + 1 + that word passes the page's width; on a justified page the line also reaches the width,
//   as groff stretches every filled line, unless it is one word), and the next line goes on at the paragraph's body
//   indentation (the line's own, or the column a word of it starts at: the text after an option tag). These are
//   sentences cut apart at a line break.
// - "layout": boundaries at such a wrapped line break, the line's ending whatever it is, that the same
//   text does not have when those line breaks are spaces (each replaced in place, so offsets stay): where
//   the layout, not the words, made the cut ("z. B." or "e.g." at a line end, a number that reads as an item).
//   The segmenter's reading of the unwrapped text is the reference here, so a count can also point at a
//   wrong reading of the running text; --verbose shows each one to judge.
// - "joined": the opposite error, line breaks inside a sentence that are no wrapped line break (the next
//   line's first word would have fitted, or the next line starts at another column): table rows, an option
//   name and its description, lines of an example read as one sentence. A line that ends in a hyphen is
//   left out (groff breaks a word there whatever the width).
// --keep DIR keeps the rendered pages there; --cli BIN runs another build (another checkout's bin/satzpaar.js).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const COMMANDS = ['tar', 'ls', 'cp', 'grep', 'find'];
const LANGS = ['en', 'de'];
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const width = Number(option('--width') ?? 80);
const verbose = args.includes('--verbose');
const keep = option('--keep');
const cli = option('--cli') ?? fileURLToPath(new URL('../bin/satzpaar.js', import.meta.url));
const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', MANWIDTH: String(width), MAN_KEEP_FORMATTING: '', MANPAGER: 'cat', PAGER: 'cat' };

/** The installed page of `command` in `lang`, or undefined. */
function pagePath(command, lang) {
  try {
    const path = execFileSync('man', ['-w', '-L', lang === 'en' ? 'C' : lang, '1', command], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (lang === 'de' && !/\/de[^/]*\/man1\//.test(path)) return undefined; // man falls back to English
    return path || undefined;
  } catch {
    return undefined;
  }
}

/** `man` writing to a file or pipe leaves no overstriking and expands tabs; `col -b` writes runs of spaces as tabs. */
const RENDERINGS = {
  man: (path) => execFileSync('man', ['-l', path], { env, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] }),
  col: (path) => execFileSync('col', ['-b'], { env, input: RENDERINGS.man(path), encoding: 'utf8', maxBuffer: 1 << 26 }),
};

const pages = [];
const missing = [];
for (const command of COMMANDS) {
  for (const lang of LANGS) {
    const path = pagePath(command, lang);
    if (path) for (const rendering of Object.keys(RENDERINGS)) pages.push({ command, lang, path, rendering });
    else missing.push(`${command} (${lang})`);
  }
}
if (missing.length > 0) {
  process.stderr.write(`man-pages: not installed: ${missing.join(', ')}; install man-db, manpages, manpages-de and the commands' packages (apt-get install -y man-db manpages manpages-de tar coreutils grep findutils)\n`);
  process.exit(1);
}

const folder = keep ?? mkdtempSync(join(tmpdir(), 'satzpaar-man-pages-'));
mkdirSync(folder, { recursive: true });
try {
  for (const page of pages) {
    page.text = RENDERINGS[page.rendering](page.path);
    page.lines = linesOf(page.text);
    page.wrapped = wrappedBreaks(page.text, page.lines);
    page.name = `${page.command}.${page.lang}.${page.rendering}`;
    page.file = join(folder, `${page.name}.txt`);
    page.unwrappedFile = join(folder, `${page.name}.unwrapped.txt`);
    writeFileSync(page.file, page.text);
    writeFileSync(page.unwrappedFile, unwrap(page.text, page.wrapped));
  }
  const rows = [];
  for (const clean of [false, true]) {
    for (const lang of LANGS) {
      const ofLang = pages.filter((p) => p.lang === lang);
      const segmented = segmentFiles(ofLang.flatMap((p) => [p.file, p.unwrappedFile]), lang, clean);
      for (const page of ofLang) {
        const sentences = segmented.get(page.file);
        const unwrappedEnds = new Set(segmented.get(page.unwrappedFile).map((s) => s.end));
        const open = [];
        const layout = [];
        const joined = [...joinsAtUnwrappedBreaks(page, sentences)];
        for (const cut of cutsAtWrappedBreaks(page, sentences)) {
          if (cut.open) open.push(cut);
          if (!unwrappedEnds.has(cut.end)) layout.push(cut);
        }
        rows.push({ page: page.name, mode: clean ? 'clean' : 'raw', sentences: sentences.length, wrappedBreaks: page.wrapped.size, open, layout, joined });
      }
    }
  }
  print(rows);
  if (verbose) {
    for (const row of rows) {
      for (const [kind, cuts] of [['open', row.open], ['layout', row.layout], ['joined', row.joined]]) {
        for (const cut of cuts) console.log(`\n${row.page} ${row.mode} ${kind}:\n  …${cut.before.slice(-70)}⏎\n  ${cut.after.slice(0, 70)}…`);
      }
    }
  }
} finally {
  if (!keep) rmSync(folder, { recursive: true, force: true });
}

function segmentFiles(files, lang, clean) {
  const output = execFileSync(process.execPath, [cli, 'segment', ...files, '--lang', lang, '--format', 'jsonl', ...(clean ? ['--clean'] : [])],
    { encoding: 'utf8', maxBuffer: 1 << 28 });
  return new Map(output.trim().split('\n').map((line) => JSON.parse(line)).map((r) => [r.path, r.sentences]));
}

/** Each line's [start, end) of its trimmed text, the columns it starts and ends at (tabs to the next multiple of 8) and the columns its words start at. */
function linesOf(text) {
  const lines = [];
  let position = 0;
  for (const raw of text.split('\n')) {
    let column = 0;
    let start = -1;
    let end = -1;
    let startColumn = 0;
    let endColumn = 0;
    const wordColumns = [];
    let gap = Infinity;
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k];
      if (c === ' ' || c === '\t') {
        gap++;
        column = c === '\t' ? column - (column % 8) + 8 : column + 1;
        continue;
      }
      if (gap > 0) wordColumns.push({ column, gap, offset: position + k });
      if (start < 0) {
        start = position + k;
        startColumn = column;
      }
      gap = 0;
      column++;
      end = position + k + 1;
      endColumn = column;
    }
    lines.push({ start, end, startColumn, endColumn, wordColumns, breakAt: position + raw.length });
    position += raw.length + 1;
  }
  return lines;
}

/**
 * The line breaks of wrapped paragraphs, by the offset of the line break: the next line's first word did not
 * fit after the line (which, on a justified page, reaches the width or is one word; no line longer than the
 * width is a filled one), and the next line starts at the line's body column (its own indentation, or where a
 * word of it starts: the text after an option tag). Header and footer lines are left out.
 */
function wrappedBreaks(text, lines) {
  const breaks = new Map();
  const pageWidth = justifiedWidth(lines);
  // Justified: most lines near the width that another line follows end exactly at it.
  const near = lines.filter((l, k) => l.endColumn >= pageWidth * 0.7 && l.endColumn <= pageWidth && lines[k + 1]?.start >= 0);
  const justified = near.filter((l) => l.endColumn === pageWidth).length >= near.length * 0.6;
  for (let k = 1; k + 1 < lines.length - 2; k++) {
    const line = lines[k];
    const next = lines[k + 1];
    if (line.start < 0 || next.start < 0) continue;
    const firstWordLength = /^\S*/.exec(text.slice(next.start, next.end))[0].length;
    if (line.endColumn + 1 + firstWordLength <= pageWidth || line.endColumn > pageWidth) continue;
    // Justified text stretches a filled line to the width: a shorter one (of more than one word) was ended on purpose.
    if (justified && line.endColumn < pageWidth && line.wordColumns.length > 1) continue;
    const bodyColumns = new Set(line.wordColumns.map((w) => w.column));
    if (!bodyColumns.has(next.startColumn)) continue;
    breaks.set(line.breakAt, { line, next });
  }
  return breaks;
}

/** The column most lines of 40 columns or more end at: justified text fills its lines to the width (a long example line may pass it). */
function justifiedWidth(lines) {
  const counts = new Map();
  for (const line of lines) if (line.endColumn >= 40) counts.set(line.endColumn, (counts.get(line.endColumn) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

/** The text with every wrapped line break a space: the same offsets, the paragraph's lines one. */
function unwrap(text, breaks) {
  let unwrapped = '';
  let from = 0;
  for (const at of [...breaks.keys()].sort((a, b) => a - b)) {
    unwrapped += text.slice(from, at) + ' ';
    from = at + 1;
  }
  return unwrapped + text.slice(from);
}

/** Sentence boundaries that fall on a wrapped line break: sentence k ends its line, sentence k + 1 starts the next. */
function* cutsAtWrappedBreaks(page, sentences) {
  const { text } = page;
  for (let k = 0; k + 1 < sentences.length; k++) {
    const end = sentences[k].end;
    const gap = text.slice(end, sentences[k + 1].start);
    if (!/^[^\S\n]*\n[^\S\n]*$/.test(gap)) continue;
    const at = end + gap.indexOf('\n');
    const wrapped = page.wrapped.get(at);
    if (!wrapped || wrapped.line.end !== end || wrapped.next.start !== sentences[k + 1].start) continue;
    const lineText = text.slice(wrapped.line.start, wrapped.line.end);
    const open = !/[.!?:;][)"'»«“”’\]]*$/.test(lineText);
    yield { end, open, before: text.slice(sentences[k].start, end).replace(/\s+/g, ' '), after: text.slice(sentences[k + 1].start, sentences[k + 1].end).replace(/\s+/g, ' ') };
  }
}

/** Line breaks inside a sentence that are no wrapped line break (and do not follow a hyphen). */
function* joinsAtUnwrappedBreaks(page, sentences) {
  const { text } = page;
  for (const sentence of sentences) {
    for (let at = text.indexOf('\n', sentence.start); at >= 0 && at < sentence.end; at = text.indexOf('\n', at + 1)) {
      if (page.wrapped.has(at)) continue;
      const before = text.slice(sentence.start, at).trimEnd();
      if (/[-\u2010]$/.test(before)) continue;
      yield { end: at, before: before.replace(/\s+/g, ' '), after: text.slice(at + 1, sentence.end).replace(/\s+/g, ' ') };
    }
  }
}

function print(rows) {
  console.log(`Manual pages at MANWIDTH=${width} (man: saved from man, col: through col -b) through 'satzpaar segment' (${cli}); boundaries at the line break of a wrapped paragraph:`);
  console.log('open = the line leaves its sentence open; layout = not a boundary when the wrapped line breaks are spaces\n');
  console.log('| page | wrapped line breaks | sentences raw / clean | open raw / clean | layout raw / clean | joined raw / clean |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const byPage = new Map();
  for (const row of rows) byPage.set(row.page, { ...byPage.get(row.page), [row.mode]: row });
  let openTotal = 0;
  let layoutTotal = 0;
  let joinedTotal = 0;
  for (const [name, { raw, clean }] of byPage) {
    console.log(`| ${name} | ${raw.wrappedBreaks} | ${raw.sentences} / ${clean.sentences} | ${raw.open.length} / ${clean.open.length} | ${raw.layout.length} / ${clean.layout.length} | ${raw.joined.length} / ${clean.joined.length} |`);
    openTotal += raw.open.length + clean.open.length;
    layoutTotal += raw.layout.length + clean.layout.length;
    joinedTotal += raw.joined.length + clean.joined.length;
  }
  console.log(`\nall pages, both modes: ${openTotal} open, ${layoutTotal} layout, ${joinedTotal} joined`);
}
