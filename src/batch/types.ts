import type { LoadedBrand } from '../brands/load.js';
import type { VerdictLevel, VetReport } from '../types.js';

/** One row of a roster as written: before brands are loaded or paths resolved. */
export interface RosterRow {
  /** 1-based line in the roster, for `file:line` messages. */
  line: number;
  handle: string;
  /** Brand id or profile path given in the row (CSV `brand` column); --brand applies when absent. */
  brand?: string;
  /** A history file to read instead of fetching (CSV `from` column), as written. */
  from?: string;
  /** A display name (CSV `name` column). */
  name?: string;
}

/** One unit of work, validated: the brand is loaded and paths are absolute. */
export interface BatchJob {
  line: number;
  handle: string;
  name?: string;
  brand: LoadedBrand;
  /** Absolute path of the history file: the row's `from`, or the path of a `file:` handle (both relative to the roster). */
  fromPath?: string;
  /** Concurrency lane (platform or host); undefined for local files, which no platform limit applies to. */
  lane?: string;
}

/** Identity of a finished handle in an output file: the roster handle and the brand id. */
export const jobKey = (handle: string, brandId: string): string => `${handle}\u0000${brandId}`;

export interface BatchError {
  code: string;
  message: string;
  hint?: string;
}

/** What one handle produced: a report, or an error; `line` is the output line itself. */
export type BatchOutcome =
  | { job: BatchJob; report: VetReport; error?: undefined }
  | { job: BatchJob; report?: undefined; error: BatchError };

/** The little the summary keeps of a finished handle (never the report). */
export interface OutcomeDigest {
  handle: string;
  name?: string;
  brandId: string;
  level?: VerdictLevel;
  score?: number;
  /** Hostile findings (medium or above, not accepted by a reviewer). */
  findings?: number;
  topRule?: string;
  error?: BatchError;
  /** True for handles read back from an earlier run's output (--resume). */
  earlier?: boolean;
}
