import { describe, expect, it } from 'vitest';
import { Segmentation } from '../../src/engine/segment.js';

/** The sentence index of each listed word's first letter. */
function sentencesOf(text: string, words: string[]): number[] {
  const seg = new Segmentation(text);
  return words.map((w) => seg.sentenceIndex(text.indexOf(w)));
}

describe('segmentation', () => {
  it('ends a sentence at a full stop, not at a decimal point', () => {
    expect(sentencesOf('the phone costs 3.5 k. idiots', ['phone', 'idiots'])).toEqual([0, 1]);
    expect(sentencesOf('battery is 4.5 hours at best', ['battery', 'best'])).toEqual([0, 0]);
  });

  it('does not end a sentence at the dot of a domain name', () => {
    expect(sentencesOf('booked on vuelo24.es and united lost it. idiots', ['booked', 'united', 'idiots'])).toEqual([0, 0, 1]);
    expect(sentencesOf('see apple.com/iphone for the price', ['see', 'price'])).toEqual([0, 0]);
  });

  it('still ends one at a dot between words with no space after it', () => {
    expect(sentencesOf('apple sucks.samsung rules', ['apple', 'samsung'])).toEqual([0, 1]);
  });

  it('ends one at a run of emoji that a Latin word follows, not before Chinese or at the end', () => {
    expect(sentencesOf('ur photos still look like garbage 😂 morons', ['photos', 'morons'])).toEqual([0, 1]);
    expect(sentencesOf('ads everywhere 🤡🤡 clowns', ['ads', 'clowns'])).toEqual([0, 1]);
    expect(sentencesOf('米粉根本没有期望😂 一群穷鬼', ['米粉', '一群'])).toEqual([0, 0]);
    expect(sentencesOf('so happy with it 😂', ['so', 'it'])).toEqual([0, 0]);
  });
});
