// Calendar dates and weekdays as news copy writes them ("Friday, December 10, 2016", "Dec. 10",
// "10 December", "on Saturday", "yesterday (Friday)"), and the story's dateline ("BEIRUT,
// Dec. 10 (Reuters) –", "Published: December 10, 2016"). Shared by date-mismatch and the claims
// ledger. Pure: prose in, spans out.
import type { Span } from './types';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const WEEKDAY_ABBR: Record<string, number> = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, weds: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 };
const MONTH_ABBR: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };

const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|(?:Sun|Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat)\\.?)';
const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';

// "Tuesday, 1 March 1945 GMT" is a kick-off at 19:45, not a year (fixture lists lose the colon).
const TIME_ZONE_AFTER = /^\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT)\b/;
// "December 10, 2016", "Dec. 10", "10 December 2016", "10th of December"; an optional weekday
// before it ("Friday, December 10", "Friday (Dec. 10)", "on Friday the 10th of December").
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<wd>${WEEKDAY_RE})(?:,\\s+|\\s*\\(\\s*|\\s*[–—-]\\s*|\\s+)(?:the\\s+)?)?` +
    `(?:(?<m1>${MONTH_RE})\\s+(?<d1>${DAY_RE})(?![\\p{N}:])(?:,?\\s+(?<y1>(?:1[89]|20)\\d\\d)(?!\\p{N}))?` +
    `|(?<d2>${DAY_RE})(?:\\s+of)?\\s+(?<m2>${MONTH_RE})(?:,?\\s+(?<y2>(?:1[89]|20)\\d\\d)(?!\\p{N}))?)` +
    `(?:\\)|(?![\\p{L}]))`,
  'gu',
);
// The first three letters of every alternative of MONTH_RE.
const MONTH_START = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const ISO_DATE = /(?<![\p{N}-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\p{N}])/gu;
const BARE_WEEKDAY = new RegExp(`(?<![\\p{L}])${WEEKDAY_RE}(?![\\p{L}])`, 'gu');
const RELATIVE = /(?<![\p{L}])(yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|last night)(?![\p{L}])/giu;

export interface CalendarDate {
  year: number | null;
  /** 0-based, as in JavaScript's Date. */
  month: number;
  day: number;
}

export interface DateMention extends Span, CalendarDate {
  /** The weekday written with the date ("Friday" in "Friday, December 10"), 0 = Sunday. */
  weekday: { start: number; end: number; index: number } | null;
  /** False for "February 30". */
  valid: boolean;
}

export interface WeekdayMention extends Span {
  index: number;
  /** "yesterday (Friday)", "today, Monday,": the relative day it is given as. */
  relative: { start: number; end: number; offset: -1 | 0 | 1 } | null;
}

/** Calendar dates between `start` and `end` of `prose`, in order. */
export function findDates(prose: string, start: number, end: number): DateMention[] {
  const text = prose.slice(start, end);
  const out: DateMention[] = [];
  DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Every date names a month: most sentences have none, and this test is far cheaper than DATE's.
  const hasMonth = MONTH_START.test(text);
  while (hasMonth && (m = DATE.exec(text)) !== null) {
    const g = m.groups!;
    const monthText = g.m1 ?? g.m2!;
    const month = monthIndex(monthText);
    const day = Number.parseInt(g.d1 ?? g.d2!, 10);
    // "May 5" is a date; "may 5" and "March 5 percent" are not.
    if (monthText === 'May' && g.d1 && /^\s*(?:percent|%)/.test(text.slice(m.index + m[0].length))) continue;
    if (g.d2 && !g.m2) continue;
    let yearText: string | undefined = g.y1 ?? g.y2;
    let cut = 0;
    if (yearText && TIME_ZONE_AFTER.test(text.slice(m.index + m[0].length))) {
      // The "year" is a time: the date ends before it.
      cut = m[0].length - m[0].lastIndexOf(yearText);
      while (cut < m[0].length && /[\s,]/.test(m[0][m[0].length - cut - 1]!)) cut++;
      yearText = undefined;
    }
    const year = yearText ? Number(yearText) : null;
    let weekday: DateMention['weekday'] = null;
    if (g.wd) {
      const at = m.index + m[0].indexOf(g.wd);
      weekday = { start: start + at, end: start + at + g.wd.replace(/\.$/, '').length, index: weekdayIndex(g.wd) };
    }
    let matchEnd = m.index + m[0].length - cut;
    // A ")" closes "Friday (Dec. 10)" only when it opened one.
    if (text[matchEnd - 1] === ')' && !/\(/.test(m[0])) matchEnd--;
    const dateStart = weekday ? weekday.start - start : m.index;
    out.push({ start: start + dateStart, end: start + matchEnd, year, month, day, weekday, valid: day <= daysIn(month, year ?? 2000) });
  }
  ISO_DATE.lastIndex = 0;
  const hasHyphen = text.includes('-');
  while (hasHyphen && (m = ISO_DATE.exec(text)) !== null) {
    const year = Number(m[1]);
    const month = Number(m[2]) - 1;
    const day = Number(m[3]);
    out.push({ start: start + m.index, end: start + m.index + m[0].length, year, month, day, weekday: null, valid: day <= daysIn(month, year) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Weekdays between `start` and `end` that are not part of a calendar date, with any "yesterday" beside them. */
export function findWeekdays(prose: string, start: number, end: number, dates: readonly DateMention[]): WeekdayMention[] {
  const text = prose.slice(start, end);
  const out: WeekdayMention[] = [];
  BARE_WEEKDAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_WEEKDAY.exec(text)) !== null) {
    const word = m[0].replace(/\.$/, '');
    const s = start + m.index;
    if (dates.some((d) => d.weekday && d.weekday.start === s)) continue;
    // Abbreviations only as weekdays when they end in a period or stand in a dateline: "Sat." is rare in copy; "Sun" is a newspaper.
    if (word.length <= 4 && !/\.$/.test(m[0])) continue;
    out.push({ start: s, end: s + word.length, index: weekdayIndex(word), relative: relativeBeside(text, m.index, m.index + word.length, start) });
  }
  return out;
}

// "yesterday (Friday)", "yesterday, Friday,", "Friday (yesterday)", "today — Monday —".
function relativeBeside(text: string, wStart: number, wEnd: number, base: number): WeekdayMention['relative'] {
  const before = /(yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|last night)\s*(?:\(|,|—|–|-)\s*$/i.exec(
    text.slice(Math.max(0, wStart - 20), wStart),
  );
  if (before) {
    const at = wStart - before[0].length;
    return { start: base + at, end: base + at + before[1]!.length, offset: relativeOffset(before[1]!) };
  }
  const after = /^\s*(?:\(|,|—|–)\s*(yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|last night)(?:\)|,|\s*—|\s*–)/i.exec(
    text.slice(wEnd, wEnd + 24),
  );
  if (after) {
    const at = wEnd + after[0].indexOf(after[1]!);
    return { start: base + at, end: base + at + after[1]!.length, offset: relativeOffset(after[1]!) };
  }
  return null;
}

function relativeOffset(word: string): -1 | 0 | 1 {
  const w = word.toLowerCase();
  return w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
}

/** Relative day words ("yesterday", "today") between `start` and `end`. */
export function findRelativeDays(prose: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const text = prose.slice(start, end);
  RELATIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE.exec(text)) !== null) out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

export interface Dateline extends Span, CalendarDate {
  /** Where the dateline's date was written. */
  date: Span;
}

const DATELINE_WIRE = new RegExp(
  `^[\\p{Lu}][\\p{Lu}\\p{M} .,'’/-]{1,60},?\\s+(?:${WEEKDAY_RE},?\\s+)?(${MONTH_RE}\\s+${DAY_RE}(?:,?\\s+(?:1[89]|20)\\d\\d)?|${DAY_RE}\\s+${MONTH_RE}(?:,?\\s+(?:1[89]|20)\\d\\d)?)\\s*\\((?:Reuters|AP|AFP|UPI|Xinhua|dpa|Bloomberg|ANSA|EFE|Anadolu)\\)`,
  'u',
);
// "RIVERTON, March 14, 2024 –": a place in capitals, a full date, a dash.
// "VALENCIA, Spain, Oct. 31, 2024 –": the place may name its country.
const DATELINE_PLACE = new RegExp(
  `^[\\p{Lu}][\\p{Lu}\\p{M} .,'’/-]{1,60},\\s+(?:\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+){0,2},\\s+)?(?:${WEEKDAY_RE},?\\s+)?(${MONTH_RE}\\s+${DAY_RE},?\\s+(?:1[89]|20)\\d\\d|${DAY_RE}\\s+${MONTH_RE},?\\s+(?:1[89]|20)\\d\\d)\\s*[–—-]`,
  'u',
);
// `\\s*(?:on\\s*)?(?::\\s*)?`, not `\\s*(?:on)?\\s*:?\\s*`: the same language, without three ways to split
// a run of blanks (cubic in "Published" followed by a long run of spaces).
const DATELINE_LABEL = new RegExp(
  `^(?:Published|Updated|Posted|Last updated|Date|Dated)\\s*(?:on\\s*)?(?::\\s*)?(?:\\d{1,2}:\\d\\d\\s*(?:[AP]\\.?M\\.?)?\\s*(?:[A-Z]{2,4})?,?\\s*)?((?:${WEEKDAY_RE},?\\s+)?(?:${MONTH_RE}\\s+${DAY_RE},?\\s+(?:1[89]|20)\\d\\d|${DAY_RE}\\s+${MONTH_RE},?\\s+(?:1[89]|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d))`,
  'iu',
);
const DATELINE_ALONE = new RegExp(
  `^((?:${WEEKDAY_RE},?\\s+)?(?:${MONTH_RE}\\s+${DAY_RE},?\\s+(?:1[89]|20)\\d\\d|${DAY_RE}\\s+${MONTH_RE},?\\s+(?:1[89]|20)\\d\\d))\\s*(?:[|•·–—-].{0,40})?$`,
  'u',
);

