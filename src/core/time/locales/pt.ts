import type { LocalePack } from './pack';

export const pt: LocalePack = {
  lang: 'pt',
  quarter: ['trimestre', 'trimestres'],
  half: ['semestre', 'semestres'],
  calendarMonth: [],
  relativeMonth: ['mês', 'meses'],
  year: ['ano', 'anos'],
  range: ['a', 'até', 'ao'],
  list: ['e', 'ou'],
  between: ['entre'],
  week: ['semana', 'semanas'],
  filler: ['de', 'do', 'da', 'desde', 'em', 'no', 'na', 'o', 'durante'],
  early: ['início', 'inícios', 'começo'],
  mid: ['meados'],
  late: ['fim', 'final', 'finais'],
  ordinalSuffix: ['º', 'o', 'ª'],
  ordinalWords: { primeiro: 1, segundo: 2, terceiro: 3, quarto: 4 },
  whole: ['todo'],
  monthExtras: {},
  seasons: { primavera: [3, 5], verão: [6, 8], outono: [9, 11], inverno: [12, 2] },
};
