import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { extractStances } from './stance.js';

/**
 * Words that carry a negation inside them: "unusable" = "nicht mehr verwendbar", "passwordless" =
 * "ohne Passwort", "non-root users" = "nicht privilegierte Benutzer", "fails to start" = "startet nicht", "außer Sie haben
 * einen Grund" = "unless you have a reason". Translators move a negation into a word and out of it
 * freely, so such a word confirms a negation cue on the other side (see compareNegation). It never
 * makes a conflict of its own: "unique", "important" or "kostenlos" beside an affirmative sentence
 * would be false alarms, and a cue-less affix is too weak to report.
 *
 * Lower case only (see withLowerCaseStart for an English sentence's first word; mid-sentence a
 * capitalised "Unstable" is a name): no flag `i`, under which `\p{Ll}` also matches capitals.
 */
/** The finite forms of "ausschließen" that leave "aus" at the clause's end: "schloss weitere Streiks aus". */
export const EXCLUDING_VERB_FORMS = String.raw`schl(?:oss|ossen|ießt|ießen|ieße|össe)`;

const NEGATIVE_WORDS: Record<Lang, RegExp[]> = {
  en: [
    // un- before a word. Not under-, uni- (unique, unit, union), until, unto, unless (a cue), uncle,
    // unary; not the adverbs "unfortunately", "unlike", which comment on the statement; not a verb
    // that undoes or reveals ("unmount", "uncomment", "unpack", "unveil"), which German says with its own verb; not
    // "unstable", in software mostly the name of a branch ("upload to unstable").
    // Nor the verbs that reveal or release ("unveil", "uncover", "unleash", "unearth"), or undo a link or a
    // setting ("unplug", "unlink", "unhide", "undelete", "unmaximize", "unarchive").
    /un(?!der|i[^nm]|til|to|less|cle(?!a)|ary|animous|ction|fortunate|like(?!l)|mount|comment|pack|install|lock|load|zip|wrap|fold|do|stable|veil|cover|leash|earth|ravel|block|mute|seal|plug|link|hide|hid|delet|maximi|minimi|archiv)\p{Ll}{4,}|unset/u,
    // "non-free" is mostly the name of an archive section.
    /non(?:-(?!free(?![\p{L}\p{N}]))[\p{L}\p{N}]+|\s+(?=\d)|(?!etheless|sense)\p{Ll}{4,})/u,
    // in-, im-, il-, ir- only before adjectives they negate: "inside", "important", "install" are no negations.
    /i(?:n(?:accessib|accura|admissib|activ|adequa|advisab|appropria|capab|complet|compatib|comprehensib|conceivab|conclusiv|consisten|convenien|correct|curab|dispensab|decen|definite|direct|distinct|effectiv|efficien|exact|experienc|flexib|formal|frequen|secur|sensitiv|sufficien|valid|visib|variab|operab|significan)|m(?:possib|passab|practic|precis|proper|perfect|matur|mobil|mutab|patien|partial|measurab)|l(?:legal|legib|logical|literat)|r(?:relevan|regular|reversib|responsib|rational|replaceab|recoverab|resolvab))\p{Ll}*/u,
    // -less, not "unless" (a cue), "nevertheless", "regardless", nor "wireless", a kind of network.
    /(?!nevertheless|nonetheless|regardless|wireless)\p{Ll}{3,}-?less(?!\p{L})/u,
    // "stop working" = "nicht mehr funktionieren", "overlooks files" = "findet keine Dateien", "to avoid
    // using root" = "um nicht root zu nutzen", "rarely useful" = "kaum nützlich", "an empty selection" =
    // "nichts auswählen", "when in doubt" = "wenn Sie nicht sicher sind", "is different to" = "stimmt nicht
    // überein", "outdated" = "nicht aktuell", "the wrong browser" = "not the browser you wanted".
    /(?:stop(?:s|ped|ping)?\s+work\p{Ll}*|miss(?:es|ed|ing)?(?=\s+(?:the|a|an|its|their|his|her|out)\s)|overlook\p{Ll}*|avoid\p{Ll}*|prevent\p{Ll}*|prohibit\p{Ll}*|rarely|seldom|barring|less(?=\s+\p{Ll}{4,})|forg[eo]t\p{Ll}*|empty|zero|doubt\p{Ll}*|differ\p{Ll}*|outdated|wrong\p{Ll}*)/u,
    // An upper bound, as German "höchstens" and "nicht mehr als" say it; not "most" of a plural ("at most stalls" =
    // "an den meisten Ständen", "at most of the sites").
    /at\s+(?:the\s+)?most(?!\s+(?:of\s|\p{Ll}{2,}s(?![\p{L}])))|at\s+best|a\s+maximum\s+of|at\s+the\s+earliest/u,
    // "except for injury" = "es sei denn, es handelt sich um eine Verletzung".
    /except(?:\s+(?:for|when|if|where))?(?![\p{L}])/u,
    // Saying nothing, standing empty, staying away: "remained silent about the accusations" = "hat sich zu
    // den Vorwürfen nicht geäußert", "places are vacant" = "Plätze sind nicht belegt", "absent" = "nicht anwesend".
    // Out of reach or service: "offline" = "nicht erreichbar", "unreachable" (un-) above.
    // Exempt from a duty: "are exempt from the fee" = "sind von der Gebühr befreit", "müssen sie nicht zahlen".
    /silen(?:t|ce)|vacan(?:t|cy|cies)|absen(?:t|ce)|offline|stay(?:s|ed|ing)?\s+away|(?:barred|banned)\s+from|failure\s+to|exempt(?:s|ed)?(?![\p{L}])/u,
    // Ruling out says "not possible" ("ruled out a merger" = "schloss eine Fusion aus", "es ist ausgeschlossen"), and
    // "debt-free" = "keine Schulden", "tax-free" = "steuerfrei": German "-frei" is such a word too. Not "free-to-air",
    // nor "non-free", an archive's section.
    /rul(?:e|es|ed|ing)\s+out|out\s+of\s+the\s+question|(?!non-)[\p{L}\p{N}]{2,}-free(?![\p{L}\p{N}]|-)/u,
    // "too low for ships to operate" = "Schiffe konnten nicht fahren": too much for what follows. Not "for" a stretch
    // of time, which says how long ("paid too little for months" = "monatelang zu wenig").
    /too\s+\p{Ll}{2,}\s+(?:to|for(?!\s+(?:(?:a|an|the|several|many|some|two|three|four|five|six|\d+)\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|ages|long|a\s+while)(?![\p{L}])))(?![\p{L}])/u,
    // "Few economists expect" = "Kaum ein Ökonom rechnet damit": not many; "a few", "the few" are some. So "had little
    // effect" = "wirkte sich kaum aus"; after a determiner "little" is small ("a little girl", "their little shop").
    // "too little", "too few" is a measure ("zu wenig"), not a denial.
    /(?<!(?:^|[^\p{L}])(?:a|the|too)\s+)few(?![\p{L}])/u,
    /(?<!(?:^|[^\p{L}])(?:a|the|this|that|his|her|its|their|our|my|your|too)\s+)little(?![\p{L}])(?!\s+by\s+little)/u,
    // dis- where it negates its word ("dislike" = "nicht mögen", "disagree" = "nicht einverstanden"), not where it
    // undoes an act ("disconnect", "disable", which German says with its own verb).
    /dis(?:lik|agree|approv|trust|allow|obey|hones|satisf|pleas|belie|regard|similar|proportion|loyal)\p{Ll}*/u,
    // "tested negative" = "wurde nicht nachgewiesen"; "only partly subscribed" = "not fully subscribed".
    /test(?:s|ed|ing)?\s+negative|only\s+(?:partly|partially|in\s+part)/u,
    /(?:discourag\p{Ll}*|f(?:all|alls|ell|allen|alling)\s+short|spared|fail(?:s|ed|ing)?\s+to|lack(?:s|ed|ing)?|other\s+than|rather\s+than|instead\s+of|anything\s+but|w\/o|free\s+of|out[\s-]+of[\s-]+(?:sync|scope|order|reach|range|memory|space|service|stock)|outside\s+(?:(?:the|its|their|our|your|his|her|this|that)\s+)?(?:scope|remit|reach|range|control))(?![\p{L}\p{N}])/u,
  ],
  de: [
    // un- before a lower-case word (an adjective, adverb or participle); not unter-, nor "unser" with
    // its endings ("unseriös" is an un-word), and not "ungefähr", "unmittelbar", "unbedingt",
    // "unabhängig", which negate nothing (nor English "unless", "unmount", "unstable", "understand"
    // left untranslated: the cue counts already, the verb undoes, a branch's name). "unfrei" is no
    // section's name in German, which keeps "non-free": "may or may not be free software" = "freie
    // oder unfreie Software".
    /un(?!ter|ser(?:e[mnrs]?|er)?(?!\p{L})|sre|gefähr|mittelbar|bedingt|abhängig|less|mount|stable|der)\p{Ll}{4,}/u,
    // The nouns of such adjectives, capitalised: "Unregelmäßigkeiten", "Unsicherheit" (not "Unabhängigkeit").
    /Un(?!ter|abhängig)\p{Ll}{3,}(?:heit|keit)(?:en)?/u,
    // "Nicht-Apple-Plattformen" is a noun, capitalised wherever it stands.
    /[Nn]icht-(?!frei)\p{L}[\p{L}-]*|nicht(?!s)\p{Ll}{4,}/u,
    // -los and -frei: "passwortlos", "nutzlos", "kostenlos", "fehlerfrei", "BPA-frei"; not "drahtlos", "kabellos"
    // (wireless), nor "einwandfrei", "tadellos", which praise ("works properly", "impeccable"), and in lower case: a
    // capitalised "Carlos" is a name.
    /(?!drahtlos|kabellos|einwandfrei|tadellos)\p{Ll}{3,}(?:los|frei)(?:e[mnrs]?)?(?!\p{L})|(?![Nn]icht-)[\p{L}\p{N}]+-(?:los|frei)(?:e[mnrs]?)?(?!\p{L})/u,
    /i(?:n(?:aktiv|adäquat|akzeptab|diskret|definit|direkt|effizient|formell|flexib|kompatib|konsistent|korrekt|stabil|toleran|valid|signifikant)|m(?:mobil|perfekt|plausib|präzis|possib)|l(?:legal|legitim|logisch)|r(?:relevant|regulär|reversib|rational))\p{Ll}*/u,
    // "außer" that opens a clause is "unless": "außer Sie haben einen Grund", "außer, wenn …".
    // "Ebenso wenig wird …" is "Nor will …", but "ebenso wenig Geld wie" compares: confirming only.
    /[Ee]benso\s*wenig|[Gg]enauso\s*wenig|außer(?=,?\s+(?:wenn|falls|dass|sie|es|er|man|ich|du|wir|ihr|Sie)(?![\p{L}\p{N}]))/u,
    new RegExp(String.raw`(?:ge)?fehl(?:t|e|en|te|ten|end\p{Ll}*|geschlagen)?(?=[\s.,;:!?)]|$)|scheiter\p{Ll}*|missl(?:ang|ingt|ungen)\p{Ll}*|missglückt\p{Ll}*|[Mm]iss(?:f[aä]ll|fiel|acht|trau|billig|erfolg)\p{Ll}*|ausgefallen|f(?:ällt|iel|ielen|allen)\s+(?:[\p{L}\p{N}]+\s+){0,4}aus(?=[\s.,;:!?]|$)|außer\s+(?:Betrieb|Kraft|Gefecht)|entf(?:ällt|allen|iel|ielen)(?![\p{L}])|ausgenommen|ausgeschlossen|frei\s+von|${EXCLUDING_VERB_FORMS}\s+(?:[^\s,.;:!?]+\s+){0,6}?aus(?=[\s.,;:!?]|$)`, 'u'),
    // Staying away, refraining, omitting: "did not attend" = "blieb … fern", "did not comment" = "verzichtete
    // auf einen Kommentar", "failed to report" = "unterließ es", "versäumte".
    /bl(?:ieb|ieben|eibt|eiben)\s+(?:[\p{L}\p{N}]+\s+){0,6}fern(?=[\s.,;:!?]|$)|fernbleib\p{Ll}*|ferngeblieben|verzicht(?:eten|ete|et|en|e)|unterl(?:ässt|assen|ieß|ießen)|versäum\p{Ll}*/u,
    // "alles andere als nutzerfreundlich" = "anything but user-friendly", "not user-friendly at all".
    /alles\s+andere\s+als(?![\p{L}])/u,
    // One thing in place of another: "statt Gutscheinen Bargeld" = "no longer vouchers but cash", as "rather than",
    // "instead of". Not the particle of "stattfinden" at its clause's end ("findet am Montag statt.").
    /(?:[Aa]n)?[Ss]tatt(?=\s+\p{L})(?!\s+(?:und|oder|aber)(?![\p{L}]))|[Aa]nstelle(?![\p{L}])/u,
    // Falling short, being spared: "blieben hinter den Erwartungen zurück" = "did not meet expectations", "blieb ein
    // Rückruf erspart" = "did not have to recall". Not holding on ("hält an seinem Ziel fest"), which says "did not
    // lower its target" as often as "will go ahead with the strike".
    // So "blieben vom Streik verschont" = "were not affected by the strike", "blieb eine Erklärung schuldig" = "was not able
    // to explain" (owing it, not guilty: a verdict is "für schuldig befunden", "ist schuldig").
    // Freed from a duty: "sind davon befreit" = "are exempt", "freigestellt" = "exempted" (or released from work).
    /befreit(?:e[mnrs]?)?(?![\p{L}])|freigestellt(?:e[mnrs]?)?(?![\p{L}])/u,
    /bl(?:ieb|ieben|eibt|eiben)\s+(?:[^\s,.;:!?]+\s+){0,6}?hinter\s+(?:[^\s,.;:!?]+\s+){0,6}?zurück(?=[\s.,;:!?]|$)|erspart(?![\p{L}])|verschont\p{Ll}*/u,
    /bl(?:ieb|ieben|eibt|eiben)\s+(?:[^\s,.;:!?]+\s+){0,6}?schuldig(?=[\s.,;:!?]|$)|schuldig\s+(?:geblieben|bleiben)(?![\p{L}])/u,
    // Left undecided: "ließ offen, ob" = "did not say whether", "Ob …, ist noch offen" = "has not yet decided whether".
    // Not "ist noch offen" alone, which a shop is ("still open").
    /offen(?:ge|zu)?lass\p{Ll}*|offen\s+(?:ge)?lass\p{Ll}*|offengelassen|(?:ließ|ließen|lässt|lassen)\s+(?:[^\s,.;:!?]+\s+){0,6}?offen(?=[\s.,;:!?]|$)/u,
    // (The look back for "Ob" comes after the verb, and reaches a clause's length: before the verb, it would be tried
    // at every word of a long text.)
    /(?:ist|sind|bleibt|blieb|war|sei)(?<=(?:^|[^\p{L}])[Oo]b\s[^.;:!?]{0,200}(?:ist|sind|bleibt|blieb|war|sei))\s+(?:(?:noch|weiterhin|bislang|bisher|derzeit|vorerst)\s+)?offen(?![\p{L}])|(?:ist|bleibt|blieb|war|sei)\s+(?:(?:noch|weiterhin|bislang|bisher|derzeit|vorerst)\s+)?offen(?=,?\s+ob\s)/u,
    // Breaking off: "brachen das Programm ab" = "did not complete the programme". Not the participle: "das Spiel
    // wurde abgebrochen" is "the match was abandoned", which English says without a negation.
    /br(?:ach|achen|icht|echen)\s+(?:[\p{L}\p{N}-]+\s+){0,5}?ab(?=[\s.,;:!?]|$)/u,
    // Keeping silent, refusing, driving on: "schwieg" = "did not comment", "weigerte sich" = "refused",
    // "der Fahrer fuhr weiter" = "the driver did not stop", "beging Fahrerflucht".
    /schw(?:ieg|eig)\p{Ll}*|weiger\p{Ll}*|fuhr(?:en)?\s+(?:[\p{L}\p{N}]+\s+){0,3}(?:weiter|davon)(?=[\s.,;:!?]|$)|[Ff]ahrerflucht|flüchtet\p{Ll}*/u,
    // An upper bound says what "not more than" says: "darf höchstens 3 Meter lang sein" = "must not be
    // longer than 3 metres", "maximal zwei Stunden" = "no more than two hours".
    // Capitalised too: it may open the sentence ("Höchstens 10 Personen …").
    /[Hh]öchstens|[Mm]aximal|[Aa]llenfalls|[Bb]estenfalls/u,
    // Refraining, partial, negative: "sieht von einer Klage ab" = "will not sue" (not "abgesehen von", "apart from"),
    // "nur teilweise gezeichnet" = "not fully subscribed", "negativ getestet" = "did not test positive".
    /(?:sieht|sehen|sah|sahen)\s+(?:[^\s,.;:!?]+\s+){0,6}?von\s+(?:[^\s,.;:!?]+\s+){0,6}?ab(?=[\s.,;:!?]|$)|von\s+(?:(?:[^\s,.;:!?]|(?<=\d)[.,](?=\d))+\s+){0,6}?ab(?:zu)?sehen(?![\p{L}])|nur\s+(?:teilweise|zum\s+Teil|bedingt)|negativ\s+getestet/u,
    // Warning against doing: "warnte Kunden davor, Verträge zu unterschreiben" = "warned customers not to sign".
    /warn(?:e|st|t|en|te|ten|tet)\s+(?:[^\s,.;:!?]+\s+){0,3}?davor(?![\p{L}])/u,
    // "frühestens 2027" = "not before 2027", "erst nach den Eisheiligen pflanzen" = "do not plant out before".
    /[Ff]rühestens|erst(?=\s+(?:nach|ab|wenn|nachdem|im|am|zum|in)\s)/u,
    // "Nein" answers as an English "No" does, in a table cell or a reply ("netboot ja nein ja").
    /[Nn]ein(?![\p{L}\p{N}])|lehn(?:t|en|te|ten)\s+(?:\p{L}+\s+){0,3}ab(?![\p{L}\p{N}])|abgelehnt|ablehn\p{Ll}*|vermeid\p{Ll}*|[Vv]ermeidung|verhinder\p{Ll}*|selten\p{Ll}*|leer\p{Ll}*|verfehl\p{Ll}*|verpass\p{Ll}*|bl(?:ieb|ieben|eibt|eiben)\s+(?:[\p{L}\p{N}]+\s+){0,4}aus(?=[\s.,;:!?]|$)|[Zz]weifel\p{Ll}*|[Vv]ergess\p{Ll}*|vergaß\p{Ll}*|übersehen|übersieht|unterschied\p{Ll}*|anders|falsch\p{Ll}*|fehlschlag\p{Ll}*|schlägt\s+(?:\p{L}+\s+){0,3}fehl/u,
  ],
};

