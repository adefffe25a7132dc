import type { Rule } from './types.js';

export const relationshipClaim: Rule = {
  id: 'relationship-claim',
  category: 'relationship-claim',
  severity: 'low',
  description: "Claims money or a business tie with the brand; check that it is true and disclosed.",
  targets: ['brand'],
  reportTarget: 'brand',
  on: ['brand'],
  cues: ['relationship'],
  window: 8,
  examples: {
    match: ["小米给我打钱了", "this video is sponsored by xiaomi"],
    nomatch: ["小米发布了新手机", "小米没有给我打钱"],
  },
};
