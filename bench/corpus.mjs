// The benchmark corpus: the PolNeAR train texts in ../shared (840 political news articles), or,
// when ../shared is absent, a generated stand-in of the same shape (840 articles of about 4.7 KB
// of news-like prose with named, anonymous and vague sources, quotations and figures), made
// deterministically from a fixed seed so that every machine benchmarks the same text.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POLNEAR = path.resolve(ROOT, '../shared/data/polnear/train/text');

/** Every .txt/.md file under `dir`, sorted, with its size. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:txt|md)$/i.test(entry.name)) out.push({ path: full, bytes: fs.statSync(full).size });
    }
  };
  walk(dir);
  return out;
}

/** { dir, files, bytes, description, generated } */
export function corpus() {
  if (fs.existsSync(POLNEAR)) {
    const files = listFiles(POLNEAR);
    return { dir: POLNEAR, files, bytes: sum(files), generated: false, description: `PolNeAR train texts (${path.relative(ROOT, POLNEAR)})` };
  }
  const dir = path.join(os.tmpdir(), 'whosaid-bench-corpus-v1');
  if (!fs.existsSync(path.join(dir, 'DONE'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const rng = mulberry32(20161108);
    for (let i = 0; i < 840; i++) fs.writeFileSync(path.join(dir, `article-${String(i).padStart(3, '0')}.txt`), article(rng));
    fs.writeFileSync(path.join(dir, 'DONE'), '');
  }
  const files = listFiles(dir);
  return { dir, files, bytes: sum(files), generated: true, description: `GENERATED news-like corpus (../shared is absent; seed 20161108, in ${dir})` };
}

/** Paragraphs of the corpus, in file order, for building long editor documents. */
export function paragraphs(files) {
  const out = [];
  for (const f of files) {
    const text = fs.readFileSync(f.path, 'utf8');
    const paras = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.split(/\s+/).length >= 12 && /[.!?"”’]$/.test(l));
    out.push({ title: titleOf(text, f.path), paras });
  }
  return out;
}

/**
 * One plain-text paragraph of at least `bytes` bytes: the corpus's lines joined with single
 * spaces, no blank lines, repeated from the start if the corpus is shorter. A shape of input
 * (a pasted transcript, a file with its line breaks lost) where any per-sentence rescan of the
 * paragraph shows as time growing faster than the input.
 */
export function singleParagraph(files, bytes) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    for (const f of files) {
      for (const line of fs.readFileSync(f.path, 'utf8').split(/\r?\n/)) {
        const t = line.trim();
        if (!t) continue;
        parts.push(t);
        size += Buffer.byteLength(t) + 1;
        if (size >= bytes) return parts.join(' ') + '\n';
      }
    }
  }
  return parts.join(' ') + '\n';
}

/**
 * A Markdown article of at least `words` words, from the corpus articles starting at `first`:
 * each article becomes a `##` section (its title) with its paragraphs, blank-line separated.
 */
export function markdownArticle(articles, words, first = 0) {
  const parts = ['# Newsroom archive digest', ''];
  let count = 0;
  for (let k = first; count < words; k++) {
    const a = articles[k % articles.length];
    if (a.paras.length === 0) continue;
    parts.push(`## ${a.title}`, '');
    for (const p of a.paras) {
      parts.push(p, '');
      count += wordCount(p);
      if (count >= words) break;
    }
  }
  return parts.join('\n');
}

/** Words: whitespace-separated runs with a letter in them. */
export function wordCount(text) {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function titleOf(text, file) {
  const first = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 0 && l.length < 120 && !/[.!?]$/.test(l));
  return (first ?? path.basename(file).replace(/\.\w+$/, '')).replace(/[#*_`[\]]/g, '');
}

function sum(files) {
  return files.reduce((n, f) => n + f.bytes, 0);
}

// ---- the generated stand-in ------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const FIRST = [
  'Maria',
  'John',
  'Aisha',
  'Robert',
  'Elena',
  'David',
  'Fatima',
  'James',
  'Laura',
  'Michael',
  'Sofia',
  'Daniel',
  'Grace',
  'Thomas',
  'Nadia',
  'Paul',
];
const LAST = [
  'Alvarez',
  'Chen',
  'Okafor',
  'Smith',
  'Novak',
  'Haddad',
  'Johnson',
  'Kowalski',
  'Nguyen',
  'Brennan',
  'Schultz',
  'Patel',
  'Moreau',
  'Rahman',
  'Walsh',
  'Ibrahim',
];
const ROLES = [
  'a spokeswoman for the ministry',
  'the committee chairman',
  'a senior analyst at the institute',
  'the mayor',
  'a campaign adviser',
  'the state treasurer',
  'a former diplomat',
  'the union leader',
];
const ORGS = [
  'the Department of Transportation',
  'the city council',
  'the Federal Reserve',
  'the World Health Organization',
  'the state legislature',
  'the election commission',
  'the Pentagon',
  'the central bank',
];
const ANON = [
  'a senior official',
  'two people familiar with the talks',
  'an aide who was not authorized to speak publicly',
  'a person close to the campaign',
  'officials',
];
const VAGUE = ['some critics', 'many experts', 'some reports', 'observers', 'sources'];
const VERBS = ['said', 'said', 'said', 'told reporters', 'added', 'noted', 'argued', 'claimed', 'warned', 'insisted', 'wrote in a statement'];
const TOPICS = [
  'the budget',
  'the new tariff',
  'the bridge project',
  'the ceasefire',
  'the housing plan',
  'the vaccine rollout',
  'the pension reform',
  'the trade talks',
  'the water supply',
  'the school funding formula',
];
const CLAIMS = [
  'would cost taxpayers more than $4 billion over the next decade',
  'had been delayed by at least six months',
  'was the largest such program in the country',
  'left 14 people injured and hundreds without power',
  'could be approved as early as next week',
  'was widely seen as a setback for the governor',
  'reportedly drew objections from several lawmakers',
  'would affect nearly 30 percent of households',
  'had surprisingly little support among voters',
  'was expected to pass the Senate on Thursday',
];
const QUOTES = [
  'We are not going to accept a deal that leaves working families behind',
  'This is a matter of public safety, and we will act accordingly',
  'The numbers simply do not add up',
  'I have never seen anything like it in thirty years of public service',
  'Our priority is to get people back into their homes',
  'There is still a lot of work to do before anyone can call this a success',
];

function person(rng) {
  return `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
}

function sentence(rng) {
  const topic = pick(rng, TOPICS);
  const claim = pick(rng, CLAIMS);
  switch (Math.floor(rng() * 8)) {
    case 0:
      return `${cap(topic)} ${claim}, ${person(rng)}, ${pick(rng, ROLES)}, ${pick(rng, VERBS)} on ${pick(rng, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.`;
    case 1:
      return `“${pick(rng, QUOTES)},” ${person(rng)} said.`;
    case 2:
      return `According to ${pick(rng, ORGS)}, ${topic} ${claim}.`;
    case 3:
      return `${cap(pick(rng, ANON))} said ${topic} ${claim}.`;
    case 4:
      return `${cap(pick(rng, VAGUE))} say ${topic} ${claim}.`;
    case 5:
      return `${cap(topic)} ${claim}.`;
    case 6:
      return `${person(rng)} ${pick(rng, VERBS)} that ${topic} ${claim}, and ${pick(rng, ['she', 'he', 'they'])} called it “${pick(rng, QUOTES).toLowerCase()}.”`;
    default:
      return `It is believed that ${topic} ${claim}, although ${pick(rng, ORGS)} has not commented.`;
  }
}

function article(rng) {
  const lines = [
    `${cap(pick(rng, TOPICS))} faces new scrutiny in ${pick(rng, ['Ohio', 'Brussels', 'Lagos', 'Manila', 'Quebec', 'Texas'])}`,
    '',
    `By ${person(rng)}`,
    '',
  ];
  let bytes = 0;
  while (bytes < 4500) {
    const n = 1 + Math.floor(rng() * 3);
    const p = Array.from({ length: n }, () => sentence(rng)).join(' ');
    lines.push(p, '');
    bytes += p.length + 2;
  }
  return lines.join('\n');
}

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}
