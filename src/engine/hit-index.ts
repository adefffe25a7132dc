/**
 * Hits sorted by start, so "which hits start between lo and hi" is a binary search. Every question the
 * rules ask is about a few words around a hit; asking it this way keeps a scan linear in the length of the
 * post even when a long post is dense with terms.
 */
export class HitIndex<T extends { start: number; end: number }> {
  readonly items: readonly T[];
  private readonly starts: Int32Array;

  constructor(items: Iterable<T>) {
    this.items = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
    // Most posts have a handful of hits: a plain scan beats building an index for them.
    this.starts = this.items.length > SMALL ? Int32Array.from(this.items, (item) => item.start) : NO_STARTS;
  }

  /** Items whose start is in [lo, hi], in order of start. */
  between(lo: number, hi: number): readonly T[] {
    if (this.items.length <= SMALL) return this.items.filter((item) => item.start >= lo && item.start <= hi);
    const from = lowerBound(this.starts, lo);
    const to = lowerBound(this.starts, hi + 1);
    return from >= to ? EMPTY : this.items.slice(from, to);
  }
}

const EMPTY: readonly never[] = Object.freeze([]);
const SMALL = 8;
const NO_STARTS = new Int32Array(0);

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One index per kind. */
export class KindIndex<K extends string, T extends { start: number; end: number; kind: K }> {
  private readonly byKind = new Map<K, HitIndex<T>>();

  constructor(hits: readonly T[]) {
    const groups = new Map<K, T[]>();
    for (const hit of hits) {
      const list = groups.get(hit.kind);
      if (list) list.push(hit);
      else groups.set(hit.kind, [hit]);
    }
    for (const [kind, list] of groups) this.byKind.set(kind, new HitIndex(list));
  }

  /** Hits of `kind` whose start is in [lo, hi]. */
  of(kind: K, lo: number, hi: number): readonly T[] {
    return this.byKind.get(kind)?.between(lo, hi) ?? (EMPTY as readonly T[]);
  }

  all(kind: K): readonly T[] {
    return this.byKind.get(kind)?.items ?? (EMPTY as readonly T[]);
  }
}
