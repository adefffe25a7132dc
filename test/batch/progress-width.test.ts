import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/batch/progress.js';
import { displayWidth, truncateToWidth } from '../../src/util/display-width.js';

/** The batch progress bar fits the terminal in columns, not characters (issue 16 item 1). */
describe('display width', () => {
  it('counts East Asian wide characters as two columns, combining marks and joiners as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('萬能的大熊')).toBe(10);
    expect(displayWidth('ｶﾀｶﾅ')).toBe(4); // halfwidth katakana
    expect(displayWidth('Ａ')).toBe(2); // fullwidth Latin
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200db')).toBe(2);
  });

  it('truncates to a width without splitting a wide character', () => {
    expect(truncateToWidth('萬能的大熊', 10)).toBe('萬能的大熊');
    expect(truncateToWidth('萬能的大熊', 6)).toBe('萬能…');
    expect(truncateToWidth('萬能的大熊', 7)).toBe('萬能的…');
    expect(displayWidth(truncateToWidth('萬能的大熊', 7))).toBeLessThanOrEqual(7);
  });
});

describe('batch progress with handles in Chinese', () => {
  it.each([80, 60, 40, 24])('every redraw fits %i columns (a line that wraps leaves a stale line behind)', (columns) => {
    let out = '';
    let now = 0;
    const handles = Array.from({ length: 12 }, (_, i) => `weibo:@${'萬能的大熊中文名字'.repeat(1 + (i % 6))}`);
    const p = new Progress({ write: (s: string) => (out += s), columns }, 'bar', handles.length, () => now);
    p.start();
    for (const handle of handles) {
      now += 1500;
      p.advance(handle, false);
    }
    p.stop();
    const draws = out.split('\r\x1b[2K').filter(Boolean);
    expect(draws.length).toBeGreaterThan(handles.length);
    for (const draw of draws) expect(displayWidth(draw), draw).toBeLessThan(columns);
    // The handle is still shown where there is room for it.
    if (columns >= 60) expect(out).toMatch(/· weibo:@萬能/);
  });
});
