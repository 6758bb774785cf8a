// inconsistent-name: one person or organisation spelled two ways in one story ("Abdel Rahman" /
// "Abdulrahman", "Rahhal" / "Rahal"). Its sibling rule name-first-reference (a surname used alone
// before the full name is given, in name-first-reference.ts) shares the name finder below.
// Spellings are compared through a transliteration key (case, diacritics, doubled letters,
// spaces and hyphens, "Abdel/Abdul/Abd al", ph/f, q/k, ou/u, ee/i, y/i); the first spelling in
// the story is taken as the intended one. Guards against two different people: plurals and
// possessives ("Clinton" / "Clintons") are not variants, "Bush" and "Busch" have different keys,
// and two spellings that each stand beside a different first name or surname are left alone.
import { deeplyDetached, detached, memoize, memoOf } from '../analysis/model';
import { wordClasses } from '../analysis/words';
import type { Span } from '../analysis/types';
import { perText } from './helpers';
import type { Rule, RuleContext, RuleFinding } from './rule';
import words from './inconsistent-name.words.json';

const TITLES = new Set(words.titles.map((w) => w.word));
// Not names: function words, months, days, and nouns for a person of a nation ("the 22-year-old Scot").
const NOT_NAMES = new Set([...words.notNames.split(' '), ...words.nationalityNouns.map((w) => w.word.toLowerCase())]);
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'abu',
  'de',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'st',
]);
const SUFFIXES = /^(?:Jr|Sr|II|III|IV)\.?$/;
const ORG_HEADS = new Set(words.organisationHeads.map((w) => w.word));
// The heads of bodies (not places, streets or newspapers), for a short name then a full one.
const BODY_HEADS = new Set(
  'party council committee commission agency department office bank company corporation foundation institute association union league coalition movement university college school hospital church'.split(
    ' ',
  ),
);
// One first name in two languages or spellings, both ways round, by key ("grzegorz" → "gregori").
// (Built on first use: nameKey's cache is declared below.)
let firstNameFormsByKey: Map<string, Set<string>> | null = null;
function formsOfFirstName(key: string): Set<string> | undefined {
  if (!firstNameFormsByKey) {
    firstNameFormsByKey = new Map();
    for (const { a, b } of words.firstNameForms) {
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        let set = firstNameFormsByKey.get(nameKey(x));
        if (!set) firstNameFormsByKey.set(nameKey(x), (set = new Set()));
        set.add(nameKey(y));
      }
    }
  }
  return firstNameFormsByKey.get(key);
}

interface NameToken extends Span {
  text: string;
  /** Index of the name (run of capitalised words) it belongs to, and its place in it. */
  name: number;
  position: number;
}

export interface Name extends Span {
  tokens: NameToken[];
  /** Preceded by a title ("Mr.", "Gen.", "President"). */
  titled: boolean;
  /** Ends with "Jr.", "Sr.", "III". */
  suffixed: boolean;
}

interface Unit extends Span {
  surface: string;
  name: number;
  /** Token positions in its name covered by the unit. */
  from: number;
  to: number;
}

export const inconsistentName: Rule = {
  id: 'inconsistent-name',
  // A name or a date is wrong wherever it stands: the headline's too.
  checksHeadlines: true,
  defaultSeverity: 'warning',
  description: 'A name spelled two ways in one story ("Abdel Rahman" / "Abdulrahman", "Rahhal" / "Rahal").',
  check(ctx) {
    const names = findNames(ctx);
    const listed = lineUps(ctx.model.prose, names);
    if (!ctx.reanalysis || !ctx.model.memo) return nameFindings(ctx, names, listed);
    // The findings depend on the names and on little of the prose around them (see signatureOf). An
    // edit that leaves all that alone (most keystrokes: a lower-case word) moves the names, not what
    // is found: the last version's findings are taken, each offset moved with the name it is in.
    const signature = signatureOf(ctx, names, listed);
    const cache = memoOf<LastFindings>(ctx.model.memo, 'inconsistent-name-last');
    const last = cache.get('last');
    if (last && last.signature === signature) return last.findings.map((f) => moved(f, last.starts, names));
    const findings = nameFindings(ctx, names, listed);
    // (Copies of its strings: what the memo keeps must not refer to the document's text.)
    cache.set('last', { signature: detached(signature), starts: names.map((n) => n.start), findings: deeplyDetached(findings) });
    return findings;
  },
};

/** The findings of the last version of a document, and what they were found from. */
interface LastFindings {
  signature: string;
  /** Where each of its names started. */
  starts: readonly number[];
  findings: readonly RuleFinding[];
}

/**
 * All that the findings read besides the offsets of the names, which they only compare with one
 * another: each name's words and their places in it, its flags, its prose, the prose the rules read
 * around it (after each word: a possessive; before and after the name: a whole organisation's name),
 * and which names stand in a line-up. Two versions with one signature have the same findings, but
 * for each offset moving with its name: an offset comes from one name, from its start to two
 * characters past its end ("Jone’s"), before the next name starts, and names keep their order.
 */
function signatureOf(ctx: RuleContext, names: readonly Name[], listed: ReadonlySet<number>): string {
  const { prose, text } = ctx.model;
  const parts: string[] = [];
  names.forEach((n, i) => {
    parts.push(
      prose.slice(n.start, n.end),
      n.titled ? 't' : '',
      n.suffixed ? 's' : '',
      listed.has(i) ? 'l' : '',
      capitalisedWordBefore(prose, n.start) ? 'c' : '',
      prose.slice(n.end, n.end + 12),
    );
    for (const t of n.tokens) {
      const after = prose.slice(t.end, t.end + 3);
      parts.push(t.text, String(t.start - n.start), String(t.end - n.start), after);
      parts.push(after[0] === '’' || after[0] === "'" ? text.slice(t.start, t.end + 2) : '');
    }
    parts.push('\u0001');
  });
  return parts.join('\u0000');
}

