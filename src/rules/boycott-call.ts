import type { Rule } from './types.js';

export const boycottCall: Rule = {
  id: 'boycott-call',
  category: 'boycott-call',
  severity: 'high',
  description: "Calls on others to boycott the brand.",
  targets: ['brand'],
  reportTarget: 'brand',
  on: ['brand', 'product'],
  cues: ['boycott', 'boycott-own', 'ban-imperative', 'boycott-call', 'ban-call'],
  window: 8,
  examples: {
    match: ["大家一起抵制小米", "boycott xiaomi now", "红米千万别买，谁买谁傻"],
    nomatch: ["我不会抵制小米", "I switched from xiaomi to a pixel", "说抵制小米的人太可笑了", "印度人抵制在印度造的小米", "I'll never buy another Redmi, the battery died twice"],
  },
};
