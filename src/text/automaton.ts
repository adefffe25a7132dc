/**
 * Aho-Corasick over UTF-16 code units: every lexicon term is found in one left-to-right pass, so the cost
 * of matching depends on the length of the post, not on how many terms a profile has.
 * Patterns are plain strings (already normalized); there is no regular-expression syntax, so no pattern
 * can make matching super-linear.
 */
export class Automaton {
  /** Root transitions as a direct table: most characters of a post leave the root at once. */
  private readonly rootNext = new Int32Array(0x10000);
  private readonly edges: Array<Map<number, number>> = [new Map()];
  private fail: Int32Array = new Int32Array(1);
  /** Pattern ids that end in each state, including those reached through failure links. */
  private out: Array<number[] | undefined> = [undefined];
  private readonly lengths: number[] = [];
  private built = false;

  /** Adds a pattern and returns its id (ids are dense, in insertion order). Empty patterns are refused. */
  add(pattern: string): number {
    if (this.built) throw new Error('automaton already built');
    if (pattern.length === 0) throw new Error('empty pattern');
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = this.edges[state]!.get(c);
      if (next === undefined) {
        next = this.edges.length;
        this.edges.push(new Map());
        this.out.push(undefined);
        this.edges[state]!.set(c, next);
      }
      state = next;
    }
    const id = this.lengths.length;
    this.lengths.push(pattern.length);
    (this.out[state] ??= []).push(id);
    return id;
  }

  get size(): number {
    return this.lengths.length;
  }

  patternLength(id: number): number {
    return this.lengths[id]!;
  }

  /** Computes failure links breadth-first and merges outputs. */
  build(): this {
    this.fail = new Int32Array(this.edges.length);
    const queue: number[] = [];
    for (const [c, s] of this.edges[0]!) {
      this.rootNext[c] = s;
      queue.push(s);
    }
    for (let head = 0; head < queue.length; head++) {
      const r = queue[head]!;
      for (const [c, s] of this.edges[r]!) {
        queue.push(s);
        let f = this.fail[r]!;
        let next: number | undefined;
        while (true) {
          next = f === 0 ? this.rootNext[c] || undefined : this.edges[f]!.get(c);
          if (next !== undefined || f === 0) break;
          f = this.fail[f]!;
        }
        this.fail[s] = next ?? 0;
        const inherited = this.out[this.fail[s]!];
        if (inherited) this.out[s] = [...(this.out[s] ?? []), ...inherited];
      }
    }
    this.built = true;
    return this;
  }

  /** Does any pattern occur in the first `length` units? Stops at the first one (no boundary checks). */
  occursIn(units: Uint16Array, length: number): boolean {
    const rootNext = this.rootNext;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const c = units[i]!;
      while (true) {
        if (state === 0) {
          state = rootNext[c]!;
          break;
        }
        const next = this.edges[state]!.get(c);
        if (next !== undefined) {
          state = next;
          break;
        }
        state = this.fail[state]!;
      }
      if (state !== 0 && this.out[state]) return true;
    }
    return false;
  }

  /** Calls `hit(id, end)` for every occurrence, `end` exclusive, in order of end position. */
  scan(text: string, hit: (id: number, end: number) => void): void {
    const rootNext = this.rootNext;
    const edges = this.edges;
    const fail = this.fail;
    const out = this.out;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (true) {
        if (state === 0) {
          state = rootNext[c]!;
          break;
        }
        const next = edges[state]!.get(c);
        if (next !== undefined) {
          state = next;
          break;
        }
        state = fail[state]!;
      }
      if (state !== 0) {
        const ids = out[state];
        if (ids) for (let k = 0; k < ids.length; k++) hit(ids[k]!, i + 1);
      }
    }
  }
}
