import { createHash } from 'node:crypto';
import type { LoadedBrand } from '../brands/load.js';
import type { BrandProfile } from '../brands/schema.js';
import { CUES, type CueKind } from '../lexicon/cues.js';
import { RULES } from '../rules/index.js';
import type { Rule, TargetKind } from '../rules/types.js';
import { Automaton } from '../text/automaton.js';
import { isWordChar, Normalizer, toOriginalSpan, type NormalizedText } from '../text/normalize.js';
import { loadT2S } from '../text/t2s.js';
import type { Finding, Post } from '../types.js';
import { HitIndex, KindIndex } from './hit-index.js';
import { Segmentation } from './segment.js';
import { WordRuns } from './word-runs.js';

/** Scans one post at a time; holds only the compiled automata, never the history. */
export interface Scanner {
  /** The post's findings; posts without any share one frozen empty array (no allocation per post). */
  scan(post: Post): readonly Finding[];
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

type TermRole = TargetKind | 'rival' | 'homonym' | 'context';

interface TermInfo {
  roles: TermRole[];
  /** For 'context' terms: the normalized profile terms they disambiguate, and how far they reach. */
  contexts: Array<{ term: string; window: number }>;
  /** Latin edges need word boundaries. */
  boundaryStart: boolean;
  boundaryEnd: boolean;
}

interface CueInfo {
  kinds: CueKind[];
  boundaryStart: boolean;
  boundaryEnd: boolean;
}

/** A term found in the normalized text; [start, end) in normalized units. */
interface Hit {
  start: number;
  end: number;
  text: string;
}

interface TargetHit extends Hit {
  kind: TargetKind | 'rival';
}

interface CueHit extends Hit {
  kind: CueKind;
}

const MODEL_SUFFIX = /^\s?(\d|(pro|max|ultra|note|mix|civi|pad|book|band|watch|tv|ev|phone|se|plus|mini|air|fold|flip|mate|pura|nova|galaxy|pixel|su7|yu7|k\d+)\b)/;
/** Possessive or linking words allowed between a name and the head noun that follows it. */
const HEAD_GAP = /^(\s|的|之|'s|’s|s'|家|\d+|pro|max|ultra|plus|mini|se|s)*$/;
const EXCERPT_RADIUS = 60;
/** How far (in characters) any rule looks from a name for its cues; beyond every window a rule uses. */
const RADIUS = 160;
/** Longer than any lexicon or profile term (profile terms are capped at 64 characters). */
const TERM_REACH = 64;

type Cues = KindIndex<CueKind, CueHit>;
/** At most this many findings per rule per post: more of the same adds nothing a reviewer needs. */
const MAX_PER_RULE = 3;
/** Long posts are analysed in stretches of about this many characters, cut between sentences. */
const STRETCH = 2000;

/** Where the stretch starting at `from` ends: after the last sentence break before STRETCH, else at a space. */
function stretchEnd(text: string, from: number): number {
  const hard = Math.min(text.length, from + STRETCH);
  if (hard === text.length) return hard;
  const window = text.slice(from + STRETCH / 2, hard);
  const sentence = Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n'), window.lastIndexOf('!'), window.lastIndexOf('?'), window.lastIndexOf('. '));
  if (sentence >= 0) return from + STRETCH / 2 + sentence + 1;
  const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf(','));
  return space >= 0 ? from + STRETCH / 2 + space + 1 : hard;
}

const TARGET_ROLES: readonly TargetKind[] = ['brand', 'product', 'executive', 'fans', 'fan-slur', 'brand-slur'];
const PROFILE_LISTS: ReadonlyArray<[keyof BrandProfile & string, TargetKind]> = [
  ['names', 'brand'],
  ['products', 'product'],
  ['executives', 'executive'],
  ['fans', 'fans'],
  ['fanSlurs', 'fan-slur'],
  ['brandSlurs', 'brand-slur'],
];