/**
 * The story's dateline: a wire dateline opening a paragraph ("BEIRUT, Dec. 10 (Reuters) –"), a
 * "Published:" line, or a line that is only a date, among the first lines of the document. A
 * dateline without a year takes the year of the document's other dates when they all agree.
 */
export function findDateline(prose: string, blocks: readonly Span[]): Dateline | null {
  for (const block of blocks.slice(0, 8)) {
    const line = prose.slice(block.start, block.end);
    const trimmed = line.trimStart();
    const lead = line.length - trimmed.length;
    for (const pattern of [DATELINE_WIRE, DATELINE_PLACE, DATELINE_LABEL, DATELINE_ALONE]) {
      const m = pattern.exec(trimmed);
      if (!m) continue;
      const at = block.start + lead + m.index + m[0].indexOf(m[1]!);
      const dates = findDates(prose, at, at + m[1]!.length);
      const iso = /^((?:19|20)\d\d)-(\d\d)-(\d\d)$/.exec(m[1]!);
      const date =
        dates[0] ??
        (iso ? { start: at, end: at + m[1]!.length, year: Number(iso[1]), month: Number(iso[2]) - 1, day: Number(iso[3]), weekday: null, valid: true } : null);
      if (!date || !date.valid) continue;
      return {
        start: block.start + lead,
        end: block.start + lead + m[0].length,
        year: date.year,
        month: date.month,
        day: date.day,
        date: { start: date.start, end: date.end },
      };
    }
  }
  return null;
}

