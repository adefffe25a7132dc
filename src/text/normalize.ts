/**
 * Folds post text into the form the lexicon is written in, keeping a map back to the original so every
 * finding quotes exactly what the author wrote.
 *
 * Steps, in order: drop invisible characters (every Default_Ignorable_Code_Point of Unicode: zero-width,
 * bidi controls, variation selectors, tag characters, soft hyphen…; and control characters) → profile emoji stand-ins (🐒 → 猴) → NFKC (full-width and styled letters → ASCII)
 * → lower case → typographic apostrophes → ' → Cyrillic and Greek lookalikes → Latin → traditional → simplified → drop separators used to split a word
 * ("小 米", "小·米", "x.i.a.o.m.i"; not after the letter of a contraction: "isn't a" stays) → collapse runs of three or more identical letters ("idiooooots" → "idiots").
 * Lexicon terms go through the very same function, so both sides always agree.
 */

import { textWork } from './work.js';

/** The folded text and, for each of its UTF-16 units, the index of the original unit it came from. */
export interface NormalizedText {
  text: string;
  /** map[i] is the original offset of text[i]; map[text.length] is the original length. */
  map: Int32Array;
}

const DROP = -1;
/** A fold-table entry not yet computed. */
const UNSEEN = -0x7fffffff;

/**
 * Characters Unicode says to show as nothing (the Default_Ignorable_Code_Point property, astral ones too: tag
 * characters U+E0020…, variation selectors U+E0100…, musical formatting U+1D173…) and control characters: they
 * evade matching without changing what a reader sees. Asked once per character (the fold tables keep the answer).
 */
const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

function isInvisible(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x0a && cp !== 0x09) || (cp >= 0x7f && cp <= 0x9f) || DEFAULT_IGNORABLE.test(String.fromCodePoint(cp));
}

export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** The first unit of an emoji outside the BMP: a high surrogate of the planes of pictographs (U+1F000–U+1FBFF). */
export function isEmojiStart(c: number): boolean {
  return c >= 0xd83c && c <= 0xd83e;
}

/** Latin letters and digits: what decides an English word boundary. */
export function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xdf && c <= 0x24f && c !== 0xf7) || (c >= 0x41 && c <= 0x5a);
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}

/** Characters people put inside a word to split it; dropped only between CJK characters or single letters. */
const SEPARATOR_TABLE = new Uint8Array(128);
/** Each ASCII separator's bit in a mask of the separators a run is made of (bit 0: any other). */
const SEPARATOR_BIT = new Uint32Array(128);
let separatorBit = 1;
for (const ch of ' \t.*_-~|/\\\'"`^+=#') {
  SEPARATOR_TABLE[ch.charCodeAt(0)] = 1;
  SEPARATOR_BIT[ch.charCodeAt(0)] = 1 << separatorBit++;
}
/** The separators buf[from, to) is made of, as a mask. */
function separatorMask(buf: Uint16Array, from: number, to: number): number {
  let mask = 0;
  for (let k = from; k < to; k++) mask |= buf[k]! < 128 ? SEPARATOR_BIT[buf[k]!]! : 1;
  return mask;
}

function isSeparator(c: number): boolean {
  return c < 128 ? SEPARATOR_TABLE[c] === 1 : c === 0xb7 || c === 0x2022 || c === 0x30fb;
}
const MAX_SEPARATOR_RUN = 3;

/**
 * The classes above as bits of one table, read once per character by the first pass of `foldUnits` (the same
 * answers as isSeparator, isCjk, isLetter and isWordChar, without their chains of comparisons).
 */
const SEP = 1;
const CJK = 2;
const LETTER = 4;
const WORD = 8;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CLASS[c] = (isSeparator(c) ? SEP : 0) | (isCjk(c) ? CJK : 0) | (isLetter(c) ? LETTER : 0) | (isWordChar(c) ? WORD : 0);

/**
 * Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables, lower case after NFKC): "ѕсаm" and
 * "gаrbage" with a Cyrillic а read as "scam" and "garbage". A Russian or Greek word folds into a mix of scripts
 * that matches nothing.
 */
const LOOKALIKES: ReadonlyMap<number, string> = new Map(
  Object.entries({
    а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
    α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  }).map(([k, v]) => [k.charCodeAt(0), v]),
);

export class Normalizer {
  /** Per BMP code unit: DROP, a single folded code unit, or -2 - index into `multi` for multi-unit folds. */
  private readonly fold = new Int32Array(0x10000).fill(UNSEEN);
  private readonly multi: string[] = [];
  private readonly astral = new Map<number, string>();
  private readonly emoji: Map<number, string>;
  /** Latin words of the lexicon, for words masked with digits and signs (see `knowWords`). */
  private known: ReadonlySet<string> | undefined;
  /** Those words with letters starred out, to the one word each spells (null: several); built at the first star. */
  private starred: Map<string, string | null> | undefined;
  private buf = new Uint16Array(1024);
  private bufMap = new Int32Array(1025);

