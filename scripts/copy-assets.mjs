// Copies the data files the built code reads at run time (brand profiles) next to it in dist/, and compiles each
// built-in profile to JSON beside its YAML (its data and the sha256 of the YAML's bytes): src/brands/load.ts reads
// the JSON, so a run on built-in profiles never loads the YAML parser (about 60 ms of every start).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
mkdirSync('dist/brands/profiles', { recursive: true });
cpSync('src/brands/profiles', 'dist/brands/profiles', { recursive: true });
for (const file of readdirSync('src/brands/profiles').filter((f) => f.endsWith('.yaml'))) {
  const bytes = readFileSync(`src/brands/profiles/${file}`);
  const data = parse(bytes.toString('utf8'), { uniqueKeys: true });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(`dist/brands/profiles/${file.replace(/\.yaml$/, '.json')}`, JSON.stringify({ sha256, data }));
}
