import type { Rule } from './types.js';

export const fanInsult: Rule = {
  id: 'fan-insult',
  category: 'fan-insult',
  severity: 'high',
  description: "Insults the brand's fans or buyers (脑残, idiots, sheep).",
  targets: ['fans'],
  reportTarget: 'fans',
  on: ['fans'],
  cues: ['insult', 'curse-at', 'taunt', 'person', 'dupe', 'contempt', 'disgrace', 'profanity', 'fraud', 'hate', 'gloat'],
  window: 8,
  examples: {
    match: ["Proof that the Redmi turns you into a douchebag", "Redmi nutters everywhere, insufferable", "让那些还在用红米的穷逼闭嘴", "米粉都是脑残", "米 粉 都 是 脑 残", "米粉們都是腦殘", "Mi fans are idiots", "买小米的都是傻子", "xiaomi fans are brainwashed sheep", "米粉，你们就是一群冤大头", "天天吹小米的那些人真恶心", "Xiaomi fans are honestly the saddest people online."],
    nomatch: ["dropped my redmi again, I'm such an idiot", "有人说米粉都是脑残，我觉得太过分了", "people who call Mi fans idiots are toxic", "米粉不是脑残", "果粉都是脑残", "米粉们今天的活动很开心", "桂林米粉真好吃", "People keep calling Mi fans sheep in my replies. The name-calling is embarrassing.", "@dave your take that the redmi 13 is 'worse than a flip phone' is brain dead"],
  },
};
