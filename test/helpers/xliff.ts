import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseXml, XmlElement } from '@rgrove/parse-xml';
import { fixture } from './cli.js';

export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

const SCHEMAS = { '2.1': fixture('xliff/xliff-core-2.0.xsd'), '1.2': fixture('xliff/xliff-core-1.2-strict.xsd') };

/**
 * Validates an XLIFF file against the official OASIS schema (fixtures/xliff/SOURCE.md) with
 * xmllint, offline: the 1.2 schema imports xml.xsd from w3.org, which a catalog maps to the local copy.
 */
export function validateXliff(file: string, version: '2.1' | '1.2'): { status: number | null; stderr: string } {
  const catalog = join(mkdtempSync(join(tmpdir(), 'satzpaar-catalog-')), 'catalog.xml');
  writeFileSync(
    catalog,
    '<?xml version="1.0"?><catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">' +
      `<system systemId="http://www.w3.org/2001/xml.xsd" uri="file://${fixture('xliff/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd')}"/></catalog>`,
  );
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMAS[version], file], { encoding: 'utf8', env: { ...process.env, XML_CATALOG_FILES: catalog } });
  return { status: result.status, stderr: result.stderr };
}

/** Source and target texts of every unit, in order, from XLIFF 2.x (`unit/segment`) or 1.2 (`trans-unit`). */
export function xliffPairs(xml: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const walk = (element: XmlElement) => {
    if (element.name === 'segment' || element.name === 'trans-unit') {
      const child = (name: string) => element.children.find((c): c is XmlElement => c instanceof XmlElement && c.name === name)!.text;
      pairs.push([child('source'), child('target')]);
      return;
    }
    for (const child of element.children) if (child instanceof XmlElement) walk(child);
  };
  walk(parseXml(xml).root!);
  return pairs;
}
