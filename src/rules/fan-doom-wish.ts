import type { Rule } from './types.js';

export const fanDoomWish: Rule = {
  id: 'fan-doom-wish',
  category: 'doom-wish',
  severity: 'critical',
  description: "Wishes death or harm on the brand's fans.",
  targets: ['fans'],
  reportTarget: 'fans',
  on: ['fans'],
  cues: ['death-wish', 'riddance', 'death', 'ruin', 'ruin-object'],
  window: 8,
  notByAgreement: true,
  examples: {
    match: ["小米不会死，死的是米粉", "米粉都去死吧", "mi fans should die", "米粉死全家"],
    nomatch: ["米粉笑死我了", "小米不会死", "我是小米的死忠粉", "今天的米粉辣死了"],
  },
};
