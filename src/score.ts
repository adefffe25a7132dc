import { decisionText, noteText, reasonText } from './report/codes.js';
import { INSUFFICIENT_DATA, type Category, type Coded, type Coverage, type Finding, type Level, type Post, type Severity, type Verdict, type VerdictLevel } from './types.js';

/**
 * Scoring, in plain terms:
 * - each post's worst hostile finding sets its weight (others add a quarter each, so one rant cannot
 *   dominate), by severity: medium 15, high 45, critical 60;
 * - recent posts count fully; older than a year they fade (half every two years, never below a fifth),
 *   but they stay listed;
 * - a repost counts half (amplifying someone else's words is still a signal); engagement adds up to 30%;
 * - low and info findings (product criticism, relationship claims) add at most 15 in total, so a history
 *   of honest criticism alone stays low;
 * - score = 100 * (1 - e^(-S/60)); levels: critical >= 75, high >= 50, medium >= 25;
 * - floors: a high or critical finding in the last 12 months, or a critical one in the last 2 years,
 *   makes the verdict at least high; for a repost, a critical one in the last 12 months does (spreading a
 *   death wish on people to one's own audience is the backlash risk itself, while a reposted insult may be
 *   shown to be mocked). Adding a hostile post never lowers the verdict.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = { info: 0, low: 3, medium: 15, high: 45, critical: 60 };
const LOW_CAP = 15;
const SCALE = 60;
const DAY_MS = 24 * 3600 * 1000;
const YEAR_MS = 365.25 * DAY_MS;
const UNDATED_RECENCY = 0.75;

export const LEVEL_THRESHOLDS: Record<Level, number> = { low: 0, medium: 25, high: 50, critical: 75 };
const LEVEL_RANK: Record<VerdictLevel, number> = { [INSUFFICIENT_DATA]: 0, low: 0, medium: 1, high: 2, critical: 3 };

export function isHostile(severity: Severity): boolean {
  return SEVERITY_WEIGHT[severity] >= SEVERITY_WEIGHT.medium;
}

/** For --fail-on: insufficient data ranks with low (nothing hostile was found in what could be read). */
export function levelAtLeast(level: VerdictLevel, threshold: VerdictLevel): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK[threshold];
}

export function levelForScore(score: number): Level {
  if (score >= LEVEL_THRESHOLDS.critical) return 'critical';
  if (score >= LEVEL_THRESHOLDS.high) return 'high';
  if (score >= LEVEL_THRESHOLDS.medium) return 'medium';
  return 'low';
}

/** Recency factor for a post `ageMs` old: 1 within a year, then halving every two years, floor 0.2. */
export function recencyFactor(ageMs: number | undefined): number {
  if (ageMs === undefined) return UNDATED_RECENCY;
  const years = Math.max(0, ageMs / YEAR_MS);
  return years <= 1 ? 1 : Math.max(0.2, 0.5 ** ((years - 1) / 2));
}

function engagementFactor(post: Post): number {
  const m = post.metrics;
  if (!m) return 1;
  const total = (m.likes ?? 0) + (m.reposts ?? 0) + (m.comments ?? 0);
  return 1 + Math.min(0.3, 0.1 * Math.log10(1 + total / 100));
}

interface CategoryTally {
  posts: number;
  latest?: string;
  reposts: number;
  /** The worst severity among the category's findings, for the order of the reasons. */
  worst: number;
}

/** Fewer posts than this, and nothing hostile found: insufficient data, not low. */
export const MIN_POSTS = 20;
/** A partial history (the source stopped early) with fewer posts than this: insufficient data, not low. */
export const MIN_POSTS_PARTIAL = 50;

/** Streams posts and their findings in; keeps only counters, never the posts. */
export class ScoreAccumulator {
  private hostileSum = 0;
  private lowSum = 0;
  private floor: Level = 'low';
  private readonly tallies = new Map<Category, CategoryTally>();
  private hostilePosts = 0;
  private hostileReposts = 0;
  private criticismPosts = 0;
  private ignoredFindings = 0;
  private posts = 0;
  private latestHostileMs = -Infinity;
  private undatedHostile = 0;
  /** Hostile findings a reviewer accepted (in posts that then count as nothing). */
  private acceptedHostile = 0;
  /** Posts dated after `now`: almost always a typo or a clock error in the history, worth saying. */
  private futurePosts = 0;
  private latestFuture?: string;
  /** The dates the scanned posts span (every dated post passes through noteDate). */
  private firstDate?: string;
  private lastDate?: string;
  private firstMs = Infinity;
  private lastMs = -Infinity;

