/**
 * Days of the lunar calendar (the Chinese calendar, which Vietnam's Tết follows) in a Gregorian year, through
 * Intl's "chinese" calendar (CLDR): Tết is the first day of the first month, Trung thu the fifteenth of the eighth.
 */

const DAY = 86400000;
const found = new Map<string, [number, number]>();
let format: Intl.DateTimeFormat | null | undefined;

function formatter(): Intl.DateTimeFormat | null {
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
      // A runtime without the calendar formats Gregorian dates: 10 January would read as month 1, day 10.
      if (format.resolvedOptions().calendar !== 'chinese') format = null;
    } catch {
      format = null;
    }
  }
  return format;
}

/**
 * The Gregorian month and day of a lunar month and day in `year`, searched from the 10th of the same Gregorian
 * month over 60 days (the lunar date falls 3 to 7 weeks later); `usual` where Intl has no lunar calendar.
 */
export function lunarDate(year: number, month: number, day: number, usual: [number, number]): [number, number] {
  const key = `${year}-${month}-${day}`;
  const known = found.get(key);
  if (known) return known;
  const f = formatter();
  let out = usual;
  if (f) {
    for (let t = Date.UTC(year, month - 1, 10), end = t + 60 * DAY; t < end; t += DAY) {
      const parts = f.formatToParts(new Date(t));
      if (parts.find((p) => p.type === 'month')?.value === String(month) && parts.find((p) => p.type === 'day')?.value === String(day)) {
        const d = new Date(t);
        out = [d.getUTCMonth() + 1, d.getUTCDate()];
        break;
      }
    }
  }
  found.set(key, out);
  return out;
}
