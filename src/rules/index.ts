import type { Rule } from './types.js';
import { boycottCall } from './boycott-call.js';
import { brandDoomWish } from './brand-doom-wish.js';
import { brandInsult } from './brand-insult.js';
import { brandProfanity } from './brand-profanity.js';
import { brandSlur } from './brand-slur.js';
import { executiveDoomWish } from './executive-doom-wish.js';
import { executiveInsult } from './executive-insult.js';
import { executiveSlur } from './executive-slur.js';
import { fanDoomWish } from './fan-doom-wish.js';
import { fanInsult } from './fan-insult.js';
import { fanSlur } from './fan-slur.js';
import { fraudAccusation } from './fraud-accusation.js';
import { productCriticism } from './product-criticism.js';
import { relationshipClaim } from './relationship-claim.js';

/** Every rule, in the order reports list them (most serious first). The one place rules are registered. */
export const RULES: readonly Rule[] = [
  fanSlur,
  brandSlur,
  fanInsult,
  fanDoomWish,
  executiveInsult,
  executiveSlur,
  executiveDoomWish,
  brandInsult,
  brandProfanity,
  brandDoomWish,
  boycottCall,
  fraudAccusation,
  relationshipClaim,
  productCriticism,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
