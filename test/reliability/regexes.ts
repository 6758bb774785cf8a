// Every regular expression in server/src: the literals (found by TypeScript's scanner in the
// source) and the ones built at run time with `new RegExp` (recorded by a RegExp constructor
// proxy while the server's modules load and analyse a sample that exercises every rule, custom
// vague phrases included). For the ReDoS test.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');
export const SOURCE = path.join(ROOT, 'server/src');

export interface FoundRegex {
  source: string;
  flags: string;
  /** file:line for a literal, the constructing source line for a built one. */
  where: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [full] : [];
  });
}

/** Regular-expression literals in the TypeScript sources under `dir`. */
export function literalRegexes(dir = SOURCE): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of sourceFiles(dir)) {
    const text = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), where: `${path.relative(ROOT, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/**
 * Regexes built with `new RegExp` (or `RegExp(…)`) by code under server/src while `run` runs:
 * the global constructor is replaced by a recording proxy for the duration.
 */
export function builtRegexes(run: () => void): FoundRegex[] {
  const Original = globalThis.RegExp;
  const out: FoundRegex[] = [];
  const record = (r: RegExp) => {
    const stack = new Error().stack ?? '';
    const frame = stack.split('\n').find((l) => l.includes(`${path.sep}server${path.sep}src${path.sep}`));
    if (frame)
      out.push({
        source: r.source,
        flags: r.flags,
        where: frame
          .trim()
          .replace(/^at\s+/, '')
          .replace(ROOT + path.sep, ''),
      });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const r = Reflect.construct(target, args, newTarget) as RegExp;
      record(r);
      return r;
    },
    apply(target, thisArg, args) {
      const r = Reflect.apply(target, thisArg, args) as RegExp;
      record(r);
      return r;
    },
  });
  try {
    run();
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}

/** Distinct by source and flags (the first place each was found). */
export function distinct(regexes: readonly FoundRegex[]): FoundRegex[] {
  const seen = new Map<string, FoundRegex>();
  for (const r of regexes) if (!seen.has(`${r.flags}/${r.source}`)) seen.set(`${r.flags}/${r.source}`, r);
  return [...seen.values()];
}

export const BASELINE = path.join(__dirname, 'redos-baseline.json');

export interface Baseline {
  recheck: string;
  checked: { key: string; where: string; status: string; attack?: string }[];
  /** key → why a regex recheck does not call safe is acceptable (its input is bounded, …). */
  accepted: Record<string, string>;
}

export const keyOf = (r: { source: string; flags: string }): string => `/${r.source}/${r.flags}`;

/**
 * A pattern built by compilePhrases (rules/helpers.ts) from a word list: a lookbehind, then
 * literal phrases (words joined by \s+, apostrophes as ['’]) as alternatives, then a lookahead.
 * Its shape is checked once in the baseline; a word-list edit changes only the words.
 */
export function phraseListShape(source: string): string | null {
  // (With its opening look-behind, or without it: the form findMatches runs, testing the character before itself.)
  const m = /^(?:\(\?<!\[\\p\{L\}\\p\{N\}'’-\]\))?\(\?:(.*)\)\(\?!\[\\p\{L\}\\p\{N\}'’-\]\)$/.exec(source);
  if (!m) return null;
  const literal = /^(?:[^\\()[\]{}*+?|.^$]|\\s\+|\['’\]|\\[.*+?^${}()|[\]\\/-])+$/;
  return m[1]!.split('|').every((alternative) => literal.test(alternative)) ? 'compilePhrases' : null;
}

/**
 * A word list's alternation is safe by its shape, whatever recheck says of it: recheck's attack
 * strings for these ('tes'.repeat(31623)) are matched in linear time by V8 (2-3 ms at 80,000
 * characters), and the list changes with every word added. Read by the test and by `npm run redos`.
 */
export const PHRASE_LIST_STATUS = 'safe (a compilePhrases word list)';

/** Every regex of server/src: literals, and those built while the core analyses a sample. */
export function allRegexes(): FoundRegex[] {
  const built = builtRegexes(() => {
    for (const k of Object.keys(require.cache)) if (k.includes(`${path.sep}server${path.sep}src${path.sep}`)) delete require.cache[k];
    const { analyze } = require('../../server/src/engine') as typeof import('../../server/src/engine');
    const { DEFAULT_CONFIG } = require('../../server/src/analysis/config') as typeof import('../../server/src/analysis/config');
    const sample =
      'Sources say so. He claimed it, reportedly. “It is over and done with,” she said. It is believed 30 people died on Monday. People close to the matter said so. The house stated that it was fine.';
    for (const format of ['markdown', 'text'] as const)
      analyze(sample, { format, config: { ...DEFAULT_CONFIG, vaguePhrases: ['people close to the matter'], attributionVerb: 'stated' } });
  });
  return distinct([...literalRegexes(), ...built]);
}

/** recheck's verdict on one regex (RECHECK_BACKEND decides the backend; `pure` runs offline in-process). */
export async function checkRegex(r: FoundRegex, timeout: number): Promise<{ status: string; attack?: string }> {
  const { check } = require('recheck') as typeof import('recheck');
  const d = await check(r.source, r.flags, { timeout });
  return { status: d.status, ...(d.status === 'vulnerable' ? { attack: d.attack.pattern } : {}) };
}
