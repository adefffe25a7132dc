import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The suite is green however busy the machine: tests wait on events, counts or a work counter, never on a
 * deadline. These checks keep the patterns that made test/robustness/http-faults.test.ts fail under load out.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const testFiles = (readdirSync(join(ROOT, 'test'), { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .map((e) => join(e.parentPath, e.name))
  .filter((f) => !f.endsWith('hygiene.test.ts'));

describe('test suite hygiene', () => {
  it('no run is killed after a fixed time to fail a test (killAfterMs): tests stop runs on an event or a count', () => {
    const offenders = testFiles.filter((f) => /killAfterMs/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('no sub-second HTTP timeout in the HTTP fault tests: a loaded machine must not turn a reset into a timeout', () => {
    const text = readFileSync(join(ROOT, 'test', 'robustness', 'http-faults.test.ts'), 'utf8');
    const timeouts = [...text.matchAll(/VET_HTTP_TIMEOUT_MS: '(\d+)'/g)].map((m) => Number(m[1]));
    expect(timeouts.length).toBeGreaterThan(0);
    expect(timeouts.filter((ms) => ms < 1000)).toEqual([]);
  });

  it('no focused or skipped tests', () => {
    const offenders = testFiles.filter((f) => /\b(it|test|describe)(\.concurrent)?\.(only|skip)\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
