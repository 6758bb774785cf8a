// passive-attribution: "it is believed", "is thought to be" — someone believed it: who?
import { alternation, formsWhere, reportNouns, type PassiveFrame, type ReportingVerb } from '../analysis/reporting-verbs';
import { wordClasses } from '../analysis/words';
import type { Sentence } from '../analysis/model';
import type { Span } from '../analysis/types';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { attributeFixes, matchesIn, quoted, requiring } from './helpers';

// The verbs come from the reporting-verb lexicon (analysis/reporting-verbs.json): its `passive` flag
// says which agentless frames a verb takes, and every participle and British spelling is generated.
const participles = (frame: PassiveFrame, where: (v: ReportingVerb) => boolean = () => true) =>
  formsWhere((v) => (v.passive ?? []).includes(frame) && where(v), ['participle']);
// Agentless passives of reporting and belief verbs, unless an agent follows ("… by Reuters").
const VERBS = alternation(participles('it-that'));
const ANTICIPATORY_IT = requiring(
  new RegExp(
    `\\bit(?:\\s+(?:is|was|has\\s+been|had\\s+been|is\\s+being|was\\s+being|will\\s+be|would\\s+be|had|has)|['’]s(?:\\s+been)?)\\s+(?:(?:widely|generally|commonly|now|also|long|often|increasingly|further)\\s+)?(?:${VERBS})\\b(?!\\s+(?:by|to|as|for\\s+(?:its|his|her|their|the|a|an))\\b)(?![^.;]{0,40}\\bby\\s+\\p{Lu}[^.;]{0,60}\\bthat\\b)`,
    'giu',
  ),
  new RegExp(`(?:${VERBS})`),
);
const ADVERB = '(?:(?:widely|generally|commonly|now|also|long|often|largely|increasingly|once|still|broadly|universally)\\s+)?';
// A modal before it makes it a hypothetical ("might be expected to"), not a report.
const COPULA =
  "(?<!\\b(?:might|could|would|should|may)\\s+(?:have\\s+)?)(?:is|are|was|were|be|been|being|has\\s+been|have\\s+been|had\\s+been|[’']s(?:\\s+been)?|[’']re)";
