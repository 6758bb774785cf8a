// Whose voice a word is in, for the rules that query the writer's own judgement (editorializing,
// loaded-adjective): a word inside a quotation, or inside what someone is reported to have said,
// is the speaker's; anything else in the copy is the writer's. The attribution model marks the
// words a report covers; two kinds of words it covers are still the writer's:
//
// - A comment after the quotation a report gives: "According to Woodward, “The New York real
//   estate world is more complex than the CIA,” presumably meaning this will be a focal point".
//   The speaker's words end at the closing mark; what follows, outside the marks and with no verb
//   of saying of its own, is the writer reading the quotation.
// - The topic of a report: "Western Journalism reported recently about a hapless college student".
//   What the outlet reported is not given; "about …" names what it was about, in the writer's words.
import type { Span } from '../analysis/types';
import type { RuleContext } from './rule';

/** True when the span is in the writer's own voice: outside every quotation and every report's words, or in one of the pieces above. */
export function inWritersVoice(ctx: RuleContext, m: Span): boolean {
  if (ctx.inQuote(m)) return false;
  if (!ctx.inAttributedContent(m)) return true;
  const { model } = ctx;
  let covering = 0;
  for (let i = 0; i < model.attributions.length; i++) {
    const a = model.attributions[i]!;
    if (!a.content || model.nested[i] || a.content.start > m.start || m.start >= a.content.end) continue;
    // The source and cue standing inside the content are the attribution itself, not its words.
    if (a.cue.start <= m.start && m.start < a.cue.end) continue;
    covering++;
    if (!afterItsQuotation(ctx, a.content, m) && !topicOf(model.text, a.cue, m)) return false;
  }
  return covering > 0;
}

// A conjunction or a verb of saying between the quotation and the word carries the report on
// ("“…,” and that it was clearly …", "“…,” adding that …"): the words are still the speaker's.
const CARRIES_ON = /\b(?:that|and|but|or|adding|saying|says|said|because|as|while|which|who)\b/i;

/** The report's words open with a quotation and the word comes after its closing mark, as a comment on it. */
function afterItsQuotation(ctx: RuleContext, content: Span, m: Span): boolean {
  const text = ctx.model.text;
  let at = content.start;
  while (at < m.start && /\s/.test(text[at]!)) at++;
  if (!/["“‘']/.test(text[at] ?? '')) return false;
  const quote = ctx.model.quotes.find((q) => q.start <= at && at < q.end);
  if (!quote || quote.end > m.start) return false;
  // Set off by a comma or a dash ("… the CIA,” presumably"): with none, the words after the marks
  // finish the speaker's sentence ("she said “I stood up against the banks” for reckless deals").
  const close = text.slice(Math.max(quote.start, quote.end - 4), quote.end).replace(/\s/g, '');
  const setOff = /[,;—–]["”’']?$/.test(close) || /^\s*[,;—–]/.test(text.slice(quote.end, m.start));
  return setOff && !CARRIES_ON.test(text.slice(quote.end, m.start));
}

// "reported about", "wrote last week about", "reported on": the object is what the report was about.
const TOPIC_VERB = /^(?:report(?:s|ed|ing)?|wr(?:ote|ites|itten|iting)|blogged|posted)$/i;

/** The cue's words are a verb of reporting, at most three words more, and "about" or "on". */
function isTopicCue(cue: string): boolean {
  const words = cue.trim().toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  if (last !== 'about' && last !== 'on') return false;
  const verb = words.findIndex((w) => TOPIC_VERB.test(w));
  return verb >= 0 && words.length - 2 - verb <= 3;
}

/** The cue reports on a topic ("reported recently about …") and the word is in that topic's noun phrase. */
function topicOf(text: string, cue: Span, m: Span): boolean {
  if (!isTopicCue(text.slice(cue.start, cue.end))) return false;
  // The topic ends at the first clause boundary after the cue: what follows a comma may be a report.
  const between = text.slice(cue.end, m.start);
  return !/[,;:—–()"“”]/.test(between);
}
