import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBrand, type LoadedBrand } from '../../src/brands/load.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import type { Post, VetReport } from '../../src/types.js';
import { vetHistory } from '../../src/vet.js';
import { memoryHistory, requireBuild, vet, workDir } from './helpers.js';

/**
 * Invisible characters cannot hide a hostile post: every Default_Ignorable_Code_Point (the Unicode property,
 * astral ones included: U+E0020 tag space, U+E0101 variation selector, U+1D173 musical formatting) is dropped
 * before matching, wherever it sits inside a name, and reports show it as a visible escape such as \u{E0020}.
 */

const NOW = new Date('2026-11-24T00:00:00Z');
let xiaomi: LoadedBrand;
let scanner: Scanner;
let work: string;
beforeAll(async () => {
  requireBuild();
  xiaomi = await loadBrand('xiaomi');
  // One scanner for every vetting: building one per call made the property test take 40 s on a loaded machine.
  scanner = await createScanner(xiaomi);
  work = await workDir('invisible');
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const vetPosts = (posts: Post[]): Promise<VetReport> => vetHistory(memoryHistory(posts, 'invisible'), xiaomi, { now: NOW, scanner });

/** Every code point with the property, found by asking the property itself (not a hand list). */
const IGNORABLE: number[] = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  if (/\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(cp))) IGNORABLE.push(cp);
}

const REPORTED = [0xe0020, 0xe0101, 0x061c, 0x206b, 0x1d173, 0x17b4];
const HOSTILE = ['米粉都是脑残', 'xiaomi fans are idiots', '小米早日倒闭', 'fuck xiaomi'];

/** `text` with `cp` after the character at each of `at` (code point positions). */
function insert(text: string, cp: number, at: number[]): string {
  const chars = Array.from(text);
  for (const i of [...at].sort((a, b) => b - a)) chars.splice(i + 1, 0, String.fromCodePoint(cp));
  return chars.join('');
}

describe('invisible characters', () => {
  it('the characters of the report hide nothing inside "xiaomi" or "米粉"', async () => {
    for (const cp of REPORTED) {
      for (const text of HOSTILE) {
        const clean = await vetPosts([{ id: 'p', text }]);
        const hidden = insert(text, cp, [0, 1, 2]);
        const report = await vetPosts([{ id: 'p', text: hidden }]);
        expect(report.findings.map((f) => f.ruleId), `U+${cp.toString(16)} in ${text}`).toEqual(clean.findings.map((f) => f.ruleId));
        expect(clean.findings.length).toBeGreaterThan(0);
        for (const f of report.findings) expect(hidden.slice(f.span.start, f.span.end)).toBe(f.matched);
      }
    }
  });

  it('any Default_Ignorable_Code_Point anywhere in a hostile post: the same findings, spans inside the post', async () => {
    expect(IGNORABLE.length).toBeGreaterThan(4000);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...HOSTILE), fc.constantFrom(...IGNORABLE), fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 4 }), async (text, cp, at) => {
        const clean = await vetPosts([{ id: 'p', text }]);
        const hidden = insert(text, cp, at.map((i) => i % Array.from(text).length));
        const report = await vetPosts([{ id: 'p', text: hidden }]);
        expect(report.findings.map((f) => f.ruleId)).toEqual(clean.findings.map((f) => f.ruleId));
        for (const f of report.findings) {
          expect(hidden.slice(f.span.start, f.span.end)).toBe(f.matched);
          expect(hidden.slice(f.excerptStart, f.excerptStart + f.excerpt.length)).toBe(f.excerpt);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('reports show them as visible escapes; JSON keeps them exactly', async () => {
    const text = `米${String.fromCodePoint(0xe0020)}粉都是脑残 x${String.fromCodePoint(0xe0101)}iao\u061cmi${String.fromCodePoint(0x1d173)} \u17b4\u206b ❤️`;
    await writeFile(join(work, 'hidden.jsonl'), `${JSON.stringify({ id: '1', text, createdAt: '2026-10-01T00:00:00Z' })}\n`);
    const run = await vet(['--from', 'hidden.jsonl', '--brand', 'xiaomi', '--format', 'text'], { cwd: work });
    expect(run.code, run.stderr).toBe(1);
    for (const escape of ['\\u{E0020}', '\\u{E0101}', '\\u{061C}', '\\u{1D173}']) expect(run.stdout).toContain(escape);
    expect(run.stdout).not.toMatch(/(?<!\p{Emoji})[\ufe0e\ufe0f]|(?![\ufe0e\ufe0f])\p{Default_Ignorable_Code_Point}/u);
    expect(run.stdout).toContain('❤️');
    const json = await vet(['--from', 'hidden.jsonl', '--brand', 'xiaomi', '--format', 'json'], { cwd: work });
    expect(json.stdout).not.toMatch(/\p{Default_Ignorable_Code_Point}(?<![\ufe0f])/u);
    const finding = JSON.parse(json.stdout).findings[0];
    expect(text.slice(finding.span.start, finding.span.end)).toBe(finding.matched);
  });
});
