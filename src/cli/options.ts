import { UsageError } from '../errors.js';

/** `--endpoint name=url` (repeatable) merged over `VET_ENDPOINT_<NAME>` variables. */
export function parseEndpoints(flags: string[], env: Record<string, string | undefined>): Record<string, string> {
  const endpoints: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const m = /^VET_ENDPOINT_([A-Z0-9_]+)$/.exec(key);
    if (m && value) endpoints[m[1]!.toLowerCase().replace(/_/g, '-')] = value;
  }
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const name = flag.slice(0, eq).trim().toLowerCase();
    const url = flag.slice(eq + 1).trim();
    if (eq <= 0 || !/^https?:\/\//i.test(url)) {
      throw new UsageError(`--endpoint "${flag}" should look like name=http(s)://host[:port][/path], e.g. weibo=http://127.0.0.1:8080`);
    }
    endpoints[name] = url.replace(/\/+$/, '');
  }
  return endpoints;
}

const TIMEOUT = /^(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?$/i;
const TIMEOUT_UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/** `--timeout 90s` / `5m` / `1h` / `500ms`; a bare number is seconds. */
export function parseTimeout(value: string): number {
  const m = TIMEOUT.exec(value.trim());
  const ms = m ? Math.round(Number(m[1]) * TIMEOUT_UNIT_MS[(m[2] ?? 's').toLowerCase()]!) : NaN;
  if (!m || !(ms >= 1)) throw new UsageError(`--timeout "${value}" is not a duration; e.g. 90s, 5m, 1h (a bare number is seconds)`);
  return ms;
}
