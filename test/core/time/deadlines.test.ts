/**
 * Class 4: deadlines run from the plan's start (or the start of their year when the plan states none) to the
 * month they name; open starts run to the plan's end (or the end of their year). Both are marked as such.
 */
import { parseTime } from '../../../src/core/time';
import { expressions } from './read';

describe('deadlines', () => {
  expressions('en', { year: 2020 }, {
    'by end of June': '2020-01..2020-06',
    'by March 2021': '2021-01..2021-03',
    'no later than 15 May 2021': '2021-01..2021-05',
    'until 2025': '2025-01..2025-12',
    'until end of Q3': '2020-01..2020-09',
  });
  expressions('pl', { year: 2020 }, {
    'do końca maja 2016': '2016-01..2016-05',
    'do 30 czerwca': '2020-01..2020-06',
    'nie później niż do końca marca': '2020-01..2020-03',
    'najpóźniej do września 2021': '2021-01..2021-09',
    'do końca III kwartału': '2020-01..2020-09',
  });
  expressions('vi', { year: 2020 }, {
    'đến hết tháng 6': '2020-01..2020-06',
    'trước ngày 30/6': '2020-01..2020-06',
    'chậm nhất tháng 9/2021': '2021-01..2021-09',
    'hạn chót: 15/8': '2020-01..2020-08',
    'đến hết quý 3': '2020-01..2020-09',
  });
  expressions('fr', { year: 2020 }, {
    "jusqu'à fin juin": '2020-01..2020-06',
    'avant fin mars 2021': '2021-01..2021-03',
    "d'ici décembre": '2020-01..2020-12',
    'au plus tard le 15 mai': '2020-01..2020-05',
  });
  expressions('de', { year: 2020 }, {
    'bis Ende Q2': '2020-01..2020-06',
    'bis spätestens März 2021': '2021-01..2021-03',
    'bis 30.06.2020': '2020-01..2020-06',
  });
  expressions('es', { year: 2020 }, {
    'hasta finales de junio': '2020-01..2020-06',
    'hasta 2025': '2025-01..2025-12',
    'a más tardar en marzo': '2020-01..2020-03',
  });
  expressions('pt', { year: 2020 }, {
    'até o fim de junho': '2020-01..2020-06',
    'até 2025': '2025-01..2025-12',
  });
  test("with a plan start, a deadline runs from it", () => {
    const r = parseTime('by end of June 2021', { planStart: '2020-09' });
    expect(r.spans).toEqual([{ start: '2020-09', end: '2021-06' }]);
    expect(r.warnings.map((w) => w.code)).toContain('deadline');
  });
});

describe('open starts', () => {
  expressions('en', { year: 2020 }, { 'from April': '2020-04..2020-12', 'starting May 2021': '2021-05..2021-12', 'from Q3': '2020-07..2020-12' });
  expressions('pl', { year: 2020 }, { 'od kwietnia': '2020-04..2020-12', 'od II kwartału': '2020-04..2020-12', 'od września 2021': '2021-09..2021-12' });
  expressions('vi', { year: 2020 }, { 'từ tháng 4': '2020-04..2020-12', 'từ quý 3': '2020-07..2020-12', 'bắt đầu từ tháng 9/2021': '2021-09..2021-12' });
  expressions('fr', { year: 2020 }, { "à partir d'avril": '2020-04..2020-12', 'dès septembre 2021': '2021-09..2021-12' });
  expressions('de', { year: 2020 }, { 'ab April': '2020-04..2020-12', 'ab Q3 2021': '2021-07..2021-12' });
  expressions('es', { year: 2020 }, { 'a partir de abril': '2020-04..2020-12', 'desde mayo': '2020-05..2020-12' });
  expressions('pt', { year: 2020 }, { 'a partir de abril': '2020-04..2020-12', 'desde maio de 2021': '2021-05..2021-12' });
  test('with a plan end, an open start runs to it', () => {
    const r = parseTime('from April', { year: 2020, planEnd: '2021-06' });
    expect(r.spans).toEqual([{ start: '2020-04', end: '2021-06' }]);
    expect(r.warnings.map((w) => w.code)).toContain('open-end');
  });
  test('a range that starts with "from" is a range, not an open start', () => {
    const r = parseTime('from April to June 2020');
    expect(r.spans).toEqual([{ start: '2020-04', end: '2020-06' }]);
    expect(r.warnings.map((w) => w.code)).not.toContain('open-end');
  });
});

