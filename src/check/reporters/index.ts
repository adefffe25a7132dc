import type { CheckFormat } from '../formats.js';
import type { CheckResult } from '../types.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import { sarifReporter } from './sarif.js';
import type { CheckRenderContext, CheckReporter } from './shared.js';
import { textReporter } from './text.js';

/** The one place `vet check --format` values map to reporters. */
export const CHECK_REPORTERS: Record<CheckFormat, CheckReporter> = {
  text: textReporter,
  json: jsonReporter,
  markdown: markdownReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  github: githubReporter,
};

export function renderCheck(format: CheckFormat, result: CheckResult, ctx: CheckRenderContext): string {
  return CHECK_REPORTERS[format].render(result, ctx);
}

export type { CheckRenderContext, CheckReporter };
