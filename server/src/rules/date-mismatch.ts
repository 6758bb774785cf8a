// date-mismatch: a weekday that contradicts its date ("Friday, December 10, 2016" — a Saturday),
// a date that does not exist ("February 30"), and "yesterday (Friday)" in a story whose dateline
// makes yesterday a Tuesday. Bare weekdays ("on Saturday") are never flagged: any day of the past
// week is a fair reading of them.
import {
  addDays,
  documentYear,
  findDateline,
  findDates,
  findWeekdays,
  formatDate,
  MONTHS,
  weekdayLike,
  weekdayOf,
  WEEKDAYS,
  type DateMention,
} from '../analysis/dates';
import { perText } from './helpers';
import type { Rule, RuleFinding } from './rule';

export const dateMismatch: Rule = {
  id: 'date-mismatch',
  // A name or a date is wrong wherever it stands: the headline's too.
  checksHeadlines: true,
  defaultSeverity: 'warning',
  description:
    'A weekday that contradicts its date ("Friday, December 10, 2016" was a Saturday), a date that does not exist, or "yesterday (Friday)" against the dateline.',
  check(ctx) {
    const { model } = ctx;
    const findings: RuleFinding[] = [];
    const dateline = findDateline(model.prose, model.blocks);
    const all: DateMention[] = [];
    for (const block of model.blocks) all.push(...perText(ctx, 'dates', block, findDates));
    // A date without a year takes the dateline's, or else the one year all the document's dates agree on.
    // Without a dateline, the other dates' year is taken only when the story shows it is its own
    // time: a weekday written with one of them that is right for that year, or two dates in it
    // (not a lone "on 16 January 1996" recalled in a fixture preview).
    const yearOfOthers = documentYear(all);
    const dated = all.filter((d) => d.year !== null);
    const confirmed = dated.length >= 2 || dated.some((d) => d.weekday && d.weekday.index === weekdayOf(d.year!, d.month, d.day));
    const fallbackYear = dateline?.year ?? (confirmed ? yearOfOthers : null);
    const yearSource = dateline?.year ? 'the dateline' : 'the other dates in the story';
    for (const d of all) {
      if (!d.valid) {
        findings.push({ start: d.start, end: d.end, message: `Check the date: ${MONTHS[d.month]} has no day ${d.day}${d.year ? ` in ${d.year}` : ''}.` });
        continue;
      }
      if (!d.weekday || d.weekday.index < 0) continue;
      let year = d.year;
      let assumed = false;
      if (year === null) {
        if (fallbackYear === null) continue;
        year = nearestYear(d.month, d.day, dateline?.year ? dateline : null, fallbackYear);
        assumed = true;
      }
      const actual = weekdayOf(year, d.month, d.day);
      if (actual === d.weekday.index) continue;
      const written = model.text.slice(d.weekday.start, d.weekday.end);
      const right = weekdayLike(written, actual);
      const when = `${MONTHS[d.month]} ${d.day}, ${year}`;
      findings.push({
        start: d.weekday.start,
        end: d.weekday.end,
        message: `Check the weekday and the date: ${when} was a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[d.weekday.index]}${assumed ? ` (taking the year ${year} from ${yearSource})` : ''}.`,
        fixes: [{ title: `Change “${written}” to “${right}”`, edits: [{ start: d.weekday.start, end: d.weekday.end, newText: right }], preferred: true }],
      });
    }
    // No year to check against: the story's own weekday-dates must agree with one another
    // ("Thursday 14 March" beside "Saturday 15 March" and "Monday 17 March"). The weekday most of
    // them imply is taken; a date that is the odd one out is flagged.
    if (fallbackYear === null)
      findings.push(
        ...againstEachOther(
          model.text,
          all.filter((d) => d.year === null && d.valid && d.weekday && d.weekday.index >= 0),
        ),
      );
    // "yesterday (Friday)" against the dateline's day.
    const year = dateline ? (dateline.year ?? documentYear(all)) : null;
    if (dateline && year !== null) {
      const today = { year, month: dateline.month, day: dateline.day };
      for (const sentence of model.sentences) {
        if (!ctx.isCopy(sentence)) continue;
        const dates = all.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
        for (const w of findWeekdays(model.prose, sentence.start, sentence.end, dates)) {
          if (!w.relative || w.index < 0) continue;
          // Quoted speech keeps the speaker's own "today": it may have been said on another day.
          if (ctx.inQuote(w)) continue;
          const meant = addDays(today, w.relative.offset);
          const actual = weekdayOf(meant.year, meant.month, meant.day);
          if (actual === w.index) continue;
          const written = model.text.slice(w.start, w.end);
          const right = weekdayLike(written, actual);
          const relative = model.text.slice(w.relative.start, w.relative.end);
          findings.push({
            start: w.start,
            end: w.end,
            message: `Check the day: the dateline is ${formatDate(today)}, so “${relative}” is ${formatDate(meant)}, not a ${WEEKDAYS[w.index]}.`,
            fixes: [{ title: `Change “${written}” to “${right}”`, edits: [{ start: w.start, end: w.end, newText: right }], preferred: true }],
            related: [{ start: dateline.date.start, end: dateline.date.end, message: 'The dateline' }],
          });
        }
      }
    }
    return findings;
  },
};