  constructor(
    private readonly t2s: ReadonlyMap<number, number>,
    emoji: Readonly<Record<string, string>> = {},
  ) {
    this.emoji = new Map();
    for (const [key, value] of Object.entries(emoji)) {
      const cp = key.replace(/\uFE0F/g, '').codePointAt(0);
      // ASCII is never a stand-in (a keycap emoji starts with its digit or #).
      if (cp === undefined || cp < 0x80) continue;
      // Stand-ins in the BMP (☠) go straight into the fold table, so a character costs one lookup, not two.
      if (cp < 0x10000) {
        this.multi.push(value);
        this.fold[cp] = -2 - (this.multi.length - 1);
      } else this.emoji.set(cp, value);
    }
  }

  private foldString(s: string): string {
    let out = '';
    for (const ch of s.normalize('NFKC').toLowerCase()) {
      const c = ch.charCodeAt(0);
      if (isInvisible(ch.codePointAt(0)!)) continue;
      // Typographic apostrophes are the ASCII one: "isn’t" is "isn't".
      if (c === 0x2018 || c === 0x2019 || c === 0x02bc) {
        out += "'";
        continue;
      }
      const look = LOOKALIKES.get(c);
      if (look !== undefined) {
        out += look;
        continue;
      }
      out += ch.length === 1 ? String.fromCharCode(this.t2s.get(c) ?? c) : ch;
    }
    return out;
  }

  private foldUnit(c: number): number {
    let f = this.fold[c]!;
    if (f !== UNSEEN) return f;
    if (isInvisible(c)) f = DROP;
    else if (c === 0x0d) f = DROP;
    else {
      const s = this.foldString(String.fromCharCode(c));
      if (s.length === 0) f = DROP;
      else if (s.length === 1) f = s.charCodeAt(0);
      else {
        this.multi.push(s);
        f = -2 - (this.multi.length - 1);
      }
    }
    this.fold[c] = f;
    return f;
  }

  private ensure(n: number): void {
    if (this.buf.length >= n) return;
    let size = this.buf.length;
    while (size < n) size *= 2;
    this.buf = new Uint16Array(size);
    this.bufMap = new Int32Array(size + 1);
  }

  /** Makes room for at least `need` units, keeping the first `keep`. */
  private grow(need: number, keep: number): void {
    let size = this.buf.length;
    while (size < need) size *= 2;
    const buf = new Uint16Array(size);
    const map = new Int32Array(size + 1);
    buf.set(this.buf.subarray(0, keep));
    map.set(this.bufMap.subarray(0, keep));
    this.buf = buf;
    this.bufMap = map;
  }

  /**
   * The lexicon's Latin words (a-z, four letters or more). From then on a word written with digits and signs for
   * letters in a way `unleet` does not read on its own shape ("cr@ppl3", "th!3ves", "br@indead") is read as the
   * word it spells when that word is one of these, and only then: "lol@apple", "mi11", "a7iii" stay as written.
   * Terms normalized before this call are read as they are written. So is a word with letters inside it starred out
   * ("s*msung", "g**gle", "id*ots"), when one such word alone has that shape.
   */
  knowWords(words: Iterable<string>): void {
    const known = new Set<string>();
    for (const word of words) if (/^[a-z]{4,}$/.test(word)) known.add(word);
    this.known = known;
    this.starred = undefined;
  }

  /** Every shape of the known words with one run of one to three inner letters starred out, three letters left at least. */
  private starredWords(): ReadonlyMap<string, string | null> {
    if (this.starred) return this.starred;
    const shapes = new Map<string, string | null>();
    for (const word of this.known ?? []) {
      for (let stars = 1; stars <= STARS_MAX && word.length - stars >= 3; stars++) {
        for (let at = 1; at + stars < word.length; at++) {
          const shape = word.slice(0, at) + '*'.repeat(stars) + word.slice(at + stars);
          const had = shapes.get(shape);
          shapes.set(shape, had === undefined || had === word ? word : null);
        }
      }
    }
    this.starred = shapes;
    return shapes;
  }

  /**
   * Folds `raw`. The returned map is a view into a buffer this normalizer reuses: it is valid until the next
   * call (the scanner uses it at once; copy it to keep it). Reuse spares an allocation per post.
   */
  normalize(raw: string): NormalizedText {
    return this.result(this.foldUnits(raw));
  }

  /** The folded units of the last `foldUnits` call (a view, valid until the next call). */
  get units(): Uint16Array {
    return this.buf;
  }

