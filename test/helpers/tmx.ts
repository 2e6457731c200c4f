import { parseXml, XmlElement } from '@rgrove/parse-xml';

/** A translation unit as a CAT tool reads it from a TMX file. */
export interface ParsedTu {
  attributes: Record<string, string>;
  props: Record<string, string>;
  /** One entry per `tuv`, in document order: its `xml:lang` and the text of its `seg`. */
  tuvs: Array<{ lang: string; seg: string; segChildren: number }>;
}

export interface ParsedTmx {
  version: string;
  header: Record<string, string>;
  tus: ParsedTu[];
}

function elements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => c instanceof XmlElement && (name === undefined || c.name === name));
}

/**
 * Parses a TMX with @rgrove/parse-xml, a strict XML 1.0 parser: a stray `&`, an unescaped `<`,
 * a control character or a lone surrogate makes it throw. Checks the element structure the DTD
 * requires on the way (tmx → header, body → tu* → prop*, tuv+ → seg).
 */
export function parseTmx(xml: string): ParsedTmx {
  const root = parseXml(xml).root;
  if (!root || root.name !== 'tmx') throw new Error('root element is not <tmx>');
  const [header, body, ...rest] = elements(root);
  if (header?.name !== 'header' || body?.name !== 'body' || rest.length > 0) throw new Error('<tmx> must hold <header> then <body>');
  const tus = elements(body).map((tu): ParsedTu => {
    if (tu.name !== 'tu') throw new Error(`unexpected <${tu.name}> in <body>`);
    const props: Record<string, string> = {};
    for (const prop of elements(tu, 'prop')) props[prop.attributes.type!] = prop.text;
    const tuvs = elements(tu, 'tuv').map((tuv) => {
      const segs = elements(tuv, 'seg');
      if (segs.length !== 1) throw new Error('a <tuv> must hold exactly one <seg>');
      return { lang: tuv.attributes['xml:lang']!, seg: segs[0]!.text, segChildren: elements(segs[0]!).length };
    });
    return { attributes: tu.attributes, props, tuvs };
  });
  return { version: root.attributes.version!, header: header.attributes, tus };
}
