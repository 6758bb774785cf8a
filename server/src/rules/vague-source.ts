// vague-source: a statement attributed to someone the reader cannot identify.
import type { Sentence } from '../analysis/model';
import type { Span } from '../analysis/types';
import { identifiedNearby, unnamedByDefinition, type VagueContext } from '../analysis/vague-sources';
import { isAct, isReport, isRequest } from './reporting';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { compilePhrases, matchesIn, ONLY_IF_SAID, quoted } from './helpers';
import phrases from './vague-source.words.json';
import crowds from './vague-source.crowds.json';
import { wordClasses } from '../analysis/words';
import { verbForms } from '../analysis/reporting-verbs';

// Vague constructions the attribution finder does not frame as source + cue ("many are saying").
const VAGUE_PATTERN = compilePhrases(phrases.map((p) => p.phrase));
// "Many thought …", "Others wonder …", "what many people believed": a bare quantifier as the
// speaker, the weasel itself. It must stand as the subject (after the start of the sentence, a
// comma or a conjunction), not quantify a noun ("some think tanks"); "few thought to bring a coat"
// is remembering, not believing. "Some accused Trump of inciting violence", "Many also consider the
// film to portray a kitsch image": an accusation or a view; "others consider moving there" weighs a plan.
const BARE_QUANTIFIER =
  /(?<=^|[,;:—–(] ?|\b(?:and|but|while|though|although|as|what|whom?|that|which) )(?:many|some|others|few)(?: people)? (?:(?:have|had|still|also) )?(?:thought(?!\s+to\s+(?!be\b|have\b))|think|believe[sd]?|argue[sd]?|wonder(?:ed)?|fear(?:ed)?|suspect(?:ed)?|contend(?:ed)?|speculated?|predict(?:ed)?|insist(?:ed)?|claim(?:ed)?|suggest(?:ed)?|accused|urged|consider(?:ed)?|say|said)\b(?!\s+tanks?\b)/giu;
// "was viewed as a victory by some in the movement", "is considered by many to be": a passive whose
// agent is a bare quantifier, or a quantified crowd ("which is considered an traditional folk song
// by many filmgoers", "what would come to be derisively known by some Republicans as a “hug”"). The
// participle is looked for before "by" in the rule.
const VAGUE_AGENT = /\bby (?:some|many|others)\b(?=[,.;:)—–]|$| (?:in|on|within|inside|outside|as|to|who)\b)/giu;
// The quantifier of a crowd agent; the crowd (at most one modifier and a plural) is read in the rule.
const VAGUE_AGENT_CROWD = /\bby (?:some|many|several|numerous) /giu;
// What may follow the agent: the end of the clause, or a preposition or "as" of the passive's frame.
const AFTER_AGENT = /^(?:[,.;:)—–]|$| (?:in|on|within|inside|outside|as|to|who)\b)/;
const AGENT_PARTICIPLE =
  /\b(?:seen|viewed|regarded|considered|described|criticized|criticised|praised|hailed|dismissed|deemed|perceived|labell?ed|branded|blamed|credited|derided|touted|characteri[sz]ed|called|known)\b/i;
// A crowd as the subject of a verb of saying or believing, for the crowds the attribution finder
// does not read as a speaker ("many economists say is the future", "even some allies questioned
// why"). The words are data (vague-source.crowds.json, each with a PolNeAR train sentence):
// `groups` are vague only with a quantifier ("Republicans say" is the party, an identifiable
// collective; "some Republicans say" is not), `specialists` are vague even bare ("legal experts
// suggest", "critics point to"). "Officials" and "sources" are not here: described officials are
// anonymous-source's, bare sources are in the phrase list.
const GROUPS = crowds.groups.map((g) => g.word).join('|');
const SPECIALISTS = crowds.specialists.map((g) => g.word).join('|');
// The crowds are plural, so a verb is its base form or its past: "economists suggests" has another
// subject ("research … by four economists suggests"). The forms are the lexicon's (verbForms).
const spaced = (form: string) => form.replace(/ /g, '\\s+');
function inflect(verb: string, progressive: boolean): string[] {
  const forms = verbForms(verb);
  // A verb whose past is its base ("forecast") is listed once: a repeated alternative makes the
  // pattern ambiguous, and slow to fail.
  const simple = [...new Set([...forms.base, ...forms.past])].map(spaced);
  // "had been predicting", "are saying": the progressive, after its own "been" or "are".
  return progressive ? [...simple, ...forms.gerund.map((g) => '(?:are|were|been)\\s+' + spaced(g))] : simple;
}
// (The progressive only after a bare specialist: with the quantifier's modifiers before the group,
// recheck finds the longer pattern backtracks.)
const verbsOf = (skip: RegExp, progressive = false) =>
  crowds.verbs
    .filter((v) => !skip.test(v.word))
    .flatMap((v) => inflect(v.word, progressive))
    .join('|');
