import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** vet's version, from package.json (read once, synchronously: it is tiny). */
export function vetVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
