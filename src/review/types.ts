/** One accepted finding of a reviewed-findings file (.vetignore). */
export interface ReviewEntry {
  /** 0-based position in the file's list. */
  index: number;
  /** 1-based position of the entry in the file. */
  line: number;
  column: number;
  /** The post id and rule id the entry accepts… */
  post?: string;
  rule?: string;
  /**
   * …on this platform (a post entry only). Without it, a post entry applies only to the platforms whose post
   * ids their authors cannot choose (SERVER_ASSIGNED_ID_PLATFORMS in ./ignore-file.ts: weibo and x).
   */
  platform?: string;
  /** …or one exact finding: `platform:postId:ruleId:hash`. */
  fingerprint?: string;
  reason: string;
  by: string;
  /** YYYY-MM-DD; the entry applies up to and including this day (UTC). */
  expires?: string;
}

/** What a run did with the file: which entries accepted something, which did not, which have run out. */
export interface ReviewSummary {
  /** The file as given (or ".vetignore"). */
  file: string;
  entries: number;
  used: Array<ReviewEntry & { matches: number }>;
  /** In force, their post scanned in this run, yet they matched no finding: stale. */
  unused: ReviewEntry[];
  /** Past their date: they accept nothing; `matches` counts findings that count again because of it. */
  expired: Array<ReviewEntry & { matches: number }>;
  /**
   * In force and matched nothing, but their post was not scanned in this run (another influencer's, outside
   * the window, deleted): nothing is known about them, so they are neither used nor unused.
   */
  notScanned?: number;
  /**
   * In force, post entries whose post id and rule matched a finding on a platform they do not cover (the
   * finding still counts): the platforms it was on. Absent when there is none.
   */
  otherPlatforms?: Array<ReviewEntry & { platforms: string[] }>;
  /** Set by --write-baseline. */
  baseline?: { file: string; entries: number; kept: number };
}
