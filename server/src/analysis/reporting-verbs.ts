// The reporting-verb lexicon: one data file (analysis/reporting-verbs.json, a base form, an example
// and role flags per verb) and every form generated from it — inflections, British spellings
// ("criticise", "rumoured", "labelled", "learnt") and the agentless and hedged frames ("it is
// believed that", "has been condemned as", "is said to"). Attribution framing and the weak-
// attribution rules read their verbs here, so that a verb added to the data is known everywhere
// in every form.
import data from './reporting-verbs.json';

/** The agentless frames a verb takes (see the data file's comment). */
export type PassiveFrame = 'it-that' | 'to' | 'as' | 'a' | 'widely' | 'for';
/** The frames in which a verb hedges for the writer. */
export type HedgeFrame = 'passive-to' | 'participle' | 'it-that' | 'it' | 'to-have' | 'to-be';

export interface ReportingVerb {
  phrase: string;
  example: string;
  source: string;
  past?: string;
  britishPast?: string;
  variantPast?: string;
  participle?: string;
  double?: boolean;
  noun?: string;
  that?: boolean;
  clause?: boolean;
  invertible?: boolean;
  informs?: boolean;
  passive?: PassiveFrame[];
  hedge?: HedgeFrame[];
  loaded?: string;
  forecast?: boolean;
  reports?: boolean;
  commits?: boolean;
  requests?: boolean;
  concession?: boolean;
}

export interface VerbForms {
  base: string[];
  third: string[];
  past: string[];
  participle: string[];
  gerund: string[];
}
export type Tense = keyof VerbForms;
export const TENSES: readonly Tense[] = ['base', 'third', 'past', 'participle', 'gerund'];

export const REPORTING_VERBS: readonly ReportingVerb[] = data.verbs as ReportingVerb[];

const VOWEL = /[aeiou]/;

/** "quip" → quipped: one syllable ending consonant–vowel–consonant doubles its last letter. */
function doublesFinal(word: string): boolean {
  return /^(?:qu|[^aeiou])*[aeiou][^aeiouwxy]$/.test(word);
}

