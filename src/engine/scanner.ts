import { hash as digestOf } from 'node:crypto';
import type { LoadedBrand } from '../brands/load.js';
import type { BrandProfile } from '../brands/schema.js';
import { ACCUSING_VERBS, AGREEMENT_EMOJI, AGREEMENT_FILLERS, AGREEMENT_REPLIES, CUES, DEVICE_USE_VERBS, EXCEPTIONS, HASHTAG_CALLS, IMPOSTOR_WORDS, PINYIN_INITIALS, SLUR_IDIOMS, SLUR_SUFFIXES, STAND_INS, type CueKind } from '../lexicon/cues.js';
import { CONSTRUCTIONS, type Construction, type Slot } from '../lexicon/constructions.js';
import { writtenForms } from '../lexicon/forms.js';
import { CUE_KINDS, isLoaded, kindsWithRole, loadedKinds, type CueKindSpec, type CueRole } from '../lexicon/kinds.js';
import { RULES } from '../rules/index.js';
import type { Rule, TargetKind } from '../rules/types.js';
import { Automaton } from '../text/automaton.js';
import { isEmojiStart, isWordChar, Normalizer, toOriginalSpan, type NormalizedText } from '../text/normalize.js';
import { loadT2S } from '../text/t2s.js';
import type { Finding, Post } from '../types.js';
import { HitIndex, KindIndex } from './hit-index.js';
import { Segmentation } from './segment.js';
import { WordRuns } from './word-runs.js';
import { describeRule } from '../rules/describe.js';
import { isHostile } from '../score.js';

/** Scans one post at a time; holds only the compiled automata, never the history. */
export interface Scanner {
  /** The post's findings; posts without any share one frozen empty array (no allocation per post). */
  scan(post: Post): readonly Finding[];
  /** The same scan, with every step shown: what `vet explain` prints and tests assert. */
  explain(post: Post): Explanation;
}

/** Why a candidate pairing of a cue with a target was dropped. */
export type DropReason =
  | 'not-linked'
  | 'too-far'
  | 'order'
  | 'curse-in-noun-phrase'
  | 'venting'
  | 'product-warning'
  | 'needs-wish'
  | 'not-subject'
  | 'object-is-victim'
  | 'object-is-a-thing'
  | 'thing-acted-on'
  | 'names-a-thing'
  | 'not-object'
  | 'not-a-call'
  | 'product-aspect'
  | 'thing-is-subject'
  | 'rival-nearer'
  | 'other-group'
  | 'other-target-nearer'
  | 'moved-by-construction'
  | 'overlaps-target'
  | 'cue-used'
  | 'negated'
  | 'reported-speech'
  | 'supposed'
  | 'answered-no'
  | 'rebutted'
  | 'said-by-name'
  | 'relative-clause'
  | 'other-object'
  | 'said-of-self'
  | 'other-subject'
  | 'compared'
  | 'judges-a-fact'
  | 'someone-else'
  | 'not-addressed'
  | 'guarded-against'
  | 'suffered'
  | 'pronoun-may-be-a-thing'
  | 'asked'
  | 'rule-limit';

