// Comparable gold in the shared format (eval/README.md of the shared folder): links.json with
// 1-based links between the lines of segments/*.txt, each line cut from the source text. Loads a
// gold folder into "stories" (one per article pair) and scores an alignment the way the shared
// scorer (score/comparable.py) does: tool sentences are mapped onto gold segments by overlap, an
// n-m entry proposes every EN×DE pair of its mapped segments, precision counts proposed pairs that
// are gold links (strong or weak), coverage recall counts sentences with a strong link that are
// linked to one of their gold counterparts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Gold segments as character spans in the source, found one after the other (seedgold.load_segments). */
export function segmentSpans(segmentText, sourceText, where) {
  const spans = [];
  let pos = 0;
  for (const raw of segmentText.replace(/\n+$/, '').split('\n')) {
    const segment = raw.startsWith('+') ? raw.slice(1) : raw;
    const at = sourceText.indexOf(segment, pos);
    if (at < 0) throw new Error(`${where}: segment not found in source: ${JSON.stringify(segment.slice(0, 60))}`);
    spans.push([at, at + segment.length]);
    pos = at + segment.length;
  }
  return spans;
}

/** For each tool sentence [start, end), the gold segments it covers (half of either; seedgold.map_to_gold). */
export function mapToGold(toolSpans, goldSpans) {
  return toolSpans.map(([s, e]) => {
    const hit = [];
    goldSpans.forEach(([gs, ge], g) => {
      const overlap = Math.min(e, ge) - Math.max(s, gs);
      if (overlap > 0 && (overlap * 2 >= ge - gs || overlap * 2 >= e - s)) hit.push(g);
    });
    return hit;
  });
}

/**
 * The stories of a gold folder. A story folder (comparable-news/NAME) holds en.txt, de.txt,
 * segments/{en,de}.txt and links.json; a seed folder (eval/comparable, bench/comparable-gold) holds
 * segments/NNN.txt and links.json with several pairs, whose sources are found in `sourceDir` by prefix.
 */
export function loadStories(dir, sourceDir) {
  const gold = JSON.parse(readFileSync(join(dir, 'links.json'), 'utf8'));
  return gold.pairs.map((pair) => {
    const source = (id) => {
      const own = join(dir, `${id}.txt`);
      if (existsSync(own)) return own;
      const file = readdirSync(sourceDir).sort().find((f) => f.startsWith(id));
      if (!file) throw new Error(`no source for ${id} in ${sourceDir}`);
      return join(sourceDir, file);
    };
    const enPath = source(pair.en);
    const dePath = source(pair.de);
    const enText = readFileSync(enPath, 'utf8');
    const deText = readFileSync(dePath, 'utf8');
    const name = gold.pairs.length === 1 ? basename(dir) : `${pair.en}-${pair.de}`;
    return {
      name,
      enPath,
      dePath,
      enText,
      deText,
      enGold: segmentSpans(readFileSync(join(dir, 'segments', `${pair.en}.txt`), 'utf8'), enText, `${name} en`),
      deGold: segmentSpans(readFileSync(join(dir, 'segments', `${pair.de}.txt`), 'utf8'), deText, `${name} de`),
      links: pair.links.map((l) => ({ e: l.e - 1, d: l.d - 1, kind: l.kind })),
    };
  });
}

/** Counts for one story: proposed pairs, right ones, required sentences, covered ones (and the pairs themselves). */
export function scoreStory(story, alignment) {
  const spans = (lang) => alignment.sentences[lang].map((s) => [s.start, s.end]);
  const em = mapToGold(spans('en'), story.enGold);
  const dm = mapToGold(spans('de'), story.deGold);
  const kind = new Map(story.links.map((l) => [`${l.e}:${l.d}`, l.kind]));
  const proposed = new Set();
  for (const link of alignment.alignments) {
    if (!link.en.length || !link.de.length) continue;
    for (const i of link.en) for (const j of link.de) for (const ge of em[i]) for (const gd of dm[j]) proposed.add(`${ge}:${gd}`);
  }
  const right = [...proposed].filter((p) => kind.has(p)).length;
  const strong = story.links.filter((l) => l.kind === 'strong');
  const needEn = new Set(strong.map((l) => l.e));
  const needDe = new Set(strong.map((l) => l.d));
  const pairs = [...proposed].map((p) => p.split(':').map(Number));
  let covered = 0;
  const missing = [];
  for (const e of needEn) if (pairs.some(([pe, d]) => pe === e && kind.has(`${e}:${d}`))) covered++; else missing.push(['en', e]);
  for (const d of needDe) if (pairs.some(([e, pd]) => pd === d && kind.has(`${e}:${d}`))) covered++; else missing.push(['de', d]);
  return { proposed: proposed.size, right, needed: needEn.size + needDe.size, covered, pairs, kind, missing };
}

export function pooled(counts) {
  const sum = (k) => counts.reduce((s, c) => s + c[k], 0);
  const precision = sum('proposed') ? sum('right') / sum('proposed') : 0;
  const recall = sum('needed') ? sum('covered') / sum('needed') : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
