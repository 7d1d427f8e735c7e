import { analyzeGrids } from '../../src/core/analyze';
import { activityRows } from '../../src/core/write/clean/activities';
import { cleanPlans } from '../../src/core/write/clean';
import type { Grid } from '../../src/core/model/grid';
import { gridFromRows } from '../../src/core/model/grid';
import { readPlans } from '../../src/core/read/plans';
import { buildSchedule, scheduleSheetSpec } from '../../src/core/write/schedule';
import { MemoryWorkbook } from '../../src/playground/memory-workbook';
import { corpusGrid } from '../helpers/corpus';

const spansOf = (g: Grid, opts = {}) => readPlans(g, opts).plans[0].rows.filter((r) => !r.blank).map((r) => [r.activity, r.timeResult.spans.map((s) => `${s.start}..${s.end}`).join(';'), r.timeSource]);

describe('period grids', () => {
  test('English: a title that names the year, quarters marked with X', () => {
    const g = gridFromRows('S', [
      ['Annual work plan 2021'],
      ['Activity', 'Responsible', 'Q1', 'Q2', 'Q3', 'Q4'],
      ['Baseline survey', 'Anna', 'X', 'x', '', ''],
      ['Training', 'Ben', '', '', '✓', '•'],
    ]);
    expect(spansOf(g)).toEqual([
      ['Baseline survey', '2021-01..2021-06', 'grid'],
      ['Training', '2021-07..2021-12', 'grid'],
    ]);
    const clean = cleanPlans(readPlans(g).plans, []);
    expect(clean.rows[0].time).toBe('Q1–Q2 2021 (grid)');
  });

  test('Polish: the harmonogram of seed 003, years over quarters in a two-row header, Roman-numbered sections', () => {
    const rows = [
      ['Lp.', 'Element harmonogramu prac', '2019', '', '2020', '', '', '', '2021'],
      ['', '', 'III kw.', 'IV kw.', 'I kw.', 'II kw.', 'III kw.', 'IV kw.', 'I kw.'],
      ['I', 'METODA I PROCES', '', '', '', '', '', '', ''],
      ['', 'Powołanie zespołu', 'x', '', '', '', '', '', ''],
      ['II', 'DIAGNOZA i METODY PRACY', '', '', '', '', '', '', ''],
      ['', 'Koncepcja badawcza i realizacja', '', 'x', 'x', '', '', '', ''],
      ['', 'Opracowanie analizy SWOT', '', '', '', '', '', 'x', 'x'],
    ];
    const g = gridFromRows('Harmonogram', rows, [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 4, bottom: 0, right: 7 }]);
    const [p] = readPlans(g).plans;
    expect(p.columns.filter((c) => c.role === 'period').map((c) => c.header)).toEqual(['III kw. 2019', 'IV kw. 2019', 'I kw. 2020', 'II kw. 2020', 'III kw. 2020', 'IV kw. 2020', 'I kw. 2021']);
    const rowsRead = p.rows.filter((r) => !r.blank);
    expect(rowsRead.map((r) => [r.goalId, r.activity, r.timeResult.spans.map((s) => `${s.start}..${s.end}`).join(';')])).toEqual([
      ['I', 'Powołanie zespołu', '2019-07..2019-09'],
      ['II', 'Koncepcja badawcza i realizacja', '2019-10..2020-03'],
      ['II', 'Opracowanie analizy SWOT', '2020-10..2021-03'],
    ]);
  });

  test('Vietnamese: months T1…T12 under a year row, marks and fills', () => {
    const months = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
    const g = gridFromRows('S', [
      ['', '', '2020', ...Array(11).fill('')],
      ['Hoạt động', 'Người thực hiện', ...months],
      ['Họp nhóm', 'Hùng', '', 'x', 'x', ...Array(9).fill('')],
      ['Hội thảo', 'Anh', ...Array(12).fill('')],
    ], [{ top: 0, left: 2, bottom: 0, right: 13 }]);
    g.cells[3][12] = { value: null, text: '', format: 'General', fill: '#2E75B6' }; // T11 shaded, no text
    expect(spansOf(g)).toEqual([
      ['Họp nhóm', '2020-02..2020-03', 'grid'],
      ['Hội thảo', '2020-11..2020-11', 'grid'],
    ]);
  });

  test('a grid whose marks are fills only; "0" and "-" count as empty; a row with no mark is missing its time', () => {
    const g = gridFromRows('S', [['Plan 2022'], ['Activity', 'Owner', 'Q1', 'Q2', 'Q3', 'Q4'], ['A', 'X', '', '', '', ''], ['B', 'Y', '0', '-', '', ''], ['C', 'Z', '', '', '', '']]);
    g.cells[2][3] = { value: null, text: '', format: 'General', fill: '#FFC000' };
    g.cells[2][4] = { value: null, text: '', format: 'General', fill: '#FFFFFF' };
    const a = analyzeGrids([g]);
    expect(a.plans[0].rows.map((r) => r.timeResult.spans)).toEqual([[{ start: '2022-04', end: '2022-06' }], [], []]);
    expect(a.findings.filter((f) => f.rule === 'missing-time').map((f) => f.cell)).toEqual(['C4', 'C5']);
  });

  test('relative months, with and without a plan start', () => {
    const g = gridFromRows('S', [['Activity', 'Owner', 'M1', 'M2', 'M3', 'M4'], ['Inception', 'PM', 'x', 'x', '', ''], ['Survey', 'MEL', '', '', 'x', 'x']]);
    expect(spansOf(g, { planStart: '2024-10' })).toEqual([
      ['Inception', '2024-10..2024-11', 'grid'],
      ['Survey', '2024-12..2025-01', 'grid'],
    ]);
    const without = analyzeGrids([g]);
    // Adjacent marked months are one run: M1–M2.
    expect(without.plans[0].rows[0].timeResult).toMatchObject({ ok: false, reason: 'relative-without-start', relative: [{ unit: 'month', from: 1, to: 2 }] });
    expect(without.findings.filter((f) => f.rule === 'unparseable-time').map((f) => f.args.reason)).toEqual(['relative-without-start', 'relative-without-start']);
  });

  test('calendar weeks ("KW 12", German Kalenderwoche) are weeks of the plan’s year, run on into the next; "Week 3" counts from the start', () => {
    const g = gridFromRows('S', [
      ['Zeitplan 2023'],
      ['Aufgabe', 'Verantwortlich', 'KW 13', 'KW 14', 'KW 52', 'KW 1', 'KW 2'],
      ['Kick-off', 'Jana', 'x', '', '', '', ''],
      ['Umfrage', 'Tom', '', 'x', '', '', ''],
      ['Bericht', 'Uwe', '', '', 'x', 'x', ''],
    ]);
    // KW 13 of 2023 is 27 March – 2 April; KW 52 is 25–31 December; KW 1 of 2024 starts on 1 January.
    expect(spansOf(g)).toEqual([
      ['Kick-off', '2023-03..2023-04', 'grid'],
      ['Umfrage', '2023-04..2023-04', 'grid'],
      ['Bericht', '2023-12..2024-01', 'grid'],
    ]);
    const weeks = gridFromRows('S', [['Zadanie', 'Odpowiedzialny', 'tydz. 1', 'tydz. 2', 'tydz. 3'], ['Spotkanie', 'Ola', '', 'x', 'x']]);
    expect(spansOf(weeks, { planStart: '2023-05-29' })).toEqual([['Spotkanie', '2023-06..2023-06', 'grid']]);
  });

  test('"Th1"…"Th4" over the columns are months, as Vietnamese writes them, not years counted from the start', () => {
    const g = gridFromRows('S', [['Hoạt động', 'Người thực hiện', 'Th1', 'Th2', 'Th3'], ['Họp', 'Lan', 'x', '', ''], ['Tập huấn', 'Nam', '', 'x', 'x']]);
    expect(spansOf(g, { year: 2025 })).toEqual([['Họp', '2025-01..2025-01', 'grid'], ['Tập huấn', '2025-02..2025-03', 'grid']]);
  });
  test('"T1"…"T4" over the columns are trimestres in a French or Spanish plan, and months in a Vietnamese one', () => {
    const grid = (title: string, header: string[], rows: string[][]) => gridFromRows('S', [[title], [...header, 'T1', 'T2', 'T3', 'T4'], ...rows]);
    const fr = grid('Plan d’action 2024', ['Action', 'Responsable'], [['Lancement', 'Mairie', 'x', '', '', ''], ['Enquête auprès des habitants', 'Association', '', 'x', 'x', '']]);
    expect(spansOf(fr)).toEqual([['Lancement', '2024-01..2024-03', 'grid'], ['Enquête auprès des habitants', '2024-04..2024-09', 'grid']]);
    const es = grid('Plan de acción 2024', ['Actividad', 'Responsable'], [['Taller con vecinos', 'Ayuntamiento', '', '', '', 'x']]);
    expect(spansOf(es)).toEqual([['Taller con vecinos', '2024-10..2024-12', 'grid']]);
    const vi = grid('Kế hoạch năm 2024', ['Hoạt động', 'Người thực hiện'], [['Họp chi hội', 'Chi hội', 'x', '', '', ''], ['Khảo sát hộ gia đình', 'Ban điều hành', '', 'x', 'x', '']]);
    expect(spansOf(vi)).toEqual([['Họp chi hội', '2024-01..2024-01', 'grid'], ['Khảo sát hộ gia đình', '2024-02..2024-03', 'grid']]);
  });

  test('a two-row header of years over months', () => {
    const g = gridFromRows('S', [
      ['Activity', 'Owner', '2023', '', '2024', ''],
      ['', '', 'Nov', 'Dec', 'Jan', 'Feb'],
      ['Winter campaign', 'Ola', '', 'x', 'x', ''],
    ], [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 4, bottom: 0, right: 5 }]);
    expect(spansOf(g)).toEqual([['Winter campaign', '2023-12..2024-01', 'grid']]);
  });

  test('Roman numerals counted along the header are months (I … XII), or quarters when they stop at IV under each year', () => {
    const months = gridFromRows('S', [
      ['Harmonogram 2025'],
      ['Lp.', 'Działanie', 'Realizator', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'],
      ['1.', 'Nabór', 'Fundacja', 'x', 'x', '', '', '', '', '', '', '', '', '', ''],
      ['2.', 'Warsztaty', 'Trenerzy', '', '', '', 'x', 'x', '', '', '', '', '', '', ''],
      ['3.', 'Raport', 'Zarząd', '', '', '', '', '', '', '', '', '', '', 'x', 'x'],
    ]);
    expect(spansOf(months)).toEqual([['Nabór', '2025-01..2025-02', 'grid'], ['Warsztaty', '2025-04..2025-05', 'grid'], ['Raport', '2025-11..2025-12', 'grid']]);
    const quarters = gridFromRows('S', [
      ['Lp.', 'Działanie', 'Realizator', '2025', '', '', '', '2026', '', '', ''],
      ['', '', '', 'I', 'II', 'III', 'IV', 'I', 'II', 'III', 'IV'],
      ['1.', 'Nabór', 'Fundacja', 'x', '', '', '', '', '', '', ''],
      ['2.', 'Warsztaty', 'Trenerzy', '', '', '', 'x', 'x', '', '', ''],
    ], [{ top: 0, left: 3, bottom: 0, right: 6 }, { top: 0, left: 7, bottom: 0, right: 10 }]);
    expect(spansOf(quarters)).toEqual([['Nabór', '2025-01..2025-03', 'grid'], ['Warsztaty', '2025-10..2026-03', 'grid']]);
  });

  test('a header with a two-digit year is this century’s ("Q1 FY25", "Mar \'25"); "Y1 Q2" over a column is months 4 to 6 of the plan', () => {
    expect(spansOf(gridFromRows('S', [['Activity', 'Lead', 'Q1 FY25', 'Q2 FY25', 'Q3 FY25'], ['A', 'Ana', 'x', '', ''], ['B', 'Ben', '', 'x', 'x']]))).toEqual([['A', '2025-01..2025-03', 'grid'], ['B', '2025-04..2025-09', 'grid']]);
    expect(spansOf(gridFromRows('S', [['Activity', 'Lead', "Mar '25", "Apr '25"], ['A', 'Ana', 'x', ''], ['B', 'Ben', '', 'x']]))).toEqual([['A', '2025-03..2025-03', 'grid'], ['B', '2025-04..2025-04', 'grid']]);
    const g = gridFromRows('S', [['Activity', 'Lead', 'Y1 Q1', 'Y1 Q2', 'Y1 Q3', 'Y1 Q4', 'Y2 Q1'], ['A', 'Ana', 'x', '', '', '', ''], ['B', 'Ben', '', 'x', 'x', '', 'x']]);
    expect(readPlans(g).plans[0].rows.map((r) => r.timeResult.relative)).toEqual([
      [{ unit: 'month', from: 1, to: 3 }],
      [{ unit: 'month', from: 4, to: 9 }, { unit: 'month', from: 13, to: 15 }],
    ]);
    expect(spansOf(g, { planStart: '2025-07' })).toEqual([['A', '2025-07..2025-09', 'grid'], ['B', '2025-10..2026-03;2026-07..2026-09', 'grid']]);
  });

  test('a row’s time says each month once: a header that writes its year ("Jan-25"), days under one month header', () => {
    const timeOf = (g: Grid) => readPlans(g).plans[0].rows.filter((r) => !r.blank).map((r) => r.time);
    expect(timeOf(gridFromRows('S', [['Task', 'Owner', 'Jan-25', 'Feb-25', 'Mar-25'], ['Survey', 'Ana', 'x', 'x', ''], ['Report', 'Ben', '', '', 'x']]))).toEqual(['Jan-25–Feb-25 (grid)', 'Mar-25 (grid)']);
    const days = gridFromRows('S', [
      ['Task', 'Owner', 'March 2025', '', '', 'April 2025', '', ''],
      ['', '', '1', '2', '3', '1', '2', '3'],
      ['Survey', 'Ana', 'x', 'x', '', '', '', ''],
      ['Fieldwork', 'Ben', '', '', 'x', 'x', '', ''],
    ], [{ top: 0, left: 2, bottom: 0, right: 4 }, { top: 0, left: 5, bottom: 0, right: 7 }]);
    expect(timeOf(days)).toEqual(['March 2025 (grid)', 'March 2025–April 2025 (grid)']);
  });
});

