import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_FIXTURES, inProcess } from './cli.js';

/** Roster messages a new user tripped on (issue 16 item 12, the batch part). */
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vet-roster-msg-'));
  await cp(BATCH_FIXTURES, work, { recursive: true });
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('roster messages', () => {
  it('rows without a brand and no --brand: one line, not one per row', async () => {
    await writeFile(join(work, 'many.txt'), 'file:histories/food-blogger.jsonl\nfile:histories/hostile-reviewer.jsonl\nfile:histories/cook.jsonl\n');
    const r = await inProcess(['batch', 'many.txt'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^vet: many\.txt: 3 rows name no brand \(lines 1, 2, 3\): pass --brand/m);
    expect(r.stderr.match(/no brand/g)).toHaveLength(1);
  });

  it('a roster on standard input: file: paths are relative to the working folder, and the message says so', async () => {
    const r = await inProcess(['batch', '-', '--brand', 'xiaomi'], { cwd: work, stdin: 'file:nope.jsonl\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/file: paths are relative to the working folder/);
    expect(r.stderr).not.toMatch(/relative to the roster/);
  });
});
