import { parseTable, readText } from '../read.mjs';

const DIR = 'sanders-twitter';
const FILE = 'full-corpus.csv';
const POLARITY = /** @type {const} */ ({ positive: 'pos', neutral: 'neu', negative: 'neg', irrelevant: 'off' });

/** @type {import('../types.mjs').EvalSet} */
export default {
  id: DIR,
  lang: 'en',
  licence: 'no licence; tweet text is Twitter content: measurement only',
  mapping:
    'flag = negative with Topic = brand; pos/neu = positive or neutral with that topic; irrelevant = off-topic; ' +
    'wrong brand = flagged for X while the row is negative about another topic (apple, google, microsoft, twitter)',
  mappings: [
    { key: 'apple', brands: ['apple'] },
    { key: 'google', brands: ['google'] },
    { key: 'microsoft (user profile)', brands: ['microsoft'] },
  ],
  load(root) {
    const records = parseTable(readText(`${root}/${DIR}`, FILE, 'utf8'), `${DIR}/${FILE}`);
    const rows = records.map((r, index) => {
      const polarity = POLARITY[/** @type {keyof typeof POLARITY} */ (r.Sentiment)];
      if (!polarity) throw new Error(`${DIR}/${FILE}: record ${index}: unknown Sentiment "${r.Sentiment}"`);
      return { id: r.TweetId ?? String(index), text: r.TweetText ?? '', labels: [{ target: r.Topic ?? null, polarity }] };
    });
    return { rows, notes: [] };
  },
};
