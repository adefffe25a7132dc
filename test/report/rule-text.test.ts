import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRule } from '../../src/rules/describe.js';
import { RULES, ruleById } from '../../src/rules/index.js';
import { runInProcess } from '../helpers/in-process.js';

/** Rule text in reports names no brand; examples come from the profile in use (issue 16 item 5). */
const ROOT = resolve(import.meta.dirname, '..', '..');
const ENV = { NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z' };
const XIAOMI_WORDS = /米猴|米🐒|耍猴厂|xiaomi|小米/i;

const POSTS = [
  { id: '1', text: 'acme sheep will buy anything', createdAt: '2026-10-01T00:00:00Z' },
  { id: '2', text: 'acne phones strikes again', createdAt: '2026-10-02T00:00:00Z' },
  { id: '3', text: 'fuck acme', createdAt: '2026-10-03T00:00:00Z' },
  { id: '4', text: 'acme is a trash company, I hope acme goes bankrupt', createdAt: '2026-10-04T00:00:00Z' },
];

describe('rule descriptions in reports', () => {
  it('carry no rule text with Xiaomi examples in any report format for another brand', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'vet-rule-text-'));
    await writeFile(join(cwd, 'h.jsonl'), POSTS.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const profile = join(ROOT, 'fixtures', 'brands', 'acme.yaml');
    const json = JSON.parse((await runInProcess(['--from', 'h.jsonl', '--brand', profile, '--format', 'json'], { cwd, env: ENV })).stdout);
    const rules = new Set(json.findings.map((f: { ruleId: string }) => f.ruleId));
    for (const id of ['fan-slur', 'brand-slur', 'brand-profanity']) expect(rules).toContain(id);
    for (const f of json.findings) expect(f.description, f.ruleId).not.toMatch(XIAOMI_WORDS);
    const fanSlur = json.findings.find((f: { ruleId: string }) => f.ruleId === 'fan-slur');
    expect(fanSlur.description).toBe("Uses a slur for the brand's fans (e.g. acme sheep).");
    expect(json.findings.find((f: { ruleId: string }) => f.ruleId === 'brand-slur').description).toBe('Calls the brand by a derogatory name (e.g. acne phones).');
    for (const format of ['text', 'markdown', 'html']) {
      const out = (await runInProcess(['--from', 'h.jsonl', '--brand', profile, '--format', format, '--all'], { cwd, env: ENV })).stdout;
      expect(out, format).not.toMatch(XIAOMI_WORDS);
    }
  });

  it('with --brand xiaomi, the examples are the xiaomi profile\'s own terms', () => {
    expect(describeRule(ruleById('fan-slur')!, { fanSlurs: ['米猴', '猴米', '米侯'] })).toBe("Uses a slur for the brand's fans (e.g. 米猴, 猴米).");
    expect(describeRule(ruleById('fan-slur')!, { fanSlurs: [] })).toBe("Uses a slur for the brand's fans.");
    expect(describeRule(ruleById('fan-insult')!, { fanSlurs: ['x'] })).toBe(ruleById('fan-insult')!.description);
  });

  it('every built-in description names no brand; vet rules keeps the examples, said as the xiaomi profile\'s', async () => {
    for (const rule of RULES) expect(rule.description, rule.id).not.toMatch(XIAOMI_WORDS);
    const out = (await runInProcess(['rules'], { cwd: ROOT, env: ENV })).stdout;
    expect(out).toMatch(/^fan-slur .*Uses a slur for the brand's fans\. With --brand xiaomi: 米猴, 米🐒\.$/m);
    expect(out).toMatch(/^brand-profanity .*With --brand xiaomi: "fuck xiaomi", 操小米\.$/m);
  });
});
