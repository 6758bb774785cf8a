// A development split carved out of train: tuning on it keeps dev honest for reporting.
// "holdout" is a stable tenth of the train articles (by a hash of the name); "train-fit" the rest.

export function isHoldout(article: string): boolean {
  let h = 0;
  for (let i = 0; i < article.length; i++) h = (h * 31 + article.charCodeAt(i)) >>> 0;
  return h % 10 === 0;
}

/** The folder a split's files live in, and which of its articles belong to it. */
export function splitSource(split: string): { folder: string; includes: (article: string) => boolean } {
  if (split === 'holdout') return { folder: 'train', includes: isHoldout };
  if (split === 'train-fit') return { folder: 'train', includes: (a) => !isHoldout(a) };
  return { folder: split, includes: () => true };
}
