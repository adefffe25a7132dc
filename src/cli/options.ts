import { UsageError } from '../errors.js';
import { LEVELS, type Level } from '../types.js';

const DURATION = /^(\d+)\s*(d|w|m|y)$/i;
/** 0001-01-01T00:00:00Z (Date.UTC reads years below 100 as 19xx). */
const YEAR_ONE = -62_135_596_800_000;
const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, m: 30.4375, y: 365.25 };

/** `--since 3y` / `18m` / `6w` / `30d`, or a date `2024-01-31` / ISO 8601 instant. */
export function parseSince(value: string, now: Date): Date {
  const trimmed = value.trim();
  const duration = DURATION.exec(trimmed);
  if (duration) {
    const days = Number(duration[1]) * UNIT_DAYS[duration[2]!.toLowerCase()]!;
    const since = new Date(now.getTime() - days * 24 * 3600 * 1000);
    // 999999999y is before any date a Date holds ("Invalid time value" later); before year 1 is no window either.
    if (!(since.getTime() >= YEAR_ONE)) throw new UsageError(`--since "${value}" reaches back before year 1; give a shorter duration or a date (2000-01-01)`);
    return since;
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed);
  if (day) {
    const date = new Date(trimmed);
    // Date rolls 2025-02-30 over to March 2; a day that does not exist is refused instead.
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const real = new Date(Date.UTC(y, m - 1, d));
    if (!Number.isNaN(date.getTime()) && real.getUTCMonth() === m - 1 && real.getUTCDate() === d) return date;
  }
  throw new UsageError(`--since "${value}" is neither a date (2024-01-31) nor a duration (30d, 6w, 18m, 3y)`);
}

export function parseLevel(value: string, flag = '--fail-on'): Level {
  const level = value.trim().toLowerCase();
  if ((LEVELS as readonly string[]).includes(level)) return level as Level;
  throw new UsageError(`${flag} "${value}" is not a level; use one of ${LEVELS.join(', ')}`);
}

export function parsePositiveInt(value: string, flag: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`${flag} "${value}" is not a whole number above 0`);
  return Number(value);
}

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
