import { analyzeGrids } from '../../src/core/analyze';
import { cleanPlans, cleanSheetSpec } from '../../src/core/write/clean';
import { gridFromCsv } from '../../src/core/io/csv';
import { buildSchedule, scheduleSheetSpec } from '../../src/core/write/schedule';
import { ExcelPort } from '../../src/excel/excel-port';
import * as fs from 'fs';
import { CORPUS_CSV } from '../helpers/corpus';
import { FakeWorkbook, installExcelGlobals } from '../helpers/fake-excel';
import type { FakeContext } from '../helpers/fake-excel';
import { planRows } from '../helpers/generate';

installExcelGlobals();

function portOver(book: FakeWorkbook): ExcelPort {
  return new ExcelPort(book.run as unknown as ConstructorParameters<typeof ExcelPort>[0], book.runIn as unknown as ConstructorParameters<typeof ExcelPort>[1]);
}

function bookWith(rows: (string | number | null)[][], name = 'Plan'): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet(name, rows);
  return book;
}

const corpusRows = () => gridFromCsv('x', fs.readFileSync(CORPUS_CSV, 'utf8')).cells.map((r) => r.map((c) => c.text));

describe('the fake enforces Office.js semantics', () => {
  test('reading an unloaded property throws; queued writes apply at sync', async () => {
    const book = bookWith([['a']]);
    await book.run(async (ctx: FakeContext) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1');
      expect(() => r.values).toThrow(/not available/);
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([['a']]);
      r.numberFormat = [['@']];
      r.values = [['b']];
      expect(book.sheets[0].cells.get('0,0')!.value).toBe('a');
      await ctx.sync();
      expect(book.sheets[0].cells.get('0,0')!.value).toBe('b');
    });
    expect(book.syncs).toBe(2);
  });
});

