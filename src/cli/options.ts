import { Option } from 'commander';
import { UserError } from '../core/errors.js';
import { ENCODINGS } from '../core/settings.js';

/** Options several commands share, defined once so their help and validation agree. */

export function encodingOption(): Option {
  return new Option('--encoding <name>', 'input encoding when there is no BOM (default: utf-8)').choices(ENCODINGS);
}

export function outputOption(): Option {
  return new Option('-o, --output <file>', 'write here instead of stdout (written atomically)');
}

export function parseScore(value: string): number {
  const score = Number(value);
  if (value.trim() === '' || !Number.isFinite(score) || score < 0 || score > 1) {
    throw new UserError(`--min-score ${value}: expected a number between 0 and 1`);
  }
  return score;
}
