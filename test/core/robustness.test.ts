import fc from 'fast-check';
import { analyzeGrids } from '../../src/core/analyze';
import { cleanPlans, cleanSheetSpec, cleanCsv } from '../../src/core/write/clean';
import type { Grid, GridCell } from '../../src/core/model/grid';
import { gridFromRows, textCell } from '../../src/core/model/grid';
import { findingMessage } from '../../src/core/i18n/messages';
import { buildSchedule, scheduleSheetSpec } from '../../src/core/write/schedule';
import { a1 } from '../../src/core/model/address';

const WORDS = ['Mục tiêu', 'Hoạt động', 'Thời gian', 'Người thực hiện', 'Kết quả mong đợi', 'Cel', 'Działanie', 'Termin', 'Goal', 'Activity', 'Owner', 'Time', 'Outcome', 'Method',
  'T3', '03/09', 'luty – marzec 2014', 'III kw. 2019', 'Q1 2024', '1. Xác định', '1.1 Thống kê', '- a\n- b', 'Tất cả', 'Hùng, Anh', '#REF!', '=SUM(A1)', 'ongoing', '', '', '', ' ', 'x'.repeat(300)];

const cellArb: fc.Arbitrary<string> = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });
const gridArb: fc.Arbitrary<Grid> = fc
  .tuple(fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 30 }), fc.array(fc.tuple(fc.nat(29), fc.nat(7), fc.nat(3), fc.nat(2)), { maxLength: 4 }))
  .map(([rows, merges]) => gridFromRows('Random', rows, merges.map(([r, c, h, w]) => ({ top: r, left: c, bottom: r + h, right: c + w }))));

/** Every address the model holds: table titles, headers, data cells. */
function coveredCells(grid: Grid, a: ReturnType<typeof analyzeGrids>): Set<string> {
  const out = new Set<string>();
  for (const l of a.layouts) {
    if (l.titleRow !== undefined) for (let c = 0; c < (grid.cells[l.titleRow]?.length ?? 0); c++) out.add(a1(l.titleRow, c));
    for (let r = l.headerRow; r <= l.lastRow; r++) for (let c = l.left; c <= l.right; c++) out.add(a1(r, c));
  }
  return out;
}

describe('property: random grids', () => {
  test('detection, reading, validation, schedule and cleaning never throw', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const a = analyzeGrids([grid]);
        // Every placeholder of every message gets its argument (the user's own braces are taken out first).
        for (const f of a.findings) {
          const args = Object.fromEntries(Object.entries(f.args).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/[{}]/g, '') : v]));
          for (const lang of ['en', 'pl', 'vi'] as const) expect(findingMessage({ ...f, args }, lang)).not.toMatch(/\{\w+\}/);
        }
        const sched = buildSchedule(a.plans);
        scheduleSheetSpec(sched);
        for (const p of a.plans) scheduleSheetSpec(buildSchedule([p], { grain: 'month' }));
        const clean = cleanPlans(a.plans, a.findings);
        cleanSheetSpec(clean);
        cleanCsv(clean);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  test('every non-empty cell lands in the model or is reported as outside the tables', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const a = analyzeGrids([grid]);
        const covered = coveredCells(grid, a);
        let outside = 0;
        grid.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.text.trim() === '') return;
            const merged = grid.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
            if (merged || covered.has(a1(r, c))) return;
            outside++;
          }),
        );
        expect(a.outside[0].count).toBe(outside);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });
});

const HEADER = ['Mục tiêu', 'Hoạt động', 'Phương pháp thực hiện', 'Thời gian', 'Người thực hiện', 'Kết quả mong đợi'];

