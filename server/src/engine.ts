// The engine the shells run: the analysis core with the shipped rules. `analysis/` knows no rule;
// this is the one place where the two meet (the CLI, the language server, the evaluation scripts
// and the tests import `analyze` from here, and everything else of the core's index with it).
import { createAnalyzer, type AnalysisResult, type AnalyzeOptions } from './analysis';
import { RULES } from './rules';
import { isReport } from './rules/reporting';

export const engine = createAnalyzer(RULES, { isReport });

/** Analyses a document with the shipped rules (see analysis/index.ts). */
export function analyze(text: string, options: AnalyzeOptions): AnalysisResult {
  return engine.analyze(text, options);
}

export * from './analysis';
export { RULES, RULE_IDS, ruleById } from './rules';