/** A scan shown step by step. Offsets are in the normalized text. */
export interface Explanation {
  normalized: string;
  /** `answered`: in a reply to one of the brand's own accounts, that account, to whom the reply's "you" speaks. */
  targets: Array<{ text: string; kind: string; start: number; end: number; answered?: true }>;
  cues: Array<{ text: string; kind: CueKind; start: number; end: number }>;
  /**
   * cueKind 'words': a construction's literal words (这老狗, 放鞭炮), which no cue kind holds; 'agreement': a reply that
   * only agrees with its context, which said what the rule finds.
   */
  pairings: Array<{ rule: string; target: string; targetKind: string; cue: string; cueKind: CueKind | 'words' | 'agreement'; outcome: 'kept' | DropReason }>;
  /** The target came from the post's context: its own words name none. */
  fromContext: boolean;
  findings: readonly Finding[];
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
/** Most serious first. */
const SEVERITY_RANK: readonly Finding['severity'][] = ['high', 'medium', 'low', 'info'];

interface ConstructionMatch {
  construction: Construction;
  rule: Rule;
  target: Hit;
  targetKind: string;
  cue: Hit;
  moved: Hit[];
}

type TermRole = TargetKind | 'rival' | 'homonym' | 'context' | 'not-context';

interface TermInfo {
  roles: TermRole[];
  /** For 'context' terms: the normalized profile terms they show the other sense of, near them (`window`) or anywhere in the post (`post`). */
  contexts: Array<{ term: string; window: number; post?: true }>;
  /** An ambiguous nickname: it counts only where another of the brand's own terms names the brand too. */
  ambiguous?: boolean;
  /** A product name that is an everyday English word (pixel): counted only in a post with Chinese characters. */
  chineseOnly?: boolean;
  /** A Latin abbreviation of a Chinese name (hw): among Chinese characters only, and never as a product or a model. */
  abbreviation?: boolean;
  /** A term with context words that show its other sense anywhere in the post. */
  postContexts?: boolean;
  /** Its other sense shown near one occurrence holds for the whole post (花粉; not 苹果, which puns). */
  nearGovernsPost?: boolean;
  /** Latin edges need word boundaries. */
  boundaryStart: boolean;
  boundaryEnd: boolean;
  /** Read from `roles` once all terms are in (see `settleRoles`): what `findTargets` asks of every hit. */
  kind?: TargetKind | 'rival';
  /** May run on into a glued model name ("redmi14pro"): a brand, product or rival term. */
  models: boolean;
  /** May take an English plural s: a product name that is no brand name or homonym. */
  plural: boolean;
  /** A homonym phrase or a sense context: it may change what another hit means. */
  weighsSense: boolean;
}

interface CueInfo {
  kinds: CueKind[];
  /** For exception phrases: the ids of the terms they are tied to. */
  cancels: number[];
  /** The terms with exceptions that this term holds (itself, or 死 in 死了): their exceptions cancel its hits. */
  owners: number[];
  boundaryStart: boolean;
  boundaryEnd: boolean;
  /** Pinyin initials (sb = 傻逼): counted only in a post with Chinese characters. */
  chineseOnly?: boolean;
  /** A hashtag call (#delete): counted only running on into a name (#DeleteXiaomi). */
  hashtagOnly?: boolean;
}

/** A term found in the normalized text; [start, end) in normalized units. */
interface Hit {
  start: number;
  end: number;
  text: string;
}

interface TargetHit extends Hit {
  kind: TargetKind | 'rival';
  /** A hit of an ambiguous nickname. */
  ambiguous?: boolean;
  /** A reference back to a name (这种公司, "the company"), not the name itself. */
  ref?: boolean;
  /** A plural pronoun that points back at the name ("they", 他们). */
  pronoun?: boolean;
  /** Such a pronoun may mean a thing too (the company's, or one named on the way): it takes only words said of people. */
  mayBeThing?: boolean;
  /** In a reply to one of the brand's own accounts, that account, to whom the reply's "you" speaks: it takes only words said to it. */
  answered?: boolean;
}

interface CueHit extends Hit {
  kind: CueKind;
}

/** After a brand's name: a model code, a letter or two and a number (p60, s24, a15, mi13, x200); not a quarter, a fiscal year, a visa or a gas (q3, fy24, h1b, co2). */
const MODEL_CODE_AFTER = /^[ \t]?(?!(?:q[1-4]|fy\d+|h\d+b|co2)\b)[a-z]{1,2}\d{1,3}[a-z]{0,2}\b/;
const MODEL_SUFFIX = /^\s?(\d|(pro|max|ultra|note|mix|civi|pad|book|band|watch|tv|ev|phone|se|plus|mini|air|fold|flip|mate|pura|nova|galaxy|pixel|su7|yu7|k\d+)\b)/;
/** Possessive or linking words allowed between a name and the head noun that follows it. */
/** A group pointed at (那帮, 这些): between a name and its head (华为那帮粉丝), or after 的 (抵制小米的那帮人). */
const POINTED_GROUP = '(?:那|这)(?:帮|些|群|伙)';
const HEAD_GAP = new RegExp(`^(?:\\s|的|之|啲|嘅|'s|’s|s'|家|your|ur|\\d|pro|max|ultra|plus|mini|se|s|${POINTED_GROUP})*$`);
/**
 * Between a buying verb and the name: aspect marks, a measure word, an article, "new", "every" ("买了一台小米",
 * "buys an iphone", 买最新款iPhone, "preorder every single iphone").
 */
const BUY_GAP = /^(\s|了|过|一|个|台|部|款|辆|新|最新|每一代|an?\s|the\s|every\s|each\s|single\s|another\s|new\s|latest\s)*$/;
/**
 * After a bought name, 的 closing the phrase: the buyers ("买小米的是", "用苹果的都", "买16的人" is a fan-head), perhaps
 * with a word for who they are (买三星的中国人, 用红米的学生党).
 */
const BUYERS_END = /^(?:\s|\d|pro|max|ultra|plus|mini|se|s)*的(?:中国人|国人|年轻人|学生党|学生|女生|男生|女人|男人|老人|家长|同学|小白)?(\s|$|[是都还就真全也才多要没不怎估可大肯绝基们一,.!?;:，。！？；：])/;
/** Between an insult noun and the buying verb after it ("傻子才买", "哪个智障去买", "那么多傻子还在用"). */
const BUYER_GAP = /^(\s|才|还|会|去|都|也|在|要|就|非要|偏要|竟然|居然|专门|继续|一直|would|still|actually|even|will|ever|who|that)*$/;
/** How far before a company noun a pointing determiner may stand ("这个靠营销起家、专门坑老人的奸商企业"). */
const POINTED_REACH = 24;
/** Between names listed together: "@iphone @apple", "@redmi and @xiaomi", "小米、红米". */
const LIST_GAP = /^[\s@#,，、&]*(and|和|与|跟|还有)?[\s@#]*$/;
/** Between a name and a plural demonstrative in apposition or after a copula ("米粉都是这帮…", "fans are these…"). */
const APPOSITION_GAP = /^(\s|,|，|:|：|的|们|都|全|就|也|是|你们|他们|你|you|they|are|all|were|is)*$/;
/** A measure word for devices right before a name: 这台小米, 两部苹果. */
const DEVICE_MEASURE = /[台部]\s*$/;
const EXCERPT_RADIUS = 60;
/** How far (in characters) any rule looks from a name for its cues; beyond every window a rule uses. */
const RADIUS = 160;
/** How far before the first name of a post a subjectless accusation may stand and still be about it. */
const ANTICIPATION = 60;
/** Longer than any lexicon or profile term (profile terms are capped at 64 characters). */
const TERM_REACH = 64;

type Cues = KindIndex<CueKind, CueHit>;

/** The kinds that play each role, read once from the cue-kind table. */
const ROLE_KINDS = new Map<CueRole, readonly CueKind[]>();
/** Hits of the kinds that play `role`, starting in [lo, hi], in order of start. */
function withRole(cues: Cues, role: CueRole, lo: number, hi: number): readonly CueHit[] {
  let kinds = ROLE_KINDS.get(role);
  if (!kinds) ROLE_KINDS.set(role, (kinds = kindsWithRole(role)));
  if (kinds.length === 1) return cues.of(kinds[0]!, lo, hi);
  return cues.ofAny(kinds, lo, hi);
}
function allWithRole(cues: Cues, role: CueRole): readonly CueHit[] {
  return withRole(cues, role, -Infinity, Infinity);
}
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

const TARGET_ROLES: readonly TargetKind[] = ['brand', 'product', 'executive', 'fans', 'fan-slur', 'brand-slur', 'executive-slur'];
const PROFILE_LISTS: ReadonlyArray<[keyof BrandProfile & string, TargetKind]> = [
  ['names', 'brand'],
  ['products', 'product'],
  ['executives', 'executive'],
  ['fans', 'fans'],
  ['fanSlurs', 'fan-slur'],
  ['brandSlurs', 'brand-slur'],
];

/** The target kind of a profile nickname, by whom it names and how it is judged. */
const NICKNAME_KIND: Readonly<Record<'brand' | 'executive' | 'fans', Record<'name' | 'slur', TargetKind>>> = {
  brand: { name: 'brand', slur: 'brand-slur' },
  executive: { name: 'executive', slur: 'executive-slur' },
  fans: { name: 'fans', slur: 'fan-slur' },
};

function edges(term: string): { boundaryStart: boolean; boundaryEnd: boolean } {
  return { boundaryStart: isWordChar(term.charCodeAt(0)), boundaryEnd: isWordChar(term.charCodeAt(term.length - 1)) };
}

/**
 * Latin terms need word boundaries. Hashtags run words together (#BoycottXiaomi, #flyunited), so inside one a
 * term may start right after the # and, for brand terms (`models`), also end where the tag ends; never in
 * the middle ("#flyingitforward" holds no "lying").
 */
function boundariesHold(runs: WordRuns, start: number, end: number, info: { boundaryStart: boolean; boundaryEnd: boolean }, models = false, plural = false): boolean {
  const text = runs.text;
  const tagStart = start > 0 && text.charCodeAt(start - 1) === 0x23;
  if (info.boundaryStart && start > 0 && isWordChar(text.charCodeAt(start - 1))) {
    if (!models || end - start < 5 || !inHashtag(runs, start)) return false;
    if (end < text.length && isWordChar(text.charCodeAt(end))) return false;
    return true;
  }
  if (info.boundaryEnd && end < text.length && isWordChar(text.charCodeAt(end))) {
    if (tagStart && end - start >= 5) return true;
    // "people who buy pixels": a product name takes an English plural s (a brand name does not: apples are fruit).
    if (plural && text.charCodeAt(end) === 0x73 && (end + 1 === text.length || !isWordChar(text.charCodeAt(end + 1)))) return true;
    if (!models) return false;
    return runs.gluedModelAt(end);
  }
  return true;
}

/** Hashtags run words together (#BoycottXiaomi); inside one, long terms may match without word boundaries. */
function inHashtag(runs: WordRuns, at: number): boolean {
  // Most posts hold no hashtag: then the table of word runs is not even built.
  if (!runs.hasHash) return false;
  const i = at > 0 ? runs.startOf(at - 1) : at;
  return i > 0 && runs.text.charCodeAt(i - 1) === 0x23;
}

const latinImpostor = IMPOSTOR_WORDS.filter((w) => /^[a-z]/.test(w));
const cjkImpostor = IMPOSTOR_WORDS.filter((w) => !/^[a-z]/.test(w));
/** An impostor word (IMPOSTOR_WORDS) right before a name, a # or @ between. */
const IMPOSTOR_BEFORE = new RegExp(`(?:(?:^|[^a-z0-9])(?:${latinImpostor.join('|')})|${cjkImpostor.join('|')})[\\s#@]*$`);

/** Opening and closing quotation marks, paired by position: a word between a pair is being mentioned. */
const QUOTE_OPEN = '\'"‘“「『《';
const QUOTE_CLOSE = '\'"’”」』》';
function quoted(text: string, h: Hit): boolean {
  // At either end of the text there is no mark (charAt gives "", which indexOf finds at 0).
  if (h.start === 0 || h.end >= text.length) return false;
  const open = QUOTE_OPEN.indexOf(text.charAt(h.start - 1));
  return open >= 0 && QUOTE_CLOSE.indexOf(text.charAt(h.end)) === open;
}

/** Paired double quotation marks around a stretch of words: what they hold is quoted speech, not the author's. */
const SPEECH_QUOTES: ReadonlyArray<[string, string]> = [['“', '”'], ['「', '」'], ['『', '』'], ['"', '"']];
/** Longest quotation read as quoted speech (a sentence or so); a stray mark does not swallow the post. */
const MAX_QUOTE = 120;
/** For each position, whether it lies inside a quotation ("同事说“买小米的都是傻子”"); null when the text has none. */
function quotedSpeech(text: string): Uint8Array | null {
  let inside: Uint8Array | null = null;
  // "> Apple is a scam\nThis is such a lazy take": a line opened by "> " quotes the post answered (forums, Reddit, mail).
  for (let at = text.indexOf('>') < 0 ? text.length : 0; at < text.length; ) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    if (QUOTE_LINE.test(text.slice(at, Math.min(lineEnd, at + 8)))) (inside ??= new Uint8Array(text.length)).fill(1, at, lineEnd);
    at = lineEnd + 1;
  }
  for (const [open, close] of SPEECH_QUOTES) {
    let from = text.indexOf(open);
    while (from >= 0) {
      const end = text.indexOf(close, from + 1);
      if (end < 0) break;
      if (end - from <= MAX_QUOTE) (inside ??= new Uint8Array(text.length)).fill(1, from + 1, end);
      from = text.indexOf(open, end + 1);
    }
  }
  // Single quotation marks (typographic ones are folded to ') where they cannot be an apostrophe: one opens after a
  // space or the start and before a word; it closes after a word and before a space, a mark or the end ("someone
  // replied 'google employees are lazy losers'. weird take"). "don't", "apple's" and "fans' phones" open nothing.
  let from = text.indexOf("'");
  while (from >= 0) {
    let next = text.indexOf("'", from + 1);
    if (SINGLE_OPENS(text, from)) {
      while (next >= 0 && next - from <= MAX_QUOTE && !SINGLE_CLOSES(text, next)) next = text.indexOf("'", next + 1);
      if (next >= 0 && next - from <= MAX_QUOTE) {
        (inside ??= new Uint8Array(text.length)).fill(1, from + 1, next);
        next = text.indexOf("'", next + 1);
      }
    }
    from = next;
  }
  return inside;
}
/** The opening of a quoted line: spaces, then > and a space, as replies quote ("> text"); not ">_<", ">100", nor the
 * author's own greentext (">be me"). */
const QUOTE_LINE = /^[ \t]*>[ \t]/;
const SINGLE_OPENS = (text: string, i: number) => (i === 0 || /[\s(\[:]/.test(text[i - 1]!)) && /[a-z0-9\u4e00-\u9fff]/.test(text[i + 1] ?? '');
const SINGLE_CLOSES = (text: string, i: number) => /[a-z0-9.!?\u4e00-\u9fff]/.test(text[i - 1] ?? '') && (i + 1 === text.length || /[\s.,!?;:)…]/.test(text[i + 1]!));

function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Compiles a brand profile (plus its rivals) and the cue lexicon into two automata. */
export async function createScanner(brand: LoadedBrand, rules: readonly Rule[] = RULES): Promise<Scanner> {
  const t2s = await loadT2S();
  const emoji: Record<string, string> = { ...STAND_INS };
  for (const rival of brand.rivals) Object.assign(emoji, rival.emoji);
  Object.assign(emoji, brand.profile.emoji);
  const normalizer = new Normalizer(t2s, emoji);
  const norm = (term: string) => normalizer.normalize(term).text.trim();

  // Target automaton: the brand's own terms, its rivals' terms, homonyms and sense contexts.
  const targets = new Automaton();
  const targetInfo: TermInfo[] = [];
  const targetIds = new Map<string, number>();
  const addTarget = (raw: string, role: TermRole, context?: TermInfo['contexts'][number]) => {
    const term = norm(raw);
    if (!term) return;
    let id = targetIds.get(term);
    if (id === undefined) {
      id = targets.add(term);
      targetIds.set(term, id);
      targetInfo[id] = { roles: [], contexts: [], models: false, plural: false, weighsSense: false, ...edges(term) };
    }
    const info = targetInfo[id]!;
    if (!info.roles.includes(role)) info.roles.push(role);
    if (context) info.contexts.push(context);
  };
  for (const [list, kind] of PROFILE_LISTS) for (const term of brand.profile[list] as string[]) addTarget(term, kind);
  // Names only among Chinese characters (买Pixel的): the same term listed plainly too counts everywhere.
  const inChinese = (profile: BrandProfile, role: TermRole) => {
    for (const raw of profile.productsInChinese) {
      const term = norm(raw);
      if (!term || targetIds.has(term)) continue;
      addTarget(term, role);
      targetInfo[targetIds.get(term)!]!.chineseOnly = true;
    }
  };
  inChinese(brand.profile, 'product');
  // "appletards": a slur suffix run onto a one-word Latin name or product (a rival's is the rival's).
  const suffixed = (profile: BrandProfile, role: TermRole) => {
    for (const raw of [...profile.names, ...profile.products]) {
      const term = norm(raw);
      if (/^[a-z]{3,}$/.test(term)) for (const suffix of SLUR_SUFFIXES) addTarget(term + suffix, role);
    }
  };
  suffixed(brand.profile, 'fan-slur');
  // A Latin abbreviation among Chinese characters (hw) is a name, not a product: no buyer's words make it English, and
  // no model number runs on from it (特斯拉hw4 is a car's hardware).
  const abbreviation = (term: string) => Object.assign(targetInfo[targetIds.get(norm(term))!]!, { chineseOnly: true, abbreviation: true });
  for (const nick of brand.profile.nicknames) {
    addTarget(nick.term, NICKNAME_KIND[nick.of][nick.as]);
    if (nick.ambiguous) targetInfo[targetIds.get(norm(nick.term))!]!.ambiguous = true;
    if (nick.inChinese) abbreviation(nick.term);
  }
  for (const rival of brand.rivals) {
    for (const [list] of PROFILE_LISTS) for (const term of rival[list] as string[]) addTarget(term, 'rival');
    for (const nick of rival.nicknames) {
      addTarget(nick.term, 'rival');
      if (nick.inChinese) abbreviation(nick.term);
    }
    inChinese(rival, 'rival');
    suffixed(rival, 'rival');
    for (const term of rival.homonyms) addTarget(term, 'homonym');
  }
  for (const term of brand.profile.homonyms) addTarget(term, 'homonym');
  // "小米狗都不用": a slur followed by an idiom that makes it a name and a word (SLUR_IDIOMS) is that idiom.
  const slurs = [...brand.profile.fanSlurs, ...brand.profile.brandSlurs, ...brand.profile.nicknames.filter((n) => n.as === 'slur').map((n) => n.term)];
  for (const slur of slurs.map(norm)) {
    for (const idiom of SLUR_IDIOMS) if (slur.endsWith(idiom.ending)) for (const follow of idiom.follows) addTarget(slur + follow, 'homonym');
  }
  for (const ctx of brand.profile.homonymContexts) {
    for (const near of ctx.near) addTarget(near, 'context', { term: norm(ctx.term), window: ctx.window });
    for (const word of ctx.anywhere) addTarget(word, 'context', { term: norm(ctx.term), window: ctx.window, post: true });
    const id = ctx.anywhere.length > 0 ? targetIds.get(norm(ctx.term)) : undefined;
    if (id !== undefined) {
      targetInfo[id]!.postContexts = true;
      targetInfo[id]!.nearGovernsPost = ctx.onePerPost;
    }
    for (const word of ctx.except) addTarget(word, 'not-context');
  }
  for (const info of targetInfo) {
    const { roles } = info;
    info.kind = (roles.find((r) => (TARGET_ROLES as readonly string[]).includes(r)) ?? (roles.includes('rival') ? 'rival' : undefined)) as TargetHit['kind'] | undefined;
    info.models = (roles.includes('product') || roles.includes('brand') || roles.includes('rival')) && info.abbreviation !== true;
    info.plural = roles.includes('product') && !roles.includes('brand') && !roles.includes('homonym');
    info.weighsSense = roles.includes('homonym') || roles.includes('context');
  }
  targets.build();
  const targetReach = targets.maxLength;
  // A post is worth a closer look only if it holds one of the brand's own terms: rival names, homonym
  // phrases and sense contexts (碗, 吃了一) alone can never produce a finding. Every post is asked, so the
  // question gets an automaton of its own, of the own terms only: a fraction of the states of `targets` (rivals
  // bring most of them), whose tables stay in cache, and fewer characters that leave the root. It finds an own
  // term exactly where `targets` would (Aho-Corasick finds every occurrence of every pattern it holds).
  const ownTerms = new Automaton();
  for (const [term, id] of targetIds) if (targetInfo[id]!.roles.some((r) => (TARGET_ROLES as readonly string[]).includes(r))) ownTerms.add(term);
  ownTerms.build();

  // Cue automaton: the hostile lexicon and the words that change what a cue means.
  const cues = new Automaton();
  const cueInfo: CueInfo[] = [];
  const cueIds = new Map<string, number>();
  const cueId = (term: string): number => {
    let id = cueIds.get(term);
    if (id === undefined) {
      id = cues.add(term);
      cueIds.set(term, id);
      cueInfo[id] = { kinds: [], cancels: [], owners: [], ...edges(term) };
    }
    return id;
  };
  for (const [kind, terms] of Object.entries(CUES) as Array<[CueKind, readonly string[]]>) {
    for (const raw of terms) {
      const term = norm(raw);
      if (!term) continue;
      const info = cueInfo[cueId(term)]!;
      if (!info.kinds.includes(kind)) info.kinds.push(kind);
    }
  }
  for (const raw of HASHTAG_CALLS) {
    const info = cueInfo[cueId(norm(raw))]!;
    info.hashtagOnly = true;
    if (!info.kinds.includes('boycott-call')) info.kinds.push('boycott-call');
  }
  for (const raw of PINYIN_INITIALS) {
    const id = cueIds.get(norm(raw));
    if (id !== undefined) cueInfo[id]!.chineseOnly = true;
  }
  // Other written forms of Latin terms (hyphenated, run together, masked, drawn out): each with its term's kinds,
  // unless the lexicon lists that form itself.
  for (const [term, id] of [...cueIds.entries()]) {
    for (const written of writtenForms(term)) {
      const form = norm(written);
      if (!form || cueIds.has(form)) continue;
      cueInfo[cueId(form)]!.kinds.push(...cueInfo[id]!.kinds);
    }
  }
  // Each exception is tied to the term it cancels; it also cancels the longer terms that hold that term where
  // it overlaps them (辣死 is tied to 死, and 辣死了 holds no 死了 either).
  // The terms holding each owner are found by one automaton of the owners run over every term, not by a look for
  // every owner in every term (that was a third of the scanner's build time).
  const cueTerms = [...cueIds.entries()];
  const owned = Object.entries(EXCEPTIONS).flatMap(([raw, phrases]) => {
    const owner = cueIds.get(norm(raw));
    return owner === undefined ? [] : [{ owner, ownerTerm: norm(raw), phrases }];
  });
  const ownerTerms = new Automaton();
  const ownerAt = new Map<string, number>();
  const entriesOf: number[][] = [];
  owned.forEach(({ ownerTerm }, i) => {
    let id = ownerAt.get(ownerTerm);
    if (id === undefined) ownerAt.set(ownerTerm, (id = ownerTerms.add(ownerTerm)));
    (entriesOf[id] ??= []).push(i);
  });
  ownerTerms.build();
  for (const [term, id] of cueTerms) {
    const held = new Set<number>();
    ownerTerms.scan(term, (ownerId) => entriesOf[ownerId]!.forEach((i) => held.add(i)));
    for (const i of [...held].sort((a, b) => a - b)) cueInfo[id]!.owners.push(owned[i]!.owner);
  }
  for (const { owner, phrases } of owned) {
    for (const phrase of phrases) {
      const term = norm(phrase);
      if (term) cueInfo[cueId(term)]!.cancels.push(owner);
    }
  }
  cues.build();
  const cueReach = cues.maxLength;
  // A word masked with digits and signs ("cr@ppl3", "th!3ves") is read as the lexicon word it spells.
  normalizer.knowWords([...targetIds.keys(), ...cueIds.keys()]);

  // A reply made of nothing but agreement ("exactly this 💯", "+1 说出了我的心声"): its words and what may stand beside them.
  const agreement = wordsPattern(AGREEMENT_REPLIES.map(norm));
  const agreementFillers = wordsPattern([...AGREEMENT_FILLERS, ...AGREEMENT_EMOJI].map(norm));
  // Nothing but marks may be left, and no question mark ("true?", 同意？ ask); an emoji not listed (🙄, 🙃) may be sarcasm.
  const onlyAgrees = (text: string): boolean => {
    if (text.length > AGREEMENT_MAX || /[?？]/.test(text)) return false;
    let agrees = false;
    const rest = text.replace(agreement, () => ((agrees = true), ' ')).replace(agreementFillers, ' ');
    return agrees && AGREEMENT_REST.test(rest);
  };
  // Descriptions name no brand; examples come from this profile (src/rules/describe.ts).
  const activeRules = rules.filter((rule) => rule.on.length > 0).map((rule) => ({ ...rule, description: describeRule(rule, brand.profile) }));
  // Constructions, with their literal words normalized like post text; only those whose rule is active.
  const constructions = CONSTRUCTIONS.flatMap((c) => {
    const rule = activeRules.find((r) => r.id === c.rule);
    if (!rule) return [];
    const slots = c.slots.map((slot): Slot => ('words' in slot ? { ...slot, words: slot.words.map((w) => norm(w)).filter(Boolean) } : slot));
    // For each slot of cue words, the kinds it takes (any one will do): read once here, not per stretch.
    const needs = slots.flatMap((slot) => ('kind' in slot ? [slot.kind] : 'role' in slot ? [kindsWithRole(slot.role)] : []));
    return [{ construction: c, rule, slots, needs }];
  });

  /**
   * What can make a finding at all: a cue of a kind some rule pairs with a name, a name some rule takes alone (a slur),
   * or a construction whose cue kinds and literal words are all in the stretch. A stretch with none of these has no
   * finding whatever its clauses say, and is done once its cues are found.
   */
  const pairedKinds = new Set<CueKind>(activeRules.flatMap((rule) => [...rule.cues, ...Object.values(rule.cuesFor ?? {}).flatMap((kinds) => kinds ?? [])]));
  const aloneKinds = new Set<string>(activeRules.filter((rule) => rule.cues.length === 0).flatMap((rule) => rule.on));
  function mayFind(text: string, targets: readonly TargetHit[], found: readonly CueHit[]): boolean {
    if (targets.some((t) => aloneKinds.has(t.kind)) || found.some((c) => pairedKinds.has(c.kind))) return true;
    if (found.length === 0 && !constructions.some((c) => c.needs.length === 0)) return false;
    const kinds = new Set(found.map((c) => c.kind));
    return constructions.some(({ needs, slots }) => needs.every((any) => any.some((k) => kinds.has(k))) && slots.every((slot) => !('words' in slot) || slot.words.some((w) => text.includes(w))));
  }

  /** Does the stretch hold, for each slot of cue words, a hit of one of its kinds? Asks for no index. */
  function hasNeededCues(needs: ReadonlyArray<readonly CueKind[]>, cues: Cues): boolean {
    for (const kinds of needs) {
      let found = false;
      for (const kind of kinds) if (cues.has(kind)) found = true;
      if (!found) return false;
    }
    return true;
  }

  /** Where one slot of a construction matches first, starting within `gap` of `from` (or anywhere, for the first slot). */
  function slotHits(slot: Slot, text: string, all: HitIndex<TargetHit>, cues: Cues, from: number | null): Hit[] {
    const lo = from ?? -Infinity;
    const hi = from === null ? Infinity : from + (slot.gap ?? 8);
    if ('target' in slot) return (from === null ? all.items : all.between(lo, hi)).filter((t) => (slot.target as readonly string[]).includes(t.kind));
    if ('kind' in slot) return slot.kind.flatMap((k) => (from === null ? cues.all(k) : cues.of(k, lo, hi))).sort((a, b) => a.start - b.start);
    if ('role' in slot) return [...withRole(cues, slot.role, lo, hi)];
    if ('end' in slot) {
      for (let at = Math.max(0, lo); at <= Math.min(hi, text.length); at++) if (at === text.length || CLAUSE_END.test(text.charAt(at))) return [{ start: at, end: at, text: '' }];
      return [];
    }
    // Only the positions within the gap are tried: the cost of a slot is bounded by its gap, not the text.
    for (let at = Math.max(0, lo); at <= Math.min(hi, text.length - 1); at++) {
      const word = slot.words.find((w) => text.startsWith(w, at));
      if (word) return [{ start: at, end: at + word.length, text: word }];
    }
    return [];
  }

  /** Each construction matched in the stretch: its target, its cue, and the name the hostility was moved from. */
  function matchConstructions(text: string, all: HitIndex<TargetHit>, cues: Cues): ConstructionMatch[] {
    const matches: ConstructionMatch[] = [];
    for (const { construction, rule, slots, needs } of constructions) {
      // Most stretches lack one of the cue words a construction needs: skip it without building anything.
      if (!hasNeededCues(needs, cues)) continue;
      for (const first of slotHits(slots[0]!, text, all, cues, null)) {
        const got: Hit[] = [first];
        for (let i = 1; i < slots.length; i++) {
          const next = slotHits(slots[i]!, text, all, cues, got[i - 1]!.end).find((h) => h.start >= got[i - 1]!.end);
          if (!next) break;
          got.push(next);
        }
        if (got.length < slots.length) continue;
        const at = (as: 'target' | 'cue') => got[slots.findIndex((slot) => (slot as { as?: string }).as === as)]!;
        const moved = got.filter((_, i) => 'target' in slots[i]! && (slots[i] as { as?: string }).as !== 'target');
        const target = at('target');
        matches.push({ construction, rule, target, targetKind: (target as TargetHit).kind, cue: at('cue'), moved });
        break;
      }
    }
    return matches;
  }
  const segmentation = new Segmentation();

  /**
   * The word runs of `text`, shared by `findTargets` and `findCues` when they read the same text (a post of one
   * stretch): their tables are built once. Only the last text is kept.
   */
  let lastRuns: WordRuns | undefined;
  function wordRuns(text: string): WordRuns {
    if (lastRuns === undefined || lastRuns.text !== text) lastRuns = new WordRuns(text);
    return lastRuns;
  }

  function findTargets(text: string): TargetHit[] {
    const found: Array<Hit & { id: number }> = [];
    const runs = wordRuns(text);
    // Most posts hold no homonym phrase and no sense context: then no hit needs its sense weighed below.
    let weighSenses = false;
    // Only a post holding a term whose other sense may govern the whole post (花粉) is read for it.
    let weighPostSenses = false;
    let chinese: boolean | undefined;
    targets.scan(text, (id, end) => {
      const start = end - targets.patternLength(id);
      const info = targetInfo[id]!;
      if (!boundariesHold(runs, start, end, info, info.models, info.plural)) return;
      if (info.chineseOnly === true && !(chinese ??= CJK_CHAR.test(text)) && (info.abbreviation === true || !namedAsBought(text, start, end))) return;
      found.push({ id, start, end, text: text.slice(start, end) });
      if (info.weighsSense) weighSenses = true;
      if (info.postContexts === true) weighPostSenses = true;
    });
    if (found.length === 0) return [];
    const index = new HitIndex(found);
    const hasRole = (h: (typeof found)[number], role: TermRole) => targetInfo[h.id]!.roles.includes(role);
    // A context word inside a longer word that does not carry its sense (吃 in 吃相) shows nothing.
    const voided = (c: (typeof found)[number]) =>
      index.between(c.start - targetReach, c.end).some((o) => o !== c && hasRole(o, 'not-context') && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start);
    const hits: TargetHit[] = [];
    // One sense per post, for a term whose profile gives words that show its other sense anywhere in the post
    // (花粉: 鼻炎): shown in its other sense here (花粉 beside 浓度), it has it everywhere in the post, unless the post
    // names the brand by another term too. Not for other terms: a pun plays the two senses of 苹果 against each other.
    let otherSense: Set<string> | null = null;
    // The terms whose other sense a word anywhere in the post shows (鼻炎 for 花粉), found in one pass.
    let postSense: Set<string> | null = null;
    if (weighPostSenses) for (const c of found) if (hasRole(c, 'context') && !voided(c)) for (const x of targetInfo[c.id]!.contexts) if (x.post === true) (postSense ??= new Set()).add(x.term);
    for (const h of found) {
      const info = targetInfo[h.id]!;
      const kind = info.kind;
      if (!kind) continue;
      // A homonym phrase (小米粥, 桂林米粉) that overlaps the term means the other sense. A sense context of a term
      // also speaks for an ambiguous nickname that holds it (这箱烂苹果真难吃: the fruit).
      // Only a term at most `targetReach` long that overlaps h can be a homonym phrase over it.
      if (weighSenses && index.between(h.start - targetReach, h.end).some((o) => o !== h && hasRole(o, 'homonym') && overlaps(o, h) && o.end - o.start > h.end - h.start)) continue;
      if (weighSenses && index.between(h.start - TERM_REACH, h.end + TERM_REACH).some((c) => hasRole(c, 'context') && !voided(c) && targetInfo[c.id]!.contexts.some((x) => (x.term === h.text || (info.ambiguous === true && h.text.includes(x.term))) && near(text, c, h, x.window)))) {
        if (info.nearGovernsPost === true) (otherSense ??= new Set()).add(h.text);
        continue;
      }
      // "fake Apple support scammers", 冒充苹果客服: an impostor of the brand, not the brand.
      if (kind !== 'rival' && IMPOSTOR_BEFORE.test(text.slice(Math.max(0, h.start - 20), h.start))) continue;
      hits.push({ start: h.start, end: h.end, text: h.text, kind, ...(info.ambiguous ? { ambiguous: true } : {}) });
    }
    if (postSense !== null) for (const h of hits) if (postSense.has(h.text)) (otherSense ??= new Set()).add(h.text);
    if (otherSense !== null) {
      const seen = otherSense;
      const named = hits.some((h) => h.kind !== 'rival' && !seen.has(h.text));
      if (!named) for (let i = hits.length - 1; i >= 0; i--) if (seen.has(hits[i]!.text)) hits.splice(i, 1);
    }
    // Keep the longest of overlapping hits of the same place ("小米手机" over "小米").
    const kept = new HitIndex(hits);
    const longest = kept.items.filter((h) => !kept.between(h.end - targetReach, h.start).some((o) => o !== h && o.end >= h.end && o.end - o.start > h.end - h.start));
    // One sense per post: an ambiguous nickname (烂苹果) names the brand only where another own term does too,
    // one that is not the word inside the nickname (苹果 is the fruit in a review of rotten apples).
    const nicknames = longest.filter((h) => h.ambiguous);
    if (nicknames.length === 0) return longest;
    // The profile's few distinct nicknames, not every hit of them: the check stays linear in the post.
    const words = [...new Set(nicknames.map((n) => n.text))];
    const named = longest.some((h) => !h.ambiguous && h.kind !== 'rival' && !words.some((w) => w.includes(h.text)));
    if (named || contextNamesBrand()) return longest;
    // "不能用烂苹果": a company's nickname right after a verb of using a device names its device, not the fruit.
    // Unless the post it answers is about the other sense (a reply under a post about fruit).
    const used = (h: TargetHit) => (h.kind === 'brand' || h.kind === 'brand-slur') && DEVICE_USE_VERBS.some((v) => text.endsWith(v, h.start));
    if (!nicknames.some(used) || contextShowsOtherSense()) return longest.filter((h) => !h.ambiguous);
    return longest.filter((h) => !h.ambiguous || used(h));
  }

  /** While a reply is scanned against its context: may its plural demonstratives point at the context's target? */
  let contextGroupsPointBack = false;
  /**
   * …and does the context tell of the brand acting on others or dealing with another business (起诉山寨厂商, 供应商,
   * "sues counterfeit charger makers")? Then a subjectless wish for the end of a business may be for that one.
   */
  let contextNamesOthers = false;
  /** The context of the post being scanned (the post it answers or shares), while `scan` runs. */
  let scannedContext: string | undefined;
  /**
   * Does the context of the post being scanned name the brand by one of its own, unambiguous terms, and no rival?
   * Then an ambiguous nickname in the reply (烂苹果 under a post about Apple) names the brand too. Asked only for
   * posts that hold an ambiguous nickname and no other term of the brand.
   */
  function contextNamesBrand(): boolean {
    const context = scannedContext;
    if (!context) return false;
    scannedContext = undefined;
    try {
      const length = normalizer.foldUnits(context);
      if (!ownTerms.occursIn(normalizer.units, length)) return false;
      const hits = findTargets(normalizer.result(length).text);
      return hits.some((t) => t.kind !== 'rival' && !t.ambiguous) && !hits.some((t) => t.kind === 'rival');
    } finally {
      scannedContext = context;
    }
  }

  /** Does the context of the post being scanned hold a word that shows the other sense of a term (水果, 吃)? */
  function contextShowsOtherSense(): boolean {
    const context = scannedContext;
    if (!context) return false;
    let shows = false;
    targets.scan(normalizer.normalize(context).text, (id) => {
      if (targetInfo[id]!.roles.includes('context')) shows = true;
    });
    return shows;
  }

  function findCues(text: string, names: readonly Hit[]): CueHit[] {
    const found: Array<Hit & { owners: number[]; kinds: CueKind[] }> = [];
    const exceptions: Array<Hit & { cancels: number[] }> = [];
    const runs = wordRuns(text);
    let nameStarts: Set<number> | null = null;
    let nameEnds: Set<number> | null = null;
    let chinese: boolean | undefined;
    cues.scan(text, (id, end) => {
      const start = end - cues.patternLength(id);
      const info = cueInfo[id]!;
      const runsOn = end < text.length && isWordChar(text.charCodeAt(end));
      // Hashtags run words together: a cue that opens one and runs on into more letters counts when a name follows
      // it there (#BoycottXiaomi, #FuckXiaomi; not #cheatedabit), and one that closes a hashtag right after a name
      // counts too (#XiaomiScam).
      if (info.hashtagOnly === true) {
        nameStarts ??= new Set(names.map((t) => t.start));
        if (!runsOn || !nameStarts.has(end)) {
          // Not a call then, but still the exception it may be ("#ban" cancels the bare "ban" inside it).
          if (info.cancels.length > 0 && boundariesHold(runs, start, end, info)) exceptions.push({ start, end, text: '', cancels: info.cancels });
          return;
        }
      } else if (info.boundaryEnd && start > 0 && text.charCodeAt(start - 1) === 0x23 && runsOn) {
        nameStarts ??= new Set(names.map((t) => t.start));
        if (end - start < 3 || !nameStarts.has(end)) return;
      } else if (info.boundaryStart && start > 0 && isWordChar(text.charCodeAt(start - 1)) && !runsOn && end - start >= 3 && inHashtag(runs, start)) {
        nameEnds ??= new Set(names.map((t) => t.end));
        if (!nameEnds.has(start)) return;
      } else if (!boundariesHold(runs, start, end, info)) return;
      // "can sb help me": in a post with no Chinese character, sb is "somebody", not 傻逼.
      if (info.chineseOnly === true && !(chinese ??= CJK_CHAR.test(text))) return;
      if (info.cancels.length > 0) exceptions.push({ start, end, text: '', cancels: info.cancels });
      if (info.kinds.length > 0) found.push({ owners: info.owners, start, end, text: text.slice(start, end), kinds: info.kinds });
    });
    const index = new HitIndex(found);
    const exceptionIndex = exceptions.length > 0 ? new HitIndex(exceptions) : null;
    const hits: CueHit[] = [];
    // "给我打钱" and the "打钱" inside it are one cue: keep the longest of nested hits of the same kind.
    // Only a term at most `cueReach` long that holds h can start in [h.end - cueReach, h.start].
    const nested = (h: (typeof found)[number], kind: CueKind, around: readonly (typeof found)[number][]) =>
      around.some((o) => o !== h && o.kinds.includes(kind) && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
    // 笑死, 死机, "dead battery", 是不是: one of the term's own exceptions overlaps the hit and is at least as long.
    // An exception that is itself a cue term (割韭菜 cancels the insult 韭菜 inside it, and is a fraud cue) does
    // not cancel its own hit.
    const excepted = (h: (typeof found)[number]) =>
      exceptionIndex !== null &&
      h.owners.length > 0 &&
      exceptionIndex
        .between(h.start - cueReach, h.end)
        .some((e) => overlaps(e, h) && e.end - e.start >= h.end - h.start && !(e.start === h.start && e.end === h.end) && e.cancels.some((o) => h.owners.includes(o)));
    // "the search result for 'idiots'": a hostile word in quotation marks is mentioned, not used (nor the words inside it).
    const quotes = found.filter((h) => quoted(text, h));
    // A quoted term that holds h starts at most `cueReach` before h ends: an index keeps a post dense with quotes linear.
    const quoteIndex = quotes.length > 0 ? new HitIndex(quotes) : null;
    const speech = quotedSpeech(text);
    for (const h of found) {
      if (excepted(h)) continue;
      const around = index.between(h.end - cueReach, h.start);
      const mentioned = (speech !== null && speech[h.start] === 1 && speech[h.end - 1] === 1) || (quoteIndex !== null && quoteIndex.between(h.end - cueReach, h.start).some((q) => q.start <= h.start && q.end >= h.end));
      for (const kind of h.kinds) {
        if (nested(h, kind, around)) continue;
        if (mentioned && isLoaded(kind)) continue;
        hits.push({ start: h.start, end: h.end, text: h.text, kind });
      }
    }
    return hits;
  }

  /**
   * "Xiaomi won't die; it's the fans who will", "小米还行，它的粉丝…": a group named by reference after the brand
   * (or one of its products) is named, with no rival brand between, is the brand's fans.
   */
  function withGroupRefs(text: string, hits: TargetHit[], cues: Cues, seg: Segmentation): TargetHit[] {
    const fanRefs = allWithRole(cues, 'fan-ref');
    const staffRefs = allWithRole(cues, 'staff-ref');
    const productRefs = allWithRole(cues, 'product-ref');
    const brandRefs = [...allWithRole(cues, 'brand-ref'), ...pointedCompanies(cues, seg)].sort((a, b) => a.start - b.start);
    if (fanRefs.length === 0 && staffRefs.length === 0 && brandRefs.length === 0 && productRefs.length === 0) return hits;
    const refs = [...fanRefs, ...staffRefs, ...brandRefs, ...productRefs].sort((a, b) => a.start - b.start);
    const fanSet = new Set(fanRefs);
    const staffSet = new Set(staffRefs);
    const productSet = new Set(productRefs);
    const kindOf = (ref: CueHit): TargetKind => (fanSet.has(ref) ? 'fans' : staffSet.has(ref) ? 'executive' : productSet.has(ref) ? 'product' : 'brand');
    const sorted = [...hits].sort((a, b) => a.start - b.start);
    const added: TargetHit[] = [];
    // "at the xiaomi store with my kids. these guys are clowns": people named after the name are whom "these guys" means.
    // A reference that may mean people looks before the name in its sentence too ("Some hacker got into my Google
    // account… I hate these people"); 这家公司 means no person, whoever was named.
    const peopleBetween = (from: number, to: number, ref: CueHit) => {
      const lo = Math.max(CUE_KINDS[ref.kind].mayMeanPeople ? Math.min(from, seg.sentenceStartOf(Math.max(0, from), PEOPLE_REACH)) : from, to - PEOPLE_REACH);
      return PEOPLE_BEFORE_REF.test(text.slice(lo, to)) || GROUP_ROLES.some((role) => withRole(cues, role, lo, to).some((h) => h.end <= to));
    };
    // One pass over names and references in order: the last name before a reference decides what it means.
    let i = 0;
    let named = false;
    let lastEnd = -1;
    // "Samsung mocked Apple. Their marketing department…": a rival named before the name in its sentence may be
    // whom an English possessive means (the subject), so "their"/"its" is left unresolved.
    let rivalSentence = -1;
    let afterRival = false;
    for (const ref of refs) {
      // A target a reply takes from its context (the context's own, the account answered, its buyers) stands, without
      // width, where the reply's words take it: one at the very start stands before the reply's first word.
      for (; i < sorted.length && (sorted[i]!.start < ref.start || (sorted[i]!.start === ref.start && sorted[i]!.end === sorted[i]!.start)); i++) {
        const t = sorted[i]!;
        // A rival copied or compared with ("wait for apple, copy it badly", 抄苹果) is an object: the name before it
        // is still what the post is about.
        named = t.kind === 'rival' ? named && RIVAL_AS_OBJECT.test(text.slice(Math.max(0, t.start - 12), t.start)) : t.kind === 'brand' || t.kind === 'product' || named;
        if (t.kind === 'rival') rivalSentence = seg.sentenceIndex(t.start);
        // Not when the name opens its clause, as its subject ("Unlike Apple, Samsung never updates… Their execs…").
        else if (t.kind === 'brand' || t.kind === 'product') afterRival = rivalSentence === seg.sentenceIndex(t.start) && !/^[\s@#]*$/.test(seg.clausePrefix(t.start));
        lastEnd = Math.max(lastEnd, t.end);
      }
      const overlapped = lastEnd > ref.start || (i < sorted.length && sorted[i]!.start < ref.end);
      if (afterRival && POSSESSIVE_REF.test(ref.text)) continue;
      if (named && !overlapped && !(kindOf(ref) === 'brand' && peopleBetween(lastEnd, ref.start, ref))) added.push({ start: ref.start, end: ref.end, text: ref.text, kind: kindOf(ref), ref: true });
    }
    return added.length ? [...sorted, ...added].sort((a, b) => a.start - b.start) : hits;
  }

  /**
   * Plural pronouns that point back (they, them, 他们): each is the target named last before it, read after the
   * targets are refined (so "huawei buyers … they" means the buyers), when `pronounPointsAt` allows. One pass over
   * the targets and the pronouns in order.
   */
  function withPronouns(text: string, targets: TargetHit[], cues: Cues, seg: Segmentation, proper: ProperNouns): TargetHit[] {
    const persons = PERSON_POINTERS.length > 0 && targets.some((t) => t.kind === 'executive') ? cues.ofAny(PERSON_POINTERS, -Infinity, Infinity) : [];
    const plural = allWithRole(cues, 'pronoun-ref');
    const pronouns = persons.length > 0 ? [...plural, ...persons].sort((a, b) => a.start - b.start) : plural;
    if (pronouns.length === 0) return targets;
    const sorted = [...targets].sort((a, b) => a.start - b.start);
    const added: TargetHit[] = [];
    let i = 0;
    let lastEnd = -1;
    let refEnd = -1;
    let speech: Uint8Array | undefined;
    for (const ref of pronouns) {
      // 它 inside 它们: one pronoun.
      if (ref.start < refEnd) continue;
      refEnd = ref.end;
      for (; i < sorted.length && sorted[i]!.start < ref.start; i++) lastEnd = Math.max(lastEnd, sorted[i]!.end);
      // "Apple throttled old iPhones. They lied": a product in the clause of the brand before it is its object.
      let last = i > 0 ? sorted[i - 1]! : undefined;
      const owner = i > 1 ? sorted[i - 2]! : undefined;
      if (last?.kind === 'product' && owner?.kind === 'brand' && seg.strictlySameClause(owner, last)) last = owner;
      const person = CUE_KINDS[ref.kind].pointsAtPerson === true;
      // One person pointed at looks past names inside the words quoted of someone (库克那句“…最好的iPhone”…，这人…).
      if (person && last && last.kind !== 'executive') {
        speech ??= quotedSpeech(text) ?? new Uint8Array(0);
        for (let j = i - 1; j >= 0 && speech[sorted[j]!.start] === 1; j--) if (j > 0 && speech[sorted[j - 1]!.start] !== 1) last = sorted[j - 1];
      }
      if (!last || (person && last.kind !== 'executive') || lastEnd > ref.start || (i < sorted.length && sorted[i]!.start < ref.end) || !pronounPointsAt(last, ref, text, cues, seg, proper)) continue;
      // Whether it may mean a thing: 它 may, 他们 and "this guy" may not; "they" may when a thing that can be "they"
      // was named since the name (a product, a plural: "xiaomi makes cheap phones. they are trash").
      const spec = CUE_KINDS[ref.kind];
      const mayBeThing = spec.notPeople === true || (!person && thingBetween(last, ref, sorted, cues, text));
      added.push({ start: ref.start, end: ref.end, text: ref.text, kind: last.kind, ref: true, pronoun: true, mayBeThing });
    }
    return added.length ? [...sorted, ...added] : targets;
  }

  /**
   * "买小米的是不是傻", "傻子才买小米", "people who buy iphones": a buying or using verb right before the name makes
   * it the name of its buyers when 的 closes the phrase, when an insult noun for people is the buyer, or when the
   * verb is a relative clause that names buyers by itself.
   */
  function buyers(text: string, t: TargetHit, cues: Cues, seg: Segmentation): CueHit | null {
    const verb = buyVerbBefore(text, t, cues);
    if (!verb) return null;
    // "people who use iphones": the clause "who use" holds the verb "use"; the clause is what names the buyers.
    const clause = withRole(cues, 'buyer-pre', verb.start - 24, verb.end).find((c) => c.start < verb.start && c.end === verb.end && CUE_KINDS[c.kind].namesBuyers);
    if (clause) return clause;
    if (CUE_KINDS[verb.kind].namesBuyers || BUYERS_END.test(text.slice(t.end, t.end + 12))) return verb;
    const buyer = withRole(cues, 'people-noun', verb.start - 24, verb.start).some((c) => c.end <= verb.start && BUYER_GAP.test(text.slice(c.end, verb.start)) && seg.strictlySameClause(c, t));
    return buyer ? verb : null;
  }

  /**
   * "这个卖货的奸商企业", "如此恶心人的公司", "this shameless company": a company noun with a pointing determiner
   * before it in its clause (modifiers between) refers back; the noun itself stands for the reference, so the
   * modifiers before it are said of it. Fixed phrases (这家公司) are company-refs already.
   */
  function pointedCompanies(cues: Cues, seg: Segmentation): CueHit[] {
    const heads = allWithRole(cues, 'company-head');
    if (heads.length === 0) return [];
    // A fixed phrase holding the head starts at most `cueReach` before it: a bounded look, not every phrase.
    return heads.filter(
      (h) =>
        !withRole(cues, 'brand-ref', h.start - cueReach, h.end).some((f) => overlaps(f, h)) &&
        (withRole(cues, 'ref-determiner', h.start - POINTED_REACH, h.start).some((d) => d.end <= h.start && seg.strictlySameClause(d, h)) || judgedCompany(h, cues, seg)),
    );
  }

  /**
   * "Vile company.", "Fraudulent garbage company, always has been.", "Garbage company full of crooks.": in English, a
   * sentence with no verb that is only loaded words and a company noun speaks of the company the post is about.
   */
  function judgedCompany(h: CueHit, cues: Cues, seg: Segmentation): boolean {
    const prefix = seg.sentencePrefix(h.start);
    if (!/^[a-z]/.test(h.text) || prefix.length > 40 || !JUDGED_OPENING.test(prefix) || !JUDGED_CLOSING.test(seg.slice(h.end, h.end + 22))) return false;
    const from = h.start - prefix.length;
    // Every word before the noun is a loaded word of the lexicon.
    const loaded = cues.ofAny(QUALIFIER_KINDS, from, h.start);
    const words = [...prefix.matchAll(/[a-z][a-z-]*/g)];
    return words.length > 0 && words.every((m) => loaded.some((w) => w.start <= from + m.index && w.end >= from + m.index + m[0].length));
  }

  /** A verb of buying or using right before the name (买小米, 用了两台小米). */
  function buyVerbBefore(text: string, t: TargetHit, cues: Cues): CueHit | undefined {
    return withRole(cues, 'buyer-pre', t.start - 24, t.start).filter((c) => c.end <= t.start && BUY_GAP.test(text.slice(c.end, t.start))).pop();
  }

  /**
   * Turns "小米粉丝", "买小米的", "xiaomi employees", "小米手机", "xiaomi 14" into the right target kind; the fans and
   * supporters of its boss ("雷军的粉丝", "支持雷军的") are its fans too.
   */
  function refineTargets(text: string, hits: TargetHit[], cues: Cues, seg: Segmentation, inWords: (h: Hit) => boolean): TargetHit[] {
    // "菊花厂菊花厂，员工全是奴才", "华为？老板是吸血鬼": a name alone in its clause (or with the brand's other names) is the
    // topic, and a Chinese word for people opening the next clause names its people.
    const topicThenHead = (t: TargetHit, c: CueHit) =>
      c.end - c.start >= 2 && isCjkChar(text.charCodeAt(c.start)) && TOPIC_GAP.test(text.slice(t.end, c.start)) && !HEAD_SAYS.test(text.slice(c.end, c.end + 4)) &&
      hits.filter((h) => h.kind !== 'rival' && h.end <= t.start && h.start >= t.start - seg.clausePrefix(t.start).length).reduce((rest, h) => rest.replace(h.text, ''), seg.clausePrefix(t.start)).trim() === '';
    // "红米这个手机真的是智障": a reference right after the name that opens its clause is that same thing, the subject.
    const namedRightBefore = (t: TargetHit) => t.ref === true && hits.some((h) => h !== t && h.end <= t.start && /^\s*$/.test(text.slice(h.end, t.start)) && THING_FIRST.test(seg.clausePrefix(h.start)));
    // Fans named by refining ("i'm a samsung sheep": a name and a word for fans) may name the author too.
    const selfless = (t: TargetHit) => !(t.kind === 'fans' && selfNamed(t, cues, seg, text));
    return hits.filter(selfless).map((named): TargetHit => {
      if (named.kind !== 'brand' && named.kind !== 'product' && named.kind !== 'executive' && named.kind !== 'fans') return named;
      // "huawei p60", "samsung a15": the name with a model code after it is that phone where the phone is what is
      // meant: its users named after it ("samsung a15 users are idiots"), or the object of a verb of buying or avoiding
      // ("don't buy huawei p60, wait for p70"). Elsewhere the name stays the company ("samsung s24 is made by crooks").
      const code = named.kind === 'brand' ? MODEL_CODE_AFTER.exec(text.slice(named.end, named.end + 10)) : null;
      const codeEnd = code ? named.end + code[0].length : named.end;
      const phone = code !== null && (withRole(cues, 'fan-head', codeEnd, codeEnd + 12).some((c) => HEAD_GAP.test(text.slice(codeEnd, c.start))) ||
        cues.ofAny(OBJECT_AFTER_KINDS, named.start - 30, named.start).some((c) => c.end <= named.start && named.start - c.end <= 2));
      const t: TargetHit = phone ? { ...named, end: codeEnd, text: text.slice(named.start, codeEnd), kind: 'product' } : named;
      // "骂小米的都是脑残", "抵制小米的人", "黑米粉的": those who curse, boycott or hate the name are a group of their own.
      // Not when someone says it ("我就说小米的人都是骗子": the author's own words).
      const sayer = cues.ofAny(OPPONENT_VERBS, t.start - 8, t.start)
        .filter((c) => c.end <= t.start && BUY_GAP.test(text.slice(c.end, t.start)) && !withRole(cues, 'self', c.start - 4, c.start).some((me) => me.end <= c.start))
        .pop();
      // 抵制小米的行为太蠢了: their act, named as a thing, is theirs too.
      if (sayer && (BUYERS_END.test(text.slice(t.end, t.end + 12)) || SAYERS_POINTED.test(text.slice(t.end, t.end + 4)) || CUE_KINDS[sayer.kind].closedBy?.some((w) => text.startsWith(w, t.end)) || text.startsWith('的人', t.end) || (OPPONENTS_ACT.test(text.slice(t.end, t.end + 4)) && !SUPPORTED.test(text.slice(Math.max(0, sayer.start - 4), sayer.start))))) return { ...t, start: sayer.start, text: text.slice(sayer.start, t.end), kind: 'rival' };
      if (t.kind === 'fans') return t;
      // "the brain dead people at the @apple store": the people who work there.
      // Not at an event of its ("the most annoying people at the samsung launch were the youtubers").
      if (t.kind !== 'executive' && !EVENT_AFTER.test(text.slice(t.end, t.end + 14)) && withRole(cues, 'staff-pre', t.start - 40, t.start).some((c) => c.end <= t.start && /^[\s@#]*$/.test(text.slice(c.end, t.start)))) {
        return { ...t, kind: 'executive' };
      }
      const bought = buyers(text, t, cues, seg);
      if (bought) return { ...t, start: bought.start, text: text.slice(bought.start, t.end), kind: 'fans' };
      // "the iPad 2 turns you into a douchebag": an insult noun for people in a clause about a product means its users.
      // Not when the product is the noun's own subject ("google assistant is a moron", 小爱同学是个傻子): that calls the thing.
      // "倒卖mate60的", 卖iPhone的: a verb of selling right before the name.
      const sold = SOLD_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start));
      const staffAfter = () =>
        cues.ofAny(EMPLOYED_KINDS, t.end, t.end + 12).some((c) => HEAD_GAP.test(text.slice(t.end, c.start))) ||
        (!sold && withRole(cues, 'staff-head', t.end, t.end + 12).some((c) => GROUP_OF_THEIRS.test(text.slice(t.end, c.start))));
      // "your take that the pixel 9 is … is brain dead": a clause about someone's opinion of the product judges the opinion.
      // "the reviewers who trashed the iphone are idiots": people of their own opening the clause are its subject.
      // Not the author's own device ("idiots stole my iphone", "a documentary about idiots on my ipad"), not people the
      // clause is about ("a show about sociopaths"), not people who act on it ("thugs robbed the apple store"), and not
      // an emoji next to it ("clown stickers 🤡🤡 all over my galaxy tab"): the noun must be written as a word.
      if (t.kind === 'product' && !staffAfter() && !OWNED_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start)) && !OPINION_OF.test(seg.clausePrefix(t.start).slice(-60)) && !OTHER_PEOPLE_OPEN.test(seg.clausePrefix(t.start).slice(-60)) && withRole(cues, 'people-noun', t.start - RADIUS, t.end + RADIUS).some((c) => seg.strictlySameClause(c, t) && seg.tokenDistance(c, t) <= 8 && !demonstrative(c, cues, text) && inWords(c) &&
        !ABOUT_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) &&
        !(c.end <= t.start && (ACTS_ON_THING.test(text.slice(c.end, t.start)) || cues.ofAny(WRONGING_KINDS, c.end, t.start).some((w) => w.start >= c.end && w.end <= t.start))) &&
        !(c.start >= t.end && THING_IS.test(text.slice(t.end, c.start)) && (THING_FIRST.test(seg.clausePrefix(t.start)) || namedRightBefore(t))) &&
        // "One UI 这个键盘真的智障": a thing pointed at between them is the subject; "智障设计": the word modifies a part.
        !(c.start >= t.end && POINTED_THING_ZH.test(text.slice(t.end, c.start))) &&
        // Not after 给/为 (专门给冤大头设计的: designed for them).
        !(withRole(cues, 'aspect', c.end, c.end + 3).some((a) => a.start === c.end || (a.start === c.end + 1 && text.charCodeAt(c.end) === 0x7684)) && !FOR_WHOM_BEFORE.test(text.slice(Math.max(0, c.start - 2), c.start))) &&
        !withRole(cues, 'self', c.start - 20, c.start).some((me) => me.end <= c.start && seg.strictlySameClause(me, c) && seg.tokenDistance(me, c) <= 1.5) &&
        // "楼上那个sb连iPhone都分不清": a person of its own right before the noun is whom it calls so.
        !withRole(cues, 'third-party', c.start - 12, c.start).some((p) => p.end <= c.start && seg.strictlySameClause(p, c) && seg.tokenDistance(p, c) <= 2))) {
        return { ...t, kind: 'fans' };
      }
      const boughtBefore = (n: TargetHit) => buyVerbBefore(text, n, cues) !== undefined;
      const heads = (['opponent-head', 'fan-head', 'staff-head', 'people-noun'] as const)
        .flatMap((role) => withRole(cues, role, t.end, t.end + 12).map((c) => ({ c, role })))
        .sort((a, b) => a.c.start - b.c.start);
      for (const { c, role } of heads) {
        // "苹果专卖店那些店员", 华为体验店的销售: the company's own store, then its people, are its staff.
        if (role === 'staff-head' && t.kind === 'brand' && !sold && STORE_GAP.test(text.slice(t.end, c.start))) return { ...t, end: c.end, text: text.slice(t.start, c.end), kind: 'executive' };
        if (!HEAD_GAP.test(text.slice(t.end, c.start))) {
          // The topic's people stand where they are named, in their own clause.
          if (!sold && topicThenHead(t, c) && (role === 'fan-head' || (role === 'staff-head' && t.kind === 'brand'))) return { ...t, start: c.start, end: c.end, text: c.text, kind: role === 'fan-head' ? 'fans' : 'executive' };
          continue;
        }
        // "apple haters are idiots": the people against the brand, a group of their own that takes the cue.
        if (role === 'opponent-head') return { ...t, end: c.end, text: text.slice(t.start, c.end), kind: 'rival' };
        // "苹果公司的人": a name that is the company as such, with 的人 after it, names its staff.
        // Not after a verb of buying (买苹果公司的人 are its buyers).
        const companyPeople = t.kind === 'brand' && (role === 'staff-head' ? c.text.endsWith('的人') : role === 'fan-head' && c.text === '的人' && COMPANY_NAME.test(t.text));
        if (companyPeople) return { ...t, end: c.end, text: text.slice(t.start, c.end), kind: boughtBefore(t) ? 'fans' : 'executive' };
        // "every xiaomi buyer", "any apple user": one of them only after a word that counts people (not "the iphone user
        // agent string").
        if (uncounted(c.kind, text, t.start)) continue;
        // "倒卖mate60的那帮人", 卖iPhone的人: those who sell it are sellers, neither its buyers nor its staff.
        if (sold) continue;
        // "stop buying huawei ppl!!!": after a name bought, an English word for people is whom the post calls on.
        if (role === 'fan-head' && /^[a-z]/.test(c.text) && BOUGHT_EN_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) continue;
        if (role === 'fan-head') return { ...t, end: c.end, text: text.slice(t.start, c.end), kind: 'fans' };
        // "iPad nutters", "用红米的穷逼": an insult noun for people after a product names its users.
        if (role === 'people-noun' && t.kind === 'product') return { ...t, kind: 'fans' };
        // "the miui devs", "bixby engineers": the people who make a product are the company's people too (only words
        // that can only be its makers: 销售 is also "sales", "board" a circuit board).
        // "Apple Store那帮Genius": a group pointed at between a product and staff names the people who work there.
        if (role === 'staff-head' && (t.kind === 'brand' || (t.kind === 'product' && (c.kind === 'maker' || c.kind === 'employee' || (GROUP_OF_THEIRS.test(text.slice(t.end, c.start)) && !sold))))) return { ...t, end: c.end, text: text.slice(t.start, c.end), kind: 'executive' };
      }
      // "三星售后那群人就是一群饭桶", "huawei support are thieves": a unit that serves customers, said in its clause to be
      // people, is the company's staff (售后真垃圾 is criticism of the service).
      // Not another's service for it (华强北的iPhone售后, 第三方小米售后): repair shops and resellers are no staff.
      // "google's modem team", "apple's legal department": a team of the company's, whatever it works on, is its staff.
      const team = t.kind === 'brand' && !sold ? TEAM_AFTER.exec(text.slice(t.end, t.end + 32)) : null;
      if (team) return { ...t, end: t.end + team[0].length, text: text.slice(t.start, t.end + team[0].length), kind: 'executive' };
      // "apple's software engineers", "google's search devs": so too its makers or employees named by what they work
      // on (one word, not a loaded one: "apple's stupid genius bar" is a place). Only words that can only be people:
      // a manager or a board may be a program or a part ("password manager", "logic board").
      const worker = t.kind === 'brand' && !sold
        ? cues.ofAny(EMPLOYED_KINDS, t.end, t.end + 32).find((c) => WORKS_ON_GAP.test(text.slice(t.end, c.start)) && cues.ofAny(QUALIFIER_KINDS, t.end, c.start).length === 0)
        : undefined;
      if (worker) return { ...t, end: worker.end, text: text.slice(t.start, worker.end), kind: 'executive' };
      const unit = THIRD_PARTY_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start)) ? undefined : cues.of('service-unit', t.end, t.end + 12).find((u) => HEAD_GAP.test(text.slice(t.end, u.start)));
      if (unit && calledPeople(unit, cues, seg, text)) return { ...t, end: unit.end, text: text.slice(t.start, unit.end), kind: 'executive' };
      // "华为服务中心那帮人": its people pointed at are its staff whatever is said of them.
      const unitPeople = unit ? UNIT_PEOPLE.exec(text.slice(unit.end, unit.end + 16)) : null;
      if (unit && unitPeople) return { ...t, end: unit.end + unitPeople[0].length, text: text.slice(t.start, unit.end + unitPeople[0].length), kind: 'executive' };
      if (t.kind === 'brand') {
        // "我这台小米", "两部小米": counted by a measure word for devices, the name is a phone.
        if (DEVICE_MEASURE.test(text.slice(Math.max(0, t.start - 3), t.start))) return { ...t, kind: 'product' };
        // "the thief who stole my xiaomi", 我的小米: the author's own is a device.
        if (OWNED_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) return { ...t, kind: 'product' };
        if (MODEL_SUFFIX.test(text.slice(t.end, t.end + 8))) return { ...t, kind: 'product' };
        // Not a line of business ("huawei's phone business", "samsung's mobile unit"): that is the company, in part.
        if (withRole(cues, 'aspect', t.end, t.end + 3).some((c) => HEAD_GAP.test(text.slice(t.end, c.start)) && !BUSINESS_AFTER.test(text.slice(c.end, c.end + 12)))) return { ...t, kind: 'product' };
      }
      return t;
    }).filter(selfless);
  }

  /**
   * Analyses one stretch of the normalized text. Everything a rule looks at (clause, sentence, the clause
   * next door) is local, so long posts are cut into stretches of whole sentences and each is analysed alone:
   * the work stays linear in the length of the post however long it is.
   */
  function scanStretch(post: Post, normalized: NormalizedText, from: number, to: number, perRule: Map<string, number>, findings: Finding[], known?: TargetHit[], fromContext = false, account?: TargetKind): void {
    const text = from === 0 && to === normalized.text.length ? normalized.text : normalized.text.slice(from, to);
    let targetHits = known ?? findTargets(text);
    if (!targetHits.some((t) => t.kind !== 'rival')) return;
    // Under a post about the brand, only words that can be about a company or its buyers take it as their target.
    const found = withoutNegatorsInNames(findCues(text, targetHits), targetHits);
    // Most stretches that name the brand say nothing a rule could pair with it: done here, before the clauses are read.
    if (!trace && !mayFind(text, targetHits, found)) return;
    const seg = segmentation.reset(text);
    // A word that points back (这家公司, "this company", 这些粉丝, a pronoun: "boycott them", 它家) names it: then any
    // word in its clause may be said of it.
    const pronounHits = fromContext ? pronouns(text) : [];
    // Under an executive's words or news of them, the one person a reply opens by pointing at (这人, 此人; after an
    // interjection at most: 又来？这人…) is that executive, not a party of its own. Not "this guy"/"that guy", as often
    // someone in the picture ("that guy in the back yawning").
    const aboutPerson = fromContext && targetHits[0]!.kind === 'executive';
    const pointers = aboutPerson ? found.filter((c) => CUE_KINDS[c.kind].pointsAtPerson === true && c.start <= REPLY_OPENING_REACH && REPLY_OPENING.test(text.slice(0, c.start))) : [];
    // "cant wait for these thieves to go out of business" under news of the brand: a plural demonstrative right before a
    // noun for people or wrongdoers, in the reply's first sentence, points at whom the news is about, as "this company"
    // does; not when placed ("these idiots in the comments") nor when the news names people of its own (two bloggers).
    const groupRefs = fromContext && contextGroupsPointBack ? found.filter((d) => CUE_KINDS[d.kind].role === 'other-group' && seg.sentenceIndex(d.start) === 0 &&
      found.some((c) => POINTED_NOUN_KINDS.has(c.kind) && c.start > d.end && /^\s+$/.test(text.slice(d.end, c.start)) && !LOCATED_AFTER.test(text.slice(c.end, c.end + 20)))) : [];
    const references: Hit[] = fromContext ? [...found.filter((c) => REFERENCE_ROLES.has(CUE_KINDS[c.kind].role)), ...pronounHits, ...pointers, ...groupRefs] : [];
    const open = (c: CueHit) => CUE_KINDS[c.kind].contextual || (CUE_KINDS[c.kind].contextualWithoutSubject === true && !contextNamesOthers && noSubjectBefore(c, found, seg, text)) || !isLoaded(c.kind) || references.some((r) => seg.strictlySameClause(r, c));
    // A reply to one of the brand's own accounts speaks to it: words said to "you" there ("you people have no shame",
    // "fuck you"), or a curse that is a sentence alone ("go to hell", 滚), are said to it. Not a curse that goes on
    // ("shut up, it's perfect", "go to hell, scalpers"), nor "you" after someone named first (楼上你个傻逼).
    const addressed = new Set<CueHit>();
    // "clowns", "greedy clowns.": a plural insult that is the whole reply (loaded words before it at most) is said to
    // the account, as such a plural is said to a name before it (`vocative`). Not after anything else: what the reply
    // tells first may name whom it is for ("Epic and Spotify crying again. crybabies.").
    const pluralAlone = (c: CueHit) => {
      if (text.length - c.end > 8 || !ENGLISH_PLURAL.test(c.text) || c.text.length < 4 || !POST_END.test(text.slice(c.end)) || c.start > PLURAL_ALONE_REACH) return false;
      return EXCLAIMED_PREFIX.test(blankWords(text.slice(0, c.start), 0, found.filter((w) => w.end <= c.start && QUALIFIER_KIND_SET.has(w.kind))));
    };
    if (account) {
      const yous = found.filter((y) => CUE_KINDS[y.kind].role === 'addressee' && !CALLED_YOU_BEFORE.test(text.slice(Math.max(0, y.start - 10), y.start)));
      for (const c of found) {
        const spec = CUE_KINDS[c.kind];
        if (spec.addressable !== true || found.some((o) => CUE_KINDS[o.kind].role === 'third-party' && o.end <= c.start && seg.sameSentence(o, c))) continue;
        const toYou = yous.some((y) => saidToYou(y, c, seg));
        const alone = spec.saidAlone === true && seg.sentencePrefix(c.start).trim() === '' && SENTENCE_ENDS.test(text.slice(c.end, c.end + 12));
        if (toYou || alone || pluralAlone(c)) addressed.add(c);
      }
    }
    const cues: Cues = new KindIndex(fromContext ? found.filter((c) => (open(c) || addressed.has(c)) && !pointers.includes(c)) : found);
    // The account answered stands at the start of each sentence that speaks to it.
    if (addressed.size > 0) {
      const starts = new Set([...addressed].map((c) => seg.sentenceStartOf(c.start, STRETCH)));
      targetHits = [...targetHits, ...[...starts].map((at) => ({ start: at, end: at, text: '', kind: account!, answered: true }))].sort((a, b) => a.start - b.start);
    }
    if (pointers.length > 0) targetHits = [...targetHits, ...pointers.map((p) => ({ ...targetHits[0]!, start: p.start, end: p.end, text: p.text, ref: true }))].sort((a, b) => a.start - b.start);
    if (groupRefs.length > 0) targetHits = [...targetHits, ...groupRefs.map((g) => ({ ...targetHits[0]!, start: g.start, end: g.end, text: g.text, ref: true }))].sort((a, b) => a.start - b.start);
    // "造假视频…，这种人太心机了": a reply that names a person or party of its own in its first sentence is about them,
    // not about the post it answers.
    if (fromContext && allWithRole(cues, 'third-party').some((c) => CUE_KINDS[c.kind].namesReplySubject && seg.sentenceIndex(c.start) === 0)) return;
    // "又是一群韭菜" under a post about the brand: an insult noun for people in the first sentence means its buyers,
    // unless the author counts themself among them ("我也是韭菜").
    // The buyers stand at the start of that noun's clause when only adverbs come before it there ("涨吧涨吧，反正冤大头
    // 多的是"); a clause with more before the noun has a subject of its own (黄牛才是冤大头, "they are idiots").
    const buyersNoun = fromContext && targetHits[0]!.kind === 'brand' ? allWithRole(cues, 'people-noun').find((c) => seg.sentenceIndex(c.start) === 0) : undefined;
    if (buyersNoun && !allWithRole(cues, 'self').some((me) => seg.sentenceIndex(me.start) === 0)) {
      const at = ADVERBS_ONLY.test(seg.clausePrefix(buyersNoun.start)) ? seg.clauseStartOf(buyersNoun.start) : 0;
      targetHits = [...targetHits, { ...targetHits[0]!, start: at, end: at, kind: 'fans' as const }].sort((a, b) => a.start - b.start);
    }
    // A reply goes on about what it answers sentence after sentence ("Of course they did. Crooks, the whole lot of
    // them."), until it names a party or group of its own: each sentence up to then opens with the context's target.
    // A pronoun in those sentences is the target too ("信它的人都是傻子": its believers; "they are crooks").
    if (fromContext) {
      const openings = sentenceOpenings(text, seg, cues, targetHits[0]!);
      const last = openings.length > 0 ? seg.sentenceIndex(openings[openings.length - 1]!.start) : 0;
      // Where each sentence first names a party or group of its own: a pronoun after it there may be about them.
      const firstOther = new Map<number, number>();
      for (const role of GROUP_ROLES) for (const o of allWithRole(cues, role)) {
        const s = seg.sentenceIndex(o.start);
        if (!(o.end >= (firstOther.get(s) ?? Infinity))) firstOther.set(s, o.end);
      }
      const pointing = pronounHits.filter((r) => seg.sentenceIndex(r.start) <= last && r.start < (firstOther.get(seg.sentenceIndex(r.start)) ?? Infinity));
      targetHits = [...targetHits, ...openings, ...pointing.map((r) => ({ ...targetHits[0]!, start: r.start, end: r.end, text: r.text }))].sort((a, b) => a.start - b.start);
    }
    const proper = properNouns(post.text, normalized, from);
    // A word of the post written as a word, not read from an emoji that stands in for it (🤡 for 小丑); in a post written
    // in Chinese the emoji takes a word's place (一群🤡在抢小米SU7), in English it is a reaction beside the words.
    let chinese: boolean | undefined;
    const inWords = (h: Hit) => !isEmojiStart(post.text.charCodeAt(normalized.map[from + h.start]!)) || (chinese ??= CJK_CHAR.test(post.text));
    const refined = withPronouns(text, refineTargets(text, withGroupRefs(text, targetHits, cues, seg), cues, seg, inWords), cues, seg, proper);
    // A pronoun that points back is the name again, not another name between it and a cue: it stays out of the
    // index the pairing consults, and is tried after the names, for the cues they left.
    const pointing = refined.filter((t) => t.pronoun === true);
    const all = new HitIndex(pointing.length > 0 ? refined.filter((t) => t.pronoun !== true) : refined);
    const own = [...all.items.filter((t) => t.kind !== 'rival'), ...pointing];
    const usedCues: CueHit[] = [];
    const kept: { rule: Rule; cue: CueHit }[] = [];
    const reported = reportedSpeech(cues, seg, text, attributedToOthers(text, targetHits, cues, seg), passiveReports(cues, seg, text), attributionTails(cues, seg, text));
    // "the 'Samsung users are poor' jokes are cringe": a name inside a quoted phrase (more than the name: not the
    // scare quotes of “小米”就是骗子) is mentioned; a cue outside the quotation is not said of it.
    let speech: Uint8Array | null | undefined;
    const quotedAway = (target: Hit, cue: Hit): boolean => {
      if (speech === undefined) speech = quotedSpeech(text);
      if (speech === null || speech[target.start] !== 1 || speech[cue.start] === 1) return false;
      let from = target.start;
      let to = target.end;
      while (from > 0 && speech[from - 1] === 1) from--;
      while (to < text.length && speech[to] === 1) to++;
      return to - from > target.end - target.start + 3;
    };
    // 有人骂我“果蛆收钱洗地”, 'someone called me "an isheep"': words quoted after a verb of saying are the
    // speaker's, not the author's (unless the author is the speaker: 我早就说“…”).
    const quotedSaying = (target: Hit): boolean => {
      if (speech === undefined) speech = quotedSpeech(text);
      if (speech === null || speech[target.start] !== 1) return false;
      let open = target.start;
      while (open > 0 && speech[open - 1] === 1) open--;
      open--;
      let close = target.end;
      while (close < text.length && speech[close] === 1) close++;
      // …，说得太对了: the author agrees with what was quoted.
      if (withRole(cues, 'endorse', close, close + RADIUS).some((e) => e.start >= close && seg.sameSentenceAt(close, e.start))) return false;
      return QUOTING_ROLES.some((role) =>
        withRole(cues, role, open - QUOTE_INTRO_REACH, open).some(
          (v) => v.end <= open && QUOTE_INTRO_GAP.test(text.slice(v.end, open)) && !withRole(cues, 'self', v.start - 6, v.start).some((me) => me.end <= v.start && seg.strictlySameClause(me, v)),
        ),
      );
    };
    const saidByName = attributedToName([...targetHits, ...refined.filter((t) => t.pronoun !== true && t.ref !== true)], cues, seg);
    const bySayers = saidBySayers(cues, seg, text);
    const shift = (h: Hit): Hit => ({ start: h.start + from, end: h.end + from, text: h.text });
    if (trace) {
      trace.fromContext ||= fromContext;
      for (const t of refined) trace.targets.push({ text: t.text, kind: t.kind, start: t.start + from, end: t.end + from, ...(t.answered ? { answered: true as const } : {}) });
      for (const kind of Object.keys(CUE_KINDS) as CueKind[]) for (const c of cues.all(kind)) trace.cues.push({ text: c.text, kind, start: c.start + from, end: c.end + from });
    }
    const note = (rule: Rule, target: TargetHit, cue: CueHit, outcome: 'kept' | DropReason): void => {
      trace?.pairings.push({ rule: rule.id, target: target.text, targetKind: target.kind, cue: cue.text, cueKind: cue.kind, outcome });
    };

    // Constructions: what they move from one name to another is not said of the first name. Their findings come
    // after the ordinary pairings, for the targets those left without one (which quote closer evidence).
    const constructed = matchConstructions(text, all, cues);
    // A name a construction moves the cue away from (the brand in "X won't die; its fans will", the fans in
    // "X 把米粉当韭菜割") does not take that cue.
    const movedFrom = (target: Hit, cue: Hit) => constructed.some((m) => overlaps(m.cue, cue) && m.moved.some((t) => overlaps(t, target)));
    const firstFinding = findings.length;

    for (const rule of activeRules) {
      for (const target of own) {
        if (!(rule.on as readonly string[]).includes(target.kind)) continue;
        if ((perRule.get(rule.id) ?? 0) >= MAX_PER_RULE) break;
        if (rule.cues.length === 0) {
          // "那些骂米粉是米猴的人": a slur inside the clause about the people who say it is their word.
          // "yes i'm an iSheep and i'll upgrade on day one", 我就是果蛆怎么了: the author takes the name for themself.
          if (reported(target.start) || fromContext || mentioned(target, cues, seg, text) || bySayers(target, target) || selfNamed(target, cues, seg, text) || quotedSaying(target)) continue;
          findings.push(makeFinding(post, normalized, rule, shift(target), shift(target)));
          perRule.set(rule.id, (perRule.get(rule.id) ?? 0) + 1);
          continue;
        }
        const kinds = rule.cuesFor?.[target.kind as TargetKind] ?? rule.cues;
        // One merged lookup per rule and target (cached per stretch), copied since `outermost` sorts in place.
        const near = kinds.length === 1 ? cues.of(kinds[0]!, target.start - RADIUS, target.end + RADIUS) : cues.ofAny(kinds, target.start - RADIUS, target.end + RADIUS);
        if (near.length === 0) continue;
        const candidates = outermost(near.slice()).sort((a, b) => a.end - b.end);
        for (const cue of candidates) {
          const dropped: DropReason | null =
            // A word for the company that holds the referring noun (这种不负责任的垃圾公司) is said of it.
            overlaps(cue, target) && !CUE_KINDS[cue.kind].mayOverlapTarget && !(target.ref === true && target.kind === 'brand' && cue.end === target.end) ? 'overlaps-target'
            : (rule.leavesUsedCues && usedCues.some((u) => overlaps(u, cue))) || (target.pronoun === true && kept.some((k) => k.rule === rule && k.cue === cue)) ? 'cue-used'
            : movedFrom(target, cue) ? 'moved-by-construction'
            // Words said to the account answered are its alone, and it takes no other words.
            : addressed.size > 0 && addressed.has(cue) !== (target.answered === true) ? 'not-addressed'
            : target.mayBeThing === true && !(CUE_KINDS[cue.kind].personal || CUE_KINDS[cue.kind].contextual) ? 'pronoun-may-be-a-thing'
            : pairs(rule, target, cue, all, cues, seg, text, proper, ownAccount) ?? (negated(cue, cues, seg, text, needsWish(rule, cue.kind)) ? 'negated' : supposed(target, cue, cues, seg) ? 'supposed' : answeredNo(cue, cues, seg, text) ? 'answered-no' : rebutted(cue, cues, seg, text) ? 'rebutted'
              : reported(Math.min(cue.start, target.start)) || reported(cue.start) || bySayers(target, cue) || quotedAway(target, cue) || (quotedSaying(target) && speech?.[cue.start] === 1) ? 'reported-speech' : saidByName(cue) ? 'said-by-name' : null);
          if (dropped) {
            note(rule, target, cue, dropped);
            continue;
          }
          note(rule, target, cue, 'kept');
          kept.push({ rule, cue });
          findings.push(fromContext ? makeFinding(post, normalized, rule, shift(cue), shift(cue), 'context') : makeFinding(post, normalized, rule, shift(target), shift(cue)));
          if (rule.severity !== 'info') usedCues.push(cue);
          perRule.set(rule.id, (perRule.get(rule.id) ?? 0) + 1);
          break;
        }
      }
    }
    for (const m of constructed) {
      const target = shift(m.target);
      const span = toOriginalSpan(normalized, target.start, target.end, post.text);
      const covered = findings.slice(firstFinding).some((f) => f.ruleId === m.rule.id && f.span.start < span.end && span.start < f.span.end);
      if (covered || (perRule.get(m.rule.id) ?? 0) >= MAX_PER_RULE) continue;
      const outcome = reported(m.target.start) ? 'reported-speech' : m.construction.negatable && ('kind' in m.cue ? negated(m.cue as CueHit, cues, seg, text, needsWish(m.rule, (m.cue as CueHit).kind)) : wordsNegated(m.cue, cues, seg)) ? 'negated'
        : m.construction.notInQuestion && (seg.isQuestion(m.cue.start) || answeredNo(m.cue as CueHit, cues, seg, text)) ? 'asked' : 'kept';
      trace?.pairings.push({ rule: m.rule.id, target: m.target.text, targetKind: m.targetKind, cue: m.cue.text, cueKind: 'kind' in m.cue ? (m.cue as CueHit).kind : 'words', outcome });
      if (outcome !== 'kept') continue;
      findings.push(makeFinding(post, normalized, m.rule, shift(m.target), shift(m.cue)));
      perRule.set(m.rule.id, (perRule.get(m.rule.id) ?? 0) + 1);
    }
  }

  /**
   * A reply or repost whose own words name no target ("又是这个骗子") may be about what it answers. When the
   * context names one of the brand's own terms, its first sentence is read as said of that target; the finding
   * quotes only the post's own words and says where the target came from.
   */
  function scanWithContext(post: Post): readonly Finding[] {
    const context = post.context!.text;
    // Whom the reply answers: one of the brand's own accounts (@SamsungMobile, @tim_cook), whatever its post says.
    const account = post.context!.author ? accountKind(post.context!.author) : undefined;
    // (Its "you" is the account's only in a reply: a quote or repost speaks to the author's own readers.)
    const length = normalizer.foldUnits(context);
    let kind: TargetKind | undefined = account;
    let addressee = post.context!.kind === 'reply' ? account : undefined;
    let contextText = '';
    if (!account) {
      if (!ownTerms.occursIn(normalizer.units, length)) return NO_FINDINGS;
      contextText = normalizer.result(length).text;
      const all = findTargets(contextText);
      const named = all.filter((t) => t.kind !== 'rival');
      if (named.length === 0 || all.some((t) => t.kind === 'rival')) return NO_FINDINGS;
      const first = named[0]!.kind as TargetKind;
      // "小米CEO雷军：…": the executive who speaks in the post is whom it is about.
      kind = named.some((t) => t.kind === 'executive' && SPEAKER_AFTER.test(contextText.slice(t.end, t.end + 3))) ? 'executive' : first === 'product' ? 'brand' : first;
    }
    const normalized = normalizer.normalize(post.text);
    // "exactly this 💯" under "samsung is a scam company": a reply that does nothing but agree makes the post it answers
    // its own (not one that answers one of the brand's own accounts: that is the brand speaking).
    if (!account && onlyAgrees(normalized.text)) return agreeing(post);
    // A reply that names a rival brand has a subject of its own ("huawei does it too. they are crooks").
    if (findTargets(normalized.text).some((t) => t.kind === 'rival')) return NO_FINDINGS;
    // Its "these clowns" may point at whom the context is about when the context names no people of its own and tells
    // of no act of the brand's against others (sues, removes, bans: "these clowns" are those).
    contextNamesOthers = ACTS_ON_OTHERS.test(contextText) || OTHER_BUSINESS_IN_NEWS.test(contextText);
    contextGroupsPointBack = !account && PLURAL_POINTER.test(normalized.text) && !ACTS_ON_OTHERS.test(contextText) &&
      !findCues(contextText, []).some((c) => CONTEXT_PEOPLE_ROLES.has(CUE_KINDS[c.kind].role));
    // A reply opened by handles speaks to them: to the author answered only when one of them is that author.
    const handles = REPLY_HANDLES.exec(normalized.text)?.[0];
    if (handles && addressee) {
      const author = post.context!.author ? normalizer.normalize(post.context!.author).text.trim().replace(/^@/, '') : undefined;
      if (!author || !handles.split('@').some((h) => h.trim().replace(/^回复/, '') === author)) addressee = undefined;
    }
    const end = Math.min(normalized.text.length, STRETCH);
    const findings: Finding[] = [];
    scanStretch(post, normalized, 0, end, new Map(), findings, [{ start: 0, end: 0, text: '', kind: kind! }], true, addressee);
    if (findings.length === 0) return NO_FINDINGS;
    // The brand and its buyers both stand for the context: one finding per quoted word, the most serious.
    const rank = (f: Finding) => SEVERITY_RANK.indexOf(f.severity);
    const same = (a: Finding, b: Finding) => a.span.start === b.span.start && a.span.end === b.span.end;
    return findings.filter((f, i) => !findings.some((o, j) => j !== i && same(o, f) && (rank(o) < rank(f) || (rank(o) === rank(f) && j < i))));
  }

  /**
   * The findings of a post that only agrees with its context: each hostile rule the context's own words meet (scanned as
   * a post of its own), once, quoted in the reply's words, with the context's words beside them.
   */
  function agreeing(post: Post): readonly Finding[] {
    const context = post.context!.text;
    const contextText = normalizer.normalize(context).text;
    if (findCues(contextText, []).some((c) => NOT_PLAIN_ROLES.has(CUE_KINDS[c.kind].role)) || OTHER_BUSINESS_IN_NEWS.test(contextText)) return NO_FINDINGS;
    const saved = trace;
    trace = null;
    let said: readonly Finding[];
    try {
      said = scan({ id: post.id, text: context });
    } finally {
      trace = saved;
      scannedContext = context;
    }
    const normalized = normalizer.normalize(post.text);
    const text = normalized.text;
    const start = text.search(/\S/);
    const words: Hit = { start, end: text.trimEnd().length, text: text.trim() };
    const findings: Finding[] = [];
    for (const f of said) {
      const rule = activeRules.find((r) => r.id === f.ruleId);
      if (!rule || rule.notByAgreement === true || !isHostile(f.severity) || findings.some((o) => o.ruleId === f.ruleId)) continue;
      const finding = makeFinding(post, normalized, rule, { start, end: start, text: '' }, words, 'context');
      finding.severity = f.severity;
      finding.agrees = { quote: f.matched.length > AGREED_QUOTE_MAX ? `${f.matched.slice(0, AGREED_QUOTE_MAX - 1)}…` : f.matched };
      findings.push(finding);
      if (trace) {
        trace.fromContext = true;
        if (!trace.targets.some((t) => t.text === '' && t.kind === f.target)) trace.targets.push({ text: '', kind: f.target, start: 0, end: 0 });
        trace.pairings.push({ rule: rule.id, target: '', targetKind: f.target, cue: words.text, cueKind: 'agreement', outcome: 'kept' });
      }
    }
    return findings.length > 0 ? findings : NO_FINDINGS;
  }

  /**
   * Is a handle one of the brand's own accounts: a term of the brand's, alone or with a word an official account
   * adds (@SamsungMobile, @AppleSupport, @XiaomiIndia, 华为终端, @tim_cook)? Then the kind of that term (a product's
   * account is the company's). Not a handle that only holds the name (@AppleInsider, @xiaomi_fans_club).
   */
  function accountKind(author: string): TargetKind | undefined {
    const handle = normalizer.normalize(author).text.trim().replace(/^@/, '');
    if (handle.length > HANDLE_MAX) return undefined;
    let kind: TargetKind | undefined;
    targets.scan(handle, (id, end) => {
      const info = targetInfo[id]!;
      const k = info.kind;
      // Not a word with another sense (galaxy, pixel, 小米 the grain or a pet's name is nobody's account).
      if (k === undefined || k === 'rival' || info.ambiguous === true || info.chineseOnly === true || info.weighsSense || info.roles.some((r) => r === 'homonym' || r === 'context')) return;
      const start = end - targets.patternLength(id);
      if (start !== 0 || !OFFICIAL_REST.test(handle.slice(end))) return;
      if (kind === undefined || k === 'executive') kind = k === 'product' ? 'brand' : k === 'fans' ? undefined : k;
    });
    return kind;
  }

  /** Does an account's handle hold one of the brand's own terms, however it is run together (@samsungindia)? */
  function ownAccount(handle: string): boolean {
    let own = false;
    targets.scan(handle, (id) => {
      const kind = targetInfo[id]!.kind;
      if (kind !== undefined && kind !== 'rival') own = true;
    });
    return own;
  }

  /** Set only while `explain` runs: every step of the scan is written here. */
  let trace: Omit<Explanation, 'findings' | 'normalized'> | null = null;

  function explain(post: Post): Explanation {
    trace = { targets: [], cues: [], pairings: [], fromContext: false };
    try {
      const findings = scan(post);
      return { normalized: normalizer.normalize(post.text).text, ...trace, findings };
    } finally {
      trace = null;
    }
  }

  function scan(post: Post): readonly Finding[] {
    scannedContext = post.context?.text;
    // Most posts name no brand term at all: for them, fold and one automaton pass, and no string is built.
    const length = normalizer.foldUnits(post.text);
    if (!ownTerms.occursIn(normalizer.units, length)) return post.context?.text || post.context?.author ? scanWithContext(post) : NO_FINDINGS;
    const normalized = normalizer.result(length);
    const text = normalized.text;
    // Whole-word brand terms of this brand, not a rival's, or the post is done.
    const named = findTargets(text);
    if (!named.some((t) => t.kind !== 'rival')) return post.context?.text || post.context?.author ? scanWithContext(post) : NO_FINDINGS;
    const findings: Finding[] = [];
    const perRule = new Map<string, number>();
    if (text.length <= STRETCH) {
      scanStretch(post, normalized, 0, text.length, perRule, findings, named);
      return distinct(findings);
    }
    for (let from = 0; from < text.length; ) {
      const to = stretchEnd(text, from);
      scanStretch(post, normalized, from, to, perRule, findings);
      from = to;
    }
    return distinct(findings);
  }

  return { scan, explain };
}

