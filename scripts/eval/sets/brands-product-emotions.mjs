import { parseTable, readText } from '../read.mjs';

const DIR = 'brands-product-emotions';
const FILE = 'judge-1377884607_tweet_product_company.csv';

/** Product targets rolled up to the brand whose profile vets them. */
const TARGET_BRAND = {
  Apple: 'apple',
  iPad: 'apple',
  iPhone: 'apple',
  'iPad or iPhone App': 'apple',
  'Other Apple product or service': 'apple',
  Google: 'google',
  Android: 'google',
  'Android App': 'google',
  'Other Google product or service': 'google',
};

/** @type {import('../types.mjs').EvalSet} */
export default {
  id: DIR,
  lang: 'en',
  licence: 'CrowdFlower Data for Everyone; licence not verified: measurement only',
  mapping:
    'flag = Negative emotion aimed at the Apple (or Google) family; pos/neu = Positive emotion toward it, or "No emotion" (any brand); ' +
    "wrong brand = flagged for Apple while the negative label targets the Google family, or the reverse; \"I can't tell\" dropped",
  mappings: [
    { key: 'apple', brands: ['apple'] },
    { key: 'google', brands: ['google'] },
  ],
  load(root) {
    // latin-1 (true ISO-8859-1, as the sub-label file decoded it), CRLF.
    const records = parseTable(readText(`${root}/${DIR}`, FILE, 'latin1'), `${DIR}/${FILE}`);
    /** @type {import('../types.mjs').EvalRow[]} */
    const rows = [];
    let cantTell = 0;
    let empty = 0;
    records.forEach((r, index) => {
      const text = r.tweet_text ?? '';
      const emotion = r.is_there_an_emotion_directed_at_a_brand_or_product ?? '';
      const targetName = r.emotion_in_tweet_is_directed_at ?? '';
      if (emotion === "I can't tell") return void cantTell++;
      if (!text.trim()) return void empty++;
      const target = targetName ? (TARGET_BRAND[/** @type {keyof typeof TARGET_BRAND} */ (targetName)] ?? null) : null;
      /** @type {import('../types.mjs').Label} */
      let label;
      if (emotion === 'Negative emotion') label = { target, polarity: 'neg' };
      // A positive tweet with no named target still shows no negativity: it counts for every brand.
      else if (emotion === 'Positive emotion') label = { target: target ?? '*', polarity: 'pos' };
      else if (emotion === 'No emotion toward brand or product') label = { target: '*', polarity: 'neu' };
      else throw new Error(`${DIR}/${FILE}: record ${index}: unknown label "${emotion}"`);
      rows.push({ id: String(index), text, labels: [label] });
    });
    return { rows, notes: [`${cantTell} "I can't tell" rows and ${empty} empty text dropped`] };
  },
};