  /** The text and offset map of the last `foldUnits` call, which returned `length`. */
  result(length: number): NormalizedText {
    return { text: decodeUnits(this.buf, length), map: this.bufMap.subarray(0, length + 1) };
  }

  /**
   * Folds `raw` into the reusable buffer and returns the folded length; `result` turns it into text. Split so
   * a caller can look at the units first and skip building a string for a post it has no use for.
   */
  foldUnits(raw: string): number {
    const length = raw.length;
    this.ensure(length + 16);
    let buf = this.buf;
    let map = this.bufMap;
    let cap = buf.length;
    let n = 0;
    // Pass 2 is needed only for a separator run that splits a word or a run of three (see `watch`): most
    // posts have neither and skip it.
    let state = QUIET;
    let leet = false;
    let masked = false;
    /** Was the unit just written a digit or sign that may stand for a letter (so the next one is worth a look)? */
    let lastSign = false;
    /** Did a star follow a letter (a word with letters starred out, "s*msung")? */
    let star = false;
    const known = this.known;

    // Pass 1: fold each character into buf, remembering where it came from.
    for (let i = 0; i < length; i++) {
      const c = raw.charCodeAt(i);
      // The common case first: a lower-case ASCII letter, after no sign that may stand for a letter (lastSign) and
      // while no separator run is watched (QUIET, where a letter moves the watch only as a third in a row). A letter
      // raises no leet, mask or star flag, so the general path below would do just this.
      if (c >= 0x61 && c <= 0x7a && state === QUIET && !lastSign && n < cap) {
        if (n > 1 && c === buf[n - 1] && c === buf[n - 2]) state = NEEDED;
        buf[n] = c;
        map[n++] = i;
        continue;
      }
      if (c < 0x80) {
        // ASCII: case folding only; control characters other than tab and line feed are dropped.
        if (c < 0x20 ? c !== 0x0a && c !== 0x09 : c === 0x7f) continue;
        if (n >= cap) {
          this.grow(n + 16, n);
          buf = this.buf;
          map = this.bufMap;
          cap = buf.length;
        }
        const u = c >= 0x41 && c <= 0x5a ? c + 32 : c;
        // A digit or $ right after a letter may stand for a letter ("g00gle", "l1ars"): looked at after this pass.
        if (u < 128 && LEET_FOR[u] !== 0 && n > 0 && isLetter(buf[n - 1]!)) leet = true;
        if (state !== NEEDED && n > 0) state = watch(state, buf, n, u);
        // A digit or sign with a letter after it ("th!eves", "1iars"), or one ending a word after a letter ("cr@ppl3"; not a
        // shout's !), may mask a word the lexicon knows: looked at after this pass.
        if (lastSign && !masked && known !== undefined && maskedBefore(buf, n, u)) masked = true;
        lastSign = MASK_FOR[u] !== 0;
        if (u === 0x2a && n > 0 && isLetter(buf[n - 1]!)) star = true;
        buf[n] = u;
        map[n++] = i;
        continue;
      }
      const from = i;
      let out: string | undefined;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < length && raw.charCodeAt(i + 1) >= 0xdc00 && raw.charCodeAt(i + 1) <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (raw.charCodeAt(i + 1) - 0xdc00) + 0x10000;
        out = this.emoji.get(cp);
        if (out === undefined) {
          out = this.astral.get(cp);
          if (out === undefined) {
            out = this.foldString(String.fromCodePoint(cp));
            this.astral.set(cp, out);
          }
        }
        i++;
      } else {
        {
          let f = this.fold[c]!;
          if (f === UNSEEN) f = this.foldUnit(c);
          if (f === DROP) continue;
          // The common case here: a CJK character (any non-ASCII unit that folds to one, not a separator) while
          // nothing is watched.
          if (f >= 0x80 && state === QUIET && !lastSign && n < cap && (CLASS[f]! & SEP) === 0) {
            if (n > 1 && f === buf[n - 1] && f === buf[n - 2] && (CLASS[f]! & (CJK | LETTER)) !== 0) state = NEEDED;
            buf[n] = f;
            map[n++] = from;
            continue;
          }
          if (f >= 0) {
            if (n >= cap) {
              this.grow(n + 16, n);
              buf = this.buf;
              map = this.bufMap;
              cap = buf.length;
            }
            if (state !== NEEDED && n > 0) state = watch(state, buf, n, f);
            if (lastSign && !masked && known !== undefined && maskedBefore(buf, n, f)) masked = true;
            lastSign = f < 128 && MASK_FOR[f] !== 0;
            // A full-width star folds to "*" here.
            if (f === 0x2a && n > 0 && isLetter(buf[n - 1]!)) star = true;
            buf[n] = f;
            map[n++] = from;
            continue;
          }
          out = this.multi[-2 - f]!;
        }
      }
      if (n + out.length >= cap) {
        this.grow(n + out.length + 16, n);
        buf = this.buf;
        map = this.bufMap;
        cap = buf.length;
      }
      for (let k = 0; k < out.length; k++) {
        buf[n] = out.charCodeAt(k);
        map[n++] = from;
      }
      lastSign = false;
      state = NEEDED;
    }
    if (leet) unleet(buf, n);
    if (known !== undefined && (masked || (n > 0 && maskedBefore(buf, n, 0x20)))) unmask(buf, n, known);
    if (star && known !== undefined) unstar(buf, n, this.starredWords());
    if (state !== NEEDED && state !== LONE_LETTER_NEXT) {
      map[n] = length;
      return n;
    }

