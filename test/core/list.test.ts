/** Plans written as lists: the Płock cooperation model (seed 002) pasted into one column of a sheet. */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeGrids } from '../../src/core/analyze';
import { gridFromRows } from '../../src/core/model/grid';
import { listTable } from '../../src/core/read/list';
import { lineKind } from '../../src/core/read/list/lines';
import { FIXTURES } from '../helpers/corpus';

const text = fs.readFileSync(path.join(FIXTURES, 'seed-002-plock-model.txt'), 'utf8');
const lines = text.split(/\r?\n/);

describe('the Płock model pasted into one column', () => {
  const a = analyzeGrids([gridFromRows('Model', lines.map((l) => [l]))]);
  const [plan] = a.plans;
  const row = (goal: string, start: string) => plan.rows.find((r) => r.goalId === goal && r.activity.startsWith(start))!;

  test('is one plan, in Polish, read as a list, titled by its heading (not by the "Załącznik nr 1" above it)', () => {
    expect(a.plans).toHaveLength(1);
    expect(plan.fromList).toBe(true);
    expect(plan.lang).toBe('pl');
    expect(plan.title).toBe('PŁOCKI MODEL WSPÓŁPRACY');
  });
  test('8 goals (ZADANIE 1–8) in order', () => {
    expect([...new Set(plan.rows.map((r) => r.goalId))]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(plan.rows[0].goal).toMatch(/^1\. Samoocena metodą Lokalnego Indeksu/);
  });
  test('ZADANIE 2: owner and time at the end of each item, with or without a dash', () => {
    const forum = row('2', 'Prowadzenie internetowego forum konsultacji społecznych');
    expect(forum.owners).toEqual(['GMP']);
    expect(forum.timeResult.spans).toEqual([{ start: '2014-03', end: '2014-08' }]);
    const publish = row('2', 'Upublicznienie procedury konsultacji społecznych');
    expect(publish.owners).toEqual(['GMP', 'TWP']);
    expect(publish.timeResult.spans).toEqual([{ start: '2014-09', end: '2014-09' }]);
    const evaluation = row('2', 'Ewaluacja sposobu prowadzenia konsultacji społecznych');
    expect(evaluation.owners).toEqual(['TWP']);
    expect(evaluation.timeResult.spans).toEqual([{ start: '2015-03', end: '2015-04' }]);
  });
  test('ZADANIE 5, whose period writes no year, falls in 2014 as the tasks around it do', () => {
    const five = plan.rows.filter((r) => r.goalId === '5' && r.timeResult.ok);
    expect(five.length).toBeGreaterThan(5);
    for (const r of five) for (const s of r.timeResult.spans) expect(s.start.slice(0, 4)).toBe('2014');
  });
  test('an item with its owner and time on the next line, and one with the order turned ("- AE; marzec – czerwiec")', () => {
    const expertise = row('5', 'Opracowanie Ekspertyzy: Analiza stanu prawnego');
    expect(expertise.owners).toEqual(['AE']);
    expect(expertise.timeResult.spans).toEqual([{ start: '2014-05', end: '2014-06' }]);
    const standards = row('4', 'Opracowanie Ekspertyzy: Standardy realizacji');
    expect(standards.owners[0]).toBe('AE');
    expect(standards.timeResult.spans).toEqual([{ start: '2014-03', end: '2014-06' }]);
  });
  test('sub-activities are the method lines of their activity, not activities', () => {
    const r = row('2', 'Prowadzenie konsultacji procedury konsultacji i standardów w formach tradycyjnych');
    expect(r.method.split('\n')).toEqual(['2 spotkania konsultacyjne – kwiecień, maj (RDPP)', 'debata – maj', 'FGI – kwiecień']);
    expect(plan.rows.some((x) => /^debata/.test(x.activity))).toBe(false);
    expect(r.owners).toEqual(['TWP']);
  });
  test('stage and section lines are context, never activities', () => {
    expect(plan.rows.some((r) => /^(Etap|SPOSÓB|KOMPONENT|OKRES)/i.test(r.activity.replace(/^[\d.]+\s*/, '')))).toBe(false);
    expect(row('6', 'Opracowanie Ekspertyzy: Utworzenie').extra).toEqual(expect.objectContaining({}));
  });
  test('a typo in a month ("kwiecie") is read and warned about, as in tables', () => {
    expect(a.findings.filter((f) => f.rule === 'time-typo').map((f) => f.args)).toEqual([expect.objectContaining({ code: 'truncated-month' })]);
  });
  test('findings point at the lines they are about', () => {
    const f = a.findings.find((x) => x.rule === 'missing-owner')!;
    expect(f.cell).toMatch(/^A\d+$/);
    expect(lines[f.row - 1]).toMatch(/^\s*\d+[.)]/);
  });
});