function againstEachOther(text: string, dates: readonly DateMention[]): RuleFinding[] {
  // The weekday of 1 January that each date implies, in a year that is not a leap year (dates
  // either side of 29 February in a leap year are a day apart from this: only dates on one side are compared).
  const jan1 = (d: DateMention) => (((d.weekday!.index - dayOfYear(d.month, d.day)) % 7) + 7) % 7;
  const findings: RuleFinding[] = [];
  for (const part of [dates.filter((d) => d.month < 2), dates.filter((d) => d.month >= 2)]) {
    const votes = new Map<number, DateMention[]>();
    for (const d of part) votes.set(jan1(d), [...(votes.get(jan1(d)) ?? []), d]);
    const ranked = [...votes.entries()].sort((a, b) => b[1].length - a[1].length);
    if (ranked.length < 2 || ranked[0]![1].length < 2 || ranked[0]![1].length === ranked[1]![1].length) continue;
    const [key, agreeing] = ranked[0]!;
    for (const [, odd] of ranked.slice(1)) {
      for (const d of odd) {
        const actual = (key + dayOfYear(d.month, d.day)) % 7;
        const written = text.slice(d.weekday!.start, d.weekday!.end);
        const right = weekdayLike(written, actual);
        const others = agreeing.map((x) => `“${text.slice(x.start, x.end)}”`).join(', ');
        findings.push({
          start: d.weekday!.start,
          end: d.weekday!.end,
          message: `Check the weekday and the date: the story's other dates (${others}) make ${d.day} ${MONTHS[d.month]} a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[d.weekday!.index]}.`,
          related: [{ start: agreeing[0]!.start, end: agreeing[0]!.end, message: `Dated “${text.slice(agreeing[0]!.start, agreeing[0]!.end)}”` }],
          fixes: [{ title: `Change “${written}” to “${right}”`, edits: [{ start: d.weekday!.start, end: d.weekday!.end, newText: right }], preferred: true }],
        });
      }
    }
  }
  return findings;
}

function dayOfYear(month: number, day: number): number {
  return Math.round((Date.UTC(2001, month, day) - Date.UTC(2001, 0, 1)) / 86_400_000);
}

// "Friday, Dec. 30" in a story dated Jan. 3, 2017 means Dec. 30, 2016: the nearest such date.
function nearestYear(month: number, day: number, anchor: { year: number | null; month: number; day: number } | null, year: number): number {
  if (!anchor || anchor.year === null) return year;
  const at = Date.UTC(anchor.year, anchor.month, anchor.day);
  let best = anchor.year;
  for (const y of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    if (Math.abs(Date.UTC(y, month, day) - at) < Math.abs(Date.UTC(best, month, day) - at)) best = y;
  }
  return best;
}