const CROWD_VERBS = verbsOf(/^said$/);
// "Analysts expected $1.11 a share" is the market's consensus estimate, a convention of earnings
// copy, not a weasel: a bare specialist does not "expect".
const SPECIALIST_VERBS = verbsOf(/^(?:said|expect)$/, true);
const ALSO = '(?:\\s+(?:have|has|had|also|still|long|now|generally|privately|openly|even|often|increasingly))?';
// "leads many cyber experts to suspect": a view the story pins on a crowd it causes to hold it.
// After one of these verbs, "to" may come between the crowd and its verb.
const CAUSATIVE = /\b(?:lead|leads|led|leading|leave|leaves|leaving|left|prompt|prompts|prompted|prompting|cause|causes|caused|causing)\s+$/i;
const QUANTIFIER = '(?:some|many|several|other|most|numerous|a\\s+few|a\\s+number\\s+of)';
// "some Democrats say", "several Clinton supporters said", "many experts and some lawmakers say".
// Up to two modifiers between the quantifier and the group ("some veteran GOP strategists"), not
// "of the" ("most of the candidates", a set the story has already defined).
const QUANTIFIED_CROWD = new RegExp(
  `\\b${QUANTIFIER}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${GROUPS})(?:\\s+(?:and|or)\\s+(?:${QUANTIFIER}\\s+)?(?:${GROUPS}))?(?:,\\s+who)?${ALSO}\\s+(?:to\\s+)?(?:${CROWD_VERBS})\\b`,
  'giu',
);
// "Legal experts suggest", "critics point to", "legal experts, who worry that": the modifiers
// before the head are read in the rule (a possessive or "the" pins the crowd down).
const SPECIALIST = new RegExp(`\\b(?:${SPECIALISTS})(?:,\\s+who)?${ALSO}\\s+(?:${SPECIALIST_VERBS})\\b`, 'giu');
// A party named as a modifier leaves the crowd vague ("Democratic strategists say"); another
// capitalised word describes it ("Clinton strategists", "Goldman analysts": anonymous, not vague).
const PARTY = /^(?:Democratic|Republican|GOP|Conservative|Liberal|Progressive|Democrat)$/;
const PINNING = /^(?:the|these|those|such|this|that|its|their|his|her|our|your|my|whose)$/i;
const FUNCTION_WORD =
  /^(?:and|or|but|nor|that|which|who|whom|as|while|because|when|if|although|though|since|so|than|to|of|in|on|at|for|with|by|from|what|where|how|why|even|yet|also|said|say|says|but|is|are|was|were)$/i;
const QUANTIFIER_WORD = /^(?:some|many|several|other|most|few|numerous)$/i;
// What a market consensus estimates: earnings or sales per share, in money ("$1.11 a share", "35
// cents"). "Economists expect further rate cuts" is a crowd's view, not that convention.
const CONSENSUS_FIGURE = /[$£€]\s?\d|\d\s?(?:cents|pence)\b|\b(?:a|per)\s+share\b/i;
// "according to reports from the Tass news agency", "reports by the Financial Times": reports named
// by who published them are documents, not the vague "reports".
const NAMED_PUBLISHER = /^\s+(?:from|by|in|of)\s+(?:the\s+)?\p{Lu}/u;
// A prepositional phrase of time or place after the verb of a cue ("thought after the recall",
// "said in a statement"): part of the cue for PolNeAR, but not of what the rule underlines.
const SETTING_TAIL = /\s(?:after|before|during|in|on|at|over|with|from)\s/i;

