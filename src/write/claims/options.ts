import type { ChalkInstance } from 'chalk';
import type { ClaimsDiffDocument } from '../../core/claims.js';
import type { AlignmentDocument } from '../../core/types.js';

/** What every format of the claims diff is written with. */
export interface ClaimsWriterOptions {
  /** Text format: list every match instead of counting them. */
  verbose: boolean;
  /** Colours for the text format; level 0 when writing to a file or when NO_COLOR is set. */
  chalk: ChalkInstance;
  /** The alignment the diff was made from (the HTML report shows its links). */
  alignment: AlignmentDocument;
}

export type ClaimsFormatter = (doc: ClaimsDiffDocument, options: ClaimsWriterOptions) => string;
