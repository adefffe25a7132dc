import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand, type LoadedBrand } from '../src/brands/load.js';
import type { Post } from '../src/types.js';
import { vetHistory } from '../src/vet.js';
import { memoryHistory } from './robustness/helpers.js';

/** The report's timeline puts each dated post in its UTC month, whatever order or offsets the dates come in. */

const NOW = new Date('2026-11-24T00:00:00Z');
let xiaomi: LoadedBrand;
beforeAll(async () => {
  xiaomi = await loadBrand('xiaomi');
});

const monthsOf = (createdAts: string[]): Record<string, number> => {
  const months: Record<string, number> = {};
  for (const at of createdAts) {
    const key = new Date(Date.parse(at)).toISOString().slice(0, 7);
    months[key] = (months[key] ?? 0) + 1;
  }
  return months;
};

async function timeline(createdAts: string[]): Promise<Record<string, number>> {
  const posts: Post[] = createdAts.map((createdAt, i) => ({ id: String(i + 1), text: '今天天气不错', createdAt }));
  const report = await vetHistory(memoryHistory(posts), xiaomi, { now: NOW });
  return Object.fromEntries(report.timeline.months.map((m) => [m.month, m.posts]));
}

describe('timeline months', () => {
  it('counts posts at the edges of months and years, across offsets, in and out of order', async () => {
    const dates = [
      '2025-01-31T23:59:59.999Z',
      '2025-02-01T00:00:00.000Z',
      '2025-01-31T23:30:00-02:00', // 01:30 UTC on 1 February
      '2024-02-29T12:00:00.000Z',
      '2024-12-31T23:59:59.999Z',
      '2025-01-01T00:00:00.000Z',
      '2025-01-15T08:00:00.000Z',
      '2025-02-01T00:00:00.000Z',
    ];
    expect(await timeline(dates)).toEqual(monthsOf(dates));
  });

  it('matches each date read on its own, for any dates', async () => {
    const anywhere = fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2100, 0, 1) });
    // Within a second of the start of a month of 2024 or 2025, on either side.
    const edge = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: -1000, max: 1000 })).map(([m, d]) => Date.UTC(2024, m, 1) + d);
    const instant = fc.oneof(anywhere, edge).map((ms) => new Date(ms).toISOString());
    await fc.assert(
      fc.asyncProperty(fc.array(instant, { minLength: 1, maxLength: 30 }), async (dates) => {
        expect(await timeline(dates)).toEqual(monthsOf(dates));
      }),
      { numRuns: 50 },
    );
  });
});
