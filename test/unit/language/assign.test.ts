import { describe, expect, it } from 'vitest';
import { assignLanguages } from '../../../src/language/assign.js';
import { parseLangsOption } from '../../../src/cli/langsOption.js';
import { detectLanguage } from '../../../src/language/detect.js';
import { UserError } from '../../../src/core/errors.js';

const english = 'The committee approved the budget for next year after a long debate about the cost of the new bridge.';
const german = 'Der Ausschuss hat den Haushalt für das nächste Jahr nach einer langen Debatte über die Kosten der neuen Brücke genehmigt.';
const spanish = 'El comité aprobó el presupuesto para el próximo año después de un largo debate sobre el costo del nuevo puente.';

describe('detectLanguage', () => {
  it('recognises English and German prose', () => {
    expect(detectLanguage(english)).toMatchObject({ lang: 'en', best: 'eng' });
    expect(detectLanguage(german)).toMatchObject({ lang: 'de', best: 'deu' });
  });

  it('reports other languages as neither, with franc’s guess', () => {
    const detection = detectLanguage(spanish);
    expect(detection.lang).toBeUndefined();
    expect(detection.best).toBe('spa');
  });

  it('gives full confidence to a document wholly in one language', () => {
    const doc = [english, english.replace('bridge', 'tunnel'), english.replace('committee', 'council')].join('\n');
    expect(detectLanguage(doc).confidence).toBe(1);
  });

  it('ignores short page furniture when deciding', () => {
    const doc = ['Home', 'News', 'Tech', german, 'Foto: dpa'].join('\n');
    expect(detectLanguage(doc).lang).toBe('de');
  });
});

describe('assignLanguages', () => {
  it('finds the English and the German document in either order', () => {
    expect(assignLanguages([{ path: 'a', text: german }, { path: 'b', text: english }])).toMatchObject({ en: 1, de: 0 });
    expect(assignLanguages([{ path: 'a', text: english }, { path: 'b', text: german }])).toMatchObject({ en: 0, de: 1 });
  });

  it('refuses two documents in the same language, naming both', () => {
    expect(() => assignLanguages([{ path: 'a.txt', text: english }, { path: 'b.txt', text: english }])).toThrow(/a\.txt and b\.txt: both look English/);
  });

  it('refuses a document in another language', () => {
    expect(() => assignLanguages([{ path: 'es.txt', text: spanish }, { path: 'b', text: german }])).toThrow(UserError);
  });

  it('pairs a document too short to detect (a title) with the other language, saying so', () => {
    // franc alone takes "Date & time" for Mossi and "Datum und Uhrzeit" for Low German.
    const both = assignLanguages([{ path: 'de.page', text: 'Datum und Uhrzeit' }, { path: 'en.page', text: 'Date & time' }]);
    expect(both).toMatchObject({ en: 1, de: 0 });
    expect(both.info.en).toEqual({ detected: 'en', confidence: 0, source: 'paired' });
    // Both lexicons know "E-Mail" and "Software"; "und" tells.
    expect(assignLanguages([{ path: 'en.page', text: 'Email & email software' }, { path: 'de.page', text: 'E-Mail und E-Mail-Software' }])).toMatchObject({ en: 0, de: 1 });
    const besideGerman = assignLanguages([{ path: 'en.page', text: 'Networking, web & email' }, { path: 'de.txt', text: german }]);
    expect(besideGerman).toMatchObject({ en: 0, de: 1 });
    expect(besideGerman.info.de.source).toBe('detected');
    expect(besideGerman.info.en.source).toBe('paired');
  });

  it('still refuses a short document whose words do not lean to the other language (an untranslated title, a number)', () => {
    expect(() => assignLanguages([{ path: 'a.page', text: 'Set the date and time' }, { path: 'b.txt', text: english }])).toThrow(UserError);
    expect(() => assignLanguages([{ path: 'a.txt', text: '12:30' }, { path: 'b.txt', text: german }])).toThrow(/a\.txt: too little text/);
    expect(() => assignLanguages([{ path: 'a.page', text: 'GNOME' }, { path: 'b.page', text: 'GNOME' }])).toThrow(UserError);
    // franc's guess for a few words is noise, not "looks like Italian".
    expect(() => assignLanguages([{ path: 'a.page', text: 'Email & email software' }, { path: 'b.page', text: 'Email & email software' }])).toThrow(/a\.page: too little text to tell its language/);
  });

  it('takes stated languages without detecting', () => {
    const assignment = assignLanguages([{ path: 'a', text: spanish }, { path: 'b', text: spanish }], ['de', 'en']);
    expect(assignment).toMatchObject({ en: 1, de: 0 });
    expect(assignment.info.en.source).toBe('stated');
  });
});

describe('parseLangsOption', () => {
  it('accepts en,de and de,en', () => {
    expect(parseLangsOption('en,de')).toEqual(['en', 'de']);
    expect(parseLangsOption(' DE , en ')).toEqual(['de', 'en']);
  });
  it('rejects anything else', () => {
    expect(() => parseLangsOption('en')).toThrow(UserError);
    expect(() => parseLangsOption('en,fr')).toThrow(UserError);
  });
});