describe('the Office.js workbook port', () => {
  test('a 10,000-row plan is read in one sync', async () => {
    const book = bookWith(planRows(10_000));
    const port = portOver(book);
    const grid = await port.readActiveSheet();
    const a = analyzeGrids([grid]);
    expect(book.syncs).toBe(1);
    expect(a.plans[0].rows).toHaveLength(10_000);
  });

  test('Generate schedule (one sheet per plan) is one sync to read and one to write', async () => {
    const book = bookWith(corpusRows());
    const port = portOver(book);
    const a = analyzeGrids([await port.readActiveSheet()]);
    const names = await port.addSheets(a.plans.map((p) => scheduleSheetSpec(buildSchedule([p]))));
    expect(book.syncs).toBe(2);
    expect(names).toEqual(['Lịch', 'Lịch (2)', 'Lịch (3)', 'Lịch (4)', 'Lịch (5)']);
    expect(book.sheets).toHaveLength(6);
    expect(book.sheets[1].frozen).toEqual({ rows: 3, cols: 4 });
    expect(book.sheets[1].orientation).toBe('Landscape');
  });

  test("the user's cells are identical after Validate, Generate schedule and Export", async () => {
    const book = bookWith(corpusRows());
    const before = book.snapshot('Plan');
    const port = portOver(book);
    const a = analyzeGrids([await port.readActiveSheet()]);
    await port.addSheets([scheduleSheetSpec(buildSchedule(a.plans))]);
    await port.addSheet(cleanSheetSpec(cleanPlans(a.plans, a.findings)));
    expect(book.snapshot('Plan')).toBe(before);
  });

  test('turning highlights on shows every finding in its colour; turning them off shows every original fill again', async () => {
    const book = bookWith(corpusRows());
    book.sheets[0].cells.get('4,4')!.fill = '#FFFF00'; // the user's own yellow cell
    const shown = () => [...book.sheets[0].cells.keys()].map((k) => { const [r, c] = k.split(',').map(Number); return [k, book.displayedFill('Plan', `${String.fromCharCode(65 + c)}${r + 1}`) ?? null]; });
    const before = JSON.stringify(shown());
    const port = portOver(book);
    const a = analyzeGrids([await port.readActiveSheet()]);
    await port.setHighlights(a.findings);
    for (const f of a.findings) expect(book.displayedFill('Plan', f.cell.split(':')[0])).toBe({ error: '#FDE7E9', warning: '#FFF4CE', info: '#EDEBE9' }[f.severity]);
    expect(JSON.stringify(shown())).not.toBe(before);
    await port.clearHighlights();
    expect(book.sheets[0].cfs).toEqual([]);
    expect(JSON.stringify(shown())).toBe(before);
  });

  test('one conditional format per rule, however many cells: a 10,000-row plan makes a few, and the saved ids stay small', async () => {
    const rows = planRows(10_000).map((r, i) => (i < 2 ? r : r.map((v, c) => (c === 4 ? '' : v)))); // no owners: 10,000 findings of one rule
    const book = bookWith(rows);
    const port = portOver(book);
    const a = analyzeGrids([await port.readActiveSheet()]);
    expect(a.findings.length).toBeGreaterThanOrEqual(10_000);
    await port.setHighlights(a.findings);
    const rules = new Set(a.findings.map((f) => f.rule)).size;
    expect(book.sheets[0].cfs.length).toBeLessThanOrEqual(rules * 3);
    expect(book.settings.get('activityMatrix.highlights')!.length).toBeLessThan(2000);
    for (const f of a.findings.slice(0, 50)) expect(book.displayedFill('Plan', f.cell.split(':')[0])).toBeDefined();
  });

  test('a highlighted sheet renamed by the user: clearing still removes every highlight, and Validate highlights again', async () => {
    const book = bookWith(corpusRows());
    const port = portOver(book);
    const a = analyzeGrids([await port.readActiveSheet()]);
    await port.setHighlights(a.findings);
    book.rename('Plan', 'Kế hoạch 2026');
    await expect(port.clearHighlights()).resolves.toBeUndefined();
    expect(book.sheets[0].cfs).toEqual([]);
    const again = analyzeGrids([await port.readActiveSheet()]);
    await port.setHighlights(again.findings);
    expect(book.sheets[0].cfs.length).toBeGreaterThan(0);
    book.rename('Kế hoạch 2026', 'Plan B');
    await port.setHighlights(analyzeGrids([await port.readActiveSheet()]).findings); // replaces, never doubles
    expect(new Set(book.sheets[0].cfs.map((c) => c.address)).size).toBe(book.sheets[0].cfs.length);
  });

  test('a highlight the user deleted by hand, or a sheet deleted since: clearing skips them and never fails', async () => {
    const book = bookWith(corpusRows());
    book.addSheet('Other', [['Goal', 'Activity', 'Time'], ['1. A', 'B', 'soon']]);
    const port = portOver(book);
    const findings = analyzeGrids([await port.readActiveSheet(), await port.readSheet('Other')]).findings;
    await port.setHighlights(findings);
    book.sheets[0].cfs.shift();
    book.sheets = book.sheets.filter((s) => s.name !== 'Other');
    await expect(port.clearHighlights()).resolves.toBeUndefined();
    expect(book.sheets[0].cfs).toEqual([]);
  });

  test('a sheet added meanwhile with the name a schedule would take: all five schedules are added once, none twice, no sheet left half made', async () => {
    const book = bookWith(corpusRows());
    const port = portOver(book);
    const a = analyzeGrids([await port.readActiveSheet()]);
    const specs = a.plans.map((p) => scheduleSheetSpec(buildSchedule([p])));
    book.addSheet('Lịch (3)'); // added by the user after the read: the port's names are stale
    const names = await port.addSheets(specs);
    expect(names).toHaveLength(5);
    expect(new Set(names).size).toBe(5);
    expect(book.sheets.map((s) => s.name)).toEqual(['Plan', 'Lịch (3)', ...names]);
    expect(book.sheets.some((s) => s.name.startsWith('~am-'))).toBe(false);
    // A retry adds five more, not ten.
    await port.addSheets(specs);
    expect(book.sheets).toHaveLength(2 + 10);
  });

  test('a write that fails part way leaves no sheet of it behind and says so', async () => {
    const book = bookWith(corpusRows());
    const port = portOver(book);
    const a = analyzeGrids([await port.readActiveSheet()]);
    const specs = a.plans.map((p) => scheduleSheetSpec(buildSchedule([p])));
    // A spec Excel refuses in the middle of the batch (a merge over a bad range), in both tries.
    const bad = { ...specs[2], merges: [{ top: -5, left: 0, bottom: 0, right: 1 }] };
    await expect(port.addSheets([specs[0], specs[1], bad, specs[3]])).rejects.toThrow(/no sheet was added/);
    expect(book.sheets.map((s) => s.name)).toEqual(['Plan']);
  });

  test('when a sheet named "Schedule" exists, the new one is "Schedule (2)"', async () => {
    const book = bookWith(corpusRows());
    book.addSheet('Schedule');
    const port = portOver(book);
    const a = analyzeGrids([await port.readActiveSheet()]);
    const spec = { ...scheduleSheetSpec(buildSchedule(a.plans)), name: 'Schedule' };
    expect(await port.addSheet(spec)).toBe('Schedule (2)');
    expect(book.sheets.map((s) => s.name)).toEqual(['Plan', 'Schedule', 'Schedule (2)']);
  });

  test('text that looks like a formula is written as text', async () => {
    const book = bookWith([['Goal', 'Activity', 'Time', 'Owner'], ['1. A', '=HYPERLINK("http://example.com","x")', '2014', '@Ana']]);
    const port = portOver(book);
    const a = analyzeGrids([await port.readActiveSheet()]);
    const name = await port.addSheet(cleanSheetSpec(cleanPlans(a.plans, a.findings)));
    const cell = [...book.sheet(name).cells.values()].find((c) => String(c.value).startsWith('=HYPERLINK'))!;
    expect(cell.format).toBe('@');
  });

  test('a large sheet is read in blocks under the 5 MB payload limit, with progress', async () => {
    const rows = planRows(60_000).map((r) => r.map((c) => (c ? `${c} ${'x'.repeat(20)}` : c)));
    const book = bookWith(rows);
    const port = portOver(book);
    const progress: number[] = [];
    const grid = await port.readActiveSheet((done) => progress.push(done));
    expect(grid.cells).toHaveLength(60_002);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toBe(60_002);
    // One refused attempt at the whole, the first rows, then blocks of about 4 MB: the same cells as a small read gives.
    expect(grid.cells[1]).toEqual((await portOver(bookWith(rows.slice(0, 5))).readActiveSheet()).cells[1]);
    // The same sheet in a single block would exceed the limit:
    await expect(
      book.run(async (ctx: FakeContext) => {
        const r = ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 60_002, 6);
        r.load(['values', 'text', 'numberFormat']);
        await ctx.sync();
      }),
    ).rejects.toThrow(/5 MB/);
  });

  test('a large sheet read again by name (Generate schedule after Validate) goes straight to its blocks', async () => {
    const rows = planRows(10_000).map((r) => r.map((c) => (c ? `${c} ${'x'.repeat(160)}` : c)));
    const book = bookWith(rows);
    const port = portOver(book);
    const first = await port.readSheet('Plan');
    const firstSyncs = book.syncs;
    book.syncs = 0;
    book.responseBytes = 0;
    const again = await port.readSheet('Plan');
    // No refused attempt at the whole and no separate sample: only the blocks, each under the 5 MB response.
    expect(book.syncs).toBe(firstSyncs - 2);
    expect(book.syncs).toBeLessThanOrEqual(Math.ceil(1.25 * Math.ceil(book.responseBytes / (5 * 1024 * 1024))));
    expect(again.cells).toEqual(first.cells);
    // Its rows grew past what the first block can carry: the read starts over, and still reads every row.
    for (const c of book.sheet('Plan').cells.values()) if (typeof c.value === 'string') c.text = c.value = `${c.value} ${'w'.repeat(60)}`;
    const reread = await port.readSheet('Plan');
    expect(reread.cells).toHaveLength(10_002);
    expect(String(reread.cells[10_001][1].value)).toContain('www');
  });

  test('rows longer than the first ones do not break a read in blocks: a refused block is read again in halves', async () => {
    const rows = planRows(6_000).map((r, i) => (i < 300 ? r : r.map((c) => (c ? `${c} ${'y'.repeat(600)}` : c))));
    const book = bookWith(rows);
    const grid = await portOver(book).readActiveSheet();
    expect(grid.cells).toHaveLength(6_002);
    expect(String(grid.cells[6_001][1].value)).toContain('yyyy');
    expect(grid.cells.map((r) => String(r[1]?.value ?? ''))).toEqual(rows.map((r) => String(r[1] ?? '')));
  });

  test('settings (rules and column roles) are kept in the workbook', async () => {
    const book = bookWith([['a']]);
    const port = portOver(book);
    const tables = [{ sheet: 'Plan', headerRow: 3, columns: { D: 'time' as const } }];
    await port.saveSettings({ config: { rules: { 'missing-method': 'off' }, tables }, generated: ['Schedule'] });
    expect(await portOver(book).loadSettings()).toEqual({ config: { rules: { 'missing-method': 'off' }, tables }, generated: ['Schedule'] });
  });

  test("a sheet is read by name whichever is active, and watched for the user's edits until the watch stops", async () => {
    const book = bookWith(corpusRows());
    book.addSheet('Other', [['x']]);
    book.active = 1;
    const port = portOver(book);
    expect((await port.readSheet('Plan')).sheet).toBe('Plan');
    await expect(port.readSheet('Gone')).rejects.toThrow();
    let changes = 0;
    const stop = await port.watchSheet('Plan', () => changes++);
    await book.edit('Plan', 'E30', 'Ana');
    await book.edit('Other', 'A1', 'y');
    expect(changes).toBe(1);
    await stop();
    await book.edit('Plan', 'E30', 'Ola');
    expect(changes).toBe(1);
    expect(book.handlers).toEqual([]);
  });

  test('selecting a finding cell activates its sheet and selects the cell', async () => {
    const book = bookWith(corpusRows());
    book.addSheet('Other');
    book.active = 1;
    await portOver(book).selectCell('Plan', 'E30');
    expect(book.selected).toEqual({ sheet: 'Plan', address: 'E30' });
    expect(book.active).toBe(0);
  });
});

