import { EN_ALL } from '../brands.mjs';
import { parseTable, parseTsvLines, readText } from '../read.mjs';

const DIR = 'olid';

/** @param {string} value @param {string} where */
function polarityOf(value, where) {
  if (value === 'OFF') return /** @type {const} */ ('neg');
  if (value === 'NOT') return /** @type {const} */ ('neu');
  throw new Error(`${where}: unknown level-A label "${value}"`);
}

/** @type {import('../types.mjs').EvalSet} */
export default {
  id: DIR,
  lang: 'en',
  licence: 'OLID v1.0 (research release): measurement only',
  mapping:
    'no brand targets: a post counts as flagged when any English profile (Apple, Google, Microsoft, Samsung) flags it; ' +
    'pos/neu = NOT (not offensive); the negative column = OFF (offensive, aimed at people and groups, not brands); no wrong-brand count',
  mappings: [{ key: 'any of ' + EN_ALL.join('/'), brands: EN_ALL }],
  load(root) {
    /** @type {import('../types.mjs').EvalRow[]} */
    const rows = [];
    const train = parseTsvLines(readText(`${root}/${DIR}`, 'olid-training-v1.0.tsv', 'utf8'));
    for (const [i, fields] of train.entries()) {
      if (i === 0) continue; // header
      const [id, tweet, a] = fields;
      rows.push({ id: `train:${id}`, text: tweet ?? '', labels: [{ target: '*', polarity: polarityOf(a ?? '', `olid-training-v1.0.tsv:${i + 1}`) }] });
    }
    const gold = new Map(
      parseTable(readText(`${root}/${DIR}`, 'labels-levela.csv', 'utf8'), 'labels-levela.csv').map((r) => [r.id, r.label ?? '']),
    );
    const test = parseTsvLines(readText(`${root}/${DIR}`, 'testset-levela.tsv', 'utf8'));
    for (const [i, fields] of test.entries()) {
      if (i === 0) continue;
      const [id, tweet] = fields;
      const label = gold.get(id ?? '');
      if (label === undefined) throw new Error(`testset-levela.tsv:${i + 1}: id ${id} has no gold label in labels-levela.csv`);
      rows.push({ id: `test:${id}`, text: tweet ?? '', labels: [{ target: '*', polarity: polarityOf(label, `labels-levela.csv (id ${id})`) }] });
    }
    return { rows, notes: [] };
  },
};
