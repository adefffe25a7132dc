import type { RuleMeta } from '../rules/types.js';
import type { VetReport } from '../types.js';

export interface RenderContext {
  /** Colour is decided by the caller (TTY, NO_COLOR, --no-color), never by the reporter. */
  color: boolean;
  rules: readonly RuleMeta[];
  /** List low/info findings in full too. */
  showAll?: boolean;
}

/** A reporter turns one report into text; it never writes or decides where the text goes. */
export interface Reporter {
  readonly format: string;
  render(report: VetReport, ctx: RenderContext): string;
}

export type ReportFormat = 'text' | 'json' | 'markdown';

// STUB until the reporters land.
export function renderReport(format: ReportFormat, report: VetReport, _ctx: RenderContext): string {
  return format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${report.verdict.level}\n`;
}