function third(w: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function regularPast(w: string, double: boolean): string {
  if (w.endsWith('e')) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  if (double) return `${w}${w.at(-1)}ed`;
  return `${w}ed`;
}

function gerund(w: string, double: boolean): string {
  if (w.endsWith('ie')) return `${w.slice(0, -2)}ying`;
  if (/[^eoy]e$/.test(w)) return `${w.slice(0, -1)}ing`;
  if (double) return `${w}${w.at(-1)}ing`;
  return `${w}ing`;
}

/**
 * The British spellings of an American form: -ize → -ise ("criticised"), -or → -our ("rumoured"),
 * and a final l after one vowel doubled before -ed and -ing ("labelled").
 */
function british(form: string, base: string): string[] {
  const out: string[] = [];
  if (/iz(?:e|es|ed|ing)$/.test(form)) out.push(form.replace(/iz(e|es|ed|ing)$/, 'is$1'));
  if (/[^aeiou]or$/.test(base)) out.push(base.replace(/or$/, 'our') + form.slice(base.length));
  if (/[^aeiou][aeiou]l$/.test(base) && base.length >= 5 && VOWEL.test(base.slice(0, -3)) && /^(?:ed|ing)$/.test(form.slice(base.length)))
    out.push(base + 'l' + form.slice(base.length));
  return out;
}

/** Every form of a verb, by tense; a phrasal verb ("lash out at") inflects its first word. */
export function formsOf(v: ReportingVerb): VerbForms {
  const [head, ...rest] = v.phrase.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const w = head!;
  const double = v.double ?? doublesFinal(w);
  const past = v.past ?? regularPast(w, double);
  const participle = v.participle ?? past;
  const forms: VerbForms = { base: [w], third: [third(w)], past: [past], participle: [participle], gerund: [gerund(w, double)] };
  for (const other of [v.britishPast, v.variantPast]) {
    if (!other) continue;
    forms.past.push(other);
    forms.participle.push(other);
  }
  for (const tense of TENSES) {
    forms[tense] = [...new Set(forms[tense].flatMap((f) => [f, ...british(f, w)]))].map((f) => f + tail);
  }
  return forms;
}

const FORMS = new Map<ReportingVerb, VerbForms>(REPORTING_VERBS.map((v) => [v, formsOf(v)]));

/** The forms, in the given tenses, of the verbs that `where` selects. */
export function formsWhere(where: (v: ReportingVerb) => boolean, tenses: readonly Tense[] = TENSES): string[] {
  const out = new Set<string>();
  for (const v of REPORTING_VERBS) if (where(v)) for (const t of tenses) for (const f of FORMS.get(v)![t]) out.add(f);
  return [...out];
}

/** The verb a form belongs to, and its tense: "criticised" → criticize, past. */
const BY_FORM = new Map<string, { verb: ReportingVerb; tense: Tense }>();
for (const v of REPORTING_VERBS) {
  for (const t of TENSES) for (const f of FORMS.get(v)![t]) if (!BY_FORM.has(f)) BY_FORM.set(f, { verb: v, tense: t });
}

export function verbOfForm(form: string): { verb: ReportingVerb; tense: Tense } | undefined {
  return BY_FORM.get(form.toLowerCase());
}

/**
 * The forms of a verb given by its base, by tense: the lexicon's entry when it has one (its irregular
 * forms: "think" → thought), else the regular inflections ("concern" → concerns, concerned, concerning).
 */
export function verbForms(phrase: string): VerbForms {
  const v = REPORTING_VERBS.find((x) => x.phrase === phrase);
  return v ? FORMS.get(v)! : formsOf({ phrase, example: '', source: '' });
}

/** Every form of a verb given by its base, in all tenses (see verbForms). */
export function formsOfPhrase(phrase: string): string[] {
  const forms = verbForms(phrase);
  return [...new Set(TENSES.flatMap((t) => forms[t]))];
}

/** A form of `verb` in `tense` ("say", past → "said"), American spelling. */
export function inflect(phrase: string, tense: Tense): string {
  return verbForms(phrase)[tense][0]!;
}

/**
 * A regular-expression alternation of words, longest first, with spaces as any run of blanks.
 * Words of one length are in code-unit order: two of them never match at the same place, so
 * their order does not matter, and localeCompare (ICU's collation, cold at start-up) made the
 * sorts a tenth of the time the rules took to load.
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** The nouns of report, singular and plural, British spellings too: "accusation(s)", "rumour(s)". */
export function reportNouns(): string[] {
  const out = new Set<string>();
  for (const v of REPORTING_VERBS) {
    if (!v.noun) continue;
    for (const n of [v.noun, third(v.noun)]) for (const f of [n, ...british(n, v.noun)]) out.add(f);
  }
  return [...out];
}

// ---- Hedges ------------------------------------------------------------------------------------

const COPULAS = ['is', 'are', 'was', 'were'];

/** The hedging phrases the lexicon generates ("is said to", "rumoured to", "it appears that"). */
export function hedgePhrases(): string[] {
  const out: string[] = [];
  for (const v of REPORTING_VERBS) {
    const f = FORMS.get(v)!;
    for (const frame of v.hedge ?? []) {
      if (frame === 'passive-to') for (const c of COPULAS) for (const p of f.participle) out.push(`${c} ${p} to`);
      if (frame === 'participle') for (const p of f.participle) out.push(p, `${p} to`);
      if (frame === 'it-that') for (const t of f.third) out.push(`it ${t} that`);
      if (frame === 'it') for (const t of f.third) out.push(`it ${t}`);
      // "appears to have", and a plural's "appear to have" ("The donors appear to have ties to …").
      if (frame === 'to-have') for (const t of [...f.third, ...f.base]) out.push(`${t} to have`);
      if (frame === 'to-be') for (const t of [...f.third, ...f.base]) out.push(`${t} to be`);
    }
  }
  return [...new Set(out)];
}
