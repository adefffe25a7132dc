import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  escapeMarkdown,
  escapeSarifText,
  escapeWorkflowData,
  escapeWorkflowProperty,
  escapeXml,
  oneLine,
  safeJsonStringify,
} from '../../src/report/escape.js';
import { HOSTILE_TEXT } from './helpers.js';

const XML_LEGAL = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('cleanText', () => {
  it('shows control characters, ANSI/OSC escapes and bidi overrides as visible escapes', () => {
    const out = cleanText('a\u001b[31mred\u001b]0;title\u0007 \u202eevil\u202c\u200b b');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b]/);
    expect(out).toContain('\\u{001B}[31mred');
    expect(out).toContain('\\u{202E}evil');
  });

  it('keeps one line unless asked for several', () => {
    expect(cleanText('a\r\nb\rc\u2028d')).toBe('a ⏎ b ⏎ c ⏎ d');
    expect(cleanText('a\r\nb\rc\u2028d', { multiline: true })).toBe('a\nb\nc\nd');
  });

  it('replaces lone surrogates but keeps emoji and CJK', () => {
    expect(cleanText('米粉 🐒 \ud800x')).toBe('米粉 🐒 \\u{D800}x');
  });

  it('oneLine cuts by code point with an ellipsis', () => {
    expect(oneLine('🐒🐒🐒🐒', 3)).toBe('🐒🐒…');
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    const out = escapeXml(HOSTILE_TEXT);
    expect(out).toMatch(XML_LEGAL);
    expect(out).not.toMatch(/[<>"']/);
    expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#10);)/);
  });

  it('never yields an illegal XML character or a raw markup character, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeXml(s);
        return XML_LEGAL.test(out) && !/[<>"']/.test(out) && !/&(?!(amp|lt|gt|quot|apos|#10);)/.test(out);
      }),
    );
  });
});

describe('GitHub workflow command escaping', () => {
  it('encodes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeWorkflowData('50% \r\n::error::x')).toBe('50%25 %0A::error::x');
    expect(escapeWorkflowProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('never lets data contain a line break, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !/[\r\n\u2028\u2029\u0085]/.test(escapeWorkflowData(s))));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !/[\r\n:,]/.test(escapeWorkflowProperty(s))));
  });

  it('a post cannot forge a workflow command', () => {
    const data = escapeWorkflowData(HOSTILE_TEXT);
    expect(data.split('\n')).toHaveLength(1);
    expect(data).toContain('%0A::error file=forged.yaml');
  });
});

describe('escapeMarkdown', () => {
  const out = escapeMarkdown(HOSTILE_TEXT);
  it('is one line with no raw HTML', () => {
    expect(out).not.toMatch(/[\n\r]/);
    expect(out).not.toMatch(/<|>/);
  });
  it('escapes table pipes, images, links, code, emphasis and math', () => {
    for (const ch of ['|', '!', '[', ']', '(', ')', '`', '*', '_', '$']) {
      const unescaped = new RegExp(`(^|[^\\\\])\\${ch}`);
      expect(out, ch).not.toMatch(unescaped);
    }
  });
  it('breaks mentions and issue references', () => {
    expect(out).toContain('@\u200boctocat');
    expect(out).not.toMatch(/@octocat/);
    expect(out).toMatch(/#\u200b12/);
  });
  it('escapes any input so no pipe, angle bracket or line break is left raw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const o = escapeMarkdown(s);
        return !/[\n\r<>]/.test(o) && !/(^|[^\\])(\\\\)*\|/.test(o);
      }),
    );
  });
});

describe('escapeSarifText and safeJsonStringify', () => {
  it('escapes square brackets (embedded links in SARIF messages)', () => {
    expect(escapeSarifText('[x](1)')).toBe('\\[x\\](1)');
  });
  it('writes bidi and C1 characters as \\u escapes that parse back to the same data', () => {
    const value = { text: 'a\u202eb\u0085c\u2028' };
    const json = safeJsonStringify(value);
    expect(json).not.toMatch(/[\u202e\u0085\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
