import type { HeaderWords } from '../types';

export const headers: HeaderWords = {
  goal: [
    'cel', 'cele', 'cel szczegółowy', 'cel operacyjny', 'cel strategiczny', 'cele szczegółowe', 'cel ogólny', 'cele operacyjne', 'priorytet', 'obszar', 'obszar działania',
    'obszar działań', 'kierunek działań', 'kierunek działania', 'etap', 'faza', 'komponent', 'moduł', 'zadanie główne', 'zadania główne', 'działanie główne', 'działania główne', 'oś priorytetowa', 'blok',
  ],
  activity: [
    'działanie', 'działania', 'zadanie', 'zadania', 'czynność', 'czynności', 'aktywność', 'element harmonogramu', 'element harmonogramu prac', 'nazwa działania',
    'przedsięwzięcie', 'przedsięwzięcia', 'opis działania', 'nazwa zadania', 'zadanie szczegółowe', 'zadania szczegółowe', 'nazwa', 'opis zadania', 'prace', 'praca',
    'wydarzenie', 'inicjatywa', 'krok', 'zakres prac', 'rodzaj działania', 'rodzaj prac', 'planowane działania', 'temat',
  ],
  method: ['metoda', 'metody', 'sposób realizacji', 'forma realizacji', 'sposób', 'forma', 'metodologia', 'sposób wykonania', 'opis', 'szczegóły', 'narzędzia', 'tryb realizacji', 'formy realizacji', 'sposób wdrożenia'],
  time: [
    'czas', 'termin', 'termin realizacji', 'okres realizacji', 'okres', 'data', 'harmonogram', 'kiedy', 'czas realizacji', 'terminy', 'data realizacji', 'miesiąc',
    'kwartał', 'rok', 'tydzień', 'terminarz', 'przewidywany termin', 'planowany termin', 'terminy realizacji',
  ],
  owner: [
    'odpowiedzialny', 'odpowiedzialni', 'osoba odpowiedzialna', 'osoby odpowiedzialne', 'realizator', 'realizatorzy', 'wykonawca', 'wykonawcy', 'uczestnicy', 'kto',
    'podmiot odpowiedzialny', 'odpowiedzialność', 'kto robi', 'kto realizuje', 'partner', 'partnerzy', 'jednostka odpowiedzialna', 'koordynator', 'podmiot realizujący',
    'jednostka realizująca', 'osoba', 'osoby', 'przypisane do', 'odpowiedzialna', 'podmioty odpowiedzialne', 'realizujący', 'jednostka', 'wydział', 'zespół',
  ],
  outcome: [
    'rezultat', 'rezultaty', 'oczekiwany rezultat', 'oczekiwane rezultaty', 'efekt', 'efekty', 'wynik', 'wyniki', 'produkt', 'produkty', 'wskaźnik', 'wskaźniki',
    'oczekiwane efekty', 'oczekiwany efekt', 'wskaźnik realizacji', 'wskaźniki realizacji', 'miernik', 'mierniki', 'wartość docelowa', 'produkt końcowy', 'spodziewane efekty',
  ],
  start: ['data rozpoczęcia', 'rozpoczęcie', 'początek', 'od', 'data początkowa', 'start', 'data startu', 'termin rozpoczęcia'],
  end: ['data zakończenia', 'zakończenie', 'koniec', 'do', 'data końcowa', 'termin zakończenia'],
  duration: ['czas trwania', 'liczba dni', 'dni', 'długość', 'liczba tygodni'],
  number: ['lp', 'l p', 'nr', 'numer', 'nr porządkowy', 'nr zadania', 'nr działania', 'nr celu'],
  plan: ['nazwa planu', 'plan'],
  logframe: ['wskaźnik', 'wskaźniki', 'wartość bazowa', 'wartość docelowa', 'źródło weryfikacji', 'źródła weryfikacji', 'założenia', 'sposób weryfikacji'],
  other: [
    'data utworzenia', 'utworzono', 'utworzone przez', 'data modyfikacji', 'ostatnia modyfikacja', 'zmodyfikowano', 'ukończone przez', 'nazwa zasobnika', 'zasobnik', 'identyfikator zadania', 'postęp', 'cykliczne', 'opóźnione', 'etykiety',
    'etap / sekcja', 'wiersz źródłowy', 'sekcja',
    'status', 'stan', 'uwagi', 'uwaga', 'komentarz', 'komentarze', 'budżet', 'koszt', 'koszty', 'źródło finansowania', 'źródła finansowania', 'postęp', 'ryzyko', 'ryzyka',
    'notatki', 'stopień realizacji', 'stan realizacji', 'kwota', 'wartość', 'priorytet zadania', 'zależności', 'godziny', 'liczba godzin', 'nakład pracy',
  ],
};
