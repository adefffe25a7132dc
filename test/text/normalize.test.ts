import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Normalizer, toOriginalSpan } from '../../src/text/normalize.js';
import { loadT2S } from '../../src/text/t2s.js';

let normalizer: Normalizer;
beforeAll(async () => {
  normalizer = new Normalizer(await loadT2S(), { '🐒': '猴', '☠️': '死', '#️⃣': '井' });
});

describe('normalize', () => {
  it.each([
    ['萬能的大熊說小米不會死', '万能的大熊说小米不会死'],
    // Simplified text stays as written: Taiwan's variant table would have turned 么 into 幺.
    ['小米怎么了', '小米怎么了'],
    ['小米怎麼了', '小米怎么了'],
    ['小 米', '小米'],
    ['小·米', '小米'],
    ['小\u200b米', '小米'],
    ['x.i.a.o.m.i', 'xiaomi'],
    ['X I A O M I rocks', 'xiaomi rocks'],
    ['Ｘｉａｏｍｉ　ＩＤＩＯＴＳ', 'xiaomi idiots'],
    ['𝐱𝐢𝐚𝐨𝐦𝐢', 'xiaomi'],
    ['idioooots', 'idiots'],
    ['米🐒都是脑残', '米猴都是脑残'],
    // A stand-in in the BMP, written with or without its variation selector; ASCII never stands in for anything.
    ['米粉☠️', '米粉死'],
    ['米粉☠', '米粉死'],
    ['#1 fan', '#1 fan'],
    ['f.u.c.k you', 'fuck you'],
    // an apostrophe before m, s, t, d is a contraction, never a split word; elsewhere it may split one
    ["i'm a samsung fan", "i'm a samsung fan"],
    ['i’m a fan', "i'm a fan"],
    ["f'u'c'k xiaomi", 'fuck xiaomi'],
    ["xiaomi is a s'c'a'm", 'xiaomi is a scam'],
    // An article or "I" before a word split with other separators is a word of its own.
    ['xiaomi is a s.c.a.m', 'xiaomi is a scam'],
    ['I f-u-c-k-i-n-g hate it', 'i fucking hate it'],
    ['a s s h o l e', 'asshole'],
    // A spaced-out word keeps the width and the kind of its gaps: a wider gap is the space between two words (one
    // space) when the post spaces its words so; met once inside a word it is a slip; another separator ends it.
    ['A p p l e   i s   a   s c a m', 'apple is a   scam'],
    ['H u a w e i  =  s p y w a r e  s c a m', 'huawei  =  spyware scam'],
    ['d i e   h a r d   a p p l e   f a n   f o r   l i f e', 'die hard apple fan for life'],
    ['x  i  a  o  m  i', 'xiaomi'],
    ['x i a o  m i is a scam', 'xiaomi is a scam'],
    ['samsung is run by c r  o o k s', 'samsung is run by crooks'],
    ['a p p l e = s c a m', 'apple = scam'],
    ['x.i.a.o.m.i s.c.a.m', 'xiaomi scam'],
    ['s c a m. n e x t', 'scam. next'],
    // Cyrillic and Greek letters drawn like Latin ones.
    ['xiaomi is ѕсаm', 'xiaomi is scam'],
    ['хiаоmi', 'xiaomi'],
    ['ΑΡΡLΕ', 'apple'],
    ['I am a fan', 'i am a fan'],
    ['Price 3.5 is fine, 666', 'price 3.5 is fine, 666'],
    ['米粉，都是', '米粉,都是'],
    ['\u202eimoaix', 'imoaix'],
    // No split word and no run: the second pass is skipped, and nothing may change.
    ['Hello World, 小米 phones', 'hello world, 小米 phones'],
    ['米粉·都是', '米粉都是'],
    ['ｇｏｏｏｏｄ', 'god'],
    // The letter of a contraction is no lone letter: "isn't a scam" keeps its words; typographic apostrophes fold.
    ["apple isn't a scam", "apple isn't a scam"],
    ['apple isn’t a scam', "apple isn't a scam"],
    ["don't u dare", "don't u dare"],
    // Digits and $ written for letters inside a word; model names keep theirs.
    ['G00GLE are sh1tty l1ars', 'google are shitty liars'],
    ['x1aomi = tr4sh', 'xiaomi = trash'],
    ['micro$oft a$$hole', 'microsoft asshole'],
    // @ for a in a short word, at most three letters after it; glued to a handle it stays (thanks@xiaomi, lol@apple)
    ['tr@sh fr@uds h@te', 'trash frauds hate'],
    ['thanks@xiaomi cc@xiaomi lol@apple me@home', 'thanks@xiaomi cc@xiaomi lol@apple me@home'],
    // a letter after a sign written for a letter ends a word: it starts no spaced-out chain
    ['apple is a sc@m. c r o o k s.', 'apple is a sc@m. crooks.'],
    ['pixel4a iphone5s p40pro mate60 rtx4090 mi11 s22', 'pixel4a iphone5s p40pro mate60 rtx4090 mi11 s22'],
    ['mi11ultra a1b2cd', 'mi11ultra a1b2cd'],
    // a word spelled in digits: two or more, each after a letter; a doubled sign may end on one letter
    ['x1a0m1 h4t3rs sh33ple c00k', 'xiaomi haters sheeple cook'],
    ['1d10ts mi4c pixel3a a33 h1', '1d10ts mi4c pixel3a a33 h1'],
    ['pixel4xl iphone3gs s4mini mi4lte ps4pro y3ii samsung4ever', 'pixel4xl iphone3gs s4mini mi4lte ps4pro y3ii samsung4ever'],
  ])('%s → %s', (input, expected) => {
    expect(normalizer.normalize(input).text).toBe(expected);
  });

  describe('a word masked with digits and signs, read only as a word the lexicon knows', () => {
    let knowing: Normalizer;
    beforeAll(async () => {
      knowing = new Normalizer(await loadT2S());
      knowing.knowWords(['crapple', 'thieves', 'braindead', 'liars', 'losers', 'scam', 'apple', 'mill', 'not a word', 'samsung', 'google']);
    });
    it.each([
      // @ with more letters after it than unleet reads alone, a digit at the end, two different digits, ! for i
      ['cr@ppl3 is garbage', 'crapple is garbage'],
      ['cr@pple', 'crapple'],
      ['th!eves!!', 'thieves!!'],
      ['th13ves th!3ves', 'thieves thieves'],
      ['br@indead', 'braindead'],
      // 1 and ! are i or l: both are tried
      ['1iars 1o$ers', 'liars losers'],
      ['th!3v3s!', 'thieves!'],
      // as written: no lexicon word, a handle, a model number (a short word, two digits at the end, a digit no letter
      // is written as), more signs than letters
      ['lol@apple m1 mi11 a7 4pp13 mi2s 7h!3v3$', 'lol@apple m1 mi11 a7 4pp13 mi2s 7h!3v3$'],
      ['@apple4 sc@m', '@apple4 scam'],
      // letters starred out inside a word: the one known word of that shape
      ['s*msung sc*m', 'samsung scam'],
      ['Ｇ＊＊gle l**rs', 'google liars'],
      ['ｓ＊ｍｓｕｎｇ', 'samsung'],
      ['th***es', 'thieves'],
      // as written: a star at an edge (emphasis, a footnote), more than three in a row, too few letters left, two runs,
      // or no known word of that shape
      ['*apple* apple* *pple', '*apple* apple* *pple'],
      ['b****dead s**m cr*p*le w*rd', 'b****dead s**m cr*p*le w*rd'],
    ])('%s → %s', (input, expected) => {
      expect(knowing.normalize(input).text).toBe(expected);
    });
    it('leaves a starred shape that fits two known words as written', async () => {
      const two = new Normalizer(await loadT2S());
      two.knowWords(['shit', 'shot', 'samsung']);
      expect(two.normalize('sh*t s*msung').text).toBe('sh*t samsung');
    });
  });

  it('maps every folded character back to where it came from', () => {
    const raw = 'Ｘｉａｏｍｉ 米 粉';
    const { text, map } = normalizer.normalize(raw);
    expect(text).toBe('xiaomi 米粉');
    expect(raw[map[text.indexOf('米粉')]!]).toBe('米');
    const span = toOriginalSpan(normalizer.normalize(raw), text.indexOf('米粉'), text.length, raw);
    expect(raw.slice(span.start, span.end)).toBe('米 粉');
  });

  it('keeps offsets inside the original text for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const norm = normalizer.normalize(raw);
        const problems: string[] = [];
        if (norm.map.length !== norm.text.length + 1) problems.push('map length');
        for (let i = 0; i < norm.text.length; i++) {
          const at = norm.map[i]!;
          if (at < 0 || at >= raw.length || (i > 0 && at < norm.map[i - 1]!)) problems.push(`map[${i}]=${at}`);
        }
        for (let start = 0; start < norm.text.length; start += 3) {
          const span = toOriginalSpan(norm, start, Math.min(norm.text.length, start + 2), raw);
          if (span.start < 0 || span.end > raw.length || span.start >= span.end) problems.push(`span at ${start}`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
  // The second pass runs only when the first saw a separator run it may drop or a run of three: each shape
  // on either side of that line.
  it.each([
    // Two lone letters are texting ("u r", "fuck u n this"): a split word needs three.
    ['a b', 'a b'],
    ['fuck u n this', 'fuck u n this'],
    ['米粉都是s b', '米粉都是sb'],
    ['I went to a shop', 'i went to a shop'],
    ['a b c', 'abc'],
    ['f u', 'f u'],
    ['f u c', 'fuc'],
    ['go a.b', 'go a.b'],
    ['go a.b.c', 'go abc'],
    ['小 米 粉', '小米粉'],
    ['小 a', '小 a'],
    ['a 小', 'a 小'],
    ['ab c d', 'ab c d'],
    ['ab c d e', 'ab cde'],
    ['a  b', 'a  b'],
    ['a  b  c', 'abc'],
    ['a    b', 'a    b'],
    ['米 - 粉', '米粉'],
    ['米    粉', '米    粉'],
    ['x.i.a.o.m.i.', 'xiaomi.'],
    ['a b2', 'a b2'],
    ['a bc', 'a bc'],
    ['o o o', 'o'],
    ['a, b', 'a, b'],
  ])('second pass: %s → %s', (input, expected) => {
    expect(normalizer.normalize(input).text).toBe(expected);
  });
});
