import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import { InputError } from '../../src/errors.js';

/** `rivals:` takes built-in ids and profile paths; a bad one is named at file:line:col (issue 16 item 10). */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-rivals-'));
  await mkdir(join(dir, 'rivals'));
  await writeFile(join(dir, 'rivals', 'beta.yaml'), 'id: beta\nname: Beta\nnames: [beta]\n');
  await writeFile(join(dir, 'alpha.yaml'), 'id: alpha\nname: Alpha\nnames: [alpha]\nrivals: [rivals/beta.yaml, apple]\n');
  await writeFile(join(dir, 'bad.yaml'), 'id: bad\nname: Bad\nnames: [bad]\nrivals:\n  - apple\n  - rivals/missing.yaml\n');
  await writeFile(join(dir, 'typo.yaml'), 'id: typo\nname: Typo\nnames: [typo]\nrivals: [apple, samsnug]\n');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('rivals', () => {
  it('a profile path, relative to the profile, alongside a built-in id', async () => {
    const brand = await loadBrand('alpha.yaml', dir);
    expect(brand.rivals.map((r) => r.id)).toEqual(['beta', 'apple']);
  });

  it('a rival file that cannot be read is named at its line and column', async () => {
    const error = await loadBrand('bad.yaml', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^bad\.yaml:6:5: rivals: cannot load the rival profile "rivals\/missing\.yaml"/);
  });

  it('an unknown id gets file:line:col and the id it likely meant', async () => {
    const error = await loadBrand('typo.yaml', dir).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^typo\.yaml:4:17: rivals: unknown brand "samsnug"; did you mean "samsung"\?/);
  });
});
