// Which cues report someone's words or views. The cue tagger follows PolNeAR, where "voted",
// "require" or "signed on" attribute an act or a stance to someone; the sourcing rules are about
// reports ("said", "believes", "according to"), so they look at those only.
import { detached } from '../analysis/model';
import type { Attribution } from '../analysis/types';
import { jsonMap } from '../analysis/json-map';
import { formsWhere, REPORTING_VERBS, verbOfForm } from '../analysis/reporting-verbs';
import { startsClause, tokenize } from '../analysis/words';
import infinitives from './infinitives.json';

// The verbs that report words or views (the lexicon's entries not marked `reports: false`), and
// every form the lexicon generates for them, British spellings included.
const REPORTS = (v: { reports?: boolean }) => v.reports !== false;
const BASES = new Set(REPORTING_VERBS.filter(REPORTS).map((v) => v.phrase));
const FORMS = new Set(formsWhere(REPORTS));
// Phrasal verbs ("pointed out") are found in the cue as a whole.
const PHRASAL = [...FORMS].filter((f) => f.includes(' '));
const cache = new Map<string, boolean>();
const byCue = new Map<string, boolean>();
const CUE_LIMIT = 50_000;

function isReportingWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = cache.get(lower);
  if (known === undefined) {
    // The lexicon's forms ("alleged", "argues", "criticised"), then compromise's infinitives.
    known = FORMS.has(lower) || BASES.has(infinitive(lower));
    cache.set(lower, known);
  }
  return known;
}

// compromise's infinitives of the words cues are made of, computed ahead (infinitives.json, from
// scripts/generate-compromise-data.ts).
const VERBS: ReadonlyMap<string, string> = jsonMap<string>(infinitives, 'verbs');

// A word not in the table is not a verb compromise knows among the cue words: it does not report.
// (No compromise at run time: loading it for a handful of rare words cost a batch run 0.2 s.)
function infinitive(lower: string): string {
  return VERBS.get(lower) ?? '';
}

export function isReport(a: Attribution): boolean {
  const text = a.cue.text;
  let known = byCue.get(text);
  if (known === undefined) {
    const cue = text.toLowerCase();
    const words = cue.split(/[^\p{L}]+/u).filter((w) => w.length > 1);
    known =
      cue.startsWith('according to') ||
      PHRASAL.some((p) => cue.includes(p)) ||
      cue === ':' ||
      /\bas (?:saying|telling|writing)\b/.test(cue) ||
      words.some(isReportingWord);
    if (byCue.size >= CUE_LIMIT) byCue.clear();
    // A copy: a cue's text cut from a document would keep the whole document (see detached).
    byCue.set(detached(text), known);
  }
  return known;
}

// Cues that pass on information: a source behind them can carry the next sentence's account.
// Not "criticized", "called on", "disparaging remarks about": those attribute a stance, not facts.
// (The lexicon's `informs` flag, in every form, and "according to".)
const INFORMING = new Set(formsWhere((v) => v.informs === true));
export const informsCue = (cue: string): boolean =>
  /\baccording\s+to\b/i.test(cue) ||
  cue
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => INFORMING.has(w));

/**
 * Whether a reporting cue is used for an act, not a report, by what follows it: an infinitive
 * ("have agreed to pay", "pledged to follow", "Talks aim to avert") is a commitment or a purpose;
 * an object after a verb of commitment (the lexicon's `commits`: "agreed settlements with the SEC",
 * "promised a review") is a thing done. A view's object is still a view ("economists expect
 * further rate cuts"). A source with such a cue is no one's report.
 */
export function isAct(a: Attribution, text: string): boolean {
  const after = text.slice(a.cue.end, a.cue.end + 80);
  if (/^\s+to\s+\p{Ll}/u.test(after) && !/\b(?:said|thought|believed|reported|rumou?red|understood|known|expected|alleged|claimed)$/i.test(a.cue.text))
    return true;
  const last = a.cue.text.toLowerCase().split(/\s+/).pop() ?? '';
  const verb = verbOfForm(last)?.verb;
  if (!verb?.commits || /^\s*(?:that\b|with\b|on\b|about\b|["“'‘:,.;!?(—–-]|$)/i.test(after)) return false;
  return !startsClause(tokenize(after), 0);
}

// Verbs whose report is a request, not a claim of fact (the lexicon's `requests`): "A major
// climate group is demanding that the candidates propose …", "Some activists urged …".
const REQUESTING = new Set(formsWhere((v) => v.requests === true));
export function isRequest(a: Attribution): boolean {
  return REQUESTING.has(a.cue.text.toLowerCase().split(/\s+/).pop() ?? '');
}
