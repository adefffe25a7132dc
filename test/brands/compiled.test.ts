import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// The build compiles each built-in profile to JSON beside its YAML in dist/ (scripts/copy-assets.mjs), and the
// built vet reads the JSON: it must hold exactly the YAML's data and the sha256 of the YAML's bytes.
const SRC = new URL('../../src/brands/profiles/', import.meta.url);
const DIST = new URL('../../dist/brands/profiles/', import.meta.url);

describe('compiled built-in profiles (dist/brands/profiles/*.json)', () => {
  for (const file of readdirSync(SRC).filter((f) => f.endsWith('.yaml'))) {
    it(`${file}: the JSON holds the YAML's data and the sha256 of its bytes`, () => {
      const bytes = readFileSync(new URL(file, SRC));
      const compiled = JSON.parse(readFileSync(new URL(file.replace(/\.yaml$/, '.json'), DIST), 'utf8'));
      expect(compiled.data).toEqual(parse(bytes.toString('utf8')));
      expect(compiled.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    });
  }
});

describe('a compiled profile that no longer matches its YAML', () => {
  it('is not used: the YAML beside it is read', async () => {
    const { mkdtempSync, cpSync, writeFileSync, readFileSync: read, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { fileURLToPath, pathToFileURL } = await import('node:url');
    // A copy of the built code and its profiles, with a stale JSON beside an edited YAML; inside the repository, so
    // the copy finds node_modules.
    const dir = mkdtempSync(join(fileURLToPath(new URL('../../', import.meta.url)), '.vet-compiled-'));
    try {
      cpSync(new URL('../../dist/', import.meta.url), dir, { recursive: true });
      const yaml = join(dir, 'brands/profiles/xiaomi.yaml');
      writeFileSync(yaml, read(yaml, 'utf8').replace('name: Xiaomi', 'name: Xiaomi Edited'));
      const { loadBrand } = await import(pathToFileURL(join(dir, 'brands/load.js')).href);
      const brand = await loadBrand('xiaomi');
      expect(brand.profile.name).toBe('Xiaomi Edited');
      expect(brand.sha256).toBe(createHash('sha256').update(read(yaml)).digest('hex'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
