import type { LocalePack } from './pack';

export const en: LocalePack = {
  lang: 'en',
  quarter: ['quarter', 'quarters', 'qtr', 'qtrs'],
  half: ['half', 'half-year', 'halfyear', 'semester'],
  calendarMonth: [],
  relativeMonth: ['month', 'months', 'mo', 'mth', 'm'],
  year: ['year', 'years', 'yr', 'yrs', 'y', 'fy'],
  range: ['to', 'till', 'til', 'until', 'through', 'thru'],
  list: ['and', 'or', '&'],
  between: ['between'],
  week: ['week', 'wk', 'weeks'],
  filler: ['from', 'since', 'in', 'of', 'the', 'on', 'during', 'by', 'around', 'about', 'approx', 'approximately', 'ca', 'circa', 'starting', 'ending', 'before', 'after', 'throughout', 'within', 'at', 'calendar', 'period', 'fiscal', 'date', 'dates'],
  early: ['early', 'beginning', 'begin', 'start'],
  mid: ['mid', 'middle'],
  late: ['late', 'end'],
  ordinalSuffix: ['st', 'nd', 'rd', 'th'],
  ordinalWords: { first: 1, second: 2, third: 3, fourth: 4 },
  whole: ['whole', 'full', 'all', 'entire'],
  monthExtras: { sept: 9 },
  seasons: { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2] },
};
