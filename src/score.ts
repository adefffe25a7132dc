import { countOf } from './report/wording.js';
import type { Category, Coverage, Finding, Level, Post, Severity, Verdict } from './types.js';

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
const LEVEL_RANK: Record<Level, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export function isHostile(severity: Severity): boolean {
  return SEVERITY_WEIGHT[severity] >= SEVERITY_WEIGHT.medium;
}

export function levelAtLeast(level: Level, threshold: Level): boolean {
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
}

const CATEGORY_PHRASE: Record<Category, (brand: string) => string> = {
  'fan-slur': (b) => `Slurs for ${b}'s fans`,
  'fan-insult': (b) => `Insults aimed at ${b}'s fans or buyers`,
  'brand-insult': (b) => `Insults aimed at ${b} itself`,
  'executive-insult': (b) => `Insults aimed at ${b}'s executives or staff`,
  'doom-wish': (b) => `Wishes of death or ruin on ${b}, its fans or its people`,
  'boycott-call': (b) => `Calls to boycott ${b}`,
  'fraud-accusation': (b) => `Accusations that ${b} lies, commits fraud or cheats its customers`,
  'relationship-claim': (b) => `Claims of a business relationship with ${b}`,
  'product-criticism': (b) => `Criticism of ${b}'s products or service`,
};

const posts = (n: number) => countOf(n, 'post');

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
      const tally = this.tallies.get(category) ?? { posts: 0, reposts: 0 };
      tally.posts++;
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
    const level = LEVEL_RANK[this.floor] > LEVEL_RANK[byScore] ? this.floor : byScore;
    return { level, score, reasons: this.reasons(level, coverage) };
  }

  stats() {
    return {
      hostilePosts: this.hostilePosts,
      criticismPosts: this.criticismPosts,
      reposts: this.hostileReposts,
      ignoredFindings: this.ignoredFindings,
    };
  }

  private reasons(level: Level, coverage?: Coverage): string[] {
    const b = this.brandName;
    const reasons: string[] = [];
    const hostileCategories = [...this.tallies.entries()]
      .filter(([c]) => c !== 'product-criticism' && c !== 'relationship-claim')
      .sort((x, y) => y[1].posts - x[1].posts);
    if (this.hostilePosts === 0 && this.acceptedHostile > 0) {
      // Not "no post attacks": the hostility is there, reviewers accepted it (the accepted findings stay listed).
      const found = this.acceptedHostile === 1 ? 'the 1 hostile finding' : `all ${this.acceptedHostile} hostile findings`;
      reasons.push(`No post counts against ${b}: ${found} in the ${posts(this.posts)} scanned ${this.acceptedHostile === 1 ? 'was' : 'were'} accepted by a reviewer (listed below).`);
    } else if (this.hostilePosts === 0) {
      reasons.push(this.posts === 1 ? `The one post scanned does not attack ${b}, its fans or its people.` : `No post among the ${this.posts} scanned attacks ${b}, its fans or its people.`);
    } else {
      for (const [category, tally] of hostileCategories) {
        const latest = tally.latest ? `, the latest on ${tally.latest.slice(0, 10)}` : '';
        reasons.push(`${CATEGORY_PHRASE[category](b)}: ${posts(tally.posts)}${latest}.`);
      }
      if (this.latestHostileMs > -Infinity) {
        const ageYears = (this.now.getTime() - this.latestHostileMs) / YEAR_MS;
        reasons.push(
          // A post dated after today has no age: said as such (the reason on future dates below explains it).
          ageYears < 0
            ? 'The most recent hostile post is dated after today, so it weighs fully.'
            : ageYears <= 1
            ? `The most recent hostile post is ${describeAge(ageYears)} old, so it weighs fully.`
            : `The most recent hostile post is ${describeAge(ageYears)} old; older posts count less but stay listed.`,
        );
      }
      if (this.undatedHostile > 0) {
        reasons.push(`${posts(this.undatedHostile)} with hostility ${this.undatedHostile === 1 ? 'carries' : 'carry'} no date and ${this.undatedHostile === 1 ? 'counts' : 'count'} as moderately old.`);
      }
      if (this.hostileReposts > 0) {
        reasons.push(`${this.hostileReposts} of the ${this.hostilePosts} hostile posts are reposts of someone else's words (counted at half weight).`);
      }
      if (level === 'high' || level === 'critical') {
        reasons.push(`Partnering carries a real risk of backlash from ${b}'s customers and fans.`);
      }
    }
    const criticism = this.tallies.get('product-criticism');
    if (criticism) {
      reasons.push(`${CATEGORY_PHRASE['product-criticism'](b)}: ${posts(criticism.posts)}. Honest criticism is not hostility and does not raise the risk.`);
    }
    const relationship = this.tallies.get('relationship-claim');
    if (relationship) reasons.push(`${CATEGORY_PHRASE['relationship-claim'](b)}: ${posts(relationship.posts)}. Check that the tie is true and disclosed.`);
    if (this.ignoredFindings > 0) {
      reasons.push(`${this.ignoredFindings === 1 ? '1 finding was' : `${this.ignoredFindings} findings were`} accepted by a reviewer and do not count toward the score.`);
    }
    if (coverage?.partial) {
      reasons.push(`Only part of the history could be read (${coverage.notes.join('; ') || 'the source stopped early'}); older posts may hold more.`);
    }
    if (this.futurePosts > 0) {
      reasons.push(`${this.futurePosts === 1 ? '1 post is' : `${this.futurePosts} posts are`} dated after today (the latest ${this.latestFuture!.slice(0, 10)}): check the history's dates; such a post counts as brand new.`);
    }
    if (this.posts < 20) reasons.push(`Only ${posts(this.posts)} scanned: the verdict rests on little data.`);
    return reasons;
  }
}

function describeAge(years: number): string {
  const days = years * 365.25;
  if (days < 1) return 'less than a day';
  if (days < 60) return `${Math.round(days)} day${Math.round(days) === 1 ? '' : 's'}`;
  if (years < 2) return `${Math.round(days / 30.4)} months`;
  return `${Math.round(years * 10) / 10} years`;
}
