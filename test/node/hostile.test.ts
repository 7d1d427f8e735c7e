/**
 * Hostile workbooks (issue 16): each ends with a result or a clear message and exit 2, never an abort. The sizes
 * here are small; the bench's attack run (docs/reliability.md) repeats them at full size with peak memory.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/run';
import { LimitError, readXlsx } from '../../src/xlsx/read-xlsx';
import { zlibParts } from '../../src/node/zlib-parts';
import { captureIo } from '../helpers/io';
import { lieAboutSizes, PLAN_ROWS, rawXlsx, rowsXml } from '../helpers/raw-xlsx';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-hostile-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, buf: Buffer) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, buf);
  return f;
};

describe("Excel's own limits, before anything is kept", () => {
  test('a cell at row 99,999,999 is refused with exit 2 and names the limit', async () => {
    const f = write('far-row.xlsx', await rawXlsx(rowsXml(PLAN_ROWS) + '<row r="99999999"><c r="A99999999" t="inlineStr"><is><t>x</t></is></c></row>'));
    const io = captureIo();
    expect(await run(['check', f], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/row 99999999 beyond Excel's last row, 1,048,576/);
  });

  test('a cell beyond column XFD is refused', async () => {
    const f = write('far-col.xlsx', await rawXlsx(rowsXml(PLAN_ROWS) + '<row r="9"><c r="XFE9" t="inlineStr"><is><t>x</t></is></c></row>'));
    const io = captureIo();
    expect(await run(['parse', f], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/beyond Excel's last column/);
  });

  test("a merge of the whole sheet (A1:XFD1048576) costs by the cells that exist: the plan is read", async () => {
    const f = write('huge-merge.xlsx', await rawXlsx(rowsXml(PLAN_ROWS), '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    const [grid] = await readXlsx(fs.readFileSync(f), f);
    expect(grid.cells.length).toBe(3);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1048575, right: 16383 }]);
    expect(await run(['parse', f], captureIo())).toBe(0);
  });

  test("a stray cell in Excel's last row and column: the plan is still read, and the far cell costs its own row only", async () => {
    const f = write('far-cell.xlsx', await rawXlsx(rowsXml(PLAN_ROWS) + '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>stray</t></is></c></row>'));
    const [grid] = await readXlsx(fs.readFileSync(f), f);
    expect(grid.cells.length).toBe(1048576);
    expect(grid.cells[500000]).toBe(grid.cells[600000]); // the rows between share one empty row
    const io = captureIo();
    expect(await run(['parse', f, '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout.join("\n")).tables[0].rows.filter((r: { activity: string }) => r.activity).length).toBe(2);
  });
});

describe('the budget counts what is actually unpacked', () => {
  const big = () => rawXlsx(rowsXml(PLAN_ROWS) + rowsXml(Array.from({ length: 3000 }, (_, i) => ['', `Activity number ${i} `.repeat(20), 'May 2025', 'Team', 'Done']), 4));

  test('a zip whose declared sizes lie is stopped at the byte budget, not inflated whole', async () => {
    const honest = await big();
    const liar = lieAboutSizes(honest);
    await expect(readXlsx(liar, 'liar.xlsx', { limits: { bytes: 200_000, cells: 1e9, slots: 1e9, chars: 1e9 } })).rejects.toThrow(LimitError);
    await expect(readXlsx(liar, 'liar.xlsx', { limits: { bytes: 200_000, cells: 1e9, slots: 1e9, chars: 1e9 } })).rejects.toThrow(/liar\.xlsx: it unpacks to more than/);
    // Within the budget the same file reads (the lie is only in the directory).
    expect((await readXlsx(honest, 'honest.xlsx'))[0].cells.length).toBe(3003);
  });

  test('more filled cells than the budget: a plain message, exit 2 in the CLI', async () => {
    await expect(readXlsx(await big(), 'many.xlsx', { limits: { bytes: 1e12, cells: 5000, slots: 1e12, chars: 1e12 } })).rejects.toThrow(/many\.xlsx: it holds more than 5,000 filled cells/);
  });

  test('a file that lies about its sizes through the CLI ends with exit 2 or a result, never exit 3', async () => {
    const f = write('liar.xlsx', lieAboutSizes(await big()));
    const io = captureIo();
    const code = await run(['check', f, '--json'], io);
    expect(code === 2 ? io.stderr.join('\n') : 'read').toMatch(/not a valid \.xlsx workbook|read/);
    expect(code).not.toBe(3);
  });
});

describe("the CLI's own unzip keeps the same budget", () => {
  test('a zip that lies about its sizes is stopped at the byte budget by Node’s zlib too', async () => {
    const liar = lieAboutSizes(await rawXlsx(rowsXml(PLAN_ROWS) + rowsXml(Array.from({ length: 3000 }, (_, i) => ['', `Activity number ${i} `.repeat(20), 'May 2025', 'Team', 'Done']), 4)));
    await expect(readXlsx(liar, 'liar.xlsx', { unzip: zlibParts, limits: { bytes: 200_000, cells: 1e9, slots: 1e9, chars: 1e9 } })).rejects.toThrow(/liar\.xlsx: it unpacks to more than/);
  });
});
