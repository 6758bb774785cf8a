// anonymous-source: an unnamed but specific source. Allowed, but the story should say why.
import { ANONYMITY_REASONS, classifySource, isPersonWord, POSITION_QUALIFIERS } from '../analysis/sources';
import { embeddedPosts } from '../analysis/embedded-posts';
import type { Sentence } from '../analysis/model';
import { verbOfForm } from '../analysis/reporting-verbs';
import type { Span } from '../analysis/types';
import { wordClasses } from '../analysis/words';
import { isAct, isReport, isRequest } from './reporting';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { compilePhrases, quoted } from './helpers';
import words from './anonymous-source.words.json';

const REASON = compilePhrases(ANONYMITY_REASONS);
// "60 percent of voters said", "a majority of Republicans say", "two-thirds of respondents": a
// poll's count of its respondents, whose source is the poll (named or not), not a person who
// was granted anonymity.
const SHARE_OF_GROUP =
  /^(?:about |nearly |almost |roughly |only |more than |fewer than |less than |over |under )?(?:\d[\d.,]* ?(?:%|percent|per cent)|(?:a|the) (?:majority|minority|plurality|third|quarter|fifth|half)|(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?)|half) of /i;

// Several people the story could have named: inside a body or where it happened (the data file).
const INSIDERS = new Set(words.insiders.map((e) => e.phrase));

// Words that open a sentence before its subject, not part of the source ("Later the prime minister said").
const OPENER = /^(?:(?:but|and|so|yet|later|then|meanwhile|earlier|now|separately|also)\s+)+/i;
// "the official", "this adviser": a definite description.
const DEFINITE = /^(?:the|this|that|these|those)\s/i;
const plural = (head: string) => /[^s]s$/.test(head) || /^(?:people|men|women|staff)$/.test(head);

/**
 * Whether an unnamed source is someone the story could have named, so that "why not named?" has an
 * answer: one person ("a senior official", "one aide", "a Fifa spokesman", "one of his advisers");
 * several people inside a body or at the scene ("officials", "Campaign aides"); anyone described as
 * in a position to know ("people familiar with the talks"). Not a population ("Democratic voters",
 * "Republicans", "US film professionals", "Judges"), not a thing, a time or a question the framing
 * took for a speaker ("Recent years", "The 60 second ad", "one" of two lawsuits, "why would any
 * rational person"). Each part of a list is read on its own ("the families, supporters and
 * administration officials").
 */
export function couldBeNamed(source: string): boolean {
  const text = source.replace(OPENER, '');
  const lower = text.toLowerCase();
  if (/^(?:why|how|what|whether|if|when)\s/.test(lower)) return false;
  if (POSITION_QUALIFIERS.some((q) => lower.includes(q))) return true;
  return text.split(/,|\b(?:and|or|nor)\b/i).some((part) => {
    const words = part.trim();
    if (!words) return false;
    const { head } = classifySource(words);
    // "one of his warm-up speakers": one person of a group.
    if (/^(?:one|another|a|an)\s+of\s/i.test(words)) return isPersonWord(head.replace(/s$/, ''));
    if (!plural(head)) return isPersonWord(head);
    return INSIDERS.has(head);
  });
}

/**
 * Whether the source is someone the story identifies: a person named in apposition ("The woman, Robin
 * Mantooth,"); a definite description of one person ("the insider", "The Pentagon's recent top
 * adviser on the military campaign", "the bespectacled 71-year-old diplomat"): the story's own
 * person, by role, or the one holder of an office; a definite plural ("the executives", "The Intel
 * researchers") that the story introduced earlier by the same word. Named, they are named; unnamed,
 * their first, indefinite reference carries the query.
 */
