import type { Rule } from './types.js';

export const executiveInsult: Rule = {
  id: 'executive-insult',
  category: 'executive-insult',
  severity: 'high',
  description: "Insults the brand's executives, spokespeople or staff.",
  targets: ['executive'],
  reportTarget: 'executive',
  on: ['executive'],
  cues: ['insult', 'curse-at', 'taunt', 'person', 'contempt', 'disgrace', 'profanity', 'hate', 'contempt-predicate'],
  window: 8,
  examples: {
    match: ["I really hate dealing with the brain dead people at the xiaomi store", "雷军就是个小丑", "lei jun is a clown", "小米高管都是傻逼", "雷军不要脸", "小米之家那帮店员都是狗东西", "小米那群工程師是吃屎長大的嗎？"],
    nomatch: ["雷军的演讲不太精彩", "雷军不是小丑", "雷军今天发布了新车"],
  },
};
