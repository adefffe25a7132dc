import { resolve } from 'node:path';
import { z } from 'zod';
import type { Finding } from '../types.js';
import { exists, MAX_DATA_FILE_BYTES, readRegularFile } from '../util/atomic-write.js';
import { parseDataText, validateDataFile } from '../util/data-file.js';
import { oneLine } from '../report/escape.js';
import { countOf, countsAgain } from '../report/wording.js';
import { InputError, messageLines } from '../errors.js';
import { RULES } from '../rules/index.js';
import type { Post } from '../types.js';
import type { ReviewEntry, ReviewSummary } from './types.js';
import { errnoText } from '../util/errno.js';

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
 * verdict. Entries past their date are reported, like gitleaks' stale ignores. An entry is reported as
 * unused (like ESLint's unused disable directives) only when its post was scanned in the run and no finding
 * matched it: one file usually serves a whole team, so an entry whose post no history of the run contains
 * belongs to another influencer (or to a post outside the window, or deleted) and says nothing stale.
 *
 * A post entry applies to one platform's posts (`platform: rss`); without `platform`, only to the platforms
 * whose post ids the author cannot choose (SERVER_ASSIGNED_ID_PLATFORMS), so a feed item whose author gave it
 * the id of an accepted Weibo post is not accepted with it. A fingerprint names its platform itself.
 */

/**
 * The platforms a finding can be on: the handle prefixes of src/sources/index.ts, and `file` for a post of a
 * history file that records no platform (a history file's posts keep the platform they record).
 */
export const REVIEW_PLATFORMS = ['weibo', 'x', 'bsky', 'mastodon', 'rss', 'file'] as const;

/**
 * The platforms whose post ids the post's author cannot choose, to which a post entry without `platform`
 * applies:
 * - weibo: `id`/`mid` are numbers Weibo's servers assign, read from weibo.com or m.weibo.cn;
 * - x: tweet ids are snowflakes X's servers assign, read from api.x.com.
 * Not the others:
 * - bsky: a post's record key is a TID the author's client chooses (createRecord takes any valid `rkey`),
 *   and an author may run their own PDS;
 * - mastodon: ids are assigned by the instance, which the author may run (and two instances' ids collide);
 * - rss: a feed's `guid` or Atom `id` is whatever the feed's author writes;
 * - file: a history file without a platform holds whatever ids its writer gave.
 */
export const SERVER_ASSIGNED_ID_PLATFORMS: readonly string[] = ['weibo', 'x'];

const KNOWN_PLATFORMS = REVIEW_PLATFORMS.join(', ');

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

/** Rule ids as `vet rules` lists them: an entry naming another id could never match anything. */
const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/** `unknown rule "fan-insul"; did you mean "fan-insult"?`, or the list of rule ids when nothing is close. */
export function unknownRuleMessage(id: string, where = ''): string {
  const wanted = id.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of RULE_IDS) {
    const d = editDistance(wanted, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const shown = oneLine(JSON.stringify(id), 80);
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 4))) return `unknown rule ${shown}${where}; did you mean "${best}"? (see vet rules)`;
  return `unknown rule ${shown}${where}; the rules are ${RULE_IDS.join(', ')}`;
}

function editDistance(a: string, b: string): number {
  if (a.length > 64) return Infinity; // no rule id is that long: nothing to suggest
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The parts of a finding's fingerprint, `platform:postId:ruleId:hash`; post ids may themselves hold colons. */
export function parseFingerprint(text: string): { platform: string; postId: string; rule: string; hash: string } | undefined {
  const parts = text.split(':');
  if (parts.length < 4) return undefined;
  const platform = parts[0]!;
  const hash = parts[parts.length - 1]!;
  const rule = parts[parts.length - 2]!;
  const postId = parts.slice(1, -2).join(':');
  if (!platform || !postId || !rule || !/^[0-9a-f]+$/i.test(hash)) return undefined;
  return { platform, postId, rule, hash };
}

const FINGERPRINT_SHAPE = 'a fingerprint must look like <platform>:<post id>:<rule>:<hash>, as vet prints it (e.g. weibo:4890123456789012:fan-insult:067088f11c60)';

const ruleId = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((id) => id === '' || RULE_IDS.includes(id), { error: (issue) => unknownRuleMessage(String(issue.input)) });

const fingerprint = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((text, ctx) => {
    if (text === '') return;
    const parts = parseFingerprint(text);
    if (!parts) ctx.addIssue({ code: 'custom', message: `${FINGERPRINT_SHAPE}; got ${oneLine(JSON.stringify(text), 80)}` });
    else if (!RULE_IDS.includes(parts.rule)) ctx.addIssue({ code: 'custom', message: unknownRuleMessage(parts.rule, ' in the fingerprint') });
  });

const required = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `is required: ${what}` : 'must be text');