/** After a curse that is its sentence alone: marks, emoji and spaces, then the sentence's end or the text's (no comma). */
const SENTENCE_ENDS = /^[^a-z0-9\u3400-\u9fff,;:]*(?:[.!?]|$)/;
/** Before "you": a verb that calls or names someone, so "you" is its object ("don't let anyone call you an idiot"). */
const CALLED_YOU_BEFORE = /(?:\b(?:call|calls|called|calling|name|names|named|label|labels|labeled)\s+|叫|说|骂)$/;
/** How far into a reply its opening pointer (这人, 此人) may stand, and what may come before it: an interjection. */
const REPLY_OPENING_REACH = 16;
const REPLY_OPENING = /^[\s,.!?…~]*(?:(?:又来|又是|呵呵|哈哈+|笑死|lol|lmao|wow|ugh|omg|yikes|bruh|again)[\s,.!?…~]*)?$/;
/** Before a noun in its clause: adverbs only (反正, 总有), so the noun opens the clause's say. */
const ADVERBS_ONLY = /^\s*(?:反正|总有|又|还|都|全|果然|毕竟|真|也|就|只有|一群|一帮|一堆|这么多|那么多|多少)*\s*$/;

/**
 * "you" said to in a cue's clause: right before it (a word or two between at most: "you people are clowns"), or
 * inside it ("fuck you").
 */
function saidToYou(y: Hit, c: Hit, seg: Segmentation): boolean {
  return (y.end <= c.start && seg.strictlySameClause(y, c) && seg.tokenDistance(y, c) <= 2) || (y.start >= c.start && y.end <= c.end) || (y.start < c.start && y.end > c.start && y.end <= c.end);
}
/** What an official account adds to the brand's name in its handle (@SamsungMobile, @AppleSupport, 华为终端, 小米公司). */
const OFFICIAL_REST = /^[\s_.-]*(?:(?:support|mobile|official|global|news|care|help|india|in|us|usa|uk|eu|de|fr|es|it|jp|kr|cn|china|官方|官微|客服|中国|手机|公司|终端|集团)[\s_.-]*)?$/;
/** The longest handle read as an account (X allows 15 characters, Weibo 30): a longer "author" is no handle. */
const HANDLE_MAX = 64;
/** Handles opening a reply, as X writes them ("@a @b …") and as Weibo does (回复@张三：…). */
const REPLY_HANDLES = /^\s*(?:回复\s*)?(?:@[^\s:,@]+\s*)+/;
/** After a name in the post answered: a colon, so the name is whom the post quotes (雷军：…, "Tim Cook: …"). */
const SPEAKER_AFTER = /^\s*[:：]/;

/** After a name, the rest of its clause: a copula and a short complement, then the clause's comma (就是个组装厂，). */
const COPULA_CLAUSE = /^\s*(?:本来就|根本就|就|也|真|只|还|不过)?(?:是|算)(?![^,.!?;:]*[我你他她])[^,.!?;:]{1,12},\s*$/;
/** Before a judgement that is its clause: degree words only. */
const JUDGEMENT_OPENS = /^\s*(?:真|太|简直|真是|就是|完全|纯粹|更是|也|一样|实在|特别|非常|十分|极其|根本)*\s*$/;
/** After it: a final particle, then the end of the clause. */
const JUDGEMENT_ENDS = /^[了的啊吧呀嘛啦\s]*(?:[,.!?;:…~]|$|\p{Extended_Pictographic})/u;
/**
 * Between a cue and a name after it: a denied copula, in a pseudo-cleft ("我恨的不是小米", "讨厌的并不是华为") or right
 * after the word ("骗子不是小米，是那些冒充客服的人", "the crooks aren't xiaomi, it's the carrier").
 */
const DENIED_CLEFT = /^\s*的?(?:并|从来|根本|绝对|可)?不是\s*$|^\s*(?:is|are|was|were)\s+not\s*$|^\s*(?:isn'?t|aren'?t|wasn'?t|weren'?t)\s*$/;
/**
 * After the name a denial was said of: it is asserted after all, as one of two (不是米粉就是果粉), as one of many (不是小米
 * 一家), or in a question (不是小米吗, 不是米粉是什么, 不是小米难道是我).
 */
const STILL_SAID_AFTER = /^\s*的?(?:就是|便是|吗|么|嘛|一家|一个|是什么|是啥|难道|还能是|那是谁)/;
/** In a death word's clause, after the name: a causative with an object of its own (let old macs, 让老机型); not
 * 让人 ("makes one…", 小米让人恶心), nor "leave" (hope xiaomi leaves india and goes bankrupt). */
const CAUSATIVE_BETWEEN = /(?:\b(?:let|lets|letting)\s+(?!(?:it|itself|them|themselves|us|me)\b)[a-z]|让(?!它|自己|我们|我|人|大家|用户|消费者)[\u4e00-\u9fff])/;
/** After "抵制小米": 的 and a pointed group (的那帮人, 的这些): those who do it, a group of their own. */
const SAYERS_POINTED = new RegExp(`^的${POINTED_GROUP}`);
/** Right before a name: a denial (不是, 并不是). */
const NOT_BEFORE = /(?:不是|并不是|并非)\s*$/;
/** Between that name and a cue: its clause ends and the next opens with 是 or 而是 (the contrast's other side). */
const INSTEAD_AFTER = /^\s*[,;]\s*(?:而|倒|只|就)?是/;
/** After the name in such a cleft: "who else?" makes it rhetorical (最恶心的不是小米是谁, 不是小米还能是谁). */
const WHO_ELSE = /^\s*(?:又|还|那)?(?:能|会)?是谁|^\s*还有谁/;
/** After a name: 的 and a noun it owns (米粉的鬼, 小米的错); not the end of a clause. */
const POSSESSED_AFTER = /^\s*的[\u4e00-\u9fff]/;
/**
 * What may stand between a name and a predicate said of it: adverbs and copulas ("Apple honestly sucks", "苹果真的就是"),
 * and the name taken as what it is ("Huawei as a company is a disgrace", "apple as a brand is a joke").
 */
