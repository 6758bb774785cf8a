// Every rule, one line each. The order is the order of the docs and the settings.
import { anonymousSource } from './anonymous-source';
import { dateMismatch } from './date-mismatch';
import { editorializing } from './editorializing';
import { hedgedReport } from './hedged-report';
import { inconsistentFigure } from './inconsistent-figure';
import { inconsistentName } from './inconsistent-name';
import { loadedAdjective } from './loaded-adjective';
import { loadedVerb } from './loaded-verb';
import { nameFirstReference } from './name-first-reference';
import { passiveAttribution } from './passive-attribution';
import { quoteNotInSources } from './quote-not-in-sources';
import type { Rule } from './rule';
import { unattributedClaim } from './unattributed-claim';
import { unattributedQuote } from './unattributed-quote';
import { vagueSource } from './vague-source';

export const RULES: readonly Rule[] = [
  vagueSource,
  hedgedReport,
  passiveAttribution,
  anonymousSource,
  unattributedQuote,
  unattributedClaim,
  loadedVerb,
  editorializing,
  loadedAdjective,
  inconsistentFigure,
  inconsistentName,
  nameFirstReference,
  dateMismatch,
  quoteNotInSources,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