  constructor(
    private readonly now: Date,
    private readonly brandName: string,
  ) {}

  /**
   * Adds a post and its findings. `knownMs` is the post's date as Date.parse gives it, when the caller has it
   * already (vetHistory does): most posts have no findings and need no date at all.
   */
  add(post: Post, findings: readonly Finding[], knownMs?: number): void {
    this.posts++;
    if (findings.length === 0) return;
    const counted = findings.filter((f) => {
      if (f.ignored) {
        this.ignoredFindings++;
        if (isHostile(f.severity)) this.acceptedHostile++;
      }
      return !f.ignored;
    });
    if (counted.length === 0) return;

    const ms = knownMs ?? (post.createdAt ? Date.parse(post.createdAt) : NaN);
    const ageMs = Number.isNaN(ms) ? undefined : this.now.getTime() - ms;
    const recency = recencyFactor(ageMs);

    const hostile = counted.filter((f) => isHostile(f.severity));
    const minor = counted.filter((f) => !isHostile(f.severity));
    if (minor.some((f) => f.category === 'product-criticism')) this.criticismPosts++;
    this.lowSum = Math.min(LOW_CAP, this.lowSum + Math.max(0, ...minor.map((f) => SEVERITY_WEIGHT[f.severity])) * recency);

    for (const category of new Set(counted.map((f) => f.category))) {
      const tally = this.tallies.get(category) ?? { posts: 0, reposts: 0, worst: 0 };
      tally.posts++;
      tally.worst = Math.max(tally.worst, ...counted.filter((f) => f.category === category).map((f) => SEVERITY_WEIGHT[f.severity]));
      if (post.isRepost) tally.reposts++;
      if (post.createdAt && (!tally.latest || post.createdAt > tally.latest)) tally.latest = post.createdAt;
      this.tallies.set(category, tally);
    }
    if (hostile.length === 0) return;

    this.hostilePosts++;
    if (post.isRepost) this.hostileReposts++;
    if (ageMs === undefined) this.undatedHostile++;
    else this.latestHostileMs = Math.max(this.latestHostileMs, ms);

    // Worst finding per category, so the same insult matched twice counts once.
    const perCategory = new Map<Category, number>();
    for (const f of hostile) perCategory.set(f.category, Math.max(perCategory.get(f.category) ?? 0, SEVERITY_WEIGHT[f.severity]));
    const weights = [...perCategory.values()].sort((a, b) => b - a);
    const top = weights[0]!;
    const postWeight = Math.min(top * 1.5, top + 0.25 * weights.slice(1).reduce((a, b) => a + b, 0));
    this.hostileSum += postWeight * recency * (post.isRepost ? 0.5 : 1) * engagementFactor(post);

    const worst = hostile.some((f) => f.severity === 'critical') ? 'critical' : hostile.some((f) => f.severity === 'high') ? 'high' : 'medium';
    if (ageMs !== undefined) {
      if (post.isRepost) {
        if (worst === 'critical' && ageMs <= YEAR_MS) this.floor = 'high';
      } else {
        if ((worst === 'critical' || worst === 'high') && ageMs <= YEAR_MS) this.floor = 'high';
        if (worst === 'critical' && ageMs <= 2 * YEAR_MS) this.floor = 'high';
      }
    }
  }

  /** Notes a post dated after `now` (more than a day: time zones, clocks a little ahead), for the reasons. */
  noteDate(createdAt: string, ms: number): void {
    if (ms < this.firstMs) [this.firstMs, this.firstDate] = [ms, createdAt];
    if (ms > this.lastMs) [this.lastMs, this.lastDate] = [ms, createdAt];
    if (ms - this.now.getTime() <= DAY_MS) return;
    this.futurePosts++;
    if (!this.latestFuture || createdAt > this.latestFuture) this.latestFuture = createdAt;
  }

  score(): number {
    return Math.round(100 * (1 - Math.exp(-(this.hostileSum + this.lowSum) / SCALE)));
  }

