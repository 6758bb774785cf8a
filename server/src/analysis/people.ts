// The people of a story, built once per document: each person's full name as the story introduces
// them, with the titles and roles it gives them ("Council leader Amanda Price", "Oscar-winning
// actress Susan Sarandon", "Post Editor-in-Chief Martin Baron", "Baron, the executive editor"),
// and the outlets a source spoke to ("told BBC Sport"), which are listeners, not speakers. Later
// references resolve to a person: the surname alone ("Price told the meeting", even when the
// surname is an ordinary word), a title and the surname ("Mr Blair", "Lord Dubs") and a role the
// story gave them ("the actress", "the diplomat").
import words from './source-words.json';
import type { Span } from './types';
import { isCapitalized, tokenize, wordClasses, type Token, type TokenFacts } from './words';

export interface Person {
  /** The name as the story first writes it, without titles ("Amanda Price"). */
  name: string;
  /** The last word of the name, lower-cased ("price"). */
  surname: string;
  /** Titles written before the name ("Sir", "Council leader", "Post Editor-in-Chief"). */
  titles: string[];
  /** Role nouns the story gives the person, lower-cased ("leader", "actress", "editor"). */
  roles: string[];
  /** The first full mention. */
  introduced: Span;
}

export interface PeopleModel {
  people: Person[];
  /** Outlets and listeners a source spoke to ("told BBC Sport", "told the Associated Press"). */
  outlets: Span[];
  /** Lookups over this document's people and outlets, made when first asked (see lookupsOf). */
  lookups?: PeopleLookups;
}

/**
 * Every source of a document is resolved against its people: scanning the whole list each time
 * made a long document (or one huge paragraph) quadratic. People come in the order the story
 * introduces them and outlets in the order they occur, so "the last one before" is a binary search.
 */
interface PeopleLookups {
  /** People by surname and by role (a person once per role), each list in document order. */
  bySurname: Map<string, Person[]>;
  byRole: Map<string, Person[]>;
  /** Per outlet, in order of start, the furthest end of it and every outlet before it. */
  outletReach: number[];
  /** Whether people and outlets are in order of start (always, for a model from buildPeople). */
  ordered: boolean;
}

function lookupsOf(model: PeopleModel): PeopleLookups {
  if (model.lookups) return model.lookups;
  const bySurname = new Map<string, Person[]>();
  const byRole = new Map<string, Person[]>();
  let ordered = true;
  model.people.forEach((p, i) => {
    if (i > 0 && model.people[i - 1]!.introduced.start >= p.introduced.start) ordered = false;
    push(bySurname, p.surname, p);
    for (const role of new Set(p.roles)) push(byRole, role, p);
  });
  const outletReach: number[] = [];
  model.outlets.forEach((o, i) => {
    if (i > 0 && model.outlets[i - 1]!.start > o.start) ordered = false;
    outletReach.push(Math.max(o.end, outletReach[i - 1] ?? -Infinity));
  });
  return (model.lookups = { bySurname, byRole, outletReach, ordered });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The number of leading items whose start is at most `at`, in a list ordered by start. */
function countStartingBy<T>(items: readonly T[], startOf: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]!) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** latest(people.filter((p) => p.introduced.start <= at)), for people in document order. */
function latestBy(people: readonly Person[], at: number, ordered: boolean): Person | null {
  if (!ordered) return latest(people.filter((p) => p.introduced.start <= at));
  const n = countStartingBy(people, (p) => p.introduced.start, at);
  return n > 0 ? people[n - 1]! : null;
}

/**
 * People the story introduces inside a span, after its first character (a name in an
 * appositive to a source: "Another former lawmaker, Sen. Joe Lieberman (I-Conn.),").
 */
export function peopleIntroducedWithin(model: PeopleModel, span: Span): Person[] {
  const inside = (p: Person) => span.start < p.introduced.start && p.introduced.end <= span.end;
  const x = lookupsOf(model);
  if (!x.ordered) return model.people.filter(inside);
  const out: Person[] = [];
  for (
    let k = countStartingBy(model.people, (p) => p.introduced.start, span.start);
    k < model.people.length && model.people[k]!.introduced.start < span.end;
    k++
  ) {
    if (inside(model.people[k]!)) out.push(model.people[k]!);
  }
  return out;
}

