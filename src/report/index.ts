import type { RuleMeta } from '../rules/types.js';
import type { VetReport } from '../types.js';
import { jsonReporter } from './json.js';
import { markdownReporter } from './markdown.js';
import { textReporter } from './text.js';

export interface RenderContext {
  /** Colour is decided by the caller (TTY, NO_COLOR, --no-color), never by the reporter. */
  color: boolean;
  rules: readonly RuleMeta[];
  /** List low/info findings in full too. */
  showAll?: boolean;
  /** Wrap text to this many columns (a terminal's width); no wrapping when absent. */
  width?: number;
}

/** A reporter turns one report into text; it never writes or decides where the text goes. */
export interface Reporter {
  readonly format: string;
  render(report: VetReport, ctx: RenderContext): string;
}

/** The one place single-report formats are registered. */
export const REPORTERS = { text: textReporter, json: jsonReporter, markdown: markdownReporter } as const;
export type ReportFormat = keyof typeof REPORTERS;

export function renderReport(format: ReportFormat, report: VetReport, ctx: RenderContext): string {
  return REPORTERS[format].render(report, ctx);
}
