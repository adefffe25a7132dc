import { readFileSync } from 'node:fs';

interface PackageInfo {
  version: string;
  homepage?: string;
}

let cached: PackageInfo | undefined;

/** vet's package.json (read once, synchronously: it is tiny). */
function packageInfo(): PackageInfo {
  cached ??= JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageInfo;
  return cached;
}

/** vet's version, from package.json. */
export function vetVersion(): string {
  return packageInfo().version;
}

/** vet's home page, from package.json `homepage` (SARIF `tool.driver.informationUri`); undefined when unset. */
export function vetHomepage(): string | undefined {
  const url = packageInfo().homepage;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined;
}
