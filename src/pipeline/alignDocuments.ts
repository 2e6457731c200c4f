import type { AlignmentDocument } from '../core/types.js';
import type { AlignSettings } from '../core/settings.js';
import { comparableStage } from './comparableStage.js';
import type { SourceDocument } from '../read/readDocument.js';
import { startAlignment, type AlignResources } from './startAlignment.js';

/**
 * The whole pipeline for one pair, without I/O beyond loading the lexicon once: detect → segment →
 * analyse → align (startAlignment.ts, with comparable mode's stage at hand). `documents` in
 * the order the user gave them; their roles come from their languages.
 */
export function alignDocuments(documents: [SourceDocument, SourceDocument], settings: AlignSettings, resources: AlignResources = {}): AlignmentDocument {
  return startAlignment(documents, settings, resources).finish(comparableStage);
}
