// date-mismatch: a weekday that contradicts its date ("Friday, December 10, 2016" — a Saturday),
// a date that does not exist ("February 30"), and "yesterday (Friday)" in a story whose dateline
// makes yesterday a Tuesday. Bare weekdays ("on Saturday") are never flagged: any day of the past
// week is a fair reading of them.
import { addDays, documentYear, findDateline, findDates, findWeekdays, formatDate, MONTHS, weekdayLike, weekdayOf, WEEKDAYS, type DateMention } from '../analysis/dates';
import { perText } from './helpers';
import type { Rule, RuleFinding } from './rule';

export const dateMismatch: Rule = {
  id: 'date-mismatch',
  defaultSeverity: 'warning',
  description: 'A weekday that contradicts its date ("Friday, December 10, 2016" was a Saturday), a date that does not exist, or "yesterday (Friday)" against the dateline.',
  check(ctx) {
    const { model } = ctx;
    const findings: RuleFinding[] = [];
    const dateline = findDateline(model.prose, model.blocks);
    const all: DateMention[] = [];
    for (const block of model.blocks) all.push(...perText(ctx, 'dates', block, findDates));
    // A date without a year takes the dateline's, or else the one year all the document's dates agree on.
    const fallbackYear = dateline?.year ?? documentYear(all);
    const yearSource = dateline?.year ? 'the dateline' : 'the other dates in the story';
    for (const d of all) {
      if (!d.valid) {
        findings.push({ start: d.start, end: d.end, message: `${MONTHS[d.month]} has no day ${d.day}${d.year ? ` in ${d.year}` : ''}: check the date.` });
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
        message: `${when} was a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[d.weekday.index]}${assumed ? ` (taking the year ${year} from ${yearSource})` : ''}: check the weekday and the date.`,
        fixes: [{ title: `Change “${written}” to “${right}”`, edits: [{ start: d.weekday.start, end: d.weekday.end, newText: right }], preferred: true }],
      });
    }
    // "yesterday (Friday)" against the dateline's day.
    const year = dateline ? dateline.year ?? documentYear(all) : null;
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
            message: `The dateline is ${formatDate(today)}, so “${relative}” is ${formatDate(meant)}, not a ${WEEKDAYS[w.index]}: check the day.`,
            fixes: [{ title: `Change “${written}” to “${right}”`, edits: [{ start: w.start, end: w.end, newText: right }], preferred: true }],
            related: [{ start: dateline.date.start, end: dateline.date.end, message: 'The dateline' }],
          });
        }
      }
    }
    return findings;
  },
};

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
