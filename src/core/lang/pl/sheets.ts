import type { SheetWords } from '../types';

export const sheets: SheetWords = {
  schedule: {
    no: 'Lp.', activity: 'Działanie', owner: 'Odpowiedzialny', time: 'Termin (zapis)', unscheduled: 'Bez czytelnego terminu', full: 'Realizacja przez cały okres',
    partial: 'Realizacja przez część okresu', legend: 'Legenda', sheet: 'Harmonogram', quarter: '{roman} kw.',
  },
  clean: {
    sheet: 'Czysty plan',
    headers: {
      plan: 'Plan', goalNo: 'Nr celu', goal: 'Cel', activityNo: 'Nr działania', activity: 'Działanie', method: 'Metoda', time: 'Termin', start: 'Początek', end: 'Koniec',
      quarters: 'Kwartały', owners: 'Odpowiedzialni', outcome: 'Rezultat', findings: 'Uwagi', source: 'Źródło',
    },
    grid: '(siatka)',
    ours: '(Activity Matrix)',
  },
  convert: { sheet: 'Tabela planu', source: 'Wiersz źródłowy', section: 'Etap / sekcja' },
};