describe('start and end dates in two columns', () => {
  test.each([
    ['en', ['Activity', 'Owner', 'Start', 'Finish']],
    ['pl', ['Działanie', 'Osoba odpowiedzialna', 'Data rozpoczęcia', 'Data zakończenia']],
    ['es', ['Actividad', 'Responsable', 'Fecha de inicio', 'Fecha de término']],
    ['vi', ['Hoạt động', 'Người thực hiện', 'Bắt đầu', 'Kết thúc']],
  ])('%s', (_lang, header) => {
    const g = gridFromRows('S', [header, ['A', 'X', '03-02-2014', '28-03-2014'], ['B', 'Y', 'luty 2014', ''], ['C', 'Z', '', ''], ['D', 'W', '2015-05-01', '2015-02-01']]);
    const a = analyzeGrids([g]);
    const rows = a.plans[0].rows;
    expect(a.plans[0].columns.map((c) => c.role)).toEqual(['activity', 'owner', 'start', 'end']);
    expect(rows[0]).toMatchObject({ time: '03-02-2014 – 28-03-2014', timeSource: 'start-end' });
    expect(rows[0].timeResult.spans).toEqual([{ start: '2014-02', end: '2014-03' }]);
    expect(rows[1].timeResult.spans).toEqual([{ start: '2014-02', end: '2014-02' }]);
    expect(a.findings.filter((f) => f.rule === 'missing-time').map((f) => f.row)).toEqual([4]);
    expect(a.findings.filter((f) => f.rule === 'time-order').map((f) => f.row)).toEqual([5]);
    expect(cleanPlans(a.plans, a.findings).rows[0].time).toBe('03-02-2014 – 28-03-2014');
  });
});

