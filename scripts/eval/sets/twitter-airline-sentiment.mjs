import { parseTable, readText } from '../read.mjs';

const DIR = 'twitter-airline-sentiment';
const FILE = 'Tweets.csv';
const AIRLINE = {
  United: 'united',
  'US Airways': 'usairways',
  American: 'american',
  Southwest: 'southwest',
  // The rows labelled Delta are tweets to @JetBlue (2,215 of 2,222 open with @JetBlue): vet them as JetBlue.
  Delta: 'jetblue',
  'Virgin America': 'virginamerica',
};
const POLARITY = /** @type {const} */ ({ positive: 'pos', neutral: 'neu', negative: 'neg' });

/** @type {import('../types.mjs').EvalSet} */
export default {
  id: DIR,
  lang: 'en',
  licence: 'CC BY-NC-SA 4.0 (non-commercial): measurement only',
  mapping:
    'brand = airline column, each vetted with a user profile file (rows labelled Delta are tweets to @JetBlue, so JetBlue); ' +
    'flag = negative; pos/neu = positive or neutral; ' +
    'wrong brand = flagged for airline X while the row is a negative tweet about another airline',
  mappings: Object.values(AIRLINE).map((key) => ({ key: `${key}${key === 'jetblue' ? ' (labelled Delta)' : ''} (user profile)`, brands: [key] })),
  load(root) {
    const records = parseTable(readText(`${root}/${DIR}`, FILE, 'utf8'), `${DIR}/${FILE}`);
    const seen = new Set();
    /** @type {import('../types.mjs').EvalRow[]} */
    const rows = [];
    let duplicates = 0;
    records.forEach((r, index) => {
      const id = r.tweet_id ?? String(index);
      // 155 tweet ids repeat (some with a different label); the first judgement is kept.
      if (seen.has(id)) return void duplicates++;
      seen.add(id);
      const target = AIRLINE[/** @type {keyof typeof AIRLINE} */ (r.airline)];
      const polarity = POLARITY[/** @type {keyof typeof POLARITY} */ (r.airline_sentiment)];
      if (!target || !polarity) throw new Error(`${DIR}/${FILE}: record ${index}: unknown airline or sentiment`);
      rows.push({ id, text: r.text ?? '', labels: [{ target, polarity }] });
    });
    return { rows, notes: [`${duplicates} repeated tweet ids dropped (first kept)`] };
  },
};
