/**
 * A locale pack: the words of one language that the time reader needs, besides month names
 * (those come from Intl, see ../months.ts). Words are written as people write them; they are
 * folded (lower case, no diacritics) when the lexicon is built.
 */
export interface LocalePack {
  lang: string;
  /** "kw.", "quarter", "quý": a number or Roman numeral beside it is a quarter. */
  quarter: string[];
  /** "półrocze", "half": a number beside it is a half-year. */
  half: string[];
  /** Words that introduce a calendar month number ("tháng 3" is March). */
  calendarMonth: string[];
  /** Words that count months from the plan's start ("Month 1–3", "M4"). */
  relativeMonth: string[];
  /** Words that introduce a year ("năm 2020", "rok 2020") or count years from the start ("Year 2"). */
  year: string[];
  /** Words between two times that make a range. */
  range: string[];
  /** Words between two times that make a list. */
  list: string[];
  /** "between … and …": the list word after it makes a range. */
  between: string[];
  /** Week words: "week 2", "tuần 1"; the number after them is not a month. */
  week?: string[];
  /** Words that carry no time and may be skipped. */
  filler: string[];
  early: string[];
  mid: string[];
  late: string[];
  /** Ordinal suffixes glued to a number ("1st", "2e", "3.") and ordinal words. */
  ordinalSuffix: string[];
  ordinalWords: Record<string, number>;
  /** "whole" in "whole year", "cały rok", "cả năm". */
  whole: string[];
  /** Extra month forms Intl does not give (Polish locative, old spellings). */
  monthExtras: Record<string, number>;
  /** Seasons, as month spans in the northern hemisphere. */
  seasons: Record<string, [number, number]>;
  /** Words that mean "the first/second half of the year" in one go. */
  halfPhrases?: Record<string, number>;
}
