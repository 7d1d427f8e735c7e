/** Polish. */
import type { LangPack } from '../types';
import { headers } from './headers';
import { time } from './time';
import { shown } from './shown';

export const pl: LangPack = {
  code: shown.code,
  name: shown.name,
  time,
  headers,
  vagueOwners: ['wszyscy', 'wszystkie', 'każdy', 'wszyscy członkowie', 'zespół', 'cały zespół', 'wszyscy partnerzy', 'do ustalenia', 'różni', 'wszyscy pracownicy', 'my', 'nikt'],
  ownerJoiners: ['i', 'oraz', 'wraz z', 'we współpracy z'],
  ownerLabels: ['odpowiedzialny', 'odpowiedzialna', 'odpowiedzialni', 'koordynacja', 'współpraca', 'wsparcie', 'partner', 'partnerzy', 'realizator', 'realizatorzy', 'realizuje', 'lider'],
  supportLabels: ['współpraca', 'współpracujący', 'współpracujące', 'we współpracy', 'wsparcie', 'partner', 'partnerzy', 'partnerzy realizacji', 'współrealizator', 'współrealizatorzy', 'podmioty współpracujące', 'jednostki współpracujące'],
  marks: { yes: ['tak', 't'], no: ['nie', 'brak'] },
  nonActivity: ['razem', 'suma', 'ogółem', 'łącznie', 'sporządził', 'sporządziła', 'zatwierdził', 'zatwierdziła', 'podpis', 'legenda', 'uwaga', 'uwagi', 'źródło', 'opracował', 'opracowała', 'sprawdził'],
  planTitles: ['projekt', 'projektu', 'plan', 'planu', 'harmonogram', 'harmonogramu', 'program', 'programu', 'kalendarz', 'matryca', 'preliminarz'],
  levels: ['cel ogólny', 'cel główny', 'cel szczegółowy', 'cel', 'rezultat', 'produkt', 'oddziaływanie', 'wynik'],
  list: { goal: ['cel strategiczny', 'kierunek działań', 'zadanie', 'cel', 'cel szczegółowy', 'priorytet', 'obszar'], period: ['okres realizacji', 'termin realizacji', 'czas realizacji', 'termin', 'okres'], section: ['etap', 'komponent', 'faza', 'sposób realizacji', 'forma realizacji', 'działania', 'część'], item: ['działanie'] },
  guess: { letters: 'ąęłńśźż', words: ['i', 'w', 'z', 'na', 'do', 'działanie', 'działania', 'termin', 'cel', 'odpowiedzialny', 'rezultat', 'zadanie', 'kw', 'realizacji', 'osoba'] },
};