describe('a word after the period leaves its end open, as an open start does', () => {
  expressions('en', { year: 2022 }, {
    'Q2 2022 onwards': '2022-04..2022-12',
    'September 2022 – ongoing': '2022-09..2022-12',
    'ongoing from October 2022': '2022-10..2022-12',
  });
  expressions('vi', { year: 2022 }, { 'tháng 8/2022 trở đi': '2022-08..2022-12', 'từ quý 3 trở về sau': '2022-07..2022-12' });
  expressions('pl', { year: 2022 }, { 'od maja 2022 i dalej': '2022-05..2022-12' });
  expressions('es', { year: 2022 }, { 'de julio de 2022 en adelante': '2022-07..2022-12' });
  expressions('it', { year: 2022 }, { 'da luglio 2022 in poi': '2022-07..2022-12' });

  test('the open end is noted, and runs to the end of the plan when the plan states one', () => {
    const r = parseTime('Q2 2022 onwards', { planEnd: '2023-06' });
    expect(r.spans).toEqual([{ start: '2022-04', end: '2023-06' }]);
    expect(r.warnings.map((w) => w.code)).toContain('open-end');
    // "and" alone lists; it leaves nothing open.
    expect(parseTime('May 2022 and June 2022').warnings.map((w) => w.code)).not.toContain('open-end');
  });
});

describe('a deadline or an open start after words that say nothing of the time', () => {
  expressions('pl', { year: 2025 }, { 'w terminie do 30.06.2025 r.': '2025-01..2025-06', 'terminy: 12.03, 15.04, 20.05.2025': '2025-03..2025-05', 'w ciągu roku': '2025-01..2025-12' });
  expressions('vi', { year: 2025 }, { 'hoàn thành trước 30/6/2025': '2025-01..2025-06', 'kết thúc trước 31/10': '2025-01..2025-10', 'dịp 20/11': '2025-11' });
  expressions('en', { year: 2025 }, { 'Deadline: by 30 June 2025': '2025-01..2025-06', 'May 2025 to June 2025': '2025-05..2025-06', 'from March until June 2025': '2025-03..2025-06' });
  test('no word is said to be ignored when the label only opens the deadline', () => {
    expect(parseTime('hoàn thành trước 30/6/2025', { year: 2025, lang: 'vi' }).warnings.map((w) => w.code)).toEqual(['deadline']);
  });
});

describe('the end of the year named without its number is the plan’s year', () => {
  expressions('pl', { year: 2025 }, { 'do końca roku': '2025-01..2025-12', 'koniec roku': '2025-09..2025-12', 'koniec roku 2021': '2021-09..2021-12', 'w roku 2024': '2024-01..2024-12' });
  expressions('vi', { year: 2025 }, { 'đến cuối năm': '2025-01..2025-12', 'cuối năm': '2025-09..2025-12' });
  expressions('en', { year: 2025 }, { 'by the end of the year': '2025-01..2025-12', 'end of year': '2025-09..2025-12', 'by year end': '2025-01..2025-12' });
  expressions('ru', { year: 2025 }, { 'до конца года': '2025-01..2025-12' });
  expressions('uk', { year: 2025 }, { 'до кінця року': '2025-01..2025-12' });
  expressions('de', { year: 2025 }, { 'bis Jahresende': '2025-01..2025-12' });
  expressions('pt', { year: 2025 }, { 'até o final do ano': '2025-01..2025-12' });
  expressions('it', { year: 2025 }, { "entro la fine dell'anno": '2025-01..2025-12' });
  expressions('id', { year: 2025 }, { 'sampai akhir tahun': '2025-01..2025-12' });
  test('without a plan year the fallback year is used, and said to be assumed', () => {
    const r = parseTime('do końca roku', { fallbackYear: 2026, lang: 'pl' });
    expect(r.spans).toEqual([{ start: '2026-01', end: '2026-12' }]);
    expect(r.warnings.map((w) => w.code)).toContain('year-assumed');
  });
  test('"fim do ano" is no range, even where the language is not known', () => expect(parseTime('até o fim do ano', { year: 2025 }).spans).toEqual([{ start: '2025-01', end: '2025-12' }]));
});
