import type { LocalePack } from './pack';

export const pl: LocalePack = {
  lang: 'pl',
  quarter: ['kw', 'kwartał', 'kwartału', 'kwartale', 'kwartały', 'kwart', 'kwartałach'],
  // "I połowa 2020" is the first half; "połowa 2020" alone is mid-2020 (a modifier: see mid).
  half: ['półrocze', 'półroczu', 'półrocza', 'półr', 'półroczach', 'połowa', 'połowie', 'połowy'],
  calendarMonth: [],
  relativeMonth: ['miesiąc', 'miesiące', 'miesięcy', 'miesiąca', 'mies', 'mc', 'msc', 'm-c'],
  year: ['rok', 'roku', 'r', 'lata', 'latach', 'lat', 'rokiem'],
  range: ['do'],
  list: ['i', 'oraz', 'lub', 'albo'],
  between: ['między', 'pomiędzy'],
  week: ['tydzień', 'tygodniu', 'tyg', 'tygodnie'],
  filler: ['od', 'w', 'we', 'na', 'z', 'ze', 'okres', 'okresie', 'około', 'ok', 'przed', 'po', 'termin', 'realizacji', 'w ciągu', 'ciągu', 'dnia', 'dn', 'latach', 'końca'],
  early: ['początek', 'początku', 'początkiem', 'pocz'],
  mid: ['połowa', 'połowie', 'połowy', 'połowę', 'środek', 'środku', 'poł'],
  late: ['koniec', 'końca', 'końcem', 'końcu', 'kon'],
  ordinalSuffix: [],
  ordinalWords: { pierwszy: 1, pierwsze: 1, drugi: 2, drugie: 2, trzeci: 3, trzecie: 3, czwarty: 4 },
  whole: ['cały', 'całym', 'caly'],
  // The locative ("w styczniu") and instrumental forms, which Intl does not give.
  monthExtras: {
    styczniu: 1, lutym: 2, marcu: 3, kwietniu: 4, maju: 5, czerwcu: 6, lipcu: 7, sierpniu: 8,
    wrześniu: 9, październiku: 10, listopadzie: 11, grudniu: 12,
    styczniem: 1, marcem: 3, kwietniem: 4, majem: 5, czerwcem: 6, lipcem: 7, sierpniem: 8,
    wrześniem: 9, październikiem: 10, listopadem: 11, grudniem: 12,
  },
  seasons: { wiosna: [3, 5], wiosną: [3, 5], wiosny: [3, 5], lato: [6, 8], latem: [6, 8], jesień: [9, 11], jesienią: [9, 11], jesieni: [9, 11], zima: [12, 2], zimą: [12, 2], zimy: [12, 2] },
};
