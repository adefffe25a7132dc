import { ZH_OTHER_PHONES } from '../brands.mjs';
import { parseTable, readText } from '../read.mjs';

const DIR = 'nlpcc2016-stance';
const FILES = [
  { name: 'evasampledata4-TaskAA.txt', tag: 'train' },
  { name: 'NLPCC_2016_Stance_Detection_Task_A_gold.utf8', tag: 'gold' },
];
const POLARITY = /** @type {const} */ ({ FAVOR: 'pos', NONE: 'neu', AGAINST: 'neg' });
const OTHER_BRANDS = ['huawei', 'xiaomi', 'samsung', ...ZH_OTHER_PHONES];

/** @type {import('../types.mjs').EvalSet} */
export default {
  id: DIR,
  lang: 'zh',
  licence: 'NLPCC 2016 shared-task data, no licence stated: measurement only',
  mapping:
    'flag = AGAINST with target iPhone SE (IphoneSE) → Apple; pos/neu = FAVOR or NONE on iPhone SE; other targets (fireworks, ' +
    'two-child policy…) are off-topic; "other phone brands" = Huawei, Xiaomi, Samsung and the user profiles together, and its ' +
    'wrong-brand count is iPhone SE AGAINST rows flagged for one of them',
  mappings: [
    { key: 'apple', brands: ['apple'] },
    { key: 'other phone brands', brands: OTHER_BRANDS },
  ],
  load(root) {
    /** @type {import('../types.mjs').EvalRow[]} */
    const rows = [];
    let unlabelled = 0;
    for (const { name, tag } of FILES) {
      // Tab-separated with a header; some texts are quoted and hold tabs or newlines; the training file has a BOM.
      const records = parseTable(readText(`${root}/${DIR}`, name, 'utf8'), `${DIR}/${name}`, { delimiter: '\t', relaxQuotes: true });
      records.forEach((r, index) => {
        const stance = (r.STANCE ?? '').trim();
        if (!stance) return void unlabelled++;
        const polarity = POLARITY[/** @type {keyof typeof POLARITY} */ (stance)];
        if (!polarity) throw new Error(`${DIR}/${name}: record ${index + 1}: unknown STANCE "${stance}"`);
        const isSe = /^iphone ?se$/i.test((r.TARGET ?? '').trim());
        rows.push({
          id: `${tag}:${r.ID ?? index + 1}`,
          text: r.TEXT ?? '',
          labels: [isSe ? { target: 'apple', polarity } : { target: null, polarity: 'off' }],
        });
      });
    }
    return { rows, notes: [`${unlabelled} unlabelled rows dropped`] };
  },
};
