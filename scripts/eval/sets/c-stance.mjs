import { ZH_OTHER_PHONES } from '../brands.mjs';
import { parseTable, readText } from '../read.mjs';

const DIR = 'c-stance';
const FILES = [
  { name: 'subtaskA/raw_test_all_onecol.csv', tag: 'A-test' },
  { name: 'subtaskA/raw_val_all_onecol.csv', tag: 'A-val' },
  { name: 'subtaskB_entertainment_and_consumption/raw_test_all_onecol.csv', tag: 'B-test' },
];
const POLARITY = /** @type {const} */ ({ 支持: 'pos', 中立: 'neu', 反对: 'neg' });

/** Which brand a target names (first match wins; 安卓 has no profile but is a brand, for wrong-brand counts). */
const BRAND_TERMS = /** @type {const} */ ([
  ['apple', /苹果|iphone|ipone|ipad|macbook|mac|ios|airpods/i],
  ['huawei', /华为|鸿蒙|mate ?\d/i],
  ['xiaomi', /小米|红米|redmi/i],
  ['samsung', /三星|galaxy/i],
  ['honor', /荣耀/],
  ['vivo', /vivo|iqoo/i],
  ['oppo', /oppo/i],
  ['oneplus', /一加|oneplus/i],
  ['meizu', /魅族|meizu/i],
  ['realme', /realme|真我/i],
  ['android', /安卓|android/i],
]);

/**
 * A noun-phrase target that is only a brand or product name (苹果14手机, 华为鸿蒙, 三星集团): the stance is the
 * stance toward the brand. Anything more (苹果信息泄漏, 小米玩套路, 中奖苹果手机, 王者荣耀…) is an opinion or event
 * whose stance direction toward the brand is unknown, like claim-type targets: those rows count as off-topic.
 */
const NAME_ONLY_REST = /^(?:手机|系列|耳机|系统|平板电脑|笔记本电脑|电脑|十三|十四|十五|迷你|芯片|机|集团|新|旧版|二手|pro|max|plus|mini|promax|\s|[0-9a-z+])*$/i;

/** @param {string} target @param {string} type @returns {string | null} brand key when the stance is toward that brand */
function brandOfTarget(target, type) {
  const t = target.trim();
  if (type !== 'noun_phrases') return null;
  for (const [brand, pattern] of BRAND_TERMS) {
    if (pattern.test(t)) return NAME_ONLY_REST.test(t.replace(new RegExp(pattern.source, 'gi'), '')) ? brand : null;
  }
  return null;
}

/** @type {import('../types.mjs').EvalSet} */
export default {
  id: DIR,
  lang: 'zh',
  licence: 'C-STANCE (ACL 2023), no licence stated: measurement only',
  mapping:
    'flag = 反对 on a noun-phrase target that only names the brand or a product (苹果14, 华为手机); pos/neu = 支持 or 中立 on such ' +
    'a target; claim targets and opinion phrases (苹果信息泄漏) are off-topic because 反对 a claim can defend the brand; ' +
    'wrong brand = flagged for X while the row is 反对 another brand (incl. 安卓); texts de-duplicated, one text with several targets is one post',
  mappings: [
    { key: 'apple', brands: ['apple'] },
    { key: 'huawei', brands: ['huawei'] },
    { key: 'xiaomi', brands: ['xiaomi'] },
    { key: 'samsung', brands: ['samsung'] },
    { key: 'other phone brands', brands: ZH_OTHER_PHONES },
  ],
  load(root) {
    /** @type {Map<string, import('../types.mjs').EvalRow>} */
    const byText = new Map();
    const seenPairs = new Set();
    let duplicates = 0;
    for (const { name, tag } of FILES) {
      // UTF-8 with BOM, CRLF, multi-line quoted fields.
      const records = parseTable(readText(`${root}/${DIR}`, name, 'utf8'), `${DIR}/${name}`);
      records.forEach((r, index) => {
        const text = r.Text ?? '';
        const target = r['Target 1'] ?? '';
        const pair = `${text}\u0000${target}`;
        if (seenPairs.has(pair)) return void duplicates++;
        seenPairs.add(pair);
        const polarity = POLARITY[/** @type {keyof typeof POLARITY} */ ((r['Stance 1'] ?? '').trim())];
        if (!polarity) throw new Error(`${DIR}/${name}: record ${index}: unknown stance "${r['Stance 1']}"`);
        const brand = brandOfTarget(target, (r.Type ?? '').trim());
        const label = brand ? { target: brand, polarity } : { target: null, polarity: /** @type {const} */ ('off') };
        const row = byText.get(text);
        if (row) row.labels.push(label);
        else byText.set(text, { id: `${tag}:${index}`, text, labels: [label] });
      });
    }
    return { rows: [...byText.values()], notes: [`${duplicates} repeated (text, target) pairs dropped`] };
  },
};
