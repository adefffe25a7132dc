/**
 * Hits sorted by start, so "which hits start between lo and hi" is a binary search. Every question the
 * rules ask is about a few words around a hit; asking it this way keeps a scan linear in the length of the
 * post even when a long post is dense with terms.
 */
export class HitIndex<T extends { start: number; end: number }> {
  readonly items: readonly T[];
  private readonly starts: Int32Array;

  /** `ordered`: `items` is an array already in the order wanted (by start), kept as it is. */
  constructor(items: Iterable<T>, ordered = false) {
    const sorted = ordered ? (items as T[]) : [...items];
    if (!ordered && !inOrder(sorted)) sorted.sort(byStartThenEnd);
    this.items = sorted;
    // Most posts have a handful of hits: a plain scan beats building an index for them.
    this.starts = sorted.length > SMALL ? startsOf(sorted) : NO_STARTS;
  }

  /** Items whose start is in [lo, hi], in order of start. */
  between(lo: number, hi: number): readonly T[] {
    const items = this.items;
    if (items.length <= SMALL) {
      // The common answer is none or all: neither needs a new array.
      let inside = 0;
      for (let i = 0; i < items.length; i++) {
        const s = items[i]!.start;
        if (s >= lo && s <= hi) inside++;
      }
      if (inside === 0) return EMPTY;
      if (inside === items.length) return items;
      return items.filter((item) => item.start >= lo && item.start <= hi);
    }
    const from = lowerBound(this.starts, lo);
    const to = lowerBound(this.starts, hi + 1);
    return from >= to ? EMPTY : from === 0 && to === items.length ? items : items.slice(from, to);
  }
}

const EMPTY: readonly never[] = Object.freeze([]);
const SMALL = 8;
const NO_STARTS = new Int32Array(0);

function byStartThenEnd(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

/** Already in the order the sort would give (hits mostly arrive so): the sort is skipped. */
function inOrder(items: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (let i = 1; i < items.length; i++) if (byStartThenEnd(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}

function startsOf(items: ReadonlyArray<{ start: number }>): Int32Array {
  const starts = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) starts[i] = items[i]!.start;
  return starts;
}

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

/** One index per kind, each built on first use (most kinds of a stretch are never asked about). */
export class KindIndex<K extends string, T extends { start: number; end: number; kind: K }> {
  private readonly groups = new Map<K, T[]>();
  private readonly byKind = new Map<K, HitIndex<T>>();
  /** Hits of several kinds together, by the (stable) list of kinds asked for: built on first use. */
  private readonly merged = new Map<readonly K[], HitIndex<T>>();

  constructor(hits: readonly T[]) {
    const groups = this.groups;
    for (const hit of hits) {
      const list = groups.get(hit.kind);
      if (list) list.push(hit);
      else groups.set(hit.kind, [hit]);
    }
  }

  private index(kind: K): HitIndex<T> | undefined {
    let index = this.byKind.get(kind);
    if (index === undefined) {
      const list = this.groups.get(kind);
      if (list === undefined) return undefined;
      index = new HitIndex(list);
      this.byKind.set(kind, index);
    }
    return index;
  }

  /** Hits of `kind` whose start is in [lo, hi]. */
  of(kind: K, lo: number, hi: number): readonly T[] {
    return this.index(kind)?.between(lo, hi) ?? (EMPTY as readonly T[]);
  }

  /** Is there a hit of `kind`? Builds no index. */
  has(kind: K): boolean {
    return this.groups.has(kind);
  }

  all(kind: K): readonly T[] {
    return this.index(kind)?.items ?? (EMPTY as readonly T[]);
  }

  /**
   * Hits of any of `kinds` whose start is in [lo, hi], in order of start; hits starting together in the order
   * of `kinds`, then of end. Pass the same array each time (its identity keys a cache of the merged hits).
   */
  ofAny(kinds: readonly K[], lo: number, hi: number): readonly T[] {
    let index = this.merged.get(kinds);
    if (!index) {
      const hits: T[] = [];
      for (const kind of kinds) {
        const own = this.index(kind);
        if (own) for (const h of own.items) hits.push(h);
      }
      // A stable sort by start alone: ties keep the order of kinds, and of end within a kind.
      if (!hits.every((h, i) => i === 0 || hits[i - 1]!.start <= h.start)) hits.sort((a, b) => a.start - b.start);
      index = new HitIndex(hits, true);
      this.merged.set(kinds, index);
    }
    return index.between(lo, hi);
  }
}
