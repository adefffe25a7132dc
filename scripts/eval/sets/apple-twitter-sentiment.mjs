import { parseTable, readText } from '../read.mjs';

const DIR = 'apple-twitter-sentiment';
const FILE = 'Apple-Twitter-Sentiment-DFE.csv';
const POLARITY = /** @type {const} */ ({ 1: 'neg', 3: 'neu', 5: 'pos', not_relevant: 'off' });

/** @type {import('../types.mjs').EvalSet} */
export default {
  id: DIR,
  lang: 'en',
  licence: 'CrowdFlower Data for Everyone; licence not verified: measurement only',
  mapping:
    'flag = sentiment 1; pos/neu = 3 or 5; not_relevant = off-topic. Every row is about Apple, so no wrong-brand count. ' +
    'Stock chatter labelled 1 stays in the negative column',
  mappings: [{ key: 'apple', brands: ['apple'] }],
  load(root) {
    // cp1252, CRLF, multi-line quoted fields.
    const records = parseTable(readText(`${root}/${DIR}`, FILE, 'windows-1252'), `${DIR}/${FILE}`);
    const rows = records.map((r, index) => {
      const polarity = POLARITY[/** @type {keyof typeof POLARITY} */ (r.sentiment)];
      if (!polarity) throw new Error(`${DIR}/${FILE}: record ${index}: unknown sentiment "${r.sentiment}"`);
      // The id column was truncated by a spreadsheet (5.40E+17); _unit_id is intact.
      return { id: r._unit_id ?? String(index), text: r.text ?? '', labels: [{ target: 'apple', polarity }] };
    });
    return { rows, notes: [] };
  },
};
