import { safeJsonStringify } from '../../report/escape.js';
import { statusOf, type CheckReporter } from './shared.js';

/**
 * `--format json`: the whole run for tools (schemaVersion 1, kind "vet-check"). Each influencer carries its
 * full `vet --format json` report, or the error that prevented one. Consumers must ignore unknown keys.
 */
export const jsonReporter: CheckReporter = {
  format: 'json',
  render(result) {
    const document = {
      schemaVersion: 1,
      kind: 'vet-check',
      generatedAt: result.generatedAt,
      vetVersion: result.vetVersion,
      exitCode: result.exitCode,
      ...(result.failOnOverride ? { failOnOverride: result.failOnOverride } : {}),
      ...(result.sinceOverride !== undefined ? { sinceOverride: result.sinceOverride } : {}),
      summary: result.summary,
      proposals: result.proposals.map((proposal) => ({
        file: proposal.file,
        brand: proposal.brand,
        ...(proposal.campaign !== undefined ? { campaign: proposal.campaign } : {}),
        policy: proposal.policy,
        influencers: result.results
          .filter((r) => r.proposal === proposal)
          .map((r) => ({
            name: r.influencer.name,
            handles: r.influencer.handles,
            ...(r.influencer.from !== undefined ? { from: r.influencer.from } : {}),
            ...(r.influencer.fee ? { fee: r.influencer.fee } : {}),
            line: r.influencer.line,
            column: r.influencer.column,
            failOn: r.failOn,
            status: statusOf(r),
            failed: r.failed,
            ...(r.report ? { report: r.report } : {}),
            ...(r.error ? { error: r.error } : {}),
          })),
      })),
      ...(result.review ? { review: result.review } : {}),
    };
    return `${safeJsonStringify(document)}\n`;
  },
};
