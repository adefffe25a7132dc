import type { CueKind } from '../lexicon/cues.js';
import type { Category, Severity, Target } from '../types.js';

/** What reporters (text legend, SARIF tool.driver.rules, README table) need to know about a rule. */
export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** One line, plain words: what the rule means, naming no brand (reports show it for any profile). */
  description: string;
  /** Examples as the built-in xiaomi profile has them, for `vet rules` only (reports never show them). */
  sample?: string;
  /** The profile list whose first terms reports show as examples (src/rules/describe.ts). */
  examplesFrom?: 'fanSlurs' | 'brandSlurs';
  /** Whom it is about. */
  targets: readonly Target[];
}

/** Kinds of profile term a rule can be aimed at (derived targets included: "小米粉丝" is fans). */
export type TargetKind = 'brand' | 'product' | 'executive' | 'fans' | 'fan-slur' | 'brand-slur' | 'executive-slur';

/**
 * A rule is data: which target kinds, which cue kinds near them, how near. The engine does the matching
 * (normalization, negation, reported speech, attribution to the nearest brand), so every rule behaves
 * the same way and reads in a few lines.
 */
export interface Rule extends RuleMeta {
  /** The report's `target` for findings of this rule. */
  reportTarget: Target;
  on: readonly TargetKind[];
  /** Cue kinds that must occur near the target; empty means the target term alone is the finding (slurs). */
  cues: readonly CueKind[];
  /** Narrower cue kinds for some target kinds: a product is only accused of fraud with strong words. */
  cuesFor?: Partial<Record<TargetKind, readonly CueKind[]>>;
  /** Maximum distance in tokens (a CJK character or a Latin word is one token). */
  window: number;
  /** 'before': the cue must come right before the target ("fuck xiaomi"); default either side. */
  order?: 'before' | 'any';
  /** Cue kinds that only count together with another cue kind in the same clause: death needs a wish. */
  needs?: Partial<Record<CueKind, CueKind>>;
  /** Cues that a more serious finding of the same post already used are left alone ("垃圾" insulting the fans is not also product criticism). */
  leavesUsedCues?: boolean;
  /**
   * A post that does nothing but agree with its context does not make this rule's findings there its own: a doom wish in
   * a post is as often news of one ("received death threats") or a wish on someone beside the brand (卖假充电器的都该死).
   */
  notByAgreement?: true;
  /** Positive and negative examples, checked against the xiaomi profile by the test suite. */
  examples: { match: readonly string[]; nomatch: readonly string[] };
}