const platformName = z.enum(REVIEW_PLATFORMS, {
  error: (issue) => `unknown platform ${oneLine(JSON.stringify(issue.input) ?? String(issue.input), 80)}; the platforms are ${KNOWN_PLATFORMS}`,
});

export const ReviewEntrySchema = z
  .object({
    post: postId.optional(),
    rule: ruleId.optional(),
    platform: platformName.optional(),
    fingerprint: fingerprint.optional(),
    reason: z.string({ error: required('say why the finding is accepted') }).trim().min(1, 'must not be empty: say why the finding is accepted'),
    by: z.string({ error: required('who accepted the finding') }).trim().min(1, 'must not be empty: who accepted the finding'),
    expires: isoDay.optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.fingerprint !== undefined && (entry.post !== undefined || entry.rule !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['fingerprint'], message: 'give either a fingerprint or post and rule, not both' });
    } else if (entry.fingerprint !== undefined && entry.platform !== undefined) {
      const named = parseFingerprint(entry.fingerprint)?.platform;
      if (named !== undefined && named !== entry.platform) {
        ctx.addIssue({ code: 'custom', path: ['platform'], message: `the fingerprint is of a ${oneLine(named, 40)} post; platform goes with post and rule (a fingerprint names its own platform)` });
      }
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
const platformKey = (platform: string, post: string) => `${platform}\u0000${post}`;

/**
 * The platform of the post a finding is on, from its fingerprint (`platform:postId:ruleId:hash`, where the
 * post id may hold colons): what precedes `:postId:ruleId:` before the hash.
 */
export function platformOfFinding(finding: Pick<Finding, 'fingerprint' | 'postId' | 'ruleId'>): string {
  const end = finding.fingerprint.lastIndexOf(`:${finding.postId}:${finding.ruleId}:`);
  return end > 0 ? finding.fingerprint.slice(0, end) : 'file';
}

/** The platforms an entry applies to: its fingerprint's, its `platform`, else those whose ids authors cannot choose. */
export function platformsOf(entry: Pick<ReviewEntry, 'platform' | 'fingerprint'>): readonly string[] {
  if (entry.fingerprint !== undefined) {
    const platform = parseFingerprint(entry.fingerprint)?.platform;
    return platform !== undefined ? [platform] : [];
  }
  return entry.platform !== undefined ? [entry.platform] : SERVER_ASSIGNED_ID_PLATFORMS;
}

/** The entries of one file, matched against findings as a run produces them; remembers what was used. */
export class ReviewSet {
  private readonly byFingerprint = new Map<string, ReviewEntry[]>();
  private readonly byPostRule = new Map<string, ReviewEntry[]>();
  private readonly matches = new Map<ReviewEntry, number>();
  /** Post entries in force whose post id and rule matched a finding on a platform they do not cover. */
  private readonly otherPlatforms = new Map<ReviewEntry, Set<string>>();
  /**
   * The posts the file names (platform + post id, one key per platform an entry applies to) and, of those,
   * the ones a run scanned. Only posts the file names are kept, so memory never grows with the histories read.
   */
  private readonly namedPosts = new Set<string>();
  private readonly scannedPosts = new Set<string>();

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
      const post = postOf(entry);
      if (post) for (const platform of platformsOf(entry)) this.namedPosts.add(platformKey(platform, post));
    }
  }

  isExpired(entry: ReviewEntry): boolean {
    return entry.expires !== undefined && entry.expires < this.today;
  }

  /**
   * For vetHistory's `sawPost` option: a post of this run was scanned (it is inside the window and the rules
   * read it), so an entry naming it that matches nothing is truly unused. Posts the file does not name are
   * not kept.
   */
  notePost(post: Pick<Post, 'id' | 'platform'>): void {
    // Findings fingerprint a post without a platform as "file" (src/engine/scanner.ts).
    const k = platformKey(post.platform ?? 'file', post.id);
    if (this.namedPosts.has(k)) this.scannedPosts.add(k);
  }

  /** Whether the post this entry names was scanned in this run (on a platform the entry applies to). */
  wasScanned(entry: ReviewEntry): boolean {
    const post = postOf(entry);
    return post !== undefined && platformsOf(entry).some((platform) => this.scannedPosts.has(platformKey(platform, post)));
  }

  /** The entry in force that accepts this finding (file order decides between several), if any. */
  match(finding: Finding): ReviewEntry | undefined {
    const byPost = this.byPostRule.get(key(finding.postId, finding.ruleId)) ?? [];
    let candidates = this.byFingerprint.get(finding.fingerprint) ?? [];
    if (byPost.length) {
      // A post entry accepts the finding only on a platform it applies to: a feed item given the id of an
      // accepted Weibo post is another post. Entries in force that miss only by platform are remembered.
      const platform = platformOfFinding(finding);
      const applies = byPost.filter((entry) => platformsOf(entry).includes(platform));
      for (const entry of byPost) {
        if (applies.includes(entry) || this.isExpired(entry)) continue;
        const platforms = this.otherPlatforms.get(entry) ?? new Set<string>();
        this.otherPlatforms.set(entry, platforms.add(platform));
      }
      candidates = [...candidates, ...applies].sort((a, b) => a.index - b.index);
    }
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

  /**
   * Used entries, expired ones (always: that depends on the date, not on what was read), and unused ones:
   * in force, their post scanned in this run, yet no finding matched. Entries in force whose post was not
   * scanned (another influencer's, outside the window, deleted) are only counted, as `notScanned`. Post
   * entries that matched a finding's post id and rule on a platform they do not cover are listed apart.
   */
  summary(): ReviewSummary {
    const used: ReviewSummary['used'] = [];
    const unused: ReviewSummary['unused'] = [];
    const expired: ReviewSummary['expired'] = [];
    const otherPlatforms: NonNullable<ReviewSummary['otherPlatforms']> = [];
    let notScanned = 0;
    for (const entry of this.entries) {
      const matches = this.matches.get(entry) ?? 0;
      if (this.isExpired(entry)) expired.push({ ...entry, matches });
      else if (matches > 0) used.push({ ...entry, matches });
      else if (this.wasScanned(entry)) unused.push(entry);
      else notScanned++;
      const elsewhere = this.otherPlatforms.get(entry);
      if (elsewhere) otherPlatforms.push({ ...entry, platforms: [...elsewhere].sort() });
    }
    return { file: this.file, entries: this.entries.length, used, unused, expired, notScanned, ...(otherPlatforms.length ? { otherPlatforms } : {}) };
  }
}

