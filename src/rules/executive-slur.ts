import type { Rule } from './types.js';

export const executiveSlur: Rule = {
  id: 'executive-slur',
  category: 'executive-insult',
  severity: 'high',
  description: "Calls one of the brand's people by a mocking or derogatory nickname the profile lists.",
  targets: ['executive'],
  reportTarget: 'executive',
  on: ['executive-slur'],
  cues: [],
  window: 0,
  examples: {
    match: ['雷猴又在发布会上吹牛了'],
    nomatch: ['雷军又在发布会上讲话了', '动物园里的猴子在叫'],
  },
};
