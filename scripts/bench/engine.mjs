import { createRandom } from './prng.mjs';

/**
 * In-process measurements on the main thread: vet's engine (normalize + all rules + scoring) and the
 * peers it is compared with, each over posts already in memory, so only matching work is timed.
 */

/** The profile lists whose terms the engine looks for (what the naive peer's alternation is built from). */
const TERM_LISTS = ['names', 'products', 'executives', 'fans', 'fanSlurs', 'brandSlurs', 'homonyms'];

/**
 * The profile's terms, emoji stand-ins included; not the context words of `homonymContexts` (碗, 汤, 煮):
 * they only disambiguate a term already found, and no one would search posts for them.
 */
export function profileTerms(profile) {
  const terms = new Set();
  for (const list of TERM_LISTS) for (const term of profile[list] ?? []) terms.add(term);
  for (const emoji of Object.keys(profile.emoji ?? {})) terms.add(emoji);
  return [...terms];
}

const forceGc = () => globalThis.gc?.();

/**
 * Runs `step(post)` over posts[from, from + count) after `warmup` untimed posts, stopping early when
 * `maxMs` is spent (a slow engine must not stretch the whole run). Two rates: by the wall clock, and
 * by the process's CPU time (main thread plus V8's GC helpers, so slightly pessimistic), which other
 * programs competing for the cores do not distort; the targets are judged on the CPU-time rate.
 */
export function timeLoop(posts, step, { from = 0, count = posts.length - from, warmup = 20_000, maxMs = 60_000 } = {}) {
  for (let i = 0; i < Math.min(warmup, posts.length); i++) step(posts[i]);
  forceGc();
  const end = from + count;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const deadline = start + maxMs;
  let i = from;
  while (i < end) {
    const stop = Math.min(end, i + 4096);
    for (; i < stop; i++) step(posts[i]);
    if (performance.now() > deadline) break;
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const done = i - from;
  return {
    posts: done,
    ms,
    cpuMs,
    wallPostsPerSec: done / (ms / 1000),
    postsPerSec: done / (cpuMs / 1000),
    capped: done < count,
  };
}

/** vet's engine: scan every post and feed the findings to the scoring, as `vetHistory` does. */
export function measureEngine({ scanner, ScoreAccumulator, brandName, now, posts, ...range }) {
  let score = new ScoreAccumulator(now, brandName);
  let findings = 0;
  let postsWithFindings = 0;
  const step = (post) => {
    const found = scanner.scan(post);
    if (found.length) {
      findings += found.length;
      postsWithFindings++;
    }
    score.add(post, found);
  };
  // Warm-up findings would double count: count and score only the timed posts.
  const warmStep = (post) => score.add(post, scanner.scan(post));
  const warmup = range.warmup ?? 20_000;
  for (let i = 0; i < Math.min(warmup, posts.length); i++) warmStep(posts[i]);
  score = new ScoreAccumulator(now, brandName);
  const timing = timeLoop(posts, step, { ...range, warmup: 0 });
  const verdict = score.verdict();
  return { ...timing, findings, postsWithFindings, verdict: { level: verdict.level, score: verdict.score }, stats: score.stats() };
}

let plainSink = 0;

/**
 * The least a matcher does: read every character of every post once. Timed like the engine, in the same process
 * just after it, so the ratio of the two is about the engine, not about how busy the machine was.
 */
export function measurePlainPass(posts, range) {
  const timing = timeLoop(posts, (post) => {
    const text = post.text;
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
    plainSink ^= h;
  }, range);
  return { ...timing, sink: plainSink };
}

const HOSTILE = new Set(['medium', 'high', 'critical']);

/**
 * Not a speed figure: what share of each kind of generated post the engine flags, so a run shows at
 * a glance that the engine did real work (a stub or a broken profile finds nothing).
 */
export function findingsByKind(scanner, posts, kinds, count) {
  const tally = {};
  for (let i = 0; i < count; i++) {
    const t = (tally[kinds[i]] ??= { posts: 0, any: 0, hostile: 0 });
    t.posts++;
    const found = scanner.scan(posts[i]);
    if (found.length) t.any++;
    if (found.some((f) => HOSTILE.has(f.severity))) t.hostile++;
  }
  return tally;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The naive peer: one big case-insensitive alternation of every profile term, tested per post. */
export function naiveMatcher(terms) {
  // Longest first, so the alternation prefers whole terms, as a careful hand-written one would.
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const re = new RegExp(sorted.map(escapeRegExp).join('|'), 'iu');
  return { patternCount: sorted.length, test: (text) => re.test(text) };
}

export function measureNaive(posts, terms, range) {
  const matcher = naiveMatcher(terms);
  let matched = 0;
  const timing = timeLoop(posts, (post) => {
    if (matcher.test(post.text)) matched++;
  }, range);
  return { ...timing, patternCount: matcher.patternCount, matched };
}

/** English insults that vet's rules also look for; the obscenity peer gets them with the profile's Latin terms. */
export const ENGLISH_INSULTS = [
  'trash', 'garbage', 'junk', 'scam', 'scammer', 'fraud', 'liar', 'clown', 'idiot', 'brainless', 'moron',
  'stupid', 'pathetic', 'loser', 'boycott', 'bankrupt', 'go bankrupt', 'do not buy', 'never buy', 'rip off',
  'ripoff', 'cheat', 'cheater', 'shill', 'sheep', 'cult', 'hope you die', 'disgusting', 'worst company',
];

const LEET = new Map(Object.entries({ 4: 'a', '@': 'a', 3: 'e', 6: 'g', 1: 'i', '!': 'i', 0: 'o', 5: 's', $: 's', 7: 't', 2: 'z', '(': 'c', '/': 'l' }));
const KEEP_DOUBLE = new Set(['b', 'e', 'o', 'l', 's', 'g']);

/**
 * A term as obscenity's English transformers see text: leetspeak resolved, lower case, runs collapsed
 * (two allowed for b e o l s g). Obscenity matches ASCII only; CJK terms have no equivalent there.
 */
export function toObscenityText(term) {
  if (!/^[\x20-\x7e]+$/.test(term)) return undefined;
  let out = '';
  let run = 0;
  for (const raw of term.toLowerCase()) {
    const c = LEET.get(raw) ?? raw;
    run = out.endsWith(c) ? run + 1 : 1;
    if (run <= (KEEP_DOUBLE.has(c) ? 2 : 1)) out += c;
  }
  out = out.trim();
  return /[a-z]/.test(out) ? out : undefined;
}

export async function obscenityMatchers(profile) {
  const { RegExpMatcher, DataSet, englishDataset, englishRecommendedTransformers, parseRawPattern } = await import('obscenity');
  const escape = (s) => s.replace(/[[\]?|\\]/g, '\\$&');
  const words = new Set();
  const dataset = new DataSet();
  // Brand terms whole-word (so "Mi" is not found in "Miles"); insults as prefixes (idiot → idiots).
  for (const term of profileTerms(profile)) {
    const text = toObscenityText(term);
    if (text && !words.has(text)) {
      words.add(text);
      dataset.addPhrase((p) => p.setMetadata({ originalWord: term }).addPattern(parseRawPattern(`|${escape(text)}|`)));
    }
  }
  for (const insult of ENGLISH_INSULTS) {
    const text = toObscenityText(insult);
    if (text && !words.has(text)) {
      words.add(text);
      dataset.addPhrase((p) => p.setMetadata({ originalWord: insult }).addPattern(parseRawPattern(`|${escape(text)}`)));
    }
  }
  return {
    equivalent: { patternCount: words.size, matcher: new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers }) },
    preset: { matcher: new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers }) },
  };
}

