import type { Rule } from './types.js';

export const fraudAccusation: Rule = {
  id: 'fraud-accusation',
  category: 'fraud-accusation',
  severity: 'high',
  description: "Accuses the brand or its people of fraud, lying or cheating customers.",
  targets: ['brand'],
  reportTarget: 'brand',
  on: ['brand', 'executive', 'product'],
  cues: ['fraud', 'fraud-strong', 'fraud-verb'],
  cuesFor: { product: ['fraud-strong'] },
  window: 8,
  examples: {
    match: ["这个红米note感觉就是来骗钱的", "小米就是骗子", "雷军忽悠人", "xiaomi are scammers", "小米这是玩套路，割韭菜", "这个红米感觉就是来骗钱的"],
    nomatch: ["小米不是骗子", "坑爹，小米14就是缩小版的13", "有人说小米是骗子，纯属胡说", "my redmi is lying about its battery level", "你拿华为那帮骗子跟小米比？小米至少BL锁还能解"],
  },
};
