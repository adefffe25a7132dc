// The brands the evaluation vets, and where each profile comes from: built-in ids, or user profile files
// under fixtures/eval-profiles/ (loaded by path exactly as a user's `--brand ./acme.yaml`, which is what
// proves custom profiles work end to end).
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../fixtures/eval-profiles/', import.meta.url));

/** Built-in profile ids (src/brands/profiles). */
export const BUILT_IN = ['apple', 'google', 'huawei', 'xiaomi', 'samsung'];

/** User profile files written for the evaluation. */
export const CUSTOM = [
  'microsoft',
  'united',
  'usairways',
  'american',
  'southwest',
  'jetblue',
  'virginamerica',
  'honor',
  'vivo',
  'oppo',
  'oneplus',
  'meizu',
  'realme',
  'zeekr',
];

/**
 * The reference `loadBrand` takes for a brand key.
 * @param {string} key
 */
export function profileRef(key) {
  if (BUILT_IN.includes(key)) return key;
  if (CUSTOM.includes(key)) return `${FIXTURES}${key}.yaml`;
  throw new Error(`eval: no profile for brand "${key}"`);
}

/** @param {string} key */
export const hasProfile = (key) => BUILT_IN.includes(key) || CUSTOM.includes(key);

/** Chinese phone brands without a built-in profile ("other phone brands"). */
export const ZH_OTHER_PHONES = ['honor', 'vivo', 'oppo', 'oneplus', 'meizu', 'realme'];
/** Every brand a Chinese post is checked against when the set names no brand (COLD, online shopping). */
export const ZH_ALL = ['apple', 'huawei', 'xiaomi', 'samsung', ...ZH_OTHER_PHONES];
/** Every brand an English post is checked against when the set names no brand (OLID). */
export const EN_ALL = ['apple', 'google', 'microsoft', 'samsung'];
