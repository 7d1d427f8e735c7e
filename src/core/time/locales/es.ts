import type { LocalePack } from './pack';

export const es: LocalePack = {
  lang: 'es',
  quarter: ['trimestre', 'trimestres', 'trim'],
  half: ['semestre', 'semestres'],
  calendarMonth: [],
  relativeMonth: ['mes', 'meses'],
  year: ['año', 'años', 'ano', 'anos'],
  range: ['a', 'al', 'hasta'],
  list: ['y', 'e', 'o'],
  between: ['entre'],
  week: ['semana', 'semanas'],
  filler: ['de', 'del', 'desde', 'en', 'el', 'la', 'los', 'las', 'durante', 'para', 'fecha', 'aprox'],
  early: ['inicio', 'inicios', 'principios', 'comienzo'],
  mid: ['mediados', 'medio'],
  late: ['fin', 'finales', 'final'],
  ordinalSuffix: ['o', 'º', 'er', 'do', 'ro', 'to'],
  ordinalWords: { primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4 },
  whole: ['todo'],
  monthExtras: { setiembre: 9 },
  seasons: { primavera: [3, 5], verano: [6, 8], otoño: [9, 11], invierno: [12, 2] },
};
