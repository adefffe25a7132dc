import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Finding } from '../types.js';
import { exists } from '../util/atomic-write.js';
import { parseDataText } from '../util/data-file.js';
import { validateWithPositions } from '../check/validate.js';
import { oneLine } from '../report/escape.js';
import { InputError } from '../errors.js';
import type { ReviewEntry, ReviewSummary } from './types.js';

/**
 * The reviewed-findings file (`.vetignore`): a YAML (or JSON) list of findings a person has looked at and
 * accepts, each with a reason and who accepted it, optionally until a date:
 *
 *   - post: "4890123456789012"        # post id and rule id…
 *     rule: fan-doom-wish
 *     reason: satire account, the brand's PR team agreed
 *     by: alice
 *     expires: 2027-06-30
 *   - fingerprint: weibo:4890123456789012:fan-slur:1a2b3c4d   # …or one exact finding
 *     reason: quoted a hater to criticise him
 *     by: bob
 *
 * Accepted findings stay listed in every report (marked as accepted); they only stop counting toward the
 * verdict. Entries that accept nothing and entries past their date are reported, like ESLint's unused
 * disable directives and gitleaks' stale ignores.
 */

// Post ids are strings; a bare YAML number is accepted only while it is exact (ids often exceed 2^53).
const postId = z.unknown().transform((value, ctx) => {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  ctx.addIssue({
    code: 'custom',
    message: typeof value === 'number' ? 'is a number too large to keep exactly; quote post ids ("4890123456789012345")' : 'must be the post id, as text',
  });
  return z.NEVER;
});

const isoDay = z.union([
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date'),
  // YAML 1.1 documents turn dates into timestamps.
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

const required = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `is required: ${what}` : 'must be text');

export const ReviewEntrySchema = z
  .object({
    post: postId.optional(),
    rule: z.string().trim().min(1, 'must not be empty').optional(),
    fingerprint: z.string().trim().min(1, 'must not be empty').optional(),
    reason: z.string({ error: required('say why the finding is accepted') }).trim().min(1, 'must not be empty: say why the finding is accepted'),
    by: z.string({ error: required('who accepted the finding') }).trim().min(1, 'must not be empty: who accepted the finding'),
    expires: isoDay.optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.fingerprint !== undefined && (entry.post !== undefined || entry.rule !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['fingerprint'], message: 'give either a fingerprint or post and rule, not both' });
    } else if (entry.fingerprint === undefined && (entry.post === undefined || entry.rule === undefined)) {
      const missing = entry.post === undefined && entry.rule === undefined ? [] : entry.post === undefined ? ['post'] : ['rule'];
      ctx.addIssue({
        code: 'custom',
        path: missing,
        message: 'an entry names the finding it accepts: post (the post id) and rule (the rule id), or a fingerprint',
      });
    }
  });

export const ReviewFileSchema = z.array(ReviewEntrySchema, { error: 'a reviewed-findings file is a list of entries (- post: …, rule: …, reason: …, by: …)' }).nullable();

/** Acceptance as recorded on a finding. */
export type Acceptance = NonNullable<Finding['ignored']>;

/** Today's date (UTC) as YYYY-MM-DD. */
export function isoToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}

const key = (post: string, rule: string) => `${post}\u0000${rule}`;

/** The entries of one file, matched against findings as a run produces them; remembers what was used. */
export class ReviewSet {
  private readonly byFingerprint = new Map<string, ReviewEntry[]>();
  private readonly byPostRule = new Map<string, ReviewEntry[]>();
  private readonly matches = new Map<ReviewEntry, number>();

  constructor(
    /** The file as the user named it, for messages. */
    readonly file: string,
    readonly entries: readonly ReviewEntry[],
    /** YYYY-MM-DD; entries expiring before this day no longer apply. */
    readonly today: string,
  ) {
    for (const entry of entries) {
      const [map, k] = entry.fingerprint !== undefined ? [this.byFingerprint, entry.fingerprint] : [this.byPostRule, key(entry.post!, entry.rule!)];
      map.set(k, [...(map.get(k) ?? []), entry]);
    }
  }

  isExpired(entry: ReviewEntry): boolean {
    return entry.expires !== undefined && entry.expires < this.today;
  }