// Courtesy titles and offices that stand before a name and are not part of it.
const HONORIFICS = new Set(
  'mr mrs ms miss mx dr prof sir dame lord lady baroness baron sen rep gov gen col lt capt sgt rev fr st president senator governor representative congressman congresswoman chancellor minister secretary judge justice mayor councillor councilor chairman chairwoman chief officer director editor-in-chief editor ambassador prince princess king queen pope premier prime inspector detective superintendent coach manager captain professor bishop archbishop cardinal sheikh emir'.split(
    ' ',
  ),
);
// Particles inside a name ("Charles de Gaulle", "Ursula von der Leyen", "Osama bin Laden").
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'van', 'von', 'bin', 'al', 'da', 'di', 'du', 'le', 'la', 'ibn', 'st']);
const ROLE_WORDS = new Set([...words.titles.map((e) => e.phrase), ...words.anonymousRoles.map((e) => e.phrase)].filter((w) => !w.includes(' ')));
// Roles that another, unnamed person can hold in the same story ("a senior official", "a
// spokesman"): "the official" is not resolved by guess to the last person named, only when the
// story gave that role to the person.
const UNNAMED_ROLES = new Set(words.anonymousRoles.map((e) => e.phrase));
const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december i the a an'.split(
    ' ',
  ),
);
// The words before a listener or an outlet; the outlet is the capitalised words after them.
const OUTLET_CUE = /\b(?:told|tells|telling|tell|speaking\s+to|spoke\s+to|interview\s+with|quoted\s+by|reports\s+from)\s/gu;

function isWord(t: Token): boolean {
  return /^\p{L}/u.test(t.text);
}

function isRole(lower: string): boolean {
  return ROLE_WORDS.has(lower) || wordClasses(lower).has('Actor');
}

/**
 * The people and outlets of a document, from its prose, block by block (`blocks`: the paragraphs,
 * or the whole text). Each block's mentions depend on its text alone and are cached by it, so
 * while a writer types only the paragraph being edited is read again; the merge is cheap.
 */
export function buildPeople(
  prose: string,
  blocks: readonly Span[] = [{ start: 0, end: prose.length }],
  /** Per block, its mentions as blockPeople found them (the document model keeps them with the block's analysis). */
  found?: readonly PeopleModel[],
): PeopleModel {
  const people: Person[] = [];
  const outlets: Span[] = [];
  const bySurname = new Map<string, Person[]>();
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const local = found?.[b] ?? blockPeople(prose.slice(block.start, block.end));
    const shift = (s: Span) => ({ start: s.start + block.start, end: s.end + block.start });
    for (const o of local.outlets) outlets.push(shift(o));
    for (const found of local.people) {
      // "Mr Blair" after "Tony Blair", "Blair" again: a later reference adds its titles and roles
      // to the person, it is not someone new.
      const known = (bySurname.get(found.surname) ?? []).find((p) => !found.name.includes(' ') || p.name === found.name);
      if (known) {
        for (const t of found.titles) if (!known.titles.includes(t)) known.titles.push(t);
        for (const r of found.roles) if (!known.roles.includes(r)) known.roles.push(r);
        continue;
      }
      const person = { ...found, titles: [...found.titles], roles: [...found.roles], introduced: shift(found.introduced) };
      people.push(person);
      push(bySurname, person.surname, person);
    }
  }
  return { people, outlets };
}

/**
 * The mentions of people and outlets in one block, offsets relative to it (read-only: the document
 * model keeps it with the block's analysis). `tokens` and `facts`: the block's tokens and their
 * facts, when the caller has them.
 */
export function blockPeople(prose: string, tokens = tokenize(prose), facts?: readonly TokenFacts[]): PeopleModel {
  const outlets: Span[] = [];
  OUTLET_CUE.lastIndex = 0;
  for (let m = OUTLET_CUE.exec(prose); m; m = OUTLET_CUE.exec(prose)) {
    const after = m.index + m[0].length;
    const words = tokenize(prose, after, Math.min(prose.length, after + 80));
    let k = words[0]?.lower === 'the' ? 1 : 0;
    const first = k;
    while (
      k < words.length &&
      ((isWord(words[k]!) && isCapitalized(words[k]!.text)) || (words[k]!.lower === 'of' && k > first && isCapitalized(words[k + 1]?.text ?? '')))
    )
      k++;
    // "told BBC Sport", not "told Mr Smith": an outlet carries no first name or courtesy title.
    const name = words.slice(first, k);
    if (name.length === 0 || name.some((t) => wordClasses(t.lower).has('FirstName') || HONORIFICS.has(t.lower.replace(/\.$/, '')))) continue;
    outlets.push({ start: words[0]!.start, end: words[k - 1]!.end });
  }
  const people: Person[] = [];
  // isWord and isCapitalized of token k, from its facts when given.
  const capitalisedWord = facts ? (k: number) => facts[k]!.capitalisedWord : (k: number) => isWord(tokens[k]!) && isCapitalized(tokens[k]!.text);
  const capitalised = facts ? (k: number) => facts[k]!.capitalised : (k: number) => isCapitalized(tokens[k]!.text);
  // Outlets and runs are both in order: one pointer finds the outlet a run starts in.
  let o = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!capitalisedWord(i)) continue;
    // A run of capitalised words (and name particles between them).
    let j = i;
    while (j + 1 < tokens.length && (capitalisedWord(j + 1) || (PARTICLES.has(tokens[j + 1]!.text) && j + 2 < tokens.length && capitalised(j + 2)))) j++;
    const run = tokens.slice(i, j + 1);
    const runStart = i;
    i = j;
    while (o < outlets.length && outlets[o]!.end <= run[0]!.start) o++;
    if (run.length < 2 || (o < outlets.length && outlets[o]!.start <= run[0]!.start)) continue;
    const person = personOf(prose, tokens, run, runStart);
    if (person) people.push(person);
  }
  return { people, outlets };
}

