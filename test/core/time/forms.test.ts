import { parseTime, inferSlashOrder, dateToSerial } from '../../../src/core/time';
import { parseTimeCell } from '../../../src/core/read/time-cell';
import type { TimeContext } from '../../../src/core/time';
import { expressions } from './read';

const read = (text: string, ctx: TimeContext = {}) => {
  const r = parseTime(text, { fallbackYear: 2030, ...ctx });
  return r.ok ? r.spans.map((s) => (s.start === s.end ? s.start : `${s.start}..${s.end}`)).join(';') : `ERROR:${r.reason}`;
};

describe('forms of issue 3', () => {
  test.each([
    ['13. 06 2011', {}, '2011-06'],
    ['15 06- 31 07 2011', {}, '2011-06..2011-07'],
    ['01- 10 09', { year: 2011 }, '2011-09'],
    ['quý 2/2020', {}, '2020-04..2020-06'],
    ['2. Quartal 2020', {}, '2020-04..2020-06'],
    ['2e trimestre 2024', {}, '2024-04..2024-06'],
    ['I półrocze 2014', {}, '2014-01..2014-06'],
    ['2014', {}, '2014-01..2014-12'],
    ['2012–2014', {}, '2012-01..2014-12'],
    ['Month 1–3', { planStart: '2024-03' }, '2024-03..2024-05'],
    ['Year 2', { planStart: '2024-01' }, '2025-01..2025-12'],
    ['T3, T9', { year: 2009 }, '2009-03;2009-09'],
    ['I-II kw. 2020', {}, '2020-01..2020-06'],
    ['Q4 2024 - Q1 2025', {}, '2024-10..2025-03'],
    ['listopad – luty 2015', {}, '2014-11..2015-02'],
    ['grudzień 2014 – luty', {}, '2014-12..2015-02'],
    ['w marcu 2014', {}, '2014-03'],
    ['od marca do czerwca 2014', {}, '2014-03..2014-06'],
    ['từ tháng 3 đến tháng 5/2010', {}, '2010-03..2010-05'],
    ['6 tháng đầu năm 2020', {}, '2020-01..2020-06'],
    ['cuối năm 2020', {}, '2020-09..2020-12'],
    ['between March and June 2020', {}, '2020-03..2020-06'],
    ['de marzo a junio de 2020', {}, '2020-03..2020-06'],
    ['von März bis Juni 2020', {}, '2020-03..2020-06'],
    ['1st half of 2020', {}, '2020-01..2020-06'],
    ['03-02-2014 – 28-03-2014', {}, '2014-02..2014-03'],
    ['15.03.2014', {}, '2014-03'],
    ['2014-03-15', {}, '2014-03'],
    ['Tuần 1 tháng 3', { year: 2009 }, '2009-03'],
    ['Sept 2021 – Jan 2022', {}, '2021-09..2022-01'],
    ['XII 2014', {}, '2014-12'],
    ['III-IV 2014', {}, '2014-03..2014-04'],
    ['2024 Q3', {}, '2024-07..2024-09'],
    ['od 1.04.2014 do 30.06.2014', {}, '2014-04..2014-06'],
    ['I-III kw. 2020', {}, '2020-01..2020-09'],
    ['Tháng 12/2009 đến tháng 2/2010', {}, '2009-12..2010-02'],
    ['quý I năm 2010', {}, '2010-01..2010-03'],
    ['15/3 - 30/4/2009', {}, '2009-03..2009-04'],
    ['styczeń i luty 2014', {}, '2014-01..2014-02'],
    ['1Q24', {}, '2024-01..2024-03'],
    ['2019-Q3', {}, '2019-07..2019-09'],
    ['I połowa 2020', {}, '2020-01..2020-06'],
    ['połowa 2020', {}, '2020-05..2020-08'],
    ['II połowa roku', { year: 2019 }, '2019-07..2019-12'],
    ['2 weeks in March', { year: 2019 }, '2019-03'],
    ['IV kw. 2019 - I kw. 2020', {}, '2019-10..2020-03'],
    ['T10/2019 - T3/2020', {}, '2019-10..2020-03'],
  ])('%s', (text, ctx, expected) => expect(read(text, ctx as TimeContext)).toBe(expected));

  test('relative periods without a plan start stay relative and are reported as such', () => {
    const r = parseTime('Month 1–3');
    expect(r.ok).toBe(false);
    expect(r.reason).toBe('relative-without-start');
    expect(r.relative).toEqual([{ unit: 'month', from: 1, to: 3 }]);
  });

  test('an expression with no time in it is not ok and has no spans', () => {
    for (const t of ['ongoing', 'continuous', 'thứ Hai', '8 – 12 nhóm', '']) {
      const r = parseTime(t, { year: 2020 });
      expect(r.ok).toBe(false);
      expect(r.spans).toEqual([]);
    }
  });

  test('something done over and over runs through the plan year, unless a time stands beside it', () => {
    for (const t of ['Hàng tháng', 'monthly', 'co miesiąc', 'every Monday', 'thứ 2 hằng tuần']) expect(read(t, { year: 2020 })).toBe('2020-01..2020-12');
    expect(read('every Monday in May', { year: 2020 })).toBe('2020-05');
  });

  test('an end before its start is reported', () => {
    const r = parseTime('2015 - 2013');
    expect(r.warnings.map((w) => w.code)).toContain('reversed-range');
  });

  test('the plan year fills in what the text does not say', () => {
    expect(read('T5', { year: 2012 })).toBe('2012-05');
    const r = parseTime('T5', { fallbackYear: 2026 });
    expect(r.warnings.map((w) => w.code)).toContain('year-assumed');
  });
});

