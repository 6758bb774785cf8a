// The cue lexicon: which words introduce reported speech, belief or evidence. The words are
// data (cues.json, each entry with a real example from news copy); this module compiles them
// into a first-word index so that finding cues is one hash lookup per token.
import cueData from './cues.json';
import { wordClasses, isCapitalized, type Token } from './words';

export interface CueEntry {
  lemma: string;
  forms: string[];
  /**
   * verb: "X said Y"; according: "according to X"; quoted-as: "X quoted Y as saying Z".
   */
  frame: 'verb' | 'according' | 'quoted-as';
  /**
   * What must follow for the word to be a cue and not an ordinary verb: `clause` (a that-clause,
   * a quotation, a colon or a subject), `to` (a to-infinitive or clause), or nothing.
   */
  requires?: 'clause' | 'to';
  /** Editorialising attribution verb ("claimed", "admitted"). */
  loaded?: boolean;
  example: string;
  source: string;
}

export interface CueMatch {
  first: number;
  last: number;
  entry: CueEntry;
  /** For "quoted X as saying": index of "as". */
  asIndex?: number;
}

export const CUES: readonly CueEntry[] = cueData as CueEntry[];

interface Compiled {
  entry: CueEntry;
  words: string[];
}

const byFirstWord = new Map<string, Compiled[]>();
for (const entry of CUES) {
  for (const form of entry.forms) {
    const words = form.toLowerCase().split(' ');
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ entry, words });
    byFirstWord.set(words[0]!, list);
  }
}
// Longest forms first, so "according to" wins over "according".
for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

export const CUE_FIRST_WORDS: ReadonlySet<string> = new Set(byFirstWord.keys());

const SUBJECT_START = /^(?:i|he|she|it|we|they|you|there|this|these|those|the|a|an|his|her|their|its|our|my|some|many|most|no|all|every|each|both|more|fewer|one|two|three|several|what|why|how|whether|if|who|when|where)$/;

export function matchCue(tokens: Token[], i: number, _prose: string): CueMatch | null {
  for (const { entry, words } of byFirstWord.get(tokens[i]!.lower) ?? []) {
    if (entry.frame === 'quoted-as') {
      const m = matchQuotedAs(tokens, i, entry);
      if (m) return m;
      continue;
    }
    if (!words.every((w, k) => tokens[i + k]?.lower === w)) continue;
    const last = i + words.length - 1;
    if (entry.frame === 'verb' && !isVerbUse(tokens, i)) continue;
    if (entry.requires && (isInfinitive(tokens, i) || !hasComplement(tokens, last + 1, entry.requires))) continue;
    return { first: i, last, entry };
  }
  return null;
}

function matchQuotedAs(tokens: Token[], i: number, entry: CueEntry): CueMatch | null {
  // "quoted activists as saying", "quoted an unnamed official as telling reporters"
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 12); k++) {
    if (tokens[k]!.lower === 'as' && /^(?:saying|telling|writing|stating|warning|describing|calling)$/.test(tokens[k + 1]!.lower)) {
      return { first: i, last: k + 1, entry, asIndex: k };
    }
    if (/^[.;!?]$/.test(tokens[k]!.text)) break;
  }
  return null;
}

// "the report said" is a cue, "the report" is not; "said property" is an adjective.
function isVerbUse(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  const cls = wordClasses(prev.lower);
  if (cls.has('Determiner') && !/^(?:that|this|these|those|all|both|each)$/.test(prev.lower)) return false;
  if (cls.has('Possessive') || /[’']s$/.test(prev.lower) && !isCapitalized(prev.text)) return false;
  if (prev.lower === 'to' && /(?:ed|s)$/.test(tokens[i]!.lower) && tokens[i]!.lower !== 'says') return false;
  return true;
}

// "asked Russia to show": a verb of belief or evidence after "to" is an infinitive, not a report.
function isInfinitive(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.lower === 'to';
}

function hasComplement(tokens: Token[], j: number, requires: 'clause' | 'to'): boolean {
  const next = tokens[j];
  if (!next) return false;
  if (requires === 'to' && next.lower === 'to') return true;
  if (next.lower === 'that' || next.text === ':' || next.text === '“' || next.text === '"') return true;
  if (next.text === ',') return tokens[j + 1]?.text === '“' || tokens[j + 1]?.text === '"';
  return SUBJECT_START.test(next.lower) || (isCapitalized(next.text) && !wordClasses(next.lower).has('Date'));
}
