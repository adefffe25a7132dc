import { safeJsonStringify } from './escape.js';
import type { Reporter } from './index.js';

/** The stable JSON contract (schemaVersion 1): the report as built, pretty-printed; bidi and C1 characters as \u escapes. */
export const jsonReporter: Reporter = {
  format: 'json',
  render: (report) => `${safeJsonStringify(report)}\n`,
};
