import type { TimeWords } from '../types';

export const time: TimeWords = {
  quarter: ['kw', 'kwartał', 'kwartału', 'kwartale', 'kwartały', 'kwart', 'kwartałach', 'kwartałem'],
  // "I połowa 2020" is the first half; "połowa 2020" alone is mid-2020 (a modifier: see mid).
  half: ['półrocze', 'półroczu', 'półrocza', 'półr', 'półroczach', 'połowa', 'połowie', 'połowy', 'poł'],
  calendarMonth: [],
  relativeMonth: ['miesiąc', 'miesiące', 'miesięcy', 'miesiąca', 'mies', 'mc', 'msc', 'm-c'],
  year: ['rok', 'roku', 'r', 'lata', 'latach', 'lat', 'rokiem'],
  range: ['do'],
  list: ['i', 'oraz', 'lub', 'albo'],
  between: ['między', 'pomiędzy'],
  week: ['tydzień', 'tygodniu', 'tyg', 'tydz', 'tygodnie', 'tygodni', 'tygodnia'],
  day: ['dzień', 'dni'],
  filler: ['od', 'w', 'we', 'na', 'z', 'ze', 'okres', 'okresie', 'około', 'ok', 'przed', 'po', 'termin', 'realizacji', 'w ciągu', 'ciągu', 'dnia', 'dn', 'latach', 'końca', 'najpóźniej', 'co', 'każdy', 'każdego', 'raz'],
  early: ['początek', 'początku', 'początkiem', 'pocz'],
  mid: ['połowa', 'połowie', 'połowy', 'połowę', 'środek', 'środku', 'poł'],
  late: ['koniec', 'końca', 'końcem', 'końcu', 'kon'],
  ordinalSuffix: ['ty', 'gi', 'ci', 'szy', 'go', 'ego', 'y'],
  ordinalWords: {
    pierwszy: 1, pierwsze: 1, pierwsza: 1, pierwszym: 1, pierwszego: 1, drugi: 2, drugie: 2, druga: 2, drugim: 2, drugiego: 2,
    trzeci: 3, trzecie: 3, trzecia: 3, trzecim: 3, trzeciego: 3, czwarty: 4, czwarte: 4, czwarta: 4, czwartym: 4, czwartego: 4,
  },
  whole: ['cały', 'całym', 'caly', 'całego'],
  // The locative ("w styczniu") and instrumental forms, which Intl does not give.
  monthExtras: {
    styczniu: 1, lutym: 2, marcu: 3, kwietniu: 4, maju: 5, czerwcu: 6, lipcu: 7, sierpniu: 8,
    wrześniu: 9, październiku: 10, listopadzie: 11, grudniu: 12,
    styczniem: 1, marcem: 3, kwietniem: 4, majem: 5, czerwcem: 6, lipcem: 7, sierpniem: 8,
    wrześniem: 9, październikiem: 10, listopadem: 11, grudniem: 12,
  },
  seasons: { wiosna: [3, 5], wiosną: [3, 5], wiosny: [3, 5], lato: [6, 8], latem: [6, 8], jesień: [9, 11], jesienią: [9, 11], jesieni: [9, 11], zima: [12, 2], zimą: [12, 2], zimy: [12, 2] },
  weekdays: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela', 'pon', 'wt', 'śr', 'czw', 'pt', 'sob', 'niedz', 'nd', 'poniedziałku', 'wtorku', 'środę', 'czwartku', 'piątku', 'sobotę', 'niedzielę'],
  clock: ['godz', 'godzina', 'godzinie', 'o'],
  deadline: ['do', 'do końca', 'najpóźniej do', 'nie później niż', 'przed', 'termin do'],
  openStart: ['od', 'począwszy od', 'od dnia', 'poczynając od'],
  openEnd: ['i dalej', 'i później', 'i nadal'],
  recurring: ['co miesiąc', 'co kwartał', 'co tydzień', 'co roku', 'miesięcznie', 'kwartalnie', 'tygodniowo', 'codziennie', 'raz w miesiącu', 'raz w kwartale', 'raz w tygodniu', 'raz na kwartał', 'raz na miesiąc', 'każdego miesiąca'],
  every: ['co', 'raz w', 'raz na', 'każdego', 'każdy', 'każdym'],
  times: ['raz', 'razy', 'x'],
  stage: ['etap', 'faza', 'edycja', 'tura', 'runda', 'moduł', 'spotkanie', 'nabór'],
  holidays: { 'boże narodzenie': [12, 25], 'bożego narodzenia': [12, 25], wigilia: [12, 24], wigilii: [12, 24], wielkanoc: 'easter', wielkanocy: 'easter', 'poniedziałek wielkanocny': 'easter-monday', 'nowy rok': [1, 1], sylwester: [12, 31] },
  relativeYears: {
    'w tym roku': 0, 'ten rok': 0, 'tego roku': 0, 'bieżący rok': 0, 'bieżącym roku': 0, 'w bieżącym roku': 0, 'rok bieżący': 0, 'w roku bieżącym': 0, 'roku bieżącego': 0, 'bieżącego roku': 0,
    'w przyszłym roku': 1, 'przyszły rok': 1, 'przyszłego roku': 1, 'następny rok': 1, 'następnego roku': 1, 'w następnym roku': 1, 'rok przyszły': 1, 'roku przyszłego': 1,
    'w ubiegłym roku': -1, 'ubiegły rok': -1, 'ubiegłego roku': -1, 'zeszły rok': -1, 'zeszłego roku': -1,
    corocznie: 'every', 'co roku': 'every', 'cały rok': 'every', 'przez cały rok': 'every', rocznie: 'every', 'cyklicznie': 'every',
  },
};
