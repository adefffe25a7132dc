import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../../src/sources/file.js';
import { expectCleanFailure, requireBuild, vet, workDir } from './helpers.js';

/**
 * One huge line in a history. A line that runs over many 64 KiB chunks is gathered chunk by chunk and joined
 * once (joining at every chunk took over 300 s for a 100 MB line); a line over 16 MiB is refused with the
 * file and line, before it is all in memory.
 */

let work: string;
beforeAll(async () => {
  requireBuild();
  work = await workDir('long-lines');
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** A JSON Lines history: a short post, then one post whose text is `textBytes` long, then another short post. */
async function history(name: string, textBytes: number): Promise<string> {
  const out = createWriteStream(join(work, name));
  out.write('{"id":"1","text":"今天天气不错","createdAt":"2026-10-01T00:00:00Z"}\n');
  out.write('{"id":"2","createdAt":"2026-10-01T00:00:00Z","text":"米粉都是脑残 ');
  const piece = 'a b c d e f g h '.repeat(4096);
  for (let written = 0; written < textBytes; written += piece.length) if (!out.write(piece)) await once(out, 'drain');
  out.end('"}\n{"id":"3","text":"x","createdAt":"2026-10-01T00:00:00Z"}\n');
  await once(out, 'finish');
  return name;
}

describe('a history with one very long line', () => {
  it('a line over 16 MiB is refused with the file and its line (exit 2)', async () => {
    expect(MAX_LINE_BYTES).toBe(16 * 1024 * 1024);
    const file = await history('huge.jsonl', 24 * 1024 * 1024);
    const run = await vet(['--from', file, '--brand', 'xiaomi'], { cwd: work });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/^vet: huge\.jsonl:2: the line is longer than 16 MiB/m);
  }, 150_000);

  it('a line just under the cap is read whole, and the post on it vetted', async () => {
    const file = await history('long.jsonl', MAX_LINE_BYTES - 1024 * 1024);
    const run = await vet(['--from', file, '--brand', 'xiaomi', '--format', 'json'], { cwd: work });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.window.postsScanned).toBe(3);
    expect(report.findings.map((f: { postId: string }) => f.postId)).toContain('2');
  }, 150_000);
});
