/**
 * The parsers, in the order that breaks ties. At each token every parser is tried and the longest match wins;
 * between matches of the same length the earlier parser wins. The order below is that priority:
 * - leads ("by", "do końca", "from") open a segment, before the words they share with ranges;
 * - compact-date reads a whole number only when the column has a pattern for it;
 * - whole-year, vietnamese-half and vietnamese-date read phrases whose words the other parsers would read one by one;
 * - relative-quarter before quarter-half and relative: "Year 1 Q2" is months 4 to 6 of the plan, not Q2 and a year;
 * - quarter-half before relative: "Q3" and "H1" are quarters and halves, not a count of months;
 * - calendar-week before relative: "week 12 2025" is a week of 2025, "week 12" alone one of the plan;
 * - calendar-month ("tháng 3") before numeric-date and month-name;
 * - holiday before month-name: "Tết" is the lunar new year, not a truncated month of a language we have no pack for;
 * - school-term before school-year: "học kỳ I năm học 2025-2026" is the first term, not the whole school year;
 * - school-year before year: "rok szkolny 2025/2026" is September to June, not two whole years;
 * - numeric-date before month-name, recurring, relative-year, season, roman-month and year, which read a word or a number;
 * - weekday and clock last: they only drop words ("Monday,", "14:14") that nothing else reads.
 * The bare-number parser is not in this list: the scanner tries it only where nothing else matched.
 */
import { calendarMonth } from './calendar-month';
import { calendarWeek } from './calendar-week';
import { clock } from './clock';
import { compactDate } from './compact-date';
import { holiday } from './holiday';
import { leads } from './leads';
import { monthName } from './month-name';
import { numericDate } from './numeric-date';
import { quarterOrHalf } from './quarter-half';
import { recurring } from './recurring';
import { relative } from './relative';
import { relativeQuarter } from './relative-quarter';
import { relativeYear } from './relative-year';
import { romanMonth } from './roman-month';
import { schoolTerm } from './school-term';
import { schoolYear } from './school-year';
import { season } from './season';
import type { Parser } from './types';
import { vietnameseDate } from './vietnamese-date';
import { vietnameseHalf } from './vietnamese-half';
import { weekday } from './weekday';
import { wholeYear } from './whole-year';
import { year } from './year';

export type { Match, ParseEnv, Parser } from './types';
export { bare } from './bare';

export const PARSERS: readonly Parser[] = [
  leads, compactDate, wholeYear, vietnameseHalf, vietnameseDate, relativeQuarter, quarterOrHalf, calendarWeek, relative, calendarMonth, numericDate, holiday, monthName,
  recurring, relativeYear, schoolTerm, schoolYear, season, romanMonth, year, weekday, clock,
];