/** `f`, found in a version whose names started at `starts`, with each offset moved as the name it is in has moved to `names`. */
function moved(f: RuleFinding, starts: readonly number[], names: readonly Name[]): RuleFinding {
  const at = (offset: number) => {
    // The last name that starts at or before the offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return offset + names[lo]!.start - starts[lo]!;
  };
  const out: RuleFinding = { ...f, start: at(f.start), end: at(f.end) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, start: at(r.start), end: at(r.end) }));
  if (f.fixes)
    out.fixes = f.fixes.map((x) => ({
      ...x,
      edits: x.edits.map((e) => ({ ...e, start: at(e.start), end: at(e.end) })),
      ...(x.snippet ? { snippet: { ...x.snippet, at: at(x.snippet.at) } } : {}),
    }));
  return out;
}

function nameFindings(ctx: RuleContext, names: readonly Name[], listed: ReadonlySet<number>): RuleFinding[] {
  {
    const findings = spellingVariants(names, listed);
    findings.push(...transliterations(names, findings, memoOf(ctx.model.memo, 'name-skeleton'), listed));
    findings.push(...closeSurnames(names, findings));
    findings.push(...firstNameForms(names, findings));
    findings.push(...bareSurnameSlips(names, findings, listed));
    findings.push(...longNameSlips(names, findings, listed));
    findings.push(...possessiveSlips(ctx, names, findings));
    findings.push(...shortThenFullOrganisation(ctx.model.prose, names, findings));
    return findings.sort((a, b) => a.start - b.start);
  }
}

// Runs of capitalised words in news copy: "Rami Abdel Rahman", "Bashar al-Assad", "Ahmad Rahhal".
export function findNames(ctx: RuleContext): Name[] {
  const names: Name[] = [];
  for (const sentence of ctx.model.sentences) {
    if (ctx.isCopy(sentence)) names.push(...perText(ctx, 'names', sentence, namesIn));
  }
  names.forEach((n, i) => n.tokens.forEach((t) => (t.name = i)));
  return names;
}

/**
 * The names that stand in a line-up: four or more surnames in a row with only commas (and a
 * substitute in brackets) between them, as in a team sheet ("Bullock, Duff, Wilson, Ritchie,
 * Archibald"). A line-up lists different people, so a look-alike there (Dawson and Dowson in one
 * squad, Richie Byrne and Ritchie in one match report) is another player, not a misspelling.
 */
function lineUps(prose: string, names: readonly Name[]): Set<number> {
  const listed = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 4) run.forEach((i) => listed.add(i));
    run = [];
  };
  names.forEach((n, i) => {
    const prev = names[i - 1];
    const single = n.tokens.length === 1;
    if (single && prev && prev.tokens.length === 1 && run.length > 0 && /^(?:\s*\([^()\n]{0,40}\))?\s*,\s*$/.test(prose.slice(prev.end, n.start))) run.push(i);
    else {
      flush();
      if (single) run.push(i);
    }
  });
  flush();
  return listed;
}

const LIST_DASH = /(^|\s)-(?=\p{Lu})/gu;

