/**
 * Deterministic generators of large or odd inputs for the robustness tests. Inputs are made in a
 * temp folder at test time; nothing big is committed.
 */

const EN_SENTENCES = [
  'The company said on Monday that the new server in Berlin had been running for {n} days without a failure.',
  'Engineers in the team wrote most of the code for version {n} of the container platform.',
  'According to the report, about {n} customers have moved their workloads to the cloud this year.',
  'The chief executive told reporters that the acquisition would close within {n} weeks.',
  'Users who upgrade to release {n} will find that the installer is much faster than before.',
];

const DE_SENTENCES = [
  'Das Unternehmen teilte am Montag mit, dass der neue Server in Berlin seit {n} Tagen ohne Ausfall läuft.',
  'Die Ingenieure des Teams haben den größten Teil des Codes für Version {n} der Plattform geschrieben.',
  'Laut dem Bericht haben in diesem Jahr etwa {n} Kunden ihre Anwendungen in die Cloud verlagert.',
  'Der Geschäftsführer sagte den Journalisten, dass die Übernahme in {n} Wochen abgeschlossen sein werde.',
  'Wer auf die Version {n} umsteigt, wird feststellen, dass das Installationsprogramm viel schneller ist.',
];

/** `count` English sentences, several to a paragraph. */
export function englishDocument(count: number): string {
  return paragraphs(EN_SENTENCES, count);
}

/** `count` German sentences, several to a paragraph. */
export function germanDocument(count: number): string {
  return paragraphs(DE_SENTENCES, count);
}

function paragraphs(templates: string[], count: number): string {
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    out.push(templates[k % templates.length]!.replace('{n}', String(k + 1)));
    out.push(k % 4 === 3 ? '\n\n' : ' ');
  }
  return out.join('');
}

/** One line of about `bytes` bytes of English words, with no punctuation and no line break. */
export function lineWithoutPunctuation(bytes: number): string {
  const words = 'the team in berlin has been working on the new version of the platform for many years and the customers like it very much'.split(' ');
  const out: string[] = [];
  let length = 0;
  for (let k = 0; length < bytes; k++) {
    const word = words[k % words.length]!;
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

/** `count` tiny lines ("Item 1", "Item 2", …), each on its own line. */
export function tinyLines(count: number, word = 'Item'): string {
  const out: string[] = [];
  for (let k = 1; k <= count; k++) out.push(`${word} ${k}\n`);
  return out.join('');
}

/** German text in Windows-1252: Latin-1 characters map to themselves, plus the few 0x80–0x9F ones used here. */
export function encodeWindows1252(text: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from(
    [...text].map((ch) => {
      const code = extra[ch] ?? ch.codePointAt(0)!;
      if (code > 0xff || (code >= 0x80 && code < 0xa0 && extra[ch] === undefined)) throw new Error(`not in Windows-1252: ${ch}`);
      return code;
    }),
  );
}

/** UTF-16 with a BOM, little- or big-endian. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from('\ufeff' + text, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
}

/**
 * One line of about `bytes` characters that is all claims — years, counts, negations — as a
 * whole report pasted without sentence ends would be; `lang` picks the words.
 */
export function claimDenseLine(bytes: number, lang: 'en' | 'de'): string {
  const clause = (k: number) =>
    lang === 'en' ? `in ${1990 + (k % 30)} it had ${k} users and was not free, ` : `im Jahr ${1990 + (k % 30)} hatte es ${k} Nutzer und war nicht frei, `;
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < bytes; k++) {
    const part = clause(k);
    parts.push(part);
    length += part.length;
  }
  return parts.join('') + 'end.\n';
}
