import type { Rule } from './types.js';

export const brandProfanity: Rule = {
  id: 'brand-profanity',
  category: 'brand-insult',
  severity: 'high',
  description: "Curses the brand directly.",
  sample: "\"fuck xiaomi\", 操小米",
  targets: ['brand'],
  reportTarget: 'brand',
  on: ['brand'],
  cues: ['profanity'],
  window: 1,
  order: 'before',
  examples: {
    match: ["fuck xiaomi", "Fkn @xiaomi you can pay my bill", "操小米"],
    nomatch: ["YOU'RE NOT EVEN THE REAL FUCKING XIAOMI COMPANY", "this phone keeps fucking freezing, xiaomi pls fix", "xiaomi, fucking finally!", "my phone keeps fucking freezing @xiaomi", "Damn it Xiaomi, my charger broke again"],
  },
};
