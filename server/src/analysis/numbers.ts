// Numbers as news copy writes them: numerals ("4,500", "3.2"), scale words ("$3.2 million",
// "2bn"), number words ("twelve", "twenty-five", "a dozen", "one hundred and twenty"). Pure
// string work; the figures finder (figures.ts) decides what a number counts.

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const WORD = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen'].sort((a, b) => b.length - a.length).join('|');

/** A run of number words: "twelve", "twenty-five", "a dozen", "one hundred and twenty", "two million". */
export const NUMBER_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:a\\s+(?=dozen|hundred|thousand|million|billion))?(?:${WORD})(?:(?:-|\\s+|\\s+and\\s+)(?:${WORD}))*(?![\\p{L}\\p{N}'’])(?!-)`,
  'giu',
);

/**
 * A numeral with an optional scale word: "4,500", "3.2 million", "2bn", "1.5m" (money only). Not the
 * second half of a score or vote written with a dash ("voted 7–4"), nor digits inside a name ("A320").
 */
export const NUMERAL =
  /(?<![\p{L}\p{N}.,/:\-–—])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(million|billion|trillion|thousand|bn|mn|(?<=[$€£]\s?[\d.,]{1,20})m)(?![\p{L}\p{N}]))?/giu;

/** The value of a run of number words; null when it is not a well-formed number. */
export function parseNumberWords(text: string): number | null {
  const words = text
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'and');
  if (words[0] === 'a') words[0] = 'one';
  let total = 0;
  let group = 0;
  let seen = false;
  for (const w of words) {
    if (w in UNITS) {
      if (seen && group % 10 !== 0) return null; // "five six"
      if (seen && group > 0 && group % 100 !== 0 && UNITS[w]! >= 10) return null;
      group += UNITS[w]!;
    } else if (w in TENS) {
      if (seen && group % 100 !== 0) return null;
      group += TENS[w]!;
    } else if (w === 'dozen') {
      group = (group || 1) * 12;
    } else if (w === 'hundred') {
      group = (group || 1) * 100;
    } else if (w in SCALES) {
      total += (group || 1) * SCALES[w]!;
      group = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + group : null;
}

/** The value of a numeral and its scale word: ("3.2", "million") → 3,200,000. */
export function parseNumeral(digits: string, scale?: string): number {
  const value = Number(digits.replace(/,/g, ''));
  return value * scaleOf(scale);
}

export function scaleOf(scale: string | undefined): number {
  switch (scale?.toLowerCase()) {
    case 'thousand':
      return 1e3;
    case 'million':
    case 'mn':
    case 'm':
      return 1e6;
    case 'billion':
    case 'bn':
      return 1e9;
    case 'trillion':
      return 1e12;
    default:
      return 1;
  }
}

/**
 * The interval of values a stated number stands for, given its precision: "3.2 million" means
 * 3.15–3.25 million, "12 percent" 11.5–12.5 percent; a plain count "4,500" means exactly 4,500.
 */
export function precisionInterval(digits: string, scale: string | undefined, rounded: boolean): [number, number] {
  const value = parseNumeral(digits, scale);
  if (!rounded && scaleOf(scale) === 1) return [value, value];
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  const half = (0.5 * scaleOf(scale)) / 10 ** decimals;
  return [value - half, value + half];
}

/** Formats a number for a message: 4500 → "4,500", 3200000 → "3.2 million". */
export function formatNumber(value: number): string {
  for (const [word, scale] of [
    ['trillion', 1e12],
    ['billion', 1e9],
    ['million', 1e6],
  ] as const) {
    if (Math.abs(value) >= scale) return `${+(value / scale).toFixed(2)} ${word}`;
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