    // Pass 2: drop separators inside split words and collapse long runs, in place.
    let w = 0;
    let runChar = -1;
    let runLength = 0;
    const chain: Chain = { at: -2, gap: 0, start: -1, seps: 0, wordGap: 0 };
    // A run of separators is measured once: after its first one is kept, the rest are kept too (what precedes
    // them is a separator, which joins nothing), so a long run costs its length, not its length squared.
    let keptRunEnd = 0;
    for (let r = 0; r < n; r++) {
      const c = buf[r]!;
      if (w > 0 && r >= keptRunEnd && isSeparator(c)) {
        let end = r;
        while (end < n && isSeparator(buf[end]!)) end++;
        textWork.steps += end - r;
        keptRunEnd = end;
        // One apostrophe before m, s, t or d after a word is a contraction or a possessive ("it's", "don't"), and so
        // after "i" alone ("i'm a", "i'd"); after any other lone letter, or inside a chain already joined, it splits a
        // word ("s'c'a'm", "s't'u'p'i'd").
        const contraction = end - r === 1 && isApostrophe(c) && CONTRACTED[buf[end]!] === 1 && chain.at !== w - 1 && isLetter(buf[w - 1]!) &&
          ((w >= 2 && isLetter(buf[w - 2]!)) || (buf[w - 1] === 0x69 && (buf[end] === 0x6d || buf[end] === 0x64)));
        if (end < n && end - r <= MAX_SEPARATOR_RUN && !contraction && this.joins(buf, w, end, n, chain, end - r)) {
          if (isLetter(buf[end]!)) {
            if (chain.at !== w - 1) {
              chain.gap = end - r;
              chain.start = w - 1;
              chain.seps = separatorMask(buf, r, end);
            }
            chain.at = w;
          }
          r = end - 1;
          continue;
        }
        // The wider gap that ends a spaced-out word before another is the space between two words: one space.
        if (chain.at === w - 1 && end < n && isLetter(buf[end]!) && end - r > chain.gap && onlySpaces(buf, r, end)) {
          chain.wordGap = end - r;
          buf[w] = 0x20;
          map[w++] = map[r]!;
          r = end - 1;
          continue;
        }
      }
      if (c === runChar && (isLetter(c) || isCjk(c))) {
        runLength++;
        if (runLength === 3) w--; // keep one of the run: "ooo" → "o"
        if (runLength >= 3) continue;
      } else {
        runChar = c;
        runLength = 1;
      }
      buf[w] = c;
      map[w++] = map[r]!;
    }
    map[w] = length;
    return w;
  }

  /**
   * Should the separators before buf[next] be dropped, given what was already written up to `w`? A spaced-out word
   * keeps the width of its gaps: a wider run of separators is the space between two words ("A p p l e   i s   a
   * s c a m"), so it ends a chain and starts none before a narrower one.
   */
  private joins(buf: Uint16Array, w: number, next: number, n: number, chain: Chain, gap: number): boolean {
    const prev = buf[w - 1]!;
    const after = buf[next]!;
    if (isCjk(prev) && isCjk(after)) return true;
    // Single letters split by separators: x.i.a.o.m.i, f u c k. `after` must be a lone letter too, and
    // `prev` either a lone letter or the end of a chain already joined.
    if (isLetter(prev) && isLetter(after)) {
      const afterIsSingle = next + 1 >= n || !isWordChar(buf[next + 1]!);
      // The letter of a contraction ("isn't a", "don't u") is the end of a word, not a lone letter; nor is a letter
      // after a sign written for a letter ("sc@m. c r o o k s" keeps sc@m a word).
      const prevIsSingle = chain.at === w - 1 || w < 2 || (!isWordChar(buf[w - 2]!) && !isApostrophe(buf[w - 2]!) && !isLeetSign(buf[w - 2]!));
      if (!afterIsSingle || !prevIsSingle) return false;
      if (chain.at === w - 1) {
        if ((separatorMask(buf, next - gap, next) & ~chain.seps) !== 0) return false;
        return gap <= chain.gap || !((chain.wordGap > chain.gap && gap >= chain.wordGap) || wordGap(buf, next, n, chain, gap));
      }
      // A chain starts only when a third lone letter follows ("f u c k", "x.i.a.o.m.i"): two are texting
      // ("fuck u n this", "u r"), not a word split to evade; in Chinese, two letters right after a CJK character
      // are an abbreviation split to evade ("都是s b"). The look ahead is at most a few characters.
      if (w >= 2 && isCjk(buf[w - 2]!)) return true;
      // The word "a" or "I" before a word split otherwise ("is a s.c.a.m", "I f-u-c-k-i-n-g hate") starts no chain.
      if ((prev === 0x61 || prev === 0x69) && (buf[next - 1] === 0x20 || buf[next - 1] === 0x09) && next + 1 < n && isSeparator(buf[next + 1]!) && buf[next + 1] !== 0x20 && buf[next + 1] !== 0x09) return false;
      let k = next + 1;
      while (k < n && k - next - 1 <= MAX_SEPARATOR_RUN && isSeparator(buf[k]!)) k++;
      const seps = k - next - 1;
      return seps > 0 && seps <= MAX_SEPARATOR_RUN && gap <= seps && k < n && isLetter(buf[k]!) && (k + 1 >= n || !isWordChar(buf[k + 1]!));
    }
    return false;
  }
}

