import { isCjk, isEmojiStart, isWordChar } from '../text/normalize.js';

interface Range {
  start: number;
  end: number;
}

/** Per UTF-16 unit: 0, or what it ends. A table, not a Set: it is read for every character of a post. */
const CLAUSE_BREAK = 1;
const SENTENCE_BREAK = 2;
const BREAKS = new Uint8Array(0x10000);
for (const c of [',', ':', '、', '(', ')', '[', ']', '【', '】', '「', '」', '《', '》', '“', '”']) BREAKS[c.charCodeAt(0)] = CLAUSE_BREAK;
for (const c of ['。', '!', '?', ';', '\n', '…']) BREAKS[c.charCodeAt(0)] = SENTENCE_BREAK;
/** What may stand beside a name in a clause of its own and still address it: "米粉，…", "TRASH. @Apple". */
/** Top-level domains a dot inside a word may come before (www.apple.com, vuelo24.es): no sentence ends there. */
const DOMAINS = new Set(['com', 'net', 'org', 'cn', 'io', 'co', 'uk', 'es', 'de', 'fr', 'it', 'jp', 'hk', 'tw', 'kr', 'in', 'me', 'ly', 'gl', 'be', 'tv', 'app', 'dev', 'info', 'xyz', 'gov', 'edu', 'ai', 'us', 'ca', 'au', 'eu', 'ru', 'br', 'mx', 'nl', 'se', 'sg', 'my', 'ph', 'id', 'vn', 'th']);
/** Is the dot at `i` inside a domain name: a letter or digit right before it, and a domain's last part right after (then no letter)? */
function domainDot(text: string, i: number): boolean {
  if (i === 0 || !isWordChar(text.charCodeAt(i - 1))) return false;
  let j = i + 1;
  while (j < text.length && j - i <= 5 && isAsciiLower(text.charCodeAt(j))) j++;
  if (j === i + 1 || (j < text.length && isWordChar(text.charCodeAt(j)))) return false;
  return DOMAINS.has(text.slice(i + 1, j));
}
/** A unit of a run of emoji: surrogates (pictographs, skin tones), spaces, variation selectors, joiners. */
function isEmojiRunUnit(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || c === 0x20 || c === 0xfe0f || c === 0x200d;
}
function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
/** A clause that opens with a pronoun continues talking about the name in the clause before it. */
const PRONOUN_START = /^\s*(你们|这些人|这帮人|这群人|you|those people|these people)/;
const VOCATIVE_FILLER = /^(?:[\s@#们啊呀哦吧嘛,.!?:]|你们|各位|亲爱的|dear|hey|yo)*$/;

/**
 * Clauses, sentences and tokens of a normalized text. A run of Latin letters or digits is one token (a word);
 * a CJK character is half a token, since a Chinese word is about two characters. Punctuation and spaces are
 * none. Clauses end at commas and the like, sentences at
 * full stops, question and exclamation marks, semicolons and line breaks.
 */
export class Segmentation {
  private token = new Int32Array(256);
  private clause = new Int32Array(256);
  private sentence = new Int32Array(256);
  /** For each sentence, the offset of its last character (-1 while it has none): isQuestion in one look. */
  private sentenceLast = new Int32Array(256);
  /** Where each clause starts and ends: clauseStart[k] .. clauseEnd[k] for clause k (typed arrays, reused). */
  private clauseStart = new Int32Array(64);
  private clauseEnd = new Int32Array(64);
  private clauseCount = 0;
  private text = '';
  /** Where the one @handle the post is said to starts (its @), -1 when none; -2 until first asked. */
  private addressedAt = -2;
  private soleHandleAt = -2;

  constructor(text?: string) {
    if (text !== undefined) this.reset(text);
  }

  /** The segmented text between two offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** Segments `text`, reusing the arrays of the previous text (one Segmentation serves a whole scan). */
  reset(text: string): this {
    const n = text.length;
    this.text = text;
    this.addressedAt = -2;
    this.soleHandleAt = -2;
    if (this.token.length < n + 1) {
      const size = Math.max(n + 1, this.token.length * 2);
      this.token = new Int32Array(size);
      this.clause = new Int32Array(size);
      this.sentence = new Int32Array(size);
      this.sentenceLast = new Int32Array(size + 1);
    }
    this.clauseCount = 0;
    const tokens = this.token;
    const clauses = this.clause;
    const sentences = this.sentence;
    const lasts = this.sentenceLast;
    lasts[0] = -1;
    let token = -1;
    let clause = 0;
    let sentence = 0;
    let clauseStart = 0;
    let inWord = false;
    let clauseHasContent = false;
    let emojiRunEnd = 0;
    let emojiEnds = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      let ends = BREAKS[c]!;
      // A full stop ends a sentence; a decimal point (3.5) and the dot of a domain (apple.com/iphone, vuelo24.es) do not.
      if (c === 0x2e && !(i > 0 && isDigit(text.charCodeAt(i - 1)) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) && !domainDot(text, i)) ends = SENTENCE_BREAK;
      // "…look like garbage 😂 morons": in English, a run of emoji with a Latin word after it ends a sentence, as a full
      // stop would; one run is looked along once. Chinese goes on after it (…没有期望😂 一群穷鬼… is one sentence).
      if (c >= 0xd800 && c <= 0xdfff) {
        if (i >= emojiRunEnd) {
          emojiRunEnd = i;
          while (emojiRunEnd < n && isEmojiRunUnit(text.charCodeAt(emojiRunEnd))) emojiRunEnd++;
          emojiEnds = emojiRunEnd < n && isAsciiLower(text.charCodeAt(emojiRunEnd)) && isEmojiStart(c);
        }
        if (emojiEnds) ends = SENTENCE_BREAK;
      }
      if (ends !== 0) {
        clauses[i] = clause;
        sentences[i] = sentence;
        lasts[sentence] = i;
        tokens[i] = token < 0 ? 0 : token;
        inWord = false;
        // "!!", "？？？", ", " : a run of punctuation ends one clause, not several empty ones.
        if (!clauseHasContent) {
          clauseStart = i + 1;
          continue;
        }
        clauseHasContent = false;
        this.pushClause(clauseStart, i);
        clause++;
        clauseStart = i + 1;
        if (ends === SENTENCE_BREAK) lasts[++sentence] = -1;
        continue;
      }
      if (c !== 0x20 && c !== 0x09) clauseHasContent = true;
      // Counted in half tokens: a CJK character 1, a Latin word 2.
      if (isCjk(c)) {
        token++;
        inWord = false;
      } else if (isWordChar(c) || c === 0x27) {
        if (!inWord) token += 2;
        inWord = true;
      } else {
        inWord = false;
      }
      tokens[i] = token < 0 ? 0 : token;
      clauses[i] = clause;
      sentences[i] = sentence;
      lasts[sentence] = i;
    }
    tokens[n] = token + 2;
    clauses[n] = clause;
    sentences[n] = sentence;
    this.pushClause(clauseStart, n);
    return this;
  }

  private pushClause(start: number, end: number): void {
    const k = this.clauseCount++;
    if (k >= this.clauseStart.length) {
      const starts = new Int32Array(this.clauseStart.length * 2);
      const ends = new Int32Array(this.clauseStart.length * 2);
      starts.set(this.clauseStart);
      ends.set(this.clauseEnd);
      this.clauseStart = starts;
      this.clauseEnd = ends;
    }
    this.clauseStart[k] = start;
    this.clauseEnd[k] = end;
  }

  /** Tokens from the end of one range to the start of the other; 0 when they touch or overlap. */
  tokenDistance(a: Range, b: Range): number {
    if (a.start < b.end && b.start < a.end) return 0;
    // A zero-length range at 0 (a target supplied by the post's context) stands before the first token.
    const tokenBefore = (end: number) => (end > 0 ? this.token[end - 1]! : 0);
    const halves = a.end <= b.start ? this.token[b.start]! - tokenBefore(a.end) : this.token[a.start]! - tokenBefore(b.end);
    return halves / 2;
  }

  /** Where `at`'s clause starts. */
  clauseStartOf(at: number): number {
    return this.clauseStart[this.clause[at]!]!;
  }

  /** The text of `at`'s clause before `at`. */
  clausePrefix(at: number): string {
    return this.text.slice(this.clauseStart[this.clause[at]!]!, at);
  }

  /** Tokens from the start of `at`'s clause to `at`. */
  tokensFromClauseStart(at: number): number {
    const start = this.clauseStart[this.clause[at]!]!;
    return (this.token[at]! - (start < this.text.length ? this.token[start]! : 0)) / 2;
  }

  /**
   * Is `name` the account the whole post is said to: an @handle, the only one in the post, that opens the post or
   * closes it (nothing after it but links, hashtags and punctuation): "@apple you suck", "fuck you. @Apple http://…".
   * Worked out once per text, in one pass.
   */
  addressesPost(name: Range): boolean {
    if (this.addressedAt === -2) this.addressedAt = soleAddressedHandle(this.text);
    return this.addressedAt >= 0 && this.addressedAt === name.start - 1 && handleEnd(this.text, this.addressedAt) === name.end;
  }

  /**
   * "…still don't have mine. @Apple whats going on? you biased fucks": the post's one handle opening a sentence
   * addresses what the post says after it.
   */
  addressesFrom(name: Range, at: number): boolean {
    if (at < name.end || this.text.charCodeAt(name.start - 1) !== 0x40) return false;
    if (this.soleHandleAt === -2) this.soleHandleAt = soleHandle(this.text);
    return this.soleHandleAt === name.start - 1 && handleEnd(this.text, this.soleHandleAt) === name.end && /^[\s.…!?]*$/.test(this.sentencePrefix(this.soleHandleAt));
  }

  /** Is `at`'s sentence a question (ends with ? or ？)? */
  isQuestion(at: number): boolean {
    const last = this.sentenceLast[this.sentence[at]!]!;
    return last >= 0 && this.text.charCodeAt(last) === 0x3f;
  }

  /** Where `at`'s sentence ends: the offset just after its last character. */
  sentenceEnd(at: number): number {
    return Math.max(at, this.sentenceLast[this.sentence[at]!]! + 1);
  }

  /** Where `at`'s sentence starts, looking back at most `reach` characters (a bounded look, however long the sentence). */
  sentenceStartOf(at: number, reach: number): number {
    const s = this.sentence[at]!;
    let i = at;
    while (i > 0 && at - i < reach && this.sentence[i - 1] === s) i--;
    return i;
  }

  /** Which clause `at` is in: 0 for the first. */
  clauseIndex(at: number): number {
    return this.clause[at]!;
  }

  /** Which sentence `at` is in: 0 for the first. */
  sentenceIndex(at: number): number {
    return this.sentence[at]!;
  }

  /** The text of `at`'s sentence before `at`. */
  sentencePrefix(at: number): string {
    const s = this.sentence[at]!;
    let i = at;
    while (i > 0 && this.sentence[i - 1] === s && at - i < 64) i--;
    return this.text.slice(i, at);
  }

  sameSentence(a: Range, b: Range): boolean {
    return this.sentence[a.start] === this.sentence[b.start];
  }

  sameSentenceAt(i: number, j: number): boolean {
    return this.sentence[i] === this.sentence[j];
  }

  /**
   * Same clause; or `target` stands alone in its clause (a name being addressed, "米粉，…", "TRASH. @Apple")
   * and the other range is in the clause right before or after it; or the next clause opens with a pronoun
   * that refers back to it ("评论区的米粉们，你们就是…").
   */
  strictlySameClause(a: Range, b: Range): boolean {
    return this.clause[a.start] === this.clause[b.start];
  }

  /** Is `r` all its clause says, but for fillers and punctuation ("No. Samsung sucks", "不，…")? */
  standsAlone(r: Range): boolean {
    const c = this.clause[r.start]!;
    return VOCATIVE_FILLER.test(this.text.slice(this.clauseStart[c]!, r.start) + this.text.slice(r.end, this.clauseEnd[c]!));
  }

  sameClause(target: Range, other: Range): boolean {
    const ct = this.clause[target.start]!;
    const co = this.clause[other.start]!;
    if (ct === co) return true;
    if (Math.abs(ct - co) !== 1) return false;
    if (co === ct + 1 && PRONOUN_START.test(this.text.slice(this.clauseStart[co]!, this.clauseEnd[co]!))) return true;
    const rest = this.text.slice(this.clauseStart[ct]!, target.start) + this.text.slice(target.end, this.clauseEnd[ct]!);
    return VOCATIVE_FILLER.test(rest);
  }
}

/** Where the word after the @ at `at` ends. */
function handleEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 0x5f)) i++;
  return i;
}

/** The offset of the post's only @handle when it opens or closes the post, else -1. */
/** Where the post's only handle starts, or -1 (none, or several). */
function soleHandle(text: string): number {
  let at = -1;
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    if (handleEnd(text, i) === i + 1) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

function soleAddressedHandle(text: string): number {
  const at = soleHandle(text);
  if (at < 0) return -1;
  if (/^[\s.]*$/.test(text.slice(0, at))) return at;
  // Closing: every word after it is a link, a hashtag or punctuation.
  let i = handleEnd(text, at);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) !== 0x20 && text.charCodeAt(j) !== 0x0a && text.charCodeAt(j) !== 0x09) j++;
    const word = text.slice(i, j);
    if (!(word.startsWith('http') || word.charCodeAt(0) === 0x23 || !/[\p{L}\p{N}]/u.test(word))) return -1;
    i = j;
  }
  return at;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
