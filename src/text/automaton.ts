/**
 * Aho-Corasick over UTF-16 code units: every lexicon term is found in one left-to-right pass, so the cost
 * of matching depends on the length of the post, not on how many terms a profile has.
 * Patterns are plain strings (already normalized); there is no regular-expression syntax, so no pattern
 * can make matching super-linear.
 */
export class Automaton {
  /** Root transitions as a direct table: most characters of a post leave the root at once. */
  private readonly rootNext = new Int32Array(0x10000);
  /** The trie while patterns are added; `build` flattens it into the arrays below and drops it. */
  private edges: Array<Map<number, number>> = [new Map()];
  /**
   * Transitions of state s: edgeChar/edgeNext[edgeFrom[s] .. edgeFrom[s + 1]), sorted by character. Flat typed
   * arrays instead of a Map per state: most states have one or two edges, so a lookup is a compare or two.
   */
  private edgeFrom = new Int32Array(1);
  private edgeChar = new Uint16Array(0);
  private edgeNext = new Int32Array(0);
  private fail: Int32Array = new Int32Array(1);
  /**
   * ASCII transitions of every state, failure links already followed: asciiNext[s * 128 + c]. English text
   * and the punctuation and digits of any post then cost one table read per character.
   */
  private asciiNext: Int32Array = new Int32Array(0);
  /** 1 for every character that occurs in some pattern; any state reads another one straight back to the root. */
  private readonly inPatterns = new Uint8Array(0x10000);
  /** Pattern ids that end in each state, including those reached through failure links. */
  private out: Array<number[] | undefined> = [undefined];
  private readonly lengths: number[] = [];
  private longest = 0;
  private built = false;

  /** Adds a pattern and returns its id (ids are dense, in insertion order). Empty patterns are refused. */
  add(pattern: string): number {
    if (this.built) throw new Error('automaton already built');
    if (pattern.length === 0) throw new Error('empty pattern');
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      this.inPatterns[c] = 1;
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
    if (pattern.length > this.longest) this.longest = pattern.length;
    (this.out[state] ??= []).push(id);
    return id;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** The length of the longest pattern (0 when there is none). */
  get maxLength(): number {
    return this.longest;
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
    this.flatten();
    this.asciiNext = new Int32Array(this.fail.length * 128);
    for (let c = 0; c < 128; c++) this.asciiNext[c] = this.rootNext[c]!;
    // Breadth first, so a state's failure state has its row before the state needs it.
    for (const s of queue) {
      const row = s * 128;
      const failRow = this.fail[s]! * 128;
      for (let c = 0; c < 128; c++) {
        const next = this.step(s, c);
        this.asciiNext[row + c] = next >= 0 ? next : this.asciiNext[failRow + c]!;
      }
    }
    this.built = true;
    return this;
  }

  private flatten(): void {
    const states = this.edges.length;
    let total = 0;
    for (let s = 1; s < states; s++) total += this.edges[s]!.size;
    this.edgeFrom = new Int32Array(states + 1);
    this.edgeChar = new Uint16Array(total);
    this.edgeNext = new Int32Array(total);
    let at = 0;
    for (let s = 0; s < states; s++) {
      this.edgeFrom[s] = at;
      // The root's edges live in rootNext.
      if (s === 0) continue;
      for (const [c, next] of [...this.edges[s]!].sort((a, b) => a[0] - b[0])) {
        this.edgeChar[at] = c;
        this.edgeNext[at++] = next;
      }
    }
    this.edgeFrom[states] = at;
    this.edges = [];
  }

  /** The state after `state` (not the root) reads `c`, or -1 when it has no such edge. */
  private step(state: number, c: number): number {
    let lo = this.edgeFrom[state]!;
    let hi = this.edgeFrom[state + 1]!;
    const chars = this.edgeChar;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (chars[lo] === c) return this.edgeNext[lo]!;
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = chars[mid]!;
      if (m === c) return this.edgeNext[mid]!;
      if (m < c) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** The state after reading `c` in `state`, following failure links. */
  private advance(state: number, c: number): number {
    while (state !== 0) {
      const next = this.step(state, c);
      if (next >= 0) return next;
      state = this.fail[state]!;
    }
    return this.rootNext[c]!;
  }

  /**
   * The states where a pattern that `keep` accepts ends (through failure links too): a filter for `occursIn`,
   * so a post is not kept for patterns that only matter next to others (a sense context like 碗).
   */
  statesEnding(keep: (id: number) => boolean): Uint8Array {
    if (!this.built) throw new Error('automaton not built');
    const ending = new Uint8Array(this.out.length);
    for (let s = 0; s < this.out.length; s++) ending[s] = this.out[s]?.some(keep) ? 1 : 0;
    return ending;
  }

  /**
   * Does any pattern occur in the first `length` units? With `ending` (from `statesEnding`), only the patterns
   * it was built for count. Stops at the first one (no boundary checks).
   */
  occursIn(units: Uint16Array, length: number, ending?: Uint8Array): boolean {
    const rootNext = this.rootNext;
    const ascii = this.asciiNext;
    const inPatterns = this.inPatterns;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const c = units[i]!;
      if (c < 128) state = ascii[state * 128 + c]!;
      else if (inPatterns[c] === 0) state = 0;
      else state = state === 0 ? rootNext[c]! : this.advance(state, c);
      if (state !== 0 && (ending ? ending[state] === 1 : this.out[state] !== undefined)) return true;
    }
    return false;
  }

  /** Calls `hit(id, end)` for every occurrence, `end` exclusive, in order of end position. */
  scan(text: string, hit: (id: number, end: number) => void): void {
    const rootNext = this.rootNext;
    const ascii = this.asciiNext;
    const inPatterns = this.inPatterns;
    const out = this.out;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) state = ascii[state * 128 + c]!;
      else if (inPatterns[c] === 0) state = 0;
      else state = state === 0 ? rootNext[c]! : this.advance(state, c);
      if (state !== 0) {
        const ids = out[state];
        if (ids) for (let k = 0; k < ids.length; k++) hit(ids[k]!, i + 1);
      }
    }
  }
}
