/** ISO 8601 weeks: week 1 is the week with the year's first Thursday, and weeks start on Monday. */

const DAY = 86400000;

/** When ISO week `week` of `year` starts (its Monday, UTC milliseconds); nothing when the year has no such week. */
export function isoWeekMonday(year: number, week: number): number | undefined {
  if (!Number.isInteger(week) || week < 1 || week > 53) return undefined;
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + 7 * (week - 1) * DAY;
  // Week 53 is a week of the year only when its Thursday is.
  return new Date(monday + 3 * DAY).getUTCFullYear() === year ? monday : undefined;
}

/** The month and day of the Thursday of ISO week `week` of `year`; nothing when the year has no such week. */
export function isoWeekThursday(year: number, week: number): { month: number; day: number } | undefined {
  const monday = isoWeekMonday(year, week);
  if (monday === undefined) return undefined;
  const thursday = new Date(monday + 3 * DAY);
  return { month: thursday.getUTCMonth() + 1, day: thursday.getUTCDate() };
}
