import type { Reporter } from './index.js';

/** The stable JSON contract (schemaVersion 1): the report as built, pretty-printed. */
export const jsonReporter: Reporter = {
  format: 'json',
  render: (report) => `${JSON.stringify(report, null, 2)}\n`,
};
