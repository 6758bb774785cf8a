// Well-formed fixes. A rule writes its fix for the words it found; what those words sit between is
// the runner's business, the same for every rule: a fix that removes or replaces the first words
// of a sentence keeps its capital ("Sources say …" → "[Source] say …", "It is clear that the
// ceasefire" → "The ceasefire"), and a fix never leaves doubled punctuation where it joins the
// text around it ("voted, predictably, along" → "voted along", "…, who spoke on condition of
// anonymity because [reason]," before a full stop loses its last comma). Pure: text in, fix out.
import type { Span } from './types';
import type { Fix, TextEdit } from './types';

const CLOSING = /^[,.;:!?]/;

/** The fix with its edits tidied against `text`, the document's sentences sorted by start. */
export function tidyFix(text: string, sentences: readonly Span[], fix: Fix): Fix {
  let snippet = fix.snippet;
  const edits = fix.edits.map((edit) => {
    const tidy = tidyEdit(text, sentences, edit, fix.edits);
    if (snippet && snippet.at === edit.start) snippet = { at: tidy.start, text: tidySnippet(snippet.text, edit.newText, tidy.newText) };
    return tidy;
  });
  if (edits.every((e, i) => e === fix.edits[i]) && snippet === fix.snippet) return fix;
  return { ...fix, edits, ...(snippet ? { snippet } : {}) };
}

function tidyEdit(text: string, sentences: readonly Span[], edit: TextEdit, all: readonly TextEdit[]): TextEdit {
  let { start, end, newText } = edit;
  const free = (s: number, e: number) => all.every((o) => o === edit || o.end <= s || o.start >= e);
  let left = start;
  while (left > 0 && text[left - 1] === ' ') left--;
  let right = end;
  while (right < text.length && text[right] === ' ') right++;
  const before = text[left - 1] ?? '';
  const after = text[right] ?? '';
  if (newText === '') {
    // "voted, predictably, along" less "predictably": the two commas were one aside, both go.
    if (before === ',' && after === ',' && free(left - 1, right + 1)) {
      start = left - 1;
      end = right + 1;
    } else if (before === ',' && /[.;:!?]/.test(after) && free(left - 1, end)) {
      start = left - 1;
      end = right;
    } else if (text[start - 1] === ' ' && text[end] === ' ' && free(start, end + 1)) {
      end += 1;
    }
  } else {
    if (newText.endsWith(',') && CLOSING.test(text.slice(end, end + 1))) newText = newText.slice(0, -1);
    if (newText.startsWith(',') && /[,;:]$/.test(text.slice(start - 1, start))) newText = newText.slice(1);
  }
  // The first words of a sentence that began with a capital: what takes their place keeps it.
  const sentence = sentenceAt(sentences, start);
  if (sentence && !/[\p{L}\p{N}]/u.test(text.slice(sentence.start, start))) {
    const was = /\p{L}/u.exec(text.slice(start, sentence.end))?.[0];
    if (was && isUpper(was)) {
      const inserted = /\p{L}/u.exec(newText);
      if (inserted) {
        if (!isUpper(inserted[0])) newText = newText.slice(0, inserted.index) + inserted[0].toUpperCase() + newText.slice(inserted.index + inserted[0].length);
      } else {
        // A removal: the next word now opens the sentence.
        const next = /\p{L}/u.exec(text.slice(end, sentence.end));
        if (next && !isUpper(next[0]) && free(end, end + next.index + next[0].length)) {
          newText = text.slice(end, end + next.index) + next[0].toUpperCase();
          end = end + next.index + next[0].length;
        }
      }
    }
  }
  return start === edit.start && end === edit.end && newText === edit.newText ? edit : { start, end, newText };
}

/** The snippet of an edit whose text was tidied: the same changes, made to the snippet's text. */
function tidySnippet(snippet: string, was: string, now: string): string {
  let out = snippet;
  if (was.endsWith(',') && !now.endsWith(',') && out.endsWith(',')) out = out.slice(0, -1);
  if (was.startsWith(',') && !now.startsWith(',') && out.startsWith(',')) out = out.slice(1);
  const wasLetter = /\p{L}/u.exec(was);
  const nowLetter = /\p{L}/u.exec(now);
  if (wasLetter && nowLetter && wasLetter[0] !== nowLetter[0]) {
    const letter = /(?:\$\{\d+:)?(\p{L})/u.exec(out);
    if (letter) {
      // The letter may be two code units (an astral letter): replace it whole, never half a pair.
      const at = letter.index + letter[0].length - letter[1]!.length;
      out = out.slice(0, at) + letter[1]!.toUpperCase() + out.slice(at + letter[1]!.length);
    }
  }
  return out;
}

function isUpper(letter: string): boolean {
  return letter === letter.toUpperCase() && letter !== letter.toLowerCase();
}

function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