  verdict(coverage?: Coverage): Verdict {
    const score = this.score();
    const byScore = levelForScore(score);
    let level: VerdictLevel = LEVEL_RANK[this.floor] > LEVEL_RANK[byScore] ? this.floor : byScore;
    // Too little read to call it low: a handful of posts, or a cut history with not many more.
    if (level === 'low' && (this.posts < MIN_POSTS || (coverage?.partial && this.posts < MIN_POSTS_PARTIAL))) level = INSUFFICIENT_DATA;
    const reasonCodes = this.reasons(level, coverage);
    const notes = (coverage?.notes ?? []).map(noteText);
    const decisionCode = this.decision(level, coverage);
    return { level, score, reasons: reasonCodes.map((r) => reasonText(r, notes)), reasonCodes, decision: decisionText(decisionCode), decisionCode };
  }

  /** Hostile categories, most severe first, then the most recent first, then the most posts. */
  private hostileCategories(): Array<[Category, CategoryTally]> {
    return [...this.tallies.entries()]
      .filter(([c]) => c !== 'product-criticism' && c !== 'relationship-claim')
      .sort((x, y) => y[1].worst - x[1].worst || (y[1].latest ?? '').localeCompare(x[1].latest ?? '') || y[1].posts - x[1].posts);
  }

  private decision(level: VerdictLevel, coverage?: Coverage): Coded {
    const args: Coded['args'] = { level, brand: this.brandName, scanned: this.posts };
    if (this.firstDate && this.lastDate) Object.assign(args, { from: this.firstDate, to: this.lastDate });
    if (coverage?.partial) args.partial = 1;
    const [top] = this.hostilePosts > 0 ? this.hostileCategories() : [];
    if (top) {
      Object.assign(args, { category: top[0], posts: top[1].posts, hostile: this.hostilePosts });
      if (top[1].latest) args.latest = top[1].latest;
    } else if (this.acceptedHostile > 0) {
      args.accepted = this.acceptedHostile;
    }
    return { code: 'decision', args };
  }

  stats() {
    return {
      hostilePosts: this.hostilePosts,
      criticismPosts: this.criticismPosts,
      reposts: this.hostileReposts,
      ignoredFindings: this.ignoredFindings,
    };
  }

  /** The reasons as codes, most important first: hostile categories by severity, then recency. */
  private reasons(level: VerdictLevel, coverage?: Coverage): Coded[] {
    const brand = this.brandName;
    const reasons: Coded[] = [];
    const add = (code: string, args: Coded['args'] = {}) => reasons.push({ code, args });
    if (this.hostilePosts === 0 && this.acceptedHostile > 0) {
      // Not "no post attacks": the hostility is there, reviewers accepted it (the accepted findings stay listed).
      add('accepted-only', { brand, accepted: this.acceptedHostile, posts: this.posts });
    } else if (this.hostilePosts === 0) {
      add('no-hostility', { brand, posts: this.posts });
    } else {
      for (const [category, tally] of this.hostileCategories()) {
        add('category', { brand, category, posts: tally.posts, ...(tally.latest ? { latest: tally.latest } : {}) });
      }
      if (this.latestHostileMs > -Infinity) {
        add('latest-hostile', { latest: new Date(this.latestHostileMs).toISOString(), ageDays: Math.round(((this.now.getTime() - this.latestHostileMs) / DAY_MS) * 100) / 100 });
      }
      if (this.undatedHostile > 0) add('undated-hostile', { posts: this.undatedHostile });
      if (this.hostileReposts > 0) add('hostile-reposts', { reposts: this.hostileReposts, hostile: this.hostilePosts });
      if (level === 'high' || level === 'critical') add('backlash-risk', { brand });
    }
    const criticism = this.tallies.get('product-criticism');
    if (criticism) add('criticism', { brand, posts: criticism.posts });
    const relationship = this.tallies.get('relationship-claim');
    if (relationship) add('relationship', { brand, posts: relationship.posts });
    if (this.ignoredFindings > 0) add('accepted-findings', { findings: this.ignoredFindings });
    if (coverage?.partial) add('partial-history', { notes: coverage.notes.length });
    if (this.futurePosts > 0) add('future-posts', { posts: this.futurePosts, latest: this.latestFuture! });
    if (this.posts < MIN_POSTS) add('little-data', { posts: this.posts });
    return reasons;
  }
}
