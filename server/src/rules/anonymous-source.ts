// anonymous-source: an unnamed but specific source. Allowed, but the story should say why.
import { ANONYMITY_REASONS } from '../analysis/sources';
import { embeddedPosts } from '../analysis/embedded-posts';
import { isAct, isReport } from './reporting';
import type { Rule, RuleFinding } from './rule';
import { compilePhrases, quoted } from './helpers';

const REASON = compilePhrases(ANONYMITY_REASONS);
// "60 percent of voters said", "a majority of Republicans say", "two-thirds of respondents": a
// poll's count of its respondents, whose source is the poll (named or not), not a person who
// was granted anonymity.
const SHARE_OF_GROUP =
  /^(?:about |nearly |almost |roughly |only |more than |fewer than |less than |over |under )?(?:\d[\d.,]* ?(?:%|percent|per cent)|(?:a|the) (?:majority|minority|plurality|third|quarter|fifth|half)|(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?)|half) of /i;

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
      REASON.lastIndex = 0;
      if (REASON.test(ctx.model.prose.slice(sentence.start, sentence.end))) return;
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
