import type { RuleMeta } from './types.js';

// STUB until the rules land.
export const RULES: readonly RuleMeta[] = [];