/** The spaced-out word being joined in the second pass of `foldUnits`. */
interface Chain {
  /** Output index of the last letter joined into it (-2: none). */
  at: number;
  /** The separators between its letters: a wider run may end it ("A p p l e   i s"). */
  gap: number;
  /** Output index of its first letter. */
  start: number;
  /** The separators of its first gap, as a mask: a gap with another ends it ("x.i.a.o.m.i s.c.a.m", "a p p l e = s c a m"). */
  seps: number;
  /** The width of the last gap read as the space between two spaced-out words. */
  wordGap: number;
}

/**
 * Is a gap wider than a spaced-out word's own the space between two words? When the post spaces its words so: a gap
 * as wide was read so before (the caller knows), the gap before the word was at least as wide ("=  s p y w a r e
 * s c a m"), or another one as wide follows the next spaced-out word ("A p p l e   i s   a"). A wider gap met once
 * inside a word is a slip ("x i a o  m i", "c r  o o k s"); a gap that opens with another separator always ends it.
 * The look ahead reads at most WORD_GAP_REACH characters.
 */
function wordGap(buf: Uint16Array, next: number, n: number, chain: Chain, gap: number): boolean {
  let lead = 0;
  while (lead < gap && chain.start - 1 - lead >= 0 && (buf[chain.start - 1 - lead] === 0x20 || buf[chain.start - 1 - lead] === 0x09)) lead++;
  if (lead >= gap) return true;
  const stop = Math.min(n, next + WORD_GAP_REACH);
  let k = next + 1;
  let found = false;
  while (k < stop) {
    let seps = 0;
    while (k + seps < stop && isSeparator(buf[k + seps]!)) seps++;
    if (seps === 0 || k + seps >= stop || !isLetter(buf[k + seps]!)) break;
    if (seps > chain.gap) {
      found = seps >= gap;
      break;
    }
    k += seps + 1;
    if (k < stop && isWordChar(buf[k]!)) break;
  }
  textWork.steps += k - next;
  return found;
}
const WORD_GAP_REACH = 40;

/** Is buf[from, to) made of spaces and tabs only? */
function onlySpaces(buf: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (buf[k] !== 0x20 && buf[k] !== 0x09) return false;
  return true;
}

/** The letters a contraction or a possessive leaves after an apostrophe: i'm, it's, don't, he'd. */
const CONTRACTED = new Uint8Array(128);
for (const letter of 'msdt') CONTRACTED[letter.charCodeAt(0)] = 1;

