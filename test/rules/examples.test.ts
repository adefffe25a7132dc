import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import { RULES } from '../../src/rules/index.js';

// Every rule carries examples that must (and must not) match; they run here against the xiaomi profile.
let scanner: Scanner;
beforeAll(async () => {
  scanner = await createScanner(await loadBrand('xiaomi'));
});

const ruleIds = (text: string) => scanner.scan({ id: 'example', text }).map((f) => f.ruleId);

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('has examples of both kinds', () => {
    expect(rule.examples.match.length).toBeGreaterThan(0);
    expect(rule.examples.nomatch.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.match)('flags %s', (text) => {
    expect(ruleIds(text)).toContain(rule.id);
  });
  it.each(rule.examples.nomatch)('does not flag %s', (text) => {
    expect(ruleIds(text)).not.toContain(rule.id);
  });
});

describe('rule registry', () => {
  it('has unique ids, each with a one-line description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.description).not.toMatch(/\n/);
  });
  it('keeps product criticism at info or low', () => {
    for (const rule of RULES.filter((r) => r.category === 'product-criticism')) expect(['info', 'low']).toContain(rule.severity);
  });
});
