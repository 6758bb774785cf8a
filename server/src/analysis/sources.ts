// Classifies a source span by how identifiable it is: named, anonymous, vague, pronoun or
// document. Lexicons are data (source-words.json, each word with a real example).
import words from './source-words.json';
import { formsOfPhrase, formsWhere, reportNouns } from './reporting-verbs';
import type { SourceKind } from './types';
import { isCapitalized, tokenize, wordClasses, type Token } from './words';

const set = (list: { phrase: string }[]) => new Set(list.map((e) => e.phrase));
export const PRONOUNS = set(words.pronouns);
const DOCUMENT_HEADS = set(words.documentHeads);
const VAGUE_HEADS = set(words.vagueHeads);
const VAGUE_DETERMINERS = set(words.vagueDeterminers);
const ANONYMOUS_ROLES = set(words.anonymousRoles);
const INSTITUTIONS = set(words.institutions);
const TITLES = set(words.titles);
const SPECIFIC_QUALIFIERS = words.specificQualifiers.map((e) => e.phrase);
export const ANONYMITY_REASONS = words.anonymityReasons.map((e) => e.phrase);
const CROWD_VERBS = set(words.crowdVerbs);
// The lexicon's nouns of report ("speculation", "rumours", "allegations"), in every spelling.
const REPORT_NOUNS = new Set(reportNouns());
// Roles inside an institution: "officials said", "aides said" are described, anonymous sources,
// not a crowd ("economists say").
const INSIDE_ROLES = new Set(
  'officials sources aides advisers advisors staffers spokesmen spokeswomen diplomats insiders employees investigators executives representatives officers negotiators prosecutors lawyers attorneys commanders authorities staff judges ministers'.split(
    ' ',
  ),
);
// Plural nouns for people or their bodies that a crowd can be made of, beyond the lexicons.
const CROWD_NOUN = /(?:ists|ers|ors|ants|ents|ians|ates|ics|ees)$/;
const CROWD_QUANTIFIER =
  /^(?:some|many|most|several|numerous|various|few|other|others|countless|(?:a\s+)?(?:few|number|handful|growing\s+number|majority)(?:\s+of)?|more\s+and\s+more)\s+/i;

// Words that are capitalised as titles or at the start of a sentence without naming anyone.
const TITLE_WORDS = new Set(
  'the a an mr mrs ms dr sen rep gov gen president secretary senator representative governor general minister spokesman spokeswoman spokesperson chief director chairman chairwoman leader retired former expert officials official some many several critics experts analysts observers sources reports according'.split(
    ' ',
  ),
);
const QUALIFIER_WORDS = new Set(['close', 'familiar', 'involved', 'briefed', 'knowledgeable']);
const HEAD_STOP = new Set([
  'of',
  'who',
  'whom',
  'which',
  'that',
  'with',
  'at',
  'in',
  'for',
  'from',
  'on',
  ',',
  '—',
  '–',
  '-',
  'to',
  'by',
  'close',
  'familiar',
  'involved',
  'briefed',
  '(',
]);

const SHARE =
  /^(?:about |nearly |almost |roughly |around |only |just |some |more than |fewer than |less than |over |under |a mere )?(?:\d[\d.,]*\s?(?:%|percent\b|per cent\b)|(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of) (?:\d+|three|four|five|ten)\b|majorities\b|\p{L}+(?:[- ]\p{L}+)? (?:percent|per cent)\b|(?:a|the) (?:clear |large |small |narrow |slim |big )?(?:majority|minority|plurality|third|quarter|fifth|half)\b|(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?)\b|half\b)/iu;
const RESPONDENTS =
  /\b(?:respondents|(?:people|voters|adults|americans|britons|students|consumers|workers|users|members|participants|parents|patients) (?:surveyed|polled|questioned|interviewed))\b/i;
const SHARE_OF_INSIDERS = /\b(?:officials?|sources?|aides?|advis[eo]rs?|staffers?|diplomats?|insiders?|spokesm[ae]n|people (?:familiar|close))\b/i;

export interface SourceAnalysis {
  kind: SourceKind;
  /** The head word, lower-cased (e.g. "officials", "report", "rahman"). */
  head: string;
}

