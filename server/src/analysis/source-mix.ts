// The source mix of a story: who it quotes, each person once, and how its attributions divide
// between named, anonymous, vague and document sources — the batch "sourcing audit" newsrooms run
// afterwards, here from the one analysis the editor already has. Pure: an analysis result in, a
// summary out; the language server's `whosaid/sourceMix` and the editor's "Source Mix" view show it.
//
// Who an attribution counts for:
// - a named source is the person the story introduced ("Amanda Price", then "Price", "Ms Price",
//   "the council leader" are one person, see people.ts), else the name as written ("Reuters");
// - a pronoun counts for the source it was resolved to ("she said" after "Price said");
// - anonymous, vague and document sources are grouped by their words, whatever their article
//   ("a senior official" and "the senior official", "some reports" twice).
// An attribution inside another speaker's quotation is that speaker's source, not the story's: it
// is left out. So are attributions with no source found, pronouns that refer to no one, and
// "sources" that are no one (the model's null kind).
import type { AnalysisResult } from './index';
import { resolvePerson, type PeopleModel } from './people';
import type { Attribution, SourceKind, Span } from './types';

/** The kinds a source of the mix can be: a pronoun counts as the kind of what it refers to. */
export type MixKind = Exclude<SourceKind, 'pronoun'>;
export const MIX_KINDS: readonly MixKind[] = ['named', 'anonymous', 'vague', 'document'];

export interface MixSource {
  /** The person's name as the story introduces them ("Amanda Price"), or the source as first written ("a senior official"). */
  name: string;
  kind: MixKind;
  /** Attributions to this source, pronouns resolved to it included. */
  attributions: number;
  /** How many of them attribute a direct quotation. */
  directQuotes: number;
  /** How many of them are a pronoun resolved to this source ("he said"). */
  viaPronoun: number;
  /** Where each attribution names the source (the pronoun, for one resolved to it), in document order. */
  mentions: Span[];
}

export interface KindCount {
  /** Distinct sources of the kind. */
  sources: number;
  /** Attributions to sources of the kind. */
  attributions: number;
  /** The kind's share of the counted attributions, 0–1 (0 when there are none). */
  share: number;
}

export interface SourceMix {
  /** Most attributions first, then in order of first appearance. */
  sources: MixSource[];
  kinds: Record<MixKind, KindCount>;
  /** Attributions counted (the sum over `sources`). */
  attributions: number;
  /** Pronoun sources that refer to no earlier source ("it said" with nothing before it): not counted. */
  unresolved: number;
  /** Attribution cues with no source found ("it is believed"): not counted. */
  unsourced: number;
}

interface Group extends MixSource {
  first: number;
}

/** The source mix of one analysed document. */
export function buildSourceMix(result: AnalysisResult): SourceMix {
  const { model } = result;
  const groups = new Map<string, Group>();
  // The group each counted attribution's source went to, by the source's span: a pronoun's
  // resolved source is an earlier attribution's source.
  const bySpan = new Map<string, Group>();
  const people: People = { model: model.people, names: model.people.people.map((p) => squash(p.name)) };
  let unresolved = 0;
  let unsourced = 0;
  result.attributions.forEach((a, i) => {
    if (model.nested[i]) return;
    if (!a.source) {
      unsourced++;
      return;
    }
    // "More and more firms are finding themselves in deep water": a situation, no one's report.
    if (!a.sourceKind) return;
    let group: Group | undefined;
    if (a.sourceKind === 'pronoun') {
      const to = a.resolvedSource;
      if (!to) {
        unresolved++;
        return;
      }
      group = bySpan.get(spanKey(to)) ?? groupFor(groups, people, to.text, to.start, 'named');
      group.viaPronoun++;
    } else {
      group = groupFor(groups, people, a.source.text, a.source.start, a.sourceKind);
      bySpan.set(spanKey(a.source), group);
    }
    add(group, a);
  });
  const sources = [...groups.values()].sort((x, y) => y.attributions - x.attributions || x.first - y.first).map(({ first: _first, ...source }) => source);
  const total = sources.reduce((n, s) => n + s.attributions, 0);
  const kinds = Object.fromEntries(
    MIX_KINDS.map((k) => {
      const of = sources.filter((s) => s.kind === k);
      const attributions = of.reduce((n, s) => n + s.attributions, 0);
      return [k, { sources: of.length, attributions, share: total === 0 ? 0 : attributions / total }];
    }),
  ) as Record<MixKind, KindCount>;
  return { sources, kinds, attributions: total, unresolved, unsourced };
}