function personOf(prose: string, tokens: Token[], run: Token[], runStart: number): Person | null {
  // The name starts at its first first name; what comes before it is titles ("Post Editor-in-Chief
  // Martin Baron", "Sir Peter Westmacott", "Council leader Amanda Price").
  let first = run.findIndex((t) => wordClasses(t.lower).has('FirstName') && !wordClasses(t.lower).has('Organization'));
  let titled = false;
  if (first < 0) {
    // No first name the lexicon knows: a name only after a courtesy title ("Lord Dubs", "Mr Vetham"),
    // or two or three words the story gives a role ("Council leader Chidi Okonkwo", "One of his
    // advisers, Tad Devine,", "Grzegorz Wójcik, the mayor,").
    const k = run.findIndex((t) => HONORIFICS.has(t.lower.replace(/\.$/, '')));
    if (k >= 0 && k < run.length - 1) {
      first = k + 1;
      titled = true;
    } else if (k < 0 && (run.length === 2 || run.length === 3) && givenRole(tokens, runStart, run.length)) {
      first = 0;
      titled = true;
    } else return null;
  } else if (first > 0 && run.slice(0, first).some((t) => HONORIFICS.has(t.lower.replace(/\.$/, '')))) {
    titled = true;
  }
  // "Prime Minister's Questions": a possessive among the titles ends a name, it does not start one.
  if (run.slice(0, first).some((t) => /[’']s$/.test(t.text))) return null;
  const nameTokens = run.slice(first);
  if (nameTokens.length === 0 || nameTokens.length > 4 || nameTokens.slice(0, -1).some((t) => /[’']s$/.test(t.text))) return null;
  const lastToken = nameTokens[nameTokens.length - 1]!;
  const possessive = /[’']s$/.test(lastToken.text);
  const last = { start: lastToken.start, end: lastToken.end - (possessive ? 2 : 0) };
  const surname = lastToken.lower.replace(/[’']s$/, '');
  if (NOT_NAMES.has(surname) || surname.length < 2) return null;
  // A single word after a first name is a name only with a surname after it ("Amanda Price"), or a
  // title before it ("Mr Blair"); "Jordan Street" and "Victoria Station" are places.
  const lastClasses = wordClasses(surname);
  if (nameTokens.length === 1 && !titled) return null;
  if (!titled && (lastClasses.has('Place') || lastClasses.has('Organization')) && !lastClasses.has('LastName')) return null;
  if (!titled && lastClasses.has('Plural') && !lastClasses.has('LastName')) return null;
  const titles = run.slice(0, first).map((t) => t.text);
  const roles: string[] = [];
  for (const t of run.slice(0, first)) if (isRole(t.lower) || HONORIFICS.has(t.lower)) roles.push(t.lower);
  // Lower-case role words right before the run ("actress Susan Sarandon", "diplomat Sir Peter").
  for (let k = runStart - 1; k >= 0 && k >= runStart - 3; k--) {
    const t = tokens[k]!;
    if (!isWord(t) || isCapitalized(t.text) || wordClasses(t.lower).has('Determiner') || wordClasses(t.lower).has('Preposition')) break;
    if (isRole(t.lower)) roles.push(t.lower);
  }
  // An appositive after the name: "Baron, the executive editor of the Post,", "Price, a former teacher,".
  const after = runStart + run.length;
  if (tokens[after]?.text === ',') {
    for (let k = after + 1; k < Math.min(tokens.length, after + 8); k++) {
      const t = tokens[k]!;
      if (!isWord(t) || t.lower === 'of' || t.lower === 'who') break;
      if (!isCapitalized(t.text) && isRole(t.lower)) {
        roles.push(t.lower);
        break;
      }
    }
  }
  const start = nameTokens[0]!.start;
  return { name: prose.slice(start, last.end), surname, titles, roles, introduced: { start: run[0]!.start, end: last.end } };
}

// A role word right before the run ("leader Chidi Okonkwo"), or before the comma that opens it
// ("his advisers, Tad Devine,"), or a role in an appositive after it ("Wójcik, the mayor of …").
function givenRole(tokens: Token[], runStart: number, length: number): boolean {
  const run = tokens.slice(runStart, runStart + length);
  if (run.some((t) => !/^\p{Lu}\p{Ll}+$/u.test(t.text) || wordClasses(t.lower).size > 0)) return false;
  const before = tokens[runStart - 1];
  const role = (t: Token | undefined) => t !== undefined && isWord(t) && !isCapitalized(t.text) && (isRole(t.lower) || isRole(t.lower.replace(/s$/, '')));
  if (role(before) || (before?.text === ',' && role(tokens[runStart - 2]))) return true;
  const after = runStart + length;
  if (tokens[after]?.text !== ',') return false;
  // ", the mayor of …", ", a former teacher,": an article, then the role closing its phrase.
  if (!/^(?:a|an|the)$/.test(tokens[after + 1]?.lower ?? '')) return false;
  for (let k = after + 2; k < Math.min(tokens.length, after + 6); k++) {
    const t = tokens[k]!;
    if (!isWord(t) || /[’']s$/.test(t.text)) break;
    if (role(t) && /^(?:,|of|for|at|in|to|and|\.)$/.test(tokens[k + 1]?.lower ?? '.')) return true;
  }
  return false;
}

/**
 * The person a source refers to, when the source is a reference to someone the story introduced:
 * their name or surname ("Price", "Mr Blair", "Amanda Price"), or a role the story gave them ("the
 * actress"); a definite person noun ("the actor") stands for the last person introduced before it
 * unless it is a role an unnamed source can hold ("the official").
 */
export function resolvePerson(model: PeopleModel, source: string, at: number): Person | null {
  if (model.people.length === 0) return null;
  const tokens = tokenize(source).filter(isWord);
  if (tokens.length === 0 || tokens.length > 5) return null;
  const lowers = tokens.map((t) => t.lower.replace(/[’']s$/, ''));
  const x = lookupsOf(model);
  // A name: capitalised words only, titles allowed before it.
  if (tokens.every((t) => isCapitalized(t.text))) {
    const surname = lowers[lowers.length - 1]!;
    const candidates = x.bySurname.get(surname) ?? [];
    const match = latestBy(candidates, at, x.ordered) ?? candidates[0];
    if (match && tokens.slice(0, -1).every((t) => HONORIFICS.has(t.lower.replace(/\.$/, '')) || match.name.toLowerCase().split(/\s+/).includes(t.lower)))
      return match;
    return null;
  }
  // A role: "the actress", "the prominent actress", "the British diplomat", or a headline's
  // "British diplomat praises …" (no article), when the story gave that role to someone.
  // "our correspondent": the publication's own journalist, as definite as "the correspondent".
  const definite = lowers[0] === 'the' || lowers[0] === 'our';
  if (tokens.length > 4 || (!definite && wordClasses(lowers[0]!).has('Determiner'))) return null;
  const head = lowers[lowers.length - 1]!;
  // "the Clinton aide" is someone else's aide: a person's name among the modifiers is not them.
  if (tokens.slice(definite ? 1 : 0, -1).some((t) => wordClasses(t.lower).has('FirstName') || wordClasses(t.lower).has('LastName'))) return null;
  // "the home secretary" among several secretaries: the one whose titles carry its modifiers.
  const modifiers = lowers.slice(definite ? 1 : 0, -1);
  const fit = (p: Person) => modifiers.filter((w) => p.titles.some((t) => t.toLowerCase() === w)).length;
  const roled = x.byRole.get(head) ?? [];
  const best = Math.max(0, ...roled.map(fit));
  const byRole = roled.filter((p) => fit(p) === best);
  const role = latestBy(byRole, at, x.ordered) ?? byRole[0];
  if (role) return role;
  if (!definite) return null;
  const cls = wordClasses(head);
  if (cls.has('Actor') && !cls.has('Plural') && !UNNAMED_ROLES.has(head) && !/s$/.test(head)) return latestBy(model.people, at, x.ordered);
  return null;
}

function latest(people: Person[]): Person | null {
  return people.length === 0 ? null : people.reduce((a, b) => (b.introduced.start > a.introduced.start ? b : a));
}

/** Whether a span lies inside an outlet the story's sources spoke to. */
export function isOutlet(model: PeopleModel, span: Span): boolean {
  const x = lookupsOf(model);
  if (!x.ordered) return model.outlets.some((o) => o.start <= span.start && span.end <= o.end);
  const n = countStartingBy(model.outlets, (o) => o.start, span.start);
  return n > 0 && x.outletReach[n - 1]! >= span.end;
}
