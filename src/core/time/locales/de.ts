import type { LocalePack } from './pack';

export const de: LocalePack = {
  lang: 'de',
  quarter: ['quartal', 'quartals', 'quartale'],
  half: ['halbjahr', 'halbjahres', 'hj'],
  calendarMonth: [],
  relativeMonth: ['monat', 'monate', 'monaten'],
  year: ['jahr', 'jahre', 'jahres', 'jahren'],
  range: ['bis'],
  list: ['und', 'oder'],
  between: ['zwischen'],
  week: ['woche', 'wochen'],
  filler: ['von', 'vom', 'ab', 'im', 'in', 'seit', 'zum', 'zur', 'ca', 'etwa', 'während'],
  early: ['anfang', 'beginn'],
  mid: ['mitte'],
  late: ['ende'],
  ordinalSuffix: [],
  ordinalWords: { erstes: 1, erste: 1, ersten: 1, zweites: 2, zweite: 2, zweiten: 2, drittes: 3, dritte: 3, dritten: 3, viertes: 4, vierte: 4, vierten: 4 },
  whole: ['ganzes', 'ganze', 'ganzjährig'],
  monthExtras: { jänner: 1 },
  seasons: { frühling: [3, 5], frühjahr: [3, 5], sommer: [6, 8], herbst: [9, 11] },
};
