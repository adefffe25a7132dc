import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { JSON_SCHEMAS, jsonSchemaText } from '../src/json-schemas.js';

/** JSON Schemas generated from the zod schemas, shipped in schemas/, referenced by the fixtures (issue 16 item 18). */
const ROOT = resolve(import.meta.dirname, '..');
const committed = (file: string) => readFileSync(join(ROOT, 'schemas', file), 'utf8');

describe('JSON Schemas', () => {
  it.each(JSON_SCHEMAS.map((e) => [e.file, e] as const))('schemas/%s is what the zod schema generates (run npm run schemas)', (file, entry) => {
    expect(committed(file)).toBe(jsonSchemaText(entry));
  });

  it('every field has a description for editor hover', () => {
    for (const entry of JSON_SCHEMAS) {
      const walk = (node: Record<string, unknown>, path: string): void => {
        for (const [key, child] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) {
          expect(child.description, `${entry.file}: ${path}${key}`).toEqual(expect.any(String));
          walk(child, `${path}${key}.`);
        }
        if (node.items) walk(node.items as Record<string, unknown>, `${path}[].`);
        for (const v of (node.anyOf as Array<Record<string, unknown>>) ?? []) walk(v, path);
      };
      walk(JSON.parse(committed(entry.file)), '');
    }
  });

  it.each([
    ['fixtures/brands/acme.yaml', 'brand-profile.schema.json'],
    ['fixtures/proposals/valid.yaml', 'proposal.schema.json'],
    ['fixtures/proposals/mixed.yaml', 'proposal.schema.json'],
    ['fixtures/proposals/review.vetignore', 'vetignore.schema.json'],
    ['src/brands/profiles/xiaomi.yaml', 'brand-profile.schema.json'],
  ])('%s names %s and is valid under it', (fixture, schema) => {
    const text = readFileSync(join(ROOT, fixture), 'utf8');
    if (fixture.startsWith('fixtures/')) expect(text).toContain(`# yaml-language-server: $schema=`);
    if (fixture.startsWith('fixtures/')) expect(text).toContain(schema);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(committed(schema)));
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('an invalid file is invalid under the schema too', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(committed('proposal.schema.json')));
    expect(validate(parse('brand: xiaomi\ninfluencers:\n  - name: A\n    budget: 3\n'))).toBe(false);
  });

  it('a file may name its schema with "$schema"', async () => {
    const { ProposalSchema } = await import('../src/check/proposal.js');
    expect(ProposalSchema.safeParse({ $schema: '../schemas/proposal.schema.json', brand: 'xiaomi', influencers: [{ name: 'A', handles: ['weibo:1234567890'] }] }).success).toBe(true);
  });
});

describe('the JSON report schema (issue 16 item 18)', () => {
  const ROOT_CWD = resolve(import.meta.dirname, '..');
  const validator = () => new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(committed('report.schema.json')));

  it('is shipped in schemas/ and the README points to it', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('schemas');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('schemas/report.schema.json');
  });

  it('a report vet writes is valid under it, findings, coverage, timeline and all', async () => {
    const { runInProcess } = await import('./helpers/in-process.js');
    const out = await runInProcess(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--format', 'json'], { cwd: ROOT_CWD, env: { VET_NOW: '2026-11-01T00:00:00Z' } });
    const report = JSON.parse(out.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
    const validate = validator();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('an early schema-1 report (no codes, no timeline) is valid; a wrong level, a missing verdict are not', () => {
    const validate = validator();
    const early = {
      schemaVersion: 1,
      subject: { handle: 'h', platform: 'file' },
      brand: { id: 'xiaomi', name: 'Xiaomi' },
      window: { from: null, to: null, postsScanned: 0 },
      verdict: { level: 'low', score: 0, reasons: [] },
      findings: [],
      errors: [],
      someFutureKey: true,
    };
    expect(validate(early), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...early, verdict: { ...early.verdict, level: 'severe' } })).toBe(false);
    const { verdict: _omitted, ...noVerdict } = early;
    expect(validate(noVerdict)).toBe(false);
  });
});
