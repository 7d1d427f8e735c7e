import type { LocalePack } from './pack';

export const fr: LocalePack = {
  lang: 'fr',
  quarter: ['trimestre', 'trimestres', 'trim'],
  half: ['semestre', 'semestres'],
  calendarMonth: [],
  relativeMonth: ['mois'],
  year: ['année', 'années', 'an', 'ans', 'annee'],
  range: ['à', 'au', 'jusqu', 'jusqua', 'jusquau'],
  list: ['et', 'ou'],
  between: [],
  week: ['semaine', 'semaines', 'sem'],
  filler: ['de', 'du', 'des', 'depuis', 'en', 'le', 'la', 'les', 'pendant', 'dès', 'l', 'd'],
  early: ['début'],
  mid: ['mi', 'milieu'],
  late: ['fin'],
  ordinalSuffix: ['e', 'er', 're', 'ème', 'eme', 'nd', 'nde'],
  ordinalWords: { premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4 },
  whole: ['toute', 'tout'],
  monthExtras: {},
  seasons: { printemps: [3, 5], été: [6, 8], automne: [9, 11], hiver: [12, 2] },
};