describe('round trip of our own schedule sheet', () => {
  test.each(['quarter', 'month'] as const)('read back with parse, a %s schedule gives the activities and spans of its plan', async (grain) => {
    const plans = readPlans(corpusGrid()).plans;
    const book = new MemoryWorkbook();
    for (const p of plans) {
      const name = await book.addSheet(scheduleSheetSpec(buildSchedule([p], { grain })));
      const back = readPlans((await book.readActiveSheet()) as Grid).plans;
      expect(name).toBeTruthy();
      expect(back).toHaveLength(1);
      const want = activityRows(p).map((a) => [a.goalId, a.activityId, a.activity, a.spans]);
      const got = activityRows(back[0]).map((a) => [a.goalId, a.activityId, a.activity, a.spans]);
      expect(got).toEqual(want);
    }
  });
});

describe('a Gantt sheet whose fills say who does the work, with a colour legend beside it', () => {
  const RED = '#FF0000';
  const GREEN = '#00B050';
  const PURPLE = '#7030A0';
  const gantt = (legend: [string, string][]) => {
    const g = gridFromRows('Gantt', [
      ['Task', 'Week 1', 'Week 2', 'Week 3', 'Week 4', '', ''],
      ['Wire the sensors', '', '', '', '', '', legend[0]?.[0] ?? ''],
      ['Write the firmware', '', '', '', '', '', legend[1]?.[0] ?? ''],
      ['Test in the garden', '', '', '', '', '', legend[2]?.[0] ?? ''],
    ]);
    const fill = (r: number, c: number, f: string) => (g.cells[r][c] = { ...g.cells[r][c], fill: f });
    fill(1, 1, RED);
    fill(1, 2, RED);
    fill(2, 2, GREEN);
    fill(2, 3, GREEN);
    fill(3, 3, PURPLE);
    fill(3, 4, GREEN);
    // The legend, a blank column away: a name, and beside it a cell of its colour.
    for (const row of g.cells) while (row.length < 8) row.push({ value: null, text: '', format: 'General' });
    legend.forEach(([, f], i) => fill(i + 1, 7, f));
    return g;
  };

  test('each row is owned by the names of its fills; no row lacks an owner', () => {
    const a = analyzeGrids([gantt([['Anna:', RED], ['Tom:', GREEN], ['Both of us:', PURPLE]])], { planStart: '2024-03-04' } as never);
    const [p] = a.plans;
    expect(p.rows.map((r) => [r.activity, r.owners])).toEqual([
      ['Wire the sensors', ['Anna']],
      ['Write the firmware', ['Tom']],
      ['Test in the garden', ['Both of us', 'Tom']],
    ]);
    expect(a.findings.filter((f) => f.rule === 'missing-owner')).toEqual([]);
  });

  test('a legend of one colour, or of words that name no one ("Planned", "Done"), gives no owners', () => {
    const one = analyzeGrids([gantt([['Anna:', RED]])]).plans[0];
    expect(one.rows.every((r) => r.owners.length === 0)).toBe(true);
    const status = analyzeGrids([gantt([['planned', RED], ['done', GREEN], ['late', PURPLE]])]).plans[0];
    expect(status.rows.every((r) => r.owners.length === 0)).toBe(true);
  });
});

