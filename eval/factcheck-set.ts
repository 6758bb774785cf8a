// The judged fact-check set (eval/data/factcheck/): short stories written for the project, each
// with its planted inconsistencies listed in a header, one per line:
//
//   %% split: dev | heldout | heldout2
//   %% sources: 13                      (a folder under sources/ holding its notes and transcripts)
//   %% expect: inconsistent-figure | 14 stores
//
// A header line starts with "%%"; the story is everything after the header. An expected finding
// is its rule and the text it flags (any occurrence of that text in the story).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Expected {
  rule: string;
  text: string;
}

/** dev: tuned on; heldout: the first held-out third; heldout2: stories 60–74, written blind (README.md beside them). */
export const SPLITS = ['dev', 'heldout', 'heldout2'] as const;
export type Split = (typeof SPLITS)[number];

export interface Story {
  name: string;
  split: Split;
  text: string;
  /** The story's source folder, absolute, if it has one. */
  sources: string | null;
  expected: Expected[];
}

export const FACTCHECK_DIR = path.resolve(__dirname, 'data', 'factcheck');

export function parseStory(name: string, raw: string, dir = FACTCHECK_DIR): Story {
  const lines = raw.split('\n');
  let k = 0;
  const story: Story = { name, split: 'dev', text: '', sources: null, expected: [] };
  for (; k < lines.length && lines[k]!.startsWith('%%'); k++) {
    const m = /^%%\s*([a-z]+):\s*(.*)$/.exec(lines[k]!);
    if (!m) throw new Error(`${name}:${k + 1}: a header line is "%% key: value"`);
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'split') {
      if (!(SPLITS as readonly string[]).includes(value)) throw new Error(`${name}:${k + 1}: split is ${SPLITS.join(', ')}`);
      story.split = value as Split;
    } else if (key === 'sources') story.sources = path.join(dir, 'sources', value.trim());
    else if (key === 'expect') {
      const bar = value.indexOf('|');
      if (bar < 0) throw new Error(`${name}:${k + 1}: expect is "rule | flagged text"`);
      story.expected.push({ rule: value.slice(0, bar).trim(), text: value.slice(bar + 1).trim() });
    } else throw new Error(`${name}:${k + 1}: unknown header "${key}"`);
  }
  story.text = lines.slice(k).join('\n').replace(/^\n+/, '');
  for (const e of story.expected) if (!story.text.includes(e.text)) throw new Error(`${name}: expected text “${e.text}” is not in the story`);
  return story;
}

export function loadStories(dir = FACTCHECK_DIR): Story[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseStory(f, fs.readFileSync(path.join(dir, f), 'utf8'), dir));
}

export interface Scored {
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Judged {
  rule: string;
  flagged: string;
  /** Matches an expected finding (by rule and an overlapping occurrence of its text). */
  expected: boolean;
}

/** Every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push([at, at + needle.length]);
  return out;
}

/**
 * Judges one story's findings: a finding is right when it (or its first related location)
 * overlaps an occurrence of an expected text for its rule (a second finding on the same planted error is right too, and not counted
 * again); an expected finding no finding overlaps is missed.
 */
export function judge(
  story: Story,
  findings: readonly { rule: string; start: number; end: number; related?: readonly { start: number; end: number }[] }[],
  rules: readonly string[],
): { scores: Scored[]; judged: Judged[]; missed: Expected[] } {
  const scores = new Map(rules.map((r) => [r, { rule: r, truePositives: 0, falsePositives: 0, falseNegatives: 0 }]));
  const judged: Judged[] = [];
  const found = new Set<Expected>();
  for (const f of findings) {
    if (!scores.has(f.rule)) continue;
    // A finding about a pair (“14 stores” against “12 stores” earlier) is on either of them.
    const places = [f, ...(f.related ?? []).slice(0, 1)];
    const hit = story.expected.find((e) => e.rule === f.rule && occurrences(story.text, e.text).some(([s, t]) => places.some((p) => s < p.end && p.start < t)));
    judged.push({ rule: f.rule, flagged: story.text.slice(f.start, f.end), expected: hit !== undefined });
    if (!hit) scores.get(f.rule)!.falsePositives++;
    else if (!found.has(hit)) {
      found.add(hit);
      scores.get(f.rule)!.truePositives++;
    }
  }
  const missed = story.expected.filter((e) => !found.has(e) && scores.has(e.rule));
  for (const e of missed) scores.get(e.rule)!.falseNegatives++;
  return { scores: [...scores.values()], judged, missed };
}
