import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, exitCodeFor } from '../../src/errors.js';

/** One exit-code table in code, read by vet check and vet batch, and the README's table matches it (issue 16 item 22). */
const README = readFileSync(join(resolve(import.meta.dirname, '..', '..'), 'README.md'), 'utf8');
const none = { atFailOn: 0, inputErrors: 0, otherErrors: 0 };

describe('exit codes', () => {
  it('130 is part of ExitCode', () => {
    expect(ExitCode.Interrupted).toBe(130);
  });

  it('vet check: 2 > 3 > 1 > 0', () => {
    expect(exitCodeFor('check', none)).toBe(0);
    expect(exitCodeFor('check', { ...none, atFailOn: 2 })).toBe(1);
    expect(exitCodeFor('check', { ...none, atFailOn: 2, otherErrors: 1 })).toBe(3);
    expect(exitCodeFor('check', { atFailOn: 2, otherErrors: 1, inputErrors: 1 })).toBe(2);
  });

  it('vet batch: 130 > 1 > 3 > 0', () => {
    expect(exitCodeFor('batch', none)).toBe(0);
    expect(exitCodeFor('batch', { ...none, otherErrors: 1 })).toBe(3);
    expect(exitCodeFor('batch', { ...none, otherErrors: 1, atFailOn: 1 })).toBe(1);
    expect(exitCodeFor('batch', { ...none, atFailOn: 1, interrupted: true })).toBe(130);
  });

  it('the README documents every code and both orders', () => {
    const table = README.slice(README.indexOf('## Exit codes'));
    for (const code of Object.values(ExitCode)) expect(table).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
    expect(table).toMatch(/`vet check` 2 > 3 > 1 > 0/);
    expect(table).toMatch(/`vet batch` 130 > 1 > 3 > 0/);
  });

  it('neither command keeps its own order', () => {
    const root = resolve(import.meta.dirname, '..', '..');
    for (const file of ['src/check/run.ts', 'src/batch/summary.ts']) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text).toMatch(/exitCodeFor/);
      expect(text).not.toMatch(/=\s*130\b|return 130\b|return ExitCode\.(Fail|Source|Usage)\b/);
    }
  });
});