function edges(term: string): { boundaryStart: boolean; boundaryEnd: boolean } {
  return { boundaryStart: isWordChar(term.charCodeAt(0)), boundaryEnd: isWordChar(term.charCodeAt(term.length - 1)) };
}

/**
 * Latin terms need word boundaries. Hashtags run words together (#BoycottXiaomi, #flyunited), so inside one a
 * term may start right after the # and, for brand terms (`models`), also end where the tag ends; never in
 * the middle ("#flyingitforward" holds no "lying").
 */
function boundariesHold(runs: WordRuns, start: number, end: number, info: { boundaryStart: boolean; boundaryEnd: boolean }, models = false): boolean {
  const text = runs.text;
  const tagStart = start > 0 && text.charCodeAt(start - 1) === 0x23;
  if (info.boundaryStart && start > 0 && isWordChar(text.charCodeAt(start - 1))) {
    if (!models || end - start < 5 || !inHashtag(runs, start)) return false;
    if (end < text.length && isWordChar(text.charCodeAt(end))) return false;
    return true;
  }
  if (info.boundaryEnd && end < text.length && isWordChar(text.charCodeAt(end))) {
    if (tagStart && end - start >= 5) return true;
    if (!models) return false;
    return runs.gluedModelAt(end);
  }
  return true;
}

