/**
 * Weibo's date and count forms. Dates come as "Tue Mar 04 21:15:02 +0800 2025" in current lists, and as
 * relative or short forms in older and mobile views: 刚刚 (just now), 5分钟前 (5 min ago), 3小时前,
 * 昨天 21:15 (yesterday), 今天 08:00, 03-04 (this year), 2023-03-04. Beijing time (+08:00) unless the
 * string says otherwise. (Counts, "257万" and the like, are read by parseCount in ./common.ts.)
 */

const BEIJING_OFFSET_MIN = 8 * 60;
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 with an explicit offset, e.g. 2025-03-04T21:15:02+08:00, for the instant `ms`. */
export function isoWithOffset(ms: number, offsetMin = BEIJING_OFFSET_MIN): string {
  const local = new Date(ms + offsetMin * 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The instant of a Beijing wall-clock time. */
function beijing(year: number, month: number, day: number, h = 0, m = 0, s = 0): number {
  return Date.UTC(year, month - 1, day, h, m, s) - BEIJING_OFFSET_MIN * 60_000;
}

/** Beijing calendar fields of an instant. */
function beijingParts(ms: number): { year: number; month: number; day: number } {
  const d = new Date(ms + BEIJING_OFFSET_MIN * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Parses any Weibo date form relative to `now`; undefined when the string is not a date. */
export function parseWeiboDate(raw: unknown, now: Date): string | undefined {
  return readWeiboDate(raw, now)?.iso;
}

export interface WeiboDate {
  iso: string;
  /**
   * The string gave no full date ("15小时前", "昨天 12:30", "06-14"): the date was worked out from the time of
   * reading, so it is only as right as that clock and the guess of the year.
   */
  inferred: boolean;
}

/** Like parseWeiboDate, and says whether the date was inferred from a short or relative form. */
export function readWeiboDate(raw: unknown, now: Date): WeiboDate | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { iso: isoWithOffset(raw < 1e12 ? raw * 1000 : raw), inferred: false };
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  const nowMs = now.getTime();
  const exact = (iso: string | undefined) => (iso === undefined ? undefined : { iso, inferred: false });
  const inferred = (ms: number) => ({ iso: isoWithOffset(ms), inferred: true });

  // "Tue Mar 04 21:15:02 +0800 2025"
  let m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (!month) return undefined;
    const offset = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
    const ms = Date.UTC(Number(m[9]), month - 1, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) - offset * 60_000;
    return exact(isoWithOffset(ms, offset));
  }
  if (/^刚刚$/.test(text)) return inferred(nowMs);
  if ((m = /^(\d+)\s*秒前$/.exec(text))) return inferred(nowMs - Number(m[1]) * 1000);
  if ((m = /^(\d+)\s*分钟前$/.exec(text))) return inferred(nowMs - Number(m[1]) * 60_000);
  if ((m = /^(\d+)\s*小时前$/.exec(text))) return inferred(nowMs - Number(m[1]) * 3600_000);
  if ((m = /^(\d+)\s*天前$/.exec(text))) return inferred(nowMs - Number(m[1]) * 86_400_000);
  if ((m = /^(今天|昨天|前天)\s*(\d{1,2}):(\d{2})$/.exec(text))) {
    const back = m[1] === '今天' ? 0 : m[1] === '昨天' ? 1 : 2;
    const { year, month, day } = beijingParts(nowMs - back * 86_400_000);
    return inferred(beijing(year, month, day, Number(m[2]), Number(m[3])));
  }
  // "03-04" or "03-04 21:15": this year, or last year when that day is later than today (in Beijing).
  if ((m = /^(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text))) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    const today = beijingParts(nowMs);
    let year = month > today.month || (month === today.month && day > today.day) ? today.year - 1 : today.year;
    // 02-29 belongs to the latest leap year at or before that year.
    while (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day && year > today.year - 8) year--;
    return inferred(beijing(year, month, day, Number(m[3] ?? 0), Number(m[4] ?? 0)));
  }
  // "2023-03-04" or "2023-03-04 21:15[:02]"
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text))) {
    return exact(isoWithOffset(beijing(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0))));
  }
  // Anything ISO-like with its own offset.
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text))) return exact(text);
  return undefined;
}
