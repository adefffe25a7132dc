import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import { MASKS, writtenForms } from '../../src/lexicon/forms.js';
import { isHostile } from '../../src/score.js';

describe('written forms of a Latin term', () => {
  it('hyphenates and joins a phrase, the joined form only when long enough to be no ordinary word', () => {
    expect(writtenForms('rip off')).toContain('rip-off');
    expect(writtenForms('false advertising')).toEqual(expect.arrayContaining(['false-advertising', 'falseadvertising']));
    expect(writtenForms('can die')).not.toContain('candie');
  });
  it('singles doubled letters for a drawn-out word only where the result stays long or a phrase', () => {
    expect(writtenForms('fuck off')).toContain('fuck of');
    expect(writtenForms('bullshit')).toContain('bulshit');
    expect(writtenForms('robbed')).not.toContain('robed');
  });
  it('masks the profane words inside a term', () => {
    expect(writtenForms('fuck you')).toEqual(expect.arrayContaining(['f*ck you', 'f**k you']));
    expect(writtenForms('assholes')).toContain('a$$holes');
    expect(writtenForms('scam')).toContain('sc@m');
  });
  it('puts an adverb inside a Chinese noun + predicate idiom, and leaves other Chinese terms alone', () => {
    expect(writtenForms('脑子有问题')).toEqual(expect.arrayContaining(['脑子都有问题', '脑子真的有问题']));
    expect(writtenForms('素质低')).toContain('素质真低');
    expect(writtenForms('骗子')).toEqual([]);
  });
  it('writes a word of the phrase short where people do ("ppl"), as a word only', () => {
    expect(writtenForms('stupid people')).toContain('stupid ppl');
    expect(writtenForms('ripping people off')).toContain('ripping ppl off');
    expect(writtenForms('peoples')).not.toContain('ppls');
  });
  it('masks nothing but letters of the word it masks', () => {
    for (const [word, masks] of Object.entries(MASKS)) for (const mask of masks) expect(mask.length, `${word} → ${mask}`).toBeGreaterThanOrEqual(word.length - 1);
  });
});

describe('the scanner reads those forms as their term', () => {
  let xiaomi: Scanner;
  beforeAll(async () => {
    xiaomi = await createScanner(await loadBrand('xiaomi'));
  });
  const hostile = (text: string) => xiaomi.scan({ id: 'f', text }).some((f) => isHostile(f.severity));
  it.each(['用小米的人脑子都有问题', '米粉都是🐷', '雷军🤡', '小米是💩', 'xiaomi is 💩'])('%s', (text) => {
    expect(hostile(text)).toBe(true);
  });
  it.each(['小米手机💩', '今天拉💩了，小米手机掉马桶里'])('%s: a pile of it by a product, or in the toilet, accuses nobody', (text) => {
    expect(hostile(text)).toBe(false);
  });
  it.each(['xiaomi ppl are idiots', 'f*ck xiaomi', 'FUCK OFFFFFF @xiaomi', '#FalseAdvertising @xiaomi', 'xiaomi keeps ripping-off customers', 'xiaomi is full of sh!t', 'xiaomi users are f***ing idiots'])('%s', (text) => {
    expect(hostile(text)).toBe(true);
  });
  // A masked word is read exactly as the word: a curse at the camera is criticism either way.
  it.each([
    ['the xiaomi camera is sh*t', 'the xiaomi camera is shit'],
    ['my xiaomi phone is f*cking great', 'my xiaomi phone is fucking great'],
  ])('%s reads as %s', (masked, plain) => {
    expect(hostile(masked)).toBe(hostile(plain));
    expect(hostile(masked)).toBe(false);
  });
});
