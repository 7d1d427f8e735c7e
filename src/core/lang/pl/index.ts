/** Polish. */
import type { LangPack } from '../types';
import { headers } from './headers';
import { messages } from './messages';
import { sheets } from './sheets';
import { time } from './time';
import { ui } from './ui';

export const pl: LangPack = {
  code: 'pl',
  name: 'Polski',
  time,
  headers,
  vagueOwners: ['wszyscy', 'wszystkie', 'każdy', 'wszyscy członkowie', 'zespół', 'cały zespół', 'wszyscy partnerzy', 'do ustalenia', 'różni', 'wszyscy pracownicy', 'my', 'nikt'],
  ownerJoiners: ['i', 'oraz', 'wraz z', 'we współpracy z'],
  marks: { yes: ['tak', 't'], no: ['nie', 'brak'] },
  nonActivity: ['razem', 'suma', 'ogółem', 'łącznie', 'podsumowanie', 'sporządził', 'sporządziła', 'zatwierdził', 'zatwierdziła', 'podpis', 'legenda', 'uwaga', 'uwagi', 'źródło', 'opracował', 'opracowała', 'sprawdził'],
  list: { goal: ['zadanie', 'cel', 'cel szczegółowy', 'priorytet', 'obszar'], period: ['okres realizacji', 'termin realizacji', 'czas realizacji', 'termin', 'okres'], section: ['etap', 'komponent', 'faza', 'sposób realizacji', 'forma realizacji', 'działania', 'część'] },
  guess: { letters: 'ąęłńśźż', words: ['i', 'w', 'z', 'na', 'do', 'działanie', 'działania', 'termin', 'cel', 'odpowiedzialny', 'rezultat', 'zadanie', 'kw', 'realizacji', 'osoba'] },
  ui,
  messages,
  sheets,
};