export function classifySource(text: string): SourceAnalysis {
  // "Sanders and his aides", "She and her defenders", "Neither Cruz nor Christie": a coordinated
  // source with a named person or a pronoun among its parts is that person's account, not an
  // anonymous or vague one; a vague part ("The Clinton campaign and some cybersecurity experts")
  // leaves the whole vague.
  const conjuncts = text.split(/\s(?:and|nor)\s/i).map((part) => part.trim());
  if (conjuncts.length > 1) {
    // Each part is read without the "both", "neither" or "either" that opens it, and as it stands.
    const parts = conjuncts.map((raw) => {
      const words = raw.replace(/^(?:both|neither|either)\s+/i, '').trim();
      const analysis = words ? classifySource(words) : null;
      return { words, analysis, asWritten: words === raw ? analysis : classifySource(raw) };
    });
    for (const { words, analysis } of parts) {
      // Named by a person's name as its last word, or an office ("the candidate"); not by a
      // capital at the start of the sentence ("Current and former officials") or an
      // organisation that carries a name ("The Clinton campaign").
      const wordTokens = tokenize(words).filter((t) => /\p{L}/u.test(t.text));
      const last = wordTokens[wordTokens.length - 1];
      const kind = analysis?.kind;
      if (kind === 'pronoun' || (kind === 'named' && last !== undefined && (isPersonNameToken(last) || (/^the\s/i.test(words) && TITLES.has(last.lower))))) {
        return { kind, head: parts[parts.length - 1]!.asWritten?.head ?? '' };
      }
    }
    const vague = parts.find((p) => p.asWritten?.kind === 'vague');
    if (vague) return vague.asWritten!;
  }
  const tokens = tokenize(text).filter((t) => !/^["“”’‘']$/.test(t.text));
  if (tokens.length === 0) return { kind: 'anonymous', head: '' };
  // "47 percent", "More than half of 2,000 people surveyed", "A majority" (of a vote), "the
  // respondents": a poll's or a ballot's count is the poll's or the ballot's finding, not a person
  // who was granted anonymity. A share of officials is still officials.
  if ((SHARE.test(text) || RESPONDENTS.test(text)) && !SHARE_OF_INSIDERS.test(text)) return { kind: 'document', head: 'poll' };
  const lowers = tokens.map((t) => t.lower);
  const headIndex = findHead(tokens);
  const head = lowers[headIndex]!.replace(/[’']s$/, '');
  const lowerText = text.toLowerCase();

  if (tokens.length <= 2 && PRONOUNS.has(lowers[lowers.length - 1]!)) return { kind: 'pronoun', head };
  if (tokens.length === 1 && PRONOUNS.has(head)) return { kind: 'pronoun', head };
  const named = tokens.some((t, k) => isNameToken(t, k));
  if (isDocumentHead(head)) {
    // "reports", "some reports", "media reports" are the classic vague source; a named report is a document.
    // "a report", "one study" with nothing to find it by is as vague as "some reports".
    const unidentified = /^(?:a|an|one|another)$/.test(lowers[0]!) && !/\b(?:by|from|of|in|published|released)\b/.test(lowerText);
    // "Analysis shows", "Studies show", "Research suggests": the document word alone, with nothing
    // to say whose, is the weasel itself.
    const bare = tokens.length === 1;
    if (!named && (head === 'reports' || VAGUE_DETERMINERS.has(lowers[0]!) || unidentified || bare)) return { kind: 'vague', head };
    return { kind: 'document', head };
  }
  // "The latest speculation suggests", "Rumours say": a noun of report with nothing to say whose (no
  // owner, no "by", "from" or "of") is the weasel itself.
  if (
    !named &&
    REPORT_NOUNS.has(head) &&
    !/\b(?:by|from|of|in)\b/.test(lowerText) &&
    !/[’']s\b/.test(lowerText) &&
    !/^(?:his|her|their|its|our|my|your|this|that|these|those)$/.test(lowers[0]!)
  )
    return { kind: 'vague', head };
  // "officials who have seen the documents", "sources familiar with the talks": described, so
  // anonymous rather than vague.
  // The finder sometimes ends the source on the qualifier's first word ("said a source close | to the
  // campaign"): a qualifier word right after the head describes the source all the same.
  const specific =
    SPECIFIC_QUALIFIERS.some((q) => lowerText.includes(q)) ||
    /\b(?:who|that)\s+(?:have|has|had|were|was|are|is|saw|spoke|attended|worked|know|knew|reviewed|read|heard)\b/.test(lowerText) ||
    QUALIFIER_WORDS.has(lowers[headIndex + 1] ?? '');
  const personNamedAnywhere = tokens.some(isPersonNameToken);
  // "Some Democrats", "many Sanders supporters": a quantifier over a group names no one. Before a
  // number "some" means "about" and counts the group: "seen by some 2 million viewers".
  const counted = lowers[0] === 'some' && (/^\d/.test(lowers[1] ?? '') || wordClasses(lowers[1] ?? '').has('Value'));
  if (
    (VAGUE_DETERMINERS.has(lowers[0]!) && tokens.length > 1 && !specific && !counted && !/^(?:of)$/.test(lowers[1]!)) ||
    (!named && VAGUE_HEADS.has(head) && !specific)
  ) {
    return { kind: 'vague', head };
  }
  // "a source said", "sources told POLITICO": a source with no description at all.
  if (
    (head === 'source' || head === 'sources') &&
    !specific &&
    !personNamedAnywhere &&
    tokens.length <= 3 &&
    !/^(?:this|that|these|those|the|our|my|his|her|their)$/.test(lowers[0]!)
  )
    return { kind: 'vague', head };
  // "both newspapers", "both campaigns": a pair the story has already named (an unnamed pair of
  // roles, "both officials", is still unnamed).
  if (lowers[0] === 'both' && tokens.length <= 3 && !ANONYMOUS_ROLES.has(head) && !VAGUE_HEADS.has(head) && head !== 'sources') return { kind: 'named', head };
  // "the mayor", "the former governor": one office holder, identifiable from the story; "our
  // correspondent" is the publication's own.
  if (
    (lowers[0] === 'the' || (lowers[0] === 'our' && head === 'correspondent')) &&
    (TITLES.has(head) || TITLES.has(lowers.slice(headIndex - 1, headIndex + 1).join(' ')))
  )
    return { kind: 'named', head };
  // "Belgian authorities", "French police": a country's authorities, an institution of it.
  if (
    /^(?:authorities|police)$/.test(head) &&
    headIndex > 0 &&
    isCapitalized(tokens[headIndex - 1]!.text) &&
    /(?:an|ish|ese|ic|ch|i)$/.test(lowers[headIndex - 1]!)
  )
    return { kind: 'named', head };
  if (ANONYMOUS_ROLES.has(head) || VAGUE_HEADS.has(head)) {
    // "a State Department official" is unnamed even though it names the department;
    // "Spokeswoman Haley Morris" names the spokeswoman.
    // Only a name right after the role names the person ("spokeswoman Haley Morris"); "a
    // diplomat in Beirut" names a place.
    const next = tokens[headIndex + 1];
    const personNamed = (next !== undefined && isNameToken(next, headIndex + 1)) || endsWithName(tokens, headIndex);
    return { kind: personNamed ? 'named' : 'anonymous', head };
  }
  // "according to one research firm", "a think-tank group": an organisation with nothing to find
  // it by is as vague as "some reports".
  if (!named && INSTITUTIONS.has(head) && /^(?:a|an|one|another)$/.test(lowers[0]!) && !specific && !/\b(?:by|of|in|at|from)\b/.test(lowerText))
    return { kind: 'vague', head };
  if (named) return { kind: 'named', head };
  if (INSTITUTIONS.has(head) || INSTITUTIONS.has(lowers.slice(-2).join(' '))) return { kind: 'named', head };
  if (wordClasses(head).has('Actor') || wordClasses(head).has('Plural')) return { kind: 'anonymous', head };
  return { kind: lowers[0] === 'the' ? 'named' : 'anonymous', head };
}

// "Expert in Islamic movements' affairs Abdul-Jalil Saeed": a name closes the phrase, and it is
// not the object of a preposition ("a diplomat in Beirut").
function endsWithName(tokens: Token[], headIndex: number): boolean {
  let k = tokens.length - 1;
  if (k <= headIndex || !isNameToken(tokens[k]!, k)) return false;
  while (k - 1 > headIndex && isCapitalized(tokens[k - 1]!.text) && !TITLE_WORDS.has(tokens[k - 1]!.lower)) k--;
  // "a spokesman for Mr Prescott": a courtesy title belongs to the name; the word before it decides.
  while (k - 1 > headIndex && isCapitalized(tokens[k - 1]!.text) && /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|sir|lord|lady)\.?$/.test(tokens[k - 1]!.lower)) k--;
  const before = tokens[k - 1];
  return before !== undefined && !wordClasses(before.lower).has('Preposition') && before.lower !== 'of';
}

function findHead(tokens: Token[]): number {
  let i = 0;
  while (i + 1 < tokens.length && !HEAD_STOP.has(tokens[i + 1]!.lower)) i++;
  // "Two of Bloomberg's advisers", "some of the officials": the head follows "of".
  if (
    tokens[i + 1]?.lower === 'of' &&
    /^(?:one|two|three|four|five|several|some|many|most|few|none|all|both|each|either|neither|dozens|hundreds|\d+)$/.test(tokens[i]!.lower)
  ) {
    const rest = findHead(tokens.slice(i + 2));
    return i + 2 + rest;
  }
  return i;
}

/** A capitalised word that names someone: not a title, not just capitalised to start a sentence. */
function isNameToken(t: Token, index: number): boolean {
  if (!isCapitalized(t.text)) return false;
  const lower = t.lower.replace(/[’']s$/, '');
  if (TITLE_WORDS.has(lower.replace(/\.$/, ''))) return false;
  if (PRONOUNS.has(lower)) return false;
  const cls = wordClasses(lower);
  if (
    index === 0 &&
    !cls.has('FirstName') &&
    !cls.has('LastName') &&
    !cls.has('Place') &&
    !cls.has('Organization') &&
    (cls.has('Noun') || cls.has('Plural') || cls.has('Actor') || cls.has('Determiner') || cls.has('Adjective') || cls.has('Verb'))
  ) {
    return false;
  }
  return true;
}

/**
 * "economists", "Privacy advocates", "some consumer groups", "a number of analysts", "Pundits": a
 * generic or quantified plural noun phrase for people, which names no one whatever noun it uses.
 * Not a set the story defined ("the economists", "his critics", "most of the candidates"), not
 * people described ("economists at the bank", "Clinton strategists"), not an institution's own
 * ("officials", "aides": anonymous-source's).
 */
export function isCrowd(text: string, namedInStory: (word: string) => boolean = () => false): boolean {
  let rest = text.trim().replace(/^(?:but|and|yet|so|while|as)\s+/i, '');
  const quantified = CROWD_QUANTIFIER.exec(rest);
  if (quantified) rest = rest.slice(quantified[0].length);
  const tokens = tokenize(rest);
  if (tokens.length === 0 || tokens.length > 4 || tokens.some((t) => !/^[\p{L}-]+$/u.test(t.text))) return false;
  const lowers = tokens.map((t) => t.lower);
  if (lowers.some((w) => HEAD_STOP.has(w) || /^(?:the|these|those|his|her|their|its|our|my|your|this|that|of|both)$/.test(w))) return false;
  const head = lowers[lowers.length - 1]!;
  const cls = wordClasses(head);
  // "Sanders said": a capitalised head is a name unless the lexicons know it as a crowd ("Critics").
  if (isCapitalized(tokens[tokens.length - 1]!.text) && !(VAGUE_HEADS.has(head) || ANONYMOUS_ROLES.has(head) || cls.has('Actor'))) {
    if (
      tokens.length > 1 ||
      cls.has('FirstName') ||
      cls.has('LastName') ||
      cls.has('Organization') ||
      cls.has('Place') ||
      (cls.size === 0 && !CROWD_NOUN.test(head))
    )
      return false;
  }
  const plural = /[^s]s$/.test(head) || /^(?:people|men|women|others)$/.test(head);
  // People on the ground ("activists", "residents", "witnesses", "officials") are anonymous
  // sources, in a position to know; a crowd of opinion ("critics", "advocates") is vague.
  if (!plural || INSIDE_ROLES.has(head) || (ANONYMOUS_ROLES.has(head) && !VAGUE_HEADS.has(head))) return false;
  // "Even some allies": an adverb the framing took into the source; the rule's own patterns read it.
  if (/^(?:even|also|only|still|just)$/.test(lowers[0]!)) return false;
  if (!(VAGUE_HEADS.has(head) || cls.has('Actor') || CROWD_NOUN.test(head) || /^(?:groups|organisations|organizations|campaigners|people)$/.test(head)))
    return false;
  // A name among the modifiers describes the crowd ("Clinton strategists", "Goldman analysts"); a
  // capital that only opens the sentence, a party or a nationality does not.
  return tokens.slice(0, -1).every((t, k) => {
    if (!isCapitalized(t.text)) return true;
    const c = wordClasses(t.lower);
    if (c.has('FirstName') || c.has('LastName') || c.has('Organization')) return false;
    // Sentence-initial only as a common word the lexicon knows ("Privacy advocates", not "Harlow strategists").
    // Sentence-initial only as a common word, not a name the story capitalises mid-sentence
    // elsewhere ("Privacy advocates"; not "Harlow strategists" in a story about Harlow).
    return (
      (k === 0 && !quantified && !namedInStory(t.text)) ||
      /^(?:Democratic|Republican|GOP|Conservative|Labour|Liberal|Tory|Green)$/.test(t.text) ||
      /(?:an|ish|ese|ic)$/.test(t.lower)
    );
  });
}

/** Whether a cue is a verb of saying or believing that makes its crowd subject a vague source. */
export function isCrowdCue(cue: string): boolean {
  return cue
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => CROWD_FORMS.has(w) || CLAUSE_VERBS.has(w));
}
// Every form of the crowd verbs ("say" → says, said, saying; "worry" → worries, worried), from the
// lexicon's form generator, irregular pasts included.
const CROWD_FORMS = new Set([...CROWD_VERBS].flatMap(formsOfPhrase));
// The lexicon's verbs that report a clause ("stated that", "declared the plan dead"), in every form.
const CLAUSE_VERBS = new Set(formsWhere((v) => v.that === true || v.clause === true));

/**
 * Whether a source is someone who can speak: a noun phrase with a head that names people, a body
 * or a document. A cue the tagger found in the wrong place leaves a fragment before it as its
 * "source": an adjective ("musical notes"), a determiner ("a self-described"), an event ("a
 * rally calling for"), a whole clause ("He flies up in his jet, … to tell"); and "no one" or "not
 * everyone" is nobody in particular.
 */
export function isSpeaker(text: string): boolean {
  const tokens = tokenize(text).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (tokens.length === 0) return false;
  const lowers = tokens.map((t) => t.lower);
  if (/^(?:not\s+(?:everyone|everybody|all)|no\s+one|nobody|none)$/i.test(text.trim())) return false;
  if (SHARE.test(text) || RESPONDENTS.test(text)) return true;
  // A pronoun with a verb after it is a clause, not a subject.
  const raw = tokenize(text);
  if (raw.length > 2 && /^(?:he|she|they|it|we|i|you)$/.test(raw[0]!.lower) && /^\p{L}/u.test(raw[1]!.text)) return false;
  const headIndex = findHead(tokens);
  const head = lowers[headIndex]!.replace(/[’']s$/, '');
  if (isCapitalized(tokens[headIndex]!.text) || PRONOUNS.has(head) || /^\d/.test(head)) return true;
  if (
    DOCUMENT_HEADS.has(head) ||
    DOCUMENT_HEADS.has(head.replace(/s$/, '')) ||
    VAGUE_HEADS.has(head) ||
    ANONYMOUS_ROLES.has(head) ||
    INSTITUTIONS.has(head) ||
    TITLES.has(head)
  )
    return true;
  const cls = wordClasses(head);
  const noun = cls.has('Noun') || cls.has('Actor') || cls.has('Plural');
  if (cls.has('Determiner') || cls.has('Preposition') || (!noun && (cls.has('Adverb') || cls.has('Adjective')))) return false;
  const plural = /[^s]s$/.test(head);
  // "a rally calling for": a word the lexicon knows only as a verb is no one.
  if (!noun && cls.has('Verb') && !plural) return false;
  // "musical notes", "one of 88 piano notes": a lower-case word the lexicon does not know, with no
  // article before it, is a modifier the tagger cut off, not a speaker ("the jury" is one).
  if (cls.size === 0 && !plural && !lowers.slice(0, headIndex).some((w) => /^(?:the|a|an|this|that|our|their|its|his|her)$/.test(w))) return false;
  return true;
}

/**
 * Whether a named source is a person rather than an organisation, outlet or document: "Cynthia
 * Estlund, a professor of labor law" is; "The Daily Caller", "which the Organization for Economic
 * Cooperation and Development" and "CNN" are not. A vague crowd ("legal experts say") is pinned
 * down by one of its members, not by an outlet that reported something else.
 */
export function namesPerson(text: string): boolean {
  const tokens = tokenize(text).filter((t) => !/^["“”’‘']$/.test(t.text));
  // A first or last name compromise knows, or a courtesy title before a name.
  if (tokens.some(isPersonNameToken)) return true;
  if (tokens.some((t, k) => /^(?:mr|mrs|ms|dr|sen|rep|gov|gen)\.?$/.test(t.lower) && tokens[k + 1] !== undefined && isCapitalized(tokens[k + 1]!.text)))
    return true;
  const lowers = tokens.map((t) => t.lower);
  // "the mayor", "the campaign spokeswoman": one person, by office.
  if (lowers.some((w) => TITLES.has(w) || ANONYMOUS_ROLES.has(w))) return true;
  // "The Hill", "which the Organization …": an outlet or body; "CNN": an acronym; "the campaign".
  if (lowers.slice(0, 2).includes('the')) return false;
  if (tokens.some((t) => /^\p{Lu}{2,}$/u.test(t.text))) return false;
  if (lowers.some((w) => INSTITUTIONS.has(w) || DOCUMENT_HEADS.has(w))) return false;
  return tokens.some((t) => isCapitalized(t.text));
}

/**
 * Whether a word names a person by what they are or do ("spokesman", "official", "researcher",
 * "columnist", "speechwriter"), not a thing, a time or a group word ("the ad", "Recent years",
 * "services", "one"). Read on a source's head (classifySource's `head`).
 */
export function isPersonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (ANONYMOUS_ROLES.has(w) || TITLES.has(w) || VAGUE_HEADS.has(w) || w === 'source' || w === 'sources') return true;
  if (wordClasses(w).has('Actor')) return true;
  // "an attendee", "one nominee": -ee names the person, not "committee" or "degree".
  if (/[^e]ees?$/.test(w) && w.length > 5 && !/(?:committee|guarantee|jubilee|coffee|degree|decree|pedigree|marquee|toffee|settee|filigree)s?$/.test(w))
    return true;
  return /(?:ist|ian|man|woman|men|women|person|people|writer|maker|holder|keeper|worker|owner|leader|member|officer|manager|director|adviser|advisor)s?$/.test(
    w,
  );
}

/**
 * The qualifiers that put an unnamed source in a position to know ("familiar with the talks",
 * "close to the campaign", "who attended"), not a place or a body named after it ("at the",
 * "of the": "Administrators of the ranch").
 */
export const POSITION_QUALIFIERS = SPECIFIC_QUALIFIERS.filter((q) => !/^(?:at|in|of|from|with|inside) the$/.test(q));

/** Whether a source's head is a document ("a new poll", "one report", "reports"). */
export function isDocumentSource(text: string): boolean {
  return isDocumentHead(classifySource(text).head);
}

function isDocumentHead(head: string): boolean {
  return DOCUMENT_HEADS.has(head) || DOCUMENT_HEADS.has(head.replace(/s$/, '')) || DOCUMENT_HEADS.has(head.replace(/ies$/, 'y'));
}

/** A capitalised first or last name the lexicon knows, not an organisation's ("Cynthia", "Estlund's"). */
function isPersonNameToken(t: Token): boolean {
  const c = wordClasses(t.lower.replace(/[’']s$/, ''));
  return isCapitalized(t.text) && (c.has('FirstName') || c.has('LastName')) && !c.has('Organization');
}
