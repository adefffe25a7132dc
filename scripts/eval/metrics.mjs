// Counting: which bucket a post falls in for a table line, and what each checker flagged in each bucket.

/**
 * @typedef {import('./types.mjs').EvalRow} EvalRow
 * @typedef {import('./types.mjs').Mapping} Mapping
 * @typedef {'pos' | 'neg' | 'elsewhere' | 'off'} Bucket
 *   pos = labelled positive/neutral/no-emotion toward the brand (a flag is a false alarm);
 *   neg = labelled negative toward the brand (mostly honest criticism: information only);
 *   elsewhere = labelled negative toward another brand only (a flag is a wrong-brand attribution);
 *   off = off-topic, irrelevant, or of unknown direction toward the brand.
 * @typedef {{ n: number, flagged: number }} Tally
 * @typedef {{ pos: Tally, neg: Tally, elsewhere: Tally, off: Tally, hostile?: { tp: number, fp: number, fn: number } }} Counts
 */

/**
 * @param {EvalRow} row
 * @param {string[]} brands
 * @returns {Bucket}
 */
export function bucketOf(row, brands) {
  let pos = false;
  let elsewhere = false;
  for (const label of row.labels) {
    const own = label.target === '*' || (label.target !== null && brands.includes(label.target));
    if (own && label.polarity === 'neg') return 'neg';
    if (own && (label.polarity === 'pos' || label.polarity === 'neu')) pos = true;
    if (!own && label.target !== null && label.polarity === 'neg') elsewhere = true;
  }
  return pos ? 'pos' : elsewhere ? 'elsewhere' : 'off';
}

/** @returns {Counts} */
export function emptyCounts(withHostile = false) {
  const t = () => ({ n: 0, flagged: 0 });
  return { pos: t(), neg: t(), elsewhere: t(), off: t(), ...(withHostile ? { hostile: { tp: 0, fp: 0, fn: 0 } } : {}) };
}

/**
 * The brands a post is vetted for on a table line.
 * @param {EvalRow} row
 * @param {Mapping} mapping
 */
export function brandsFor(row, mapping) {
  if (mapping.brands !== 'own') return mapping.brands;
  if (!row.sub) throw new Error(`eval: row ${row.id} has no sub-label but the line vets each row's own brand`);
  return [row.sub.brand];
}

/**
 * @param {(row: EvalRow, brand: string) => boolean} flags
 * @param {EvalRow} row
 * @param {string[]} brands
 */
export const flaggedForAny = (flags, row, brands) => brands.some((brand) => flags(row, brand));

/**
 * Adds one post to a line's counts.
 * @param {Counts} counts
 * @param {EvalRow} row
 * @param {string[]} brands
 * @param {boolean} flagged
 * @returns {Bucket}
 */
export function addRow(counts, row, brands, flagged) {
  if (counts.hostile && row.sub) {
    // Sub-labelled rows: every row is a source "negative"; hostility is what precision/recall measure.
    const hostile = row.sub.value === 'hostile';
    if (flagged && hostile) counts.hostile.tp++;
    else if (flagged) counts.hostile.fp++;
    else if (hostile) counts.hostile.fn++;
    counts.neg.n++;
    if (flagged) counts.neg.flagged++;
    return 'neg';
  }
  const bucket = bucketOf(row, brands);
  counts[bucket].n++;
  if (flagged) counts[bucket].flagged++;
  return bucket;
}

/** @param {{ tp: number, fp: number, fn: number } | undefined} h */
export function precisionRecall(h) {
  if (!h) return { precision: null, recall: null };
  return {
    precision: h.tp + h.fp > 0 ? h.tp / (h.tp + h.fp) : null,
    recall: h.tp + h.fn > 0 ? h.tp / (h.tp + h.fn) : null,
  };
}

/** @param {Tally} t */
export const rate = (t) => (t.n > 0 ? t.flagged / t.n : null);

/**
 * Sums counts (for the per-language summary).
 * @param {Counts[]} list
 * @returns {Counts}
 */
export function sumCounts(list) {
  const total = emptyCounts(list.some((c) => c.hostile));
  for (const c of list) {
    for (const k of /** @type {const} */ (['pos', 'neg', 'elsewhere', 'off'])) {
      total[k].n += c[k].n;
      total[k].flagged += c[k].flagged;
    }
    if (c.hostile && total.hostile) {
      total.hostile.tp += c.hostile.tp;
      total.hostile.fp += c.hostile.fp;
      total.hostile.fn += c.hostile.fn;
    }
  }
  return total;
}
