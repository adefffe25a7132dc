import type { Rule } from './types.js';

export const brandSlur: Rule = {
  id: 'brand-slur',
  category: 'brand-insult',
  severity: 'high',
  description: "Calls the brand by a derogatory name.",
  sample: "耍猴厂",
  examplesFrom: 'brandSlurs',
  targets: ['brand'],
  reportTarget: 'brand',
  on: ['brand-slur'],
  cues: [],
  window: 0,
  examples: {
    match: ["耍猴厂又出新机了", "猴厂的发布会又来了"],
    nomatch: ["小米又出新机了", "动物园里的猴子在耍把戏", "“耍猴厂”？好好说话行吗", "耍猴厂这个梗都玩了十年了"],
  },
};
