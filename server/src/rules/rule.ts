// What a rule is: an id, a default severity, a one-line description, the check, and its fixes.
// The interface belongs to the runner (../analysis/rule-api.ts); the rules import it from here.
export type { Rule, RuleContext, RuleFinding, RuleOptions } from '../analysis/rule-api';