/** Hashtags run words together (#BoycottXiaomi); inside one, long terms may match without word boundaries. */
function inHashtag(runs: WordRuns, at: number): boolean {
  const i = at > 0 ? runs.startOf(at - 1) : at;
  return i > 0 && runs.text.charCodeAt(i - 1) === 0x23;
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Compiles a brand profile (plus its rivals) and the cue lexicon into two automata. */
export async function createScanner(brand: LoadedBrand, rules: readonly Rule[] = RULES): Promise<Scanner> {
  const t2s = await loadT2S();
  const emoji: Record<string, string> = {};
  for (const rival of brand.rivals) Object.assign(emoji, rival.emoji);
  Object.assign(emoji, brand.profile.emoji);
  const normalizer = new Normalizer(t2s, emoji);
  const norm = (term: string) => normalizer.normalize(term).text.trim();

  // Target automaton: the brand's own terms, its rivals' terms, homonyms and sense contexts.
  const targets = new Automaton();
  const targetInfo: TermInfo[] = [];
  const targetIds = new Map<string, number>();
  const addTarget = (raw: string, role: TermRole, context?: { term: string; window: number }) => {
    const term = norm(raw);
    if (!term) return;
    let id = targetIds.get(term);
    if (id === undefined) {
      id = targets.add(term);
      targetIds.set(term, id);
      targetInfo[id] = { roles: [], contexts: [], ...edges(term) };
    }
    const info = targetInfo[id]!;
    if (!info.roles.includes(role)) info.roles.push(role);
    if (context) info.contexts.push(context);
  };
  for (const [list, kind] of PROFILE_LISTS) for (const term of brand.profile[list] as string[]) addTarget(term, kind);
  for (const rival of brand.rivals) {
    for (const [list] of PROFILE_LISTS) for (const term of rival[list] as string[]) addTarget(term, 'rival');
    for (const term of rival.homonyms) addTarget(term, 'homonym');
  }
  for (const term of brand.profile.homonyms) addTarget(term, 'homonym');
  for (const ctx of brand.profile.homonymContexts) {
    for (const near of ctx.near) addTarget(near, 'context', { term: norm(ctx.term), window: ctx.window });
  }
  targets.build();
  // A post is worth a closer look only if it holds one of the brand's own terms: rival names, homonym
  // phrases and sense contexts (碗, 吃了一) alone can never produce a finding.
  const ownTermEnds = targets.statesEnding((id) => targetInfo[id]!.roles.some((r) => (TARGET_ROLES as readonly string[]).includes(r)));

  // Cue automaton: the hostile lexicon and the words that change what a cue means.
  const cues = new Automaton();
  const cueInfo: CueInfo[] = [];
  const cueIds = new Map<string, number>();
  for (const [kind, terms] of Object.entries(CUES) as Array<[CueKind, readonly string[]]>) {
    for (const raw of terms) {
      const term = norm(raw);
      if (!term) continue;
      let id = cueIds.get(term);
      if (id === undefined) {
        id = cues.add(term);
        cueIds.set(term, id);
        cueInfo[id] = { kinds: [], ...edges(term) };
      }
      if (!cueInfo[id]!.kinds.includes(kind)) cueInfo[id]!.kinds.push(kind);
    }
  }
  cues.build();

  const activeRules = rules.filter((rule) => rule.on.length > 0);
  const segmentation = new Segmentation();

  function findTargets(text: string): TargetHit[] {
    const found: Array<Hit & { id: number }> = [];
    const runs = new WordRuns(text);
    targets.scan(text, (id, end) => {
      const start = end - targets.patternLength(id);
      const info = targetInfo[id]!;
      const models = info.roles.includes('product') || info.roles.includes('brand') || info.roles.includes('rival');
      if (boundariesHold(runs, start, end, info, models)) found.push({ id, start, end, text: text.slice(start, end) });
    });
    if (found.length === 0) return [];
    const index = new HitIndex(found);
    const hasRole = (h: (typeof found)[number], role: TermRole) => targetInfo[h.id]!.roles.includes(role);
    const hits: TargetHit[] = [];
    for (const h of found) {
      const info = targetInfo[h.id]!;
      const kind = (info.roles.find((r) => (TARGET_ROLES as readonly string[]).includes(r)) ??
        (info.roles.includes('rival') ? 'rival' : undefined)) as TargetHit['kind'] | undefined;
      if (!kind) continue;
      // A homonym phrase (小米粥, 桂林米粉) that overlaps the term means the other sense.
      if (index.between(h.start - TERM_REACH, h.end).some((o) => o !== h && hasRole(o, 'homonym') && overlaps(o, h) && o.end - o.start > h.end - h.start)) continue;
      if (index.between(h.start - TERM_REACH, h.end + TERM_REACH).some((c) => hasRole(c, 'context') && targetInfo[c.id]!.contexts.some((x) => x.term === h.text && near(text, c, h, x.window)))) continue;
      hits.push({ start: h.start, end: h.end, text: h.text, kind });
    }
    // Keep the longest of overlapping hits of the same place ("小米手机" over "小米").
    const kept = new HitIndex(hits);
    return kept.items.filter((h) => !kept.between(h.start - TERM_REACH, h.start).some((o) => o !== h && o.end >= h.end && o.end - o.start > h.end - h.start));
  }

  function findCues(text: string): CueHit[] {
    const found: Array<Hit & { kinds: CueKind[] }> = [];
    const runs = new WordRuns(text);
    cues.scan(text, (id, end) => {
      const start = end - cues.patternLength(id);
      const info = cueInfo[id]!;
      if (boundariesHold(runs, start, end, info)) found.push({ start, end, text: text.slice(start, end), kinds: info.kinds });
    });
    const index = new HitIndex(found);
    const around = (h: Hit) => index.between(h.start - TERM_REACH, h.end);
    const hits: CueHit[] = [];
    // "给我打钱" and the "打钱" inside it are one cue: keep the longest of nested hits of the same kind.
    const nested = (h: (typeof found)[number], kind: CueKind) =>
      around(h).some((o) => o !== h && o.kinds.includes(kind) && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
    for (const h of found) {
      for (const kind of h.kinds) {
        if (kind === 'cue-allow' || kind === 'not-negator' || nested(h, kind)) continue;
        if (kind === 'negator' && around(h).some((o) => o.kinds.includes('not-negator') && overlaps(o, h))) continue;
        // 笑死, 死机, "dead battery": the cue word is part of a harmless phrase at least as long.
        if (kind !== 'negator' && kind !== 'negator-scope' && around(h).some((o) => o.kinds.includes('cue-allow') && overlaps(o, h) && o.end - o.start >= h.end - h.start)) continue;
        hits.push({ start: h.start, end: h.end, text: h.text, kind });
      }
    }
    return hits;
  }

  /** Turns "小米粉丝", "买小米的", "xiaomi employees", "小米手机", "xiaomi 14" into the right target kind. */
  function refineTargets(text: string, hits: TargetHit[], cues: Cues, seg: Segmentation): TargetHit[] {
    return hits.map((t) => {
      if (t.kind !== 'brand' && t.kind !== 'product') return t;
      // "the brain dead people at the @apple store": the people who work there.
      if (cues.of('staff-pre', t.start - 40, t.start).some((c) => c.end <= t.start && /^[\s@#]*$/.test(text.slice(c.end, t.start)))) {
        return { ...t, kind: 'executive' };
      }
      // "the iPad 2 turns you into a douchebag": an insult noun for people in a clause about a product means its users.
      if (t.kind === 'product' && cues.of('person', t.start - RADIUS, t.end + RADIUS).some((c) => seg.strictlySameClause(c, t) && seg.tokenDistance(c, t) <= 8 &&
        !cues.of('self', c.start - 20, c.start).some((me) => me.end <= c.start && seg.strictlySameClause(me, c) && seg.tokenDistance(me, c) <= 1.5))) {
        return { ...t, kind: 'fans' };
      }
      const heads = [...cues.of('fan-head', t.end, t.end + 12), ...cues.of('staff-head', t.end, t.end + 12), ...cues.of('person', t.end, t.end + 12)]
        .sort((a, b) => a.start - b.start);
      for (const c of heads) {
        if (!HEAD_GAP.test(text.slice(t.end, c.start))) continue;
        if (c.kind === 'fan-head') return { ...t, end: c.end, text: text.slice(t.start, c.end), kind: 'fans' };
        // "iPad nutters", "用红米的穷逼": an insult noun for people after a product names its users.
        if (c.kind === 'person' && t.kind === 'product') return { ...t, kind: 'fans' };
        if (c.kind === 'staff-head' && t.kind === 'brand') return { ...t, end: c.end, text: text.slice(t.start, c.end), kind: 'executive' };
      }
      if (t.kind === 'brand') {
        if (MODEL_SUFFIX.test(text.slice(t.end, t.end + 8))) return { ...t, kind: 'product' };
        if (cues.of('aspect', t.end, t.end + 3).some((c) => HEAD_GAP.test(text.slice(t.end, c.start)))) return { ...t, kind: 'product' };
      }
      return t;
    });
  }

  /**
   * Analyses one stretch of the normalized text. Everything a rule looks at (clause, sentence, the clause
   * next door) is local, so long posts are cut into stretches of whole sentences and each is analysed alone:
   * the work stays linear in the length of the post however long it is.
   */
  function scanStretch(post: Post, normalized: NormalizedText, from: number, to: number, perRule: Map<string, number>, findings: Finding[], known?: TargetHit[]): void {
    const text = from === 0 && to === normalized.text.length ? normalized.text : normalized.text.slice(from, to);
    const targetHits = known ?? findTargets(text);
    if (!targetHits.some((t) => t.kind !== 'rival')) return;
    const cues: Cues = new KindIndex(findCues(text));
    const seg = segmentation.reset(text);
    const all = new HitIndex(refineTargets(text, targetHits, cues, seg));
    const own = all.items.filter((t) => t.kind !== 'rival');
    const usedCues: CueHit[] = [];
    const reported = reportedSpeech(cues, seg);
    const shift = (h: Hit): Hit => ({ start: h.start + from, end: h.end + from, text: h.text });

    for (const rule of activeRules) {
      for (const target of own) {
        if (!(rule.on as readonly string[]).includes(target.kind)) continue;
        if ((perRule.get(rule.id) ?? 0) >= MAX_PER_RULE) break;
        if (rule.cues.length === 0) {
          if (reported(target.start)) continue;
          findings.push(makeFinding(post, normalized, rule, shift(target), shift(target)));
          perRule.set(rule.id, (perRule.get(rule.id) ?? 0) + 1);
          continue;
        }
        const kinds = rule.cuesFor?.[target.kind as TargetKind] ?? rule.cues;
        const candidates = kinds.flatMap((kind) => cues.of(kind, target.start - RADIUS, target.end + RADIUS)).sort((a, b) => a.end - b.end);
        for (const cue of candidates) {
          if (overlaps(cue, target) && cue.kind !== 'insult') continue;
          if (rule.id === 'product-criticism' && usedCues.some((u) => overlaps(u, cue))) continue;
          if (!pairs(rule, target, cue, all, cues, seg, text)) continue;
          if (negated(cue, cues, seg)) continue;
          if (reported(Math.min(cue.start, target.start))) continue;
          findings.push(makeFinding(post, normalized, rule, shift(target), shift(cue)));
          if (rule.severity !== 'info') usedCues.push(cue);
          perRule.set(rule.id, (perRule.get(rule.id) ?? 0) + 1);
          break;
        }
      }
    }
  }

  function scan(post: Post): readonly Finding[] {
    // Most posts name no brand term at all: for them, fold and one automaton pass, and no string is built.
    const length = normalizer.foldUnits(post.text);
    if (!targets.occursIn(normalizer.units, length, ownTermEnds)) return NO_FINDINGS;
    const normalized = normalizer.result(length);
    const text = normalized.text;
    // Whole-word brand terms of this brand, not a rival's, or the post is done.
    const named = findTargets(text);
    if (!named.some((t) => t.kind !== 'rival')) return NO_FINDINGS;
    const findings: Finding[] = [];
    const perRule = new Map<string, number>();
    if (text.length <= STRETCH) {
      scanStretch(post, normalized, 0, text.length, perRule, findings, named);
      return findings;
    }
    for (let from = 0; from < text.length; ) {
      const to = stretchEnd(text, from);
      scanStretch(post, normalized, from, to, perRule, findings);
      from = to;
    }
    return findings;
  }

  return { scan };
}

function near(text: string, context: Hit, term: Hit, window: number): boolean {
  const gap = context.start >= term.end ? context.start - term.end : term.start - context.end;
  if (gap < 0 || gap > window) return false;
  const between = text.slice(Math.min(context.end, term.end), Math.max(context.start, term.start));
  return !/[,.!?;。！？；\n]/.test(between);
}

/** Cue kinds that can be said to "you" and so reach the name the sentence is about. */
const ADDRESSABLE: ReadonlySet<CueKind> = new Set(['insult', 'person', 'contempt', 'death-wish']);

/** Does `cue` belong with `target` under `rule`: same clause, close enough, and no rival brand nearer? */
function pairs(rule: Rule, target: TargetHit, cue: CueHit, all: HitIndex<TargetHit>, cues: Cues, seg: Segmentation, text: string): boolean {
  // "@xiaomi fix my phone, you greedy bastards": an insult said to "you" is said to the name in the sentence.
  // So is a death wish worded to "you" ("I hope you die").
  const addressed =
    ADDRESSABLE.has(cue.kind) &&
    seg.sameSentence(target, cue) &&
    target.end <= cue.start &&
    cues.of('you', cue.start - 30, cue.end).some((y) => (y.end <= cue.start && seg.strictlySameClause(y, cue) && seg.tokenDistance(y, cue) <= 2) || (y.start >= cue.start && y.end <= cue.end));
  if (!addressed) {
    const linked = seg.sameClause(target, cue) || continuesTopic(target, cue, all, seg, text);
    if (!linked) return false;
    const distance = seg.strictlySameClause(target, cue) ? seg.tokenDistance(target, cue) : seg.tokensFromClauseStart(cue.start);
    if (distance > rule.window) return false;
  }
  if (rule.order === 'before' && cue.end > target.start) return false;
  // "the real fucking apple company": a curse inside a noun phrase is an intensifier, not a curse at the name.
  if (cue.kind === 'profanity' && cues.of('determiner', cue.start - 20, cue.start).some((d) => d.end <= cue.start && /^\s*$/.test(text.slice(d.end, cue.start)))) return false;
  // Hatred next to a concrete product complaint is venting (criticism); hatred of the brand alone is hostility.
  if (cue.kind === 'hatred' && cues.of('criticism', cue.start - RADIUS, cue.end + RADIUS).some((c) => !overlaps(c, cue))) return false;
  const needed = rule.needs?.[cue.kind];
  if (needed && !cues.of(needed, cue.start - RADIUS, cue.end + RADIUS).some((c) => seg.sameClause(c, cue) && !overlaps(c, cue))) return false;
  // A bare boycott word is a call only with a call marker before it or in imperative position (clause start).
  if (cue.kind === 'boycott') {
    const called = cues.of('call', cue.start - 30, cue.start).some((c) => c.end <= cue.start && seg.strictlySameClause(c, cue) && seg.tokenDistance(c, cue) <= 3);
    if (!called && !/^[\s#@]*$/.test(seg.clausePrefix(cue.start))) return false;
  }
  // A pejorative about a product or service named between (or right after) it and the brand is criticism.
  if (target.kind === 'brand' && !addressed && (cue.kind === 'insult' || cue.kind === 'contempt')) {
    const lo = Math.min(target.end, cue.end);
    const hi = Math.max(target.start, cue.start);
    const isThing = (h: Hit) => h.start >= lo && h.end <= hi;
    if (cues.of('aspect', lo, hi).some(isThing) || all.between(lo, hi).some((t) => t.kind === 'product' && isThing(t))) return false;
    const after = (h: Hit) => h.start >= cue.end && h.start - cue.end <= 2 && /^\s*$/.test(text.slice(cue.end, h.start));
    if (cues.of('aspect', cue.end, cue.end + 4).some(after) || all.between(cue.end, cue.end + 4).some((t) => t !== target && t.kind === 'product' && after(t))) return false;
  }
  // Hostility aimed at another brand stays with that brand: a rival term nearer to the cue, on the same side
  // of it as the brand ("小米粉丝骂华为是骗子"), wins. A rival on the other side is a different subject.
  const distance = seg.tokenDistance(target, cue);
  const targetBefore = target.start < cue.start;
  for (const other of all.between(cue.start - RADIUS, cue.end + RADIUS)) {
    if (other.kind !== 'rival' || !seg.sameClause(other, cue)) continue;
    if ((other.start < cue.start) !== targetBefore && !overlaps(other, cue)) continue;
    if (seg.tokenDistance(other, cue) < distance) return false;
  }
  return true;
}

/** Predicates that Chinese clauses after a comma say of the sentence's topic: 苹果公司…，换上旧零件来找冤大头了. */
const TOPIC_PREDICATES: ReadonlySet<CueKind> = new Set(['fraud', 'fraud-strong', 'boycott', 'boycott-call', 'death-wish']);

/**
 * Chinese often names the topic once and drops it from the comma clauses that follow. A predicate cue in a
 * later clause of the same sentence belongs to the topic when no other name comes between them.
 */
function continuesTopic(target: TargetHit, cue: CueHit, all: HitIndex<TargetHit>, seg: Segmentation, text: string): boolean {
  if (!TOPIC_PREDICATES.has(cue.kind) || target.end > cue.start || cue.start - target.end > RADIUS || !seg.sameSentence(target, cue)) return false;
  if (!isCjkChar(text.charCodeAt(cue.start))) return false;
  // A clause with a subject of its own (我就是个骗子, 他们是骗子) is not about the earlier topic.
  if (/[我你他她它咱谁]|本人|自己|大家|别人/.test(seg.clausePrefix(cue.start))) return false;
  return !all.between(target.end, cue.start).some((other) => other !== target && other.end <= cue.start);
}

function isCjkChar(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** A negator right before the cue ("小米不是骗子"), or a sentence-wide one before it ("I don't think ..."). */
function negated(cue: CueHit, cues: Cues, seg: Segmentation): boolean {
  if (cues.of('negator', cue.start - 20, cue.start).some((n) => n.end <= cue.start && seg.sameClause(n, cue) && seg.tokenDistance(n, cue) <= 2)) return true;
  if (cues.of('negator-scope', cue.start - RADIUS, cue.start).some((n) => n.end <= cue.start && seg.sameSentence(n, cue))) return true;
  // "你们以为库克傻逼？": the question denies what it frames.
  return cues.of('rhetorical', cue.start - RADIUS, cue.start).some((n) => n.end <= cue.start && seg.sameSentence(n, cue) && seg.isQuestion(cue.start));
}

/**
 * Someone else's words that the author rejects ("有人说米粉都是脑残，我觉得太过分了", "people who call Mi fans
 * idiots are toxic") are not the author's hostility. Returns a test for a position in the text.
 */
function reportedSpeech(cues: Cues, seg: Segmentation): (at: number) => boolean {
  const rejections = cues.all('reject');
  if (rejections.length === 0 || cues.all('report').length === 0) return () => false;
  const lastRejection = rejections[rejections.length - 1]!.start;
  const markers = new HitIndex(cues.all('report').filter((m) => m.end <= lastRejection));
  return (at) => markers.between(at - RADIUS, at).some((m) => seg.sameSentenceAt(m.start, at));
}

function makeFinding(post: Post, normalized: NormalizedText, rule: Rule, target: Hit, cue: Hit): Finding {
  const start = Math.min(target.start, cue.start);
  const end = Math.max(target.end, cue.end);
  const span = toOriginalSpan(normalized, start, end, post.text);
  const matched = post.text.slice(span.start, span.end);
  const excerpt = excerptAround(post.text, span.start, span.end);
  const hash = createHash('sha1').update(normalized.text.slice(start, end)).digest('hex').slice(0, 12);
  const finding: Finding = {
    postId: post.id,
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    target: rule.reportTarget,
    excerpt: excerpt.text,
    excerptStart: excerpt.start,
    excerptCut: { before: excerpt.cutBefore, after: excerpt.cutAfter },
    description: rule.description,
    matched,
    span,
    fingerprint: `${post.platform ?? 'file'}:${post.id}:${rule.id}:${hash}`,
  };
  if (post.url) finding.url = post.url;
  if (post.createdAt) finding.createdAt = post.createdAt;
  if (post.isRepost) finding.isRepost = true;
  return finding;
}

/**
 * A substring of the post around the match: its sentence, cut to about 60 characters each side. `cutBefore` /
 * `cutAfter` say whether the post has more to read (other than white space) before / after it.
 */
function excerptAround(text: string, start: number, end: number): { text: string; start: number; cutBefore: boolean; cutAfter: boolean } {
  let from = Math.max(0, start - EXCERPT_RADIUS);
  let to = Math.min(text.length, end + EXCERPT_RADIUS);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[。！？!?][^。！？!?]*$/));
  if (cut >= 0) from += cut + 1;
  const afterMatch = text.slice(end, to).search(/[。！？!?\n]/);
  if (afterMatch >= 0) to = end + afterMatch + 1;
  // Never split a surrogate pair.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from] ?? '')) from--;
  if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to++;
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  // A native search, not a loop per character: a long post may end in a long run of white space.
  return { text: text.slice(from, to), start: from, cutBefore: /\S/.test(text.slice(0, from)), cutAfter: /\S/.test(text.slice(to)) };
}

