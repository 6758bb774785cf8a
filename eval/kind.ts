// PolNeAR does not label how identifiable a source is, so the harness derives a gold source kind
// from the gold source text. The heuristic, checked in this order:
//   pronoun   the whole source is a pronoun ("he", "They", "which")
//   vague     it starts with a vague quantifier ("some", "many", "several" …) or its head noun is a
//             vague group ("critics", "experts", "observers", "analysts", "sources" …)
//   document  its head noun (or its singular) is a document ("report", "study", "poll", "filing",
//             "memo" …) written in lower case, so "The Washington Post" is not a post
//   named     it contains a capitalised word that is neither a title ("President", "Sen.") nor a
//             group label ("Republican", "U.S."), and is not capitalised only because it starts a
//             sentence: the source's first word counts only if the article never writes it in
//             lower case ("Trump" counts, "Candidates" does not when "candidates" occurs)
//   anonymous otherwise ("a senior official", "a source familiar with the talks")
// The head noun is the last word before the first post-modifier ("of", "by", "that", "who" …).
import type { SourceKind } from '../server/src/analysis/types';

const PRONOUNS = new Set(
  (
    'i me my we us our you your he him his himself she her herself it its itself they them their ' + 'themselves who whom whose which that this these those one'
  ).split(' '),
);
const VAGUE_QUANTIFIERS = new Set('some many several most few various numerous countless multiple other others'.split(' '));
const VAGUE_HEADS = new Set(
  (
    'critics experts observers others analysts pundits commentators insiders skeptics sceptics detractors ' +
    'opponents supporters sources everyone everybody someone somebody'
  ).split(' '),
);
const DOCUMENT_HEADS = new Set(
  (
    'report study statement poll data survey filing memo letter email e-mail article book ad advertisement ' +
    'website site record records document analysis release transcript complaint lawsuit ruling indictment ' +
    'results statistics estimate census tweet post video editorial column story audit review research affidavit paperwork'
  ).split(' '),
);
const TITLES = new Set(
  (
    'president sen senator rep representative gov governor mr mrs ms dr secretary chairman chairwoman chair ' +
    'minister prime judge justice mayor general gen attorney speaker leader director spokesman spokeswoman ' +
    'spokesperson chief vice former sheriff commissioner ambassador rev candidate ceo'
  ).split(' '),
);
const GROUP_LABELS = new Set(
  'republican republicans democrat democrats democratic gop american americans u.s us federal conservative conservatives liberal liberals'.split(' '),
);
// Capitalised at the start of a source without naming anyone.
const FUNCTION_WORDS = new Set(
  (
    'the a an this that these those both all each every any no another such his her their its our my your ' +
    'one two three four five six seven eight nine ten dozens hundreds thousands millions'
  ).split(' '),
);
const POST_MODIFIERS = new Set(
  'of by from for in on at that which who whom released published issued with to about conducted commissioned obtained seen'.split(' '),
);

const WORD = /[\p{L}\d][\p{L}\d'’.&-]*/gu;

function normalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/\.$/, '');
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Words the article writes in lower case: a capitalised first word found here is a common word. */
export function lowercaseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(WORD)) if (/^\p{Ll}/u.test(m[0])) words.add(normalise(m[0]));
  return words;
}

export function goldSourceKind(source: string, lowercase: ReadonlySet<string>): SourceKind {
  const words = source.match(WORD) ?? [];
  const lower = words.map(normalise);
  if (lower.length === 0) return 'anonymous';
  if (lower.length === 1 && PRONOUNS.has(lower[0])) return 'pronoun';
  const cut = lower.findIndex((w, i) => i > 0 && POST_MODIFIERS.has(w));
  const headIndex = (cut === -1 ? lower.length : cut) - 1;
  const head = lower[headIndex];
  if (VAGUE_QUANTIFIERS.has(lower[0]) || VAGUE_HEADS.has(head)) return 'vague';
  const documentHead = DOCUMENT_HEADS.has(head) || DOCUMENT_HEADS.has(head.replace(/s$/, ''));
  if (documentHead && (headIndex === 0 || !isCapitalised(words[headIndex]))) return 'document';
  const named = words.some((w, i) => {
    const n = lower[i];
    if (!isCapitalised(w) || TITLES.has(n) || GROUP_LABELS.has(n) || PRONOUNS.has(n)) return false;
    return i > 0 || !(FUNCTION_WORDS.has(n) || lowercase.has(n));
  });
  return named ? 'named' : 'anonymous';
}
