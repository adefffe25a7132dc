import { safeJsonStringify } from './escape.js';
import type { Reporter } from './index.js';
import type { VetReport } from '../types.js';

/** The stable JSON contract (schemaVersion 1): the report as built, pretty-printed; bidi and C1 characters as \u escapes. */
export const jsonReporter: Reporter = {
  format: 'json',
  render: (report) => [...jsonChunks(report)].join(''),
};

const PLACEHOLDER = '\u0000findings\u0000';

/**
 * The same text as `render`, in pieces: the report around its findings, then one finding at a time, so a
 * report with tens of thousands of findings is never one string in memory.
 */
export function* jsonChunks(report: VetReport): Generator<string> {
  const frame = safeJsonStringify({ ...report, findings: PLACEHOLDER });
  const [head, tail] = frame.split(JSON.stringify(PLACEHOLDER)) as [string, string];
  if (report.findings.length === 0) {
    yield `${head}[]${tail}\n`;
    return;
  }
  yield `${head}[\n`;
  for (let i = 0; i < report.findings.length; i++) {
    const item = safeJsonStringify(report.findings[i]).replace(/\n/g, '\n    ');
    yield `    ${item}${i < report.findings.length - 1 ? ',' : ''}\n`;
  }
  yield `  ]${tail}\n`;
}