/** The post id an entry names (for a fingerprint, the id inside it). */
function postOf(entry: ReviewEntry): string | undefined {
  if (entry.fingerprint === undefined) return entry.post;
  return parseFingerprint(entry.fingerprint)?.postId;
}

export function acceptanceOf(entry: ReviewEntry): Acceptance {
  return { reason: entry.reason, by: entry.by, ...(entry.expires ? { expires: entry.expires } : {}) };
}

/** Reads and validates a reviewed-findings file; every problem names file:line:col. */
export async function loadReviewFile(file: string, cwd: string, now: Date): Promise<ReviewSet> {
  let text: string;
  try {
    text = (await readRegularFile(resolve(cwd, file), MAX_DATA_FILE_BYTES, file, 'reviewed-findings file')).toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: cannot read the reviewed-findings file (${errnoText(error)})`);
  }
  // Messages name the file as the user wrote it, not its absolute path.
  const parsed = await parseDataText(file, text);
  let list: z.output<typeof ReviewFileSchema>;
  try {
    list = validateDataFile(file, parsed, ReviewFileSchema);
  } catch (error) {
    if (error instanceof InputError) {
      throw new InputError(messageLines(error), {
        hint:
          'each entry needs post + rule (a rule id of "vet rules") or a fingerprint, reason and by; expires: YYYY-MM-DD is optional, ' +
          `and so is platform: ${KNOWN_PLATFORMS} (without it, a post entry applies to ${SERVER_ASSIGNED_ID_PLATFORMS.join(' and ')} posts only)`,
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
      ...(raw.platform !== undefined ? { platform: raw.platform } : {}),
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


/**
 * What to tell the user about entries that did not apply: one line each, for standard error. Entries whose
 * post was not scanned are not stale (a shared file names other influencers' posts): with `verbose`, one
 * line counts them; otherwise nothing is said.
 */
export function describeReviewNotes(summary: ReviewSummary, opts: { verbose?: boolean } = {}): string[] {
  const lines: string[] = [];
  for (const entry of summary.expired) {
    const counts = entry.matches > 0 ? `; ${countsAgain(entry.matches, ' it accepted')}` : '';
    lines.push(`${summary.file}:${entry.line}: entry ${describeEntry(entry)} expired on ${entry.expires}${counts}; review it again or remove it`);
  }
  for (const entry of summary.unused) {
    // Its post was scanned and nothing matched: the rule no longer fires there (for a fingerprint, also when
    // the post was edited), so the entry is stale whatever other influencers the file covers.
    const why = entry.fingerprint !== undefined ? 'that finding is no longer on it (the rule no longer fires, or the post was edited)' : 'the rule no longer fires on it';
    lines.push(`${summary.file}:${entry.line}: entry ${describeEntry(entry)} matched no finding in this run, though its post was scanned: ${why}; remove the entry`);
  }
  lines.push(...describeOtherPlatforms(summary));
  const notScanned = summary.notScanned ?? 0;
  if (opts.verbose && notScanned > 0) {
    lines.push(
      `${summary.file}: ${countOf(notScanned, 'entry names a post', 'entries name posts')} not scanned in this run ` +
        "(another influencer's, outside the window, or deleted); not checked for use",
    );
  }
  return lines.map((line) => oneLine(line));
}

/**
 * One line per post entry that matched a finding's post id and rule on a platform it does not cover: that
 * finding still counts. For an entry without `platform` (written before entries had one, or meant for a
 * Weibo or X post), says what to add if the entry was written for that post.
 */
export function describeOtherPlatforms(summary: ReviewSummary): string[] {
  return (summary.otherPlatforms ?? []).map((entry) => {
    const on = entry.platforms.map((p) => oneLine(p, 40)).join(' and ');
    const findings = entry.platforms.length === 1 ? `the finding on the ${on} post with that id still counts` : `the findings on the ${on} posts with that id still count`;
    const line =
      entry.platform !== undefined
        ? `${summary.file}:${entry.line}: entry ${describeEntry(entry)} is for ${entry.platform} posts; ${findings}`
        : `${summary.file}:${entry.line}: entry ${describeEntry(entry)} names no platform, so it applies only to ${SERVER_ASSIGNED_ID_PLATFORMS.join(' and ')} posts, ` +
          `whose ids their authors cannot choose; ${findings}; if the entry was written for that post, ${fix(entry.platforms[0]!)}`;
    return oneLine(line);
  });
}

const fix = (platform: string) =>
  (REVIEW_PLATFORMS as readonly string[]).includes(platform) ? `add platform: ${platform}` : 'accept that finding by its fingerprint';

export function describeEntry(entry: Pick<ReviewEntry, 'post' | 'rule' | 'fingerprint' | 'platform'>): string {
  if (entry.fingerprint !== undefined) return `fingerprint ${entry.fingerprint}`;
  return `${entry.platform !== undefined ? `${entry.platform} ` : ''}post ${entry.post} rule ${entry.rule}`;
}