describe('period grids marked by fills only, in Excel', () => {
  test('the fills of the period columns are read in one more sync, and only then', async () => {
    const { analyzeSheet } = await import('../../src/core/analyze-sheet');
    const book = bookWith([['Plan 2022'], ['Activity', 'Owner', 'Q1', 'Q2', 'Q3', 'Q4'], ['A', 'X', null, null, null, null], ['B', 'Y', null, null, null, null]]);
    book.sheets[0].cells.set('2,3', { value: null, fill: '#FFC000' }); // A: Q2 shaded
    book.sheets[0].cells.set('3,4', { value: null, fill: '#FFC000' }); // B: Q3 shaded
    book.sheets[0].cells.set('3,5', { value: null, fill: '#FFC000' }); // B: Q4 shaded
    await portOver(book).readActiveSheet();
    const readOnly = book.syncs;
    book.syncs = 0;
    const { analysis } = await analyzeSheet(portOver(book));
    expect(analysis.plans[0].rows.map((r) => r.timeResult.spans)).toEqual([[{ start: '2022-04', end: '2022-06' }], [{ start: '2022-07', end: '2022-12' }]]);
    expect(book.syncs).toBe(readOnly + 1);
    // A plan without period columns needs no fills: no sync more than the read.
    const plain = bookWith(corpusRows());
    await portOver(plain).readActiveSheet();
    const plainRead = plain.syncs;
    plain.syncs = 0;
    await analyzeSheet(portOver(plain));
    expect(plain.syncs).toBe(plainRead);
  });
});