describe('column-level inference', () => {
  test('a column of 03/09 … 09/09, 1/2010 is month/year', () => {
    expect(inferSlashOrder(['03/09', '04/09', '05/09', '06/09', '09/09', '1/2010'])).toBe('month-year');
  });
  test('a column with 15/03 is day/month', () => {
    expect(inferSlashOrder(['15/03', '02/04', '20/05'])).toBe('day-month');
    expect(read('02/04', { slashOrder: 'day-month', year: 2014 })).toBe('2014-04');
  });
});

describe('Excel date cells', () => {
  test('"03/09" that Excel turned into 3 September of this year is read as what the user typed', () => {
    // A Vietnamese/Polish Excel (day first) stores 03/09 as 3 September 2026 and shows it as dd/mm.
    const cell = { value: dateToSerial(2026, 9, 3), text: '03/09', format: 'dd/mm' };
    const r = parseTimeCell(cell, { year: 2009, slashOrder: 'month-year' });
    expect(r.spans).toEqual([{ start: '2009-03', end: '2009-03' }]);
    expect(r.warnings[0].code).toBe('excel-date');
    // The note shows a change: what Excel stored, and what the plan meant.
    expect(r.warnings[0].detail).toBe('2026-09-03 → 03/09');
  });
  test('an en-US Excel shows 3/9 as 9-Mar: the month came first', () => {
    const cell = { value: dateToSerial(2026, 3, 9), text: '9-Mar', format: 'd-mmm' };
    expect(parseTimeCell(cell, { year: 2009, slashOrder: 'month-year' }).spans).toEqual([{ start: '2009-03', end: '2009-03' }]);
  });
  test('a date that shows its year is that date', () => {
    const cell = { value: dateToSerial(2010, 1, 1), text: 'Jan-10', format: 'mmm-yy' };
    expect(parseTimeCell(cell, { year: 2009 }).spans).toEqual([{ start: '2010-01', end: '2010-01' }]);
  });
});

describe('an early, middle or late part of a year, half or quarter is its first, middle or last third', () => {
  expressions('en', { year: 2025 }, { 'early 2025': '2025-01..2025-04', 'late 2025': '2025-09..2025-12', 'early Q2 2025': '2025-04', 'mid Q1': '2025-02', 'end of Q3 2025': '2025-09', 'by end of Q1 2025': '2025-01..2025-03', 'end of Q1 – mid Q2 2025': '2025-03..2025-05', 'early May 2025': '2025-05' });
  expressions('pl', { year: 2025 }, { 'początek II kwartału 2025': '2025-04', 'koniec I kwartału': '2025-03', 'do końca I kwartału 2025': '2025-01..2025-03' });
  expressions('vi', { year: 2025 }, { 'đầu quý 2/2025': '2025-04', 'cuối quý III/2025': '2025-09', 'đầu tháng 5/2025': '2025-05' });
  expressions('de', { year: 2025 }, { 'Anfang Q2 2025': '2025-04', 'Ende Q4 2025': '2025-12' });
});

