import { UsageError } from '../errors.js';

const DURATION = /^(\d+)\s*(d|w|m|y)$/i;
const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, m: 30.4375, y: 365.25 };
/** 0001-01-01T00:00:00Z (Date.UTC reads years below 100 as 19xx). */
const YEAR_ONE = -62_135_596_800_000;

/**
 * A --since / policy.since / config `since` value: `3y` / `18m` / `6w` / `30d` (counted back from `now`), or a
 * date `2024-01-31` / ISO 8601 instant. Shared by the CLI, proposals and the config file.
 */
export function parseSince(value: string, now: Date, what = '--since'): Date {
  const trimmed = value.trim();
  const duration = DURATION.exec(trimmed);
  if (duration) {
    const days = Number(duration[1]) * UNIT_DAYS[duration[2]!.toLowerCase()]!;
    const since = new Date(now.getTime() - days * 24 * 3600 * 1000);
    // 999999999y is before any date a Date holds ("Invalid time value" later); before year 1 is no window either.
    if (!(since.getTime() >= YEAR_ONE)) throw new UsageError(`${what} "${value}" reaches back before year 1; give a shorter duration or a date (2000-01-01)`);
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
  throw new UsageError(`${what} "${value}" is neither a date (2024-01-31) nor a duration (30d, 6w, 18m, 3y)`);
}

/** Whether parseSince accepts the value (its result does not depend on the clock). */
export function isSince(value: string): boolean {
  try {
    parseSince(value, new Date(0));
    return true;
  } catch {
    return false;
  }
}