  /** The entry in force that accepts this finding (file order decides between several), if any. */
  match(finding: Finding): ReviewEntry | undefined {
    const candidates = [...(this.byFingerprint.get(finding.fingerprint) ?? []), ...(this.byPostRule.get(key(finding.postId, finding.ruleId)) ?? [])].sort(
      (a, b) => a.index - b.index,
    );
    // Expired entries that would have matched are counted, so the report can say a finding counts again.
    for (const entry of candidates) if (this.isExpired(entry)) this.matches.set(entry, (this.matches.get(entry) ?? 0) + 1);
    const active = candidates.find((entry) => !this.isExpired(entry));
    if (active) this.matches.set(active, (this.matches.get(active) ?? 0) + 1);
    return active;
  }

  /** For vetHistory's `review` option: the acceptance when a person already accepted this finding. */
  review(finding: Finding): Acceptance | undefined {
    const entry = this.match(finding);
    return entry ? acceptanceOf(entry) : undefined;
  }

  summary(): ReviewSummary {
    const used: ReviewSummary['used'] = [];
    const unused: ReviewSummary['unused'] = [];
    const expired: ReviewSummary['expired'] = [];
    for (const entry of this.entries) {
      const matches = this.matches.get(entry) ?? 0;
      if (this.isExpired(entry)) expired.push({ ...entry, matches });
      else if (matches > 0) used.push({ ...entry, matches });
      else unused.push(entry);
    }
    return { file: this.file, entries: this.entries.length, used, unused, expired };
  }
}

export function acceptanceOf(entry: ReviewEntry): Acceptance {
  return { reason: entry.reason, by: entry.by, ...(entry.expires ? { expires: entry.expires } : {}) };
}

/** Reads and validates a reviewed-findings file; every problem names file:line:col. */
export async function loadReviewFile(file: string, cwd: string, now: Date): Promise<ReviewSet> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read the reviewed-findings file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  // Messages name the file as the user wrote it, not its absolute path.
  const parsed = await parseDataText(file, text);
  let list: z.output<typeof ReviewFileSchema>;
  try {
    list = validateWithPositions(file, parsed, ReviewFileSchema);
  } catch (error) {
    if (error instanceof InputError) {
      throw new InputError(error.message, {
        hint: 'each entry needs post + rule (or fingerprint), reason and by; expires: YYYY-MM-DD is optional',
      });
    }
    throw error;
  }
  const entries: ReviewEntry[] = (list ?? []).map((raw, index) => {
    const pos = parsed.locate([index]) ?? { line: 1, col: 1 };
    return {
      index,
      line: pos.line,
      column: pos.col,
      ...(raw.post !== undefined ? { post: raw.post } : {}),
      ...(raw.rule !== undefined ? { rule: raw.rule } : {}),
      ...(raw.fingerprint !== undefined ? { fingerprint: raw.fingerprint } : {}),
      reason: raw.reason,
      by: raw.by,
      ...(raw.expires !== undefined ? { expires: raw.expires } : {}),
    };
  });
  return new ReviewSet(file, entries, isoToday(now));
}

export const DEFAULT_REVIEW_FILE = '.vetignore';

/**
 * `--ignore-file <file>` (which must exist), else `.vetignore` in the working folder when there is one.
 * Returns undefined when there is nothing to load.
 */
export async function openReviewFile(option: string | undefined, cwd: string, now: Date): Promise<ReviewSet | undefined> {
  if (option !== undefined) return loadReviewFile(option, cwd, now);
  if (await exists(resolve(cwd, DEFAULT_REVIEW_FILE))) return loadReviewFile(DEFAULT_REVIEW_FILE, cwd, now);
  return undefined;
}

/** What to tell the user about entries that did not apply: one line each, for standard error. */
export function describeReviewNotes(summary: ReviewSummary): string[] {
  const lines: string[] = [];
  for (const entry of summary.expired) {
    const counts = entry.matches > 0 ? `; ${entry.matches} finding(s) it accepted count again` : '';
    lines.push(`${summary.file}:${entry.line}: entry ${describeEntry(entry)} expired on ${entry.expires}${counts}; review it again or remove it`);
  }
  for (const entry of summary.unused) {
    lines.push(`${summary.file}:${entry.line}: entry ${describeEntry(entry)} matched no finding in this run; remove it if the post is gone or the rule no longer fires`);
  }
  return lines.map((line) => oneLine(line));
}

export function describeEntry(entry: Pick<ReviewEntry, 'post' | 'rule' | 'fingerprint'>): string {
  return entry.fingerprint !== undefined ? `fingerprint ${entry.fingerprint}` : `post ${entry.post} rule ${entry.rule}`;
}