const SPECULATED = /^(?:(?:may|might|could|must)\s+have\s+\p{L}+|(?:can|could)\s+(?:see|tell))$/iu;

let customKey = '';
let customPattern: RegExp | null = null;

export const vagueSource: Rule = {
  id: 'vague-source',
  defaultSeverity: 'warning',
  description: 'Attribution to a source the reader cannot identify ("according to some reports", "sources say", "experts believe").',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const seen: Span[] = [];
    ctx.model.attributions.forEach((a, i) => {
      // The core's one verdict (analysis/vague-sources.ts): not a report, or pinned down by a named
      // speaker nearby, is not queried; a vague document named nearby is a document already.
      if (ctx.vagueVerdicts[i] !== 'query' || !a.source || ctx.inQuote(a.cue)) return;
      // "Other news organizations have asked for copies": a request for a thing, not a claim.
      if (/\bask(?:s|ed|ing)?\s+for$/i.test(a.cue.text) || isAct(a, ctx.model.text) || isRequest(a)) return;
      // The writer's guess at what a crowd thought ("Some students may have thought that …") or
      // could see ("Everyone can see this guy is a fraud") is no one's report.
      if (SPECULATED.test(a.cue.text)) return;
      // "the 35 cents that analysts expected": the consensus estimate (see SPECIALIST_VERBS), unless a
      // quantifier makes it a crowd's guess ("some analysts expected").
      const sentence = ctx.sentenceAt(a.cue.start);
      if (
        /\bexpect\w*$/i.test(a.cue.text) &&
        !QUANTIFIER_WORD.test(a.source.text.split(/\s+/)[0]!) &&
        sentence &&
        CONSENSUS_FIGURE.test(ctx.model.prose.slice(sentence.start, sentence.end))
      )
        return;
      // Someone else's paraphrase ("Palmieri noted that experts say …") is theirs to source.
      if (ctx.inAttributedContent(a.cue) && !(sentence && onlyOwnContent(ctx, sentence, i))) return;
      // "Campaigners have said …" in a story that named "Campaign for Borders Rail": the members of
      // a body the story has named, not an unknown crowd.
      if (membersOfNamedBody(ctx.model.prose, a.source)) return;
      // "sources who have seen the correspondence", "a source familiar with …": described.
      if (/^\s*,?\s*(?:who|that|familiar|close\s+to|with\s+knowledge|briefed|involved)\b/i.test(ctx.model.prose.slice(a.source.end, a.source.end + 40))) return;
      // The cue without a setting the tagger ran on into ("Many thought | after the recall").
      const setting = SETTING_TAIL.exec(a.cue.text);
      const cueEnd = setting ? a.cue.start + setting.index : a.cue.end;
      const span = { start: Math.min(a.source.start, a.cue.start), end: Math.max(a.source.end, cueEnd) };
      seen.push(span);
      findings.push(finding(ctx, span, a.source));
    });
    const patterns = [
      VAGUE_PATTERN,
      BARE_QUANTIFIER,
      VAGUE_AGENT,
      VAGUE_AGENT_CROWD,
      QUANTIFIED_CROWD,
      SPECIALIST,
      customPhrases(ctx.options.vaguePhrases),
    ].filter((p): p is RegExp => p !== null);
    // A match lies inside its sentence, so only the spans that overlap the sentence can overlap it.
    seen.sort((a, b) => a.start - b.start);
    let firstSeen = 0;
    for (const sentence of ctx.model.sentences) {
      while (firstSeen < seen.length && seen[firstSeen]!.end <= sentence.start) firstSeen++;
      const near: Span[] = [];
      for (let k = firstSeen; k < seen.length && seen[k]!.start < sentence.end; k++) if (sentence.start < seen[k]!.end) near.push(seen[k]!);
      for (const pattern of patterns) {
        for (const found of matchesIn(ctx, sentence, pattern)) {
          const m =
            pattern === SPECIALIST
              ? specialistCrowd(ctx, sentence, found)
              : pattern === QUANTIFIED_CROWD
                ? quantifiedCrowd(ctx, sentence, found)
                : pattern === VAGUE_AGENT_CROWD
                  ? crowdAgent(ctx.model.prose, sentence, found)
                  : found;
          if (!m) continue;
          // "others consider moving there": weighing a plan, not holding a view.
          if (
            pattern === BARE_QUANTIFIER &&
            /consider(?:ed)?$/i.test(ctx.model.text.slice(m.start, m.end)) &&
            /^\s+\p{L}+ing\b/u.test(ctx.model.text.slice(m.end, m.end + 30))
          )
            continue;
          if (near.some((s) => s.start < m.end && m.start < s.end) || ctx.inQuote(m) || ctx.inAttributedContent(m)) continue;
          if (pattern === VAGUE_PATTERN && NAMED_PUBLISHER.test(ctx.model.prose.slice(m.end, m.end + 60))) continue;
          if (
            (pattern === VAGUE_AGENT || pattern === VAGUE_AGENT_CROWD) &&
            !AGENT_PARTICIPLE.test(ctx.model.text.slice(Math.max(sentence.start, m.start - 60), m.start))
          )
            continue;
          // The phrase's crowd pinned down next, as for a found speaker: "Some observers say …
          // 'I think it can work,' said Louisa Ermelino".
          const phrase = ctx.model.text.slice(m.start, m.end);
          // Two crowds ("many experts and some lawmakers say") are not pinned down by one person:
          // naming a lawmaker next leaves the experts unknown.
          const twoCrowds = pattern === QUANTIFIED_CROWD && /\s(?:and|or)\s/i.test(phrase);
          if (!unnamedByDefinition(phrase) && !twoCrowds && identifiedNearby(vagueContext(ctx), sentence, m.end, /\breports?\b/i.test(phrase))) continue;
          near.push(m);
          findings.push(finding(ctx, m, crowdOf(ctx, pattern, m)));
        }
      }
    }
    return findings;
  },
};

