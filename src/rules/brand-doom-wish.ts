import type { Rule } from './types.js';

export const brandDoomWish: Rule = {
  id: 'brand-doom-wish',
  category: 'doom-wish',
  severity: 'high',
  description: "Wishes the brand ruin or death (早日倒闭, \"I hope they go bankrupt\").",
  sample: "\"I hope xiaomi goes bankrupt\"",
  targets: ['brand'],
  reportTarget: 'brand',
  on: ['brand', 'product'],
  // A death wish said to a product ("I hope you die #iCloud") is aimed at its maker; "my phone died" is not a wish.
  cuesFor: { product: ['death-wish', 'riddance'] },
  cues: ['death-wish', 'riddance', 'death', 'ruin', 'ruin-object'],
  window: 8,
  notByAgreement: true,
  needs: { death: 'wish', ruin: 'wish' },
  examples: {
    match: ["小米早日倒闭", "希望小米赶紧破产", "I hope xiaomi goes bankrupt", "HyperOS I hope you die", "Dear HyperOS I HATE U, AND I HOPE YOU DIE"],
    nomatch: ["my redmi died again, battery is dead", "小米不会倒闭", "有人说小米要倒闭了，我不同意", "xiaomi might go bankrupt one day", "小米死机了", "hope my xiaomi phone dies so I can upgrade"],
  },
};