describe('school years, school holidays and the days that open and close a school year', () => {
  expressions('pl', { year: 2025 }, { 'rok szkolny 2025/2026': '2025-09..2026-06', 'w roku szkolnym 2025/26': '2025-09..2026-06', 'rok szkolny 2025': '2025-01..2025-12', 'wakacje 2025': '2025-07..2025-08', 'ferie zimowe 2026': '2026-01..2026-02', 'rozpoczęcie roku szkolnego 2025/2026': '2025-09', 'zakończenie roku szkolnego 2024/2025': '2025-06' });
  expressions('vi', { year: 2025 }, { 'năm học 2025-2026': '2025-09..2026-05', 'khai giảng năm học 2025-2026': '2025-09', 'trước khai giảng': '2025-01..2025-09', 'năm học mới': 'unreadable' });
  expressions('en', { year: 2025 }, { 'school year 2025/26': '2025-09..2026-06', 'academic year 2025-2026': '2025-09..2026-06', 'back to school 2025': '2025-09', '2025/26': '2025-01..2026-12' });
  expressions('fr', { year: 2025 }, { 'année scolaire 2025-2026': '2025-09..2026-06', "d'ici la rentrée 2025": '2025-01..2025-09', 'grandes vacances 2025': '2025-07..2025-08' });
  expressions('de', { year: 2025 }, { 'Schuljahr 2025/26': '2025-08..2026-07', 'Sommerferien 2025': '2025-07..2025-08' });
  // "Week commencing" as British plans write it, and a status word before a time, add nothing to the time.
  expressions('en', { year: 2025 }, { 'w/c 3 March': '2025-03', 'wc 10 Nov': '2025-11', 'week commencing 10 November': '2025-11', 'Completed March 2025': '2025-03', 'Starts 5 May': '2025-05' });
  test.each(['w/c 3 March', 'week commencing 10 November', 'Completed March 2025'])('%s warns of no ignored words', (t) => {
    expect(parseTime(t, { year: 2025 }).warnings.map((w) => w.code)).not.toContain('ignored-text');
  });
  // The whole school year of a plan starts in the plan's year; its start and its end are days of it.
  expressions('pl', { year: 2025 }, { 'cały rok szkolny 2025/2026': '2025-09..2026-06', 'przez cały rok szkolny': '2025-09..2026-06', 'przez cały rok': '2025-01..2025-12' });
  expressions('vi', { year: 2025 }, { 'cả năm học': '2025-09..2026-05', 'Đầu năm học': '2025-09', 'Cuối năm học': '2025-05', 'cả năm': '2025-01..2025-12' });
  expressions('en', { year: 2025 }, { 'the whole school year': '2025-09..2026-06', 'start of the school year': '2025-09', 'end of the school year': '2025-06', 'whole year': '2025-01..2025-12' });
  // The terms of a school year: the first from September into January, the second to the end of school.
  expressions('vi', { year: 2025 }, { 'Học kỳ I': '2025-09..2026-01', 'HK2': '2026-02..2026-05', 'học kỳ II năm học 2024-2025': '2025-02..2025-05', 'Học kỳ 3': 'unreadable' });
  expressions('pl', { year: 2025 }, { 'I semestr': '2025-09..2026-01', 'w II semestrze': '2026-02..2026-06', 'semestr II roku szkolnego 2024/2025': '2025-02..2025-06' });
  // A term or semester is its months of school, not the season it is named after.
  expressions('en', { year: 2025 }, { 'summer holidays': '2025-07..2025-08', 'Spring term 2026': '2026-01..2026-04', 'autumn term': '2025-09..2025-12', 'fall semester 2025': '2025-09..2025-12', 'spring 2025': '2025-03..2025-05' });
  expressions('ru', { year: 2025 }, { 'летние каникулы 2025': '2025-06..2025-08' });
  expressions('uk', { year: 2025 }, { 'під час літніх канікул': '2025-06..2025-08' });
});

