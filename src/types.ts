/**
 * The domain vocabulary shared by every stage of the pipeline:
 * source → normalize → match rules → score → report.
 */

/** How bad one finding is, lowest first. */
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The overall risk verdict, lowest first. */
export const LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * A verdict's level: one of LEVELS, or `insufficient-data` when the history was too small or too partial to
 * judge and nothing hostile was found in it (never called low). For --fail-on it ranks with low.
 */
export const INSUFFICIENT_DATA = 'insufficient-data';
export const VERDICT_LEVELS = [INSUFFICIENT_DATA, ...LEVELS] as const;
export type VerdictLevel = (typeof VERDICT_LEVELS)[number];

/**
 * A result as data: a stable code and its arguments (reasons, coverage notes, the decision). Reporters turn
 * them into words (src/report/codes.ts); nothing reads the words back.
 */
export interface Coded {
  code: string;
  args: Record<string, string | number>;
}

/** Whom a finding is aimed at. */
export const TARGETS = ['brand', 'fans', 'executive', 'product'] as const;
export type Target = (typeof TARGETS)[number];

export const CATEGORIES = [
  'fan-slur',
  'fan-insult',
  'brand-insult',
  'executive-insult',
  'doom-wish',
  'boycott-call',
  'fraud-accusation',
  'relationship-claim',
  'product-criticism',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Engagement counts; `approximate` is set when a platform showed a rounded form such as "10万+". */
export interface Metrics {
  likes?: number;
  reposts?: number;
  comments?: number;
  views?: number;
  approximate?: boolean;
}

/** One post of a history, as every source yields it. Ids are strings (platform ids exceed 2^53). */
export interface Post {
  id: string;
  /** Plain text (sources convert HTML); what the rules read and what excerpts quote. */
  text: string;
  /** ISO 8601 with offset; absent when the source did not say. */
  createdAt?: string;
  url?: string;
  platform?: string;
  author?: string;
  isRepost?: boolean;
  /** Id, URL or author of the reposted/quoted original. */
  repostOf?: string;
  metrics?: Metrics;
  /**
   * Stretches of `text` that are not the post's body but other words its author attached: an image's alt text
   * (`alt`) or a shared link card's title and description (`card`). Findings inside one say so (`Finding.from`).
   */
  segments?: PostSegment[];
  /**
   * What the post answers, reposts or quotes, when the source says: never the author's own words, so findings
   * never quote it, but when the post's own words name no target the context may supply the target.
   */
  context?: PostContext;
}

/** The post a reply answers, a repost shares or a quote quotes. */
export interface PostContext {
  kind: 'reply' | 'repost' | 'quote';
  /** Plain text of that post (as the source gives it; cut to a few thousand characters by the source). */
  text: string;
  author?: string;
  url?: string;
}

/** Where attached words sit in a post's text: [start, end) UTF-16 offsets, and what they were. */
export interface PostSegment {
  from: PostSegmentKind;
  start: number;
  end: number;
}

export type PostSegmentKind = 'alt' | 'card';

/** A half-open range [start, end) of UTF-16 offsets into the ORIGINAL post text. */
export interface Span {
  start: number;
  end: number;
}

/** One piece of evidence: a rule that matched a post. */
export interface Finding {
  postId: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  target: Target;
  /** A short quote of the post around the match, with the matched words marked «like this». */
  excerpt: string;
  /** Set when the post's own words name no target and the post it replies to, reposts or quotes does. */
  targetFrom?: 'context';
  /**
   * Set when the post does nothing but agree with the post it replies to, reposts or quotes ("exactly this", +1): the
   * finding is that post's, made its own. `quote`: that post's words the finding rests on (at most 120 characters).
   */
  agrees?: { quote: string };
  /** Offset of the excerpt in the original text: the match is at span.start - excerptStart within it. */
  excerptStart: number;
  /**
   * Whether the post has more text (other than white space) before / after the excerpt, so reports mark the cut
   * with "…". Added after the first schema-1 reports: when absent, `before` is `excerptStart > 0` and `after`
   * is unknown (shown as not cut).
   */
  excerptCut?: { before: boolean; after: boolean };
  url?: string;
  createdAt?: string;
  /** What the rule means, in plain words. */
  description: string;
  /** The matched words exactly as written in the post (original text). */
  matched: string;
  /** Where the match is in the original text. */
  span: Span;
  /** Stable id for reviewed-findings files: `platform:postId:ruleId:hash(normalised match)`. */
  fingerprint: string;
  isRepost?: boolean;
  /** The match is in an image's alt text or a link card attached to the post, not in its body (Post.segments). */
  from?: PostSegmentKind;
  /** Set when a reviewed-findings (.vetignore / baseline) entry accepted this finding. */
  ignored?: { reason: string; by?: string; expires?: string };
}

export interface Verdict {
  level: VerdictLevel;
  /** 0-100. */
  score: number;
  /** Plain-language sentences explaining the level, most important first (by severity, then recency). */
  reasons: string[];
  /** The same reasons as codes with arguments, in the same order (added after the first schema-1 reports). */
  reasonCodes?: Coded[];
  /** The recommendation in one line ("Do not sign without review: …"); added after the first schema-1 reports. */
  decision?: string;
  /** The decision as a code with arguments. */
  decisionCode?: Coded;
}

/** How much of the history was actually read, as a source reports it: notes are codes, worded by reporters. */
export interface Coverage {
  postsRead: number;
  /** True when the source stopped before the start of the window (page limit, hidden posts, refusal). */
  partial: boolean;
  notes: Coded[];
  /** Posts that came from the audit store instead of the platform (incremental fetching). */
  fromStore?: number;
}

/** Coverage in a report: the notes as sentences (schema 1) and, added later, the same notes as codes. */
export interface ReportCoverage {
  postsRead: number;
  partial: boolean;
  notes: string[];
  noteCodes?: Coded[];
  /** Posts that came from the audit store instead of the platform (incremental fetching; added within schema 1). */
  fromStore?: number;
}

/** A post an earlier audit saw that is now gone or has another text (`changes` of a report). */
export interface ChangedPost {
  postId: string;
  url?: string;
  createdAt?: string;
  /** When an audit last saw the post as it was stored (ISO instant). */
  lastSeen: string;
  /** The stored text (at most 280 characters, cut with "…"). */
  quote: string;
  /** For an edited post: its text now (at most 280 characters). */
  now?: string;
  /**
   * Hostile findings of the stored text, read with this run's brand and rules: for a deleted post all of them,
   * for an edited post those the edit removed. Empty when the post was not hostile.
   */
  hostile: Array<Pick<Finding, 'ruleId' | 'category' | 'severity' | 'excerpt' | 'fingerprint'>>;
}

/**
 * What changed since the subject's last audit (the audit store): posts new since then, posts seen before inside
 * this run's window and paging depth that are now absent (deleted) or have another text (edited).
 */
export interface Changes {
  /** When the previous audit of the subject was made, its level and score (any brand). */
  previous: { at: string; brand: string; level: VerdictLevel; score: number };
  newPosts: number;
  /** Hostile findings not in the previous audit for the same brand; absent when that brand was never audited. */
  newHostile?: number;
  deleted: ChangedPost[];
  edited: ChangedPost[];
}

export interface ReportError {
  code: string;
  message: string;
}

/** The `--format json` document (schemaVersion 1). Keep backward compatible. */
export interface VetReport {
  schemaVersion: 1;
  subject: { handle: string; platform: string };
  brand: { id: string; name: string };
  /**
   * The posts scanned and the dates they span. With --since: `since` (the window's start, an ISO instant) and
   * `postsBefore`, the posts read but left out as older (added after the first schema-1 reports).
   */
  window: { from: string | null; to: string | null; postsScanned: number; since?: string; postsBefore?: number };
  verdict: Verdict;
  findings: Finding[];
  errors: ReportError[];
  /** Extra context; consumers must ignore keys they do not know. */
  coverage?: ReportCoverage;
  stats?: {
    hostilePosts: number;
    criticismPosts: number;
    reposts: number;
    ignoredFindings: number;
    /** Product-criticism and relationship findings counted but not listed (beyond the first 500). */
    omittedMinorFindings?: number;
  };
  /**
   * Posts per calendar month (UTC) of the window, for the timeline chart: posts read, posts with a hostile
   * finding that counts, posts with product criticism; months without posts are left out, and posts without a
   * date are counted in `undated`. Added after the first schema-1 reports.
   */
  timeline?: { months: TimelineMonth[]; undated: number };
  generatedAt?: string;
  vetVersion?: string;
  /** Changes since the subject's last audit (the audit store); absent on a first audit or with --no-store. */
  changes?: Changes;
}

export interface TimelineMonth {
  /** "2026-08". */
  month: string;
  posts: number;
  hostile: number;
  criticism: number;
}
