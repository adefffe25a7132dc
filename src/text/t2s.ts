/**
 * Traditional → simplified Chinese, one character at a time, from opencc-js's own dictionaries.
 * Character-level (not phrase-level) conversion keeps every offset 1:1, so evidence can quote the
 * original text exactly; phrase subtleties (乾/干) do not matter for matching brand and insult words.
 */
let table: Map<number, number> | undefined;

function addEntries(into: Map<number, number>, entries: string, chain?: Map<number, number>): void {
  for (const pair of entries.split('|')) {
    const space = pair.indexOf(' ');
    const from = pair.slice(0, space);
    const to = pair.slice(space + 1).split(' ')[0] ?? '';
    // Only single BMP code units on both sides: that is what keeps offsets exact.
    if (from.length !== 1 || to.length !== 1) continue;
    const target = to.charCodeAt(0);
    into.set(from.charCodeAt(0), chain?.get(target) ?? target);
  }
}

/** Loads the tables (about 30 KB of dictionary text); called once per process, only when vetting. */
export async function loadT2S(): Promise<Map<number, number>> {
  if (table) return table;
  const [ts, tw, hk] = await Promise.all([
    import('opencc-js/dict/TSCharacters'),
    import('opencc-js/dict/TWVariantsRev'),
    import('opencc-js/dict/HKVariantsRev'),
  ]);
  const map = new Map<number, number>();
  addEntries(map, ts.default);
  // Taiwan/Hong Kong variant forms first become standard traditional, then simplified.
  const variants = new Map<number, number>();
  addEntries(variants, tw.default, map);
  addEntries(variants, hk.default, map);
  // A character that is itself the simplified form of another stays as it is: Taiwan's table maps 么 to 幺,
  // which would turn every simplified 什么 and 怎么 into 什幺 and 怎幺.
  const simplified = new Set(map.values());
  for (const [from, to] of variants) if (!map.has(from) && !simplified.has(from)) map.set(from, to);
  table = map;
  return map;
}