/**
 * Whether a bare plural source is the members of a body the story named before it: "Campaigners"
 * after "Anne Borthwick, of Campaign for Borders Rail". The body's name is two or more capitalised
 * words (with "for", "of", "the", "and" between) that include the crowd's stem ("campaign" for
 * "campaigners"), capitalised as a name; a stem of six letters or more, so that "unionists" is not
 * read into "European Union".
 */
function membersOfNamedBody(prose: string, source: Span & { text: string }): boolean {
  const text = source.text.trim();
  if (!/^\p{L}+$/u.test(text)) return false;
  const stem = text.toLowerCase().replace(/(?:ers|ors|ists|s)$/, '');
  if (stem.length < 6) return false;
  const name = stem[0]!.toUpperCase() + stem.slice(1);
  const before = prose.slice(0, source.start);
  for (let at = before.indexOf(name); at >= 0; at = before.indexOf(name, at + 1)) {
    const after = before.slice(at + name.length, at + name.length + 40);
    const prior = before.slice(Math.max(0, at - 30), at);
    // "Campaign for Borders Rail", "Borders Rail Campaign": the word inside a capitalised name.
    const trimmed = prior.trimEnd();
    const wordBefore = trimmed.length < prior.length ? trimmed.slice(trimmed.lastIndexOf(' ') + 1) : '';
    if (/^\s+(?:(?:for|of|the|and|to)\s+)*\p{Lu}/u.test(after) || /^\p{Lu}\p{L}*$/u.test(wordBefore)) {
      if (/^(?:\P{L}|$)/u.test(after)) return true;
    }
  }
  return false;
}

