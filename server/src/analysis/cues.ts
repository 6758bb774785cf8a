// How a cue frames its source and content. The cue tagger finds the cue words; their frame
// decides where the source and the content are looked for.
import type { Token } from './words';

export type CueFrame =
  /** "X said Y", "Y, X said", "“Y,” said X" */
  | 'verb'
  /** "according to X, Y" */
  | 'according'
  /** "X quoted Y as saying Z": Y is the source. */
  | 'quoted-as'
  /** "X: Y" — a name and a colon, as in headlines ("Trump: Cruz has to come a long way"). */
  | 'colon';

export interface CueMatch {
  first: number;
  last: number;
  frame: CueFrame;
  /** For "quoted X as saying": index of "as". */
  asIndex?: number;
}

export function frameOf(tokens: readonly Token[], first: number, last: number): CueMatch {
  const head = tokens[first]!.lower;
  if (head === 'according') return { first, last, frame: 'according' };
  if (head === ':') return { first, last, frame: 'colon' };
  if (head === 'quoted') {
    // "quoted activists as saying", "quoted an unnamed official as telling reporters"
    for (let k = first + 1; k < Math.min(tokens.length - 1, first + 12); k++) {
      if (/^[.;!?]$/.test(tokens[k]!.text)) break;
      if (tokens[k]!.lower === 'as' && /^(?:saying|telling|writing|stating|warning|describing|calling)$/.test(tokens[k + 1]!.lower)) {
        return { first, last: k + 1, frame: 'quoted-as', asIndex: k };
      }
    }
  }
  return { first, last, frame: 'verb' };
}
