// Which cues report someone's words or views. The cue tagger follows PolNeAR, where "voted",
// "require" or "signed on" attribute an act or a stance to someone; the sourcing rules are about
// reports ("said", "believes", "according to"), so they look at those only.
import nlp from 'compromise';
import type { Attribution } from '../analysis/types';
import data from './reporting-verbs.json';

const BASES = new Set(data.verbs.map((v) => v.phrase));
const cache = new Map<string, boolean>();

function isReportingWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = cache.get(lower);
  if (known === undefined) {
    const infinitive = (nlp(lower).verbs().toInfinitive().text() as string).toLowerCase().trim();
    // compromise knows most verbs; the suffix rules catch the rest ("alleged" → allege, "argues" → argue).
    const stems = [infinitive, lower.replace(/s$/, ''), lower.replace(/ed$/, ''), lower.replace(/d$/, ''), lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e'), lower.replace(/ies$/, 'y'), lower.replace(/ied$/, 'y')];
    known = BASES.has(lower) || stems.some((stem) => BASES.has(stem));
    cache.set(lower, known);
  }
  return known;
}

export function isReport(a: Attribution): boolean {
  const cue = a.cue.text.toLowerCase();
  if (cue.startsWith('according to') || cue === ':' || /\bas (?:saying|telling|writing)\b/.test(cue)) return true;
  return cue.split(/[^\p{L}]+/u).some((w) => w.length > 1 && isReportingWord(w));
}