// One word of a name, or a lower-case particle before one ("al-", "bin", "de", "van").
const TOKEN =
  /(?<![\p{L}\p{N}’'-])(?:(?:al|el|Al|El|ibn|bin|abu|Abu)[-‐])?\p{Lu}[\p{L}\p{M}]*(?:[’'-]\p{L}[\p{L}\p{M}]*)*(?:[’']s)?\.?|(?<![\p{L}])(?:al|el|bin|ibn|bint|abu|de|del|della|van|von|der|den|da|di|du|la|le)(?=\s+\p{Lu})/gu;

/** The names in one sentence of `prose` (between `sentenceStart` and `sentenceEnd`). */
function namesIn(prose: string, sentenceStart: number, sentenceEnd: number): Name[] {
  const names: Name[] = [];
  // A list dash before a name is not part of a word: "-David Andersen and David Peterson provide …".
  const text = prose.slice(sentenceStart, sentenceEnd).replace(LIST_DASH, '$1 ');
  let current: Name | null = null;
  let lastEnd = -1;
  let pendingTitle = false;
  const close = () => {
    if (current && current.tokens.length > 0) {
      // A trailing particle is not part of the name.
      while (current.tokens.length > 0 && PARTICLES.has(current.tokens[current.tokens.length - 1]!.text)) current.tokens.pop();
      if (current.tokens.length > 0) {
        current.end = current.tokens[current.tokens.length - 1]!.end;
        names.push(current);
      }
    }
    current = null;
  };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    let raw = m[0];
    const start = sentenceStart + m.index;
    // Character tests rather than slices and patterns: this runs for every capitalised word.
    const spaced = lastEnd >= 0 && m.index === lastEnd + 1 && text[lastEnd] === ' ';
    if (current && !spaced) close();
    if (!current && lastEnd >= 0 && !spaced) pendingTitle = false;
    lastEnd = m.index + raw.length;
    const bare = raw.endsWith('.') ? raw.slice(0, -1) : raw;
    if (TITLES.has(bare) || (endsWithApostropheS(bare) && TITLES.has(bare.slice(0, -2)))) {
      close();
      pendingTitle = true;
      continue;
    }
    if (SUFFIXES.test(raw)) {
      if (current) (current as Name).suffixed = true;
      close();
      continue;
    }
    if (raw.endsWith('.')) raw = raw.slice(0, -1);
    // Sentence-initial words, acronyms, months and weekdays, and the common words of the language are not names.
    const possessive = endsWithApostropheS(raw);
    const word = possessive ? raw.slice(0, -2) : raw;
    const lower = word.toLowerCase();
    const camel = () => /\p{Ll}\p{Lu}/u.test(word) && !/^(?:Mc|Mac|O’|O'|De|Di|La|Le|Van|Von|Du)\p{Lu}/u.test(word);
    // An initial ("George W. Bush") belongs to the name around it but is never compared itself.
    if (current && m[0].endsWith('.') && /^\p{Lu}$/u.test(word)) continue;
    const notName =
      NOT_NAMES.has(lower) ||
      word.length < 2 ||
      /^\p{Lu}{2,}$/u.test(word) ||
      ((m.index === 0 || (m.index === 1 && text[0] === ' ')) && !isNameWord(lower) && !/^ \p{Lu}\p{Ll}/u.test(text.slice(lastEnd, lastEnd + 3))) ||
      camel();
    if (notName) {
      close();
      pendingTitle = false;
      continue;
    }
    if (!current) {
      current = { start, end: start, tokens: [], titled: pendingTitle, suffixed: false };
      pendingTitle = false;
    }
    const c = current as Name;
    c.tokens.push({ start, end: start + word.length, text: word, name: names.length, position: c.tokens.length });
    const next = text[lastEnd];
    if (possessive || next === ',' || next === ';' || next === ':') close();
  }
  close();
  return names;
}

/** /[’']s$/.test(s) */
function endsWithApostropheS(s: string): boolean {
  return s.length >= 2 && s[s.length - 1] === 's' && (s[s.length - 2] === '’' || s[s.length - 2] === "'");
}

function isNameWord(lower: string): boolean {
  const classes = wordClasses(lower);
  if (classes.size === 0) return true;
  return classes.has('FirstName') || classes.has('LastName');
}

const keyCache = new Map<string, string>();

/** The transliteration key of a name or part of one (kept: the editor asks again on every change). */
export function nameKey(surface: string): string {
  let key = keyCache.get(surface);
  if (key === undefined) {
    if (keyCache.size >= 50_000) keyCache.clear();
    keyCache.set(surface, (key = computeNameKey(surface)));
  }
  return key;
}

function computeNameKey(surface: string): string {
  let s = surface.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, '');
  s = s.replace(/\babd[\s-]*(?:[aeiou]l[\s-]*)?/g, 'abd');
  s = s.replace(/[\s‐-]+/g, '');
  s = s.replace(/ph/g, 'f').replace(/q/g, 'k').replace(/ck/g, 'k').replace(/ou/g, 'u').replace(/oo/g, 'u').replace(/ee/g, 'i').replace(/y/g, 'i');
  s = s.replace(/(.)\1+/g, '$1');
  return s;
}

// Surfaces that differ only in case, or in the case and joining of a particle ("al-Qaeda" /
// "Al Qaeda"), are house style at a sentence start, not misspellings.
function onlyStyle(a: string, b: string): boolean {
  // A compound closed up or hyphenated with a capital: "Euro-Sceptic" / "Eurosceptic".
  if (a.includes('-') !== b.includes('-') && !a.includes(' ') && !b.includes(' ') && a.replace(/-/g, '') !== b.replace(/-/g, '')) {
    if (a.replace(/-/g, '').toLowerCase() === b.replace(/-/g, '').toLowerCase()) return true;
  }
  const flat = (s: string) =>
    s
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/^(al|el|abu|bin|ibn)[\s-]+/, '$1 ');
  return flat(a) === flat(b);
}

function units(names: readonly Name[]): Unit[] {
  const out: Unit[] = [];
  names.forEach((n, i) => {
    for (let a = 0; a < n.tokens.length; a++) {
      for (let b = a; b < Math.min(n.tokens.length, a + 2); b++) {
        const first = n.tokens[a]!;
        const last = n.tokens[b]!;
        if (PARTICLES.has(first.text) || PARTICLES.has(last.text)) continue;
        out.push({
          start: first.start,
          end: last.end,
          surface: n.tokens
            .slice(a, b + 1)
            .map((t) => t.text)
            .join(' '),
          name: i,
          from: a,
          to: b,
        });
      }
    }
  });
  return out;
}

function spellingVariants(names: readonly Name[], listed: ReadonlySet<number>): RuleFinding[] {
  const all = units(names);
  const byKey = new Map<string, Unit[]>();
  for (const u of all) {
    const key = nameKey(u.surface);
    if (key.length < 4) continue;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(u);
  }
  const findings: RuleFinding[] = [];
  const flagged: Span[] = [];
  // Longer units first, so "Abdulrahman" is matched to "Abdel Rahman" before "Rahman" is considered.
  // (Each group's longest surface measured once, not in every comparison of the sort.)
  const groups = [...byKey.values()]
    .map((group) => ({ group, longest: Math.max(...group.map((u) => u.surface.length)) }))
    .sort((a, b) => b.longest - a.longest);
  for (const { group } of groups) {
    const canonical = group[0]!;
    const variants = group.filter((u) => u.surface !== canonical.surface && !onlyStyle(u.surface, canonical.surface));
    if (variants.length === 0) continue;
    for (const v of variants) {
      if (flagged.some((f) => f.start < v.end && v.start < f.end)) continue;
      // One spelling must not be merely a part of a longer name the other belongs to.
      if (differentPeople(names, canonical, v, group)) continue;
      if (!wordShaped(canonical.surface) || !wordShaped(v.surface)) continue;
      if (anotherInLineUp(names, listed, group, canonical, v)) continue;
      // A short word that differs only by a doubled letter is too often another word or another
      // body ("Standard Life" and the exchange "Liffe"): it needs a first name or other partner
      // word in common ("Kofi Annan" … "Kofi Anan").
      if (nameKey(v.surface).length < 5 && onlyDoubling(canonical.surface, v.surface) && !sharePartner(names, group, canonical, v)) continue;
      // "Life" / "Liffe", "Scot" / "Scott", "High Speed" / "High-Speed": a word of the language on one side is not a misspelt name.
      if (commonWords(canonical.surface) || commonWords(v.surface)) continue;
      flagged.push(v);
      findings.push({
        start: v.start,
        end: v.end,
        message: `Check the name and spell it one way: “${v.surface}” is spelled “${canonical.surface}” earlier in the story.`,
        related: [{ start: canonical.start, end: canonical.end, message: `First spelled “${canonical.surface}”` }],
        fixes: [
          { title: `Use the first spelling, “${canonical.surface}”`, edits: [{ start: v.start, end: v.end, newText: canonical.surface }], preferred: true },
        ],
      });
    }
  }
  return findings;
}

