import { analyzeGrids } from '../../src/core/analyze';
import { gridFromRows } from '../../src/core/model/grid';
import { readPlans } from '../../src/core/read/plans';
import { corpusGrid } from '../helpers/corpus';

describe('reading the corpus sheet', () => {
  const { plans } = readPlans(corpusGrid(), { fallbackYear: 2026 });

  test('5 tables, their titles as plan names, all six roles, 8/7/8/4/8 data rows', () => {
    expect(plans.map((p) => p.title.replace('KẾ HOẠCH THÀNH LẬP MẠNG LƯỚI ', ''))).toEqual(['HÀ NỘI', 'NINH BÌNH', 'HẢI DƯƠNG', 'THÁI BÌNH', 'BẮC MIỀN TRUNG']);
    for (const p of plans) expect(p.columns.map((c) => c.role)).toEqual(['goal', 'activity', 'method', 'time', 'owner', 'outcome']);
    expect(plans.map((p) => p.rows.filter((r) => !r.blank).length)).toEqual([8, 7, 8, 4, 8]);
    expect(plans.map((p) => p.headerRow)).toEqual([2, 13, 23, 34, 41]);
  });

  test("Ninh Bình's empty outcome cells are read as empty", () => {
    expect(plans[1].rows.map((r) => r.outcome)).toEqual(['', '', '', '', '', '', '']);
  });

  test('numbering is read as ids, and several numbered activities in one cell are marked', () => {
    const hanoi = plans[0];
    expect(hanoi.rows[0].goalId).toBe('1');
    expect(hanoi.rows[0].activityId).toBe('1.1');
    expect(hanoi.rows[0].activity.startsWith('Thống kê')).toBe(true);
    expect(hanoi.rows[3].multiActivity).toBe(true);
    expect(hanoi.rows[3].activityItems.map((i) => i.id)).toEqual(['4.1', '4.2', '4.3']);
  });

  test('owners are split in their original order, bullets stripped', () => {
    expect(plans[0].rows[0].owners).toEqual(['Hùng', 'Anh', 'Dũng']);
    expect(plans[2].rows[0].owners).toEqual(['Các trưởng nhóm', 'BDH các nhóm']);
    expect(plans[2].rows[7].owners).toEqual(['Cương', 'các trưởng nhóm', 'BDH HDP+', 'ban đại diện các nhóm']); // "+" belongs to the network's name
  });

  test("every plan's year is 2009: from its cells, or from the sheet's other plans", () => {
    expect(plans.map((p) => p.year)).toEqual([2009, 2009, 2009, 2009, 2009]);
    expect(plans[1].yearSource).toBe('sheet');
    expect(plans[1].rows[0].timeResult.spans).toEqual([{ start: '2009-03', end: '2009-03' }]);
  });
});

describe('table shapes', () => {
  test('a sheet of prose has no plan table and does not fail', () => {
    const g = gridFromRows('Notes', [['Meeting notes'], ['We discussed the plan for the year and agreed to meet again.'], [''], ['Time: 10:00, owner of the room: Anna']]);
    expect(readPlans(g).plans).toEqual([]);
  });

  test('a three-column time/task/participants schedule is a plan table', () => {
    const g = gridFromRows('S', [['Time', 'Task', 'Participants'], ['Q1 2024', 'Kick-off', 'All partners'], ['Q2 2024', 'Survey', 'Anna']]);
    const [p] = readPlans(g).plans;
    expect(p.columns.map((c) => c.role)).toEqual(['time', 'activity', 'owner']);
    expect(p.rows).toHaveLength(2);
  });

  test('an explicit mapping from the user always wins', () => {
    const g = gridFromRows('S', [['Cel', 'Zadanie', 'Kto', 'Uwagi'], ['1. A', 'x', 'Ola', 'czerwiec 2014']]);
    const [p] = readPlans(g, { columns: { D: 'time' } }).plans;
    expect(p.columns.map((c) => c.role)).toEqual(['goal', 'activity', 'owner', 'time']);
    expect(p.rows[0].timeResult.spans).toEqual([{ start: '2014-06', end: '2014-06' }]);
  });

  test('goals carry down from blank cells under them and from merged cells', () => {
    const rows = [['Goal', 'Activity', 'Owner'], ['1. Build', '1.1 Plan', 'Ana'], ['', '1.2 Do', 'Ben'], ['2. Share', '2.1 Tell', 'Cy'], ['', '2.2 Write', 'Di']];
    const merged = gridFromRows('S', rows, [{ top: 3, left: 0, bottom: 4, right: 0 }]);
    const [p] = readPlans(merged).plans;
    expect(p.rows.map((r) => r.goalId)).toEqual(['1', '1', '2', '2']);
    expect(p.rows[3].goalCell).toBe('A4');
  });

  test('tables in other languages', () => {
    const g = gridFromRows('S', [
      ['Plan de trabajo 2021'],
      ['Objetivo', 'Actividad', 'Fecha', 'Responsable', 'Resultado esperado'],
      ['1. Capacitar', 'Taller', 'marzo - abril', 'Lucía', 'Equipo formado'],
    ]);
    const [p] = readPlans(g).plans;
    expect(p.title).toBe('Plan de trabajo 2021');
    expect(p.year).toBe(2021);
    expect(p.rows[0].timeResult.spans).toEqual([{ start: '2021-03', end: '2021-04' }]);
  });
});

describe('the whole pipeline', () => {
  test('analyzeGrids numbers tables across sheets', () => {
    const a = analyzeGrids([corpusGrid('One'), corpusGrid('Two')]);
    expect(a.plans).toHaveLength(10);
    expect(a.plans[7].index).toBe(7);
    expect(a.plans[7].sheet).toBe('Two');
  });
});