describe('weeks counted inside a month, and weeks counted from a start date the sheet states', () => {
  test('"January" merged over "W1 … W4" makes each week a week of January', () => {
    const g = gridFromRows('S', [
      ['Workplan 2025'],
      ['Activity', 'Lead', 'January', '', '', '', 'February', '', '', ''],
      ['', '', 'W1', 'W2', 'W3', 'W4', 'W1', 'W2', 'W3', 'W4'],
      ['Survey', 'Ana', 'x', 'x', '', '', '', '', '', ''],
      ['Training', 'Ben', '', '', '', 'x', 'x', '', '', ''],
    ], [{ top: 1, left: 2, bottom: 1, right: 5 }, { top: 1, left: 6, bottom: 1, right: 9 }]);
    expect(spansOf(g)).toEqual([
      ['Survey', '2025-01..2025-01', 'grid'],
      ['Training', '2025-01..2025-02', 'grid'],
    ]);
  });
  test.each([
    [['Start date:', '03/03/2025']],
    [['Project start: 2025-03-03']],
    [['Ngày bắt đầu', '3.3.2025']],
    [['Fecha de inicio: 3 de marzo de 2025']],
    [['Projektstart:', '3. März 2025']],
  ])('a week grid counts from the start date written above it: %j', (startRow) => {
    const g = gridFromRows('S', [['Project plan'], startRow, ['Task', 'Owner', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6'], ['Survey', 'Ana', 'x', 'x', '', '', '', ''], ['Report', 'Ben', '', '', '', '', 'x', 'x']]);
    const [p] = readPlans(g).plans;
    expect(p.planStart).toBe('2025-03-03');
    expect(p.year).toBe(2025);
    expect(spansOf(g)).toEqual([
      ['Survey', '2025-03..2025-03', 'grid'],
      ['Report', '2025-03..2025-04', 'grid'],
    ]);
  });
  test('a month grid counts from the month written above it, and each row says its months as the header counts them', () => {
    const g = gridFromRows('S', [['Cronograma'], ['Início do projeto: 03/2025'], ['Atividade', 'Responsável', 'Mês 1', 'Mês 2', 'Mês 3'], ['Revisão', 'Ana', 'X', 'X', ''], ['Coleta', 'Bruno', '', '', 'X']]);
    const [p] = readPlans(g).plans;
    expect(p.planStart).toBe('2025-03-01');
    expect(spansOf(g)).toEqual([['Revisão', '2025-03..2025-04', 'grid'], ['Coleta', '2025-05..2025-05', 'grid']]);
    expect(p.rows.map((r) => r.time)).toEqual(['Mês 1–Mês 2 (grid)', 'Mês 3 (grid)']);
  });
  test('"S1 … S4" under a month are its weeks (semanas, semaines), where a CSV writes the month once at its left', () => {
    const weeks = ['S1', 'S2', 'S3', 'S4', 'S1', 'S2', 'S3', 'S4'];
    const counted = gridFromRows('S', [['Actividad', 'Responsable', 'Mes 1', '', '', '', 'Mes 2', '', '', ''], ['', '', ...weeks], ['Revisión', 'Ana', 'x', 'x', '', '', '', '', '', ''], ['Encuesta', 'Luis', '', '', 'x', 'x', 'x', '', '', '']]);
    expect(readPlans(counted).plans[0].rows.filter((r) => !r.blank).map((r) => r.timeResult.relative)).toEqual([[{ unit: 'month', from: 1, to: 1 }], [{ unit: 'month', from: 1, to: 2 }]]);
    const named = gridFromRows('S', [['Cronograma 2025'], ['Actividad', 'Responsable', 'Enero', '', '', '', 'Febrero', '', '', ''], ['', '', ...weeks], ['Revisión', 'Ana', 'x', 'x', '', '', '', '', '', ''], ['Encuesta', 'Luis', '', '', 'x', 'x', 'x', '', '', '']]);
    expect(spansOf(named)).toEqual([['Revisión', '2025-01..2025-01', 'grid'], ['Encuesta', '2025-01..2025-02', 'grid']]);
    // Two columns "S1", "S2" alone are the semesters.
    expect(spansOf(gridFromRows('S', [['Activité', 'Pilote', 'S1 2025', 'S2 2025'], ['Diagnostic', 'Mairie', 'x', ''], ['Plan', 'Mairie', '', 'x']]))).toEqual([['Diagnostic', '2025-01..2025-06', 'grid'], ['Plan', '2025-07..2025-12', 'grid']]);
  });
  test('weeks counted from past the first ("W10 … W17", "S10 … S17") are calendar weeks of the plan’s year', () => {
    for (const w of ['W', 'S']) {
      const weeks = Array.from({ length: 8 }, (_, i) => `${w}${10 + i}`);
      const g = gridFromRows('S', [['Plan 2025'], ['Task', 'Lead', ...weeks], ['A', 'X', 'x', 'x', '', '', '', '', '', ''], ['B', 'Y', '', '', '', 'x', 'x', '', '', '']]);
      expect(spansOf(g)).toEqual([['A', '2025-03..2025-03', 'grid'], ['B', '2025-03..2025-04', 'grid']]);
    }
  });
  test('"Bulan ke-1" merged over weeks 1…4 is month 1 of the plan, as "Bulan I" is', () => {
    const g = gridFromRows('S', [
      ['No', 'Kegiatan', 'Bulan ke-1', '', '', '', 'Bulan ke-2', '', '', ''],
      ['', '', '1', '2', '3', '4', '1', '2', '3', '4'],
      ['1', 'Penyusunan proposal', 'x', 'x', '', '', '', '', '', ''],
      ['2', 'Pengumpulan data', '', '', 'x', 'x', 'x', '', '', ''],
    ], [{ top: 0, left: 2, bottom: 0, right: 5 }, { top: 0, left: 6, bottom: 0, right: 9 }]);
    const rows = readPlans(g).plans[0].rows.filter((r) => !r.blank);
    expect(rows.map((r) => [r.activity, r.timeResult.relative])).toEqual([
      ['Penyusunan proposal', [{ unit: 'month', from: 1, to: 1 }]],
      ['Pengumpulan data', [{ unit: 'month', from: 1, to: 2 }]],
    ]);
  });
  test('without a start date the weeks stay counted from a start the plan does not give, and say so', () => {
    const g = gridFromRows('S', [['Project plan'], ['Task', 'Owner', 'W1', 'W2', 'W3'], ['Survey', 'Ana', 'x', '', ''], ['Report', 'Ben', '', 'x', 'x']]);
    const [p] = readPlans(g).plans;
    expect(p.planStart).toBeUndefined();
    expect(p.rows[0].timeResult.reason).toBe('relative-without-start');
  });
  test('"Bulan I" merged over weeks 1…4 is month 1 of the plan, each week a week of it', () => {
    const g = gridFromRows('S', [
      ['No', 'Kegiatan', 'Bulan I', '', '', '', 'Bulan II', '', '', ''],
      ['', '', '1', '2', '3', '4', '1', '2', '3', '4'],
      ['1', 'Studi literatur', 'x', 'x', '', '', '', '', '', ''],
      ['2', 'Pengumpulan data', '', '', 'x', 'x', 'x', '', '', ''],
    ], [{ top: 0, left: 2, bottom: 0, right: 5 }, { top: 0, left: 6, bottom: 0, right: 9 }]);
    expect(spansOf(g, { planStart: '2025-09' })).toEqual([
      ['Studi literatur', '2025-09..2025-09', 'grid'],
      ['Pengumpulan data', '2025-09..2025-10', 'grid'],
    ]);
  });
});

