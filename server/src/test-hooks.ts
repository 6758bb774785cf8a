// Test hooks, for the test suites only: nothing here runs unless its environment variable is set.
//
//   WHOSAID_TEST_FAILING_RULES=rule-id[,rule-id…]
//     Makes the named rules throw on every document, so that tests can check that one failing
//     rule is reported and the other rules' findings still arrive (language server and CLI).
//
// Documented in docs/reliability.md. The shells call `applyTestHooks` once at startup.
import { RULES } from './rules';
import type { Rule } from './rules/rule';

export const FAILING_RULES_VARIABLE = 'WHOSAID_TEST_FAILING_RULES';

/** Applies the hooks the environment asks for; returns the ids of the rules made to fail. */
export function applyTestHooks(env: NodeJS.ProcessEnv): string[] {
  const names = (env[FAILING_RULES_VARIABLE] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const failed: string[] = [];
  for (const rule of RULES as Rule[]) {
    if (!names.includes(rule.id)) continue;
    rule.check = () => {
      throw new Error(`${rule.id} failed on purpose (${FAILING_RULES_VARIABLE})`);
    };
    failed.push(rule.id);
  }
  return failed;
}