// The crowd itself, up to its last group word (the fix replaces it, not the verb).
const CROWD_HEAD = new RegExp(`^[^,]*\\b(?:${GROUPS}|${SPECIALISTS})\\b`, 'iu');

// The crowd a phrase the rule matched names: "by [source]", "[source] thought".
function crowdOf(ctx: RuleContext, pattern: RegExp, m: Span): Span {
  const text = ctx.model.text.slice(m.start, m.end);
  if (pattern === VAGUE_AGENT || pattern === VAGUE_AGENT_CROWD) return { start: m.start + 3, end: m.end };
  if (pattern === BARE_QUANTIFIER) return { start: m.start, end: m.start + /^\S+(?: people)?/i.exec(text)![0].length };
  if (pattern === QUANTIFIED_CROWD || pattern === SPECIALIST) return { start: m.start, end: m.start + CROWD_HEAD.exec(text)![0].length };
  return m;
}

// "by many filmgoers.", "by some Republicans as …": the quantifier's crowd, a plural with at most
// one modifier before it, then the end of the clause or the passive's "as", "to" … (read by string
// search on the words after the quantifier). Null when no such crowd follows.
function crowdAgent(prose: string, sentence: Span, m: Span): Span | null {
  const rest = prose.slice(m.end, Math.min(sentence.end, m.end + 60));
  const words = rest.split(' ', 3);
  for (let n = 1; n <= 2 && n <= words.length; n++) {
    let word = words[n - 1]!;
    while (word && ',.;:)—–'.includes(word[word.length - 1]!)) word = word.slice(0, -1);
    if (!/^[\p{L}-]+$/u.test(word)) return null;
    const end = m.end + words.slice(0, n - 1).reduce((k, w) => k + w.length + 1, 0) + word.length;
    if (word.length > 2 && word.endsWith('s') && AFTER_AGENT.test(prose.slice(end, Math.min(sentence.end, end + 10)))) return { start: m.start, end };
  }
  return null;
}

// "the most optimistic Democrats doubt", "one of the other analysts": a crowd the story has set
// out already, or a superlative, not a quantifier.
function quantifiedCrowd(ctx: RuleContext, sentence: Sentence, m: Span): Span | null {
  const before = ctx.model.prose.slice(Math.max(sentence.start, m.start - 12), m.start);
  if (/\b(?:the|of|these|those|his|her|their|its|our)\s+$/i.test(before)) return null;
  // "asked some voters to think about it" is a request; "led many experts to suspect" a view.
  if (/\sto\s+\S+$/i.test(ctx.model.prose.slice(m.start, m.end)) && !CAUSATIVE.test(before)) return null;
  // "most of the candidates said": among the modifiers (kept out of the pattern, whose analysis a
  // lookahead there makes slow).
  return /^\S+\s+(?:\S+\s+)?(?:of|the)\s/i.test(ctx.model.prose.slice(m.start, m.end)) ? null : m;
}