describe('a period counted with an ordinal’s marker (Indonesian "ke-", Vietnamese "thứ")', () => {
  expressions('id', { planStart: '2025-03' }, { 'bulan ke-2': '2025-04', 'Bulan ke-1 sampai ke-3': '2025-03..2025-05', 'Minggu ke-3 Maret 2025': '2025-03' });
  expressions('vi', { planStart: '2025-03' }, { 'tháng thứ 2': '2025-04', 'tuần thứ hai': '2025-03', 'năm thứ ba': '2027-03..2028-02', 'hai tuần': 'unreadable' });
});

describe('a period counted from the plan’s start with its ordinal first ("2nd month", "1-я неделя"); a bare count is a length', () => {
  expressions('en', { planStart: '2025-03', year: 2025 }, { '2nd month': '2025-04', 'first month': '2025-03', 'second year': '2026-03..2027-02', '2nd month - 4th month': '2025-04..2025-06', '3 months': 'unreadable', 'two weeks': 'unreadable', '1st week of May 2025': '2025-05' });
  expressions('pl', { planStart: '2025-03', year: 2025 }, { '2. miesiąc': '2025-04', 'drugi miesiąc': '2025-04', '2 miesiące': 'unreadable', 'drugi tydzień marca': '2025-03' });
  expressions('ru', { planStart: '2025-03', year: 2025 }, { '2-й месяц': '2025-04', 'второй месяц': '2025-04', '1-я неделя марта': '2025-03' });
  expressions('de', { planStart: '2025-03' }, { '2. Monat': '2025-04', 'zweiter Monat': '2025-04' });
  expressions('pt', { planStart: '2025-03' }, { '2º mês': '2025-04' });
  expressions('fr', { planStart: '2025-03' }, { '2e mois': '2025-04', 'deuxième mois': '2025-04' });
});

describe('French weeks and trimestres', () => {
  expressions('fr', { year: 2025 }, { 'S12 2025': '2025-03', 'S10-S12 2025': '2025-03', 'S1 2025': '2025-01..2025-06', 'S2': '2025-07..2025-12', 'T2 2025': '2025-04..2025-06', 'courant juin 2025': '2025-06' });
  expressions('vi', { year: 2025 }, { 'T2 2025': '2025-02' });
});

describe('the whole year, as each language says it', () => {
  expressions('pt', { year: 2025 }, { 'ano todo': '2025-01..2025-12', 'durante o ano': '2025-01..2025-12', 'ao longo do ano': '2025-01..2025-12' });
  expressions('es', { year: 2025 }, { 'a lo largo del año': '2025-01..2025-12', 'durante el año': '2025-01..2025-12' });
  expressions('fr', { year: 2025 }, { "tout au long de l'année": '2025-01..2025-12', "au cours de l'année 2025": '2025-01..2025-12' });
  expressions('it', { year: 2025 }, { "tutto l'anno": '2025-01..2025-12', "durante l'anno": '2025-01..2025-12' });
  expressions('de', { year: 2025 }, { 'das ganze Jahr': '2025-01..2025-12', 'im Laufe des Jahres': '2025-01..2025-12' });
});

describe('a quarter or half of a year counted from the plan’s start', () => {
  expressions('en', { planStart: '2025-04' }, {
    'Year 1 Q2': '2025-07..2025-09',
    'Y1Q2': '2025-07..2025-09',
    'Q2 Y1': '2025-07..2025-09',
    'Q3 of Year 1': '2025-10..2025-12',
    'Year 2, H1': '2026-04..2026-09',
    'Year 2 Q1-Q2': '2026-04..2026-09',
    'Year 1 Q4 – Year 2 Q2': '2026-01..2026-09',
    'Q2 2025': '2025-04..2025-06',
  });
  expressions('vi', { planStart: '2025-01' }, { 'năm thứ 2 quý 1': '2026-01..2026-03' });
  test('without the plan’s start it is a period the plan must place, and says so', () => {
    const r = parseTime('Year 1 Q2', { fallbackYear: 2030 });
    expect(r.ok).toBe(false);
    expect(r.relative).toEqual([{ unit: 'month', from: 4, to: 6 }]);
    expect(r.reason).toBe('relative-without-start');
  });
});

