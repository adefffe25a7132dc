#!/usr/bin/env node
// `npm run eval`: measures vet's per-post judgement on third-party labelled data (../shared/eval-data or
// $VET_EVAL_DATA) beside two peers, and prints one table. See scripts/eval/README.md.
//
//   node scripts/eval.mjs [--json] [--sets id,id] [--data dir]
//   node scripts/eval.mjs --errors <set> [--limit n]     vet's false alarms and misses on one set
//
// Licences: every set is used for measurement only. Nothing here prints dataset text except --errors.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createKeywordChecker, createProfileCache, createVaderChecker, createVetChecker } from './eval/checkers.mjs';
import { addRow, brandsFor, emptyCounts, flaggedForAny, sumCounts } from './eval/metrics.mjs';
import { MissingSetError } from './eval/read.mjs';
import { SETS } from './eval/sets/index.mjs';
import { CHECKERS, checkTargets, renderTable } from './eval/table.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `usage: node scripts/eval.mjs [--json] [--sets id,id] [--data dir]
       node scripts/eval.mjs --errors <set> [--limit n]
sets: ${SETS.map((s) => s.id).join(', ')}`;

/**
 * @typedef {import('./eval/types.mjs').EvalRow} EvalRow
 * @typedef {import('./eval/types.mjs').EvalSet} EvalSet
 * @typedef {import('./eval/table.mjs').LineResult} LineResult
 * @typedef {import('./eval/metrics.mjs').Bucket} Bucket
 */

/** @param {string} query */
function findSet(query) {
  const exact = SETS.find((s) => s.id === query);
  if (exact) return exact;
  const matches = SETS.filter((s) => s.id.includes(query));
  if (matches.length === 1) return /** @type {EvalSet} */ (matches[0]);
  throw new Error(
    matches.length ? `"${query}" matches several sets: ${matches.map((s) => s.id).join(', ')}` : `unknown set "${query}"\n${USAGE}`,
  );
}

/** --sets: every set whose id contains one of the parts, in table order. @param {string[]} parts */
function findSets(parts) {
  for (const part of parts) if (!SETS.some((s) => s.id.includes(part))) throw new Error(`unknown set "${part}"\n${USAGE}`);
  return SETS.filter((s) => parts.some((part) => s.id.includes(part)));
}

/** @param {EvalSet} set @param {EvalRow[]} rows */
function brandsOfSet(set, rows) {
  const brands = new Set();
  for (const mapping of set.mappings) {
    if (mapping.brands === 'own') for (const row of rows) brands.add(brandsFor(row, mapping)[0]);
    else for (const b of mapping.brands) brands.add(b);
  }
  return [...brands];
}

/**
 * @typedef {object} ErrorEntry
 * @property {string} kind
 * @property {string} line
 * @property {EvalRow} row
 * @property {string[]} brands
 */

/**
 * Runs every checker over one set.
 * @param {EvalSet} set
 * @param {EvalRow[]} rows
 * @param {Array<Awaited<ReturnType<typeof createVetChecker>> | ReturnType<typeof createKeywordChecker> | ReturnType<typeof createVaderChecker>>} checkers
 * @param {ErrorEntry[] | null} errors collects vet's errors when not null
 * @returns {LineResult[]}
 */
function evaluateSet(set, rows, checkers, errors) {
  /** @type {LineResult[]} */
  const lines = [];
  for (const mapping of set.mappings) {
    const filtered = mapping.filter ? rows.filter(mapping.filter) : rows;
    const withContext = mapping.context;
    const selected = withContext ? filtered.map((row) => ({ ...row, context: withContext(row) })) : filtered;
    /** @type {LineResult} */
    const line = { set: set.id, lang: set.lang, brand: mapping.key, sublabels: !!set.sublabels, thread: !!set.thread, context: !!withContext, posts: selected.length, checkers: {} };
    for (const checker of checkers) {
      if (!checker.langs.includes(set.lang)) continue;
      const counts = emptyCounts(!!set.sublabels);
      for (const row of selected) {
        const brands = brandsFor(row, mapping);
        const flagged = flaggedForAny(checker.flags, row, brands);
        const bucket = addRow(counts, row, brands, flagged);
        // Sub-label sets: only the first line (all rows) is listed, so a row is not listed twice.
        if (errors && checker.name === 'vet' && !(set.sublabels && mapping !== set.mappings[0])) {
          const kind = errorKind(row, bucket, flagged);
          if (kind) errors.push({ kind, line: mapping.key, row, brands });
        }
      }
      line.checkers[checker.name] = counts;
    }
    lines.push(line);
  }
  return lines;
}

/** What --errors lists, in order. */
const ERROR_KINDS = [
  'false alarm (hostile flag on a sub-label criticism/other row)',
  'miss (sub-label hostile, not flagged)',
  'false alarm (flagged, labelled positive/neutral toward the brand)',
  'wrong brand (flagged, the negative label targets another brand)',
  'off-topic flag (flagged, labelled irrelevant/off-topic or of unknown direction)',
  'flagged negative (labelled negative: hostility or honest criticism? study these)',
];
const KIND_OF_BUCKET = { pos: ERROR_KINDS[2], elsewhere: ERROR_KINDS[3], off: ERROR_KINDS[4], neg: ERROR_KINDS[5] };

/** @param {EvalRow} row @param {Bucket} bucket @param {boolean} flagged @returns {string | null} */
function errorKind(row, bucket, flagged) {
  if (row.sub) {
    if (flagged && row.sub.value !== 'hostile') return ERROR_KINDS[0] ?? null;
    if (!flagged && row.sub.value === 'hostile') return ERROR_KINDS[1] ?? null;
    return null;
  }
  return flagged ? (KIND_OF_BUCKET[bucket] ?? null) : null;
}

/**
 * @param {EvalSet} set
 * @param {ErrorEntry[]} errors
 * @param {Awaited<ReturnType<typeof createVetChecker>>} vet
 * @param {number} limit
 */
function printErrors(set, errors, vet, limit) {
  const oneLine = (/** @type {string} */ s) => s.replace(/\r?\n/g, ' ⏎ ').replace(/\s+/g, ' ').trim();
  const clip = (/** @type {string} */ s, /** @type {number} */ n) => (s.length > n ? `${s.slice(0, n)}…` : s);
  const out = [`# vet errors on ${set.id} (${set.lang}) — measurement only, ${set.licence}`, `mapping: ${set.mapping}`];
  if (!set.sublabels) out.push('(no hostility labels in this set, so misses cannot be listed; flagged negatives are shown to study instead)');
  for (const kind of ERROR_KINDS) {
    const list = errors.filter((e) => e.kind === kind);
    if (!list.length) continue;
    out.push('', `## ${kind}: ${list.length}${list.length > limit ? ` (first ${limit}; --limit n for more)` : ''}`);
    for (const e of list.slice(0, limit)) {
      const labels = e.row.sub
        ? `${e.row.sub.brand}: ${e.row.sub.value} — "${e.row.sub.why}"`
        : e.row.labels.map((l) => `${l.target ?? '(no brand)'}:${l.polarity}`).join(', ');
      out.push(`- [${e.row.id}] line ${e.line}; label ${labels}`);
      for (const brand of e.brands) {
        const findings = vet.findings(e.row, brand);
        for (const f of findings) {
          out.push(`    ${brand}: ${vet.isHostile(f.severity) ? 'HOSTILE ' : ''}${f.ruleId} ${f.category}/${f.severity} → ${f.target} «${oneLine(f.matched)}»`);
        }
      }
      out.push(`    text: ${clip(oneLine(e.row.text), 400)}`);
    }
  }
  if (errors.length === 0) out.push('', 'no false alarms, wrong-brand flags or misses.');
  console.log(out.join('\n'));
}