export function measureObscenity(posts, matcher, range) {
  let matched = 0;
  const timing = timeLoop(posts, (post) => {
    if (matcher.getAllMatches(post.text).length) matched++;
  }, range);
  return { ...timing, matched };
}

// Common characters (so generated terms share prefixes with real text and exercise the automaton)
// mixed with arbitrary ones from the CJK block.
const COMMON_CJK = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';

/** `count` distinct synthetic terms, CJK and Latin, that no profile lists. */
export function syntheticTerms(count, existing, seed = 0xa11ce) {
  const random = createRandom(seed);
  const seen = new Set(existing.map((t) => t.toLowerCase()));
  const terms = [];
  const cjk = () => (random.chance(0.7) ? COMMON_CJK[random.int(COMMON_CJK.length)] : String.fromCharCode(0x4e00 + random.int(0x51a5)));
  while (terms.length < count) {
    let term = '';
    if (random.chance(0.6)) {
      const length = 2 + random.int(3);
      for (let i = 0; i < length; i++) term += cjk();
    } else {
      const length = 5 + random.int(6);
      for (let i = 0; i < length; i++) term += String.fromCharCode(97 + random.int(26));
    }
    if (!seen.has(term)) {
      seen.add(term);
      terms.push(term);
    }
  }
  return terms;
}

/** A copy of a loaded brand whose profile carries `extra` more generated terms, spread over its lists. */
export function withExtraTerms(loaded, extra) {
  const profile = structuredClone(loaded.profile);
  const terms = syntheticTerms(extra, profileTerms(profile));
  const spread = [['names', 0.25], ['products', 0.35], ['fanSlurs', 0.15], ['homonyms', 0.25]];
  let at = 0;
  for (const [list, share] of spread) {
    const take = list === 'homonyms' ? terms.length - at : Math.round(terms.length * share);
    profile[list] = [...(profile[list] ?? []), ...terms.slice(at, at + take)];
    at += take;
  }
  return { ...loaded, profile };
}
