import { ZH_ALL } from '../brands.mjs';
import { parseTable, readText } from '../read.mjs';

const DIR = 'cold';
const FILES = ['train.csv', 'dev.csv', 'test.csv'];

/** @type {import('../types.mjs').EvalSet} */
export default {
  id: DIR,
  lang: 'zh',
  licence: 'Apache-2.0 (COLD repository): measurement only all the same',
  mapping:
    'no brand targets (topics race, region, gender): a post counts as flagged when any Chinese profile (Apple, Huawei, Xiaomi, ' +
    'Samsung and the user profiles) flags it; pos/neu = label 0 (safe, incl. anti-bias); the negative column = label 1 ' +
    '(offensive toward people, not brands); no wrong-brand count',
  mappings: [{ key: 'any phone brand', brands: ZH_ALL }],
  load(root) {
    /** @type {import('../types.mjs').EvalRow[]} */
    const rows = [];
    for (const name of FILES) {
      // UTF-8 with BOM, LF. The unnamed first column repeats across files, so ids are file:record index.
      const records = parseTable(readText(`${root}/${DIR}`, name, 'utf8'), `${DIR}/${name}`);
      records.forEach((r, index) => {
        const label = (r.label ?? '').trim();
        if (label !== '0' && label !== '1') throw new Error(`${DIR}/${name}: record ${index}: unknown label "${label}"`);
        rows.push({ id: `${name}:${index}`, text: r.TEXT ?? '', labels: [{ target: '*', polarity: label === '1' ? 'neg' : 'neu' }] });
      });
    }
    return { rows, notes: [] };
  },
};