// "is thought to be", "are expected to win": a view or a prediction with no one holding it. (A verb
// whose raised passive hedges, "is said to", is hedged-report's.)
const RAISED_VERBS = alternation(participles('to', (v) => !(v.hedge ?? []).includes('passive-to')));
const RAISED_SUBJECT = requiring(
  new RegExp(`\\b${COPULA}\\s+${ADVERB}(?:${RAISED_VERBS})\\s+to\\s+(\\p{L}+)`, 'giu'),
  new RegExp(`(?:${RAISED_VERBS})\\s+to\\s`),
);
// "titles thought to be past their prime", "a job he's widely believed to want", "is widely seen":
// a reduced passive of a view (not of a forecast: "a ruling expected to be made"; and not an act
// many performed: "was widely condemned").
const REDUCED_TO = alternation(participles('to', (v) => !v.forecast));
const WIDELY = alternation(participles('widely'));
const REDUCED = requiring(
  new RegExp(`\\b(?:widely\\s+)?(?:${REDUCED_TO})\\s+to\\s+be\\b|\\bwidely\\s+(?:${WIDELY})\\b`, 'giu'),
  new RegExp(`(?:${REDUCED_TO})|widely`),
);
// "with 2.5 million expected to be sold", "300 jobs forecast to go": a figure that someone forecast,
// in a reduced passive with no one forecasting it (a forecast of anything else is left alone, as in
// REDUCED: "a ruling expected to be made"). The figure, and at most one word of what it counts, is
// the participle's subject.
const FORECAST_TO = alternation(participles('to', (v) => v.forecast === true));
const FIGURE_FORECAST = requiring(new RegExp(`\\b(?:${FORECAST_TO})\\s+to\\s+(?:be\\s+)?\\p{L}+`, 'giu'), new RegExp(`(?:${FORECAST_TO})\\s+to\\s`));
// "is seen as", "has been condemned as", "was widely considered a sham": a characterisation with
// no one doing the seeing; not when its maker follows the quoted characterisation ("have been
// described as “idle speculation” by Downing Street").
const AS_VERBS = alternation([...participles('as'), 'thought of']);
const A_VERBS = alternation(participles('a'));
const SEEN_AS = requiring(
  new RegExp(`\\b${COPULA}\\s+${ADVERB}(?:(?:${AS_VERBS})\\s+as\\b|(?:${A_VERBS})\\s+(?:a|an|the|one|among)\\b)(?![^.;]{0,12}\\bby\\b)`, 'giu'),
  new RegExp(`(?:${AS_VERBS}|${A_VERBS})`),
);
// "there have been accusations that …", "there is speculation that …": a report with no one making
// it (the nouns of report are the lexicon's), unless its maker follows ("accusations by …").
const NOUNS = alternation(reportNouns());
const THERE_ARE = requiring(
  new RegExp(
    `\\bthere(?:\\s+(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been)|['’]s(?:\\s+been)?)\\s+(?:(?:also|now|still|long|growing|widespread|persistent|repeated|renewed|fresh|new|unconfirmed|some|press|media)\\s+){0,2}(?:${NOUNS})(?=\\s+(?:that|[\\p{Lu}]\\p{L}*\\s+(?:is|was|will|would|has|had)\\b))`,
    'giu',
  ),
  new RegExp(`(?:${NOUNS})`),
);
// "President Obama has been criticized for using the term", "Slower economic growth … were blamed for
// the fall in confidence": a judgement passed with no one passing it (the lexicon's `for` frame),
// unless its maker follows in the clause ("was criticised for the delay by the ombudsman"). Not
// after a bare "be" ("could be criticised for"): a prospect.
const FOR_VERBS = alternation(participles('for'));
const JUDGED_FOR = requiring(
  new RegExp(
    `\\b(?:is|are|was|were|(?:(?:has|have|had)\\s+)?been|being)\\s+(?:(?:widely|heavily|roundly|sharply|strongly|repeatedly|often|also|long|frequently|publicly)\\s+)?(?:${FOR_VERBS})\\s+(?:for|over)\\b`,
    'giu',
  ),
  new RegExp(`(?:${FOR_VERBS})\\s+(?:for|over)`),
);
// "Clinton is already receiving criticism", "Republicans have often faced criticism for the lengthy
// ongoing investigation", "Trump's campaign has come under fire for violence": criticism with no
// critic, unless it is said whose ("faced criticism from …", "facing criticism for the move from
// White House hopefuls Hillary Clinton and Donald Trump"). Not the base form, which is a prospect
// ("Take action after and face criticism"), nor fire with no "for" or "over" ("had not come under
// fire", under sniper fire).
const UNSOURCED_CRITICISM =
  /\b(?:(?:receiv|fac)(?:es|ed|ing)|dr(?:aws|ew|awn|awing)|attract(?:s|ed|ing))\s+(?:(?:growing|heavy|widespread|sharp|fierce|strong|intense|much|mounting|harsh|renewed|fresh)\s+)?criticism\b|\bc[oa]m(?:e|es|ing)\s+under\s+(?:(?:heavy|growing|intense|renewed|fresh)\s+)?fire\s+(?:for|over)\b/giu;