function identified(prose: string, source: Span & { text: string }): boolean {
  const text = source.text.replace(OPENER, '');
  const parts = text.split(/,\s*/).slice(1);
  if (parts.some((part) => PERSON_NAME.test(part.trim()) && wordClasses(part.trim().split(/\s+/)[0]!.toLowerCase()).has('FirstName'))) return true;
  // The framing may leave the article before the source ("the bespectacled | 71-year-old diplomat").
  const before = prose.slice(Math.max(0, source.start - 40), source.start);
  // Only a modifier and its head ("71-year-old diplomat") can have lost their article, and only to
  // adjectives between ("the bespectacled, "), not to a clause ("the project, but officials said").
  const words = before.split(/\s+/).filter(Boolean);
  const tail = words.slice(-3);
  let article = tail.length - 1;
  while (article >= 0 && !/^(?:the|this|that)$/i.test(tail[article]!)) article--;
  const between = article < 0 ? null : tail.slice(article + 1);
  const cut =
    between !== null &&
    /\s/.test(text.trim()) &&
    !/^(?:a|an|one|another|some|any|two|three|several|his|her|their|its|our|my|your)\s/i.test(text) &&
    between.every((w) => /^[\p{Ll}-]+,?$/u.test(w) && !/^(?:and|but|or|so|yet|while|as|because|if|when|that|which|who|where|said|says),?$/i.test(w));
  if (!DEFINITE.test(text) && !cut) return false;
  const { head } = classifySource(text);
  if (!plural(head)) return true;
  if (!/^\p{L}{3,}$/u.test(head)) return false;
  const forms = new Set([head, head.replace(/s$/, ''), head.replace(/ies$/, 'y'), head.replace(/men$/, 'man')]);
  return new RegExp(`(?<!\\p{L})(?:${[...forms].join('|')})(?!\\p{L})`, 'iu').test(prose.slice(0, source.start));
}
// "Robin Mantooth", "Jane de Vries": a capitalised name of two to four words.
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:de|van|von|da|di|le|la|\p{Lu}[\p{L}'’.-]+)){1,3}$/u;

// "didn't respond to", "declined to comment", "might wonder": no claim made, or one imagined.
const NO_CLAIM = /^(?:(?:did|does|do|has|have|had|could|would)(?:\s+not|n[’']t)|declined|refused|might|may|could)\b/i;

// "A senior official said the talks had stalled. He was not authorised to speak to the media.": the
// reason may come in the sentence before or after, in the same paragraph.
function reasonNearby(ctx: RuleContext, sentence: Sentence): boolean {
  const index = ctx.sentenceIndex(sentence);
  const sentences = ctx.model.sentences;
  for (const k of [index - 1, index, index + 1]) {
    const s = sentences[k];
    if (!s || s.block !== sentence.block) continue;
    REASON.lastIndex = 0;
    if (REASON.test(ctx.model.prose.slice(s.start, s.end))) return true;
  }
  return false;
}

export const anonymousSource: Rule = {
  id: 'anonymous-source',
  defaultSeverity: 'information',
  description: 'An unnamed source ("a senior official said", "activists said"): say why anonymity was granted.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const posts = embeddedPosts(ctx.model.text);
    ctx.model.attributions.forEach((a, i) => {
      if (a.sourceKind !== 'anonymous' || !a.source || ctx.model.nested[i] || ctx.inQuote(a.cue) || !isReport(a)) return;
      if (SHARE_OF_GROUP.test(a.source.text) || isAct(a, ctx.model.text)) return;
      // A request or a question ("a young woman asked Mrs. Clinton …") makes no claim to source.
      if (isRequest(a) || verbOfForm(a.cue.text.trim().split(/\s+/).pop() ?? '')?.verb.phrase === 'ask') return;
      if (NO_CLAIM.test(a.cue.text) || !couldBeNamed(a.source.text) || identified(ctx.model.prose, a.source)) return;
      // "Her friends have mocked the campaign, … Susan said": inside a named speaker's account, the
      // unnamed people are the speaker's to describe; the story's source is the speaker.
      if (ctx.inAttributedContent(a.source) && ctx.inAttributedContent(a.cue)) return;
      const sentence = ctx.sentenceAt(a.cue.start);
      if (!sentence || !ctx.isCopy(sentence)) return;
      // The same, when the named speaker closes the sentence after a comma or a quotation ("…, calling
      // him “a buffoon,” Susan said as she left"): what comes before is theirs.
      if (
        sentence.attributions.some((j) => {
          const b = ctx.model.attributions[j]!;
          return (
            j !== i &&
            !ctx.model.nested[j] &&
            b.source !== null &&
            b.source.start > a.cue.end &&
            (b.sourceKind === 'named' || b.sourceKind === 'pronoun') &&
            b.cue.start >= b.source.end &&
            /[,”"]\s*$/.test(ctx.model.prose.slice(sentence.start, b.source.start))
          );
        })
      )
        return;
      // "Another person tweeted: “…”" above the embedded post itself: the post names its author.
      const blockEnd = ctx.model.blocks[sentence.block]!.end;
      if (posts.some((post) => post.start >= a.cue.end && (post.start < blockEnd || /^[\s.]*$/.test(ctx.model.text.slice(blockEnd, post.start))))) return;
      if (reasonNearby(ctx, sentence)) return;
      const insertAt = a.source.end;
      findings.push({
        start: a.source.start,
        end: a.source.end,
        message: `Say why anonymity was granted and describe the source as precisely as possible: ${quoted(ctx, a.source)} is not named.`,
        fixes: [
          {
            title: 'Say why the source is not named',
            edits: [{ start: insertAt, end: insertAt, newText: ', who spoke on condition of anonymity because [reason],' }],
            snippet: { at: insertAt, text: ', who spoke on condition of anonymity because ${1:reason},' },
          },
        ],
      });
    });
    return findings;
  },
};
