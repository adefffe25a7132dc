import type { ReviewEntry, ReviewSummary } from '../review/types.js';
import type { Level, VerdictLevel, VetReport } from '../types.js';

/** One influencer of a proposal, with where its entry starts in the proposal file. */
export interface ProposalInfluencer {
  /** 0-based position in `influencers`. */
  index: number;
  name: string;
  /** As written; shown in reports even when `from` is what gets vetted. */
  handles: string[];
  /** The exported history as written (relative to the proposal file). */
  from?: string;
  /** `from` resolved to an absolute path. */
  fromPath?: string;
  /** Field → CSV column for a `from` CSV whose columns have other names. */
  columns?: Record<string, string>;
  fee?: { amount: number; currency: string };
  /** 1-based line and column of the entry (`- name: …`) in the proposal file. */
  line: number;
  column: number;
}

/** A validated proposal file. */
export interface Proposal {
  /** The path as shown in reports: relative to the working folder, with forward slashes. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Built-in brand id or a profile path (relative to the proposal file), as written. */
  brand: string;
  campaign?: string;
  policy: { failOn: Level; since?: string };
  influencers: ProposalInfluencer[];
}

/** Why an influencer could not be vetted. */
export interface InfluencerError {
  /** The error class: InputError (exit 2), SourceError (exit 3), UsageError (exit 2). */
  code: string;
  message: string;
  exitCode: number;
}

/** The outcome for one influencer: a report, or the error that prevented one. */
export interface InfluencerResult {
  proposal: Proposal;
  influencer: ProposalInfluencer;
  /** The level this influencer fails at (the proposal's policy, or --fail-on). */
  failOn: Level;
  report?: VetReport;
  error?: InfluencerError;
  /** True when the verdict is at or above `failOn`. */
  failed: boolean;
}

export interface CheckSummary {
  influencers: number;
  failed: number;
  passed: number;
  errors: number;
  byLevel: Record<VerdictLevel, number>;
}

/** Everything a check reporter needs; reporters never do I/O. */
export interface CheckResult {
  proposals: Proposal[];
  results: InfluencerResult[];
  summary: CheckSummary;
  /** Reviewed-findings file state, when one was used. */
  review?: ReviewSummary;
  /** --fail-on, when it overrode the proposals' policies. */
  failOnOverride?: Level;
  /** --since, when it overrode the proposals' policies (reporters show the window that applied). */
  sinceOverride?: string;
  exitCode: number;
  generatedAt: string;
  vetVersion: string;
}

export type { ReviewEntry, ReviewSummary };

/** The --since window that applied to a proposal: the command line's, else the proposal's policy. */
export function sinceOf(result: Pick<CheckResult, 'sinceOverride'>, proposal: Proposal): string | undefined {
  return result.sinceOverride ?? proposal.policy.since;
}
