import { parseTable, readText } from '../read.mjs';

const DIR = 'hostility-sublabels';

/** The `brand` column → the profile that vets it (MAC lipstick and 荣耀 "glory" rows are homonym traps, sub-label other). */
const BRAND = {
  apple: 'apple',
  google: 'google',
  microsoft: 'microsoft',
  '苹果 (iphone se)': 'apple',
  苹果: 'apple',
  mac: 'apple',
  华为: 'huawei',
  小米: 'xiaomi',
  三星: 'samsung',
  荣耀: 'honor',
  vivo: 'vivo',
};
const SUBLABELS = ['hostile', 'criticism', 'other'];

/**
 * @param {'en' | 'zh'} lang
 * @param {string[]} sources the sub-label file's sources, in table order
 * @returns {import('../types.mjs').EvalSet}
 */
function sublabelSet(lang, sources) {
  const file = `${lang}.csv`;
  return {
    id: `${DIR}/${lang}`,
    lang,
    sublabels: true,
    licence: 'silver labels on third-party texts (see each source): measurement only',
    mapping:
      'hostile = sub-label "hostile" toward the row\'s brand; criticism and other are not; each row is vetted for its own brand ' +
      '(Microsoft, 荣耀 and vivo through user profiles; MAC → Apple); every row is a source "negative", so the negative column is the ' +
      'share of rows flagged',
    mappings: [
      { key: 'all rows, own brand', brands: 'own' },
      ...sources.map((source) => ({
        key: `← ${source}`,
        brands: /** @type {'own'} */ ('own'),
        filter: (/** @type {import('../types.mjs').EvalRow} */ row) => row.sub?.source === source,
      })),
    ],
    load(root) {
      // UTF-8 without BOM, RFC 4180 quoting, CRLF between records and LF or CRLF inside six fields.
      const records = parseTable(readText(`${root}/${DIR}`, file, 'utf8'), `${DIR}/${file}`);
      const rows = records.map((r, index) => {
        const brand = BRAND[/** @type {keyof typeof BRAND} */ ((r.brand ?? '').trim().toLowerCase())];
        const value = /** @type {'hostile' | 'criticism' | 'other'} */ (r.sublabel ?? '');
        if (!brand) throw new Error(`${DIR}/${file}: record ${index + 1}: brand "${r.brand}" has no profile mapping`);
        if (!SUBLABELS.includes(value)) throw new Error(`${DIR}/${file}: record ${index + 1}: unknown sublabel "${value}"`);
        const source = (r.source ?? '').split('/')[0] ?? '';
        return {
          id: `${source}#${r.row_ref}`,
          text: r.text ?? '',
          labels: [{ target: brand, polarity: /** @type {const} */ ('neg') }],
          sub: { brand, value, source, why: r.why ?? '' },
        };
      });
      return { rows, notes: [] };
    },
  };
}

export const en = sublabelSet('en', ['brands-product-emotions', 'sanders-twitter', 'apple-twitter-sentiment']);
export const zh = sublabelSet('zh', ['nlpcc2016-stance', 'c-stance', 'cold']);
