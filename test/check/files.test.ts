import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayPath, expandProposalArgs, globToRegExp } from '../../src/check/files.js';
import { UsageError } from '../../src/errors.js';

describe('globToRegExp', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'sub/a.yaml', false],
    ['*.yaml', '.hidden.yaml', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['**/*.yaml', 'x/.git/a.yaml', false],
    ['*.{yaml,yml}', 'a.yml', true],
    ['q?.yaml', 'q1.yaml', true],
    ['q[0-9].yaml', 'qa.yaml', false],
    ['q[!0-9].yaml', 'qa.yaml', true],
    ['**', 'a/b/c.json', true],
  ];
  it.each(cases)('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});

describe('expandProposalArgs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vet-files-'));
    await mkdir(join(dir, 'proposals/2026/q1'), { recursive: true });
    await mkdir(join(dir, 'proposals/node_modules'), { recursive: true });
    for (const f of ['proposals/a.yaml', 'proposals/2026/b.yml', 'proposals/2026/q1/c.json', 'proposals/2026/q1/notes.txt', 'proposals/node_modules/x.yaml']) {
      await writeFile(join(dir, f), 'x');
    }
  });

  it('expands ** at any depth (files directly under the folder included), sorted, no duplicates', async () => {
    const files = await expandProposalArgs(['proposals/**/*.{yaml,yml,json}', 'proposals/a.yaml'], dir);
    expect(files.map((f) => displayPath(f, dir))).toEqual(['proposals/2026/b.yml', 'proposals/2026/q1/c.json', 'proposals/a.yaml']);
  });

  it('takes a folder as every proposal file under it', async () => {
    const files = await expandProposalArgs(['proposals'], dir);
    expect(files.map((f) => displayPath(f, dir))).toEqual(['proposals/2026/b.yml', 'proposals/2026/q1/c.json', 'proposals/a.yaml']);
  });

  it('fails clearly on a missing file or a pattern that matches nothing', async () => {
    await expect(expandProposalArgs(['proposals/none.yaml'], dir)).rejects.toThrow(UsageError);
    await expect(expandProposalArgs(['proposals/**/*.toml'], dir)).rejects.toThrow(/matched no file/);
  });
});
