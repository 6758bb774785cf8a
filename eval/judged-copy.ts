// The copy desk's judged articles (eval/data/copy, see its README) as the evaluations read them:
// shared by eval:copy (every rule) and eval:claims (unattributed-claim on the tune split). Each
// article's story comes from ../shared (a BBC train article or a PolNeAR text), with the judged
// headline above it, as the desk judged it. Only the judgments of the articles asked for are read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildDocument, type Judgment } from './copy-score';

export const COPY_DATA = path.join(__dirname, 'data', 'copy');

export interface JudgedArticle {
  id: string;
  style: string;
  corpus: 'bbc' | 'polnear';
  index?: number;
  file?: string;
  split: 'tune' | 'fresh' | 'tune2' | 'heldout' | 'fresh2' | 'fresh3';
  category?: string;
}

/** An article of the chosen ones: its judgment and story, or `judgment: null` when it is not judged yet. */
export type LoadedArticle = { article: JudgedArticle; judgment: Judgment; doc: string } | { article: JudgedArticle; judgment: null };

/** The articles of articles.json that `chosen` keeps, in its order, with their judgments and stories (`shared`: the ../shared folder). */
export function* judgedArticles(shared: string, chosen: (a: JudgedArticle) => boolean): Generator<LoadedArticle> {
  const articles: JudgedArticle[] = JSON.parse(fs.readFileSync(path.join(COPY_DATA, 'articles.json'), 'utf8'));
  let bbc: { text: string }[] | undefined;
  for (const article of articles.filter(chosen)) {
    const file = path.join(COPY_DATA, 'judgments', `${article.id}.json`);
    if (!fs.existsSync(file)) {
      yield { article, judgment: null };
      continue;
    }
    const judgment: Judgment = JSON.parse(fs.readFileSync(file, 'utf8'));
    const raw =
      article.corpus === 'bbc'
        ? (bbc ??= JSON.parse(fs.readFileSync(path.join(shared, 'data', 'bbc', 'train.json'), 'utf8')) as { text: string }[])[article.index!]!.text
        : fs.readFileSync(path.join(shared, 'data', 'polnear', article.file!), 'utf8');
    yield { article, judgment, doc: buildDocument(raw, judgment.headline) };
  }
}
