/** How deep into a term a state may be and still get a row of ASCII transitions (see `build`). */
const ASCII_ROW_DEPTH = 4;

/**
 * Aho-Corasick over UTF-16 code units: every lexicon term is found in one left-to-right pass, so the cost
 * of matching depends on the length of the post, not on how many terms a profile has.
 * Patterns are plain strings (already normalized); there is no regular-expression syntax, so no pattern
 * can make matching super-linear.
 */
export class Automaton {
  /** Root transitions as a direct table: most characters of a post leave the root at once. */
  private readonly rootNext = new Int32Array(0x10000);
  /**
   * The trie while patterns are added, one map for all of it: the edge of state s on character c is at key
   * s * 0x10000 + c (a Map per state made tens of thousands of maps, and their garbage, at every start).
   * `build` flattens it into the arrays below and drops it.
   */
  private trie: Map<number, number> | undefined = new Map();
  private states = 1;
  /**
   * Transitions of state s: edgeChar/edgeNext[edgeFrom[s] .. edgeFrom[s + 1]), sorted by character. Flat typed
   * arrays instead of a Map per state: most states have one or two edges, so a lookup is a compare or two.
   */
  private edgeFrom = new Int32Array(1);
  private edgeChar = new Uint16Array(0);
  private edgeNext = new Int32Array(0);
  private fail: Int32Array = new Int32Array(1);
  /**
   * ASCII transitions, failure links already followed: state s reads c to asciiNext[asciiRow[s] + c]. English text
   * and the punctuation and digits of any post then cost two table reads per character. A state without ASCII
   * edges of its own reads ASCII as its failure state does and shares that row (a Chinese term's states share the
   * root's), so the table has a row per state with ASCII edges to a depth of ASCII_ROW_DEPTH, not per state; a
   * deeper state with ASCII edges has none (-1) and follows its edges and failure links (`advance`).
   */
  private asciiNext: Int32Array = new Int32Array(0);
  private asciiRow: Int32Array = new Int32Array(1);
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
    const trie = this.trie!;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      this.inPatterns[c] = 1;
      const key = state * 0x10000 + c;
      let next = trie.get(key);
      if (next === undefined) {
        next = this.states++;
        this.out.push(undefined);
        trie.set(key, next);
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
    this.flatten();
    const { edgeFrom, edgeChar, edgeNext } = this;
    this.fail = new Int32Array(this.states);
    const depth = new Uint8Array(this.states);
    const queue: number[] = [];
    for (let e = edgeFrom[0]!; e < edgeFrom[1]!; e++) {
      this.rootNext[edgeChar[e]!] = edgeNext[e]!;
      queue.push(edgeNext[e]!);
      depth[edgeNext[e]!] = 1;
    }
    for (let head = 0; head < queue.length; head++) {
      const r = queue[head]!;
      for (let e = edgeFrom[r]!; e < edgeFrom[r + 1]!; e++) {
        const c = edgeChar[e]!;
        const s = edgeNext[e]!;
        queue.push(s);
        depth[s] = Math.min(255, depth[r]! + 1);
        let f = this.fail[r]!;
        let next: number;
        while (true) {
          next = f === 0 ? this.rootNext[c]! || -1 : this.step(f, c);
          if (next >= 0 || f === 0) break;
          f = this.fail[f]!;
        }
        this.fail[s] = Math.max(next, 0);
        const inherited = this.out[this.fail[s]!];
        if (inherited) this.out[s] = [...(this.out[s] ?? []), ...inherited];
      }
    }
    // Breadth first, so a state's failure state has its row before the state needs it: a state with ASCII edges
    // (sorted first, as the smallest characters) gets a copy of its failure state's row with its own edges in it.
    // Only the shallow states get rows (-1: none): a text rarely reaches deeper into a term, and there the edges
    // and failure links answer. The rows of every state made the table most of the scanner's start-up.
    const hasAscii = (s: number) => edgeFrom[s]! < edgeFrom[s + 1]! && edgeChar[edgeFrom[s]!]! < 128;
    let rows = 1;
    for (const s of queue) if (depth[s]! <= ASCII_ROW_DEPTH && hasAscii(s)) rows++;
    const asciiNext = new Int32Array(rows * 128);
    const asciiRow = new Int32Array(this.states);
    for (let c = 0; c < 128; c++) asciiNext[c] = this.rootNext[c]!;
    let next = 128;
    for (const s of queue) {
      const failRow = asciiRow[this.fail[s]!]!;
      if (!hasAscii(s)) {
        asciiRow[s] = failRow;
        continue;
      }
      // (A state's failure state is shallower, so within the depth it always has a row to copy.)
      if (depth[s]! > ASCII_ROW_DEPTH) {
        asciiRow[s] = -1;
        continue;
      }
      const row = next;
      next += 128;
      asciiRow[s] = row;
      for (let c = 0; c < 128; c++) asciiNext[row + c] = asciiNext[failRow + c]!;
      for (let e = edgeFrom[s]!; e < edgeFrom[s + 1]! && edgeChar[e]! < 128; e++) asciiNext[row + edgeChar[e]!] = edgeNext[e]!;
    }
    this.asciiNext = asciiNext;
    this.asciiRow = asciiRow;
    this.built = true;
    return this;
  }

  /**
   * Turns the trie into edge arrays per state (the root's too: `build` walks them breadth first). A key is
   * state * 0x10000 + character, so the keys in numeric order are the edges grouped by state and sorted by character.
   */
  private flatten(): void {
    const states = this.states;
    const trie = this.trie!;
    const keys = Float64Array.from(trie.keys()).sort();
    this.edgeFrom = new Int32Array(states + 1);
    this.edgeChar = new Uint16Array(keys.length);
    this.edgeNext = new Int32Array(keys.length);
    keys.forEach((key, at) => {
      this.edgeFrom[Math.floor(key / 0x10000) + 1]!++;
      this.edgeChar[at] = key % 0x10000;
      this.edgeNext[at] = trie.get(key)!;
    });
    for (let s = 0; s < states; s++) this.edgeFrom[s + 1]! += this.edgeFrom[s]!;
    this.trie = undefined;
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
    const row = this.asciiRow;
    const inPatterns = this.inPatterns;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const c = units[i]!;
      if (c < 128) {
        const r = row[state]!;
        state = r >= 0 ? ascii[r + c]! : this.advance(state, c);
      }
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
    const row = this.asciiRow;
    const inPatterns = this.inPatterns;
    const out = this.out;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const r = row[state]!;
        state = r >= 0 ? ascii[r + c]! : this.advance(state, c);
      }
      else if (inPatterns[c] === 0) state = 0;
      else state = state === 0 ? rootNext[c]! : this.advance(state, c);
      if (state !== 0) {
        const ids = out[state];
        if (ids) for (let k = 0; k < ids.length; k++) hit(ids[k]!, i + 1);
      }
    }
  }
}
