import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldSourceKind, lowercaseWords } from '../../eval/kind';

const ARTICLE = 'Candidates spoke. The candidates and many critics met Trump. A report said the senator lied.';

test('goldSourceKind derives the kind from the gold source text', () => {
  const lowercase = lowercaseWords(ARTICLE);
  const cases: [string, string][] = [
    ['He', 'pronoun'],
    ['which', 'pronoun'],
    ['Some critics', 'vague'],
    ['experts at the think tank', 'vague'],
    ['Trump’s critics', 'vague'],
    ['a new Pew poll released Friday', 'document'],
    ['The report', 'document'],
    ['court records', 'document'],
    ['The Washington Post', 'named'], // capitalised "Post" is a name, not a document
    ['Donald Trump', 'named'],
    ['Trump', 'named'], // never written in lower case in the article
    ['Sen. Smith', 'named'],
    ['Candidates', 'anonymous'], // capitalised only because it starts a sentence
    ['President', 'anonymous'], // a title alone names no one
    ['Republican officials', 'anonymous'],
    ['a senior official', 'anonymous'],
  ];
  for (const [source, kind] of cases) assert.equal(goldSourceKind(source, lowercase), kind, source);
});
