/**
 * JSON.parse that keeps integers past 2^53 exact. Platform ids (Weibo `id`/`mid`, X ids from a misbehaving
 * server) may come as JSON numbers larger than a double holds: 5012345678901234567 would collapse onto its
 * neighbours and two posts would share one id. Such integers are read as strings (the form vet keeps ids in);
 * every other value is what JSON.parse gives. One pass over the text, only when a long digit run is present.
 */
export function parseJsonExact<T = unknown>(text: string): T {
  if (!/\d{16}/.test(text)) return JSON.parse(text) as T;
  const out: string[] = [];
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Skip the string, escapes included.
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i += 2;
        else if (d === 0x22) break;
        else i++;
      }
      i++;
      continue;
    }
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const start = i;
      let integer = true;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 0x30 && d <= 0x39) i++;
        else if (d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d) {
          integer = false;
          i++;
        } else break;
      }
      if (integer && i - start >= 16 && !Number.isSafeInteger(Number(text.slice(start, i)))) {
        out.push(text.slice(from, start), '"', text.slice(start, i), '"');
        from = i;
      }
      continue;
    }
    i++;
  }
  if (from === 0) return JSON.parse(text) as T;
  out.push(text.slice(from));
  return JSON.parse(out.join('')) as T;
}