function add(group: Group, a: Attribution): void {
  group.attributions++;
  if (a.direct) group.directQuotes++;
  group.mentions.push({ start: a.source!.start, end: a.source!.end });
}

/** The story's people, with their names whitespace-collapsed once. */
interface People {
  model: PeopleModel;
  names: string[];
}

function groupFor(groups: Map<string, Group>, people: People, source: string, at: number, kind: MixKind): Group {
  // "Peter Morgan, a lawyer for the Sierra Club," is Peter Morgan: a name before an appositive is who it is.
  const name = kind === 'named' ? nameBeforeAppositive(source) : null;
  const text = name ?? source;
  const person = kind === 'named' ? personOf(people, source, name, at) : -1;
  const key = person >= 0 ? `person\0${person}` : `${kind}\0${textKey(text)}`;
  let group = groups.get(key) ?? (kind === 'named' && person < 0 ? laterReference(groups, text) : undefined);
  if (!group) {
    const display = person >= 0 ? people.model.people[person]!.name : trimEnd(squash(text));
    group = { name: display, kind, attributions: 0, directQuotes: 0, viaPronoun: 0, mentions: [], first: at };
    groups.set(key, group);
  }
  return group;
}

// The capitalised words before a comma, a bracket or a dash ("Mr. Barrett, the lawyer for …"), or null.
function nameBeforeAppositive(source: string): string | null {
  const at = source.search(/[,(—–]/u);
  const head = at > 0 ? source.slice(0, at).trim() : '';
  return head && head.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) ? head : null;
}

// The index in the people model of the person a named source is, or -1: by name, surname or role
// (people.ts), of the whole source or of the name before its appositive, else the one person whose
// full name the source contains ("port director Lina Okafor", "Another former lawmaker, Sen. Joe
// Pettit (I-Conn.),"). A source naming two people ("Price and Brandt") is neither.

function personOf(people: People, text: string, name: string | null, at: number): number {
  const resolved = resolvePerson(people.model, text, at) ?? (name ? resolvePerson(people.model, name, at) : null);
  if (resolved) return people.model.people.indexOf(resolved);
  const source = squash(text);
  let found = -1;
  for (let i = 0; i < people.names.length; i++) {
    if (!containsName(source, people.names[i]!)) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

// "The agency" after "the Environment Agency", "the company" after "Acme Company": a definite
// reference by the last word of one organisation the story named before (and of only one).
function laterReference(groups: Map<string, Group>, text: string): Group | undefined {
  const head = /^the\s+(\p{Ll}[\p{L}-]*)$/iu.exec(squash(text))?.[1]?.toLowerCase();
  if (!head) return undefined;
  const named = [...groups.entries()].filter(([key, g]) => key.startsWith('named\0') && g.name.includes(' ') && g.name.toLowerCase().split(' ').pop() === head);
  return named.length === 1 ? named[0]![1] : undefined;
}

function containsName(text: string, name: string): boolean {
  const i = text.indexOf(name);
  if (i < 0) return false;
  const before = text[i - 1];
  const after = text[i + name.length];
  return (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// "A senior official" and "the senior official", "Some reports" and "some reports": one source.
function textKey(text: string): string {
  return trimEnd(
    squash(text)
      .toLowerCase()
      .replace(/^(?:the|a|an)\s+/, ''),
  );
}

// Without the punctuation a source can end on ("Officials, who spoke on condition of anonymity,").
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && ' ,;:(—–-'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}
