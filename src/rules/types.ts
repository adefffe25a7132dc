import type { Category, Severity, Target } from '../types.js';

/** What reporters (text legend, SARIF tool.driver.rules, README table) need to know about a rule. */
export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** One line, plain words: what the rule means. */
  description: string;
  /** Whom it is about. */
  targets: readonly Target[];
}