describe('Turkish writes its case endings and its "until" after the month', () => {
  expressions('tr', { year: 2025 }, { "Mart'ta": '2025-03', "Ocak'tan Mart'a": '2025-01..2025-03', "Haziran'a kadar": '2025-01..2025-06', "Mart'tan itibaren": '2025-03..2025-12', 'Mart sonu': '2025-03', '1. çeyrek 2025': '2025-01..2025-03', 'yıl boyunca': '2025-01..2025-12' });
  expressions('nl', { year: 2025 }, { 'jan t/m mrt 2025': '2025-01..2025-03', 'uiterlijk eind maart': '2025-01..2025-03', 'najaar 2025': '2025-09..2025-11', '1e kwartaal 2025': '2025-01..2025-03' });
});

describe('months in Roman numerals, as Polish plans write them', () => {
  // A range needs no year; a quarter or half word after it makes quarters or halves.
  expressions('pl', { year: 2025 }, { 'IX-XII': '2025-09..2025-12', 'X – XII': '2025-10..2025-12', 'I-III 2026': '2026-01..2026-03', 'I-II kw.': '2025-01..2025-06', 'XII 2025': '2025-12', 'IX 2025 - II 2026': '2025-09..2026-02' });
  expressions('vi', { year: 2025 }, { 'Quý I-II': '2025-01..2025-06' });
});

describe('weeks written W1, W5, W1-W4 count from the plan’s start', () => {
  expressions('en', { planStart: '2025-03', year: 2025 }, { 'W5': '2025-03..2025-04', 'W1-W4': '2025-03', 'W12 2025': '2025-03' });
  expressions('pl', { year: 2025 }, { 'w marcu': '2025-03', 'w 2025': '2025-01..2025-12' });
});

describe('a school year after its label’s colon', () => {
  expressions('vi', { year: 2025 }, { 'Năm học: 2025 - 2026': '2025-09..2026-05' });
  expressions('pl', { year: 2025 }, { 'rok szkolny: 2025/2026': '2025-09..2026-06' });
});

describe('the turn of two periods is the end of the first and the start of the second', () => {
  expressions('pl', { year: 2025 }, {
    'przełom 2025/2026': '2025-11..2026-02', 'na przełomie 2025 i 2026': '2025-11..2026-02', 'przełom roku': '2025-11..2026-02',
    'przełom III i IV kw.': '2025-09..2025-10', 'na przełomie I i II półrocza': '2025-06..2025-07',
    // Months stay whole: the turn of May and June is both of them.
    'na przełomie maja i czerwca': '2025-05..2025-06',
  });
  expressions('en', { year: 2025 }, { 'at the turn of 2025 and 2026': '2025-11..2026-02', 'the turn of Q3 and Q4': '2025-09..2025-10' });
  expressions('ru', { year: 2025 }, { 'на рубеже 2025-2026 гг.': '2025-11..2026-02' });
  expressions('de', { year: 2025 }, { 'Jahreswechsel 2025/2026': '2025-11..2026-02' });
  // "turn" alone is no turn: "Turn in the report, 2025" is the year.
  expressions('en', { year: 2025 }, { 'Turn in the report, 2025': '2025-01..2025-12' });
});

describe('a term or season before a school or academic year falls in the year of the pair it belongs to', () => {
  expressions('en', { year: 2025 }, { 'autumn term 2025/26': '2025-09..2025-12', 'spring term 2025/26': '2026-01..2026-04', 'summer term 2025/2026': '2026-04..2026-07', 'winter 2025/26': '2025-12..2026-02' });
  // Polish universities' winter and summer semesters, the first written short.
  expressions('pl', { year: 2025 }, { 'sem. zimowy 2025/2026': '2025-10..2026-02', 'semestr letni 2025/2026': '2026-02..2026-06', 'w semestrze zimowym': '2025-10..2026-02' });
  expressions('de', { year: 2025 }, { 'Wintersemester 2025/26': '2025-10..2026-03', 'Sommersemester 2026': '2026-04..2026-09' });
});
