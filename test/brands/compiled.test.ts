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
