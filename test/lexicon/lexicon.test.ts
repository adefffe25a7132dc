import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import { AGREEMENT_FILLERS, AGREEMENT_REPLIES, CUES, EXCEPTIONS, HASHTAG_CALLS, PINYIN_INITIALS, type CueKind } from '../../src/lexicon/cues.js';
import { CONSTRUCTIONS } from '../../src/lexicon/constructions.js';
import { CUE_KINDS } from '../../src/lexicon/kinds.js';
import { RULES } from '../../src/rules/index.js';
import { Normalizer } from '../../src/text/normalize.js';
import { loadT2S } from '../../src/text/t2s.js';

// The lexicon is data with rules of its own: every term written once per kind in its normalized form, every
// exception tied to a term it contains (else it could never fire), every kind described in the kind table.
let norm: (s: string) => string;
beforeAll(async () => {
  const normalizer = new Normalizer(await loadT2S(), {});
  norm = (s) => normalizer.normalize(s).text.trim();
});

const kinds = Object.keys(CUES) as CueKind[];
const wordChar = /[a-z0-9]/;
/** `term` occurs in `phrase` as the engine would find it (whole words for Latin edges). */
function occursIn(term: string, phrase: string): boolean {
  for (let i = phrase.indexOf(term); i >= 0; i = phrase.indexOf(term, i + 1)) {
    const before = phrase[i - 1];
    const after = phrase[i + term.length];
    if (wordChar.test(term[0]!) && before && wordChar.test(before)) continue;
    if (wordChar.test(term.at(-1)!) && after && wordChar.test(after)) continue;
    return true;
  }
  return false;
}

describe('cue lists', () => {
  it.each(kinds)('%s: no term twice, once normalized', (kind) => {
    const terms = CUES[kind].map((t) => norm(t));
    expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
  });
});

describe('terms the normalizer would fold', () => {
  it('no term holds a run of three identical characters: the normalizer folds the run into one (对对对 would be 对)', () => {
    const terms = [...kinds.flatMap((k) => CUES[k]), ...Object.values(EXCEPTIONS).flat(), ...HASHTAG_CALLS, ...AGREEMENT_REPLIES, ...AGREEMENT_FILLERS];
    expect(terms.filter((t) => /(.)\1\1/u.test(t))).toEqual([]);
  });
});

describe('exceptions', () => {
  const all = new Set(kinds.flatMap((k) => CUES[k]));
  it.each(Object.entries(EXCEPTIONS))('%s: a lexicon term, each exception holds it, none twice', (term, phrases) => {
    expect(all.has(term), `${term} is in no cue list`).toBe(true);
    expect(phrases.filter((p) => !occursIn(term, norm(p))), 'exceptions that can never fire').toEqual([]);
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
  });
  it('no exception is itself a term of the kinds of its owner (it would cancel a hostile reading of itself)', () => {
    for (const [term, phrases] of Object.entries(EXCEPTIONS)) {
      const ownerKinds = kinds.filter((k) => CUES[k].includes(term));
      for (const p of phrases) expect(ownerKinds.filter((k) => CUES[k].includes(p)), `${p} (exception of ${term})`).toEqual([]);
    }
  });
});

describe('pinyin initials', () => {
  it('each is a cue term, in its normalized form', () => {
    const all = new Set(kinds.flatMap((k) => CUES[k].map((t) => norm(t))));
    expect(PINYIN_INITIALS.filter((t) => !all.has(t) || norm(t) !== t)).toEqual([]);
  });
});

describe('hashtag calls', () => {
  it('each opens a hashtag and is no other cue term (its flag would change that term)', () => {
    const all = new Set(kinds.flatMap((k) => CUES[k].map((t) => norm(t))));
    expect(HASHTAG_CALLS.filter((t) => !t.startsWith('#') || all.has(norm(t)))).toEqual([]);
  });
});

describe('cue-kind table', () => {
  it('describes every kind of the lexicon and no other', () => {
    expect(Object.keys(CUE_KINDS).sort()).toEqual([...kinds].sort());
  });
  it('every kind a rule pairs with carries hostility or criticism', () => {
    for (const rule of RULES) for (const kind of rule.cues) expect(CUE_KINDS[kind], `${rule.id}: ${kind}`).toBeDefined();
  });

  let scanner: Scanner;
  beforeAll(async () => {
    scanner = await createScanner(await loadBrand('xiaomi'));
  });
  const hostile = (text: string) => scanner.scan({ id: 'example', text }).filter((f) => f.severity !== 'info' && f.severity !== 'low');
  const claims = (text: string) => scanner.scan({ id: 'example', text }).filter((f) => f.severity !== 'info');
  const withExamples = kinds.filter((k) => CUE_KINDS[k].examples);
  describe.each(withExamples)('%s', (kind) => {
    const { match, nomatch } = CUE_KINDS[kind].examples!;
    const find = kind === 'relationship' ? claims : hostile;
    it.each(match)('flags %s', (text) => expect(find(text).length).toBeGreaterThan(0));
    it.each(nomatch)('does not flag %s', (text) => expect(find(text)).toEqual([]));
  });
});

describe('constructions', () => {
  let scanner: Scanner;
  beforeAll(async () => {
    scanner = await createScanner(await loadBrand('xiaomi'));
  });
  const rules = (text: string) => scanner.scan({ id: 'example', text }).map((f) => f.ruleId);
  describe.each(CONSTRUCTIONS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    it('names an active rule and marks its target and cue', () => {
      expect(RULES.map((r) => r.id)).toContain(c.rule);
      expect(c.slots.filter((s) => 'as' in s && s.as === 'target')).toHaveLength(1);
      expect(c.slots.filter((s) => 'as' in s && s.as === 'cue')).toHaveLength(1);
    });
    it.each(c.examples.match)('yields its rule for %s, once', (text) => expect(rules(text).filter((r) => r === c.rule)).toHaveLength(1));
    it.each(c.examples.nomatch)('does not yield it for %s', (text) => expect(rules(text)).not.toContain(c.rule));
  });
  it('what a construction moves to the fans is not also said of the brand', () => {
    expect(rules("Xiaomi won't die; it's the fans who will")).toEqual(['fan-doom-wish']);
    expect(rules('我恨的不是小米，是米粉')).toEqual(['fan-insult']);
  });
});
