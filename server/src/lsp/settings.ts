// Editor settings under `whosaid.*`, as `workspace/configuration` or `didChangeConfiguration`
// deliver them, normalised by one function so that a wrong type never reaches the core.
import type { ResolvedConfig, RuleSeverity } from '../analysis/config';
import { RULE_IDS } from '../rules';

export interface EditorSettings {
  enable: boolean;
  /** Only the rules the user set to something other than "default". */
  rules: Record<string, RuleSeverity>;
  vaguePhrases: string[];
  /** Unset (undefined) unless the user chose a verb. */
  attributionVerb: string | undefined;
}

export const DEFAULT_SETTINGS: EditorSettings = Object.freeze({ enable: true, rules: {}, vaguePhrases: [], attributionVerb: undefined }) as EditorSettings;

const SEVERITIES = new Set<string>(['off', 'error', 'warning', 'information', 'hint']);

/** Normalises the `whosaid` settings section; anything malformed is dropped and reported. */
export function fromSettings(raw: unknown, warn: (message: string) => void = () => {}): EditorSettings {
  if (raw === null || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const s = raw as Record<string, unknown>;
  const rules: Record<string, RuleSeverity> = {};
  if (s.rules && typeof s.rules === 'object') {
    for (const [id, value] of Object.entries(s.rules as Record<string, unknown>)) {
      if (value === 'default' || value === undefined || value === null) continue;
      if (!RULE_IDS.includes(id)) warn(`Ignoring the setting whosaid.rules.${id}: there is no such rule.`);
      else if (typeof value !== 'string' || !SEVERITIES.has(value))
        warn(`Ignoring the setting whosaid.rules.${id}: ${JSON.stringify(value)} is not one of off, error, warning, information, hint, default.`);
      else rules[id] = value as RuleSeverity;
    }
  }
  const vaguePhrases = Array.isArray(s.vaguePhrases)
    ? s.vaguePhrases.filter((p): p is string => typeof p === 'string' && p.trim().length >= 2).map((p) => p.trim())
    : [];
  let attributionVerb: string | undefined;
  if (typeof s.attributionVerb === 'string' && s.attributionVerb.trim() !== '') {
    if (/^[A-Za-z]+$/.test(s.attributionVerb.trim())) attributionVerb = s.attributionVerb.trim();
    else warn(`Ignoring the setting whosaid.attributionVerb: ${JSON.stringify(s.attributionVerb)} is not a single word.`);
  }
  return { enable: s.enable !== false, rules, vaguePhrases, attributionVerb };
}

/** The part of a config the editor settings contribute, for `mergeConfig`. */
export function settingsOverride(settings: EditorSettings): Partial<ResolvedConfig> {
  return {
    rules: settings.rules,
    vaguePhrases: settings.vaguePhrases,
    ...(settings.attributionVerb ? { attributionVerb: settings.attributionVerb } : {}),
  };
}
