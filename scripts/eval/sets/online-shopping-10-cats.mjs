import { ZH_ALL } from '../brands.mjs';
import { parseTable, readText } from '../read.mjs';

const DIR = 'online-shopping-10-cats';
const FILE = 'online_shopping_10_cats.csv';

/** @type {import('../types.mjs').EvalSet} */
export default {
  id: DIR,
  lang: 'zh',
  licence: 'no licence, provenance unknown: measurement only',
  mapping:
    'reviews name no brand: a post counts as flagged when any Chinese profile flags it; pos/neu = label 1; the negative column = ' +
    'label 0 (ordinary product complaints: hard negatives, should stay near 0); no wrong-brand count',
  mappings: [{ key: 'any phone brand', brands: ZH_ALL }],
  load(root) {
    const records = parseTable(readText(`${root}/${DIR}`, FILE, 'utf8'), `${DIR}/${FILE}`);
    const rows = records.map((r, index) => {
      const label = (r.label ?? '').trim();
      if (label !== '0' && label !== '1') throw new Error(`${DIR}/${FILE}: record ${index}: unknown label "${label}"`);
      return { id: `${r.cat}:${index}`, text: r.review ?? '', labels: [{ target: '*', polarity: label === '1' ? /** @type {const} */ ('pos') : /** @type {const} */ ('neg') }] };
    });
    return { rows, notes: [] };
  },
};
