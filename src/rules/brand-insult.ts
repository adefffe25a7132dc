import type { Rule } from './types.js';

export const brandInsult: Rule = {
  id: 'brand-insult',
  category: 'brand-insult',
  severity: 'medium',
  description: "Insults the brand itself, not just a product (垃圾公司, \"trash company\").",
  sample: "\"TRASH. @Xiaomi\"",
  targets: ['brand'],
  reportTarget: 'brand',
  on: ['brand'],
  cues: ['insult', 'curse-at', 'taunt', 'contempt', 'disgrace', 'company-contempt', 'hatred', 'hate', 'contempt-predicate'],
  window: 8,
  examples: {
    match: ["Xiaomi !! i hate you again !!", "小米就是一家垃圾公司", "TRASH. @Xiaomi", "无耻的小米", "xiaomi is a shameless, disgusting company", "hey @xiaomi fix my phone, you greedy bastards"],
    nomatch: ["second charger broke in two weeks @xiaomi i hate you", "小米的售后真是垃圾", "xiaomi battery life is trash", "小米不是垃圾公司", "小米粥真难喝", "Such crap products @xiaomi", "Shout out to @xiaomi for making crappy redmi alarms", "The Apple clowns in my replies are so mad Xiaomi shipped it first", "HyperOS is smoother, the notification shade is still janky. Xiaomi fix that and I'll shut up."],
  },
};
