// name-first-reference: a surname alone ("Rahman said") before the story gives the full name
// ("Rami Abdel Rahman"). Off by default: its measured precision is below the bar (docs/rules).
// It reads the names inconsistent-name finds (findNames), so the two rules agree on what a name is.
import type { Rule, RuleContext, RuleFinding } from './rule';
import { findNames, personLike, type Name } from './inconsistent-name';
import words from './inconsistent-name.words.json';

// Words that make a bare surname attributive, not a reference to the person ("the Clinton campaign").
const ATTRIBUTIVE = new Set(words.attributive.map((w) => w.word));

export const nameFirstReference: Rule = {
  id: 'name-first-reference',
  // A name or a date is wrong wherever it stands: the headline's too.
  checksHeadlines: true,
  defaultSeverity: 'information',
  defaultEnabled: false,
  description: 'A surname used alone before the story gives the full name ("Rahman said …" before "Rami Abdel Rahman").',
  check: (ctx) => surnameFirst(ctx, findNames(ctx)),
};

function surnameFirst(ctx: RuleContext, names: readonly Name[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  // A first paragraph of one short sentence is a headline that the format did not mark: headlines use surnames.
  // So does a dek: any of the first three paragraphs that is one short sentence.
  const { blocks, sentences, text } = ctx.model;
  const heads = blocks
    .slice(0, 3)
    .filter((b, i) => sentences.filter((x) => x.block === i).length === 1 && text.slice(b.start, b.end).split(/\s+/).length <= 25);
  const inHead = (n: Name) => heads.some((b) => b.start <= n.start && n.start < b.end);
  const attributive = (n: Name) => {
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(n.end, n.end + 30))?.[1];
    return next !== undefined && ATTRIBUTIVE.has(next);
  };
  const fullBySurname = new Map<string, Name[]>();
  for (const n of names) {
    if (n.tokens.length < 2 || n.suffixed || !personLike(n)) continue;
    const surname = n.tokens[n.tokens.length - 1]!.text;
    let list = fullBySurname.get(surname);
    if (!list) fullBySurname.set(surname, (list = []));
    list.push(n);
  }
  for (const [surname, fulls] of fullBySurname) {
    // Anyone with that surname counts here, person-like or not ("Bill Clinton": "bill" is also a noun).
    const firstNames = new Set(
      names
        .filter((n) => n.tokens.length >= 2 && n.tokens[n.tokens.length - 1]!.text === surname)
        .map((f) =>
          f.tokens
            .slice(0, -1)
            .map((t) => t.text)
            .join(' '),
        ),
    );
    if (firstNames.size !== 1) continue;
    // Anyone else in the story with that surname ("Bill Clinton Jr.", "the Clintons") makes the bare surname ambiguous.
    if (names.some((n) => n.suffixed && n.tokens.some((t) => t.text === surname))) continue;
    const full = fulls[0]!;
    const fullText = full.tokens.map((t) => t.text).join(' ');
    const alone = names.find(
      (n) => n.start < full.start && n.tokens.length === 1 && n.tokens[0]!.text === surname && !n.titled && !attributive(n) && !inHead(n) && !ctx.inQuote(n),
    );
    if (!alone) continue;
    findings.push({
      start: alone.start,
      end: alone.end,
      message: `Use the full name on first reference: “${surname}” appears before the story gives the full name, “${fullText}”.`,
      related: [{ start: full.start, end: full.end, message: `The full name, “${fullText}”` }],
      fixes: [{ title: `Use the full name, “${fullText}”`, edits: [{ start: alone.start, end: alone.end, newText: fullText }] }],
    });
  }
  return findings;
}
