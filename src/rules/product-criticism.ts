import type { Rule } from './types.js';

export const productCriticism: Rule = {
  id: 'product-criticism',
  category: 'product-criticism',
  severity: 'info',
  description: "Criticises a product or service. Honest criticism is not hostility and does not raise the risk.",
  targets: ['product'],
  reportTarget: 'product',
  on: ['product', 'brand'],
  cues: ['criticism', 'contempt', 'disgrace', 'company-contempt', 'insult', 'curse-at', 'taunt'],
  window: 10,
  leavesUsedCues: true,
  examples: {
    match: ["红米的续航有点失望", "xiaomi battery life is disappointing", "小米手机是垃圾", "小米的售后真是垃圾"],
    nomatch: ["红米的续航很好", "小米粥真好喝"],
  },
};
