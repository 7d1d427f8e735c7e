/** Class 2: months, quarters and halves written with number words, Roman numerals or ordinal suffixes. */
import { expressions } from './read';

describe('numbers written as words or ordinals', () => {
  expressions('vi', { year: 2020 }, {
    'tháng sáu': '2020-06',
    'tháng mười': '2020-10',
    'tháng mười hai': '2020-12',
    'tháng năm': '2020-05',
    'tháng mười một năm 2021': '2021-11',
    'từ tháng hai đến tháng tư': '2020-02..2020-04',
    'quý hai': '2020-04..2020-06',
    'quý IV': '2020-10..2020-12',
    'quý ba năm 2021': '2021-07..2021-09',
    'quý một': '2020-01..2020-03',
    'quý I và quý II': '2020-01..2020-06',
  });
  expressions('pl', { year: 2020 }, {
    'trzeci kwartał': '2020-07..2020-09',
    'czwarty kw.': '2020-10..2020-12',
    'pierwszy kwartał 2021': '2021-01..2021-03',
    'drugie półrocze 2020': '2020-07..2020-12',
    'pierwsze półrocze': '2020-01..2020-06',
    '4-ty kwartał': '2020-10..2020-12',
    '2-gi kwartał 2019': '2019-04..2019-06',
    '1. kwartał': '2020-01..2020-03',
    'II połowa roku': '2020-07..2020-12',
  });
  expressions('en', { year: 2020 }, {
    'third quarter': '2020-07..2020-09',
    'second half of 2020': '2020-07..2020-12',
    '2nd quarter': '2020-04..2020-06',
    'first quarter of 2021': '2021-01..2021-03',
    'the fourth quarter': '2020-10..2020-12',
    '1st half 2019': '2019-01..2019-06',
    'first half of the year': '2020-01..2020-06',
    '3rd qtr 2022': '2022-07..2022-09',
    'second quarter 2021 – third quarter 2021': '2021-04..2021-09',
  });
  expressions('es', { year: 2020 }, {
    'primer trimestre de 2021': '2021-01..2021-03',
    'segundo semestre': '2020-07..2020-12',
    '3er trimestre': '2020-07..2020-09',
    'cuarto trimestre 2020': '2020-10..2020-12',
  });
  expressions('fr', { year: 2020 }, {
    '1er trimestre': '2020-01..2020-03',
    '2e semestre 2020': '2020-07..2020-12',
    'troisième trimestre': '2020-07..2020-09',
    'deuxième semestre': '2020-07..2020-12',
    '4ème trimestre 2019': '2019-10..2019-12',
  });
  expressions('de', { year: 2020 }, {
    'erstes Quartal 2021': '2021-01..2021-03',
    '3. Quartal': '2020-07..2020-09',
    'zweites Halbjahr': '2020-07..2020-12',
    '2. Halbjahr 2020': '2020-07..2020-12',
    'viertes Quartal': '2020-10..2020-12',
  });
  expressions('pt', { year: 2020 }, {
    '2º semestre': '2020-07..2020-12',
    '1º trimestre de 2021': '2021-01..2021-03',
    'terceiro trimestre': '2020-07..2020-09',
    'primeiro semestre de 2020': '2020-01..2020-06',
  });
});