// The modifiers before a bare specialist head: "legal experts", "Public health experts",
// "Democratic strategists" stay vague and join the span; "the experts", "his critics", "Clinton
// strategists" are pinned down or described, and are left alone.
function specialistCrowd(ctx: RuleContext, sentence: Sentence, m: Span): Span | null {
  const prose = ctx.model.prose;
  let start = m.start;
  for (let n = 0; n < 3; n++) {
    // The word before, and the length it and its space take (string search: a regex anchored at
    // the end of the slice is quadratic).
    const chunk = prose.slice(Math.max(sentence.start, start - 40), start);
    const trimmed = chunk.trimEnd();
    if (!trimmed || trimmed.length === chunk.length) break;
    const space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\t'));
    const consumed = chunk.length - space - 1;
    const word = trimmed.slice(space + 1).replace(/^[("“‘'\[]+/u, '');
    if (!/^[\p{L}-]+(?:['’]s)?$/u.test(word)) break;
    if (PINNING.test(word) || /['’]s$/.test(word)) return null;
    if (QUANTIFIER_WORD.test(word)) {
      start -= consumed;
      break;
    }
    if (FUNCTION_WORD.test(word) || n === 2 || isVerb(word)) break;
    if (/^\p{Lu}/u.test(word) && !PARTY.test(word)) {
      // Capitalised only because it opens the sentence ("Legal experts …", "Election scholars …"),
      // not a name ("Clinton strategists think …": a name, or capitalised mid-sentence elsewhere).
      const initial = /^[\s("“‘'\[]*$/u.test(prose.slice(sentence.start, start - consumed));
      if (!initial || isName(prose, word)) return null;
    }
    start -= consumed;
  }
  return { start, end: m.end };
}

// "The ruling alarmed tax experts, who worry …": a past form before the crowd is the verb of the
// clause, not one of its modifiers (the lexicon is too thin to tell "tax" the noun from the verb,
// so only the -ed form is read).
function isVerb(word: string): boolean {
  return /^\p{Ll}+ed$/u.test(word);
}

const NAME_CLASSES = ['FirstName', 'LastName', 'Place', 'Organization', 'Honorific'] as const;
// A capitalised word that is a name: the lexicon says so, or the story capitalises it after a
// lower-case word ("… said Clinton", "the Goldman report").
function isName(prose: string, word: string): boolean {
  const classes = wordClasses(word.toLowerCase());
  if (NAME_CLASSES.some((c) => classes.has(c))) return true;
  for (let at = prose.indexOf(word); at >= 0; at = prose.indexOf(word, at + word.length)) {
    const after = prose.charAt(at + word.length);
    if (/[\p{L}\p{N}]/u.test(after)) continue;
    if (/[\p{Ll},]\s+$/u.test(prose.slice(Math.max(0, at - 3), at))) return true;
  }
  return false;
}

// "G4S receives, according to one report, $234 million …": an "according to" set inside its own
// content, which is no one else's report. True when no other report in this sentence or the one before
// covers the cue.
function onlyOwnContent(ctx: RuleContext, sentence: Sentence, own: number): boolean {
  const { attributions, nested, sentences } = ctx.model;
  const a = attributions[own]!;
  if (!/^according\s+to$/i.test(a.cue.text) || !a.content || a.content.start > a.cue.start || a.cue.start >= a.content.end) return false;
  const index = ctx.sentenceIndex(sentence);
  return ![sentences[index - 1], sentence].some((s) =>
    s?.attributions.some((j) => {
      const b = attributions[j]!;
      // "The Treasury said …, according to some reports.": the reports carry the Treasury's words
      // too, so the "according to" is the story's own sourcing, not inside the Treasury's account.
      const outer = a.content!.start <= b.cue.start && b.cue.end <= a.content!.end;
      return j !== own && !nested[j] && b.source && b.content && isReport(b) && !outer && b.content.start <= a.cue.start && a.cue.start < b.content.end;
    }),
  );
}

const vagueContext = (ctx: RuleContext): VagueContext => ({ model: ctx.model, sentenceIndex: ctx.sentenceIndex, sentenceAt: ctx.sentenceAt, isReport });

function finding(ctx: RuleContext, span: Span, source: Span): RuleFinding {
  const named = ctx.namedSourcesNear(span.start, 3);
  return {
    ...span,
    message: `Name the source, or cite the specific report or document: ${quoted(ctx, source)} does not tell the reader who is speaking.`,
    fixes: [
      {
        title: 'Replace with a named source …',
        edits: [{ start: source.start, end: source.end, newText: '[source]' }],
        preferred: true,
        snippet: { at: source.start, text: '${1:source}' },
      },
      ...named.map((n) => ({
        title: `Replace ${quoted(ctx, source)} with ${n.text}${ONLY_IF_SAID}`,
        edits: [{ start: source.start, end: source.end, newText: n.text }],
      })),
    ],
  };
}

function customPhrases(list: readonly string[]): RegExp | null {
  if (list.length === 0) return null;
  const key = list.join('\u0000');
  if (key !== customKey) {
    customKey = key;
    customPattern = compilePhrases(list);
  }
  return customPattern;
}