describe('the list reader is written for the form', () => {
  test('an English list: Task lines, numbered activities with owner and month at the end', () => {
    const t = listTable(['Task 1. Prepare the survey', 'Period: March – May 2024', '1. Draft the questions – ANA – March', '2. Test with five members – OLA, BEN – April', '3. Send it out – ANA – May', 'Task 2. Report', '1. Write the report – BEN – June 2024'].map((text, i) => ({ text, row: i + 1 })), 'Plan');
    expect(t).toBeDefined();
    expect(t!.grid.cells.slice(1).map((r) => [r[1].text, r[3].text, r[4].text])).toEqual([
      ['1.1 Draft the questions', 'March 2024', 'ANA'],
      ['1.2 Test with five members', 'April 2024', 'OLA, BEN'],
      ['1.3 Send it out', 'May 2024', 'ANA'],
      ['2.1 Write the report', 'June 2024', 'BEN'],
    ]);
  });
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, row: i + 1 }));
  const cells = (t: ReturnType<typeof listTable>) => t!.grid.cells.slice(1).map((r) => [r[0].text, r[1].text, r[3].text, r[4].text, r[5].text]);

  test('a Vietnamese list: goals numbered 1., activities 1.1., each with labelled lines for its time, owners and outcome', () => {
    const t = listTable(lines([
      'KẾ HOẠCH NĂM 2024',
      '1. Phát triển hội viên',
      '1.1. Vận động hội viên mới ở các thôn',
      '- Thời gian: tháng 2-3/2024',
      '- Người thực hiện: Chi hội trưởng, Ban kiểm tra',
      '- Kết quả mong đợi: 50 hội viên mới',
      '1.2. Sinh hoạt chuyên đề',
      '- Thời gian: Quý II/2024',
      '- Đơn vị chủ trì: Chi hội',
      '2. Tuyên truyền',
      '2.1. Phát thanh trên loa xã',
      '- Thời gian: 1 lần/tháng',
      '- Sản phẩm: 12 bản tin',
    ]), 'KH');
    expect(cells(t)).toEqual([
      ['1. Phát triển hội viên', '1.1 Vận động hội viên mới ở các thôn', 'tháng 2-3/2024', 'Chi hội trưởng, Ban kiểm tra', '50 hội viên mới'],
      ['1. Phát triển hội viên', '1.2 Sinh hoạt chuyên đề', 'Quý II/2024', 'Chi hội', ''],
      ['2. Tuyên truyền', '2.1 Phát thanh trên loa xã', '1 lần/tháng', '', '12 bản tin'],
    ]);
    // Each activity points at all of its lines; the plain line above the list is the plan's title.
    expect(t!.grid.cells[1][7].text).toBe('3, 4, 5, 6');
    expect(t!.title).toBe('KẾ HOẠCH NĂM 2024');
    expect(listTable(lines(['Phụ lục 2', 'Plan 2024', '1. Họp – AN – tháng 3', '2. Thi – BÌNH – tháng 5', '3. Tổng kết – AN – tháng 12']), 'KH')!.title).toBe('Plan 2024');
  });

  test('fields inside the activity’s line, after a bracket, a dash or a comma, in English and Polish', () => {
    const en = listTable(lines([
      'Goal 1: Quieter streets',
      'Activity 1.1 Speed signs near schools (Owner: Roads unit; When: April 2024; Outcome: 6 signs up)',
      'Activity 1.2 Traffic count (Lead: Students’ club; Timeline: May–June 2024)',
      'Goal 2: More trees',
      'Activity 2.1 Planting weekend (Responsible: Parks team, Volunteers; When: October 2024)',
    ]), 'Plan');
    expect(cells(en)).toEqual([
      ['1. Quieter streets', '1.1 Speed signs near schools', 'April 2024', 'Roads unit', '6 signs up'],
      ['1. Quieter streets', '1.2 Traffic count', 'May–June 2024', 'Students’ club', ''],
      ['2. More trees', '2.1 Planting weekend', 'October 2024', 'Parks team, Volunteers', ''],
    ]);
    const pl = listTable(lines([
      'Cel 1. Integracja sąsiedzka',
      '1) Piknik na osiedlu – odpowiedzialny: Rada Osiedla, termin: czerwiec 2024, rezultat: 150 uczestników',
      '2) Kawiarenka dla seniorów – odpowiedzialny: MOPS, MDK, termin: od września 2024',
      '3) Wymiana książek – termin: IV kw. 2024',
    ]), 'Plan');
    expect(cells(pl)).toEqual([
      ['1. Integracja sąsiedzka', '1.1 Piknik na osiedlu', 'czerwiec 2024', 'Rada Osiedla', '150 uczestników'],
      ['1. Integracja sąsiedzka', '1.2 Kawiarenka dla seniorów', 'od września 2024', 'MOPS, MDK', ''],
      ['1. Integracja sąsiedzka', '1.3 Wymiana książek', 'IV kw. 2024', '', ''],
    ]);
  });

  test('under a goal of its own line, items numbered "1.1." are numbered within it, beside its items "1.", "2."', () => {
    const t = listTable(lines([
      'Task 4. Consult the residents',
      '1. Street meetings – ANA – March 2024',
      '1.1. Meeting in the north ward – ANA – March 2024',
      '1.2. Meeting in the south ward – BEN – April 2024',
      '2. Summary report – BEN – May 2024',
      'Task 5. Train the councillors',
      '5.1. Budget workshop – OLA – June 2024',
    ]), 'Plan');
    expect(cells(t).map((r) => [r[0], r[1]])).toEqual([
      ['4. Consult the residents', '4.1 Street meetings'],
      ['4. Consult the residents', '4.1.1 Meeting in the north ward'],
      ['4. Consult the residents', '4.1.2 Meeting in the south ward'],
      ['4. Consult the residents', '4.2 Summary report'],
      ['5. Train the councillors', '5.1 Budget workshop'],
    ]);
  });

  test('an activity word numbers an activity ("Activity 1.2", "Hoạt động 3:"), a year after it does not', () => {
    expect(lineKind('Activity 1.2 Door-to-door visits')).toEqual({ kind: 'deep', path: [1, 2], text: 'Door-to-door visits' });
    expect(lineKind('Hoạt động 3: Họp dân')).toEqual({ kind: 'item', n: 3, marker: '.', text: 'Họp dân' });
    expect(lineKind('Action 2025 review of the budget').kind).toBe('text');
  });

  test('a decimal amount at a line’s start is no activity number, and a period line right under a goal stays the goal’s', () => {
    const t = listTable(lines([
      'Task 1. Repair the hall',
      'Period: 2024',
      '1. Fix the roof – ANA – March',
      '2.5 million set aside for it',
      '2. Paint the walls – BEN – May',
      '3. Open day – ANA – June',
    ]), 'Plan');
    expect(cells(t).map((r) => r[1])).toEqual(['1.1 Fix the roof', '1.2 Paint the walls', '1.3 Open day']);
    expect(cells(t).map((r) => r[2])).toEqual(['March 2024', 'May 2024', 'June 2024']);
  });

  test('an output of a logframe over its activities, each with its time and then its owner named in words after dashes', () => {
    const t = listTable(lines([
      'Output 1: Young people take part in local decisions',
      'Activity 1.1 Youth council elections (March 2025; lead: Youth Office)',
      'Activity 1.2 Training for youth councillors – Q2 2025 – NGO Horizon',
      'Output 2: Safer routes to school',
      'Activity 2.1 Walking bus pilot – September 2025 – Parents’ Council',
      'Activity 2.2 Crossing guards – Q4 2025',
    ]), 'Plan');
    expect(cells(t).map((r) => r[1])).toEqual(['1.1 Youth council elections', '1.2 Training for youth councillors', '2.1 Walking bus pilot', '2.2 Crossing guards']);
    expect(cells(t).map((r) => r[2])).toEqual(['March 2025', 'Q2 2025', 'September 2025', 'Q4 2025']);
    expect(cells(t).map((r) => r[3])).toEqual(['Youth Office', 'NGO Horizon', 'Parents’ Council', '']);
  });

  test('a field ends at its closing bracket and at a sentence’s end; a time in brackets is the item’s time', () => {
    const t = listTable(lines([
      'Goal 1: Healthier villages',
      '1.1 Budget training for committees (March 2025, lead: District Health Office). Expected: 40 members trained.',
      '1.2 Workshop for parents (June 2025)',
      '1.3 Paint zebra crossings (summer holidays) – Municipality',
      '1.4 Cleanup day – Q3 2025 – Scouts',
    ]), 'Plan');
    expect(cells(t).map((r) => r.slice(1))).toEqual([
      ['1.1 Budget training for committees', 'March 2025', 'District Health Office', '40 members trained'],
      ['1.2 Workshop for parents', 'June 2025', '', ''],
      ['1.3 Paint zebra crossings', 'summer holidays', 'Municipality', ''],
      ['1.4 Cleanup day', 'Q3 2025', 'Scouts', ''],
    ]);
  });

  test('a French list: its quarters are trimestres, and a labelled time gives the words the line ended in back to it', () => {
    const text = [
      'Objectif 1 : Renforcer le lien social',
      'Action 1.1 : Installation de bancs – T2 2025 – Mairie',
      'Action 1.2 : Repas partagé mensuel',
      'Pilote : Association des habitants',
      'Calendrier : de septembre à décembre 2025',
      'Action 1.3 : Fête de quartier – juin 2025 – Centre social',
    ];
    const { plans } = analyzeGrids([gridFromRows('Plan', text.map((t) => [t]))]);
    expect(plans[0].rows.map((r) => [r.activity, r.timeResult.spans.map((x) => `${x.start}..${x.end}`).join(), r.owners.join()])).toEqual([
      ['Installation de bancs', '2025-04..2025-06', 'Mairie'],
      ['Repas partagé mensuel', '2025-09..2025-12', 'Association des habitants'],
      ['Fête de quartier', '2025-06..2025-06', 'Centre social'],
    ]);
  });

  test('a goal word before a number path names an activity of that goal: "Zadanie 1.1." under "Cel 1."', () => {
    const t = listTable(lines([
      'Cel 1. Wzmocnienie organizacji',
      'Zadanie 1.1. Szkolenia dla liderów',
      'Termin realizacji: II kwartał 2025 r.',
      'Odpowiedzialni: Wydział Spraw Społecznych, Centrum NGO',
      'Zadanie 1.2. Konsultacje programu',
      'Termin realizacji: wrzesień – październik 2025 r.',
      'Cel 2. Aktywizacja mieszkańców',
      'Zadanie 2.1. Dzień Sąsiada',
      'Termin realizacji: czerwiec 2025 r.',
    ]), 'Plan');
    expect(cells(t).map((r) => r.slice(0, 4))).toEqual([
      ['1. Wzmocnienie organizacji', '1.1 Szkolenia dla liderów', 'II kwartał 2025 r.', 'Wydział Spraw Społecznych, Centrum NGO'],
      ['1. Wzmocnienie organizacji', '1.2 Konsultacje programu', 'wrzesień – październik 2025 r.', ''],
      ['2. Aktywizacja mieszkańców', '2.1 Dzień Sąsiada', 'czerwiec 2025 r.', ''],
    ]);
  });

  test('a time that opens the line, before a dash or a colon, is the item’s time; the name after the last dash its owner', () => {
    const t = listTable(lines([
      'Workplan 2025',
      '1. Q1 2025 – Baseline survey – M&E team',
      '2. March 2025: Launch event (Communications)',
      '3. Apr–Jun 2025 – Training of volunteers – HR',
      '4. May Day parade – City',
    ]), 'Plan');
    expect(cells(t).map((r) => r.slice(1, 4))).toEqual([
      ['1. Baseline survey', 'Q1 2025', 'M&E team'],
      // A remark in brackets stays with the activity's words.
      ['2. Launch event (Communications)', 'March 2025', ''],
      ['3. Training of volunteers', 'Apr–Jun 2025', 'HR'],
      ['4. May Day parade – City', '', ''],
    ]);
    // Read as a table, each number is the activity's number, not a word of it.
    const { plans } = analyzeGrids([gridFromRows('Plan', ['Workplan 2025', '1. Q1 2025 – Baseline survey – M&E team', '2. March 2025: Launch event', '3. Apr–Jun 2025 – Training – HR', '4. Q4 2025 – Review – Board'].map((x) => [x]))]);
    expect(plans[0].rows.map((r) => [r.activityId, r.activity])).toEqual([['1', 'Baseline survey'], ['2', 'Launch event'], ['3', 'Training'], ['4', 'Review']]);
  });

  test('a plan that names its owners in brackets: the names are the owners, a remark in brackets is not', () => {
    const t = listTable(lines([
      'Action plan 2025',
      '1. Organise the kick-off workshop (Youth Union) – March 2025',
      '2. Train the volunteers (Anna Nowak, Ben Smith) – April–May 2025',
      '3. Publish the final report – December 2025 (in English)',
      '4. Visit the schools (lead: City Office) – Q3 2025',
      '5. Close the year (Youth Union)',
    ]), 'Plan');
    expect(cells(t).map((r) => r.slice(1, 4))).toEqual([
      ['1. Organise the kick-off workshop', 'March 2025', 'Youth Union'],
      ['2. Train the volunteers', 'April–May 2025', 'Anna Nowak, Ben Smith'],
      ['3. Publish the final report (in English)', 'December 2025', ''],
      // What follows a labelled field's bracket is the line's again: its time is kept.
      ['4. Visit the schools', 'Q3 2025', 'City Office'],
      ['5. Close the year', '', 'Youth Union'],
    ]);
  });

  test('in Polish and Vietnamese too; one bracket among owners after dashes stays a remark', () => {
    const pl = listTable(lines(['Plan pracy 2025', '1. Spotkanie z radą (Urząd Gminy) – marzec 2025', '2. Warsztaty dla seniorów (Fundacja Razem) – maj 2025', '3. Festyn (Urząd Gminy) – czerwiec 2025']), 'Plan');
    expect(cells(pl).map((r) => r[3])).toEqual(['Urząd Gminy', 'Fundacja Razem', 'Urząd Gminy']);
    const vi = listTable(lines(['Kế hoạch 2025', '1. Họp ban điều hành (Hội Phụ nữ) – tháng 3/2025', '2. Tập huấn tình nguyện viên (Đoàn Thanh niên) – tháng 5/2025', '3. Tổng kết (Hội Phụ nữ) – tháng 12/2025']), 'KH');
    expect(cells(vi).map((r) => [r[1], r[3]])).toEqual([['1. Họp ban điều hành', 'Hội Phụ nữ'], ['2. Tập huấn tình nguyện viên', 'Đoàn Thanh niên'], ['3. Tổng kết', 'Hội Phụ nữ']]);
    const mixed = listTable(lines(['Plan 2025', '1. Survey – ANA – March 2025', '2. Launch (Communications) – April 2025', '3. Report – BEN – May 2025']), 'Plan');
    expect(cells(mixed).map((r) => [r[1], r[3]])).toEqual([['1. Survey', 'ANA'], ['2. Launch (Communications)', ''], ['3. Report', 'BEN']]);
  });

  test('prose with a numbered list but no owners or times is no plan', () => {
    expect(listTable(['Minutes', '1. We met.', '2. We talked.', '3. We left.'].map((text, i) => ({ text, row: i + 1 })), 'Notes')).toBeUndefined();
  });
});

describe('the year of a list’s title', () => {
  test('times that write no year take the year its title writes, not this year', () => {
    const text = ['PLAN PRACY NA ROK 2019', '', 'Cel 1. Aktywni seniorzy', '1. Zajęcia ruchowe w klubie – marzec–kwiecień, odpowiedzialny: Dyrektor', '2. Wycieczka – czerwiec', '3. Spotkanie wigilijne – grudzień'];
    const { plans } = analyzeGrids([gridFromRows('Plan', text.map((t) => [t]))]);
    expect(plans[0].year).toBe(2019);
    expect(plans[0].rows.map((r) => r.timeResult.spans[0])).toEqual([{ start: '2019-03', end: '2019-04' }, { start: '2019-06', end: '2019-06' }, { start: '2019-12', end: '2019-12' }]);
  });
});
