import { describe, expect, it } from 'vitest';
import { parseJsonExact } from '../../src/http/json.js';
import { htmlToText, nestingDepth } from '../../src/sources/html-text.js';

describe('parseJsonExact', () => {
  it('reads integers past 2^53 as exact strings, and everything else as JSON.parse does', () => {
    expect(parseJsonExact('{"id":5012345678901234567,"n":9007199254740991,"f":1.5e300,"neg":-5012345678901234567}')).toEqual({
      id: '5012345678901234567',
      n: 9007199254740991,
      f: 1.5e300,
      neg: '-5012345678901234567',
    });
    // Digits inside strings, escaped quotes included, are left alone.
    expect(parseJsonExact('{"text":"id \\"5012345678901234567\\" 12345678901234567890","x":[12345678901234567890]}')).toEqual({
      text: 'id "5012345678901234567" 12345678901234567890',
      x: ['12345678901234567890'],
    });
    for (const text of ['[]', '{"a":1}', '"1234567890123456789"', '[1e400, 0.1, -0]', '{"ids":[1,2,3]}']) expect(parseJsonExact(text)).toEqual(JSON.parse(text));
  });

  it('still fails on JSON that is not valid', () => {
    expect(() => parseJsonExact('{"id":12345678901234567890')).toThrow(SyntaxError);
  });
});

describe('nesting depth', () => {
  it('counts how deep tags nest, in one pass, ignoring void and self-closing tags', () => {
    expect(nestingDepth('<p>a<br>b<img src=x><b>c</b></p>', 100, new Set(['br', 'img']))).toBe(2);
    expect(nestingDepth('<a/><b><c/></b>', 100)).toBe(1);
    expect(nestingDepth('a < b and c > d', 100)).toBe(0);
    expect(nestingDepth(`${'<i>'.repeat(1000)}x`, 10)).toBe(11);
  });

  it('reads markup nested past the cap by a flat pass: text, line breaks, alt text and entities kept', () => {
    const deep = `${'<div>'.repeat(600)}fans &amp; critics<br>second <img alt="[怒]" src="x.png">${'</div>'.repeat(600)}`;
    expect(htmlToText(deep)).toBe('fans & critics\nsecond [怒]');
  });
});
