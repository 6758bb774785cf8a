// A development split carved out of train: tuning on it keeps dev honest for reporting.
// "holdout" is a stable tenth of the train articles (by a hash of the name); "train-fit" the rest.
// "holdout:K" / "train-fit:K" (K = 1..9) are the other tenths, for cross-validation: one holdout
// of ~80 articles gives ~60 unattributed-claim findings, too few to tell 5% from 10%. Train with
// `--fold K` to leave tenth K out.

export function isHoldout(article: string, fold = 0): boolean {
  let h = 0;
  for (let i = 0; i < article.length; i++) h = (h * 31 + article.charCodeAt(i)) >>> 0;
  return h % 10 === fold;
}

/** The fold a `--fold K` argument names (0, the default holdout, when absent). */
export function foldArgument(args: readonly string[]): number {
  const i = args.indexOf('--fold');
  const fold = i >= 0 ? Number(args[i + 1]) : 0;
  if (!Number.isInteger(fold) || fold < 0 || fold > 9) throw new Error(`--fold takes 0..9, not ${args[i + 1]}`);
  return fold;
}

/** The folder a split's files live in, and which of its articles belong to it. */
export function splitSource(split: string): { folder: string; includes: (article: string) => boolean } {
  const [name, k] = split.split(':');
  const fold = k === undefined ? 0 : Number(k);
  if (name === 'holdout') return { folder: 'train', includes: (a) => isHoldout(a, fold) };
  if (name === 'train-fit') return { folder: 'train', includes: (a) => !isHoldout(a, fold) };
  return { folder: split, includes: () => true };
}