/**
 * Per language: hostility precision/recall from the sub-label set's all-rows line; false alarms, negatives
 * and wrong brand pooled over the (post, brand) pairs of every other line.
 * @param {LineResult[]} lines
 * @param {Map<string, number>} setPosts
 * @returns {Record<'en' | 'zh', LineResult>}
 */
function summarize(lines, setPosts) {
  /** @type {Record<string, LineResult>} */
  const out = {};
  for (const lang of /** @type {const} */ (['en', 'zh'])) {
    const mine = lines.filter((l) => l.lang === lang);
    if (!mine.length) continue;
    const sub = mine.find((l) => l.sublabels && !l.thread);
    const brandLines = mine.filter((l) => !l.sublabels);
    /** @type {LineResult} */
    const summary = {
      set: `ALL (${lang})`,
      lang,
      brand: 'pooled',
      sublabels: false,
      posts: [...new Set(mine.map((l) => l.set))].reduce((n, id) => n + (setPosts.get(id) ?? 0), 0),
      checkers: {},
    };
    for (const name of CHECKERS) {
      const list = brandLines.map((l) => l.checkers[name]).filter((c) => c !== undefined);
      const hostile = sub?.checkers[name]?.hostile;
      if (!list.length && !hostile) continue;
      const total = list.length ? sumCounts(list) : emptyCounts();
      if (hostile) total.hostile = { ...hostile };
      summary.checkers[name] = total;
    }
    out[lang] = summary;
  }
  return /** @type {Record<'en' | 'zh', LineResult>} */ (out);
}