describe('the bad-input catalogue', () => {
  test('an empty sheet: no plan table, no finding, no failure', () => {
    const a = analyzeGrids([{ sheet: 'Empty', top: 0, left: 0, cells: [], merges: [] }]);
    expect(a.plans).toEqual([]);
    expect(a.findings).toEqual([]);
    expect(a.outside[0].count).toBe(0);
  });

  test('a header alone, and a header with empty rows under it: a table with no rows', () => {
    for (const rows of [[HEADER], [HEADER, ['', '', '', '', '', ''], ['', '', '', '', '', '']]]) {
      const a = analyzeGrids([gridFromRows('S', rows)]);
      expect(a.plans).toHaveLength(1);
      expect(a.plans[0].rows.filter((r) => !r.blank)).toEqual([]);
      expect(a.findings).toEqual([]);
      expect(buildSchedule(a.plans).rows).toEqual([]);
    }
  });

  test('cells of 32,767 characters are read, and a time of that length is reported, not hung on', () => {
    const long = 'Hội thảo '.repeat(4000).slice(0, 32767);
    const a = analyzeGrids([gridFromRows('S', [HEADER, ['1. A', long, long, `${'T3 '.repeat(10000)}`.slice(0, 32767), long, long]])]);
    expect(a.plans[0].rows[0].activity.length).toBe(long.trim().length);
    expect(a.plans[0].rows[0].timeResult.ok).toBe(true);
  });

  test('error values read as empty for owners and outcomes, and as an unreadable time', () => {
    const cells: GridCell[][] = [HEADER.map(textCell), ['1. A', 'x', 'm', '#REF!', '#N/A', '#DIV/0!'].map((t) => ({ ...textCell(t), error: t.startsWith('#') }))];
    const a = analyzeGrids([{ sheet: 'S', top: 0, left: 0, cells, merges: [] }]);
    const rules = a.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['missing-owner', 'missing-outcome', 'unparseable-time']));
    const t = a.findings.find((f) => f.rule === 'unparseable-time')!;
    expect(findingMessage(t, 'en')).toBe('The time “#REF!” could not be read (the cell holds an Excel error value).');
  });

  test('formulas are read by their result and written back as text, never as formulas', () => {
    const cells: GridCell[][] = [HEADER.map(textCell), [textCell('1. A'), { value: '=1+1', text: '=1+1', format: '@' }, textCell('m'), { value: 2014, text: '2014', format: 'General', formula: true }, textCell('@Ana'), textCell('+x')]];
    const a = analyzeGrids([{ sheet: 'S', top: 0, left: 0, cells, merges: [] }]);
    expect(a.plans[0].rows[0].timeResult.spans).toEqual([{ start: '2014-01', end: '2014-12' }]);
    const csv = cleanCsv(cleanPlans(a.plans, a.findings));
    expect(csv).toContain(`'=1+1`);
    expect(csv).toContain(`'@Ana`);
    expect(csv).toContain(`'+x`);
    expect(csv.split('\n').some((line) => /(^|,)[=+@]/.test(line))).toBe(false);
  });

  test('merged header cells: the covered column repeats the role and is reported', () => {
    const grid = gridFromRows('S', [['Goal', 'Activity', 'Time', '', 'Owner'], ['1. A', 'x', 'Q1 2024', 'Q2 2024', 'Ana']], [{ top: 0, left: 2, bottom: 0, right: 3 }]);
    const a = analyzeGrids([grid]);
    expect(a.plans[0].columns.map((c) => c.role)).toEqual(['goal', 'activity', 'time', 'extra', 'owner']);
    expect(a.findings.map((f) => `${f.rule}@${f.cell}`)).toContain('duplicate-role@D1');
  });

  test('hidden rows are kept in the plan, flagged, and not checked (a template row, a row the user set aside)', () => {
    const grid = { ...gridFromRows('S', [HEADER, ['1. A', 'a', 'm', 'T3', 'X', 'o'], ['2. B', 'b', 'm', 'T4', '', 'o']]), hiddenRows: [2] };
    const a = analyzeGrids([grid]);
    expect(a.plans[0].rows).toHaveLength(2);
    expect(a.plans[0].rows[1]).toMatchObject({ activity: 'b', hidden: true });
    expect(a.findings.map((f) => `${f.rule}@${f.cell}`)).not.toContain('missing-owner@E3');
  });

  test('a used range that reaches row 1,048,576 but is mostly empty', () => {
    const rows: string[][] = [HEADER, ['1. A', 'a', 'm', 'T3', 'X', 'o']];
    const grid = gridFromRows('S', rows);
    grid.cells.length = 1_048_576;
    for (let r = 2; r < grid.cells.length; r++) grid.cells[r] = [];
    grid.cells[1_048_575] = [textCell('stray')];
    const a = analyzeGrids([grid]);
    expect(a.plans[0].rows).toHaveLength(1);
    expect(a.outside[0]).toMatchObject({ count: 1, sample: ['A1048576'] });
  });

  test('a sheet of prose: no plan table, and its cells are reported as outside any table', () => {
    const a = analyzeGrids([gridFromRows('Notes', [['Meeting notes'], ['We agreed that everyone (tất cả) will help next month.']])]);
    expect(a.plans).toEqual([]);
    expect(a.outside[0].count).toBe(2);
  });
});

describe('CSV fields', () => {
  const { csvField } = jest.requireActual('../../src/core/io/csv') as typeof import('../../src/core/io/csv');
  test('text a spreadsheet would turn into a date or number is quoted; formulas are made inert', () => {
    expect(csvField('03/09')).toBe('"03/09"');
    expect(csvField('1/2010')).toBe('"1/2010"');
    expect(csvField('Hội thảo')).toBe('Hội thảo');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(2014)).toBe('2014');
  });
});