const SUBJECT_GAP = /^(?:[\s,@#]|as an? (?:company|brand|business|corporation|organi[sz]ation)|as a whole|all|guys|people|is|are|was|were|has|have|been|be|become|becoming|just|really|so|truly|honestly|totally|seriously|still|always|now|officially|literally|absolutely|kinda|pretty|fucking|fuckin|freaking|frickin|friggin|effing|damn|bloody|'s|’s|真的|就是|是|真|太|也|还|都|就会|只会|就知道|只知道|真能|很能|太能|又|又在|在|总是|一直|天天|整天|纯属|纯粹)*$/;

/**
 * An English copula and what may stand between it and a predicate ("was such a joke", "is literally a joke"), with the
 * word before it, its subject.
 */
const COPULA_SUBJECT = /([a-z][a-z'’]*)\s+(?:is|was|are|were|has been|have been|'s)\s+(?:(?:so|such|really|just|truly|totally|honestly|literally|absolutely|pretty|a|an|the|fucking|still|always|now|kind of|kinda)\s+)*$/;
/** Possessive forms of "you": they own a thing rather than call someone. */
const OWNING_YOU = /^(?:your|ur|yours|ya)$/;
/** The handles a post opens with (a reply or a mention: "@verizon @att you…"). */
const OPENING_HANDLES = /^(?:\s*@[a-z0-9_.]+)+/;
/**
 * Between a name and a word for people: a passive with its agent ("were harassed by some drunk …"); not the verbs that
 * say who makes up a company ("staffed by idiots", "run by clowns").
 */
const PASSIVE_BY = /\b(?:is|are|was|were|got|get|gets|being|been)\s+(?:[a-z]+\s+){0,2}?(?!(?:staffed|run|managed|owned|led|operated|headed|filled|infested|controlled|ruled|dominated|steered)\b)[a-z]+(?:ed|en)\s+by\s+(?:[a-z]+\s+){0,3}$/;
/** After the agent of 被, perhaps after its noun: a verb of running the company (管着, 运营, 高管管着): the agent is the company's own. */
const AGENT_RUNS_ZH = /^\s*(?:[\u4e00-\u9fff]{1,3}?)?(?:管着|管理|管|运营|经营|领导|掌控|控制|把持|主导|统治|带领)/;
/** Right after an insult: a word for a person of their own, whom it describes (傻逼顾客, 脑残司机, 奇葩网友). */
const OTHER_PERSON_AFTER_ZH = /^(?:顾客|客人|路人|乘客|司机|大妈|大爷|老头|老太|网友|博主|主播|记者|黄牛|亲戚|邻居|室友|同学|小孩|熊孩子)/;
/** Before an insult: a copula and a count (都是些, 全是一群): the insult and its noun are said of the subject. */
const PREDICATE_BEFORE_ZH = /是\s*(?:一群|一帮|一个|个|些|一些|群)?\s*$/;
/** Between 被 and a word for people: at most a count or a pointer (被一个傻逼顾客, 被那些喷子). */
const AGENT_NEXT_ZH = /^\s*(?:一个|几个|某个|一些|一位|一群|一帮|个|些|那个|这个|那些|这些|那帮|这帮)?\s*$/;
/** A wish led by a modal: "can rot", "should die", "deserves to die". */
const MODAL_LED = /^(?:can|should|must|deserves?|needs?|ought|gotta|will)\b/;
/** The last English word before it, adverbs after it aside ("verizon can choke", "verizon honestly can choke"). */
const WORD_BEFORE = /(?:^|[^a-z0-9_'’])([a-z][a-z0-9_'’-]*)\s+(?:(?:all|just|really|also|too|both|simply|honestly|seriously|literally|now)\s+)*$/;
/** A verb between a name and the last word of a subject: the two are in clauses of their own ("google's setup was smooth and verizon"). */
const VERB_BETWEEN = /\b(?:is|are|was|were|be|been|has|have|had|got|gets|did|does|do|will|would|should|could|can|may|might|isn't|wasn't|aren't|weren't|doesn't|didn't)\b/;
/** Subjects that are the name again or its people: pronouns, words for a company, its fans or its staff. */
const POINTS_BACK_OR_OURS = /^(?:they|it|them|you|u|ya|y'all|yall|he|she|we|guys|folks|both|all|everyone|everybody|execs?|executives?|ceos?|boss|bosses|management|board|fans|fanboys|fanbois|stans|users|owners|buyers|customers|people|ppl|company|corporation|brand|lot|bunch|employees|staff|devs|engineers|team|shareholders|investors|themselves|itself|yourselves)$/;
/** Right before a name: the comparison 比 (A比B…), not 对比 or 无比. */
/** Between a product and a noun for people: the product is the noun's subject or is called it ("the app is a moron", "siri you idiot", 这手机就是个傻子). */
const THING_IS = /^\s*(?:,?\s*(?:you|u)\s+|(?:is|was|'s|’s)\s+(?:(?:such|just|really|truly|literally|totally|a\s+complete|an\s+absolute)\s+)*(?:an?\s+(?:\w+\s+)?)?|(?:(?:这个|这款|这台|这部|的)[\u4e00-\u9fff]{1,6})?(?:真|就|简直|真的)*是(?:个|一个)?)$/i;
/** Before such a product: nothing else in its clause but a determiner ("my", "the", 我的, 这个), so it is the subject. */
const THING_FIRST = /^(?:[\s@#]|my|the|this|that|your|our|his|her|their|stupid|dumb|damn|我的|我这个|我这|这个|这|那个|那)*$/i;
/** "你就知道什么叫…", 让你见识什么是…: the words after it show what the topic is; the 你 before is the onlooker. */
const KNOWING_FRAME = /(?:知道|明白|懂得?|见识|体会|感受|领教|看看|瞧瞧)(?:到|了|一下)*(?:什么叫做?|什么是|啥叫|啥是|何为|何谓)/;
/** A brand name that is the company as such (苹果公司, 小米集团). */
const COMPANY_NAME = /(?:公司|集团)$/;
/** Right before a noun for a person: "the", "this", "that" make it one person of its own ("the idiot next to me"). */
const SOMEONE_BEFORE = /(?:^|\s)(?:the|this|that)\s+$/;
/** A determiner of one person, and perhaps an adjective, before an insult ("some idiot", "a drunk moron"). */
const ONE_PERSON_BEFORE = /(?:^|\s)(?:some|a|an|the|this|that|one)\s+(?:[a-z]+\s+)?$/;
/** Between such an insult and the name: "at" or "from" the name itself, the name's own place of work. */
const AT_THE_NAME = /^\s+(?:at|from)\s+(?:the\s+)?$/;
/** A place right after it ("… on google maps", "… at the bus stop"). */
const PLACED_AFTER = /^\s+(?:on|at|in|from|outside|inside|near)\s/;
/** People placed beside the author: next to me, behind us, in front of me. */
const BESIDE = '(?:next to|behind|beside|in front of|across from|across the aisle from|ahead of)\\s+(?:me|us)\\b';
const BESIDE_ME = new RegExp(`\\b${BESIDE}`);
/** The same right after an insult ("the drunk moron next to me on @united"). */
const BESIDE_ME_AFTER = new RegExp(`^\\s+(?:(?:sitting|seated|standing)\\s+)?${BESIDE}`);
/** A copula between a name and such a noun links them ("@united is the idiot here"). */
const COPULA_BETWEEN = /\b(?:is|are|was|were|be|'s|’s)\b/;
/**
 * Right after a party, up to a name: a relative clause it heads whose verb makes it a trader or a thief of the thing
 * ("the seller who sold me a…", "the guy who stole my iphone"), no clause break. Any other verb may make the party the
 * name's own: who runs, helps at, has, buys or lines up for it are its people, fans and buyers.
 */
const RELATIVE_OPEN = /^\s+(?:who|that)\s+(?:(?:just|also|then|once|had)\s+)?(?:sold|sells|resold|resells|flipped|stole|steals|shipped|delivered|listed|scammed|ripped|robbed|tried to sell|gave|swapped)\b[^,;:.!?]*$/;
const RELATIVE_REACH = 80;
/** After "抵制小米": a noun for the act (的行为, 的做法, 的声音): the opponents' act, not a call. */
const OPPONENTS_ACT = /^的(?:行为|做法|声音|言论|想法|运动|活动|号召|举动)/;
/** Right before such an act: the author taking it up (我支持抵制小米的行为 is a call of the author's own). */
const SUPPORTED = /(?:支持|赞成|赞同|拥护)\s*$/;
/** Roles of words that refer back to a company, its products or its fans. */
const REFERENCE_ROLES: ReadonlySet<CueRole | undefined> = new Set<CueRole>(['brand-ref', 'product-ref', 'fan-ref', 'staff-ref']);
/** Nouns a plural demonstrative in a reply may point back with: for people, dupes, wrongdoers (these clowns, these thieves). */
const POINTED_NOUN_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(['person', 'dupe', 'fraud']);
/** Words of a context that name people of its own, whom a reply's "these…" may mean instead. */
const CONTEXT_PEOPLE_ROLES: ReadonlySet<CueRole | undefined> = new Set<CueRole>(['third-party', 'people-noun', 'other-group', 'opponent-head']);
/** A plural demonstrative anywhere in a reply: only then is its context read for people of its own. */
const PLURAL_POINTER = /\b(?:these|those)\b|这帮|那帮|这群|那群|这些|那些|这伙|那伙/;
/** After a retraction (just kidding, /s): the end of its clause, give or take a mark. */
const CLOSES_CLAUSE = /^[\s!?.。！？~…)）]*(?:[,;:，；：\n]|$)/;
/** Doom words that are verbs said as an order (a noun, "@united Death in the family…", is not). */
const IMPERATIVE_DOOM = /^(?:go out of business|go bankrupt|die|perish|disappear|drop dead)$/;
/** After an adjective, the start of the fact it judges: "stupid that", "pathetic how". */
const FACT_AFTER = /^\s+(?:that|how|when)\b/i;
/** A Chinese character: a post with one is written (at least partly) in Chinese. */
const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A product name that is also an everyday English word (pixel, galaxy) names the product in English too where it is
 * what buyers buy or use ("anyone who buys a pixel", "people still using a galaxy"), as a whole noun phrase (not
 * "pixel fonts", "galaxy brain logic", "a mate 20 pints"), or whose users or fanboys it names ("pixel owners", "galaxy fanboys";
 * not "galaxy fans", "pixel fans": a football club's, pixel art's).
 */
function namedAsBought(text: string, start: number, end: number): boolean {
  const before = BOUGHT_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  // After a verb of using, only with an article: "using a pixel" is the phone, "using pixels instead of rem" a unit.
  if (before && USING.test(before[0]) && !ARTICLE_BEFORE.test(before[0])) return false;
  // "stop buying pixels for your game assets", "don't buy pixels in that nft game": a plural bought for or in something
  // is a unit; not one bought for people ("stop buying pixels for your kids").
  if (UNITS_AFTER.test(text.slice(end, end + 40))) return false;
  return (before !== null && PHRASE_ENDS_AFTER.test(text.slice(end, end + 16))) || USERS_AFTER.test(text.slice(end, end + 12));
}
const UNITS_AFTER = /^s\s+(?:in|on)\s+(?!\d)|^s\s+for\s+(?!(?:your|my|his|her|their|the|our)\s+(?:kids?|parents?|family|mom|mum|dad|wife|husband|children|son|daughter|grandparents?|grandma|grandpa)\b)/;
const USING = /\bus(?:e|es|ing)\b/;
const ARTICLE_BEFORE = /\b(?:a|an|the|another|new|used)\s+$/;
/** After the name, its noun phrase ends: a plural s, then a mark or a word that opens what comes next (is, in, after…). */
const PHRASE_ENDS_AFTER =
  /^s?(?:\s*$|\s*[^\sa-z0-9-]|\s+(?:is|are|was|were|in|after|for|because|since|anymore|again|still|every|this|these|now|and|or|but|lol|tbh|ngl|smh|imo|deserves?|needs?|should|must|will|would|can|could|has|have|had|who|that|when|if|just|then|today|either|too|nowadays)\b)/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One global pattern for a list of words: Latin ones whole (no letter or digit on either side), Chinese ones anywhere. */
function wordsPattern(words: readonly string[]): RegExp {
  const parts = [...new Set(words.filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((w) => `${/^[a-z0-9]/.test(w) ? '(?<![a-z0-9])' : ''}${escapeRegExp(w)}${/[a-z0-9]$/.test(w) ? '(?![a-z0-9])' : ''}`);
  return new RegExp(parts.join('|'), 'gu');
}
/** The longest reply read as nothing but agreement; what may be left of it once its words are taken (marks, emoji). */
const AGREEMENT_MAX = 60;
const AGREEMENT_REST = /^[\s\p{P}\p{M}\p{Cf}+%]*$/u;
/**
 * A context agreed with must say its words plainly: not report or attribute them (有人骂, "called", says), reject or deny
 * them, tell of someone suffering, or name a party or group of its own; vet's reading of such a post is the less sure
 * one, and agreement with it may be agreement with the report, the denial or the news.
 */
const NOT_PLAIN_ROLES: ReadonlySet<CueRole | undefined> = new Set<CueRole>(['report', 'attribution', 'attribution-passive', 'sayers', 'reject', 'negates-next', 'negates-sentence', 'negates-prev', 'answers-no', 'rhetorical', 'supposes', 'asks', 'retracts', 'suffers', 'third-party', 'other-group', 'opponent-head', 'mentions-next', 'mentions-prev', 'mentions-quoted', 'guards']);
/** How much of the context's words a finding that agrees with them quotes. */
const AGREED_QUOTE_MAX = 120;
/** Before the name: who buys it (buyer clauses), a verb of buying ("bought a pixel"), or a call not to ("don't buy a pixel"). */
const BOUGHT_BEFORE = new RegExp(`\\b(?:${[...CUES['buyer-clause'], ...CUES.buy, ...CUES['boycott-call']].filter((t) => /^[a-z]/.test(t)).map(escapeRegExp).join('|')})\\s+(?:(?:a|an|the|another|new|used)\\s+)*$`);
const USERS_AFTER = /^\s+(?:users|owners|buyers|fanboys|fanbois)\b/;
/**
 * After a brand name, up to the pejorative: a noun of a few characters ending in a character that makes device
 * and appliance nouns (洗地机, 净水器, 冰箱, 电饭煲, 台灯, 电动牙刷), then at most a few adverbs.
 */
const DEVICE_AFTER_NAME = /^(?:的|家的?)?[\u4e00-\u9fff]{0,4}(?:机|器|仪|箱|煲|锅|灯|扇|秤|刷|柜|车)(?:[真太很也都就是还又简直实在非常特别好]{0,4})$/;
/** What may come before a word in first (imperative) position: spaces, hashtag marks, the handles a reply opens with. */
const CLAUSE_START = /^(?:[\s#]|@[\w.]*)*$/;
/** An order's opening: the clause start, perhaps softened ("please ban xiaomi", "pls boycott them"). */
const IMPERATIVE_OPENING = /^(?:[\s#]|@[\w.]*|(?:please|pls|plz)\b)*$/;
/** Between a verb of wrongdoing and a name after it: the name is the agent of a passive ("ripped off by apple"). */
const PASSIVE_AGENT = /^\s*by\s*$/i;
/** "买小米被骗了": a buying verb right before the name makes it the thing bought, not the passive's subject. */
function boughtBefore(target: Hit, cues: Cues, text: string): boolean {
  return withRole(cues, 'buyer-pre', target.start - 8, target.start).some((c) => c.end <= target.start && /^\s*$/.test(text.slice(c.end, target.start)));
}
/** What may stand between a slur and the words that mention it: quotation marks, and whom it is said of (人家, 他们). */
const MENTION_GAP = /^[\s"“”'‘’「」『』]*(?:人家|他们|她们|别人|人|people|them)?[\s"“”'‘’「」『』]*$/;
/**
 * "别叫人家米猴了", "米猴这种叫法挺low的", 用“米猴”骂人的人素质真低: a slur spoken of as a word, to stop or condemn
 * its use, is mentioned, not used. A word for it alone is no condemnation (米猴这个称呼真贴切 uses it).
 */
function mentioned(slur: Hit, cues: Cues, seg: Segmentation, text: string): boolean {
  // "Crapple jokes in 2025?", 果蛆梗: jokes made with the word are talked about, the word is not said of anyone.
  if (JOKES_AFTER.test(text.slice(slur.end, slur.end + 8))) return true;
  // '"scamsung"? really?', “果蛆”？: the word quoted back as a question, to object to it.
  // Not when the author then says yes ('"Crapple"? Yep, that's exactly what they are.').
  if (QUOTE_OPENS.test(text.slice(Math.max(0, slur.start - 2), slur.start)) && ECHO_CLOSES.test(text.slice(slur.end, slur.end + 4)) && !withRole(cues, 'answers-yes', slur.end, slur.end + 16).some((a) => a.start >= slur.end)) return true;
  // 别叫…: only a name that ends its clause (别叫人家米猴了); 别叫米猴来洗地 summons them.
  if (NAME_ENDS_CLAUSE.test(text.slice(slur.end, slur.end + 6)) && withRole(cues, 'mentions-next', slur.start - 24, slur.start).some((m) => m.end <= slur.start && MENTION_GAP.test(text.slice(m.end, slur.start)))) return true;
  // “米猴”“雷猴”等词, “果蛆”一词: a quoted word listed as a word, in a report or a definition.
  // Not when the sentence calls the word apt (“米猴”一词形容小米用户再贴切不过).
  if (withRole(cues, 'mentions-quoted', slur.end, slur.end + QUOTED_LIST_REACH).some((m) => m.start >= slur.end && QUOTED_LIST_GAP.test(text.slice(slur.end, m.start)) &&
    !withRole(cues, 'endorse', m.end, seg.sentenceEnd(m.start)).some((e) => e.start >= m.end))) return true;
  const words = withRole(cues, 'mentions-prev', slur.end, slur.end + 3).filter((m) => m.start >= slur.end && MENTION_GAP.test(text.slice(slur.end, m.start)));
  // The rejection is of the word, in its clause (米猴这种叫法挺low的); in the next, it may insult the people (果蛆这个称呼很贴切，这帮人素质真低).
  return words.some((m) => withRole(cues, 'reject', m.end, m.end + RADIUS).some((r) => r.start >= m.end && seg.strictlySameClause(r, m)));
}
/** After a quoted slur, up to a noun for words: its closing quote, other quoted words (“米猴”“雷猴”), then 等, 之类 or 一 and a few modifiers (等侮辱性词汇). */
const QUOTED_LIST_GAP = /^["”'’」』](?:\s*[、,，和与及或]?\s*["“'‘「『][^"”'’」』]{1,8}["”'’」』])*\s*(?:等|之类的?|一)[\u4e00-\u9fff]{0,5}$/;
const QUOTED_LIST_REACH = 40;
/**
 * A verb, then "this" or "that" right before a pejorative: the verb's object. Not a copula, a conjunction, an adverb or a
 * contraction before it ("apple is this garbage", "google is basically this clown show", "it's this cult", "samsung has
 * become this joke").
 */
const DEMONSTRATIVE_OBJECT = /(?<![a-z'’])(?!(?:is|are|was|were|be|been|being|become|becomes|became|seems|seem|feels|looks|and|or|but|so|like|as|just|now|still|even|all)\s)[a-z]+(?<!ly)\s+(?:all\s+)?(?:this|that)\s+$/;
/** Verbs of saying whose quoted words after them are someone's speech. */
const QUOTING_ROLES: readonly CueRole[] = ['sayers', 'attribution', 'report', 'attribution-passive'];
/**
 * How far before the opening quote the verb may end, and what may stand between: whom it was said to or of (a
 * pronoun, or a short Chinese noun: 一堆人骂车主“…”), a colon, other quoted words said with it (骂车主“韭菜活该”“米猴不配”).
 */
const QUOTE_INTRO_REACH = 30;
const QUOTE_INTRO_GAP = /^\s*(?:我|我们|你|你们|他|她|他们|me|him|her|us|them|you|it|[\u4e00-\u9fff]{1,4})?\s*(?:是|成|做|为|as)?\s*[:：,，]?\s*(?:["“'‘「『][^"”'’」』]{1,12}["”'’」』]\s*[、,，和与]?\s*)*$/;
/** Between the object and "into the ground": a modal, a passive, one verb ("should be sued", "should all be launched", "fined") or nothing. */
const OBJECT_BEFORE_GAP = /^\s+(?:(?:should|must|needs? to|ought to|deserves? to|will|to|can)\s+(?:(?:just|all)\s+)?)?(?:(?:be|get|gets|got|been|getting)\s+)?(?:[a-z]+\s+)?$/;
/** Between the name and a word that needs it as topic: it suffered something (被, 被骂), or a thing of its was named. */
const TOPIC_LOST_ROLES: readonly CueRole[] = ['suffers', 'attribution-passive', 'aspect', 'product-ref'];
/** What may stand before a name that opens its clause as its topic: marks, a few discourse words (说到, 其实, 至于). */
const TOPIC_OPENING = /^[\s@#]*(?:说到|说起|提到|至于|关于|其实|反正|还是|这个|那个|这家|那家|the|so|and)?[\s,]*$/;
/** Parties that, named before a Chinese name in its clause, are the clause's subject. */
const OTHER_SUBJECT_ROLES: readonly CueRole[] = ['third-party', 'people-noun', 'opponent-head'];
/** Words that point at a thing or group of its own (那些山寨厂, 这些人) or name people: the object of the name's clause. */
const POINTED_OBJECT_ROLES: readonly CueRole[] = ['other-group', 'ref-determiner', 'people-noun', 'third-party'];
/** Before a name that an act is directed at: 对, 针对 (美国对华为的制裁). */
const TOWARD_BEFORE = /(?:对|针对|对于)\s*$/;
/** After it: 的 and an act done to it (sanctions, smears, fines), not a view of it (投诉, 评价: 消费者对小米的投诉都说明…). */
const ACT_TOWARD = /^\s*的\s*(?:制裁|打压|封锁|禁令|围剿|抹黑|攻击|污蔑|诋毁|造谣|封杀|限制|罚款|处罚|双标|偏见|歧视|围堵)/;
/** Right before an insult noun for people: 给/为/替 (给冤大头设计的): whom something is for. */
const FOR_WHOM_BEFORE = /(?:给|为|替)\s*$/;
/** A word that counts people, before a name and a head that names one of them ("every xiaomi buyer"). */
const ONE_COUNTED_BEFORE = /\b(?:every|any|each|no|one|an?|this|that|some|typical|average)\s+$/;
/** A kind that names one person only when counted ("every user", "a buyer"), with no count right before `at`. */
function uncounted(kind: CueKind, text: string, at: number): boolean {
  return CUE_KINDS[kind].counted === true && !ONE_COUNTED_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}
/** Right after a name: an event of the brand's (its people at it are not its staff). */
const EVENT_AFTER = /^\s*(?:launch|event|keynote|conference|presentation|show|expo|party|concert|premiere|unveiling)\b/;
/** Right after a slur: the jokes or memes made with it. */
const JOKES_AFTER = /^(?:["”'’]?\s+(?:jokes?|memes?|puns?)\b|["”'’]?(?:这个梗|这种梗|的梗|梗))/;
/** Right before a word quoted back: an opening quote. */
const QUOTE_OPENS = /["“'‘「『]\s*$/;
/** Right after it: the closing quote, then a question mark. */
const ECHO_CLOSES = /^\s*["”'’」』]\s*[?？]/;
/** After a name given to people: the end of the clause, perhaps after a particle or closing quote. */
const NAME_ENDS_CLAUSE = /^["”'’」』]?\s*(?:了|啦|吧|呢|啊|的)?\s*(?:行吗|好吗|好不好|行不行|可以吗)?\s*(?:$|[,.!?;，。！？；])/;

/** "被央视点名造假", "被用户发现虚假宣传": an agent who accuses or exposes (a few characters, so a short look). */
function accusingAgent(agent: string): boolean {
  return agent.length > 0 && ACCUSING_VERBS.some((v) => agent.includes(v));
}

/** Adverbs between a name and the passive it suffers (小米这次也是被…, 华为竟然遭遇…). */
const SUFFER_GAP = /^\s*(?:也|又|还|都|就|竟然|居然|再次|再一次|这次|这回|也是|又是|却|竟|曾|曾经|已经|差点|险些|不幸)*$/;
/** Between a wrongdoing word and the people after it: nothing, or "to" ("lying to its customers"); the possessive is in the name. */
const VICTIM_GAP = /^\s*(?:to\s+|of\s+)?$/i;
/** Between a comparative and the standard after it: "than", "than the", "than any". */
const THAN_GAP = /^\s+than\s+(?:the\s+|any\s+|most\s+|all\s+)?$/i;
/** Between the standard of a comparison and its predicate: nothing, or 还 / 更 (比华为坑多了, 比华为还坑, 比苹果更贵). */
const STILL_MORE = /^\s*(?:还要|还|更加|更|都)?\s*$/;
const COMPARED_WITH = /(?:^|[^对无好相])比$/;
/** Right after a name: the news or thread about it, where the people are its commenters (这条新闻底下, 评论区里). */
const THREAD_AFTER = /^\s*(?:这条|那条|这个|的)?(?:新闻|评论区|帖子|视频|微博|热搜|直播间|话题)(?:底下|下面|下边|里面|里|下)?/;
/** Before a call, in its sentence: whoever dislikes the thing is told to leave it (if you don't like X, 不喜欢就…). */
const IF_YOU_DISLIKE = /\bif (?:you|u|ya) (?:don't|dont|do not|dislike|hate)\b|不喜欢(?:的话)?(?:就|可以)?\s*$|不喜欢.{0,12}[,，]\s*(?:就|可以)?/;
/** Between a person of its own and the word that calls them so: a pointing word (楼上那个sb, 这人就是个傻子). */
const PERSON_NAMED_GAP = /^\s*(?:那个|这个|那位|这位|那种|的)?\s*(?:就是个|就是|是个|真是个)?\s*$/;
/** Before the standard of a comparison that follows the subject: 跟/和/与/同 (小米跟华为比…), perhaps after an adverb. */
const MEASURED_AGAINST = /(?:跟|和|与|同)$/;
/** Opening a clause: people of their own, by trade or role ("the reviewers who…", "tech reviewers calling…"), not its buyers or defenders. */
const OTHER_PEOPLE_OPEN = /^\s*(?:\w+\s+)?(?:(?:the|these|those|some|many|most|all)\s+)?(?:\w+\s+)?(?:reviewers|critics|journalists|reporters|analysts|youtubers|influencers|bloggers|hackers|thieves|scalpers|resellers|teachers|lawyers|politicians|officials|haters|trolls|kids|scammers)\b/;
/** Opening a clause: someone's opinion, the subject of what follows ("your take that…", "his argument that…"). */
const OPINION_OF = /\b(?:your|his|her|their)\s+(?:take|hot take|opinion|argument|logic|claim|theory)\s+that\s/;
/** Staff words that stay staff after a product name: its makers (devs, 客服) and its employees (店员, employees). */
const EMPLOYED_KINDS: readonly CueKind[] = ['maker', 'employee'];
/** After a product a boycott word is aimed at: the alternative taken instead ("… for firefox", ", use spotify", 换成…). */
const ALTERNATIVE_AFTER = /^\s*,?\s*(?:for|use|get|try|switch to|go with|and (?:use|get|try|switch to))\s+[a-z0-9]|^\s*[,，]?\s*(?:换成|换用|改用)/;
/** Verbs aimed at the object right after them (抵制, "don't buy", avoid). */
const OBJECT_AFTER_KINDS: readonly CueKind[] = (Object.keys(CUE_KINDS) as CueKind[]).filter((k) => CUE_KINDS[k].objectAfter === true);
/** Verbs of wrongdoing whose object is their victim (robbed, stole, 抄袭): people who do it to a thing are not its users. */
const WRONGING_KINDS: readonly CueKind[] = (Object.keys(CUE_KINDS) as CueKind[]).filter((k) => CUE_KINDS[k].objectIsVictim === true);
/** So are verbs of force against a thing or a place ("thugs smashed the apple store window", 砸了苹果店). */
const ACTS_ON_THING = /\b(?:smash(?:ed|es|ing)?|broke into|break(?:s|ing)? into|loot(?:ed|s|ing)?|vandali[sz](?:ed|es|ing)|torch(?:ed|es|ing)|set fire to|snatch(?:ed|es|ing)?)\b|砸了|砸坏|偷了|偷走/;
/** Between a rival opening a sentence and the name: a clause said of the rival that holds the name (crying that, 说). */
const RIVAL_SAYS_OF = /\b(?:that|because|cause|cuz|how|since)\b|说|觉得|以为|嫌/;
/** Right before a name: an English verb of buying or using it ("stop buying huawei ppl"). */
const BOUGHT_EN_BEFORE = /\b(?:buy|buys|buying|bought|purchase|purchasing|use|using)\s+(?:an?\s+|the\s+)?$/;
/**
 * Right after a company's name: its team or department, with one word for what it works on ("'s modem team"). Not a
 * division: a business unit's end wished is the company's, not its people's.
 */
const TEAM_AFTER = /^(?:'s|’s)\s+(?:[a-z]+\s+)?(?:team|teams|department|dept)\b/;
/** Between a company's name and a word for its people: a possessive and one word for what they work on. */
const WORKS_ON_GAP = /^(?:'s|’s)\s+[a-z]+\s+$/;
/** Between a name alone in its clause and a word for people opening the next: the clause's end and nothing else. */
const TOPIC_GAP = /^\s*[,?!~…]+\s*$/;
/** After the people word: a verb of saying, so they are the speakers (小米？用户都说垃圾). */
const HEAD_SAYS = /^[都也还就全]?(?:说|反映|吐槽|表示|称|骂|觉得|认为)/;
/** Right after a service unit: its people pointed at (售后那帮人, 服务中心的人, 客服人员; 售后员工, "support staff"). */
const UNIT_PEOPLE = /^\s*(?:那帮人|那群人|那些人|那伙人|这帮人|这群人|这些人|的人|人员|员工|的员工|工作人员|的工作人员|客服|staff|employees|reps|people)(?![a-z])/;
/** Before a name: a place or party that services or sells it without being it (华强北的, 第三方, 路边, 非官方). */
const THIRD_PARTY_BEFORE = /(?:华强北|第三方|路边|街边|二手|非官方|山寨|黄牛)的?\s*$/;
/**
 * Between a service unit and what it is called, in Chinese: its people pointed at, a copula or a degree word, a group
 * word and the group's relative clause (售后那群人就是一群只会推卸责任的, 售后真); each part once, so the test is linear.
 */
const UNIT_IS_ZH = /^\s*(?:那群人|那帮人|那些人|的人)?\s*(?:就|都|全|真|简直|根本|纯纯)?(?:是)?\s*(?:(?:一群|一帮|一伙)(?:[^,.!?;:，。！？；：的]{1,12}的)?)?\s*$/;
/** The same in English: a copula, then at most "just", "such", "a bunch of", "staffed by"… and one adjective ("support are thieves"). */
const UNIT_IS_EN = /^\s+(?:are|is|were|was)\s+(?:(?:just|all|such|a bunch of|nothing but|run by|staffed by)\s+)*(?:[a-z]+\s+)?$/;
/** A service unit (售后, support) followed in its clause by a word that names people: its staff are called so. */
function calledPeople(unit: Hit, cues: Cues, seg: Segmentation, text: string): boolean {
  const alsoThings = cues.of('also-thing', unit.end, unit.end + 40);
  return withRole(cues, 'people-noun', unit.end, unit.end + 40)
    .concat(cues.of('wrongdoer', unit.end, unit.end + 40))
    .some((c) => {
      if (!seg.strictlySameClause(unit, c)) return false;
      const gap = text.slice(unit.end, c.start);
      // 废物 fits a useless thing too (小米服务中心真是废物): people only with a group word (一群废物).
      const alsoThing = alsoThings.some((a) => a.start === c.start && a.end === c.end);
      return (isCjkChar(text.charCodeAt(unit.start)) ? UNIT_IS_ZH : UNIT_IS_EN).test(gap) && (!alsoThing || /一群|一帮|一伙|那群人|那帮人|那些人/.test(gap));
    });
}

/**
 * Right before a name: a verb of selling or stealing it (卖, 倒卖, 代购, 偷): those who do are sellers or thieves
 * (华强北卖iPhone那帮店员, 倒卖mate60的人, 偷苹果手机的那帮人), neither its buyers nor its staff.
 */
const SOLD_BEFORE = /(?:卖|代购|回收|炒|偷|抢|盗)\s*$/;
/**
 * Between a brand and a word for staff: its own store (专卖店, 体验店, 门店), then 的 or someone pointed at (苹果专卖店那些
 * 店员, 华为体验店那个销售); the store's people are the company's staff.
 */
const STORE_GAP = new RegExp(`^\\s*(?:的)?(?:官方|线下)?(?:专卖店|体验店|门店|直营店|授权店|旗舰店|零售店|官方店)\\s*(?:的|那个|这个|那位|这位|${POINTED_GROUP})?\\s*$`);
/** Between a product and a word for staff: a group pointed at (Apple Store那帮Genius, 小米之家那些店员). */
const GROUP_OF_THEIRS = /^\s*(?:那帮|那群|那些|这帮|这群|这些|那伙|这伙)\s*$/;
/** Between a word and a name measured against after it: 跟/和/与/同 alone (骗子跟小米比). */
const MEASURED_BEFORE = /^\s*(?:跟|和|与|同)\s*$/;
/** Right after that name: the comparison (比, 相比, 比较, 对比, 比起来). */
const MEASURED_AFTER = /^\s*(?:比|相比|对比)/;
/** After it, up to the predicate: 比 (起来, 之下), then at most a copula or an adverb (比就是个垃圾, 比起来简直是垃圾). */
const MEASURED_GAP = /^\s*(?:相比|比)(?:起来|之下|一下)?\s*[,，]?\s*(?:就是|简直是|简直|就|真是|完全是|还是|也就是)?\s*(?:个|一个)?\s*$/;
/** Between a name and a pejorative: a possessive (or the contraction of "is": the word after the pejorative tells). */
const POSSESSIVE_GAP = /^(?:'s|’s)\s+$/;
/** A word right after a pejorative that it modifies as an adjective: not a conjunction, a preposition, an adverb or a pronoun. */
const MODIFIED_WORD = /^\s+(?!(?:and|but|or|as|to|because|cause|lol|lmao|af|really|honestly|too|now|again|though|tho|i|you|we|they|it|if|when|that|this|for|of|in|at|on|with|by|so|like|than|then|is|was|are|company|corporation|people|bastards|fucks|idiots)\b)[a-z]/;
/** Roles of cues that make a copula's subject one of the brand's own targets or a party of its own ("its ceo is a joke"). */
const SUBJECT_ROLES: readonly CueRole[] = ['fan-head', 'staff-head', 'opponent-head', 'people-noun', 'brand-ref', 'product-ref', 'company-head', 'fan-ref', 'staff-ref', 'third-party', 'addressee', 'self'];
/**
 * A copula's subject that stands for the name before it: a pronoun, or a word the engine reads as no noun, or the
 * end of a phrase of time ("apple at this point is a joke", "google these days is evil").
 */
const SAID_OF_NAME = /^(?:it|they|you|u|ya|yall|y'all|y’all|he|she|who|which|company|brand|corporation|also|too|really|just|still|always|now|honestly|seriously|literally|truly|totally|course|point|stage|rate|days|nowadays|lately|today|anymore)$/;

/** What may stand between a first person and an insult said of them: "I'm such an idiot", 我真是个傻子. */
/** After 我 (就)是: 那个/一个 and a relative clause closed by 的, up to the author's own noun. */
const SELF_RELATIVE_ZH = /^\s*(?:就是|是|也是|真是|才是)?\s*(?:那个|一个|这种|那种)[^,.!?;:，。！？；：]{1,24}的\s*$/;
const SELF_PREDICATE_GAP = /^(?:\s|am|'m|’m|was|been|feel like|felt like|a|an|so|such|the|biggest|total|complete|real|really|just|truly|also|too|真|真是|就是|是|个|一个|太|好|也|也是|那个|这个|这种|这样的|最大的|纯|纯纯的|纯纯|大)*$/;

/** What may stand between "我 … 是" and a fan word that names the author: 我依然是坚定的果粉, "I'm a proud Mi fan". */
const SELF_FAN_GAP = /^(?:\s|依然|一直|永远|还|也|都|就|始终|仍然|仍|至死|到死|死都|坚定|忠实|铁杆|资深|骄傲|老|的|一个|一名|个|名|是|am|a|an|the|such|so|total|complete|absolute|proud|loyal|longtime|big|huge|massive|die-hard|lifelong|certified|resident|self-proclaimed|card-carrying)*$/;

/**
 * "我是米粉", "作为果粉", "I'm a Mi fan": the fan word names the author, so nothing said of it is hostility to the fans;
 * nor is a slur the author takes for themself ("yes i'm an iSheep", 我就是米猴怎么了).
 */
/** A first person plural opening the clause right before a name for fans. */
const WE_OPENS = /^\s*(?:(?:其实|反正|说到底|说实话|honestly|tbh)\s*)?(?:我们|咱们|俺们|we|us)\s*(?:这些|这帮|这群|all)?\s*$/;
/** "as a certified isheep myself", 作为一个果粉: the author introduces themself as one of them. */
const AS_ONE_BEFORE = /(?:\bas\s+(?:a|an)\s+(?:[a-z'-]+\s+){0,2}|(?:我)?作为(?:一个|一名|一枚|资深|老|忠实|铁杆)*)$/;
const AS_ONE_AFTER_EN = /^\s*(?:myself|too|and proud)\b/;
const AS_ONE_AFTER_ZH = /^\s*(?:[,:]|我)/;

function selfNamed(target: Hit, cues: Cues, seg: Segmentation, text: string): boolean {
  const asOne = AS_ONE_BEFORE.exec(text.slice(Math.max(0, target.start - 40), target.start));
  if (asOne && (asOne[0].startsWith('as') ? AS_ONE_AFTER_EN : AS_ONE_AFTER_ZH).test(text.slice(target.end, target.end + 12))) return true;
  // 我们果粉就是韭菜, "us samsung fans": the author counts themself among them, as the clause's subject (小米叫我们这些米粉
  // 傻子 names them as its object).
  if (WE_OPENS.test(seg.clausePrefix(target.start))) return true;
  return withRole(cues, 'self', target.start - 24, target.start).some(
    (me) => me.end <= target.start && seg.strictlySameClause(me, target) && SELF_FAN_GAP.test(text.slice(me.end, target.start)),
  );
}

/**
 * One finding per stretch of text and rule: two profile terms that overlap ("the apple watch … the apple watch
 * screen") or two pairings over the same words would list the same evidence twice. Keeps the first of findings of
 * one rule whose spans overlap.
 */
function distinct(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  return findings.filter((f, i) => !findings.slice(0, i).some((g) => g.ruleId === f.ruleId && g.span.start < f.span.end && f.span.start < g.span.end));
}

/** The hits not nested in a longer one ("骗子" over the "骗" inside it), in one sort and one pass. */
function outermost<T extends Hit>(hits: T[]): T[] {
  if (hits.length < 2) return hits;
  const sorted = hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reach = -1;
  let reachLength = 0;
  for (const h of sorted) {
    if (h.end <= reach && h.end - h.start < reachLength) continue;
    kept.push(h);
    if (h.end > reach) {
      reach = h.end;
      reachLength = h.end - h.start;
    }
  }
  return kept;
}

/** How near (tokens) what is said of a list must stand to the list's nearest name: a copula, 都是, a modal. */
const LISTED_REACH = 2;
/** Between a name and a relative pronoun whose antecedent is still the name: "apple, who…", "apple is a company that…". */
const ANTECEDENT_IS_NAME = /^(?:[\s,]*|\s+(?:is|are|was|were|'s)\s+(?:a|an|the|one)(?:\s+[a-z-]+){1,2}\s*,?|\s*,\s*(?:a|an|the)(?:\s+[a-z-]+){1,2}\s*)$/;
/**
 * What may follow a verb aimed at its object when that object is the name before it: an end, a particle, a pronoun
 * pointing back, or a word that opens the next clause (P10确实该抵制 但…).
 */
/** A pointing word right after a verb: its object is what follows it. */
const POINTER = /^\s*(?:这个|这种|这款|这些|this|that|these|those)\s*/;
/** A line of business of a company's ("huawei's phone business", "samsung's mobile unit"): the company, in part. */
const BUSINESS_WORDS = 'business|businesses|division|unit|arm|operations';
/** Between a verb and a name: a determiner of one thing ("avoid the xiaomi…", "ditch my samsung", "an iphone 4s"). */
const THING_DETERMINER_BEFORE = /^\s+(?:the|this|that|my|your|his|her|our|a|an)\s+$/;
/** After a name: how it owns what follows ('s and one modifier at most: "apple's stock maps"; 的; 这个, 这款…). */
const OWNED_BY_NAME = /^(?:(?:'s|’s)\s+(?:[a-z]+\s+)?|的|这个|这款|这台|这部|家的)/;
/**
 * After a name: the company itself, its range, its stores or all of it ("…monopoly", "…phones", "the apple store", 的手机,
 * 的一切), which stay the company's.
 */
const RANGE_AFTER = new RegExp(
  String.raw`^(?:'s|’s)?\s+(?:[a-z]+\s+)?(?:brand|company|corp|corporation|conglomerate|monopoly|empire|regime|machine|mafia|cult|giant|products|phones|devices|stuff|everything|anything|lineup|line|ecosystem|${BUSINESS_WORDS})\b|^\s+stores?\b|^(?:的|家的)?(?:手机|产品|东西|一切|任何|所有|全部|公司|品牌|牌子|企业)`,
);
/** In Chinese, how many characters of a modifier may stand between 的 and the thing (小米的自带应用). */
const CJK_MODIFIER = 3;
/**
 * Does the name after a boycott verb name one thing rather than the company? With a determiner before it ("the xiaomi
 * case", "my samsung", "the apple tv") it is a device or a thing of the brand's; owning what follows ('s, 的, 这个) only
 * when that is a word the lexicon knows as a thing (an aspect: app, charger, maps, 充电器) or a product of its: an
 * unknown word leaves the company ("apple's greed", "huawei's spyware empire"). Never its range or the company itself.
 */
function namesAThing(target: TargetHit, cue: CueHit, cues: Cues, all: HitIndex<TargetHit>, text: string): boolean {
  const after = text.slice(target.end, target.end + 24);
  if (RANGE_AFTER.test(after)) return false;
  const determiner = THING_DETERMINER_BEFORE.exec(text.slice(cue.end, target.start));
  // "a"/"an" makes one thing of a product ("do not buy an iphone 4s that isn't in the store"), not of the brand ("never
  // buy a huawei" is any of them).
  if (determiner && (target.kind === 'product' || !/^\s+an?\s/.test(determiner[0]))) return true;
  const owner = OWNED_BY_NAME.exec(after);
  if (!owner) return false;
  // (In Chinese a short modifier may stand between: 小米的自带应用.)
  const at = target.end + owner[0].length + (/^\s/.test(owner[0]) || /'|’/.test(owner[0]) ? 0 : CJK_MODIFIER);
  const thingAt = (h: Hit) => h.start >= target.end && h.start <= at;
  return withRole(cues, 'aspect', target.end, at).some(thingAt) || all.between(target.end, at).some((t) => t !== target && t.kind === 'product' && thingAt(t));
}
const OBJECT_FREE = /^(?:\s*$|\s*[,.!?;:~…。、)）#@]|\s*(?:吧|啊|呀|了|呢|到底|起来|(?:一下|一波)(?=\s*(?:$|[,.!?;~…。、]|吧|啊|呀))|他们|它们|他|它|她|这家|这个|这种|它的|他们的|但|可是|不过|而且|并且|因为|所以|否则|不然|然后|就|也|还|them|it|its|their|this|that|now|already|again|please|everyone|all|too|but|and|because|cause|since|until|till|unless|or|if)(?![a-z]))/;
/** A character that ends a clause (after normalization: full-width marks are ASCII); a dash opens an aside ("its fans will — of brain rot"). */
const CLAUSE_END = /[,.!?;:。…\n—–]/;
/** A relative pronoun right before a cue: "…who stole", "…that lied". */
const RELATIVE_BEFORE = /(?:^|[\s,])(?:who|that|which)\s+(?:(?:is|are|was|were|has been|have been|had been|keeps|kept|has|have|had)\s+)?$/;
/** At most this many names listed together are followed toward a cue. */
const MAX_LISTED = 6;

/**
 * The name nearest to the cue in a list that holds `target` ("fuck huawei and xiaomi": huawei; 小米、华为和苹果都是…:
 * 苹果; "fuck @someone and @apple": @someone): names listed together are as near to what is said of them as the
 * nearest of them.
 */
function listHead(target: Hit, cue: Hit, all: HitIndex<TargetHit>, text: string): Hit {
  const towardEnd = target.end <= cue.start;
  let head: Hit = target;
  for (let i = 0; i < MAX_LISTED; i++) {
    const from = towardEnd ? head.end : head.start - 24;
    const to = towardEnd ? Math.min(head.end + 24, cue.start) : head.start;
    const candidates = [...all.between(from, to), ...otherMentions(text, from, to, all)].filter((o) => (towardEnd ? o.start >= head.end && o.end <= cue.start : o.end <= head.start && o.start >= cue.end));
    if (candidates.length === 0) break;
    const next = candidates.reduce((a, b) => (towardEnd ? (b.start < a.start ? b : a) : b.end > a.end ? b : a));
    if (!LIST_GAP.test(towardEnd ? text.slice(head.end, next.start) : text.slice(next.end, head.start))) break;
    head = next;
  }
  return head;
}

/**
 * The copula of a clause and up to four words of its complement before the cue ("is a masochist and a …", a group
 * word and its "of": "are a pack of rabid …"); not a passive or a place ("were harassed by", "was standing next to": the cue is someone else).
 */
const PREDICATE_COPULA = /\s(is|are|was|were)\s+(?:(?:(?:pack|bunch|herd|gang|band|flock|horde|mob|group|lot|load|swarm|cult)\s+of|(?!(?:by|to|with|next|from|at|of|for|as|than|like|about|into|on|in|labeled|labelled|called|named)\b)(?![a-z]+(?:ed|ing)\s)[a-z'’-]+)\s+){0,4}$/;
/** Words said, in quotes, right after a verb of saying: what the people said, not a clause of the sentence. */
const QUOTE_SAID = /\b(?:said|says|say|saying|claimed|claims|tweeted|posted|wrote)\s*(?:["“][^"“”]*["”]|'[^']*')/g;
/** Words in quotes inside a phrase ("thinking the crease 'isn't noticeable'"): what someone thinks, no clause of the sentence. */
const QUOTED_SPAN = /(?:^|\s)["“'‘][^"“”‘’]*?["”'’](?=\s|$|[,.!?])/g;
/** In the phrase between people and their copula: a subject, a copula or a verb of thinking or saying of its own. */
const OWN_CLAUSE_IN_PHRASE = /\b(?:i|you|he|she|we|they|it|my|your|his|her|our|their|this|these|those|is|are|was|were|isn't|aren't|wasn't|weren't|not|but|say|says|said|saying|think|thinks|thought|believe|believes|claim|claims|claimed|know|knows|knew|feel|feels|felt|call|calls|called|calling)\b/;
/** How far a copula may stand after the people it is said of. */
const PREDICATE_REACH = 80;
/**
 * "anyone who still buys samsung after the whole mess is a sucker", 'the samsung exec who said "we\'re innovating"
 * on stage is a clown': people named, then a phrase of theirs (a relative clause, a place, a time), then the copula
 * whose complement holds the cue: the cue is as near to them as to the copula. Not when the phrase has a clause of
 * its own ("fans who think my friend is an idiot", "the exec who said the reviewers are clowns").
 */
function predicateDistance(target: TargetHit, cue: Hit, seg: Segmentation, text: string): number {
  if ((target.kind !== 'fans' && target.kind !== 'executive') || target.end > cue.start || cue.start - target.end > PREDICATE_REACH) return Infinity;
  const before = text.slice(target.end, cue.start);
  const copula = PREDICATE_COPULA.exec(before);
  if (!copula) return Infinity;
  const phrase = before.slice(0, copula.index).replace(/^\s*(?:who|that|which)\b/, '').replace(QUOTE_SAID, ' ').replace(QUOTED_SPAN, ' ');
  if (phrase.trim() === '' || OWN_CLAUSE_IN_PHRASE.test(phrase) || /["“”]/.test(phrase)) return Infinity;
  const start = target.end + copula.index + 1;
  return seg.tokenDistance({ start, end: start + copula[1]!.length }, cue);
}

function near(text: string, context: Hit, term: Hit, window: number): boolean {
  const gap = context.start >= term.end ? context.start - term.end : term.start - context.end;
  if (gap < 0 || gap > window) return false;
  const between = text.slice(Math.min(context.end, term.end), Math.max(context.start, term.start));
  return !/[,.!?;。！？；\n]/.test(between);
}

/**
 * Does `cue` belong with `target` under `rule`: same clause, close enough, and no rival brand nearer? Returns
 * null when it does, else why not (`vet explain` prints the reason).
 */
function pairs(rule: Rule, target: TargetHit, cue: CueHit, all: HitIndex<TargetHit>, cues: Cues, seg: Segmentation, text: string, proper: ProperNouns, ownAccount: (handle: string) => boolean): DropReason | null {
  // "@xiaomi fix my phone, you greedy bastards": an insult said to "you" is said to the name in the sentence.
  // So is a death wish worded to "you" ("I hope you die").
  const spec = CUE_KINDS[cue.kind];
  const addressed =
    spec.addressable === true &&
    // "fuck you. I'm not buying another one. @Apple": a post opened or closed by the one account it names is said to it.
    ((seg.sameSentence(target, cue) && target.end <= cue.start) || seg.addressesPost(target) || calledFirst(target, all, text) || seg.addressesFrom(target, cue.start)) &&
    withRole(cues, 'addressee', cue.start - 30, cue.end).some((y) => saidToYou(y, cue, seg)) ||
    vocative(target, cue, spec, all, cues, seg, text, proper);
  if (!addressed) {
    const linked = seg.sameClause(target, cue) || continuesTopic(target, cue, all, cues, seg, text) || adjectivesListed(target, cue, cues, seg, text) || pointedBackAt(target, cue, all, cues, seg, text);
    if (!linked) return 'not-linked';
    const distance = seg.strictlySameClause(target, cue) ? Math.min(seg.tokenDistance(listHead(target, cue, all, text), cue), predicateDistance(target, cue, seg, text)) : seg.tokensFromClauseStart(cue.start);
    if (distance > rule.window) return 'too-far';
  }
  if (rule.order === 'before' && cue.end > target.start) return 'order';
  // "坚决支持华为，抵制美日": a verb aimed at the object right after it (objectAfter) is aimed at that object, not at
  // a name before it; with nothing after it, or a word pointing back (抵制它, "boycott them"), at the name.
  // A pointing word before a product or service noun points at that thing, not back at the name (请苹果下架这个应用).
  // "steer clear of third-party chargers for your xiaomi": a name after such a verb is its object only close after it.
  // A list after it is its object as a whole ("not buying from @McDonaldsCorp @apple @Starbucks").
  if (spec.objectAfter && target.start >= cue.end && (!seg.strictlySameClause(cue, target) || seg.tokenDistance(cue, listHead(target, cue, all, text)) > 2)) return 'not-object';
  // "avoid the xiaomi case", "stop using apple's maps", 卸载小米的自带应用, 别买小米这个手环: after the verb, the name with
  // a determiner before it, or owning by 's, 的 or 这个 a thing the lexicon knows as one (a part, an accessory, an app, a
  // service), names that thing, not the company: advice about it. Any other word after the name leaves it the company
  // ("boycott apple's greed", "the google monopoly"), and so do its range and its stores ("avoid xiaomi phones").
  if (spec.objectAfter && target.start >= cue.end && (target.kind === 'brand' || target.kind === 'product') && namesAThing(target, cue, cues, all, text)) return 'names-a-thing';
  if (spec.objectAfter && target.end <= cue.start) {
    const after = text.slice(cue.end, cue.end + 8);
    if (!OBJECT_FREE.test(after)) return 'other-object';
    const pointer = POINTER.exec(after);
    if (pointer && withRole(cues, 'aspect', cue.end, cue.end + 12).some((a) => a.start >= cue.end + pointer[0].length && a.start - cue.end - pointer[0].length <= 2)) return 'other-object';
  }
  // "apple sued the criminals who stole iphones": a verb right after a relative pronoun has the noun before it as
  // its subject; unless that noun is the name ("apple, who stole…"), it is said of someone else.
  if (target.end <= cue.start) {
    const rel = RELATIVE_BEFORE.exec(text.slice(Math.max(0, cue.start - 12), cue.start));
    if (rel && !ANTECEDENT_IS_NAME.test(text.slice(target.end, cue.start - rel[0].length + rel[0].search(/\S/)))) return 'relative-clause';
  }
  // "the real fucking apple company": a curse inside a noun phrase is an intensifier, not a curse at the name.
  if (spec.curse && withRole(cues, 'determiner', cue.start - 20, cue.start).some((d) => d.end <= cue.start && /^\s*$/.test(text.slice(d.end, cue.start)))) return 'curse-in-noun-phrase';
  // Hatred next to a concrete product complaint is venting (criticism); hatred of the brand alone is hostility.
  // Another hatred of one of the names ("i don't hate xiaomi, i hate its fans") is no complaint.
  const hatesName = (c: Hit) => cues.of(cue.kind, c.start, c.end).some((h) => overlaps(h, c)) && all.between(c.end, c.end + 12).some((t) => t.start >= c.end && seg.tokenDistance(c, t) <= 1);
  const complaint = () => withRole(cues, 'criticism-context', cue.start - RADIUS, cue.end + RADIUS).some((c) => !overlaps(c, cue) && !hatesName(c));
  if (spec.ventsUnlessAlone && complaint()) return 'venting';
  // "千万不要买这款手机，买了两台都有问题": a call against a product, with a complaint about it, is a warning.
  if (spec.warnsOfProduct && target.kind === 'product' && complaint()) return 'product-warning';
  // "ditch google chrome for firefox", "stop using itunes, use spotify": a product left for another is a switch advised.
  if (spec.warnsOfProduct && target.kind === 'product' && target.start >= cue.end && ALTERNATIVE_AFTER.test(text.slice(target.end, target.end + 24))) return 'product-warning';
  // "don't buy anything from apple right now", "…before black friday": a call with a time or a condition in its clause
  // after it is buying advice, whatever it names.
  if (spec.urged && withRole(cues, 'times-purchase', cue.end, cue.end + RADIUS).some((a) => a.start >= cue.end && seg.strictlySameClause(a, cue))) return 'product-warning';
  // "i don't buy samsung", "my dad would never buy from apple": a negated buying verb after a subject of its own says
  // what someone does, it calls on nobody.
  // Unless the post turns to others after it ("i don't buy samsung and neither should you").
  if (spec.urged && NEGATED_CALL.test(cue.text) && SUBJECT_BEFORE_CALL.test(seg.clausePrefix(cue.start)) && !TO_OTHERS_AFTER.test(text.slice(cue.end, cue.end + 80))) return 'not-a-call';
  const needed = rule.needs?.[cue.kind];
  if (needed && !cues.of(needed, cue.start - RADIUS, cue.end + RADIUS).some((c) => seg.sameClause(c, cue) && seg.sameSentence(c, cue) && !overlaps(c, cue))) {
    // "Die, @apple": a doom verb first in its clause, said right to the name after it, is a wish.
    // "@united go out of business": so is one said right after the handle the reply opens with.
    const imperative = spec.imperativeWish && CLAUSE_START.test(seg.clausePrefix(cue.start)) &&
      ((target.start >= cue.end && seg.sameSentence(target, cue) && seg.tokenDistance(cue, target) <= 2) ||
        (target.end <= cue.start && (text.charCodeAt(target.start) === 0x40 || text.charCodeAt(target.start - 1) === 0x40) && IMPERATIVE_DOOM.test(cue.text) && CLAUSE_START.test(text.slice(target.end, cue.start))));
    if (!imperative) return 'needs-wish';
  }
  // "I'm an idiot for buying apple", 我真是个傻子: said of the author, not of a name outside the phrase.
  if (spec.selfPredicate && withRole(cues, 'self', cue.start - 24, cue.start).some((me) =>
    me.end <= cue.start && seg.strictlySameClause(me, cue) &&
    ((SELF_PREDICATE_GAP.test(text.slice(me.end, cue.start)) && !(target.start >= me.end && target.end <= cue.start)) ||
      // 我就是那个每年都换iPhone的大冤种: a name inside the relative clause of the author's own noun describes the author.
      SELF_RELATIVE_ZH.test(text.slice(me.end, cue.start))))) return 'said-of-self';
  // "Apple honestly sucks", not "Apple airplay sucks": a predicate whose subject must be the name.
  if (spec.subjectOnly) {
    // "@apple you suck" is said to the name; "@apple ur products are shit" is said of the products.
    // "you guys are" and "are a joke" share their copula.
    const saidTo = addressed && withRole(cues, 'addressee', cue.start - 30, cue.start).some((y) => y.start < cue.start && (y.end <= cue.start ? SUBJECT_GAP.test(text.slice(y.end, cue.start)) : y.end <= cue.end));
    if (!saidTo && (target.end > cue.start || !seg.strictlySameClause(target, cue) || !SUBJECT_GAP.test(text.slice(target.end, cue.start)))) return 'not-subject';
  }
  // "用起来比苹果装逼": right after 比 and the name, a predicate is said of what is compared with the name, not of
  // the name ("比苹果还坑", with 还, says it of both, and stays).
  if (target.end === cue.start && COMPARED_WITH.test(text.slice(Math.max(0, target.start - 2), target.start))) return 'compared';
  // "华为跟小米比就是个垃圾": the one measured against (跟/和/与…比) is not what the predicate is said of; the subject
  // before it is.
  if (target.end <= cue.start && MEASURED_AGAINST.test(text.slice(Math.max(0, target.start - 1), target.start)) && MEASURED_GAP.test(text.slice(target.end, cue.start))) return 'compared';
  // "你拿华为那帮骗子跟小米比？": a word right before 跟/和…比 is said of what is measured, not of the standard after it.
  // Only when the word belongs to a rival named before it in its clause (华为那帮…骗子): alone, the word may be the
  // standard (骗子跟小米比都算老实人了).
  if (target.start >= cue.end && MEASURED_BEFORE.test(text.slice(cue.end, target.start)) && MEASURED_AFTER.test(text.slice(target.end, target.end + 4)) &&
    all.between(cue.start - RADIUS, cue.start).some((o) => o.kind === 'rival' && o.end <= cue.start && seg.strictlySameClause(o, cue))) return 'compared';
  // "三星这条新闻底下全是喷子": the people in the thread under news about the name are its commenters.
  if (namesPeople(cue, cues) && target.end <= cue.start && THREAD_AFTER.test(text.slice(target.end, Math.min(cue.start, target.end + 12)))) return 'someone-else';
  // "If you don't like Huawei, just don't buy it", 不喜欢就别买: advice to whoever dislikes it, not a call to boycott.
  if (spec.objectAfter && IF_YOU_DISLIKE.test(seg.sentencePrefix(cue.start))) return 'supposed';
  // "the reseller who sold me a huawei watch is a complete fraud": the name inside a relative clause that a third party
  // heads; the predicate after the clause (its copula between) is said of that party.
  if (target.end <= cue.start && COPULA_BETWEEN.test(text.slice(target.end, cue.start)) && withRole(cues, 'third-party', target.start - RELATIVE_REACH, target.start).some((p) =>
    p.end <= target.start && seg.strictlySameClause(p, cue) && RELATIVE_OPEN.test(text.slice(p.end, target.start)))) return 'someone-else';
  // "楼上那个sb连小米都分不清": a word for a person right after a person of its own (楼上那个, 这人) names that person.
  if (namesPeople(cue, cues) && withRole(cues, 'third-party', cue.start - 12, cue.start).some((p) => p.end <= cue.start && PERSON_NAMED_GAP.test(text.slice(p.end, cue.start)))) return 'someone-else';
  // "samsung fans are dumber than apple fans": after "than", the standard of the comparison; "even dumber than"
  // says it of both, as 比…还 does.
  // "I've never seen a bigger scam than apple", "no one is dumber than…": a denied or universal subject makes it the most.
  if (target.start >= cue.end && THAN_GAP.test(text.slice(cue.end, target.start)) && !/\b(?:even|still)\s+$/i.test(text.slice(Math.max(0, cue.start - 7), cue.start)) &&
    !/\b(?:never|nothing|nobody|no one|no)\b/i.test(text.slice(Math.max(0, cue.start - 30), cue.start))) return 'compared';
  // "@united the idiot next to me…": a person named by "the" + a singular noun is someone; a company is no one person.
  if ((target.kind === 'brand' || target.kind === 'product') && target.end <= cue.start && /^[a-z]+[^s]$/.test(cue.text) && namesPeople(cue, cues) && SOMEONE_BEFORE.test(text.slice(Math.max(target.end, cue.start - 6), cue.start)) && !COPULA_BETWEEN.test(text.slice(target.end, cue.start))) return 'someone-else';
  // "some idiot on google maps gave my taco spot 1 star": one person placed somewhere, named by an insult, is someone.
  // Not placed at the name itself: "some idiot at xiaomi thought this was a good idea" is one of its people.
  if (target.start >= cue.end && /^[a-z]+[^s]$/.test(cue.text) && namesPeople(cue, cues) && ONE_PERSON_BEFORE.test(text.slice(Math.max(0, cue.start - 16), cue.start)) && PLACED_AFTER.test(text.slice(cue.end, cue.end + 12)) &&
    !AT_THE_NAME.test(text.slice(cue.end, target.start))) return 'someone-else';
  // "the guy next to me on this @united flight is an idiot", "@united these guys behind me are idiots": people placed
  // beside the author earlier in the sentence are who an insult for people is said of.
  // Not the name's own people placed so ("the xiaomi rep in front of me is an idiot").
  if ((target.kind === 'brand' || target.kind === 'product') && (namesPeople(cue, cues) || spec.addressable) && (BESIDE_ME.test(seg.sentencePrefix(cue.start)) || BESIDE_ME_AFTER.test(text.slice(cue.end, cue.end + 32)))) return 'someone-else';
  // "@verizon you absolute scammers charged me twice for my iphone": "you" right after the handle of an account the
  // profile does not know, which the post opens with, is that account. Not a "you" later in the post ("@dave apple
  // killed the headphone jack. you absolute clowns"), nor "your", which owns rather than calls.
  // Nor a handle that holds the brand's own name (@SamsungIndia, @GooglePixel_US): the brand's regional account.
  const opening = target.start > 0 ? OPENING_HANDLES.exec(text) : null;
  if (opening && !all.between(0, opening[0].length).some((o) => o.start < opening[0].length) && !ownAccount(opening[0]) &&
    withRole(cues, 'addressee', cue.start - 16, cue.start).some((y) => y.end <= cue.start && !OWNING_YOU.test(y.text) && /^\s*$/.test(text.slice(opening[0].length, y.start)) && seg.strictlySameClause(y, cue) && seg.tokenDistance(y, cue) <= 2)) return 'someone-else';
  // "somewhat stupid that @apple sent me…", "pathetic how xiaomi…": the adjective judges the fact after it.
  if (spec.judgesFacts && target.start >= cue.end && target.kind !== 'fans' && FACT_AFTER.test(text.slice(cue.end, cue.end + 6)) && !/\b(?:an?|the)\s+$/i.test(text.slice(Math.max(0, cue.start - 5), cue.start)) && !isCjkChar(text.charCodeAt(cue.start))) return 'judges-a-fact';
  // "米粉死绝了小米也不会倒": a predicate that takes no object, with a name of its own right before it as its subject,
  // is not said of a name after it.
  // "apple should let old macs die", 小米让老机型自生自灭: a causative's object, between, is who dies.
  if (spec.intransitive && target.end <= cue.start && CAUSATIVE_BETWEEN.test(text.slice(Math.max(target.end, seg.clauseStartOf(cue.start)), cue.start))) return 'other-subject';
  // "遇到这种傻逼顾客": an insult right before a word for another person is that person's; not as the predicate said of
  // the name (米粉全是一群脑残网友, 车主都是傻逼司机).
  if (namesPeople(cue, cues) && OTHER_PERSON_AFTER_ZH.test(text.slice(cue.end, cue.end + 3)) && !(target.start >= cue.end && target.start <= cue.end + 1) && !PREDICATE_BEFORE_ZH.test(text.slice(Math.max(0, cue.start - 6), cue.start))) return 'someone-else';
  // "华为员工被一个傻逼顾客骂哭了", "apple fans were harassed by idiots": a word for people right after a passive's mark
  // (被一个傻逼; not 一群被营销洗脑的傻子 nor 被卖了还帮数钱, which describe them), in the name's clause, is the agent's.
  // Not an agent that runs the company (被一群蠢货管着, "controlled by clueless idiots"): that insult is the company's.
  if (target.end <= cue.start && namesPeople(cue, cues) && !AGENT_RUNS_ZH.test(text.slice(cue.end, cue.end + 4)) &&
    (withRole(cues, 'suffers', target.end, cue.start).some((b) => b.start >= target.end && AGENT_NEXT_ZH.test(text.slice(b.end, cue.start)) && seg.strictlySameClause(b, cue)) ||
      (seg.strictlySameClause(target, cue) && PASSIVE_BY.test(text.slice(target.end, cue.start))))) return 'suffered';
  // "google's setup was smooth, verizon can choke": an English word right before a wish led by a modal (can rot,
  // should die) is its subject; unless it points back or is the name's own people, or a name of the brand's stands
  // before it in the same subject, no verb between ("the whole google c-suite", "apple and its lawyers can rot"), it is
  // another party's wish.
  if (spec.intransitive && target.end <= cue.start && MODAL_LED.test(cue.text)) {
    const subject = WORD_BEFORE.exec(text.slice(Math.max(target.end, cue.start - 32), cue.start));
    if (subject && !POINTS_BACK_OR_OURS.test(subject[1]!)) {
      const start = cue.start - subject[0].length + subject[0].indexOf(subject[1]!);
      const word = { start, end: start + subject[1]!.length };
      if (!all.between(start - 48, word.end).some((o) => o.end <= word.end && o.kind !== 'rival' && seg.strictlySameClause(o, word) && !VERB_BETWEEN.test(text.slice(o.end, start)))) return 'other-subject';
    }
  }
  if (spec.intransitive && target.start >= cue.end) {
    const subject = (o: Hit) => o.end <= cue.start && !overlaps(o, target) && seg.strictlySameClause(o, cue) && SUBJECT_GAP.test(text.slice(o.end, cue.start));
    if (all.between(cue.start - 24, cue.start).some(subject)) return 'other-subject';
  }
  // "小米抄袭苹果": the name right after a verb of wrongdoing is its victim.
  // "cheated by apple" names the wrongdoer.
  if (spec.objectIsVictim && target.start >= cue.end && seg.strictlySameClause(cue, target) && seg.tokenDistance(cue, target) <= 2 && !PASSIVE_AGENT.test(text.slice(cue.end, target.start))) return 'object-is-victim';
  // "小米专治各种骗子", "xiaomi protects you from scammers": a wrong guarded against is a danger, not the name's.
  if (spec.guarded && target.end <= cue.start && withRole(cues, 'guards', target.end, cue.start).some((g) => g.start >= target.end && g.end <= cue.start && seg.strictlySameClause(g, cue) && seg.tokenDistance(g, cue) <= 3)) return 'guarded-against';
  // "小米被人骗了", 华为遭遇诈骗: the name right before a passive of suffering is the victim of the wrong after it (an
  // agent of a few characters may stand between: 被供应商坑了).
  if (spec.suffered && target.end <= cue.start && !boughtBefore(target, cues, text) && withRole(cues, 'suffers', target.end, cue.start).some((v) => SUFFER_GAP.test(text.slice(target.end, v.start)) && cue.start - v.end <= 4 && seg.strictlySameClause(v, cue) && !accusingAgent(text.slice(v.end, cue.start)))) return 'suffered';
  // "美国对华为的制裁真够无耻的": someone's act toward the name (对X的 + a noun) is what the predicate judges; the name
  // is its object. Not the author's own view of it (我对华为的印象就是骗子).
  if (target.end <= cue.start && TOWARD_BEFORE.test(text.slice(Math.max(0, target.start - 2), target.start)) && /^\s*的/.test(text.slice(target.end, target.end + 2)) && seg.strictlySameClause(target, cue)) {
    const clauseStart = seg.clauseStartOf(target.start);
    const agent = text.slice(clauseStart, target.start).replace(TOWARD_BEFORE, '').trim();
    if (agent.length > 0 && ACT_TOWARD.test(text.slice(target.end, target.end + 6)) && !withRole(cues, 'self', clauseStart, target.start).some((me) => me.end <= target.start)) return 'suffered';
  }
  // "apple cheats its customers", "scamming their users": the people right after a wrongdoing word are its victims.
  if (spec.peopleAfterAreVictims && target.kind === 'fans' && target.start >= cue.end && VICTIM_GAP.test(text.slice(cue.end, target.start))) return 'object-is-victim';
  // "我恨的不是小米，是…", "骗子不是小米": a denied copula denies the name after it what the cue before it says.
  // Not when what is meant instead is the brand's own people ("骗子不是华为，是华为的那帮高管", "the crooks aren't xiaomi, it's lei jun",
  // "the idiots aren't apple, it's the sheep who keep buying iphones").
  if (target.start >= cue.end && DENIED_CLEFT.test(text.slice(cue.end, target.start)) && !WHO_ELSE.test(text.slice(target.end, target.end + 8)) && !STILL_SAID_AFTER.test(text.slice(target.end, target.end + 4)) &&
    !ownPeopleAfter(target, all, cues, seg)) return 'negated';
  // "不是华为，是那些冒充客服的骗子": after "not X," a clause opening with 是 names what is meant instead of X.
  if (target.end <= cue.start && NOT_BEFORE.test(text.slice(Math.max(0, target.start - 4), target.start)) && INSTEAD_AFTER.test(text.slice(target.end, cue.start))) return 'other-subject';
  // "死是米粉的鬼": after 是, a name that owns the noun after it (的 + a noun, not one for its people) is not what
  // the cue is said of; the noun is.
  if (target.start >= cue.end && /^\s*(?:的)?是\s*$/.test(text.slice(cue.end, target.start)) && POSSESSED_AFTER.test(text.slice(target.end, target.end + 3)) &&
    !SUBJECT_ROLES.some((role) => withRole(cues, role, target.end, target.end + 4).some((h) => h.start === target.end))) return 'object-is-a-thing';
  // "hate @apple": a verb whose object must be the name ("讨厌苹果的设计" hates the design).
  if (spec.objectWithin !== undefined && /^\s*(的|'s|’s)/.test(text.slice(target.end, target.end + 4))) return 'object-is-a-thing';
  // "I hope xiaomi drives qualcomm into the ground": the name must be the object the phrase completes.
  // "throw this samsung into the sun": a device of the author's (this, my) is no business to end.
  if (spec.objectBefore && (target.end > cue.start || !OBJECT_BEFORE_GAP.test(text.slice(target.end, cue.start)) || DEVICE_BEFORE.test(text.slice(Math.max(0, target.start - 6), target.start)))) return 'not-object';
  if (spec.objectWithin !== undefined && (cue.end > target.start || !seg.strictlySameClause(cue, target) || seg.tokenDistance(cue, target) > spec.objectWithin)) return 'not-object';
  // "我讨厌的不是小米": a negation between the verb and its object denies it.
  if (spec.objectWithin !== undefined && withRole(cues, 'negates-next', cue.end, target.start).some((n) => n.end <= target.start)) return 'negated';
  // A bare boycott word is a call only with a call marker before it or in imperative position (clause start).
  if (spec.needsCall) {
    const called = !spec.imperativeOnly && withRole(cues, 'call', cue.start - 30, cue.start).some((c) => c.end <= cue.start && seg.strictlySameClause(c, cue) && seg.tokenDistance(c, cue) <= 3);
    if (!called && (spec.neverImperative || !IMPERATIVE_OPENING.test(seg.clausePrefix(cue.start)))) return 'not-a-call';
    // "ban xiaomi phones? that would be stupid": an imperative-only word in a question asks, it does not call.
    if (spec.imperativeOnly && seg.isQuestion(cue.start)) return 'not-a-call';
  }
  // "people who use xiaomi phones know the camera is dumb": a thing right before the pejorative, as its subject, takes it.
  if (target.kind === 'fans' && spec.thingMakesCriticism && target.end <= cue.start &&
    withRole(cues, 'aspect', target.end, cue.start).some((h) => h.end <= cue.start && seg.strictlySameClause(h, cue) && THING_THEN_PREDICATE.test(text.slice(h.end, cue.start)))) return 'thing-is-subject';
  // "@apple need to fix this crap", "google please sort this bullshit out": a pejorative after a verb and "this" or "that"
  // is the thing the verb acts on, whoever is asked to act ("fuck this garbage company" names the company).
  if (target.kind === 'brand' && spec.thingMakesCriticism && target.end <= cue.start && DEMONSTRATIVE_OBJECT.test(text.slice(Math.max(target.end, cue.start - 24), cue.start)) &&
    !withRole(cues, 'company-head', cue.end, cue.end + 3).some((c) => c.start >= cue.end && /^\s*$/.test(text.slice(cue.end, c.start)))) return 'thing-acted-on';
  // A pejorative about a product or service named between (or right after) it and the brand is criticism.
  if (target.kind === 'brand' && !addressed && spec.thingMakesCriticism) {
    const lo = Math.min(target.end, cue.end);
    const hi = Math.max(target.start, cue.start);
    const isThing = (h: Hit) => h.start >= lo && h.end <= hi;
    if (withRole(cues, 'aspect', lo, hi).some(isThing) || all.between(lo, hi).some((t) => t.kind === 'product' && isThing(t))) return 'product-aspect';
    // "小米的洗地机真垃圾": a device noun the profile lacks, known by its last character (机, 器, 箱…), after the name.
    if (target.end <= cue.start && DEVICE_AFTER_NAME.test(text.slice(target.end, cue.start))) return 'product-aspect';
    // "垃圾系统", "这么垃圾的产品": the thing right after the pejorative, or after its 的, is what it describes.
    // Not a thing that only qualifies a word for a company after it ("an evil ad company", 垃圾手机公司): the company is.
    const after = (h: Hit) => h.start >= cue.end && h.start - cue.end <= 3 && /^\s*的?\s*$/.test(text.slice(cue.end, h.start)) &&
      !withRole(cues, 'company-head', h.end, h.end + 2).some((c) => c.start >= h.end && /^\s*$/.test(text.slice(h.end, c.start)));
    if (withRole(cues, 'aspect', cue.end, cue.end + 4).some(after) || all.between(cue.end, cue.end + 4).some((t) => t !== target && t.kind === 'product' && after(t))) return 'product-aspect';
    // "Google's pathetic afterthought", "apple's stupid new charger": after a possessive, a pejorative with a word
    // after it describes that thing of the brand's ("apple's pathetic" alone, or "…pathetic and greedy", is "is").
    // Not when that word names people ("apple's stupid fans", "google's idiot ceo"): the insult is theirs.
    const people = (h: Hit) => h.start >= cue.end && /^\s+$/.test(text.slice(cue.end, h.start));
    if (target.end <= cue.start && POSSESSIVE_GAP.test(text.slice(target.end, cue.start)) && MODIFIED_WORD.test(text.slice(cue.end, cue.end + 16)) &&
      !SUBJECT_ROLES.some((role) => withRole(cues, role, cue.end, cue.end + 4).some(people))) return 'product-aspect';
    // "This update is trash @apple": the pejorative's own subject is a thing named just before it in its clause.
    const subject = (h: Hit) => h.end <= cue.start && seg.strictlySameClause(h, cue) && seg.tokenDistance(h, cue) <= 3 && !(target.start >= h.end && target.end <= cue.start);
    if (withRole(cues, 'aspect', cue.start - 40, cue.start).some(subject) || all.between(cue.start - 40, cue.start).some((t) => t !== target && t.kind === 'product' && subject(t))) return 'thing-is-subject';
    // "@united of course the weather was a joke": an English copula's subject is the word right before it; a plain
    // noun there that no term or cue reads (not the name, not "it", "they", "you", not "its ceo") is what it is said of.
    if (target.end <= cue.start && seg.strictlySameClause(target, cue)) {
      const copula = COPULA_SUBJECT.exec(text.slice(Math.max(target.end, cue.start - 60), cue.start));
      if (copula && !SAID_OF_NAME.test(copula[1]!)) {
        const at = cue.start - copula[0].length;
        const word = { start: at, end: at + copula[1]!.length, text: copula[1]! };
        const read = (h: Hit) => overlaps(h, word);
        if (at >= target.end && !all.between(word.start - 40, word.end).some(read) && !SUBJECT_ROLES.some((role) => withRole(cues, role, word.start - 30, word.end).some(read))) return 'thing-is-subject';
      }
    }
  }
  // "@brand never told these clowns the phone was late": an insult after a plural demonstrative names a group of its own, unless
  // it stands right after the name or a copula ("米粉都是这帮脑残").
  const group = target.end <= cue.start ? demonstrative(cue, cues, text) : undefined;
  // Not when "these" opens a sentence after the name's ("Apple announced another $1,200 phone. These clowns have
  // been selling…"): the noun phrase is the next sentence's subject and points back at what the post spoke of.
  if (group && group.start >= target.end && !APPOSITION_GAP.test(text.slice(target.end, group.start)) && !(opensSentenceAfter(group, target, cues, seg, text) && !LOCATED_AFTER.test(text.slice(cue.end, cue.end + 20)))) return 'other-group';
  // "小米员工被网暴了，那些喷子真该死": a clause opened by a plural demonstrative and a noun of its own is about that group.
  if (target.end <= cue.start && openedByGroup(target, cue, cues, seg, text)) return 'other-group';
  // "the idiots in congress want to ban huawei again": people placed somewhere of their own before the name are a group
  // of their own, whatever they then do to it; placed at the name itself ("the clowns at samsung") they are its people.
  if (cue.end <= target.start && text.charCodeAt(cue.end) === 0x20 && LOCATED_AFTER.test(text.slice(cue.end, cue.end + 20)) && namesPeople(cue, cues) && !PLACED_AT_NAME.test(text.slice(cue.end, target.start))) return 'other-group';
  // Hostility aimed at another brand stays with that brand: a rival term nearer to the cue, on the same side
  // of it as the brand ("小米粉丝骂华为是骗子"), wins. A rival on the other side is a different subject.
  const distance = seg.tokenDistance(target, cue);
  const targetBefore = target.start < cue.start;
  // So does a target of another kind of the brand's own between them ("xiaomi is fine but its fans are idiots").
  const between = (o: Hit) => (targetBefore ? o.start >= target.end && o.end <= cue.start : o.start >= cue.end && o.end <= target.start);
  // Not when they are listed together ("fuck you @iphone @apple", "@redmi and @xiaomi"): each is meant.
  const listed = (o: Hit) => LIST_GAP.test(targetBefore ? text.slice(target.end, o.start) : text.slice(o.end, target.start));
  if (all.between(Math.min(target.start, cue.start), Math.max(target.end, cue.end)).some((o) => o.kind !== 'rival' && o.kind !== target.kind && between(o) && seg.sameClause(o, cue) && !listed(o))) return 'other-target-nearer';
  const rivals: Hit[] = all.between(cue.start - RADIUS, cue.end + RADIUS).filter((o) => o.kind === 'rival');
  const others: Hit[] = [...rivals, ...withRole(cues, 'third-party', cue.start - RADIUS, cue.end + RADIUS), ...otherMentions(text, cue.start - RADIUS, cue.end + RADIUS, all)];
  // Names listed together ("小米和华为都是骗子", "fuck huawei and xiaomi", 抵制华为和小米) share what is said right
  // before or after the list; a word inside a noun phrase after a verb of theirs does not ("@apple and @google play
  // this stupid back and forth").
  const listedWith = (o: Hit) =>
    LIST_GAP.test(o.start >= target.end ? text.slice(target.end, o.start) : o.end <= target.start ? text.slice(o.end, target.start) : '-') &&
    seg.tokenDistance(o, cue) <= LISTED_REACH &&
    !withRole(cues, 'determiner', Math.min(o.end, cue.end), Math.max(o.start, cue.start)).some((d) => (d.start >= o.end && d.end <= cue.start) || (d.start >= cue.end && d.end <= o.start));
  for (const other of others) {
    // A word that is both (小偷: a thief of a story, or the company called one) is the cue here, not a party.
    if (!seg.sameClause(other, cue) || overlaps(other, target) || listedWith(other) || (other.start >= cue.start && other.end <= cue.end)) continue;
    // "支持小米，抵制华为": the object right after a verb of that kind is what it is aimed at.
    if (spec.objectAfter && rivals.includes(other) && other.start >= cue.end && seg.strictlySameClause(cue, other) && seg.tokenDistance(cue, other) <= 0.5 && !(target.start >= cue.end && target.start <= other.start)) return 'rival-nearer';
    // "The Apple clowns in my replies are so mad Huawei…": a noun for people right after a rival's name is the head
    // of its noun phrase, those people are the rival's, whichever side the brand stands.
    if (rivals.includes(other) && other.end <= cue.start && /^\s+$/.test(text.slice(other.end, cue.start)) && !targetBefore && namesPeople(cue, cues)) return 'rival-nearer';
    if ((other.start < cue.start) !== targetBefore && !overlaps(other, cue)) continue;
    // "小米比华为还坑": the standard of a comparison (比华为 + 还/更) is not its subject; the name before 比 is.
    if (targetBefore && target.end <= other.start && other.end <= cue.start && COMPARED_WITH.test(text.slice(Math.max(0, other.start - 2), other.start)) && STILL_MORE.test(text.slice(other.end, cue.start))) continue;
    // "小米跟华为比就是个垃圾": so is the one it is measured against (跟/和/与…比), the name before it being the subject.
    if (targetBefore && target.end <= other.start && other.end <= cue.start && MEASURED_AGAINST.test(text.slice(Math.max(target.end, other.start - 3), other.start)) && MEASURED_GAP.test(text.slice(other.end, cue.start))) continue;
    // "三星抄了十几年苹果还有脸告别人": a rival copied by the name, an aspect or a span of time between, is its object.
    if (targetBefore && target.end <= other.start && other.end <= cue.start && rivals.includes(other) && COPIED_BY_NAME.test(text.slice(target.end, other.start))) continue;
    // "三星高管全是一群只会抄苹果的废物": a name inside the group's relative clause (一群…的) describes the group.
    // Not the brand's haters named there (一群只会黑小米的傻子): they are the group.
    if (targetBefore && target.end <= other.start && other.end <= cue.start && GROUP_FRAME_ZH.test(text.slice(Math.max(target.end, cue.start - 24), cue.start)) && GROUP_OPEN_ZH.test(text.slice(target.end, other.start)) &&
      !cues.ofAny(OPPONENT_VERBS, other.start, other.start + 4).some((v) => v.start === other.start)) continue;
    if (seg.tokenDistance(other, cue) < distance) return 'rival-nearer';
  }
  return null;
}

/** Between the name and a rival: the name copied it, perhaps for a span of time (抄了十几年, 一直在模仿, 抄袭了多年). */
const COPIED_BY_NAME = /^\s*(?:这些年|这么多年|多年来)?(?:一直|又|还|就|都|总是|天天|年年|偷偷)?(?:在)?(?:抄袭|照抄|抄|模仿|照搬|山寨)(?:了|过|着)?(?:(?:快|好|足足)?[一二三四五六七八九十几多两半\d]+年|很多年|多年|这么多年|好多年|这么久|那么久|好久)?(?:的)?\s*$/;
/** Right before a rival it is the object of copying: "copy apple", "wait for apple", 抄苹果 (not of a comparison: "better than
 * Samsung. That company is a joke" is about Samsung). */
const RIVAL_AS_OBJECT = /(?:\b(?:copy|copies|copied|copying|clone|clones|cloned|cloning|rip off|ripped off|ripping off|wait for|waits for|waited for)\s+|(?:抄|抄袭|模仿|照搬|山寨)\s*)$/;
/** A reference by an English possessive pronoun ("their staff", "its fans"): it means the subject as often as the last name. */
const POSSESSIVE_REF = /^(?:their|its)\s/;
/** What may open a clause that is only a plural insult said to someone: ", idiots", ". bunch of clowns." */
const VOCATIVE_PREFIX = /^[\s@#]*(?:(?:you|u|ya|what|a|bunch of|pack of|gang of|band of|such|absolute|total|complete|utter|actual|real|pure|certified|literal|fucking|bloody|damn|truly|literally|just|the|most|most\s+[a-z]+|biggest|greatest|worst|and)\s+)*$/;
/** Between a name and the company or person noun that says what it is ("google is an ad company", "pichai is the worst ceo"): the name itself, no other party. */
const IS_A_BEFORE = /^\s+(?:is|was|'s)\s+(?:just\s+|basically\s+|literally\s+)?(?:an?|the)\s+(?:[a-z-]+\s+){0,2}$/;
/** A thing pointed at by a demonstrative between a product and an insult noun (iOS 18这个相册改版真是智障). */
const POINTED_THING_ZH = /(?:这个|那个|这款|那款|这次的?|这回的?|这一代的?)[\u4e00-\u9fff]{2}/;
/** Before a singular said alone of one person: "what a fraud", "such a clown", "absolute joke". */
const SINGULAR_TO_ONE = /^\s*(?:what an?|such an?|an? (?:total|absolute|complete|utter)|(?:total|absolute|complete|utter))\s+(?:[a-z]+\s+)?$/;
/** A person of their own named in English (the host, that podcaster, he): whom a singular said alone may be for. */
const OTHER_PERSON_EN = /\b(?:host|hosts|guy|man|woman|lady|dude|journalist|reporter|interviewer|podcaster|anchor|presenter|moderator|youtuber|influencer|guest|he|she|him|her)\b/;
/** A plural for people right after an insult word, which it qualifies ("dumbest consumers", "delusional people"). */
const PEOPLE_PLURAL_AFTER = /^\s+(?:people|ppl|consumers|customers|users|buyers|owners|fans|fanboys|humans|crowd)\b/;
/** English plurals a vocative may be: -s words ("crooks", "con artists") and plurals without -s. */
const ENGLISH_PLURAL = /^(?:[a-z][a-z -]*s|sheep|sheeple|cattle|scum|cult|[a-z][a-z -]*\s(?:people|ppl))$/;
/** Before a curse or death wish said alone: nothing but marks, @, # or an interjection ("ok rot in hell"). */
const EXCLAIMED_PREFIX = /^[\s@#]*(?:(?:so|ok|okay|well|just|now|honestly|seriously|and|yeah|lol)\s+)*$/;
/**
 * Before a plural that closes the post in a sentence of its own: at most two modifiers and no verb, pronoun or
 * determiner ("delusional nationalist sheep"); not after a comma ("xiaomi is amazing, jealous idiots" insults its critics).
 */
const VERBLESS_MODIFIERS = /^\s*(?:(?!(?:is|are|was|were|be|been|am|have|has|had|do|does|did|will|would|can|could|should|i|you|we|they|he|she|it|my|your|their|our|his|her|the|these|those|some|all|not|no|never|poor|love|like|hate|call|called|calling|people)\b)[a-z][a-z-]*\s+){1,2}$/;
/** What may follow it to the end of its sentence, when more of the post follows: a short phrase of place or kind
 * ("Criminals in suits.", "Thieves with a marketing budget."), a tag that closes a verdict ("Thieves, plain and
 * simple."), marks, a clown emoji (🤡 is 小丑). A laugh may not:
 * "xiaomi deleted my photos, idiots lol" jokes. */
const SENTENCE_END_AFTER_VOCATIVE = /^(?:\s+(?:in|on|with|of|(?:dressed (?:up )?|disguised |posing )as)\s+[a-z][a-z ]{0,24}|\s+to the (?:core|bone)|\s+(?:alive|on earth))?(?:\s*,\s*(?:every (?:last |single )?one(?: of them)?|every (?:single |last )?(?:time|launch|year|release|update|day)|each and every one(?: of them)?|all of them|the (?:whole|entire) (?:lot|company|bunch|gang|thing)(?: of them)?|the lot of them|that'?s (?:all|what) they are|(?:plain|pure) and simple|simple as that|period|full stop|end of story|nothing more|through and through))?[\s.!?…]*(?:(?:小丑|\p{Extended_Pictographic})[\s.!?…\u{FE0F}\u{1F3FB}-\u{1F3FF}]*)*$/u;
/** A clause that ends by calling them so: "stop coping you absolute …", "go touch grass you …". */
const CALLED_SO = /\b(?:you|u|ya)\s+(?:(?:absolute|total|complete|utter|fucking|bloody|damn|little|stupid|dumb)\s+)*$/;
/** Between a thing and a pejorative said of it: a copula and degree words (the camera is so dumb, 相机真垃圾). */
const THING_THEN_PREDICATE = /^\s*(?:(?:is|are|was|were|'s|’s)\s+(?:(?:so|really|just|too|pretty|kinda|very|such|a|an|the)\s+)*|(?:真的|真|太|很|也|都|就是|是|简直)*)$/;
/** Before a company noun in a verbless sentence: only words, commas and spaces ("Fraudulent garbage "). */
const JUDGED_OPENING = /^[\s.!?…]*(?:[a-z][a-z-]*,?\s+){1,3}$/;
/** After it: the sentence ends, or a phrase of kind, degree or time follows ("full of crooks", "top to bottom", ", always has been"). */
const JUDGED_CLOSING = /^(?:\s*(?:[,.!?…]|$|\p{Extended_Pictographic})|\s+(?:full of|of|with|run by|top to bottom|through and through|to the core)\b)/u;
/** How far into a reply a plural insult that is the whole reply may start (its loaded words before it). */
const PLURAL_ALONE_REACH = 40;
/** Them, they, their: a post that speaks of the people so says "you" to someone else ("you keep attacking them"). */
const THEM = /\b(?:them|they|their|they're)\b/;
/** These or those before a plural insult: "never calling these clowns again", "those thieves". */
const POINTED_SO = /\b(?:these|those)\s+(?:(?:absolute|total|complete|utter|fucking|bloody|damn|little|stupid|dumb|greedy|lying)\s+)*$/;
/** What may follow it to the end of the post. */
const POST_END = /^[\s.!?…\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]*$/u;
/**
 * The same in Chinese: adverbs and group words before (真, 纯纯, 一帮), with 的 after a loaded modifier (一帮吸血的), the
 * intensifying 大 (纯纯大韭菜), particles and marks after (啊, 吧, 。！).
 */
const VOCATIVE_PREFIX_ZH = /^(?:\s|真|太|纯|纯纯|简直|就是|真是|真的是|简直是|实在是|一群|一帮|一伙|都是|全是|的|大)*$/;
const GROUP_WORD_ZH = /一群|一帮|一伙/;
/** The whole opening of a clause that is only an epithet: a group word (一群废物, 一帮骗子). */
const EPITHET_OPENS = /^\s*(?:真是|就是|纯纯|纯)?(?:一群|一帮|一伙)\s*$/;
/** Right after the epithet: its clause ends with a comma. */
const CLAUSE_MARK_NEXT = /^\s*[,，]/;
/** A group word, then a relative clause of up to 16 characters closed by 的, right before the insult. */
const GROUP_HEADS_ZH = '一群|一帮|一伙|一堆|一窝';
const GROUP_FRAME_ZH = new RegExp(`(${GROUP_HEADS_ZH})[^,.!?;:]{1,16}的\\s*$`);
/** A group word opened before a point and not closed by a clause mark since. */
const GROUP_OPEN_ZH = new RegExp(`(?:${GROUP_HEADS_ZH})[^,.!?;:]*$`);
/** How many sentences a lone plural at the post's end may stand after the name it is said to. */
const VOCATIVE_SENTENCES = 3;
/** Another business in a news item: the brand's supplier, maker, seller or a counterfeiter, scalpers. */
const OTHER_BUSINESS_IN_NEWS = /供应商|代工|厂商|厂家|山寨|黄牛|经销商|代理商|合作方|授权|加盟店|维修店|网店|第三方|投资的|那家|\b(?:suppliers?|manufacturers?|makers?|sellers?|resellers?|retailers?|counterfeit(?:ers?)?|partners?|contractors?|vendors?|repair shops?|carriers?|franchise)\b/;
/** What may stand before a word in a clause with no subject of its own, once its wish words are blanked: adverbs, a pronoun pointing back. */
const NO_SUBJECT_EN = /^[\s,!]*(?:(?:i|we|just|really|so|lol|lmao|honestly|please|pls|they|it|will|would|could|should|can|all|finally|already|soon|to|and|must|gonna|going|even)[\s,!]+)*$/;
const NO_SUBJECT_ZH = /^(?:[\s,，!！~]|直接|原地|赶紧|赶快|快点|快|早点|早日|早|干脆|索性|还是|就|也|都|一起|彻底|马上|立刻|立马|最好|可以|该|活该|应该|希望|建议|祝|盼|它|他们)*$/;
/**
 * Has the cue's clause no subject of its own before it: only wish words, adverbs and a pronoun that points back
 * (赶紧倒闭吧, "hope they go bust"; not 希望百度赶紧倒闭, 黄牛赶紧破产吧, "hope the counterfeiters go bust"), and is the cue no
 * modifier of a noun after it (盼倒闭的人)?
 */
function noSubjectBefore(cue: Hit, found: readonly CueHit[], seg: Segmentation, text: string): boolean {
  if (text.charCodeAt(cue.end) === 0x7684) return false;
  const from = seg.clauseStartOf(cue.start);
  const wishes = found.filter((w) => CUE_KINDS[w.kind].role === 'wish' && w.start >= from && w.end <= cue.start);
  const rest = blankWords(text.slice(from, cue.start), from, wishes);
  return (isCjkChar(text.charCodeAt(cue.start)) ? NO_SUBJECT_ZH : NO_SUBJECT_EN).test(rest);
}

/** Right before a noun for people: what a show, a story or a talk is about ("a documentary about sociopaths"). */
const ABOUT_BEFORE = /\babout\s+(?:the\s+|these\s+|those\s+|some\s+)?$|(?:关于|讲)$/;
/** After a product word right after the name: a line of business, which is the company in part ("phone business", 手机业务). */
const BUSINESS_AFTER = new RegExp(String.raw`^\s*(?:${BUSINESS_WORDS}|业务|部门|事业部)\b`);
/** A possessive of the author's before a name: the device ("my xiaomi got stolen", 我的小米). */
const OWNED_BEFORE = /(?:\b(?:my|our)\s+|我的|我家的?)$/;
/** Right before a name: a device in hand (this samsung, my xiaomi). */
const DEVICE_BEFORE = /\b(?:my|our|this|that)\s+$/;
/** The opening of a sentence that goes on about the name before it: a pronoun subject ("then they ghosted me"). */
/** Pronouns that point back at a company: English (subject and possessive forms), Chinese. */
const BACK_EN = "they|they're|they've|their|theirs|it|it's|its";
const BACK_ZH = '它们|它家|他们|他家|它';
const GOES_ON = new RegExp(`^\\s*(?:(?:then|and|so|now|still|again|also|but|and then)\\s+)*(?:${BACK_EN}|that's|thats|that is|this is|caught|got caught|same|typical|classic)\\b|^\\s*(?:然后|结果|后来|还)?(?:${BACK_ZH}|这家|这公司)`);
/**
 * Does every sentence strictly between the name's and the cue's open with a pronoun that goes on about the name?
 * The span is bounded (the cue pairs only with names within RADIUS), and read once.
 */
function goesOnAbout(target: Hit, cue: Hit, seg: Segmentation, text: string): boolean {
  let sentence = seg.sentenceIndex(target.start);
  const last = seg.sentenceIndex(cue.start);
  for (let i = target.end; i < cue.start; i++) {
    const s = seg.sentenceIndex(i);
    if (s === sentence) continue;
    sentence = s;
    if (s === last) break;
    // The sentence opens at i (after the mark that ended the one before).
    if (!GOES_ON.test(text.slice(i, i + 24).replace(/^[\s.!?。！？…]+/, ''))) return false;
  }
  return true;
}
/** Roles that name a group or party other than the name. */
const GROUP_ROLES: readonly CueRole[] = ['other-group', 'opponent-head', 'third-party'];
/** The count that makes a closing Chinese insult one person's verdict (小丑一个, 骗子一枚). */
const COUNTS = '一个|一枚|一只|一条';
const COUNTED_AFTER = new RegExp(`^(?:${COUNTS})`);
/**
 * After a Chinese insult at the post's end: a degree complement (脑残到不行, 蠢透了) or a count (at the end only, as
 * 骗子一个电话 is a scammer's call), particles and marks, emoji and [表情] codes (一群冤种😂).
 */
const POST_END_ZH = new RegExp(String.raw`^(?:到不行|得不行|到家了|到极点|透了|至极|${COUNTS})?(?:[\s.!?…。！？~～啊吧了呢呀哈欸诶耶喔啦\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]|\[[^\]\s]{1,6}\])*$`, 'u');

/**
 * "@united lost my bag again, idiots", 花粉天天吹遥遥领先，脑残: an English plural insult, or a Chinese word that can only
 * name people, standing alone as the last clause of a post is said
 * to the name the post spoke of just before (in the same sentence or the one before), when no other name, party or
 * group of people (haters, "my friends", you) is named between them.
 */
function vocative(target: TargetHit, cue: CueHit, spec: CueKindSpec, all: HitIndex<TargetHit>, cues: Cues, seg: Segmentation, text: string, proper: ProperNouns): boolean {
  if (!(spec.addressable || spec.vocative) || target.end > cue.start) return false;
  // "花粉天天吹遥遥领先，脑残": in Chinese, a word that can only name people, alone as the last clause.
  const chinese = isCjkChar(text.charCodeAt(cue.start));
  // In English, a plural ("crooks", "con artists", "sheep"), or a curse or death wish said alone ("go to hell").
  const exclaimed = !chinese && spec.exclaimed === true;
  // Of one person (an executive), a singular too: "Ren Zhengfei lecturing everyone about openness. what a fraud".
  // Only when the executive is the subject and no other person is named between ("Pichai's interview with that
  // podcaster was rough, the host kept interrupting. what an idiot" is about the host).
  const toOne = () => target.kind === 'executive' && SINGULAR_TO_ONE.test(seg.clausePrefix(cue.start)) && isSubject(target, text, seg, false) && !OTHER_PERSON_EN.test(text.slice(target.end, cue.start));
  // "dumbest consumers on the planet": an insult word with a plural for people right after it is that plural; a word
  // said only of people ("…thanking the warden. braindead") is one too when it is its sentence's only word. Only of
  // people named before (fans, buyers, staff): after a company, the sentences between often tell of people of their
  // own that no word names as such ("xiaomi's post is full of bots copy pasting the same line. dumbest humans…").
  // Nor after a person of their own told of on the way ("samsung store staff caught a guy walking out with 6 phones. braindead").
  // (Read only when the plural is not there: most pairings are done before.)
  const plural = !chinese && !exclaimed && cue.text.length >= 4 && (ENGLISH_PLURAL.test(cue.text) || toOne());
  let people: RegExpExecArray | null = null;
  let alone = false;
  if (!chinese && !exclaimed && !plural && (target.kind === 'fans' || target.kind === 'executive')) {
    people = PEOPLE_PLURAL_AFTER.exec(text.slice(cue.end, cue.end + 16));
    alone = !people && spec.role === 'people-noun' && seg.sentencePrefix(cue.start).trim() === '' && /^[\s.!?…]*$/.test(text.slice(cue.end, seg.sentenceEnd(cue.start)));
    if ((people || alone) && OTHER_PERSON_EN.test(text.slice(target.end, cue.start))) {
      people = null;
      alone = false;
    }
  }
  const end = people ? cue.end + people[0].length : cue.end;
  if (chinese ? !(namesPeople(cue, cues) || spec.vocative === true) : !exclaimed && !plural && !people && !alone) return false;
  // The end of the post first, on a bounded look: only a cue there reads its clause.
  // Or the end of its sentence ("…call it innovation. Absolute NPCs. 'But the zoom!!' shut up"), perhaps with a
  // laugh after it; in English the clause may also end by calling them so ("stop coping you absolute clowns").
  const sentenceEnd = seg.sentenceEnd(cue.start);
  // (A count after it makes it one person's verdict: in a sentence the author opens, on the author: 我买了小米，傻子一个.)
  const sentenceStart = cue.start - seg.sentencePrefix(cue.start).length;
  const onAuthor = chinese && COUNTED_AFTER.test(text.slice(end)) && withRole(cues, 'self', sentenceStart, sentenceStart + 2).some((me) => me.start <= sentenceStart + 1);
  const endsPost = !onAuthor && text.length - end <= 8 && (chinese ? POST_END_ZH : POST_END).test(text.slice(end));
  const endsSentence = !onAuthor && sentenceEnd - end <= 32 && (chinese ? POST_END_ZH : SENTENCE_END_AFTER_VOCATIVE).test(text.slice(end, Math.max(end, sentenceEnd)));
  // "小米客服全是复读机。一群废物，问三遍答非所问": in Chinese, a group word and the insult, alone as the first clause of
  // the sentence after the name's, is an epithet for what that sentence spoke of.
  const epithet = chinese && !endsPost && !endsSentence && seg.sentenceIndex(cue.start) === seg.sentenceIndex(target.start) + 1 &&
    seg.clausePrefix(cue.start).length === seg.sentencePrefix(cue.start).length && EPITHET_OPENS.test(seg.clausePrefix(cue.start)) && CLAUSE_MARK_NEXT.test(text.slice(cue.end, cue.end + 2)) &&
    // not after praise of the name (小米客服态度很好。一群废物，说的是楼上那些喷子)
    !roleBetween(cues, 'praises', target, cue);
  // Most plural insults are neither: they are done here, before their clause is read.
  if (!endsPost && !endsSentence && !epithet && (chinese || !/\b(?:these|those)\s/.test(seg.clausePrefix(cue.start)))) return false;
  let prefix = vocativePrefix(cue, cues, seg);
  // "一群被营销洗脑的傻子": a group word, a relative clause and 的 make a noun phrase of the insult; what the clause
  // says describes the group, so it is left out of the look at the clause's opening words.
  const frame = chinese && /的\s*$/.test(prefix) ? GROUP_FRAME_ZH.exec(prefix.slice(-24)) : null;
  if (frame) prefix = prefix.slice(0, Math.max(0, prefix.length - 24) + frame.index + frame[1]!.length);
  // Names inside the clause still say who the group is (一群只会黑小米的傻子 are its haters).
  const described = cue.start;
  // "Never calling these clowns again": a plural insult pointed at with these/those is a noun phrase anywhere in its
  // sentence, and points back at what the post spoke of.
  const pointed = !chinese && POINTED_SO.test(prefix);
  if (!endsPost && !endsSentence && !pointed && !epithet) return false;
  if (exclaimed ? !EXCLAIMED_PREFIX.test(prefix) || (!endsPost && !endsSentence) : !(chinese ? VOCATIVE_PREFIX_ZH : VOCATIVE_PREFIX).test(prefix) && (chinese || !(CALLED_SO.test(prefix) || pointed || (endsPost && VERBLESS_MODIFIERS.test(prefix) && seg.clauseStartOf(cue.start) === cue.start - seg.sentencePrefix(cue.start).length)))) return false;
  // A rant may tell what the name did over a few sentences before the last word ("…then they ghosted me. scumbags."):
  // each sentence between must go on about it ("they…", "it…"); another subject ("seller never shipped") is whom
  // the word is for. "my xiaomi" is the author's device, not the company.
  const sentences = seg.sentenceIndex(cue.start) - seg.sentenceIndex(target.start);
  if (sentences > VOCATIVE_SENTENCES || (sentences > 1 && !goesOnAbout(target, cue, seg, text))) return false;
  if (OWNED_BEFORE.test(text.slice(Math.max(0, target.start - 6), target.start))) return false;
  const toName = seg.addressesPost(target) || calledFirst(target, all, text) || seg.addressesFrom(target, cue.start);
  // In a post said to the name, the author's "me" is no other party ("@united are you kidding me? incompetent fools");
  // nor is the author anywhere when the insult names a group: an English plural, 一帮/一群 (说到小米我就来气。一帮…).
  const group = !chinese || GROUP_WORD_ZH.test(seg.clausePrefix(cue.start));
  // A post about people that ends by calling them so ("…You bought a toy, stop coping you absolute clowns") says
  // "you" to those people throughout.
  const youAreThem = !chinese && CALLED_SO.test(prefix) && (target.kind === 'fans' || target.kind === 'executive') && !THEM.test(text.slice(target.end, cue.start));
  const isNoOtherParty = (role: CueRole) => (role === 'self' && (toName || group)) || (role === 'addressee' && (toName || youAreThem));
  // In Chinese the clause's first name is its topic: a name after it in its clause is an object (米粉天天吹小米，脑残).
  if (chinese && all.items.some((o) => o !== target && o.end <= target.start && seg.strictlySameClause(o, target))) return false;
  // Nor when someone is named before it in its clause: they are its subject, the name their object.
  if (chinese && OTHER_SUBJECT_ROLES.some((role) => withRole(cues, role, seg.clauseStartOf(target.start), target.start).some((h) => h.end <= target.start))) return false;
  // A word that needs the name as its topic: the name opens its clause (not 网上有人造谣三星，无耻), and suffers nothing on the
  // way (小米门店昨晚被砸了，无耻: the word is for whoever did it).
  // Nor after a thing of its named on the way (苹果这个充电头卖149，不要脸: the price is criticised).
  if (spec.vocativeOfTopic && (!TOPIC_OPENING.test(seg.clausePrefix(target.start)) || POINTED_THING_ZH.test(text.slice(target.end, cue.start)) ||
    TOPIC_LOST_ROLES.some((role) => withRole(cues, role, target.end, cue.start).some((v) => v.start >= target.end && v.end <= cue.start)))) return false;
  const between = (o: TargetHit) => o !== target && o.start >= target.end && o.start < described && !(chinese && seg.strictlySameClause(o, target));
  return !all.between(target.end, described).some(between) &&
    // In a post said to the name, "you" is the name ("@united are you kidding me? incompetent fools").
    // "They sell you a cheap phone and steal your data": a "you" that is an object or an owner is anyone, not a party.
    // One user or buyer is a person only when counted ("every user"), not a noun's modifier ("it's user choice"); a word
    // for people stacked right before the insult is part of it ("brainwashed idiots").
    !SUBJECT_ROLES.some((role) => !isNoOtherParty(role) && withRole(cues, role, target.end, described).some((h) => h.end <= described && !(role === 'addressee' && !chinese && genericYou(h, text)) && !((role === 'company-head' || role === 'staff-head') && IS_A_BEFORE.test(text.slice(target.end, h.start))) &&
      !uncounted(h.kind, text, h.start) && !(role === 'people-noun' && !chinese && /^[\s,]+$/.test(text.slice(h.end, described))))) && withRole(cues, 'opponent-head', target.end, described).length === 0 &&
    // A group pointed at between them (网上那些黑子。一群骗子。) is whom the insult goes on about.
    // Not the word that points at the insult itself ("These clowns have been selling…").
    !withRole(cues, 'other-group', target.end, described).some((d) => d.end <= described && !(chinese && seg.strictlySameClause(d, cue)) && !(pointed && seg.strictlySameClause(d, cue))) &&
    otherMentions(text, target.end, described, all).length === 0 &&
    // "xiaomi sued two bloggers, idiots": people named between are whom the plural is for.
    (chinese || !PEOPLE_PLURAL.test(text.slice(target.end, described))) &&
    // "Apple sells you an unlocked phone, then Verizon locks it. Leeches.": another party named between.
    (chinese || !proper(target.end, described)) &&
    // "Apple got hacked again. The criminals.": the name suffered the wrong; the word is for whoever did it.
    !VICTIM_AFTER.test(text.slice(target.end, target.end + 30)) && !AGENT_AFTER.test(text.slice(target.end, target.end + 30)) &&
    // "Samsung fanboys crying that Xiaomi made a better foldable. Stay mad, sheep.": a rival opening the sentence, with
    // the name inside what is said of it (that, because, 说…), is what the sentence is about; the word is theirs. Not
    // a contrast ("Unlike Google, Samsung…", "Apple respects privacy while Google sells your data").
    !all.items.some((o) => o.kind === 'rival' && o.end <= target.start && seg.sameSentence(o, target) && /^[\s@#]*$/.test(seg.sentencePrefix(o.start)) &&
      RIVAL_SAYS_OF.test(text.slice(o.end, target.start))) &&
    // "The US banned Huawei. burn in hell": a curse said alone goes to the name only when its clause is about it.
    (!exclaimed || ((target.kind === 'brand' || target.kind === 'fans' || target.kind === 'executive') && isSubject(target, text, seg, false) && !THING_ENDED.test(text.slice(target.end, described))));
}

/**
 * Words that may qualify a plural said to the name: loaded ones ("greedy bastards"), not complaints, which also
 * pity ("poor bastards").
 */
const QUALIFIER_KINDS = loadedKinds();
const QUALIFIER_KIND_SET: ReadonlySet<CueKind> = new Set(QUALIFIER_KINDS);
/**
 * The clause before `cue`, with its qualifying words blanked: "greedy bastards" reads as "bastards", and so does a word of
 * the cue's own kind stacked before it ("brainwashed idiots").
 */
function vocativePrefix(cue: CueHit, cues: Cues, seg: Segmentation): string {
  const prefix = seg.clausePrefix(cue.start);
  const from = cue.start - prefix.length;
  return blankWords(prefix, from, [...cues.ofAny(QUALIFIER_KINDS, from, cue.start), ...cues.of(cue.kind, from, cue.start)].filter((w) => w.end <= cue.start));
}

/**
 * `prefix` (which starts at offset `from` of the text) with the words given blanked out, unit for unit, so offsets
 * keep their place (an emoji, two UTF-16 units, shifts nothing).
 */
function blankWords(prefix: string, from: number, words: readonly Hit[]): string {
  if (words.length === 0) return prefix;
  const units = prefix.split('');
  for (const w of words) for (let i = Math.max(w.start, from); i < w.end && i - from < units.length; i++) units[i - from] = ' ';
  return units.join('');
}

/** Pronouns that point back at what a reply answers: "boycott them", "they are crooks", 它家就会画饼. */
const POINTING_PRONOUN = new RegExp(`\\b(?:${BACK_EN}|them)\\b|${BACK_ZH}`, 'g');
function pronouns(text: string): Hit[] {
  const found: Hit[] = [];
  for (const m of text.matchAll(POINTING_PRONOUN)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return found;
}
/** Sentences after the first a reply's target opens, up to and with the first that names a party or group of its own. */
const REPLY_SENTENCES = 4;
/** The longest later sentence of a reply that still goes on about what it answers. */
const REPLY_SENTENCE_LENGTH = 40;
function sentenceOpenings(text: string, seg: Segmentation, cues: Cues, first: TargetHit): TargetHit[] {
  const openings: TargetHit[] = [];
  let sentence = 0;
  for (let i = 0; i < text.length && openings.length < REPLY_SENTENCES; i++) {
    if (seg.sentenceIndex(i) === sentence) continue;
    const previous = sentence;
    sentence = seg.sentenceIndex(i);
    // The sentence before named someone else: what follows is about them.
    if (GROUP_ROLES.some((role) => allWithRole(cues, role).some((h) => seg.sentenceIndex(h.start) === previous))) break;
    while (i < text.length && /[\s.!?。！？…]/.test(text[i]!)) i++;
    // A long sentence is an argument of its own, not a jab at what the reply answers.
    if (i >= text.length || seg.sentenceEnd(i) - i > REPLY_SENTENCE_LENGTH) break;
    openings.push({ ...first, start: i, end: i });
  }
  return openings;
}

/** What may open a post before a company called by its name: an interjection ("wow google, …"). */
const CALLED_BEFORE = /^\s*(?:(?:wow|hey|oh|yo|dear|well|ok|okay|so|lol|man|bruh|seriously|honestly|thanks|thank you|哇|喂|呵呵|好家伙)[\s,，!！]*)?$/;
/** Right after it: a comma or an exclamation mark ("xiaomi, you…", 小米，你们…). */
const CALLED_AFTER = /^\s*[,，!！]/;
/**
 * "wow google, another dead product. you people are morons": the company named first in the post and set off by a
 * comma is called, as an @handle opening the post is; what the post says to "you" is said to it. Only the company,
 * and only the one name of the post (a list of names is no call).
 */
function calledFirst(target: TargetHit, all: HitIndex<TargetHit>, text: string): boolean {
  return target.kind === 'brand' && target.start <= 24 && CALLED_BEFORE.test(text.slice(0, target.start)) && CALLED_AFTER.test(text.slice(target.end, target.end + 3)) &&
    !all.items.some((o) => o !== target && (o.kind === 'brand' || o.kind === 'rival'));
}

/** A handle: @ and the letters, digits and underscores after it; not an @ inside a word ("sc@m"). */
const MENTION = /(?<![a-z0-9_])@[a-z0-9_]+/g;

/**
 * The @handles between `from` and `to` that name none of the profile's or its rivals' terms: other accounts, which
 * take a cue nearer to them than the brand, as a third party does ("they said to hell with @someone", "@brand").
 */
function otherMentions(text: string, from: number, to: number, all: HitIndex<TargetHit>): Hit[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  // Most windows hold no handle: one bounded look, no slice.
  const at = text.indexOf('@', lo);
  if (at < 0 || at >= hi) return [];
  const found: Hit[] = [];
  const window = text.slice(lo, hi);
  for (const m of window.matchAll(MENTION)) {
    const hit = { start: lo + m.index, end: lo + m.index + m[0].length, text: m[0] };
    if (!all.between(hit.start, hit.end).some((t) => overlaps(t, hit))) found.push(hit);
  }
  return found;
}

/** Is the cue also, at the very same span, a word that can only name people (脑残, idiot)? */
function namesPeople(cue: Hit, cues: Cues): boolean {
  return withRole(cues, 'people-noun', cue.start, cue.end).some((p) => p.start === cue.start && p.end === cue.end);
}

/**
 * Does the cue's clause hold, after the name, a plural demonstrative and a noun of its own before the cue
 * ("那些喷子真该死", 骂人的那些人才该死, 小米评论区那些喷子真是脑残, "those people at the counter are idiots")? Not
 * when the two point back at the company ("these guys").
 */
function openedByGroup(target: Hit, cue: Hit, cues: Cues, seg: Segmentation, text: string): boolean {
  // The group's words stand shortly before the cue: a bounded look, however long the clause.
  const from = Math.max(seg.clauseStartOf(cue.start), target.end, cue.start - GROUP_REACH);
  const d = withRole(cues, 'other-group', from, cue.start).find((h) => h.end < cue.start);
  if (!d || d.end > cue.start || GROUP_ADVERBS.test(text.slice(d.end, cue.start))) return false;
  // In the name's own clause, after a copula the group is what the name is (米粉都是那些整天喷人的喷子).
  if (seg.strictlySameClause(target, cue) && APPOSITION_GAP.test(text.slice(target.end, d.start))) return false;
  // The name's own people (小米，那些高管都是傻逼) or a possessive pointing back (雷军和他那些高管, "those around him").
  if (OWN_PEOPLE_ROLES.some((role) => withRole(cues, role, d.end, cue.start).some((h) => h.end <= cue.start))) return false;
  if (POSSESSIVE_BEFORE_GROUP.test(text.slice(Math.max(0, d.start - 6), d.start)) || /\baround (?:him|her|them|it)\b/.test(text.slice(d.end, cue.start))) return false;
  return !REFERENCE_LOOKUP.some((role) => withRole(cues, role, d.start, d.end).some((r) => r.start === d.start));
}
/** Roles that name the name's own people: its staff, its fans. */
const OWN_PEOPLE_ROLES: readonly CueRole[] = ['staff-head', 'fan-head'];
/** A possessive right before a demonstrative: the group belongs to whom it points at (他那些, "his"). */
const POSSESSIVE_BEFORE_GROUP = /(?:他|她|它|他们|它们)(?:的)?$|\b(?:his|her|its|their)\s+$/;
/** A thing that "they" may mean, named between the name and the pronoun: a product, a plural thing ("prices", "phones"). */
function thingBetween(last: Hit, ref: Hit, targets: readonly TargetHit[], cues: Cues, text: string): boolean {
  if (targets.some((t) => t.kind === 'product' && t.start >= last.end && t.end <= ref.start)) return true;
  // In Chinese a thing is plural by a count or a list (三个更新, 耳机和手环); 涨价 names no things.
  return withRole(cues, 'aspect', last.end, ref.start).some((a) => a.start >= last.end && a.end <= ref.start &&
    (isCjkChar(a.text.charCodeAt(0)) ? COUNTED_BEFORE.test(text.slice(Math.max(0, a.start - 4), a.start)) || LISTED_NEXT.test(text.slice(a.end, a.end + 1)) || LISTED_NEXT.test(text.charAt(a.start - 1)) : /[a-z]s$/.test(a.text)));
}
/** Before a Chinese noun: a count (三个, 两款, 几台). */
const COUNTED_BEFORE = /[一二两三四五六七八九十几\d]+[个款台部件种项]$/;
/** Beside a Chinese noun: a list's joint (耳机和手环, 耳机、手环). */
const LISTED_NEXT = /^[和与、跟及]$/;

/** Kinds of one person pointed at, who may be the executive just named (这老头, "this guy"). */
const PERSON_POINTERS = (Object.keys(CUE_KINDS) as CueKind[]).filter((k) => CUE_KINDS[k].pointsAtPerson);
/** How far back a plural pronoun may point: a few sentences. */
const PRONOUN_REACH = 240;
const PRONOUN_SENTENCES = 3;
/** What else "they" could be, named between the name and the pronoun: a party, a group, people. */
const THEY_COULD_BE: readonly CueRole[] = [...GROUP_ROLES, 'fan-head', 'staff-head', 'people-noun', 'fan-ref', 'staff-ref', 'product-ref'];
/** A link or a web address: a party of its own ("vuelos24.es sell cheap flights with @united. are they…"). */
const WEBSITE = /https?:\/\/|\b[a-z0-9-]+\.(?:com|net|org|io|co|es|de|fr|uk|cn|info|shop|store)\b/;
/**
 * English plurals that name people: agent nouns after a determiner or a count (two bloggers, the reviewers, its
 * employees; not "their benchmark numbers"), and a few common words for people (interns, kids, guys, folks…); a
 * pronoun or a plural insult after them may be for them.
 */
const PEOPLE_PLURAL = /\b(?:(?:the|these|those|some|many|most|two|three|four|five|several|its|their|our|my|his|her|all|other|few|\d+)\s+[a-z]{2,}(?:ers|ors|ists|ians|ees)|interns|kids|guys|folks|men|women|children|teens|girls|boys|friends|parents|students|clients|residents|agents|critics|officials|experts|lawyers|cops|police|politicians|staff|workers|customers|users|owners|buyers)\b/;
/** A conjunction opening a clause of its own right before a subject pronoun. */
const CONJUNCTION_BEFORE = /\b(?:and|but|so|because|cause|cuz|since|while|yet)\s+$|(?:而且|但是|所以|因为|可是)$/;
/** Object pronouns, which after the name in its own sentence are usually someone it acts on ("fired its interns and called them…"). */
const OBJECT_PRONOUN = /^(?:them)$/;

/**
 * "Apple throttled old iPhones. Then they lied about it.": a plural pronoun means the company (or the fans or the
 * staff) named last before it, a few sentences back at most, when no one else it could mean was named since (a
 * party or group, people, a product of the name's). It may still mean a thing ("xiaomi makes cheap phones. they are
 * trash"): so it takes only words said of people or companies (`personal`, `contextual`).
 */
function pronounPointsAt(last: TargetHit, ref: CueHit, text: string, cues: Cues, seg: Segmentation, proper: ProperNouns): boolean {
  if (last.kind !== 'brand' && last.kind !== 'fans' && last.kind !== 'executive') return false;
  if (ref.start - last.end > PRONOUN_REACH || seg.sentenceIndex(ref.start) - seg.sentenceIndex(last.start) > PRONOUN_SENTENCES) return false;
  const sameSentence = seg.sameSentence(last, ref);
  // In the name's own clause only as the subject after a conjunction ("…fund it and they're too dumb to care").
  if (sameSentence && (OBJECT_PRONOUN.test(ref.text) || (seg.strictlySameClause(last, ref) && !CONJUNCTION_BEFORE.test(text.slice(Math.max(last.end, ref.start - 10), ref.start))))) return false;
  // The name must be what its clause is about: its subject, not the object of someone else's act ("Masimo sued
  // Apple. They…", "水军又在黑小米，他们…") nor the victim of a named agent ("Xiaomi was hacked by North Korea"); or
  // the object of the author's own act, with no one else in the clause ("Don't trust Xiaomi. They…", 再也不买小米了).
  // A possessor ("Google's whole 'don't be evil' thing was a lie. They're thieves.") may be what a plural pronoun
  // means; one person pointed at (这人) means the possessor's thing's person no more than anyone else.
  if (!isSubject(last, text, seg, true, CUE_KINDS[ref.kind].pointsAtPerson !== true) && !authorsObject(last, text, seg)) return false;
  // Nothing said in between about anyone else: in Chinese the pronoun's clause comes right after the name's; in
  // English every sentence between goes on about the name ("they…", "it…") and no other name is in between
  // ("Samsung replaced my phone. Verizon tried to charge me. They are crooks").
  if (isCjkChar(text.charCodeAt(ref.start))) {
    // (One person pointed at, 这老头, may come later: things said between are no person it could mean.)
    if (seg.clauseIndex(ref.start) - seg.clauseIndex(last.start) > 1 && CUE_KINDS[ref.kind].pointsAtPerson !== true) return false;
  } else if (!goesOnAbout(last, ref, seg, text) || proper(last.end, ref.start)) return false;
  // 它 means a thing or a company, never a person: it means no fans or staff, and people named on the way (我妈说…)
  // do not stand in its way.
  if (CUE_KINDS[ref.kind].notPeople === true) return last.kind === 'brand';
  // What else is named from the opening of the name's sentence ("my coworkers love xiaomi. they…") to the pronoun.
  const prefix = seg.sentencePrefix(last.start);
  const from = last.start - prefix.length;
  const elsewhere = (h: Hit) => h.end <= ref.start && (h.start >= last.end || (h.start >= from && h.end <= last.start));
  if (THEY_COULD_BE.some((role) => withRole(cues, role, from, ref.start).some(elsewhere))) return false;
  // People or websites of their own ("sued two bloggers", "my coworkers", "vuelos24.es sell…").
  const around = `${prefix} ${text.slice(last.end, ref.start)}`;
  return !PEOPLE_BEFORE_REF.test(around) && !PEOPLE_PLURAL.test(around) && !WEBSITE.test(around) && !NEW_PERSON.test(around);
}

/**
 * Between a name and a curse said alone: the end of a thing of its, which the curse sees off ("Apple finally killed
 * the butterfly keyboard. burn in hell"), or its act against someone, whom the curse is for ("Xiaomi banned the
 * scalper accounts. Rot in hell").
 */
const THING_ENDED = /\b(?:killed|kills|dropped|drops|removed|removes|ditched|ditches|discontinued|discontinues|retired|retires|scrapped|scraps|axed|axes|got rid of|gets rid of|ended|ends|exposed|exposes|banned|bans|took down|takes down|shut down|shuts down|caught|catches|sued|sues|fired|fires|blocked|blocks|reported|arrested)\b|砍掉|取消|去掉|停产|下架|封禁|封了|起诉|曝光/;
/** After a name: it suffered a wrong ("got hacked", "were robbed", 被黑, 被偷), so a plural insult after is for the wrongdoers. */
const VICTIM_AFTER = /^\s*(?:(?:is|are|was|were|got|gets|get|has been|have been|had been|been|being)\s+(?:\w+ly\s+|again\s+|just\s+)?(?:hacked|attacked|robbed|scammed|bombed|breached|defrauded|cheated|looted|burgled|vandalized|vandalised|targeted|doxxed|harassed|threatened|ripped off|stolen from|broken into|hit by|(?:the |a )?victims? of)\b|被(?:黑|攻击|抢|骗|偷|盗|诈骗|勒索|网暴))/;
/** What may open a clause before its subject: conjunctions, interjections, adverbs of time ("but honestly apple…", 但是现在小米…). */
const BEFORE_SUBJECT_EN = /^[\s@#"'“(\p{Extended_Pictographic}\u{FE0F}]*(?:(?:and|but|so|then|also|now|yet|still|again|wow|hey|oh|ok|okay|well|lol|lmao|yeah|yes|no|man|bruh|honestly|seriously|literally|remember|of course|the|this|that|these|those|today|lately|recently|apparently|basically|just|even|all)[\s,]+)*$/u;
const BEFORE_SUBJECT_ZH = /^[\s@#“「]*(?:但是|但|可是|而且|然后|所以|结果|现在|如今|今天|最近|这次|这回|又|也|还|就|真的|其实|本来|当年|以前|那个|这个|这|那|呵呵|哈哈|唉|说实话|不过|只是|毕竟)*$/;
/** Someone new brought in on the way ("有个黄牛", "there was a guy"): whom "this guy" or "they" may mean. */
const NEW_PERSON = /有(?:一)?个|有(?:一)?位|有人|(?:那个|这个|那位|这位)[\u4e00-\u9fff]|\bthere (?:was|is|were|are) (?:a|an|some|this)\b|\bsome (?:guy|dude|man|woman|lady|kid)\b/;
/** The end of a clause's prefix that opens a clause of its own, whose subject the name is ("I know that apple…"). */
const SUBORDINATE_OPENS = /(?:^|\s)(?:what|that|how|why|when|because|since|if|where|while|whether|cause|cuz|saying|say|says|said|think|thinks|know|knew|guess|bet|feel|believe|heard|see)\s+(?:the\s+)?$/;
/** "sell you", "steal your data": "you" after a verb or as an owner is anyone, not someone the post turns to. */
function genericYou(you: Hit, text: string): boolean {
  return /^your/.test(you.text) || GENERIC_YOU_BEFORE.test(text.slice(Math.max(0, you.start - 16), you.start));
}
const GENERIC_YOU_BEFORE = /\b(?!(?:and|but|so|if|when|because|that|do|did|are|were|have|can|will|would)\b)[a-z]{2,}\s+$/;
/** Right after a name: a possessive (的 + a noun, 's). */
const OWNED_AFTER = /^(?:的[\u4e00-\u9fff]|'s\b|’s\b)/;
/** After the name in its clause: the passive with its agent named ("was hacked by", 被…), or it is the object of 被 etc. */
const AGENT_AFTER = /^\s*(?:(?:(?:\w+ly|just|again|also|even|now)\s+)*(?:is|are|was|were|got|gets|has been|have been|had been|been|being)\s+(?:(?:\w+ly|just|again|also|even|now)\s+)*\w+(?:ed|en)\s+by\b|(?:又|也|还|这次|再次|再一次|竟然|居然|刚|刚刚|已经)?(?:被|遭))/;

/** Whether a capitalized name of someone else stands in the original text between two offsets of the stretch. */
type ProperNouns = (from: number, to: number) => boolean;
/**
 * "Apple replaced my battery. Best Buy wanted $150. They are thieves": a capitalized word that opens no sentence
 * (Best Buy, Verizon, FedEx) names a party of its own in the original text, which the folded text has lost.
 */
function properNouns(raw: string, normalized: NormalizedText, offset: number): ProperNouns {
  return (from, to) => {
    if (to <= from) return false;
    const start = normalized.map[from + offset]!;
    const end = normalized.map[Math.min(to + offset, normalized.map.length - 1)]!;
    PROPER_NOUN.lastIndex = 0;
    const span = raw.slice(start, Math.min(end, start + PRONOUN_REACH * 2));
    for (let m = PROPER_NOUN.exec(span); m !== null; m = PROPER_NOUN.exec(span)) {
      // Only one that opens a clause inside a sentence ("…, then Verizon locks it"): not a sentence's first word (The,
      // It…), nor an object or a place ("thank Tim", "bought in Spain", "keeps buying Pixels").
      const before = span.slice(Math.max(0, m.index - 12), m.index);
      if (!SENTENCE_OPENS.test(span.slice(Math.max(0, m.index - 3), m.index)) && CLAUSE_OPENS.test(before)) return true;
    }
    return false;
  };
}
/** A capitalized word of two letters or more that is not "I" (Verizon, FedEx, Best). */
const PROPER_NOUN = /(?<![\p{L}\p{N}'’])[A-Z][a-z]+[A-Za-z]*/gu;
/** Before a capitalized word: what opens a clause inside a sentence (a comma, a conjunction, "then"). */
const CLAUSE_OPENS = /(?:[,;]\s*|\b(?:and|but|then|so|while|whereas|or|because|cause|cuz|when|until|whereas|meanwhile)\s+|[,;]\s*(?:and|but|then|so|while)\s+)$/i;
/** Before a word that opens a sentence: nothing, or a full stop, ! or ? and spaces. */
const SENTENCE_OPENS = /(?:^|[.!?:]\s*|^\s*)$/;

/**
 * "Don't trust Xiaomi. They are liars.", 再也不买小米了，他们…: the name as the object of the author's own act (a
 * clause with no one else in it: the author, a negation, a verb) is what the post goes on about.
 */
function authorsObject(name: Hit, text: string, seg: Segmentation): boolean {
  const prefix = seg.clausePrefix(name.start);
  return /[\p{L}]/u.test(prefix) && prefix.length <= 32 && (isCjkChar(text.charCodeAt(name.start)) ? AUTHORS_ACT_ZH : AUTHORS_ACT_EN).test(prefix) && !AGENT_AFTER.test(text.slice(name.end, name.end + 30));
}
const AUTHORS_ACT_EN = /^[\s"'“(\p{Extended_Pictographic}\u{FE0F}]*(?:(?:i|i'm|im|i've|i'll|i am|we|we're|don't|dont|do not|never|won't|will not|not|just|so|ok|honestly|seriously|done|fed up|sick|tired|shame|screw|fuck|rip|bye|goodbye|boycott|avoid|stop|quit|stay|away|trust|trusting|buy|buying|use|using|support|supporting|with|on|from|of|again|anymore|am|can't|cannot|ever|going|to|be|gonna)[\s,]+)*$/u;
const AUTHORS_ACT_ZH = /^(?:我|我们|咱|本人)?(?:再也|以后|从此|永远|绝对|坚决)?(?:不会|不|别|没|不再)?(?:会|要|想|敢|再)?(?:买|用|信|碰|支持|相信|抵制|推荐)$/;

/** Is the name the subject of its clause: nothing but openers before it, and no named agent acting on it after it? */
function isSubject(name: Hit, text: string, seg: Segmentation, complement = true, possessor = false): boolean {
  const prefix = seg.clausePrefix(name.start);
  if (prefix.length > 40) return false;
  // "雷军的发布会上…", "Apple's store…": a possessor is not its clause's subject; what it owns is.
  if (!possessor && OWNED_AFTER.test(text.slice(name.end, name.end + 3))) return false;
  const cjk = isCjkChar(text.charCodeAt(name.start)) || /[\u3400-\u9fff]\s*$/.test(prefix);
  // The subject of a clause of its own counts too ("read up on what the company has been accused of").
  if (!(cjk ? BEFORE_SUBJECT_ZH : BEFORE_SUBJECT_EN).test(prefix) && (cjk || !complement || !SUBORDINATE_OPENS.test(prefix))) return false;
  return !AGENT_AFTER.test(text.slice(name.end, name.end + 30));
}

/** How far before a reference to a company people named by the author are looked for. */
const PEOPLE_REACH = 80;
/** The author's own people: "with my kids", "my roommates", 我朋友们. */
const PEOPLE_BEFORE_REF = /\b(?:my|our)\s+(?:[a-z]+\s+)?[a-z]+s\b|\bwith\s+(?:my|our)\b|我(?:的)?(?:朋友|家人|同事|室友|孩子|兄弟)/;
/** How far before a cue a demonstrative naming its group may stand (骂人的那些人才该死, "those people at the counter are"). */
const GROUP_REACH = 32;
/** What may stand between a demonstrative and an insult without being a noun of its own (那些真该死: no group named). */
const GROUP_ADVERBS = /^[\s真都就太也还才是全]*$/;
const REFERENCE_LOOKUP: readonly CueRole[] = ['brand-ref', 'fan-ref', 'staff-ref', 'product-ref'];

/** Between people and the name: the name is where they are ("the clowns at samsung", "idiots in apple's marketing"). */
const PLACED_AT_NAME = /^\s+(?:(?:in|on)\s+(?:the\s+)?[a-z][a-z -]{0,24}?\s+(?:at|of)\s+)?(?:in|at|from|inside|on|with|using)?\s*(?:the\s+|their\s+|an?\s+)?$/;
/** After "these idiots": where they are ("in the comments", "at the counter"), a group of its own. */
const LOCATED_AFTER = /^\s+(?:in|at|on|from|behind|near|outside|inside)\s+\S/;
/** Does `word` open a sentence (or a clause spliced on with a comma) that comes right after the name's, with only openers before it? */
function opensSentenceAfter(word: Hit, name: Hit, cues: Cues, seg: Segmentation, text: string): boolean {
  if (!/^(?:these|those)$/.test(word.text) || !isSubject(name, text, seg) || VICTIM_AFTER.test(text.slice(name.end, name.end + 30))) return false;
  if (seg.sentenceIndex(word.start) === seg.sentenceIndex(name.start) + 1) return BEFORE_SUBJECT_EN.test(seg.sentencePrefix(word.start));
  // Or the next clause, after a comma or semicolon: "xiaomi is literally spyware, these clowns sell ur data" (sentences
  // spliced). Not when the name's clause denies something of it ("google is not the problem, these scammers…"), or
  // tells what it did to others ("samsung fired the contractor, these idiots…"), nor when the group's clause names the
  // brand as another's ("these clowns predicting its collapse").
  const opening = seg.clauseStartOf(word.start);
  if (seg.clauseIndex(word.start) !== seg.clauseIndex(name.start) + 1 || !seg.sameSentence(word, name) || !SPLICE_BEFORE.test(text.slice(Math.max(0, opening - 2), opening))) return false;
  return BEFORE_SUBJECT_EN.test(seg.clausePrefix(word.start)) && !withRole(cues, 'negates-next', name.end, opening).some((n) => n.start >= name.end && n.end <= opening) &&
    !ACTS_ON_OTHERS.test(text.slice(name.end, opening)) &&
    !/\bits\b/.test(text.slice(word.end, seg.sentenceEnd(word.start)));
}
/**
 * A brand acting against others (suing, firing, banning, removing, warning of them): the people a reply or the next
 * clause then calls "these clowns" are those others.
 */
const ACTS_ON_OTHERS = /\b(?:sues|sued(?!\s+by)|suing|legal action against|wins? (?:a |the )?lawsuit|won (?:a |the )?lawsuit|fired|fires|removes|removed|bans|banned|cracks? down|cracked down|seized|warns|warned|blocks|blocked)\b|起诉|下架|打击|维权|封禁|开除|警告/;
/** After a habit of not buying: the author tells others to do the same. */
const TO_OTHERS_AFTER = /\b(?:neither|nor) should (?:you|anyone|any of you|u)\b|\b(?:you|u) (?:shouldn'?t|should not) either\b|\b(?:you|everyone|u) should(?:n'?t)? (?:too|either|as well)\b|\bnobody should\b|\bno one should\b/;
/** A call made of a negated buying verb ("don't buy", "never buy from", "stop buying"). */
const NEGATED_CALL = /^(?:don'?t|do not|never|stop)\b/;
/** Before it in its clause, its own subject (and a modal): "i", "we", "my dad would", "i'll". Not "everyone", "people should". */
const SUBJECT_BEFORE_CALL = /(?:^|[\s,])(?:i|we|he|she|they|i'?d|i'?ll|we'?d|we'?ll|(?:my|our|his|her|their)\s+[a-z]+)\s+(?:(?:would|will|just|personally|also|really|usually|still|probably)\s+)*$/;
/** In the rest of the name's sentence: the brand's executive or buyers, or its staff named after another of its names. */
function ownPeopleAfter(target: Hit, all: HitIndex<TargetHit>, cues: Cues, seg: Segmentation): boolean {
  const end = seg.sentenceEnd(target.start);
  return all.between(target.end, end).some((t) => t.start >= target.end && (t.kind === 'executive' || t.kind === 'fans' || (t.kind !== 'rival' && withRole(cues, 'staff-head', t.end, t.end + 8).some((h) => h.start >= t.end && seg.strictlySameClause(h, t)))));
}
/** Right before a clause: a comma or semicolon that splices it onto the one before (a dash ends no clause here). */
const SPLICE_BEFORE = /[,;]\s*$/;

/** "these clowns", 那些脑残: the plural demonstrative right before a cue, by which it names a group of its own. */
function demonstrative(cue: Hit, cues: Cues, text: string): CueHit | undefined {
  return withRole(cues, 'other-group', cue.start - 12, cue.start).find((d) => d.end <= cue.start && /^\s*$/.test(text.slice(d.end, cue.start)));
}

/** A pronoun right after a verb that takes an object, pointing back ("boycott them", 抵制它). */
const POINTS_BACK = /^\s*(?:them|it|他们|它们|它|这家公司|this company|these guys|these clowns|those clowns)(?![a-z])/;
/**
 * "american airlines lost my bag, boycott them", "Never fly X. Avoid them.": a verb whose object is a pronoun pointing
 * back reaches the name of its clause's sentence or the one before, when no other name or party stands between.
 */
function pointedBackAt(target: TargetHit, cue: CueHit, all: HitIndex<TargetHit>, cues: Cues, seg: Segmentation, text: string): boolean {
  // Only the company: "xiaomi tv has ads everywhere. avoid it" warns of a product.
  if (!CUE_KINDS[cue.kind].objectAfter || target.kind !== 'brand' || target.end > cue.start || cue.start - target.end > RADIUS) return false;
  if (seg.sentenceIndex(cue.start) - seg.sentenceIndex(target.start) > 1 || !POINTS_BACK.test(text.slice(cue.end, cue.end + 14))) return false;
  if (all.between(target.end, cue.start).some((o) => o !== target && o.start >= target.end)) return false;
  return !GROUP_ROLES.some((role) => withRole(cues, role, target.end, cue.start).some((h) => h.end <= cue.start)) && otherMentions(text, target.end, cue.start, all).length === 0;
}

/** A copula and one adjective, closed by a comma: the first of a list of adjectives ("are miserable, "). */
const ADJECTIVE_OPENS_LIST = /^[^,.!?;]{0,40}?\b(?:is|are|was|were)\s+(?:(?:so|such|a|an|the|really|just|truly|absolutely|most)\s+)*[a-z][a-z-]*\s*,\s*$/;
/**
 * After the cue: the end of the clause, perhaps after a noun for people the cue qualifies ("the cheapest, dumbest crowd";
 * not people in the comments or the chat, who are commenters) and a phrase of place or kind ("idiots in the sky", "crowd in tech").
 */
const LIST_NOUN_ENDS = /^(?:\s+(?:people|crowd|bunch|lot|group|customers|users|buyers|fans|fanboys|fanbase)(?!\s+(?:in|on)\s+(?:the\s+)?(?:comments?|chat|replies|thread|stream|live)\b))?(?:\s+(?:in|on|of|at|from)\b[^,.!?;，。！？]*)?\s*(?:$|[,.!?;，。！？])/;
/** What may stand before the cue in the clause that goes on with that list: more adjectives, no verb. */
const ADJECTIVES_GO_ON = /^\s*(?:and\s+)?(?:(?!(?:is|are|was|were|be|been|am|have|has|had|do|does|did|will|would|can|could|should|i|you|we|they|he|she|it|my|your|their|our|his|her|the|these|those|some|all|haters|people)\b)[a-z][a-z-]*\s+){0,2}$/;
/**
 * "your flight attendants are miserable, power-tripping assholes", "united is a cheap, greedy scam": a comma between
 * adjectives before a noun does not end the clause; the cue right after the list is said of the copula's subject.
 */
function adjectivesListed(target: Hit, cue: Hit, cues: Cues, seg: Segmentation, text: string): boolean {
  if (target.end > cue.start || !seg.sameSentence(target, cue)) return false;
  // At most two words and "and" before the cue: a bounded look, however long the clause.
  const clauseStart = seg.clauseStartOf(cue.start);
  if (cue.start - clauseStart > 40 || !ADJECTIVES_GO_ON.test(text.slice(clauseStart, cue.start))) return false;
  // The cue ends the list's noun phrase: nothing or a phrase of place after it, no verb ("great, idiots complain").
  if (!LIST_NOUN_ENDS.test(text.slice(cue.end, cue.end + 40))) return false;
  if (clauseStart <= target.end || clauseStart - target.end > 64 || !ADJECTIVE_OPENS_LIST.test(text.slice(target.end, clauseStart))) return false;
  // Not after praise: "xiaomi is amazing, jealous idiots" praises the name and insults its critics.
  const comma = text.lastIndexOf(',', clauseStart);
  return !withRole(cues, 'praises', comma - 24, comma).some((w) => /^\s*$/.test(text.slice(w.end, comma)));
}

/**
 * "小米就是个组装厂，一文不值": the name's own clause says what it is (a copula and a short complement), and the
 * next clause is nothing but a judgement (degree words, the cue, a final particle): the judgement is of the name.
 */
function copulaGoesOn(target: TargetHit, cue: CueHit, seg: Segmentation, text: string): boolean {
  if (!seg.sameSentence(target, cue) || !isCjkChar(text.charCodeAt(cue.start))) return false;
  const clauseStart = seg.clauseStartOf(cue.start);
  return clauseStart > target.end && COPULA_CLAUSE.test(text.slice(target.end, clauseStart)) && JUDGEMENT_OPENS.test(text.slice(clauseStart, cue.start)) && JUDGEMENT_ENDS.test(text.slice(cue.end, cue.end + 4));
}

/** A clause that likens the people to what the word names: 跟…一样, 像…似的. */
const SIMILE_OPENS = /^\s*(?:简直|就|真)?(?:跟|像|和|如同)\s*$/;
const SIMILE_ENDS = /^\s*(?:一样|似的|一般)[了的啊吧呀嘛啦\s]*(?:[,.!?;:…~]|$|\p{Extended_Pictographic})/u;
/**
 * A clause that is only a judgement of people: a copula or degree word and a group word before the word (就是一群, 真),
 * perhaps after a contrast (买华为的不一定爱国，但一定好骗), perhaps with a short modifier closed by 的
 * (看人下菜碟的势利眼, 一群只会背稿的复读机).
 */
const PEOPLE_JUDGED_OPENS = /^\s*(?:但是|但|可是|却|而且)?\s*(?:就|都|全|真|简直|纯纯|纯|太|一定|肯定|绝对|确实)?(?:是)?\s*(?:一群|一帮|一伙|一个个|些)?\s*(?:[\u4e00-\u9fff]{1,8}的)?\s*$/;
/**
 * The modifier such a clause may open with, a few characters closed by 的, and what it may not hold: a copula, a
 * passive or 就 (对面才是煽动的), a pronoun, a question or pointing word (不知道哪来的), a negator.
 */
const PEOPLE_JUDGED_MODIFIER = /[\u4e00-\u9fff]+的\s*$/;
const MODIFIER_NOT = /[是才被就我你他她它们哪谁这那不没]/;
/**
 * The word for people in a later clause is said of the people named before (华为那帮高管一个比一个能装，满嘴跑火车)
 * only when its clause is nothing but that judgement (not 弹幕里一群傻逼在刷屏, 一群小丑而已), those people suffered
 * nothing on the way (小米员工被网暴了，一群畜生), no other group is pointed at between (别理那些黑子，一群小丑) and they
 * were not praised (小米客服态度很好。一群废物…).
 */
function saidOfPeopleBefore(target: TargetHit, cue: CueHit, cues: Cues, seg: Segmentation, text: string): boolean {
  const prefix = seg.clausePrefix(cue.start);
  // Or likened to them (…，跟舔狗一样, 像傻子似的), when the author is not in the story told on the way (我照做了，像傻子一样).
  const simile = SIMILE_OPENS.test(prefix) && SIMILE_ENDS.test(text.slice(cue.end, cue.end + 6)) && !roleBetween(cues, 'self', target, cue);
  if (!simile && (!PEOPLE_JUDGED_OPENS.test(prefix) || !JUDGEMENT_ENDS.test(text.slice(cue.end, cue.end + 4)))) return false;
  const between = (role: CueRole) => roleBetween(cues, role, target, cue);
  // With a modifier (看人下菜碟的势利眼): no subject of its own inside it, and nobody else named on the way (对面那个顾客).
  const modifier = PEOPLE_JUDGED_MODIFIER.exec(prefix);
  if (modifier && (MODIFIER_NOT.test(modifier[0]) || SUBJECT_ROLES.some(between))) return false;
  return !between('praises') && !between('suffers') && !GROUP_ROLES.some(between);
}

/** Is a hit of `role` wholly between the name and the cue after it? */
function roleBetween(cues: Cues, role: CueRole, target: Hit, cue: Hit): boolean {
  return withRole(cues, role, target.end, cue.start).some((h) => h.start >= target.end && h.end <= cue.start);
}

/** Right before a name: a verb of wrongdoing whose object it is (抄华为, 骗小米, 黑华为). */
const OBJECT_OF_WRONG_BEFORE = /(?:抄|抄袭|模仿|山寨|骗|坑|黑|骂|喷|碰瓷|蹭)$/;
/** The addressees opening a call: 大家, 各位, 咱们 (一起, 都). */
const ADDRESSEES_OPEN = /^\s*(?:大家|各位|咱们|我们|你们)(?:都|一起|全都|赶紧)?/;
/** The author urging others at a call's opening: 我劝大家, 我建议各位, 真心劝你们. */
const URGING = /^\s*(?:反正|所以|真心|真的)?(?:我|本人)?(?:劝|建议|呼吁|求求)(?:大家|各位|你们|你)(?:都|还是|千万)?/;
/**
 * Chinese often names the topic once and drops it from the comma clauses that follow. A predicate cue in a
 * later clause of the same sentence belongs to the topic when no other name comes between them.
 */
function continuesTopic(target: TargetHit, cue: CueHit, all: HitIndex<TargetHit>, cues: Cues, seg: Segmentation, text: string): boolean {
  if (target.start >= cue.end) return anticipatesTopic(target, cue, all, cues, seg, text);
  if (target.end > cue.start || cue.start - target.end > RADIUS) return false;
  const spec = CUE_KINDS[cue.kind];
  const ofPeople = spec.peopleTopicPredicate === true && (target.kind === 'fans' || target.kind === 'executive');
  if (!spec.topicPredicate && !ofPeople && !(spec.copulaTopicPredicate && copulaGoesOn(target, cue, seg, text))) return false;
  if (!spec.topicPredicate && ofPeople && !saidOfPeopleBefore(target, cue, cues, seg, text)) return false;
  if (!seg.sameSentence(target, cue)) {
    // "苹果又涨价了。这不就是割韭菜吗", "华为那个不叫搞错。太恶心": a sentence with no subject of its own, or one
    // that opens with 这, goes on about the name of the sentence just before it.
    if (seg.sentenceIndex(cue.start) !== seg.sentenceIndex(target.start) + 1) return false;
    // "小米良心？得了吧，就是骗子": an answer opening the sentence is not its subject.
    const opening = seg.sentencePrefix(cue.start);
    const answer = withRole(cues, 'answers-no', cue.start - opening.length, cue.start).find((a) => a.start === cue.start - opening.length + opening.search(/\S/));
    const prefix = (answer ? text.slice(answer.end, cue.start).replace(/^[\s,，]+/, '') : opening).trim();
    if (!/^这/.test(prefix) && prefix.length > 4) return false;
    // "小米挺好的，网上那些黑子。一群骗子": a group or party named after the name is what the next sentence goes on about.
    if (GROUP_ROLES.some((role) => withRole(cues, role, target.end, cue.start).some((h) => h.end <= cue.start))) return false;
  }
  if (!isCjkChar(text.charCodeAt(cue.start))) return false;
  // "苹果起诉了那些山寨厂，活该倒闭": an end said without a subject goes to a thing or group pointed at after the name in
  // its clause (its object), not to the name.
  if (CUE_KINDS[cue.kind].intransitive && POINTED_OBJECT_ROLES.some((role) => withRole(cues, role, target.end, cue.start).some((h) => h.start >= target.end && h.end <= cue.start && seg.strictlySameClause(h, target)))) return false;
  // "小米就是抄华为的，一家抄袭狗公司": a name that is the object of a verb in its clause (抄华为) is no topic; the
  // clause's subject is.
  if (OBJECT_OF_WRONG_BEFORE.test(text.slice(Math.max(0, target.start - 3), target.start))) return false;
  // A clause with a subject of its own (我就是个骗子, 他们是骗子) is not about the earlier topic; 它 ("it") is the topic.
  // "看看小米的定价，你就知道什么叫割韭菜": after "you'll know what … means", the clause is the topic's again.
  const prefix = seg.clausePrefix(cue.start);
  const frame = KNOWING_FRAME.exec(prefix);
  // A call's own addressees (大家抵制, 咱们别买) are no subject of their own: they are whom it calls on.
  const own = frame ? prefix.slice(frame.index + frame[0].length) : prefix;
  // "…，反正我劝大家都别买": the author urging (我劝, 我建议) is who makes the call, no subject of its own.
  // Only after a company named as such (这种公司…，反正我劝大家都别买): after a brand or a product it is as often a
  // shopper's warning about what they bought (以后再也不买华为了，建议大家也不要买).
  // So are the addressees opening a call after it (华为就是这种企业文化，大家抵制一下), unless the company suffered on the way
  // (这种公司被美国制裁了，大家一起抵制: the call may be against whoever did it).
  const urgedAfterCompany = CUE_KINDS[cue.kind].urged === true && target.ref === true && target.kind === 'brand' && !roleBetween(cues, 'suffers', target, cue);
  if (/[我你他她咱谁]|本人|自己|大家|别人/.test(urgedAfterCompany ? own.replace(URGING, '').replace(ADDRESSEES_OPEN, '') : own)) return false;
  // "但这游戏抽卡机制真是骗钱的垃圾", 这种卖假货的该死: a thing or a group pointed at opens the clause, its subject;
  // unless the pointing word refers back (这手机, 这家公司, 这帮人) or is a pronoun of its own (这就是, 这次, 这样).
  const pointed = POINTED_OPENS.exec(own);
  if (pointed) {
    const at = cue.start - own.length + pointed[0].length - 1;
    // 这破公司, 这万恶的美国企业, 这种炸弹厂: a word for a company after the pointer is the company named before; so are
    // its people (那帮高管, 这些米粉) and an epithet within a few characters (这吸血鬼, 这贪得无厌的资本家), not the cue itself.
    if (!cues.ofAny(REFERENCE_KINDS, at - 1, at + 1).some((c) => c.start === at) && !COMPANY_NOUN_AFTER.test(text.slice(at + 1, at + 12)) &&
      !cues.ofAny(EPITHET_KINDS, at + 1, at + 9).some((c) => c.start > at && c.start <= at + 8 && !overlaps(c, cue) && c.end <= cue.start)) return false;
  }
  if (!seg.sameSentence(target, cue) && all.between(target.end, cue.start + RADIUS).some((other) => other !== target && seg.sentenceIndex(other.start) === seg.sentenceIndex(cue.start))) return false;
  // A product of the name's between them does not take a word that can only be about a company or its buyers
  // (华为的鸿蒙就是套壳安卓，骗子: the maker is the liar); any other name does.
  const maker = CUE_KINDS[cue.kind].contextual === true && target.kind === 'brand';
  if (all.between(target.end, cue.start).some((other) => other !== target && other.end <= cue.start && !(maker && other.kind === 'product'))) return false;
  // "小米倒不了，该死的是米粉": a later clause that names a target of its own is about that one.
  return !all.between(cue.start - RADIUS, cue.end + RADIUS).some((other) => other !== target && other.kind !== 'rival' && seg.strictlySameClause(other, cue));
}

/**
 * "除了芯片升级什么都没有，忽悠人，苹果想救市就拿点新东西": a subjectless clause of a word that can only be about a
 * company (fraud, a call) may open a post whose topic is named a little later, when nothing is named before it.
 */
function anticipatesTopic(target: TargetHit, cue: CueHit, all: HitIndex<TargetHit>, cues: Cues, seg: Segmentation, text: string): boolean {
  if (!CUE_KINDS[cue.kind].anticipates || target.start - cue.end > ANTICIPATION) return false;
  if (!isCjkChar(text.charCodeAt(cue.start)) || seg.sentenceIndex(target.start) > seg.sentenceIndex(cue.start) + 1) return false;
  // A subject of its own (我, 他们), a passive (被骗钱), or "those who…" (割韭菜的多了去了) is not the topic's act.
  if (/[我你他她咱谁它被]|本人|自己|大家|别人/.test(seg.clausePrefix(cue.start)) || /^\s*的/.test(text.slice(cue.end, cue.end + 2))) return false;
  // "某些厂商割韭菜，小米不会": a third party opening the clause is its subject.
  if (withRole(cues, 'third-party', cue.start - 24, cue.start).some((p) => p.end <= cue.start && seg.strictlySameClause(p, cue))) return false;
  // The first name of the post, and nothing named between them.
  // The index is sorted by start: the first item tells (one look, however many names the stretch holds).
  return all.items[0]!.start >= target.start;
}

/** After a pointer, a noun for a company within a few characters (破公司, 种垃圾企业, 种炸弹厂): the company named before. */
const COMPANY_NOUN_AFTER = /^[^\s,.!?;:，。！？；：]{0,8}?(?:公司|企业|集团|厂|品牌|牌子)/;
/** Loaded words and words for its people that, a few characters after a pointer, name what the post spoke of (这吸血鬼, 那帮高管). */
const EPITHET_KINDS: readonly CueKind[] = (Object.keys(CUE_KINDS) as CueKind[]).filter((k) =>
  k === 'insult' || k === 'contempt' || k === 'company-contempt' || k === 'fraud' || k === 'person' || CUE_KINDS[k].role === 'staff-head' || CUE_KINDS[k].role === 'fan-head');
/** A clause that opens with a pointing word and a noun of its own (但这游戏…, 这种卖假货的…): up to the 这/那. */
const POINTED_OPENS = /^\s*(?:但是|但|可是|不过|而且|然后|结果)?\s*[这那](?=(?:个|款|种|些|帮|群|家|位|部|台)?[\u4e00-\u9fffa-z])(?![就是也都才还么样次回里儿边会要能该不没又算叫])/;
/** Kinds whose words refer back to a name (这手机, 这家公司, 这帮人, 它): a clause they open goes on about it. */
const REFERENCE_KINDS = (Object.keys(CUE_KINDS) as CueKind[]).filter((k) => {
  const role = CUE_KINDS[k].role;
  return role === 'brand-ref' || role === 'product-ref' || role === 'fan-ref' || role === 'staff-ref' || role === 'pronoun-ref' || k === 'person-ref' || k === 'crew-ref' || k === 'group-ref';
});

function isCjkChar(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** Between a sentence-wide denial and a cue: a contrast that starts a claim of its own (", but", 但是, 不过). */
/** A softener (有点, 一点, 稍微, 偏): what it qualifies is a small fault, said instead of a denied word. */
const SOFTENER = /有点|有些|一点|了点|点儿|稍微|稍|略|偏/;
const CLAUSE_MARK = /[,.!?;:，。！？；：]/;
const CONTRAST_BETWEEN = /[,，;；]\s*(?:but|however|yet|但是|但|可是|不过)\b|[,，;；]\s*(?:但是|但|可是|不过|我说的是|我是说)/;
/** A denial word inside a rhetorical question, right before the cue (难道不是骗子). */
const DENIED_IN_QUESTION = /不是|不算|没有|不|没|\bnot\b|n't|n’t/;

/** Does the rule take a cue of this kind only with a wish word (a doom: 希望小米倒闭, "hope xiaomi dies")? */
function needsWish(rule: Rule, kind: CueKind): boolean {
  const needed = rule.needs?.[kind];
  return needed !== undefined && CUE_KINDS[needed].role === 'wish';
}

/**
 * A negator right before the cue ("小米不是骗子"), or a sentence-wide one before it ("I don't think ..."); for a doom
 * that needs a wish (`wished`), a denial of that wish (我不希望小米倒闭).
 */
function negated(cue: CueHit, cues: Cues, seg: Segmentation, text: string, wished = false): boolean {
  if (CUE_KINDS[cue.kind].unnegated) return false;
  const yes = answeredYes(cue, cues, seg, text);
  // "一群没有脑子的冤大头": a negation inside a modifier (before 的) does not reach the noun it modifies.
  // "这不是骗人吗": a question tag closing the clause right after the cue asks for agreement with what 不是 frames.
  const affirmed = (n: Hit) => withRole(cues, 'affirms', cue.end, cue.end + 4).some((t) => t.start - cue.end <= 1 && seg.strictlySameClause(t, cue) && CUE_KINDS[t.kind].cancels?.includes(n.text) === true &&
    !(CUE_KINDS[t.kind].unlessSoftened && SOFTENER.test(text.slice(t.end, t.end + 12).split(CLAUSE_MARK)[0]!)));
  // "I'm not saying boycott, but Samsung is a scummy company": a contrast ends a sentence-wide denial.
  // "I'm not saying apple fans are sheep but... 🐑": a "but" that trails off after it says what was denied (apophasis).
  const trailsOff = APOPHASIS_AFTER.test(text.slice(cue.end, cue.end + 40));
  const sentenceWide = trailsOff ? [] : withRole(cues, 'negates-sentence', cue.start - RADIUS, cue.start).filter((n) => n.end <= cue.start && seg.sameSentence(n, cue) && !CONTRAST_BETWEEN.test(text.slice(n.end, cue.start)));
  const bySentence = sentenceWide.length > 0;
  // A negator may end inside the cue it denies: 不是 and 是个笑话 share their 是 (小米不是个笑话).
  // An English negator that is a sentence alone is an answer ("No. Samsung sucks", "don't. samsung sucks"): it denies what
  // was asked, not what follows. (Chinese 不，/不是， opens a rejection of what follows: 不是，小米骗子？你认真的吗.)
  const answer = (n: Hit) => !seg.sameSentence(n, cue) && !isCjkChar(text.charCodeAt(n.start)) && seg.standsAlone(n);
  const byNext = withRole(cues, 'negates-next', cue.start - 20, cue.start).some((n) => (n.end <= cue.start || (n.start < cue.start && n.end < cue.end && n.end - cue.start === 1 && cue.text.startsWith('是') && n.text.endsWith('是'))) && seg.sameClause(n, cue) && !answer(n) && !sentenceWide.some((w) => overlaps(w, n)) && seg.tokenDistance(n, cue) <= 2 && !seg.slice(n.end, cue.start).includes('的') && !affirmed(n) && !presupposing(n, cues, seg) &&
    !withRole(cues, 'ends-negation', n.end, cue.start).some((e) => e.start >= n.end && e.end <= cue.start));
  // "你们以为库克傻逼？": the question denies what it frames.
  const question = withRole(cues, 'rhetorical', cue.start - RADIUS, cue.start).find((n) => n.end <= cue.start && seg.sameSentence(n, cue) && seg.isQuestion(cue.start));
  // Two denials assert: "小米难道不是骗子吗？", "谁说小米不是骗子？", "who says apple isn't a scam?", 我不认为小米不是骗子
  // (难道不是 is one word of the lexicon, no negator of its own: a denial word inside the question counts too).
  const inner = byNext || (question !== undefined && DENIED_IN_QUESTION.test(seg.slice(Math.max(question.end, cue.start - 3), cue.start)));
  // "请问小米是骗子吗？我觉得是": a question its author answers yes asserts what it asked; a yes to a denial
  // ("小米不是骗子吧？是的") confirms the denial.
  if (yes && !inner) return false;
  if (inner !== (bySentence || question !== undefined)) return true;
  // "are apple fans stupid? genuine question", 小米是骗子吗？真心求问: a question said to be asked to learn.
  // Not one that takes the quality for granted ("why are apple users so stupid? genuinely curious").
  if (seg.isQuestion(cue.start) && !QUALITY_PRESUPPOSED.test(seg.sentencePrefix(cue.start)) && withRole(cues, 'asks', cue.end, cue.end + 60).some((a) => a.start >= cue.end && seg.sentenceIndex(a.start) - seg.sentenceIndex(cue.start) <= 1)) return true;
  // "mi fans are idiots, just kidding", "… /s", 开玩笑的: taken back in the same sentence or as the next one.
  if (withRole(cues, 'retracts', cue.end, cue.end + 40).some((r) => r.start >= cue.end && seg.sentenceIndex(r.start) - seg.sentenceIndex(cue.start) <= 1 &&
    !isWordChar(text.charCodeAt(r.start - 1)) && CLOSES_CLAUSE.test(text.slice(r.end, r.end + 12)))) return true;
  // "我不希望小米倒闭", 没人希望…, "I do not hope xiaomi goes bankrupt": the wish a doom needs (the last before it in its
  // clause) is denied, right before its word. Not twice (没人不希望: everyone does; 不是我不希望), not asked who would not
  // (谁不希望, 哪个正常人不希望, "who doesn't hope"), not put as a question (我不希望苹果倒闭？笑死…).
  if (wished) {
    const wish = withRole(cues, 'wish', cue.start - RADIUS, cue.start).filter((w) => w.end <= cue.start && seg.strictlySameClause(w, cue)).pop();
    const denial = wish && !seg.isQuestion(wish.start) ? withRole(cues, 'negates-next', wish.start - 12, wish.start).filter((n) => n.end <= wish.start && wish.start - n.end <= 1 && seg.strictlySameClause(n, wish)).pop() : undefined;
    if (denial) {
      const before = seg.clausePrefix(denial.start);
      if (!withRole(cues, 'negates-next', denial.start - before.length, denial.start).some((n) => n.end <= denial.start) && !WHO_WOULD_NOT.test(before)) return true;
    }
  }
  // "小米造假没必要": a denial right after the cue, in its clause.
  return withRole(cues, 'negates-prev', cue.end, cue.end + 6).some((n) => n.start >= cue.end && n.start - cue.end <= 1 && seg.strictlySameClause(n, cue));
}

/**
 * Right after a denied word: "but" trailing off to the post's end (…, marks, emoji, a laugh, "just saying"), 但是…; not
 * after a clause that corrects it (我不是说华为是骗子，我是说宣传夸张，但……).
 */
const APOPHASIS_AFTER = /^[\s,，、…]*(?:\bbut\b|但是|但)\s*(?:\.{2,}|…|[\s!?]|\p{Extended_Pictographic}|\u{FE0F}|lol|lmao|haha|just saying|ba+|咳|嗯|呵呵|哈+)*$/u;
/** Opening a question that takes a quality for granted: "why are … so …", "how are … this …", 为什么…这么. */
const QUALITY_PRESUPPOSED = /^\s*(?:(?:why|how)\s+(?:are|is|were|was|do|does|can|could)\b(?![^?]*\b(?:everyone|everybody|people|so many)\b)[^?]*\b(?:so|such|this|that)\s|(?:为什么|为啥|凭什么|怎么)[^?？]*(?:这么|那么|如此|这样))/;
/** Before a denied wish: who would not (谁不希望, 哪个正常人不希望, "who doesn't hope"), which asserts it. */
const WHO_WOULD_NOT = /(?:谁|有谁|哪位|哪个[\u4e00-\u9fff]{0,4}|\bwho)\s*(?:也|都|会|能|would|does|do)?\s*$/;
/** A construction's literal words (放鞭炮) with a negator right before them in their clause (我也不会放鞭炮). */
function wordsNegated(cue: Hit, cues: Cues, seg: Segmentation): boolean {
  return withRole(cues, 'negates-next', cue.start - 6, cue.start).some((n) => n.end <= cue.start && seg.strictlySameClause(n, cue) && seg.tokenDistance(n, cue) <= 2);
}

/**
 * Someone else's words that the author rejects ("有人说米粉都是脑残，我觉得太过分了", "people who call Mi fans
 * idiots are toxic") are not the author's hostility. Returns a test for a position in the text.
 */
function reportedSpeech(cues: Cues, seg: Segmentation, text: string, attributed: readonly Hit[], passive: readonly Hit[], tails: ReadonlyMap<number, number>): (at: number) => boolean {
  // "people say google is evil, but they are right": a rejection the sentence then takes back endorses.
  const rejections = allWithRole(cues, 'reject').filter((r) => !endorsed(r, cues, seg, text));
  const reports = allWithRole(cues, 'report');
  const others = attributed.length > 0 ? new HitIndex(attributed) : null;
  const passives = passive.length > 0 ? new HitIndex(passive) : null;
  const byOthers = (at: number) =>
    (others !== null && others.between(at - RADIUS, at).some((m) => m.end <= at && seg.sameSentenceAt(m.start, at))) ||
    (passives !== null && passives.between(at - RADIUS, at).some((m) => m.end <= at && seg.strictlySameClause(m, { start: at, end: at + 1 }))) ||
    (tails.size > 0 && at < (tails.get(seg.sentenceIndex(at)) ?? -1));
  if (rejections.length === 0 || reports.length === 0) return byOthers;
  const lastRejection = rejections[rejections.length - 1]!.start;
  const markers = new HitIndex(reports.filter((m) => m.end <= lastRejection));
  // What the author says after the rejection is the author's own ("有人说小米良心，其实不是，小米就是骗子").
  return (at) => byOthers(at) || (at < lastRejection && markers.between(at - RADIUS, at).some((m) => seg.sameSentenceAt(m.start, at)));
}

/**
 * "if apple weren't so cocky", 要是小米没那么贪: a negator followed by a degree word, inside a condition, presupposes
 * the quality it seems to deny.
 */
function presupposing(n: Hit, cues: Cues, seg: Segmentation): boolean {
  return (
    withRole(cues, 'presupposes', n.end, n.end + 3).some((d) => d.start >= n.end && d.start - n.end <= 1 && seg.strictlySameClause(d, n)) &&
    withRole(cues, 'supposes', n.start - 40, n.start).some((c) => c.end <= n.start && seg.strictlySameClause(c, n))
  );
}

/**
 * A condition supposes what its clause says ("如果小米是骗子，…", 小米要是骗子, "if xiaomi is a scam then…"): the
 * cue is not asserted when a condition word stands before it in the name's clause, with no consequent word (就,
 * then, "you are") between the condition and the cue ("if you buy xiaomi you are an idiot" asserts the insult).
 */
function supposed(target: Hit, cue: CueHit, cues: Cues, seg: Segmentation): boolean {
  // A condition is short: its word stands within a few words before the cue, in the same clause.
  const conditions = withRole(cues, 'supposes', cue.start - 40, cue.start);
  const counterfactual = (c: Hit) => withRole(cues, 'negates-next', c.end, cue.start).some((n) => n.start >= c.end && n.end <= cue.start && presupposing(n, cues, seg));
  if (conditions.some((c) => c.end <= cue.start && seg.strictlySameClause(c, cue) && seg.strictlySameClause(c, target) && !withRole(cues, 'consequent', c.end, cue.start).some((k) => k.start >= c.end && k.end <= cue.start) && !counterfactual(c))) return true;
  // "小米要是骗子，那全行业都是骗子", "if xiaomi is a scam then so is every phone maker": a consequent that says the
  // condition's own word again says it of something else, to deny it; the name stays supposed.
  return conditions.some((c) => {
    if (!seg.strictlySameClause(c, target)) return false;
    const from = Math.max(c.end, target.end);
    const then = withRole(cues, 'consequent', from, cue.start).find((k) => k.start >= from && k.end <= cue.start);
    return then !== undefined && cues.of(cue.kind, from, then.start).some((same) => same.start >= from && same.end <= then.start);
  });
}

/** Roles that deny: a word of such a kind inside a name (非 in 任正非) is part of the name, not a denial. */
const DENYING_ROLES: ReadonlySet<CueRole | undefined> = new Set<CueRole>(['negates-next', 'negates-sentence', 'negates-prev', 'answers-no']);

function withoutNegatorsInNames(found: CueHit[], names: readonly TargetHit[]): CueHit[] {
  if (names.length === 0 || !found.some((c) => DENYING_ROLES.has(CUE_KINDS[c.kind].role))) return found;
  const index = new HitIndex(names);
  const reach = names.reduce((m, t) => Math.max(m, t.end - t.start), 0);
  return found.filter((c) => !DENYING_ROLES.has(CUE_KINDS[c.kind].role) || !index.between(c.end - reach, c.start).some((t) => t.start <= c.start && t.end >= c.end));
}

/** Verbs against their object that, before a name and with 的 + a head after it, name its opponents. */
const OPPONENT_VERBS = (Object.keys(CUE_KINDS) as CueKind[]).filter((k) => CUE_KINDS[k].namesOpponents);

/** What may stand between a question and the answer that opens the next sentence: marks, spaces, laughter. */
const ANSWER_GAP = /^(?:[\s?!.。,，~…]|lol|lmao|haha+|哈+|呵+|笑死(?:我)?了?|额|呃|嗯|emm+)*$/;
/** After the answer: at most a few characters (a particle, "lol") before its clause ends. */
const ANSWER_END = /^[^,.!?;:。…\n]{0,4}(?:[,.!?;:。…\n]|$)/;
/** After a yes: at most a particle before its clause ends. */
const YES_END = /^[啊呀吧的了呢哦嗯]?[\s!！。.~]*(?:[,.!?;:。，！？；：\n]|$)/;
/** How far past the question mark the answer may start. */
const ANSWER_REACH = 12;

/**
 * A question answered no by its author ("Is X a scam? No.", 小米是骗子吗？不是): the cue in the question is
 * asked about and denied, not asserted. The answer must open the very next sentence.
 */
function answeredNo(cue: Hit, cues: Cues, seg: Segmentation, text: string): boolean {
  return answered(cue, 'answers-no', cues, seg, text);
}

/** A question that only presumes ("米粉都是脑残吧？", "they're sheep, right?"): it asks the reader to agree. */
const PRESUMING_END = /(?:吧|\b(?:right|huh|eh|innit|no|aren't they|isn't it|don't they|ain't they))[\s?!.~…]*$/;
/**
 * Between a question and a rebuttal opening the next sentence: marks, then at most four characters, none a clause
 * mark or a denial (一点也不过分, "hardly nonsense" deny the rebuttal).
 */
const REBUTTAL_GAP = /^[\s?!.。~…]*[^,.!?;:。，！？；：\n不没毫并]{0,4}$/;
const REBUTTAL_GAP_DENIED = /\b(?:not|no|hardly|never)\b/;
/** After an English rebuttal: its clause ends ("lol no idea" is no rebuttal). */
const REBUTTAL_ENDS_EN = /^\s*(?:[,.!;…~)]|$|\p{Extended_Pictographic})/u;
/**
 * After a rebuttal: asked back (谣言？, "says who? says me"), opening evidence ("citation needed: every fine…"), or
 * turned on someone as the subject of a cleft (造谣的是雷军自己).
 */
const REBUTTAL_ASKED_OR_ARGUED = /^\s*(?:[?:]|的?是)/;
/** Later in the rebuttal's sentence: a contrast that grants the claim (难听，但是实话; "harsh but true"). */
const REBUTTAL_GRANTED = /但|可是|不过|\bbut\b|\byet\b/;
/** A question that asks why or how presupposes what it asks about (why are apple fans such idiots?, 为什么米粉都是脑残). */
const PRESUPPOSING_QUESTION = /\b(?:why|how)\b|为什么|为啥|怎么/;

/**
 * Someone's claim echoed as a question and rebutted by the words opening the next sentence ("米粉都是脑残？说这话的人
 * 自己想想", 小米是骗子公司？你拿出证据啊, "Apple fans are idiots? lol no"): the claim is the one the author rejects,
 * not theirs. Not a question that presumes (米粉都是脑残吧？) or presupposes (why are…), a rebuttal denied, asked back or
 * endorsed, nor one after which the post goes on to loaded words of its own ("…? nonsense, they're complete morons").
 */
function rebutted(cue: Hit, cues: Cues, seg: Segmentation, text: string): boolean {
  if (!seg.isQuestion(cue.start)) return false;
  const end = Math.max(cue.end, seg.sentenceEnd(cue.start));
  if (PRESUMING_END.test(text.slice(Math.max(cue.end, end - 16), end)) || PRESUPPOSING_QUESTION.test(seg.sentencePrefix(cue.start))) return false;
  const question = seg.sentenceIndex(cue.start);
  return cues.ofAny(REBUTTING_KINDS, end, end + REBUTTAL_REACH).some((r) => {
    if (r.start < end || seg.sentenceIndex(r.start) > question + 1) return false;
    const gap = text.slice(end, r.start);
    const after = text.slice(r.end, r.end + 4);
    if (!REBUTTAL_GAP.test(gap) || REBUTTAL_GAP_DENIED.test(gap) || REBUTTAL_ASKED_OR_ARGUED.test(after) || (/^[a-z]/.test(r.text) && !REBUTTAL_ENDS_EN.test(after))) return false;
    // Not asked (过分吗？), granted (难听，但是实话) or agreed with later (说这话的人太客气了; 反正是事实).
    if (seg.isQuestion(r.start) || REBUTTAL_GRANTED.test(text.slice(r.end, Math.min(seg.sentenceEnd(r.start), r.end + RADIUS)))) return false;
    return !withRole(cues, 'endorse', r.end, r.end + RADIUS).some((e) => e.start >= r.end) && cues.ofAny(QUALIFIER_KINDS, r.end, r.end + RADIUS).length === 0;
  });
}
/** How far past the question mark a rebuttal may start. */
const REBUTTAL_REACH = 16;
/** The kinds whose words rebut a claim echoed as a question. */
const REBUTTING_KINDS = (Object.keys(CUE_KINDS) as CueKind[]).filter((k) => CUE_KINDS[k].rebuts);

/** A question its author answers yes ("请问小米是骗子吗？我觉得是", "is xiaomi a scam? yes."): it asserts. */
function answeredYes(cue: Hit, cues: Cues, seg: Segmentation, text: string): boolean {
  return answered(cue, 'answers-yes', cues, seg, text);
}

function answered(cue: Hit, role: 'answers-no' | 'answers-yes', cues: Cues, seg: Segmentation, text: string): boolean {
  if (!seg.isQuestion(cue.start)) return false;
  const question = seg.sentenceIndex(cue.start);
  const end = Math.max(cue.end, seg.sentenceEnd(cue.start));
  // The answer stands alone in its clause, give or take a word: 不是骗子是什么 is no answer, it asserts.
  // A yes is the whole answer: 当然是假的 and 我觉得是谣言 go on to say no.
  const ending = role === 'answers-yes' ? YES_END : ANSWER_END;
  return withRole(cues, role, end, end + ANSWER_REACH).some(
    (a) => a.start >= end && ANSWER_GAP.test(text.slice(end, a.start)) && seg.sentenceIndex(a.start) <= question + 2 && ending.test(text.slice(a.end, a.end + 6)),
  );
}

/**
 * A name inside a relative clause about the people who say something ("people who call xiaomi a scam are clueless",
 * 网上那些说小米垃圾的都是水军) is what they say: no cue after the opening words in that sentence is the author's
 * about the name. A Chinese verb of saying opens such a clause only right before the name, with no first person
 * as its subject (我早就说小米是骗子的 is the author's own), and with one of its closing words (的人, 的都) after.
 */
/** How far after the opener of such a clause the name may stand (its object's words between), in characters. */
const SAYER_OBJECT_REACH = 24;
function saidBySayers(cues: Cues, seg: Segmentation, text: string): (target: Hit, cue: Hit) => boolean {
  if (allWithRole(cues, 'sayers').length === 0) return () => false;
  // The opener of a name's clause depends on the name only: found once per name, whatever the cues paired with it.
  const openers = new Map<Hit, CueHit | null>();
  const openerOf = (target: Hit): CueHit | null => {
    const found = withRole(cues, 'sayers', target.start - 30 - SAYER_OBJECT_REACH, target.start).filter((o) => {
      // A short object may stand between ("people calling everyone with an iPhone a sheep"), in the opener's clause.
      if (o.end > target.start || target.start - o.end > SAYER_OBJECT_REACH || !seg.sameSentence(o, target)) return false;
      if (target.start - o.end > 8 && !seg.strictlySameClause(o, target)) return false;
      if (CUE_KINDS[o.kind].clauseInitial && !CLAUSE_START.test(seg.clausePrefix(o.start))) return false;
      const closers = CUE_KINDS[o.kind].closedBy;
      if (!closers) return true;
      if (target.start - o.end > 3 || !seg.strictlySameClause(o, target)) return false;
      // The author as its subject (我早就说小米是骗子的): a first person a few characters back, in its clause.
      if (withRole(cues, 'self', o.start - 12, o.start).some((me) => me.end <= o.start && seg.strictlySameClause(me, o))) return false;
      const rest = text.slice(target.end, target.end + 24);
      return closers.some((w) => {
        const at = rest.indexOf(w);
        return at >= 0 && seg.strictlySameClause({ start: target.end + at, end: target.end + at + 1 }, target);
      });
    });
    return found.length > 0 ? found[found.length - 1]! : null;
  };
  // The author agreeing, then or in the next sentence ("people calling Mi fans sheep. Yeah, because they are sheep").
  const agreedWith = (opener: Hit) =>
    withRole(cues, 'endorse', opener.end, opener.end + RADIUS).some((e) => e.start >= opener.end && seg.sentenceIndex(e.start) - seg.sentenceIndex(opener.start) <= 1);
  return (target, cue) => {
    let opener = openers.get(target);
    if (opener === undefined) openers.set(target, (opener = openerOf(target)));
    // The opener's own verb is theirs too ("people who hate apple": the hatred is not the author's), unless the author agrees.
    return opener !== null && (cue.start >= opener.end || (cue.start >= opener.start && cue.end <= opener.end)) && seg.sameSentence(opener, cue) && !agreedWith(opener);
  };
}

/**
 * Attribution verbs whose speaker is the brand or one of its people ("apple thinks we are stupid", "apple treats its
 * customers like idiots"): the words after the verb are the brand's as the author tells them, not the author's own.
 */
function attributedToName(targets: readonly TargetHit[], cues: Cues, seg: Segmentation): (cue: Hit) => boolean {
  const verbs = allWithRole(cues, 'attribution').filter((v) =>
    targets.some((t) => (t.kind === 'brand' || t.kind === 'executive') && t.end <= v.start && seg.strictlySameClause(t, v) && seg.tokenDistance(t, v) <= 2));
  // Within its sentence: the next one is the author's again ("Xiaomi accused of stealing again. These people are thieves.").
  return (cue) => verbs.some((v) => v.end <= cue.start && seg.sameClause(v, cue) && seg.sameSentence(v, cue));
}

/**
 * "…and he's right", 说得对: an endorsement later in the sentence makes someone else's words the author's too; so does
 * an assent that is the whole next sentence ("my dad says huawei is a spy company. he's absolutely right.", 说得对。);
 * not 活该 there, which after a story is "serves him right".
 */
function endorsed(v: Hit, cues: Cues, seg: Segmentation, text: string): boolean {
  if (withRole(cues, 'endorse', v.end, v.end + RADIUS).some((e) => e.start >= v.end && seg.sameSentence(e, v))) return true;
  const end = seg.sentenceEnd(v.start);
  const next = seg.sentenceIndex(v.start) + 1;
  return withRole(cues, 'assent', end, end + ENDORSE_OPENING + ASSENT_REACH).some((e) => e.start >= end && e.start - end <= ENDORSE_OPENING &&
    seg.sentenceIndex(e.start) === next && ENDORSE_OPENS.test(text.slice(end, e.start)) && ENDORSE_CLOSES.test(text.slice(e.end, seg.sentenceEnd(e.start))));
}
/** The longest assent looked for at a next sentence's opening. */
const ASSENT_REACH = 24;
/** How far into the next sentence an endorsement may open it ("…. And honestly, he's right"). */
const ENDORSE_OPENING = 16;
/** The next sentence is the assent alone: before it, marks, a word or two and its subject ("And honestly, he's absolutely right.", 他说得对). */
const ENDORSE_OPENS = /^[\s.!。！…]*(?:(?:and|honestly|tbh|frankly|yeah|yep|well|sadly|tho|though|lol)[\s,]+)*(?:(?:he|she|they|you|that)(?:'s|’s|'re|’re|\s+is|\s+are|\s+was|\s+were)?\s+|他|她|他们|她们|确实|真的)?$/;
/** After it, only marks, a laugh or a tag, and no question ("说得对吗？", "i agree with her on most things" are not assent). */
const ENDORSE_CLOSES = /^(?:[\s,]*(?:lol|lmao|tbh|ngl|fr|honestly|though|tho|imo|😂|🤣|👍|💯))*[\s.!。！…~]*$/u;

/** Who may not speak a closing attribution: the author, or everyone (then the claim is the author's own). */
const TAIL_SELF = /\b(?:i|me|my|mine|myself|we|us|our|everyone|everybody|anyone|anybody|every|all|literally|common sense)\b/;
/** A closing attribution's speaker: a few words, no clause marks ("FCC commissioner Brendan Carr", "a former employee"). */
const TAIL_SPEAKER = /^[\p{L}\p{N}\s'’.&@_-]+$/u;
/** What may end a sentence after its attribution: marks, links, hashtags. */
const TAIL_AFTER = /^[\s,;:.!?…"'”’)\]]*(?:(?:https?:\/\/\S*|#\w+)[\s.!?…]*)*$/;
/** The comma or dash that opens a closing attribution, right before the verb (", says…") or before its speaker. */
const TAIL_OPEN_BEFORE_VERB = /(?:,|\s[-–—]|[–—])\s*$/;
const TAIL_OPEN_BEFORE_SPEAKER = /(?:,|\s[-–—]|[–—])\s*([^,，;:!?。–—]{1,60})$/;
/** The verbs that stand before their speaker in a closing attribution (", says the lawsuit", ", according to"). */
const TAIL_VERB_BEFORE_SPEAKER = /^(?:says|said|claims|claimed|alleges|alleged|urges|urged|warns|warned|argues|argued|reports|according to|tweeted|wrote|writes|insists|insisted)$/;
/** Objects, not speakers, after such a verb (", reported them to the FTC"). */
const NOT_A_SPEAKER = /^\s*(?:to|them|it|that|this|him|her|you|your|so)\b/;
const wordCount = (s: string) => s.trim().split(/\s+/).length;

/**
 * "Ban X phones from government use, senators urge", "X is a scam, says the lawsuit": a short speaker and verb
 * closing a sentence after a comma or dash attribute the sentence before them (a shared headline). Returns, per
 * sentence index, where its attributed part ends (the comma); the author ("says me") or everyone ("says anyone who
 * owns one") as the speaker attributes nothing.
 */
function attributionTails(cues: Cues, seg: Segmentation, text: string): ReadonlyMap<number, number> {
  const ends = new Map<number, number>();
  for (const v of allWithRole(cues, 'attribution-tail')) {
    const sentenceEnd = seg.sentenceEnd(v.start);
    if (sentenceEnd - v.end > 80) continue;
    const prefix = seg.sentencePrefix(v.start);
    const after = text.slice(v.end, sentenceEnd);
    let speaker: string;
    let open: number;
    // Before its speaker the verb is inflected ("says", "warns"): ", warn your friends" is a call, not a headline's.
    const verbFirst = TAIL_VERB_BEFORE_SPEAKER.test(v.text) ? TAIL_OPEN_BEFORE_VERB.exec(prefix) : null;
    if (verbFirst) {
      // ", says FCC commissioner Brendan Carr": the speaker follows the verb, up to links or the sentence's end.
      speaker = after.replace(/(?:https?:\/\/\S*|#\w+)/g, ' ').replace(/[\s.!?…"'”’)\]]+$/, '');
      open = v.start - prefix.length + verbFirst.index;
    } else {
      // ", senators urge": the speaker stands between the comma and the verb, which ends the sentence.
      const m = TAIL_OPEN_BEFORE_SPEAKER.exec(prefix);
      if (!m || !TAIL_AFTER.test(after)) continue;
      speaker = m[1]!;
      open = v.start - prefix.length + m.index;
    }
    // "…, wrote a Reddit user. I agree.": taken up by the author right after, the words are the author's too.
    if (withRole(cues, 'endorse', v.end, sentenceEnd + 40).some((e) => e.start >= v.end && seg.sentenceIndex(e.start) - seg.sentenceIndex(v.start) <= 1)) continue;
    if (!/\S/.test(speaker) || NOT_A_SPEAKER.test(speaker) || wordCount(speaker) > 7 || !TAIL_SPEAKER.test(speaker) || TAIL_SELF.test(speaker)) continue;
    const sentence = seg.sentenceIndex(v.start);
    if (open > (ends.get(sentence) ?? 0)) ends.set(sentence, open);
  }
  return ends;
}

/**
 * Attribution verbs said by a third party or another brand ("a rival maker claims", "律师称"), or by one named before
 * (`reportedByOneBefore`), unless the author endorses them: what follows in the sentence is theirs.
 */
function attributedToOthers(text: string, targets: readonly TargetHit[], cues: Cues, seg: Segmentation): Hit[] {
  // An English verb of reporting ("called", "calling") is one too once its speaker is named ("analysts called…", "the guy
  // above calling…"); a Chinese report holds its own speaker (有人说, 他说) and waits for the author's rejection.
  // Only a plain report of what was said, one clause to the sentence's end holding a loaded word (not a phone call: "my
  // dad called xiaomi yesterday"), with no word of the author's and no "and" going on in the author's voice ("my
  // coworker called xiaomi a scam and xiaomi fans are braindead anyway").
  const plainReport = (r: Hit) => {
    const end = Math.min(seg.sentenceEnd(r.start), r.end + SPEAKER_REACH);
    const rest = text.slice(r.end, end);
    return PLAIN_REPORT_AFTER.test(rest) && !AUTHOR_IN_REPORT.test(rest) && !/\band\b/.test(rest) && cues.ofAny(QUALIFIER_KINDS, r.end, end).some((c) => c.start >= r.end && c.end <= end);
  };
  const verbs = [...allWithRole(cues, 'attribution'), ...allWithRole(cues, 'report').filter((r) => /^[a-z]/.test(r.text) && plainReport(r))];
  if (verbs.length === 0) return [];
  return verbs.filter((v) => {
    // Not with the author before it in the clause: 我发了个帖子骂…, 我和网友在评论区骂… are the author's words.
    const speaker = (h: Hit) => h.end <= v.start && seg.strictlySameClause(h, v) && (seg.tokenDistance(h, v) <= 2 || PLACE_BETWEEN_ZH.test(text.slice(h.end, v.start))) &&
      !withRole(cues, 'self', seg.clauseStartOf(h.start), h.start).some((me) => me.end <= h.start);
    const named = withRole(cues, 'third-party', v.start - 40, v.start).some(speaker) || targets.some((t) => t.kind === 'rival' && speaker(t));
    // "analysts rightly called xiaomi a scam": an endorsing adverb right before the verb.
    const endorsedBefore = withRole(cues, 'endorse', v.start - 12, v.start).some((e) => e.end <= v.start && v.start - e.end <= 1 && /^[a-z]/.test(e.text));
    return (named || placedSpeaker(text, v, seg) || reportedByOneBefore(text, v, cues, seg)) && !endorsed(v, cues, seg, text) && !endorsedBefore;
  });
}

/** Between a speaker and a verb of saying in Chinese: where it was said (博主在视频中称, 网友在评论区骂, 某博主因在直播里说). */
const PLACE_BETWEEN_ZH = /^\s*(?:因|曾|也|又|还|都|公开)?(?:在|于)[^,.!?;:，。！？；：]{1,10}?(?:中|上|里|内|下|区)\s*$/;

/**
 * "some guy on twitter says…", "everyone in my office says…", "my friend from work says…": people placed somewhere
 * right before a verb of saying are others. Only for a plain report, one clause to the sentence's end with no word
 * of the author's ("…says apple is a scam, which is true", "…and I kinda agree", "…because it is one"), since what the
 * author adds after a comma is theirs ("this guy at the store said my warranty was void, samsung is a scam company").
 */
function placedSpeaker(text: string, v: Hit, seg: Segmentation): boolean {
  if (!PLACED_SPEAKER_BEFORE.test(seg.clausePrefix(v.start))) return false;
  const rest = text.slice(v.end, Math.min(seg.sentenceEnd(v.start), v.end + SPEAKER_REACH));
  return PLAIN_REPORT_AFTER.test(rest) && !AUTHOR_IN_REPORT.test(rest);
}
const PLACED_SPEAKER_BEFORE =
  /(?:^|[\s,;])(?:everyone|everybody|people|folks|some guy|some dude|this guy|some people|(?:my|a) (?:friends?|brother|sister|dad|mom|mum|uncle|aunt|cousin|boss|coworkers?|colleagues?|roommate|neighbou?r|wife|husband|girlfriend|boyfriend|buddy|mate|teacher|manager|grandpa|grandma|son|daughter|partner|guy|dude)(?: of mine)?)\s+(?:on|in|at|from|over at|down at)\s+(?!(?:their|his|her|my|your|our|a)\s+right\s+mind)(?:[\w'’./-]+\s+){1,3}(?:(?:also|always|still|just|even|now|constantly|literally)\s+)*$/;
/** In what follows a verb of saying: the author's own voice, or a reason given for the claim. */
const AUTHOR_IN_REPORT = /\b(?:i|because|which is true|and it is|and it's|and they are|and they're)\b/;

/**
 * "he says…", "she keeps saying…": someone of their own; "my brother goes 'baaa' and says…": the one who opens the
 * sentence (found within SPEAKER_REACH), the verb joined by "and". Only a plain report, one clause to the sentence's
 * end: not the author's framing ("like he says, …", "she said it best: …", "he says what we all think") nor a story
 * the author goes on with ("he said to wait, apple staff are clowns").
 */
function reportedByOneBefore(text: string, v: Hit, cues: Cues, seg: Segmentation): boolean {
  const before = text.slice(Math.max(0, v.start - 24), v.start);
  const pronoun = SPEAKER_PRONOUN_BEFORE.test(before);
  if (!pronoun && !JOINED_VERB_BEFORE.test(before)) return false;
  if (FRAMING_BEFORE.test(before) || !PLAIN_REPORT_AFTER.test(text.slice(v.end, Math.min(seg.sentenceEnd(v.start), v.end + SPEAKER_REACH)))) return false;
  if (pronoun) return true;
  const from = seg.sentenceStartOf(v.start, SPEAKER_REACH);
  const opens = from === 0 || seg.sentenceIndex(from - 1) !== seg.sentenceIndex(v.start);
  return opens && withRole(cues, 'third-party', from, v.start).some((h) => h.end <= v.start && BEFORE_SUBJECT_EN.test(text.slice(from, h.start)));
}
/** How far from a verb of saying the opening of its sentence and the end of the report are looked for. */
const SPEAKER_REACH = 400;
/** Before a verb of saying: the author's framing of what follows as their own ("as he says", "like she said"). */
const FRAMING_BEFORE = /\b(?:as|like)\s+(?:(?:he|she)\s+)?(?:\w+\s+)?$/;
/** After it: a report of one clause (no "it"/"what"/"to"/colon framing; no comma, semicolon, "but" or "I say" opening another). */
const PLAIN_REPORT_AFTER = /^(?!\s*(?:it|what|that's|to|so)\b|\s*:|.*\b(?:but|though|i say|i think|and i)\b)[^,;:]*$/;
/** Right before a verb of saying: he or she, perhaps with an adverb ("he also says", "she keeps saying"). */
const SPEAKER_PRONOUN_BEFORE = /(?:^|[\s,;])(?:he|she)\s+(?:(?:also|always|still|just|even|then|now|constantly|literally)\s+)*$/;
/** Right before a verb of saying: "and" joining it to what the sentence's subject did before ("… and says"). */
const JOINED_VERB_BEFORE = /\band\s+(?:(?:also|always|then|just|even)\s+)*$/;

/**
 * 米粉被骂脑残, "mi fans get called idiots": the passive names others' word, whoever they are; what follows in its
 * clause only is theirs (小米被骂是应该的，就是骗子 says the rest in the author's own words).
 */
function passiveReports(cues: Cues, seg: Segmentation, text: string): Hit[] {
  return allWithRole(cues, 'attribution-passive').filter((v) => !endorsed(v, cues, seg, text));
}

function makeFinding(post: Post, normalized: NormalizedText, rule: Rule, target: Hit, cue: Hit, targetFrom?: 'context'): Finding {
  const start = Math.min(target.start, cue.start);
  const end = Math.max(target.end, cue.end);
  const span = toOriginalSpan(normalized, start, end, post.text);
  const matched = post.text.slice(span.start, span.end);
  const excerpt = excerptAround(post.text, span.start, span.end);
  // The one-shot hash: the same digest as createHash().update().digest(), without a Hash object per finding.
  const hash = digestOf('sha1', normalized.text.slice(start, end), 'hex').slice(0, 12);
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
  if (targetFrom) finding.targetFrom = targetFrom;
  return finding;
}

/**
 * A substring of the post around the match: its sentence, cut to about 60 characters each side, at word edges. `cutBefore` /
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
  // Nor a Latin word ("g said there was…" for "Samsung said there was…"): the cut moves to the word's edge (CJK has none).
  if (from > 0 && isWordChar(text.charCodeAt(from - 1))) while (from < start && isWordChar(text.charCodeAt(from))) from++;
  if (to < text.length && isWordChar(text.charCodeAt(to))) while (to > end && isWordChar(text.charCodeAt(to - 1))) to--;
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  // A native search, not a loop per character: a long post may end in a long run of white space.
  return { text: text.slice(from, to), start: from, cutBefore: /\S/.test(text.slice(0, from)), cutAfter: /\S/.test(text.slice(to)) };
}

