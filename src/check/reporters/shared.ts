import { splitExcerpt } from '../../report/excerpt.js';
import type { RuleMeta } from '../../rules/types.js';
import { isHostile } from '../../score.js';
import type { Finding } from '../../types.js';
import type { CheckResult, InfluencerResult } from '../types.js';
import type { CheckFormat } from '../formats.js';
import { countOf, findingOrigin } from '../../report/wording.js';

export interface CheckRenderContext {
  /** Decided by the caller (TTY, NO_COLOR, --no-color); only the text reporter uses it. */
  color: boolean;
  rules: readonly RuleMeta[];
  /** How many findings each influencer shows as evidence (the rest are counted). */
  maxEvidence?: number;
  /** Wrap the text report to this many columns (a terminal's width). */
  width?: number;
}

/** Turns a whole check run into one document; never writes it anywhere. */
export interface CheckReporter {
  readonly format: CheckFormat;
  render(result: CheckResult, ctx: CheckRenderContext): string;
}

export const DEFAULT_MAX_EVIDENCE = 5;

export type Status = 'fail' | 'pass' | 'error';

export function statusOf(result: InfluencerResult): Status {
  return result.error ? 'error' : result.failed ? 'fail' : 'pass';
}

/** Findings that count, most severe first (the report's order): hostile ones, or else whatever counts. */
export function evidenceOf(result: InfluencerResult): Finding[] {
  const counted = result.report?.findings.filter((f) => !f.ignored) ?? [];
  const hostile = counted.filter((f) => isHostile(f.severity));
  return hostile.length ? hostile : counted;
}

/** Findings a reviewer accepted: listed in every report, never dropped. */
export function acceptedOf(result: InfluencerResult): Finding[] {
  return result.report?.findings.filter((f) => f.ignored) ?? [];
}

/**
 * The excerpt as written (spacing included) with the matched words marked «like this», and … where the post
 * goes on before or after it.
 */
export function markedExcerpt(finding: Finding): string {
  const { before, match, after, cutBefore, cutAfter } = splitExcerpt(finding);
  return `${cutBefore ? '…' : ''}${before}«${match}»${after}${cutAfter ? '…' : ''}`;
}

/** "[high] fan-insult 2025-09-12: …«matched»… https://…": one finding as plain (unescaped) text. */
export function findingLine(finding: Finding): string {
  return `${findingText(finding)}${finding.url ? ` ${finding.url}` : ` (post ${finding.postId})`}`;
}

/** findingLine without the link, for formats that write the link as a link. */
export function findingText(finding: Finding): string {
  const date = finding.createdAt ? ` ${finding.createdAt.slice(0, 10)}` : '';
  const repost = finding.isRepost ? ' (repost)' : '';
  const origin = findingOrigin(finding).map((o) => ` (${o})`).join('');
  return `[${finding.severity}] ${finding.ruleId}${date}${repost}${origin}: ${markedExcerpt(finding)}`;
}

/** Passed, yet with hostile findings below the fail-on level: said, so "pass" never sits beside a high finding silently. */
export function withFindings(result: InfluencerResult): boolean {
  return statusOf(result) === 'pass' && (result.report?.findings.some((f) => !f.ignored && isHostile(f.severity)) ?? false);
}

/** "FAIL", "ERROR", "pass" or "pass, with findings". */
export function statusLabel(result: InfluencerResult): string {
  const status = statusOf(result);
  return status === 'fail' ? 'FAIL' : status === 'error' ? 'ERROR' : withFindings(result) ? 'pass, with findings' : 'pass';
}

export function acceptanceLine(finding: Finding): string {
  return `${findingLine(finding)} ${acceptanceNote(finding)}`;
}

/** "(accepted by alice until 2099-01-01: satire)". */
export function acceptanceNote(finding: Finding): string {
  const a = finding.ignored!;
  return `(accepted by ${a.by ?? 'unknown'}${a.expires ? ` until ${a.expires}` : ''}: ${a.reason})`;
}

/** "weibo:1, bsky:x" or "from histories/a.jsonl (weibo:1)". */
export function sourceLabel(result: InfluencerResult): string {
  const { handles, from } = result.influencer;
  if (from) return `from ${from}${handles.length ? ` (${handles.join(', ')})` : ''}`;
  return handles.join(', ');
}

export function verdictLabel(result: InfluencerResult): string {
  if (!result.report) return 'not vetted';
  const { level, score } = result.report.verdict;
  return level === 'insufficient-data' ? `insufficient data (score ${score})` : `${level} (score ${score})`;
}

export function feeLabel(result: InfluencerResult): string | undefined {
  const fee = result.influencer.fee;
  return fee ? `${fee.amount.toLocaleString('en-US')} ${fee.currency}` : undefined;
}

export function summaryLine(result: CheckResult): string {
  const s = result.summary;
  const parts = [`${countOf(s.influencers, 'influencer')} in ${countOf(result.proposals.length, 'proposal')}`, `${s.failed} failed`, `${s.passed} passed`];
  if (s.errors) parts.push(`${s.errors} not vetted (error)`);
  return parts.join(', ');
}