/** Each language's patterns as one, at a word's start. */
const PATTERNS: Record<Lang, RegExp> = {
  en: atWordStart(NEGATIVE_WORDS.en),
  de: atWordStart(NEGATIVE_WORDS.de),
};

function atWordStart(patterns: RegExp[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.map((p) => p.source).join('|')})`, 'gu');
}

/**
 * The words of `text` that carry a negation, as soft claims. Only the document's language counts:
 * an untranslated sentence brings its cue words (see extractNegation), and the other language's
 * affixes would misread words ("Unternehmen" is no English un-word).
 */
export function extractNegativeWords(text: string, lang: Lang): Claim[] {
  const words = [...withLowerCaseStart(text, lang).matchAll(PATTERNS[lang])].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // A verb of refusal says what a negated assent says ("does not support" = "lehnt … ab", the particle
  // however far): it confirms the cue, as the words above do.
  const refusals = extractStances(text, lang).filter((item) => item.stance === 'refusal');
  return [...words, ...refusals].map(({ start, end }) => ({ type: 'negation', kind: 'negation', start, end, value: 'negated', soft: true }));
}

/**
 * An English sentence's first word in lower case ("Unable to …", "Non-root users …"), so the
 * patterns can stay lower case. German capitalises its nouns, and "Ungarn" or "Unfall" at the start
 * would read as un-words, so German sentences stay as they are.
 */
function withLowerCaseStart(text: string, lang: Lang): string {
  if (lang !== 'en') return text;
  const first = /\p{L}/u.exec(text);
  if (!first) return text;
  const lower = first[0].toLowerCase();
  return lower.length === first[0].length ? text.slice(0, first.index) + lower + text.slice(first.index + lower.length) : text;
}
