import type { Rule } from './types.js';

export const executiveDoomWish: Rule = {
  id: 'executive-doom-wish',
  category: 'doom-wish',
  severity: 'critical',
  description: "Wishes death or harm on the brand's executives or staff.",
  targets: ['executive'],
  reportTarget: 'executive',
  on: ['executive'],
  cues: ['death-wish', 'riddance', 'death', 'ruin', 'ruin-object'],
  window: 8,
  notByAgreement: true,
  examples: {
    match: ["雷军去死", "lei jun should die", "雷军不得好死"],
    nomatch: ["雷军说小米不会死", "雷军笑死我了"],
  },
};