/**
 * "Maria Okonkwo" … "Maria Okonkwa": the same first name with a surname one letter apart (a
 * changed, missing, extra or swapped letter, in a surname of five letters or more) is the same
 * person misspelled. Without the shared first name, one letter apart is too often two people
 * (Carson / Larson), so a surname alone is never compared this way.
 */
function closeSurnames(names: readonly Name[], already: readonly RuleFinding[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  // Of a person by its last two words: "Guard Chidi Okonkwo" is Chidi Okonkwo.
  const full = names.filter((n) => n.tokens.length >= 2 && n.tokens.every((t) => !PARTICLES.has(t.text)) && personLike({ ...n, tokens: n.tokens.slice(-2) }));
  const canonical = new Map<string, NameToken>();
  for (const n of full) {
    // The first name is the word before the surname ("Guard Chidi Okonkwo" is Chidi).
    const first = nameKey(n.tokens[n.tokens.length - 2]!.text);
    const last = n.tokens[n.tokens.length - 1]!;
    const earlier = canonical.get(first);
    if (!earlier) {
      canonical.set(first, last);
      continue;
    }
    if (earlier.text === last.text || nameKey(earlier.text) === nameKey(last.text)) continue;
    if (last.text.length < 5 || earlier.text.length < 5 || !oneEditApart(earlier.text.toLowerCase(), last.text.toLowerCase())) continue;
    // "Sri Lanka" and "Sri Lankan": a country and its people.
    if (/^(.+)(?:n|i|ese|ian)$/.exec(last.text)?.[1] === earlier.text || /^(.+)(?:n|i|ese|ian)$/.exec(earlier.text)?.[1] === last.text) continue;
    // "Bennett" and "Bennetts", "Street" and "Streets": a plural, not a misspelling.
    if ((/^(.+?)e?s$/.test(last.text) && last.text.replace(/e?s$/, '') === earlier.text) || earlier.text.replace(/e?s$/, '') === last.text) continue;
    if (already.some((f) => f.start < last.end && last.start < f.end)) continue;
    const firstName = n.tokens[n.tokens.length - 2]!.text;
    findings.push({
      start: last.start,
      end: last.end,
      message: `Check the name and spell it one way: “${firstName} ${last.text}” is spelled “${firstName} ${earlier.text}” earlier in the story.`,
      related: [{ start: earlier.start, end: earlier.end, message: `First spelled “${earlier.text}”` }],
      fixes: [{ title: `Use the first spelling, “${earlier.text}”`, edits: [{ start: last.start, end: last.end, newText: earlier.text }], preferred: true }],
    });
    // Later bare uses of the misspelling are the same mistake.
    for (const other of names) {
      if (other.start <= last.start || other.tokens.length !== 1 || other.tokens[0]!.text !== last.text) continue;
      const t = other.tokens[0]!;
      findings.push({
        start: t.start,
        end: t.end,
        message: `Check the name and spell it one way: “${t.text}” is spelled “${earlier.text}” earlier in the story.`,
        related: [{ start: earlier.start, end: earlier.end, message: `First spelled “${earlier.text}”` }],
        fixes: [{ title: `Use the first spelling, “${earlier.text}”`, edits: [{ start: t.start, end: t.end, newText: earlier.text }], preferred: true }],
      });
    }
  }
  return findings;
}

/**
 * A name's key with the common alternations of romanisation made one: "ks" and "x" (Aleksandr,
 * Alexander), "ye" and "e" at the start (Yevgeny, Evgeny), "kh" and "h" (Mikhail, Mihail), a
 * silent "h" after a consonant (Burnham, Burnam), "w" and "v", "tch" and "ch", "dj" and "j",
 * "o" and "u" (Mohammed, Muhammad), "e" and "a" (Ahmed, Ahmad), "ei" and "ai". Built on
 * nameKey (case, diacritics, doubled letters, ph/f, q/k, ou/u, ee/i, y/i already one).
 */
export function romanKey(surface: string): string {
  let s = nameKey(surface);
  s = s
    .replace(/ks/g, 'x')
    .replace(/^ie/, 'e')
    .replace(/kh/g, 'h')
    .replace(/([bdfgjlmnrvwz])h/g, '$1')
    .replace(/w/g, 'v')
    .replace(/tch/g, 'ch')
    .replace(/dj/g, 'j');
  s = s.replace(/o/g, 'u').replace(/e/g, 'a');
  return s.replace(/(.)\1+/g, '$1');
}

const VOWEL = /[aeiou]/;

/**
 * Two spellings of one name by transliteration: the same romanisation key, or keys of five
 * letters or more with the same consonants in the same order and one vowel changed, added or
 * dropped (Youssef / Yusuf, Aleksandr / Alexander). Hassan / Hussein (two vowel changes) and
 * Carson / Larson (a consonant) are different names.
 */
export function transliterationVariants(a: string, b: string): boolean {
  // Word by word: "Eric Garner" and "Erica Garner" are two people.
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  if (wa.length > 1 || wb.length > 1)
    return wa.length === wb.length && wa.every((w, i) => nameKey(w) === nameKey(wb[i]!) || transliterationVariants(w, wb[i]!));
  const ka = romanKey(a);
  const kb = romanKey(b);
  if (ka === kb) return ka.length >= 4;
  if (Math.min(ka.length, kb.length) < 5 || ka.replace(/[aeiou]/g, '') !== kb.replace(/[aeiou]/g, '')) return false;
  if (ka[0] !== kb[0]) return false;
  return vowelEditsAtMostOne(ka, kb);
}

// With the consonants equal, the vowels between each pair of consonants must match but for one change.
function vowelEditsAtMostOne(a: string, b: string): boolean {
  const runs = (s: string) => s.split(/[^aeiou]/);
  const ra = runs(a);
  const rb = runs(b);
  let edits = 0;
  for (let i = 0; i < ra.length; i++) {
    const x = ra[i]!;
    const y = rb[i]!;
    if (x === y) continue;
    // A vowel changed at either end makes another word: Pakistan / Pakistani, George / Georgia, Brown / Browne.
    if (i === 0 || i === ra.length - 1) return false;
    // One vowel added or dropped (Aleksandr / Alexander), or "a" for "u" (Yusuf / Youssef: o, u, e
    // and a are already two letters in the key); McMillan / McMullen stay two names.
    const indel = Math.abs(x.length - y.length) === 1 && (x.startsWith(y) || x.endsWith(y) || y.startsWith(x) || y.endsWith(x));
    const swap = x.length === 1 && y.length === 1 && (x + y === 'au' || x + y === 'ua');
    edits += indel || swap ? 1 : 2;
    if (edits > 1) return false;
  }
  return VOWEL.test(a) && edits <= 1;
}

/**
 * "Grzegorz Wójcik" … "Gregory Wojcik", "Steven Marsh" … "Stephen Marsh": one surname with a first
 * name in another language or spelling (a pair of firstNameForms) is one person written two ways.
 * Two first names that are not forms of one name ("Carol Pryce", "Daniel Pryce") are two people.
 */
function firstNameForms(names: readonly Name[], already: readonly RuleFinding[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const seen = new Map<string, { first: NameToken; name: Name }[]>();
  for (const n of names) {
    if (n.tokens.length < 2 || n.tokens.some((t) => PARTICLES.has(t.text))) continue;
    const last = n.tokens[n.tokens.length - 1]!;
    const first = n.tokens[n.tokens.length - 2]!;
    const surname = nameKey(last.text.replace(/[’']s$/, ''));
    if (surname.length < 4) continue;
    let earlier = seen.get(surname);
    if (!earlier) seen.set(surname, (earlier = []));
    const other = earlier.find((e) => nameKey(e.first.text) !== nameKey(first.text) && formsOfFirstName(nameKey(e.first.text))?.has(nameKey(first.text)));
    if (other && !already.some((f) => f.start < last.end && first.start < f.end)) {
      const was = `${other.first.text} ${other.name.tokens[other.name.tokens.length - 1]!.text}`;
      const now = `${first.text} ${last.text}`;
      findings.push({
        start: first.start,
        end: last.end,
        message: `Check the name and spell it one way: “${now}” is written “${was}” earlier in the story (one first name in two forms).`,
        related: [{ start: other.first.start, end: other.name.tokens[other.name.tokens.length - 1]!.end, message: `First written “${was}”` }],
        fixes: [
          { title: `Use the first form, “${other.first.text}”`, edits: [{ start: first.start, end: first.end, newText: other.first.text }], preferred: true },
        ],
      });
    }
    earlier.push({ first, name: n });
  }
  return findings;
}

/**
 * "Eliud Kipchoge" … "Kipchogue's absence": a surname alone one letter from the surname of a
 * person the story named in full, when the slip is no name the lexicon knows (Carson and Larson
 * are two people; "Kipchogue" is nobody), is long enough to be rare (six letters or more), is
 * never given a first name of its own, and no other person's surname is as close.
 */
function bareSurnameSlips(names: readonly Name[], already: readonly RuleFinding[], listed: ReadonlySet<number>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const surnames = new Map<string, NameToken>();
  for (const n of names) {
    if (n.tokens.length >= 2 && personLike(n)) {
      const last = n.tokens[n.tokens.length - 1]!;
      const bare = last.text.replace(/[’']s$/, '');
      if (!surnames.has(bare)) surnames.set(bare, last);
    }
  }
  const withFirstName = new Set([...surnames.keys()]);
  // Surnames listed in a line-up: a look-alike in a line-up is another player of the squad.
  const inLineUp = new Set([...listed].map((i) => names[i]!.tokens[0]!.text));
  for (const [i, n] of names.entries()) {
    if (n.tokens.length !== 1) continue;
    const t = n.tokens[0]!;
    const word = t.text.replace(/[’']s$/, '').replace(/\.$/, '');
    if (word.length < 6 || withFirstName.has(word) || wordClasses(word.toLowerCase()).size > 0) continue;
    // Not a plural ("the Clintons"), nor the same name in another house style ("O’Neill" / "O'Neill").
    const close = [...surnames.entries()].filter(
      ([s]) =>
        s.length >= 6 &&
        s[0] === word[0] &&
        oneEditApart(s.toLowerCase(), word.toLowerCase()) &&
        nameKey(s) !== nameKey(word) &&
        word.replace(/e?s$/, '') !== s &&
        !endEdit(s, word) &&
        [...wordClasses(s.toLowerCase())].every((c) => c === 'LastName'),
    );
    if (close.length !== 1) continue;
    const [right, first] = close[0]!;
    if (listed.has(i) && inLineUp.has(right)) continue;
    if (first.start > t.start || already.some((f) => f.start < t.end && t.start < f.end) || findings.some((f) => f.start === t.start)) continue;
    findings.push({
      start: t.start,
      end: t.start + word.length,
      message: `Check the name and spell it one way: “${word}” is spelled “${right}” earlier in the story.`,
      related: [{ start: first.start, end: first.start + right.length, message: `First spelled “${right}”` }],
      fixes: [{ title: `Use the first spelling, “${right}”`, edits: [{ start: t.start, end: t.start + word.length, newText: right }], preferred: true }],
    });
  }
  return findings;
}

/**
 * "Sativex" … "Satifex", "Activision" … "Activison", "Arcelor" … "Arcleor", "Atletico Madrid" …
 * "Athletico", "Gary Byrne" … "Bryne", "Abdulhadi Yildirim" … "Adbulhadi Yildirim": a name word
 * the story uses once, one letter changed, added, dropped or two swapped from another name word
 * of the story. A long word the lexicon does not know (a company, a product, a foreign name: seven
 * letters or more) is rare enough that two such words one letter apart are one name; a shorter
 * one, or a known name, only when two letters are swapped, which no two real names are. Guards:
 * the later spelling is the one flagged, never a letter at the end (Malone / Maloney), never a
 * plural, never two words that each stand beside a different partner (two people), never in a
 * line-up.
 */
function longNameSlips(names: readonly Name[], already: readonly RuleFinding[], listed: ReadonlySet<number>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const tokens: NameToken[] = [];
  const count = new Map<string, number>();
  for (const [i, n] of names.entries()) {
    if (listed.has(i)) continue;
    for (const t of n.tokens) {
      if (PARTICLES.has(t.text) || /[’'-]/.test(t.text)) continue;
      tokens.push(t);
      count.set(t.text, (count.get(t.text) ?? 0) + 1);
    }
  }
  // The other words of the names a spelling stands in ("Yildirim" for "Abdulhadi").
  const partners = (word: string) => {
    const keys = new Set<string>();
    for (const t of tokens) if (t.text === word) for (const o of names[t.name]!.tokens) if (o !== t && !PARTICLES.has(o.text)) keys.add(nameKey(o.text));
    return keys;
  };
  const unknown = (w: string) => [...wordClasses(w.toLowerCase())].every((c) => c === 'Organization');
  // The first use of each word, grouped by initial letter (a slip keeps its first letter).
  const first = new Map<string, NameToken>();
  const byInitial = new Map<string, NameToken[]>();
  for (const t of tokens) {
    if (first.has(t.text)) continue;
    first.set(t.text, t);
    const list = byInitial.get(t.text[0]!);
    if (list) list.push(t);
    else byInitial.set(t.text[0]!, [t]);
  }
  for (const t of tokens) {
    if (count.get(t.text) !== 1 || t.text.length < 5) continue;
    if (already.some((f) => f.start < t.end && t.start < f.end) || findings.some((f) => f.start === t.start)) continue;
    const close = byInitial.get(t.text[0]!)!.filter((r) => {
      if (r.text === t.text || r.start > t.start || Math.abs(r.text.length - t.text.length) > 1 || !oneEditApart(r.text, t.text)) return false;
      if (endEdit(r.text, t.text) || nameKey(r.text) === nameKey(t.text)) return false;
      const swap = r.text.length === t.text.length && [...r.text].filter((c, k) => c !== t.text[k]).length === 2;
      return swap || (r.text.length >= 7 && t.text.length >= 7 && unknown(r.text) && unknown(t.text));
    });
    if (close.length !== 1) continue;
    const r = close[0]!;
    // Two people: each spelling beside a partner word the other never has ("Kristen Hutchison", "Tom Hutchinson").
    const pr = partners(r.text);
    const pt = partners(t.text);
    if (pr.size > 0 && pt.size > 0 && ![...pt].some((k) => pr.has(k))) continue;
    findings.push({
      start: t.start,
      end: t.end,
      message: `Check the name and spell it one way: “${t.text}” is spelled “${r.text}” earlier in the story.`,
      related: [{ start: r.start, end: r.end, message: `First spelled “${r.text}”` }],
      fixes: [{ title: `Use the first spelling, “${r.text}”`, edits: [{ start: t.start, end: t.end, newText: r.text }], preferred: true }],
    });
  }
  return findings;
}

/**
 * Spellings whose nameKeys differ but which are one name by transliteration ("Yevgeny Smirnov"
 * … "Evgeny Smirnov", "Mohammed Aziz" … "Muhammad Aziz"). Compared within groups of the same
 * consonants, so a long story costs little.
 */
function transliterations(
  names: readonly Name[],
  already: readonly RuleFinding[],
  skeletons: Map<string, string | null>,
  listed: ReadonlySet<number>,
): RuleFinding[] {
  // Names of people: words the lexicon knows as first names or surnames, or does not know at all
  // (most foreign names); not places, nationalities or common words (Georgia, Latino, Women).
  const personal = (w: string) => {
    const classes = wordClasses(w.toLowerCase().replace(/[’']s$/, ''));
    return classes.size === 0 || [...classes].every((c) => c === 'FirstName' || c === 'LastName');
  };
  // A story names the same people again and again: each surface is judged and keyed once per
  // document (`skeletons` is the document's memo, kept from one keystroke to the next).
  const skeletonOf = memoize(skeletons, (surface) => {
    const eligible = wordShaped(surface) && surface.split(' ').every((w) => !PARTICLES.has(w.toLowerCase()) && personal(w));
    return eligible ? romanKey(surface).replace(/[aeiou]/g, '') : null;
  });
  const groups = new Map<string, Unit[]>();
  for (const u of units(names)) {
    const skeleton = skeletonOf(u.surface);
    if (skeleton === null || skeleton.length < 3) continue;
    let list = groups.get(skeleton);
    if (!list) groups.set(skeleton, (list = []));
    list.push(u);
  }
  const findings: RuleFinding[] = [];
  const flagged: Span[] = [...already];
  // Longer units first ("Alexander Petrov" before "Alexander").
  const longest = new Map([...groups.values()].map((g) => [g, Math.max(...g.map((u) => u.surface.length))]));
  const ordered = [...groups.values()].sort((x, y) => longest.get(y)! - longest.get(x)!);
  for (const group of ordered) {
    const canonical = group[0]!;
    for (const v of group.slice(1)) {
      if (v.surface === canonical.surface || nameKey(v.surface) === nameKey(canonical.surface) || onlyStyle(v.surface, canonical.surface)) continue;
      if (v.surface.split(' ').length !== canonical.surface.split(' ').length) continue;
      if (flagged.some((f) => f.start < v.end && v.start < f.end)) continue;
      if (anotherInLineUp(names, listed, group, canonical, v)) continue;
      if (!transliterationVariants(canonical.surface, v.surface)) continue;
      // A plural or a possessive form ("Clintons") is not a variant.
      if (v.surface.replace(/e?s$/, '') === canonical.surface || canonical.surface.replace(/e?s$/, '') === v.surface) continue;
      if (
        differentPeople(
          names,
          canonical,
          v,
          group.filter((u) => u.surface === canonical.surface || u.surface === v.surface),
        )
      )
        continue;
      flagged.push(v);
      findings.push({
        start: v.start,
        end: v.end,
        message: `Check the name and spell it one way: “${v.surface}” is spelled “${canonical.surface}” earlier in the story (the same name, transliterated two ways).`,
        related: [{ start: canonical.start, end: canonical.end, message: `First spelled “${canonical.surface}”` }],
        fixes: [
          { title: `Use the first spelling, “${canonical.surface}”`, edits: [{ start: v.start, end: v.end, newText: canonical.surface }], preferred: true },
        ],
      });
    }
  }
  return findings;
}

/**
 * "Mr Jones's" … "Mr Jone's": the apostrophe inside the name, so the name reads "Jone"; and
 * "Dr Nwosus's" for "Dr Nwosu's", an "s" too many. Flagged when the story names the person
 * without the slip and never as the slipped form.
 */
function possessiveSlips(ctx: RuleContext, names: readonly Name[], already: readonly RuleFinding[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const text = ctx.model.text;
  const prose = ctx.model.prose;
  const possessive = (t: NameToken) => /^[’']s$/.test(prose.slice(t.end, t.end + 2)) && !/[\p{L}]/u.test(prose[t.end + 2] ?? '');
  // Every name word, and those the story also uses without "'s".
  const words = new Set<string>();
  const bare = new Set<string>();
  for (const n of names)
    for (const t of n.tokens) {
      words.add(t.text);
      // The right spelling is given as a person's: with a title or a first name.
      if (!possessive(t) && (n.titled || (n.tokens.length >= 2 && personLike(n)))) bare.add(t.text);
    }
  for (const n of names) {
    for (const t of n.tokens) {
      if (!possessive(t) || bare.has(t.text)) continue;
      // Of a person: "Ms Jone's", "Dr Nwosus's", "Helen Jone's" (not "Caesar's" for Caesars Palace,
      // "Conservative Solution's" for Conservative Solutions).
      if (!n.titled && (n.tokens.length < 2 || !personLike(n) || !wordClasses(n.tokens[0]!.text.toLowerCase()).has('FirstName'))) continue;
      const mark = prose.slice(t.end, t.end + 2);
      if (already.some((f) => f.start < t.end + 2 && t.start < f.end)) continue;
      let right: string | null = null;
      // "Jone's" where the story has "Jones": the apostrophe belongs after the s.
      if (bare.has(`${t.text}s`)) right = `${t.text}s${mark[0]}s`;
      // "Nwosus's" where the story has "Nwosu": one s too many.
      else if (t.text.endsWith('s') && bare.has(t.text.slice(0, -1)) && t.text.length >= 5 && !/ss$/.test(t.text)) right = `${t.text.slice(0, -1)}${mark}`;
      if (!right) continue;
      const wrong = text.slice(t.start, t.end + 2);
      findings.push({
        start: t.start,
        end: t.end + 2,
        message: `Check the possessive: “${wrong}” makes the name “${t.text}”; the story spells it “${right.replace(/[’']s$/, '')}” (“${right}”).`,
        fixes: [{ title: `Change to “${right}”`, edits: [{ start: t.start, end: t.end + 2, newText: right }], preferred: true }],
      });
    }
  }
  return findings;
}

/** A letter added or dropped at the end makes another name: Malone / Maloney, Carson / Carsoni. */
function endEdit(a: string, b: string): boolean {
  return a.length !== b.length && (a.startsWith(b) || b.startsWith(a));
}

/** Damerau-Levenshtein distance of exactly one: one letter changed, added, dropped or two swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Every word of the surface is a common word of the language (not a first name or surname), or one of them is, alone. */
function commonWords(surface: string): boolean {
  const parts = surface.split(/[\s‐-]+/).filter(Boolean);
  const common = (w: string) => {
    const classes = wordClasses(w.toLowerCase());
    return classes.size > 0 && !classes.has('FirstName') && !classes.has('LastName');
  };
  return parts.length === 1 ? common(parts[0]!) : parts.every(common);
}

// Names made of real words of the language ("Long", "Young", "Rising") are not compared.
function wordShaped(surface: string): boolean {
  return surface.split(' ').every((w) => w.length >= 3);
}

/**
 * Two spellings with different partners — "Brian Smith" and "Bryan Jones", "Hassan Rouhani" and
 * "Hasan Ali" — are two people. Spellings whose names share a partner (by key), or where one has
 * no partner, are one.
 */
function differentPeople(names: readonly Name[], a: Unit, b: Unit, group: readonly Unit[]): boolean {
  const pa = partnersOf(names, group, a.surface);
  const pb = partnersOf(names, group, b.surface);
  if (pa.size === 0 || pb.size === 0) return false;
  return ![...pa].some((k) => pb.has(k));
}

/** The keys of the other words of every name in which `surface` stands ("Kofi" for "Annan"). */
function partnersOf(names: readonly Name[], group: readonly Unit[], surface: string): Set<string> {
  const keys = new Set<string>();
  for (const u of group) {
    if (u.surface !== surface) continue;
    const n = names[u.name]!;
    n.tokens.forEach((t, i) => {
      if ((i < u.from || i > u.to) && !PARTICLES.has(t.text)) keys.add(nameKey(t.text));
    });
  }
  return keys;
}

/** The two spellings stand beside one partner word ("Kofi Annan" … "Kofi Anan"), or the later one has a title ("Mr Anan"). */
function sharePartner(names: readonly Name[], group: readonly Unit[], a: Unit, b: Unit): boolean {
  if (names[b.name]!.titled) return true;
  const pa = partnersOf(names, group, a.surface);
  return [...partnersOf(names, group, b.surface)].some((k) => pa.has(k));
}

/**
 * A surname in a line-up is another player when the look-alike is listed too (Dawson and Dowson
 * in one squad) or is only ever a first name (Richie Byrne, and Ritchie in the team sheet); a
 * slip of a player named in full ("Gabriel Heintze" … "Ferdinand, Heinze, Ronaldo") is still one.
 */
function anotherInLineUp(names: readonly Name[], listed: ReadonlySet<number>, group: readonly Unit[], canonical: Unit, v: Unit): boolean {
  if (!listed.has(v.name)) return false;
  const uses = group.filter((u) => u.surface === canonical.surface);
  return uses.some((u) => listed.has(u.name)) || uses.every((u) => u.from === 0 && u.to < names[u.name]!.tokens.length - 1);
}

/** The two differ only in a doubled letter: "Life" / "Liffe", "Scot" / "Scott". */
function onlyDoubling(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x !== y && x.replace(/(.)\1+/g, '$1') === y.replace(/(.)\1+/g, '$1');
}

/** The word before `at` (past spaces only, on the same line) starts with a capital letter. */
function capitalisedWordBefore(prose: string, at: number): boolean {
  let i = at;
  while (i > 0 && (prose[i - 1] === ' ' || prose[i - 1] === '\t')) i--;
  if (i === at) return false;
  let j = i;
  while (j > 0 && !/\s/.test(prose[j - 1]!)) j--;
  return j < i && /^\p{Lu}$/u.test(prose[j]!);
}

/**
 * "Borders Council" … "Scottish Borders Council": an organisation named first by a short form
 * and later by its full name is one body called two things, and the full name belongs at the
 * first reference. The short form must keep a word of its own beside the head ("Borders
 * Council", not "the Council"), and the full name must not have been given before it.
 */
function shortThenFullOrganisation(prose: string, names: readonly Name[], already: readonly RuleFinding[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  // A whole name: no capitalised word before it that the name finder left out ("Government
  // Development Bank", "LA Daily News"), and it does not go on ("Massachusetts Institute of Technology").
  const whole = (n: Name) => !capitalisedWordBefore(prose, n.start) && !/^\s+(?:of|for|on|and|&)\s+\p{Lu}/u.test(prose.slice(n.end, n.end + 12));
  // Words that can make a body's full name: a place or people ("Scottish"), a name; not "Among", "US-based".
  const qualifier = (w: string) =>
    /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w) &&
    [...wordClasses(w.toLowerCase())].every((c) => c === 'FirstName' || c === 'LastName' || c === 'Place' || c === 'Adjective');
  const seen = new Map<string, Name>();
  const reported = new Set<string>();
  const tailOfAnother = new Set<string>();
  const words = (n: Name) => n.tokens.map((t) => t.text);
  for (const n of names) {
    const w = words(n);
    if (w.length < 2 || !BODY_HEADS.has(w[w.length - 1]!.toLowerCase()) || w.some((x) => PARTICLES.has(x) || endsWithApostropheS(x)) || !whole(n)) continue;
    const full = w.join(' ');
    // A shorter form given earlier whose words end this name ("Borders Council" in "Scottish Borders Council").
    // Not when another full name ending with it came first ("Yale Law School" … "Law School" …
    // "Stanford Law School": the short form was the first school's).
    let short: Name | undefined;
    for (let k = 1; k <= w.length - 2 && !short; k++) {
      const tail = w.slice(k).join(' ');
      const earlier = seen.get(tail);
      if (earlier && !seen.has(full) && !tailOfAnother.has(tail) && w.slice(0, k).every(qualifier)) short = earlier;
    }
    if (!seen.has(full)) seen.set(full, n);
    for (let k = 1; k <= w.length - 2; k++) if (!seen.has(w.slice(k).join(' '))) tailOfAnother.add(w.slice(k).join(' '));
    if (!short || reported.has(full) || already.some((f) => f.start < n.end && n.start < f.end)) continue;
    reported.add(full);
    const was = prose.slice(short.start, short.end);
    const now = prose.slice(n.start, n.end);
    findings.push({
      start: n.start,
      end: n.end,
      message: `Check the name and use one form: “${now}” is called “${was}” earlier in the story; give the full name at the first reference.`,
      related: [{ start: short.start, end: short.end, message: `First called “${was}”` }],
      fixes: [],
    });
  }
  return findings;
}

// "Rami Abdel Rahman", not "Syrian Observatory", "White House", "New York" or "Islamic State".
export function personLike(n: Name): boolean {
  const first = n.tokens[0]!.text.toLowerCase();
  const last = n.tokens[n.tokens.length - 1]!.text.toLowerCase();
  if (n.tokens.length > 4 || ORG_HEADS.has(last) || ORG_HEADS.has(first)) return false;
  // The first word a first name (or a word the lexicon does not know, as most non-English first
  // names are), the last word a surname or unknown: not "White House", "Security Policy".
  const firstClasses = wordClasses(first);
  if (firstClasses.size > 0 && !firstClasses.has('FirstName')) return false;
  const lastClasses = wordClasses(last);
  if ([...lastClasses].some((c) => c !== 'FirstName' && c !== 'LastName')) return false;
  return n.tokens.every((t) => !PARTICLES.has(t.text) || t.position > 0);
}