/** Digits and signs written for letters inside a word: 0 o, 1 i, 3 e, 4 a, $ s, @ a ("tr@sh", "fr@uds"). */
const LEET_FOR = new Uint8Array(128);
for (const [digit, letter] of [['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['$', 's'], ['@', 'a']] as const) LEET_FOR[digit.charCodeAt(0)] = letter.charCodeAt(0);
/**
 * An @ is a letter only in a short word with at most three letters after it ("tr@sh", "fr@uds"); else it joins a word
 * to a handle ("thanks@xiaomi", "lol@apple", "cc@ipad").
 */
const AT_WORD_MAX = 9;
const AT_AFTER_MAX = 3;

/**
 * "g00gle are sh1tty l1ars", "x1aomi", "micro$oft", "a$$hole", "tr@sh": a digit, $ or @ (one, or 00 or $$) with a letter
 * right before it and at least two letters right after it, in a word with no other digit, is the letter it stands
 * for. Model names keep their digits: "pixel4a", "iphone5s" (one letter after), "p40pro" (two different digits),
 * "mate 60" (no letter after). In place, one unit for one, so the offset map stays as it is.
 */
function unleet(buf: Uint16Array, n: number): void {
  // The word around a sign is found, and asked whether it is spelled in digits, once: a long word costs its length,
  // and a sign read as a letter that joins two words ("ab$cd$ef") makes the second go on with the first.
  let start = 0;
  let end = 0;
  let digits = 0; // in the word, not yet read as letters
  for (let i = 1; i < n; i++) {
    const c = buf[i]!;
    if (c >= 128 || LEET_FOR[c] === 0 || !isLetter(buf[i - 1]!)) continue;
    if (i >= end) {
      // i === end: a sign right after the last word ("a$$", "sc@m") goes on with it.
      let from = i;
      let fresh = false;
      if (i > end) {
        from = i - 1;
        while (from > end && isWordChar(buf[from - 1]!)) from--;
        if (!(from === end && end > 0 && isWordChar(buf[end - 1]!))) {
          start = from;
          digits = 0;
          fresh = true;
        }
      }
      end = i + 1;
      while (end < n && isWordChar(buf[end]!)) end++;
      digits += countDigits(buf, from, end);
      textWork.steps += end - from;
      if (fresh && spelledInDigits(buf, start, end)) {
        for (let k = i; k < end; k++) if (buf[k]! < 128 && LEET_FOR[buf[k]!] !== 0 && buf[k] !== 0x40) buf[k] = LEET_FOR[buf[k]!]!;
        i = end;
        continue;
      }
    }
    // Doubled only as people double them: "g00gle", "sh33ple", "a$$" ("mi11ultra" is a model).
    const run = i + 1 < n && buf[i + 1] === c && (c === 0x30 || c === 0x33 || c === 0x24) ? 2 : 1;
    const after = i + run;
    if (after > end) {
      const from = end;
      while (end < n && (end < after || isWordChar(buf[end]!))) end++;
      digits += countDigits(buf, from, end);
      textWork.steps += end - from;
    }
    // A doubled sign may end on one letter ("c00k"); a single one needs two ("pixel4a", "mi4c" are models).
    if (after + 2 - run >= n || !isLetter(buf[after]!) || (run === 1 && !isLetter(buf[after + 1]!)) || modelSuffixAt(buf, after, n)) continue;
    // No other digit in the word, before or after.
    const own = countDigits(buf, i, after);
    if (digits > own || (c === 0x40 && (end - start > AT_WORD_MAX || end - after > AT_AFTER_MAX))) {
      i = end;
      continue;
    }
    for (let k = i; k < after; k++) buf[k] = LEET_FOR[c]!;
    digits -= own;
    i = after;
  }
}

/**
 * Digits and signs people write for letters: those `unleet` reads, and 5 s, 7 t, ! i; 1 and ! also for l. Read by
 * `unmask` only where the word they are in, so read, is a word of the lexicon.
 */
const MASK_FOR = Uint8Array.from(LEET_FOR);
const MASK_OTHER = new Uint8Array(128);
for (const [sign, letter] of [['5', 's'], ['7', 't'], ['!', 'i']] as const) MASK_FOR[sign.charCodeAt(0)] = letter.charCodeAt(0);
for (const sign of '1!') MASK_OTHER[sign.charCodeAt(0)] = 0x6c;
/** A longer run of letters and signs is no word a person masks. */
const MASKED_WORD_MAX = 24;
/** At most this many signs that may be either of two letters are tried both ways (2^3 readings). */
const MASK_CHOICES_MAX = 3;

/**
 * "cr@ppl3", "th!3ves", "br@indead", "1iars": a run of letters, digits and signs with at least two letters, no fewer
 * letters than signs and four units or more (a shout's ! after it aside, a handle's @ before it excluded), not ending
 * in two digits as a model number does, is the word it spells when that word is one the lexicon knows; every sign in
 * it becomes its letter. In place, one unit for one. Each unit is read once, and a run is spelled at most
 * 2^MASK_CHOICES_MAX times, only when short.
 */
function unmask(buf: Uint16Array, n: number, known: ReadonlySet<string>): void {
  eachRun(buf, n, isMaskRunUnit, (i, end) => {
    let to = end;
    while (to > i && buf[to - 1] === 0x21) to--;
    if (buf[i] !== 0x40 && to - i >= 4 && to - i <= MASKED_WORD_MAX) spellMasked(buf, i, to, known);
  });
}

/** Calls `visit(start, end)` for each maximal run of units `inRun` accepts in buf[0, n): one pass, each unit read once. */
function eachRun(buf: Uint16Array, n: number, inRun: (c: number) => boolean, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < n) {
    if (!inRun(buf[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < n && inRun(buf[end]!)) end++;
    textWork.steps += end - i;
    visit(i, end);
    i = end;
  }
}

/** A word with more letters starred out in a row is no word a reader can tell. */
const STARS_MAX = 3;

/**
 * Words with one run of letters starred out inside them ("s*msung", "g**gle", "id*ots") become the one known word of
 * that shape, in place (the same length, so the offset map holds). A star at a word's edge is emphasis or a footnote
 * ("*samsung*", "price*"), and a shape two known words share ("sh*t") stays as written.
 */
function unstar(buf: Uint16Array, n: number, shapes: ReadonlyMap<string, string | null>): void {
  eachRun(buf, n, isLetterOrStar, (i, end) => {
    if (buf[i] === 0x2a || buf[end - 1] === 0x2a || end - i > MASKED_WORD_MAX || (end < n && isWordChar(buf[end]!)) || (i > 0 && isWordChar(buf[i - 1]!))) return;
    let stars = 0;
    for (let k = i; k < end; k++) if (buf[k] === 0x2a) stars++;
    if (stars === 0 || stars > STARS_MAX) return;
    const word = shapes.get(String.fromCharCode.apply(null, buf.subarray(i, end) as unknown as number[]));
    if (word) for (let k = 0; k < word.length; k++) buf[i + k] = word.charCodeAt(k);
  });
}

function isLetterOrStar(c: number): boolean {
  return isLetter(c) || c === 0x2a;
}

/**
 * Does the unit `u` about to follow buf[0, n) show a masked word just before it: a sign or digit read as a letter with
 * `u` a letter after it, or with a letter before it and `u` ending the word (a shout's ! excepted)?
 */
function maskedBefore(buf: Uint16Array, n: number, u: number): boolean {
  const prev = buf[n - 1]!;
  if (prev >= 128 || MASK_FOR[prev] === 0) return false;
  if (isLetter(u)) return true;
  return prev !== 0x21 && !isWordChar(u) && u !== 0x24 && u !== 0x40 && u !== 0x21 && n > 1 && isLetter(buf[n - 2]!);
}

function isMaskRunUnit(c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x24 || c === 0x40 || c === 0x21;
}

function spellMasked(buf: Uint16Array, from: number, to: number, known: ReadonlySet<string>): void {
  let letters = 0;
  let signs = 0;
  let choices = 0;
  for (let k = from; k < to; k++) {
    const c = buf[k]!;
    if (isLetter(c)) letters++;
    else if (MASK_FOR[c] === 0) return; // a digit no letter is written as (mi2s, note8)
    else {
      signs++;
      if (MASK_OTHER[c] !== 0) choices++;
    }
  }
  // A model number ends in two digits or more (mi11, s22, note10).
  const last = buf[to - 1]!;
  const beforeLast = buf[to - 2]!;
  if (signs === 0 || letters < 2 || letters < signs || (last >= 0x30 && last <= 0x39 && beforeLast >= 0x30 && beforeLast <= 0x39)) return;
  const tries = choices <= MASK_CHOICES_MAX ? 1 << choices : 1;
  const letter = new Uint16Array(to - from);
  for (let t = 0; t < tries; t++) {
    let bit = 0;
    for (let k = from; k < to; k++) {
      const c = buf[k]!;
      letter[k - from] = isLetter(c) ? c : MASK_OTHER[c] !== 0 && (t >> bit++) & 1 ? MASK_OTHER[c]! : MASK_FOR[c]!;
    }
    if (known.has(String.fromCharCode.apply(null, letter as unknown as number[]))) {
      buf.set(letter, from);
      return;
    }
  }
}

function countDigits(buf: Uint16Array, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (buf[k]! >= 0x30 && buf[k]! <= 0x39) count++;
  return count;
}

/**
 * "x1a0m1", "h4t3rs": a word whose every digit is one written for a letter, two or more of them, each single (or
 * doubled as 00, 33) and right after a letter, with at least three letters: every one of them is that letter. Model
 * names have a number of two different digits (p40pro, s10e, rtx4090), a doubled 1 (mi11) or a digit no letter is
 * written as (a1b2cd).
 */
function spelledInDigits(buf: Uint16Array, start: number, end: number): boolean {
  let runs = 0;
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = buf[k]!;
    if (isLetter(c)) {
      letters++;
      continue;
    }
    if (c < 0x30 || c > 0x39) continue;
    if (LEET_FOR[c] === 0 || k === start || !isLetter(buf[k - 1]!)) return false;
    if (k + 1 < end && buf[k + 1]! >= 0x30 && buf[k + 1]! <= 0x39) {
      if (buf[k + 1] !== c || (c !== 0x30 && c !== 0x33) || (k + 2 < end && buf[k + 2]! >= 0x30 && buf[k + 2]! <= 0x39)) return false;
      k++;
    }
    runs++;
  }
  return runs >= 2 && letters >= 3;
}

/**
 * Letters that follow a model number rather than stand in a word (pixel4xl, iphone3gs, s4mini, mi4lte, ps4pro, y3ii,
 * samsung4ever): after them the word ends, or they are a whole suffix of that kind.
 */
const MODEL_SUFFIXES = ['xl', 'gs', 'mini', 'lite', 'lte', 'active', 'pro', 'max', 'plus', 'ultra', 'ii', 'iii', 'se', 'neo', 'edge', 'ever', 'zoom', 'note', 'prime', 'fe', 'go'];
const LONGEST_MODEL_SUFFIX = Math.max(...MODEL_SUFFIXES.map((suffix) => suffix.length + 1));
function modelSuffixAt(buf: Uint16Array, at: number, n: number): boolean {
  let end = at;
  while (end < n && isLetter(buf[end]!)) end++;
  textWork.steps += end - at;
  if (end < n && isWordChar(buf[end]!)) return true;
  if (end - at > LONGEST_MODEL_SUFFIX) return false;
  const word = String.fromCharCode.apply(null, buf.subarray(at, end) as unknown as number[]);
  return MODEL_SUFFIXES.some((suffix) => word === suffix || word === `${suffix}s`);
}

/** $ and @ written for a letter inside a word ("a$$", "sc@m"). */
function isLeetSign(c: number): boolean {
  return c === 0x24 || c === 0x40;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/**
 * What the first pass of `foldUnits` has seen that the second pass may act on. The second pass drops the
 * separators of a run (of at most three) between two CJK characters or between two lone letters, and
 * collapses a run of three identical letters or CJK characters; until it does either, it leaves the text as
 * it is. So it is needed only when the first pass saw one of these: a separator run after a CJK character
 * then a CJK character; a separator run after a lone letter, then a letter, then no word character (or the
 * end); or a third identical letter or CJK character in a row. English text is full of lone letters before a
 * space ("a ", "I ") that start no such run, and skips the second pass.
 */
const QUIET = 0;
/** In a run of separators after a CJK character. */
const CJK_SEPARATED = 1;
/** In a run of separators after a lone letter. */
const LETTER_SEPARATED = 2;
/** A letter right after such a run: needed if it is alone too (what follows is no word character). */
const LONE_LETTER_NEXT = 3;
const NEEDED = 4;

/** The watch's next state after `u` is written at buf[n] (n > 0). */
function watch(state: number, buf: Uint16Array, n: number, u: number): number {
  const cls = CLASS[u]!;
  if (state === LONE_LETTER_NEXT) {
    if ((cls & WORD) === 0) return NEEDED;
    state = QUIET;
  }
  if ((cls & SEP) !== 0) {
    if (state === CJK_SEPARATED || state === LETTER_SEPARATED) return state;
    const p = CLASS[buf[n - 1]!]!;
    if ((p & CJK) !== 0) return CJK_SEPARATED;
    if ((p & LETTER) !== 0 && (n < 2 || ((CLASS[buf[n - 2]!]! & WORD) === 0 && !isApostrophe(buf[n - 2]!)))) return LETTER_SEPARATED;
    return QUIET;
  }
  if (state === CJK_SEPARATED) {
    if ((cls & CJK) !== 0) return NEEDED;
  } else if (state === LETTER_SEPARATED) {
    if ((cls & LETTER) !== 0) return LONE_LETTER_NEXT;
  }
  return u === buf[n - 1] && n > 1 && u === buf[n - 2] && (cls & (CJK | LETTER)) !== 0 ? NEEDED : QUIET;
}

/** UTF-16 units to a string, in chunks small enough for Function.prototype.apply. */
function decodeUnits(buf: Uint16Array, length: number): string {
  if (length <= 4096) return String.fromCharCode.apply(null, buf.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(length, i + 4096)) as unknown as number[]);
  return out;
}

/** Maps a half-open span of the folded text back to the original: [map[start], end of the unit before end). */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number, raw: string): { start: number; end: number } {
  const from = norm.map[start]!;
  const lastFrom = norm.map[end - 1]!;
  // Include a whole surrogate pair when the last unit came from one.
  const c = raw.charCodeAt(lastFrom);
  const to = c >= 0xd800 && c <= 0xdbff ? lastFrom + 2 : lastFrom + 1;
  return { start: from, end: Math.min(raw.length, Math.max(to, from + 1)) };
}
