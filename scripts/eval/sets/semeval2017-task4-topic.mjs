import { parseTsvLines, readText } from '../read.mjs';

const DIR = 'semeval2017-task4-topic';
const FILES = [
  'twitter-2015train-BD.tsv',
  'twitter-2015test-BD.tsv',
  'twitter-2016train-BD.tsv',
  'twitter-2016dev-BD.tsv',
  'twitter-2016devtest-BD.tsv',
  'twitter-2016test-BD.tsv',
  'SemEval2017-task4-test.subtask-BD.english.txt',
];
const POLARITY = /** @type {const} */ ({ positive: 'pos', neutral: 'neu', negative: 'neg', 'off topic': 'off' });

/**
 * Product and event topics roll up to the company that would be vetted. Brand-like topics without a profile
 * keep their own key so that their negatives count as "aimed at another brand"; every other topic (people,
 * films, politics, "fleetwood mac") is no brand at all.
 */
const TOPIC_BRAND = {
  apple: 'apple',
  'apple watch': 'apple',
  iphone: 'apple',
  ipad: 'apple',
  ipod: 'apple',
  google: 'google',
  'google+': 'google',
  'google earth vr': 'google',
  '@microsoft': 'microsoft',
  'microsoft joins the linux foundation': 'microsoft',
  'windows 10': 'microsoft',
  xbox: 'microsoft',
  'galaxy note': 'samsung',
  'galaxy note 7': 'samsung',
  amazon: 'amazon',
  'amazon prime': 'amazon',
  'amazon prime day': 'amazon',
  netflix: 'netflix',
  ps4: 'sony',
  sony: 'sony',
  nintendo: 'nintendo',
  nokia: 'nokia',
  ibm: 'ibm',
  oracle: 'oracle',
  't-mobile': 't-mobile',
  nike: 'nike',
  'tesla model s': 'tesla',
  '#uber': 'uber',
  disney: 'disney',
  'disney world': 'disney',
  disneyland: 'disney',
};

/** @type {import('../types.mjs').EvalSet} */
export default {
  id: DIR,
  lang: 'en',
  licence: 'no licence stated; Twitter terms apply: measurement only',
  mapping:
    'flag = negative with a topic that rolls up to the brand (iphone/ipad/ipod/apple watch → Apple; google+/google earth vr → Google; ' +
    '@microsoft/windows 10/xbox → Microsoft; galaxy note (7) → Samsung); pos/neu = positive or neutral on such a topic; ' +
    'other topics are off-topic; wrong brand = flagged for X while the row is negative about another brand-like topic (amazon, sony, nokia…)',
  mappings: [
    { key: 'apple', brands: ['apple'] },
    { key: 'google', brands: ['google'] },
    { key: 'microsoft (user profile)', brands: ['microsoft'] },
    { key: 'samsung', brands: ['samsung'] },
  ],
  load(root) {
    /** @type {Map<string, import('../types.mjs').EvalRow>} */
    const byTweet = new Map();
    let malformed = 0;
    let repeated = 0;
    for (const file of FILES) {
      for (const fields of parseTsvLines(readText(`${root}/${DIR}`, file, 'utf8'))) {
        // One stray malformed line in 2016test; the files end each line with an extra tab.
        if (fields.length < 4) {
          malformed++;
          continue;
        }
        const [id, topicRaw, labelRaw, ...rest] = fields;
        const topic = (topicRaw ?? '').trim().toLowerCase();
        const polarity = POLARITY[/** @type {keyof typeof POLARITY} */ ((labelRaw ?? '').trim())];
        if (!polarity) {
          malformed++;
          continue;
        }
        const text = rest.join('\t').replace(/\t+$/, '');
        const brand = TOPIC_BRAND[/** @type {keyof typeof TOPIC_BRAND} */ (topic)];
        const label = brand ? { target: brand, polarity } : { target: null, polarity: /** @type {const} */ ('off') };
        const key = String(id);
        const existing = byTweet.get(key);
        if (existing) {
          // The same tweet recurs across the yearly files; keep one copy, and a second topic as a second label.
          repeated++;
          if (!existing.labels.some((l) => l.target === label.target && l.polarity === label.polarity)) existing.labels.push(label);
          continue;
        }
        byTweet.set(key, { id: key, text, labels: [label] });
      }
    }
    return { rows: [...byTweet.values()], notes: [`${malformed} malformed lines skipped`, `${repeated} repeated tweet ids merged`] };
  },
};