/** The one year that every dated mention with a year agrees on, if they do. */
export function documentYear(dates: readonly CalendarDate[]): number | null {
  const years = new Set(dates.map((d) => d.year).filter((y): y is number => y !== null));
  return years.size === 1 ? [...years][0]! : null;
}

/** The weekday of a date, 0 = Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month, day)).getUTCDay();
}

/** Days from one date to another. */
export function daysBetween(a: Required<CalendarDate>, b: Required<CalendarDate>): number {
  return Math.round((Date.UTC(b.year!, b.month, b.day) - Date.UTC(a.year!, a.month, a.day)) / 86_400_000);
}

export function addDays(date: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(date.year, date.month, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

export function weekdayIndex(word: string): number {
  const w = word.replace(/\.$/, '').toLowerCase();
  const full = WEEKDAYS.findIndex((d) => d.toLowerCase() === w);
  return full >= 0 ? full : (WEEKDAY_ABBR[w] ?? -1);
}

export function monthIndex(word: string): number {
  const w = word.replace(/\.$/, '').toLowerCase();
  const full = MONTHS.findIndex((d) => d.toLowerCase() === w);
  return full >= 0 ? full : (MONTH_ABBR[w] ?? -1);
}

export function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** "Saturday, December 10, 2016". */
export function formatDate(d: { year: number; month: number; day: number }): string {
  return `${WEEKDAYS[weekdayOf(d.year, d.month, d.day)]}, ${MONTHS[d.month]} ${d.day}, ${d.year}`;
}

/** A weekday name in the form of the one it replaces: "Fri." → "Sat.", "FRIDAY" → "SATURDAY". */
export function weekdayLike(original: string, index: number): string {
  const name = WEEKDAYS[index]!;
  const bare = original.replace(/\.$/, '');
  let out =
    bare.length <= 5 && bare.toLowerCase() !== name.toLowerCase()
      ? name.slice(0, bare.length === 4 && index === 2 ? 4 : bare.length === 5 && index === 4 ? 5 : 3)
      : name;
  if (bare === bare.toUpperCase() && bare.length > 1) out = out.toUpperCase();
  return out;
}
