/**
 * English names for the ISO 639-3 codes franc most often returns on European and web text,
 * so that an error can say "French" rather than only "fra".
 */
const NAMES: Record<string, string> = {
  afr: 'Afrikaans', arb: 'Arabic', bos: 'Bosnian', bul: 'Bulgarian', cat: 'Catalan', ces: 'Czech',
  cmn: 'Chinese', dan: 'Danish', deu: 'German', ell: 'Greek', eng: 'English', est: 'Estonian',
  fin: 'Finnish', fra: 'French', glg: 'Galician', hin: 'Hindi', hrv: 'Croatian', hun: 'Hungarian',
  ind: 'Indonesian', ita: 'Italian', jpn: 'Japanese', kor: 'Korean', lat: 'Latin', lit: 'Lithuanian',
  ltz: 'Luxembourgish', lvs: 'Latvian', nds: 'Low German', nld: 'Dutch', nno: 'Norwegian Nynorsk',
  nob: 'Norwegian', pol: 'Polish', por: 'Portuguese', ron: 'Romanian', rus: 'Russian', sco: 'Scots',
  slk: 'Slovak', slv: 'Slovenian', spa: 'Spanish', srp: 'Serbian', swe: 'Swedish', tur: 'Turkish',
  ukr: 'Ukrainian', vie: 'Vietnamese',
};

/** "French" for "fra"; undefined for codes without a name here. */
export function languageName(code: string): string | undefined {
  return NAMES[code];
}
