/**
 * Properties with roles set by hand (issue 16): any role on any column, "period" included, never breaks reading,
 * checking, scheduling or cleaning; and nothing is lost: every text of an activity row's cells reaches that row's
 * clean output, or the column is a time source whose reading stands for it.
 */
import fc from 'fast-check';
import { analyzeGrids } from '../../src/core/analyze';
import { gridFromRows } from '../../src/core/model/grid';
import { ALL_ROLES } from '../../src/core/model/roles';
import { cleanMatrix, cleanPlans, cleanSheetSpec } from '../../src/core/write/clean';
import { buildSchedule, scheduleSheetSpec } from '../../src/core/write/schedule';

const ROLES = ALL_ROLES;
const HEADERS = ['Goal', 'Activity', 'Method', 'Time', 'Owner', 'Expected outcome', 'Note', 'Budget'];
const WORDS = ['Plant trees', 'Count the outfalls', 'Ward office', 'City works', 'March 2025', 'Q2 2025', 'T3/2025', 'luty – marzec 2014', 'x', '5', '1.', '2.1', 'A map', '- a\n- b', 'Hùng, Anh', 'someday', ''];
const LETTERS = 'ABCDEFGH'.split('');

const planArb = fc.record({
  width: fc.integer({ min: 3, max: 8 }),
  rows: fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 12 }),
  roles: fc.dictionary(fc.constantFrom(...LETTERS), fc.constantFrom(...ROLES), { maxKeys: 4 }),
});

/** The words of a text: owners are split on "/" and "," and bullets dropped, but no word may go missing. */
const pieces = (t: string) => t.match(/[\p{L}\p{N}]+/gu) ?? [];
const TIME_SOURCES = new Set(['time', 'start', 'end', 'duration', 'period']);

describe('property: roles set by hand', () => {
  test('any role on any column: read, check, schedule and clean never throw; nothing of an activity row is lost', () => {
    fc.assert(
      fc.property(planArb, ({ width, rows, roles }) => {
        const cols = Object.fromEntries(Object.entries(roles).filter(([l]) => LETTERS.indexOf(l) < width));
        const grid = gridFromRows('Plan', [HEADERS.slice(0, width), ...rows.map((r) => r.slice(0, width))]);
        const a = analyzeGrids([grid], { rules: {}, tables: [{ sheet: 'Plan', range: `A1:${LETTERS[width - 1]}${rows.length + 1}`, columns: cols }] });
        for (const p of a.plans) scheduleSheetSpec(buildSchedule([p], { grain: 'month' }));
        const clean = cleanPlans(a.plans, a.findings);
        cleanSheetSpec(clean);
        const matrix = cleanMatrix(clean);
        for (const p of a.plans) {
          for (const row of p.rows) {
            if (row.blank) continue;
            const out = matrix.slice(1).filter((_, i) => clean.rows[i].source.row === row.row && clean.rows[i].source.sheet === p.sheet);
            if (out.length === 0) continue; // a heading or section row: it is the goal of the rows under it
            const written = out.map((r) => r.join('\n')).join('\n');
            for (const c of p.columns) {
              if (c.spanOf || TIME_SOURCES.has(c.role)) continue;
              const text = grid.cells[row.row - 1]?.[c.index]?.text ?? '';
              for (const piece of pieces(text)) expect(written).toContain(piece);
            }
          }
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});

describe('what the property found', () => {
  const clean = (rows: string[][], columns: Record<string, string>) => {
    const grid = gridFromRows('Plan', rows);
    const a = analyzeGrids([grid], { rules: {}, tables: [{ sheet: 'Plan', range: `A1:${LETTERS[rows[0].length - 1]}${rows.length}`, columns: columns as Record<string, (typeof ROLES)[number]> }] });
    return cleanPlans(a.plans, a.findings);
  };

  test('a start column set by hand with no end column reads, and its month stands for the time', () => {
    const t = clean([['Goal', 'Activity', 'Begins'], ['1. Parks', 'Plant trees', '5']], { C: 'start' });
    expect(t.rows[0].activity).toBe('Plant trees');
  });

  test('an upper outline level written beside a deeper activity is kept under its column', () => {
    const t = clean([['Goal', 'Phase', 'Task'], ['1. Parks', 'Phase 2', 'Print the leaflets']], { B: 'activity', C: 'activity' });
    expect(t.rows[0].activity).toBe('Print the leaflets');
    expect(t.rows[0].extra).toEqual({ 'Phase (B)': 'Phase 2' });
    expect(t.headers).toContain('Phase (B)');
  });

  test('a numbering column beside a bulleted cell: each part keeps the row\'s number', () => {
    const t = clean([['No.', 'Activity', 'Time'], ['7', '- Count the outfalls\n- Fix the worst five', 'May 2025']], { A: 'number' });
    expect(t.rows.map((r) => [r.activityNo, r.activity])).toEqual([['7', 'Count the outfalls'], ['7', 'Fix the worst five']]);
  });
});
