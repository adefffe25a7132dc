import type { CheckFormat, PageFormat } from '../formats.js';
import type { CheckResult } from '../types.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import { sarifReporter } from './sarif.js';
import type { CheckRenderContext, CheckReporter } from './shared.js';
import { textReporter } from './text.js';

/** The one place `vet check --format` values map to reporters. */
export const CHECK_REPORTERS: Record<Exclude<CheckFormat, PageFormat>, CheckReporter> = {
  text: textReporter,
  json: jsonReporter,
  markdown: markdownReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  github: githubReporter,
};

export function renderCheck(format: Exclude<CheckFormat, PageFormat>, result: CheckResult, ctx: CheckRenderContext): string {
  return CHECK_REPORTERS[format].render(result, ctx);
}

export type { CheckRenderContext, CheckReporter };
