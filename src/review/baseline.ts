import { stringify } from 'yaml';
import { cleanText, oneLine } from '../report/escape.js';
import type { Finding, Post } from '../types.js';
import { acceptanceOf, REVIEW_PLATFORMS, SERVER_ASSIGNED_ID_PLATFORMS, type Acceptance, type ReviewSet } from './ignore-file.js';
import type { ReviewEntry } from './types.js';

export const BASELINE_REASON = 'baseline: accepted at adoption';

interface Recorded {
  finding: Finding;
  /** Who the finding is about (influencer name and proposal), for the comment above the entry. */
  context: string | undefined;
}

/**
 * `vet check --write-baseline`: accepts every current finding, like a linter baseline at adoption. Findings
 * an existing entry already accepts keep that entry (its reason and reviewer); every other finding gets an
 * entry by fingerprint with the baseline reason. Existing entries in force whose post this run did not scan
 * (another influencer's: the file is often shared) are carried over unchanged; only unused entries (post
 * scanned, nothing matched) and expired ones are dropped. Because acceptance happens while vetting, the
 * run's report and exit code already reflect the baseline.
 */
export class BaselineRecorder {
  private readonly recorded = new Map<string, Recorded>();
  private readonly kept = new Map<ReviewEntry, true>();

  constructor(
    private readonly existing: ReviewSet | undefined,
    private readonly by: string,
    private readonly today: string,
  ) {}

  review(finding: Finding, context?: string): Acceptance {
    const entry = this.existing?.match(finding);
    if (entry) {
      this.kept.set(entry, true);
      return acceptanceOf(entry);
    }
    if (!this.recorded.has(finding.fingerprint)) this.recorded.set(finding.fingerprint, { finding, context });
    return { reason: BASELINE_REASON, by: this.by };
  }

  /** For vetHistory's `sawPost` option: tells the existing file which posts this run scanned. */
  notePost(post: Pick<Post, 'id' | 'platform'>): void {
    this.existing?.notePost(post);
  }

  /** Existing entries the new file keeps, in file order: those that matched, and those this run knows nothing about. */
  private keptEntries(): ReviewEntry[] {
    const existing = this.existing;
    if (!existing) return [];
    return existing.entries.filter((entry) => this.kept.has(entry) || (!existing.isExpired(entry) && !existing.wasScanned(entry)));
  }

  /** Entries the file will hold: kept ones first (file order), then new ones. */
  get size(): { kept: number; added: number } {
    return { kept: this.keptEntries().length, added: this.recorded.size };
  }

  /** The new file's text: a header, kept entries as they were, then one entry per new finding. */
  render(): string {
    const lines = [
      '# Reviewed findings for vet: each entry accepts one finding, with why and who accepted it.',
      `#   - post: "<post id>"  rule: <rule id>  platform: <${REVIEW_PLATFORMS.join('|')}>   (or)   - fingerprint: <platform:post:rule:hash>`,
      '#     reason: <why>      by: <who>        expires: YYYY-MM-DD (optional)',
      `#   (a post entry without platform applies only to ${SERVER_ASSIGNED_ID_PLATFORMS.join(' and ')} posts, whose ids their authors cannot choose)`,
      `# Baseline written by \`vet check --write-baseline\` on ${this.today}: every finding present then is accepted.`,
      '# Replace the baseline reason with a real one as you review each finding.',
      '',
    ];
    const kept = this.keptEntries();
    for (const entry of kept) {
      const { index: _i, line: _l, column: _c, ...fields } = entry;
      lines.push(stringify([fields], { lineWidth: 0 }).trimEnd());
    }
    if (kept.length && this.recorded.size) lines.push('');
    // Influencers are vetted concurrently; sorting keeps the file the same from one run to the next.
    const recorded = [...this.recorded.values()].sort(
      (a, b) => (a.context ?? '').localeCompare(b.context ?? '', 'en', { numeric: true }) || a.finding.fingerprint.localeCompare(b.finding.fingerprint),
    );
    for (const { finding, context } of recorded) {
      const date = finding.createdAt ? ` ${finding.createdAt.slice(0, 10)}` : '';
      lines.push(`# ${oneLine(`${context ? `${context} · ` : ''}${finding.ruleId} (${finding.severity}) · post ${finding.postId}${date} · ${finding.excerpt}`, 160)}`);
      lines.push(stringify([{ fingerprint: finding.fingerprint, reason: BASELINE_REASON, by: this.by }], { lineWidth: 0 }).trimEnd());
    }
    return `${lines.join('\n')}\n`;
  }
}

/** Who records the baseline: the CI actor or the local user. */
export function baselineAuthor(env: Record<string, string | undefined>): string {
  const who = env.VET_REVIEWER || env.GITHUB_ACTOR || env.GITLAB_USER_LOGIN || env.USER || env.USERNAME || 'vet --write-baseline';
  return cleanText(who).trim() || 'vet --write-baseline';
}