async function main() {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      errors: { type: 'string' },
      sets: { type: 'string' },
      data: { type: 'string' },
      limit: { type: 'string', default: '40' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const dataDir = resolve(values.data ?? process.env.VET_EVAL_DATA ?? resolve(ROOT, '../shared/eval-data'));
  if (!existsSync(dataDir)) throw new Error(`eval data folder not found: ${dataDir} (set VET_EVAL_DATA or pass --data)`);
  const distDir = resolve(ROOT, 'dist');
  if (!existsSync(`${distDir}/engine/scanner.js`)) throw new Error(`${distDir} is not built: run "npm run build" first`);
  const limit = Number.parseInt(values.limit ?? '40', 10);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit expects a positive whole number, got "${values.limit}"`);

  const errorSet = values.errors !== undefined ? findSet(values.errors) : null;
  const selected = errorSet ? [errorSet] : values.sets ? findSets(values.sets.split(',').map((s) => s.trim())) : SETS;

  const profiles = createProfileCache(distDir);
  const vet = await createVetChecker(distDir, profiles);
  const checkers = [vet, createKeywordChecker(profiles), createVaderChecker(profiles)];

  const started = performance.now();
  /** @type {LineResult[]} */
  const lines = [];
  /** @type {Array<Record<string, unknown>>} */
  const setReports = [];
  /** @type {Map<string, number>} */
  const setPosts = new Map();
  for (const set of selected) {
    const t0 = performance.now();
    /** @type {{ rows: EvalRow[], notes: string[] }} */
    let loaded;
    try {
      loaded = set.load(dataDir);
    } catch (error) {
      if (!(error instanceof MissingSetError)) throw error;
      setReports.push({ id: set.id, lang: set.lang, skipped: error.message });
      console.error(`eval: ${set.id}: skipped (${error.message})`);
      continue;
    }
    const brands = brandsOfSet(set, loaded.rows);
    for (const checker of checkers) if (checker.langs.includes(set.lang)) await checker.prepare(brands);
    /** @type {ErrorEntry[] | null} */
    const errors = errorSet ? [] : null;
    const setLines = evaluateSet(set, loaded.rows, checkers, errors);
    if (errorSet && errors) printErrors(set, errors, vet, limit);
    lines.push(...setLines);
    setPosts.set(set.id, loaded.rows.length);
    const ms = Math.round(performance.now() - t0);
    setReports.push({ id: set.id, lang: set.lang, posts: loaded.rows.length, licence: set.licence, mapping: set.mapping, notes: loaded.notes, ms });
    if (!values.json) console.error(`eval: ${set.id}: ${loaded.rows.length} posts, ${brands.length} brand(s), ${(ms / 1000).toFixed(1)} s`);
  }
  if (errorSet) return;

  const summaries = summarize(lines, setPosts);
  const targets = checkTargets(lines, summaries);
  const elapsed = (performance.now() - started) / 1000;
  const vetFlaggedAnything = lines.some((l) => {
    const c = l.checkers.vet;
    return c && (c.pos.flagged + c.neg.flagged + c.elsewhere.flagged + c.off.flagged > 0);
  });

  if (values.json) {
    console.log(
      JSON.stringify(
        { generatedAt: new Date().toISOString(), dataDir, elapsedSeconds: Math.round(elapsed * 10) / 10, sets: setReports, lines, summaries, targets: targets.checks },
        null,
        2,
      ),
    );
    return;
  }
  const out = [renderTable(lines, Object.values(summaries).length ? summaries : /** @type {any} */ ({})), ''];
  out.push(
    'P / R: precision / recall of "hostile" on the hand sub-labelled rows (hostility-sublabels). false alarms: share of posts labelled',
    'positive/neutral/no-emotion toward the brand that were flagged (count in brackets). neg flagged: share of posts labelled negative',
    'toward the brand that were flagged (information: most are honest criticism; for COLD/OLID the offensive rows). wrong brand: flagged',
    'posts whose negative label is aimed at another brand. kw = keyword alert (brand alias + general negative word); VADER = compound',
    '≤ -0.5 on posts naming the brand (English only). ALL lines pool every (post, brand) pair of a language; their P / R is the',
    'sub-label set\'s.',
    '',
    'Targets:',
    targets.text,
    '',
    `${lines.reduce((n, l) => n + l.posts, 0)} post×line checks over ${[...setPosts.values()].reduce((a, b) => a + b, 0)} posts in ${elapsed.toFixed(1)} s.`,
  );
  if (!vetFlaggedAnything) out.push('NOTE: vet flagged no post at all: is src/engine/scanner.ts still the stub?');
  for (const r of setReports) if (r.skipped) out.push(`skipped ${r.id}: ${r.skipped}`);
  console.log(out.join('\n'));
}

main().catch((error) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
