import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the two-command set-up and the tests', () => {
    expect(readme).toMatch(/npm install {2,}.*installs and builds/);
    expect(readme).toContain('npx vet --from fixtures/histories/tech-reviewer-hostile.jsonl --brand xiaomi');
    expect(readme).toContain('npm test');
  });
  it('lists every rule with its severity and category', () => {
    for (const rule of RULES) expect(readme).toContain(`| \`${rule.id}\` | ${rule.category} | ${rule.severity} |`);
  });
  it('documents every command and the exit codes', () => {
    for (const command of ['vet brands', 'vet rules', 'vet export', 'vet check', 'vet batch']) expect(readme).toContain(command);
    expect(readme).toMatch(/\| 3 \| a source could not be read/);
  });
});
