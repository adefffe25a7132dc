// The three checkers compared in the table: vet itself, a commercial-tool style keyword alert, and VADER.
// Each answers one question, "is this post flagged as hostile/negative toward brand X?", and caches the
// answer per (post, brand) so that several table lines over the same posts scan each post once per brand.
// @ts-ignore: the package ships no type declarations
import vader from 'vader-sentiment';
import { profileRef } from './brands.mjs';
import { NEGATIVE_EN, NEGATIVE_ZH } from './keywords.mjs';

/**
 * @typedef {import('./types.mjs').EvalRow} EvalRow
 * @typedef {{ ruleId: string, category: string, severity: string, target: string, matched: string, excerpt: string }} FindingLike
 * @typedef {object} Checker
 * @property {'vet' | 'keyword' | 'vader'} name
 * @property {ReadonlyArray<'en' | 'zh'>} langs languages the checker applies to
 * @property {(brands: string[]) => Promise<void>} prepare loads what the brands need, once
 * @property {(row: EvalRow, brand: string) => boolean} flags
 */

/**
 * Loaded profiles, shared by vet and the keyword peer (whose alias list comes from the same profiles).
 * @param {string} distDir absolute path of the built dist/ folder
 */
export function createProfileCache(distDir) {
  /** @type {Map<string, Promise<any>>} */
  const loaded = new Map();
  /** @type {Promise<{ loadBrand: (ref: string, cwd?: string) => Promise<any> }> | undefined} */
  let mod;
  return {
    /** @param {string} brand @returns {Promise<any>} the LoadedBrand */
    get(brand) {
      let p = loaded.get(brand);
      if (!p) {
        mod ??= import(`${distDir}/brands/load.js`);
        p = mod.then((m) => m.loadBrand(profileRef(brand)));
        loaded.set(brand, p);
      }
      return p;
    },
  };
}

/** @param {(row: EvalRow, brand: string) => boolean} compute */
function memoized(compute) {
  /** @type {WeakMap<EvalRow, Map<string, boolean>>} */
  const cache = new WeakMap();
  return (/** @type {EvalRow} */ row, /** @type {string} */ brand) => {
    let perRow = cache.get(row);
    if (!perRow) cache.set(row, (perRow = new Map()));
    let hit = perRow.get(brand);
    if (hit === undefined) perRow.set(brand, (hit = compute(row, brand)));
    return hit;
  };
}

/**
 * vet: a post is flagged for brand X when X's scanner yields a finding with isHostile(severity).
 * @param {string} distDir
 * @param {ReturnType<typeof createProfileCache>} profiles
 */
export async function createVetChecker(distDir, profiles) {
  const { createScanner } = await import(`${distDir}/engine/scanner.js`);
  const { isHostile } = await import(`${distDir}/score.js`);
  /** @type {Map<string, { scan(post: { id: string, text: string, context?: { kind: string, text: string } }): FindingLike[] }>} */
  const scanners = new Map();
  /** @param {EvalRow} row @param {string} brand @returns {FindingLike[]} */
  const findings = (row, brand) => {
    const scanner = scanners.get(brand);
    if (!scanner) throw new Error(`eval: no scanner prepared for ${brand}`);
    return scanner.scan(row.context ? { id: row.id, text: row.text, context: { kind: 'reply', text: row.context } } : { id: row.id, text: row.text });
  };
  const flags = memoized((row, brand) => findings(row, brand).some((f) => isHostile(f.severity)));
  return {
    name: /** @type {const} */ ('vet'),
    langs: /** @type {ReadonlyArray<'en' | 'zh'>} */ (['en', 'zh']),
    /** @param {string[]} brands */
    async prepare(brands) {
      for (const brand of brands) {
        if (!scanners.has(brand)) scanners.set(brand, await createScanner(await profiles.get(brand)));
      }
    },
    flags,
    /** Every finding (hostile or not), for --errors. */
    findings,
    /** @param {string} severity */
    isHostile: (severity) => /** @type {boolean} */ (isHostile(severity)),
  };
}

const escapeRegExp = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * One case-insensitive pattern for a list of terms, the way listening tools match: Latin terms as whole
 * words (digits may follow, as in "iPhone4S"), terms with Chinese characters as plain substrings.
 * @param {string[]} terms
 */
export function termPattern(terms) {
  const parts = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((t) => (CJK.test(t) ? escapeRegExp(t) : `(?<![a-z0-9])${escapeRegExp(t)}(?![a-z])`));
  return new RegExp(parts.join('|') || '(?!)', 'iu');
}

/**
 * Brand aliases for the peers, from the same vet profile: names, products, executives and fans.
 * @param {any} loaded a LoadedBrand
 */
function aliasPattern(loaded) {
  const p = loaded.profile;
  return termPattern([...p.names, ...p.products, ...p.executives, ...p.fans]);
}

/**
 * Keyword peer: any brand alias plus any word of the general negative list in the same post.
 * @param {ReturnType<typeof createProfileCache>} profiles
 */
export function createKeywordChecker(profiles) {
  const negative = termPattern([...NEGATIVE_EN, ...NEGATIVE_ZH]);
  /** @type {WeakMap<EvalRow, boolean>} */
  const negativeHit = new WeakMap();
  /** @type {Map<string, RegExp>} */
  const aliases = new Map();
  const flags = memoized((row, brand) => {
    let neg = negativeHit.get(row);
    if (neg === undefined) negativeHit.set(row, (neg = negative.test(row.text)));
    return neg && /** @type {RegExp} */ (aliases.get(brand)).test(row.text);
  });
  return {
    name: /** @type {const} */ ('keyword'),
    langs: /** @type {ReadonlyArray<'en' | 'zh'>} */ (['en', 'zh']),
    /** @param {string[]} brands */
    async prepare(brands) {
      for (const brand of brands) if (!aliases.has(brand)) aliases.set(brand, aliasPattern(await profiles.get(brand)));
    },
    flags,
  };
}

/** VADER's usual "negative" cut-off is -0.05; -0.5 keeps only strongly negative posts, closer to hostility. */
export const VADER_THRESHOLD = -0.5;

/**
 * VADER peer (English): compound ≤ -0.5 on a post that mentions the brand (same aliases as the keyword peer).
 * @param {ReturnType<typeof createProfileCache>} profiles
 */
export function createVaderChecker(profiles) {
  /** @type {WeakMap<EvalRow, number>} */
  const compound = new WeakMap();
  /** @type {Map<string, RegExp>} */
  const aliases = new Map();
  const flags = memoized((row, brand) => {
    if (!(/** @type {RegExp} */ (aliases.get(brand)).test(row.text))) return false;
    let c = compound.get(row);
    if (c === undefined) {
      c = /** @type {number} */ (vader.SentimentIntensityAnalyzer.polarity_scores(row.text).compound);
      compound.set(row, c);
    }
    return c <= VADER_THRESHOLD;
  });
  return {
    name: /** @type {const} */ ('vader'),
    langs: /** @type {ReadonlyArray<'en' | 'zh'>} */ (['en']),
    /** @param {string[]} brands */
    async prepare(brands) {
      for (const brand of brands) if (!aliases.has(brand)) aliases.set(brand, aliasPattern(await profiles.get(brand)));
    },
    flags,
  };
}
