/** Formatting of the bench figures: one table, aligned for a terminal and valid Markdown for the README. */

export const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
export const fmtRate = (n) => `${fmtInt(n)} posts/s`;
export const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 100 ? 1 : 0)} ms`);
export const fmtMb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
export const fmtRatio = (x) => `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)}x`;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** A row: what was measured, the figure, the target and whether it was met (null: for information). */
export function row(figure, value, target = '', pass = null) {
  return { figure, value, target, pass };
}

const status = (pass) => (pass === true ? 'PASS' : pass === false ? 'FAIL' : '');

export function renderTable(rows) {
  const cells = rows.map((r) => [r.figure, r.value, r.target, status(r.pass)]);
  const head = ['Figure', 'Value', 'Target', 'Result'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => width(c[i]))));
  const line = (c) => `| ${c.map((s, i) => s + ' '.repeat(widths[i] - width(s))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

// East Asian wide characters take two columns in a terminal.
function width(s) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