// The maker of the judgement or the criticism, named after it in its clause: "by" or "from" right
// after, "by" anywhere in the clause ("for the delay by the ombudsman"), or "from" + a capitalised
// name ("for the move from Senators Ana Ruiz and Tom Hale"; not "from within his own party").
// String search on the rest of the clause, at most 80 characters.
function makerFollows(text: string, end: number, sentenceEnd: number): boolean {
  const rest = text.slice(end, Math.min(sentenceEnd, end + 80));
  const clause = rest.slice(0, Math.min(...[rest.indexOf(';'), rest.indexOf('. ')].map((k) => (k < 0 ? rest.length : k))));
  if (/^\s+(?:from|by)\b/.test(clause) || clause.includes(' by ')) return true;
  const from = clause.indexOf(' from ');
  return from >= 0 && /^\p{Lu}/u.test(clause.slice(from + 6));
}
// "Trump is expected to speak tonight": a scheduled event, not a prediction that needs a source.
const SCHEDULED =
  /^(?:speak|attend|deliver|vote|host|appear|arrive|visit|meet|testify|address|join|return|travel|campaign|hold|take|be|sign|land|leave|announce|unveil|release|open|close|begin|start|end|resume)\b[^.;]{0,60}\b(?:tonight|today|tomorrow|later|next\s+(?:week|month|year)|this\s+(?:week|month|year|morning|afternoon|evening)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at\s+the|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;

// "The senator is expected to speak on Monday" is a scheduled public event. It stops being one
// when what is expected is a figure ("more than 250,000 Iowans are expected to attend"), the
// content of the event ("is expected to announce on Wednesday … that it will pass"), or a date
// nobody has fixed ("had been expected to visit as early as next week"): each is a prediction,
// and the standard asks whose.
const FIGURE = /\d|\b(?:hundreds|thousands|millions|billions|dozens|a\s+record|a\s+majority|half|percent)\b/i;
const CONTENT = /^(?:announce|unveil|release|deliver|sign|say|tell|declare)\b[^;]*\bthat\b/i;
const UNFIXED = /\b(?:as\s+(?:early|soon|late)\s+as|sometime|possibly|perhaps|likely|probably|could|might)\b/i;
function scheduled(before: string, rest: string): boolean {
  if (!SCHEDULED.test(rest) || CONTENT.test(rest) || UNFIXED.test(/^[^.;]*/.exec(rest)![0])) return false;
  // The subject: the words since the last clause break before the verb.
  const subject = before.slice(Math.max(...[',', ';', ':', '—', '–'].map((c) => before.lastIndexOf(c))) + 1);
  return !FIGURE.test(subject);
}

// A word after "to" in the verb slot: anything but a name, a determiner or a pronoun.
function isVerbSlot(word: string): boolean {
  const cls = wordClasses(word.toLowerCase());
  return !/^\p{Lu}/u.test(word) && !cls.has('Determiner') && !cls.has('Pronoun') && !cls.has('Possessive');
}

function isInfinitive(word: string): boolean {
  const cls = wordClasses(word.toLowerCase());
  if (cls.has('Verb')) return true;
  return (
    !/^\p{Lu}/u.test(word) &&
    !cls.has('Determiner') &&
    !cls.has('Pronoun') &&
    !cls.has('Possessive') &&
    !((cls.has('Noun') || cls.has('Plural')) && !cls.has('Verb'))
  );
}

// "described as “idle speculation” by Downing Street": the quoted characterisation, then its maker.
// (Plain code rather than one more lookahead on the pattern.)
function makerAfterQuotedWords(text: string, end: number): boolean {
  let i = end;
  while (text[i] === ' ') i++;
  const open = text[i];
  if (open !== '"' && open !== '“' && open !== '‘' && open !== "'") return false;
  const close = open === '“' ? '”' : open === '‘' ? '’' : open;
  const stop = text.indexOf(close, i + 1);
  if (stop < 0 || stop - i > 50 || /[.;]/.test(text.slice(i + 1, stop))) return false;
  return /^\s+by\b/.test(text.slice(stop + 1, stop + 6));
}

// "Mr Manuel added that inflation fell to 4.3% and is expected to remain low": a verb joined by
// "and" to a speaker's reported clause, with no subject of its own, is still that clause.
function continuesReportedClause(ctx: RuleContext, sentence: Sentence, m: Span): boolean {
  const { attributions, nested, text } = ctx.model;
  return sentence.attributions.some((i) => {
    const c = attributions[i]!.content;
    return (
      !nested[i] &&
      attributions[i]!.source !== null &&
      c !== null &&
      c.end <= m.start &&
      m.start - c.end <= 8 &&
      /^(?:is|are|was|were|has|have|had|will|would|could|may|might)\b/i.test(text.slice(m.start, m.end)) &&
      /^[\s,]*(?:and|but)\s+$/i.test(text.slice(c.end, m.start))
    );
  });
}

// The participle and its verb of a figure's forecast ("expected to be sold"): the word before it is
// a figure ("2.5 million", "hundreds"), or counts one ("300 jobs"), not a speaker ("the 2 million he
// expected to raise") or a verb's subject ("the firm expected to"). Read by string functions on the
// few words before it.
const FIGURE_WORD = /^(?:\d[\d.,]*(?:m|bn|%)?|million|billion|thousand|hundreds|thousands|millions|billions|dozens)$/i;
function figureForecast(ctx: RuleContext, sentence: Sentence, m: Span): Span | null {
  const words = ctx.model.text
    .slice(Math.max(sentence.start, m.start - 40), m.start)
    .trim()
    .split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (FIGURE_WORD.test(last)) return m;
  if (!FIGURE_WORD.test(words[words.length - 2] ?? '') || !/^\p{Ll}+$/u.test(last)) return null;
  const cls = wordClasses(last);
  return cls.has('Pronoun') || cls.has('Determiner') || cls.has('Verb') || cls.has('Adverb') ? null : m;
}

export const passiveAttribution: Rule = {
  id: 'passive-attribution',
  defaultSeverity: 'warning',
  description: 'Agentless attribution that hides who holds the view ("it was reported that", "it is believed", "is thought to be").',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const sentence of ctx.model.sentences) {
      if (!ctx.isCopy(sentence)) continue;
      const first = findings.length;
      for (const pattern of [ANTICIPATORY_IT, RAISED_SUBJECT, REDUCED, SEEN_AS, THERE_ARE, FIGURE_FORECAST, JUDGED_FOR, UNSOURCED_CRITICISM]) {
        for (const found of matchesIn(ctx, sentence, pattern)) {
          const m = pattern === FIGURE_FORECAST ? figureForecast(ctx, sentence, found) : found;
          if (!m) continue;
          if (ctx.inQuote(m) || ctx.inAttributedContent(m) || continuesReportedClause(ctx, sentence, m)) continue;
          if (pattern === SEEN_AS && makerAfterQuotedWords(ctx.model.text, m.end)) continue;
          if ((pattern === JUDGED_FOR || pattern === UNSOURCED_CRITICISM) && makerFollows(ctx.model.text, m.end, sentence.end)) continue;
          if (pattern === REDUCED) {
            const after = ctx.model.text.slice(m.end, m.end + 20);
            // "one of the last widely seen opportunities", "his widely reported remarks": a participle
            // before its noun describes the noun (seen by a large audience), it holds no view.
            const matched = ctx.model.text.slice(m.start, m.end);
            if (
              /^widely\s/i.test(matched) &&
              !/\bbe$/i.test(matched) &&
              !/^\s*(?:as|to|that|by|in|on|at|for|across|among|after|over|because|since|and|but|or)\b|^\s*(?:[,.;:!?)"”’—–]|$)/.test(after)
            )
              continue;
            // "what many people believed to be a campaign killer": the believers are the subject
            // (vague-source's "many people"), not missing.
            const before = ctx.model.text.slice(Math.max(sentence.start, m.start - 40), m.start);
            if (/\b(?:what|which|whom?)\s+(?:\S+\s+){1,3}$/i.test(before) && !/\b(?:is|are|was|were|be|been|being)\s+$|['’]s\s+$/i.test(before)) continue;
          }
          // "is reported to be", not "was reported to police". Only "reported" and "alleged" take a
          // "to" of direction; after "expected to", "thought to" … the word is the verb even when the
          // lexicon knows it only as a noun ("is expected to sign", "to win", "to visit").
          if (pattern === RAISED_SUBJECT) {
            const matched = ctx.model.text.slice(m.start, m.end);
            const next = /\S+$/.exec(matched)![0];
            if (/(?:reported|alleged)\s+to\s+\S+$/i.test(matched) ? !isInfinitive(next) : !isVerbSlot(next)) continue;
            if (
              /expected\s+to\s+\S+$/i.test(matched) &&
              scheduled(ctx.model.text.slice(sentence.start, m.start), ctx.model.text.slice(m.end - next.length, sentence.end))
            )
              continue;
          }
          // One finding per passive, the longest reading: "a job he's widely believed to want"
          // matches as a raised subject and again as a reduced "widely believed".
          const overlapping = findings.findIndex((f, k) => k >= first && f.start < m.end && m.start < f.end);
          if (overlapping >= 0) {
            const kept = findings[overlapping]!;
            if (kept.end - kept.start >= m.end - m.start) continue;
            findings.splice(overlapping, 1);
          }
          findings.push({
            ...m,
            message: `Name who reported or believes this (“… said”, “according to …”): ${quoted(ctx, m)} does not say.`,
            fixes: attributeFixes(ctx, sentence),
          });
        }
      }
    }
    return findings;
  },
};
