/**
 * The parsers, in the order that breaks ties. At each token every parser is tried and the longest match wins;
 * between matches of the same length the earlier parser wins. The order below is that priority:
 * - whole-year and vietnamese-half read phrases whose words the other parsers would read one by one;
 * - quarter-half before relative: "Q3" and "H1" are quarters and halves, not a count of months;
 * - calendar-month ("tháng 3") before numeric-date and month-name;
 * - numeric-date before month-name, season, roman-month and year, which read a single word or number.
 * The bare-number parser is not in this list: the scanner tries it only where nothing else matched.
 */
import { calendarMonth } from './calendar-month';
import { monthName } from './month-name';
import { numericDate } from './numeric-date';
import { quarterOrHalf } from './quarter-half';
import { relative } from './relative';
import { romanMonth } from './roman-month';
import { season } from './season';
import type { Parser } from './types';
import { vietnameseHalf } from './vietnamese-half';
import { wholeYear } from './whole-year';
import { year } from './year';

export type { Match, ParseEnv, Parser } from './types';
export { bare } from './bare';

export const PARSERS: readonly Parser[] = [wholeYear, vietnameseHalf, quarterOrHalf, relative, calendarMonth, numericDate, monthName, season, romanMonth, year];
