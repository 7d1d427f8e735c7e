/** Plans born in Word: .docx files with lists and with tables, read as the CLI and the pane read them. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/run';
import { analyzeGrids } from '../../src/core/analyze';
import { parseCsv } from '../../src/core/io/csv';
import type { Finding } from '../../src/core/check';
import type { Plan } from '../../src/core/model/plan';
import { readGrids } from '../../src/node/read-file';
import { CORPUS_CSV, corpusGrid, FIXTURES } from '../helpers/corpus';
import { listBlocks, writeDocx } from '../helpers/docx';
import type { DocxBlock } from '../helpers/docx';
import { captureIo } from '../helpers/io';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-docx-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const SEED = fs.readFileSync(path.join(FIXTURES, 'seed-002-plock-model.txt'), 'utf8');

/** Findings as what a user reads: the rule and the activity, without the address (which differs by source). */
function bySubject(plans: Plan[], findings: Finding[]): string[] {
  const activity = (f: Finding) => plans.find((p) => p.index === f.table)?.rows.find((r) => r.row === f.row)?.activity ?? '';
  return findings.map((f) => `${f.rule} ${activity(f).slice(0, 40)}`).sort();
}

describe('a plan written as Word lists', () => {
  const file = path.join(tmp, 'plock.docx');
  beforeAll(async () => fs.writeFileSync(file, await writeDocx(listBlocks(SEED))));

  test('the numbers Word keeps in its lists are read, and the plan is the same as the typed text', async () => {
    const grids = await readGrids(file);
    expect(grids.map((g) => g.sheet)).toEqual(['Text']);
    const fromDocx = analyzeGrids(grids);
    const fromText = analyzeGrids([{ sheet: 'Text', top: 0, left: 0, cells: SEED.split(/\r?\n/).map((l) => [{ value: l, text: l, format: 'General' }]), merges: [] }]);
    const [p] = fromDocx.plans;
    expect([...new Set(p.rows.map((r) => r.goalId))]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const forum = p.rows.find((r) => r.goalId === '2' && r.activity.startsWith('Prowadzenie internetowego forum'))!;
    expect([forum.owners, forum.timeResult.spans]).toEqual([['GMP'], [{ start: '2014-03', end: '2014-08' }]]);
    const rows = (x: typeof fromDocx) => x.plans[0].rows.map((r) => [r.goalId, r.activity, r.owners.join(), r.timeResult.spans.map((s) => s.start + s.end).join()].join('|'));
    expect(rows(fromDocx)).toEqual(rows(fromText));
  });

  test('an outline numbered by Word ("1." and "1." nested under it) gives goals and their activities', async () => {
    const outline = path.join(tmp, 'outline.docx');
    fs.writeFileSync(outline, await writeDocx([
      { p: 'Kế hoạch hoạt động năm 2024' },
      { p: 'Xây dựng mạng lưới tình nguyện viên', outline: 0 },
      { p: 'Tuyển tình nguyện viên ở các phường', outline: 1 },
      { p: 'Thời gian: tháng 3/2024', list: 'bullet' },
      { p: 'Người thực hiện: Ban điều phối', list: 'bullet' },
      { p: 'Tập huấn sơ cứu', outline: 1 },
      { p: 'Thời gian: Quý II/2024', list: 'bullet' },
      { p: 'Truyền thông', outline: 0 },
      { p: 'Làm bản tin cho hội viên', outline: 1 },
      { p: 'Người thực hiện: Nhóm truyền thông', list: 'bullet' },
    ]));
    const [p] = analyzeGrids(await readGrids(outline)).plans;
    expect(p.rows.map((r) => [r.goalId, r.activityId, r.activity, r.owners.join(', '), r.timeResult.spans.map((s) => `${s.start}..${s.end}`).join()])).toEqual([
      ['1', '1.1', 'Tuyển tình nguyện viên ở các phường', 'Ban điều phối', '2024-03..2024-03'],
      ['1', '1.2', 'Tập huấn sơ cứu', '', '2024-04..2024-06'],
      ['2', '2.1', 'Làm bản tin cho hội viên', 'Nhóm truyền thông', ''],
    ]);
    expect(p.rows[0].goal).toBe('1. Xây dựng mạng lưới tình nguyện viên');
  });

  test('convert writes the plan table; checking it gives the findings of the list', async () => {
    const out = path.join(tmp, 'plock-table.xlsx');
    const io = captureIo();
    expect(await run(['convert', file, '-o', out], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/97 activities in sheet Tabela planu/);
    const list = analyzeGrids(await readGrids(file));
    const table = analyzeGrids(await readGrids(out));
    expect(table.plans).toHaveLength(1);
    expect(table.plans[0].fromList).toBeUndefined();
    expect(table.plans[0].columns.map((c) => c.role)).toEqual(['goal', 'activity', 'method', 'time', 'owner', 'outcome', 'extra', 'extra']);
    expect(bySubject(table.plans, table.findings)).toEqual(bySubject(list.plans, list.findings));
  });
});

/** The corpus's five plans as a Word document: each title a paragraph, each plan a table, goal cells merged down. */
function corpusBlocks(): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  let table: { text: string; vMerge?: 'restart' | 'continue' }[][] | undefined;
  for (const row of parseCsv(fs.readFileSync(CORPUS_CSV, 'utf8'))) {
    if (row.filter(Boolean).length === 1 && /^KẾ HOẠCH/.test(row[0])) {
      blocks.push({ p: row[0] });
      blocks.push({ table: (table = []) });
      continue;
    }
    if (!table || row.every((c) => !c)) continue;
    table.push(row.map((text) => ({ text })));
  }
  return blocks;
}

describe('plans in Word tables', () => {
  const file = path.join(tmp, 'network.docx');
  beforeAll(async () => fs.writeFileSync(file, await writeDocx(corpusBlocks())));

  test('the five Vietnamese plans give the findings of the CSV (the corpus ground truth)', async () => {
    const grids = await readGrids(file);
    expect(grids.map((g) => g.sheet)).toEqual(['Table 1', 'Table 2', 'Table 3', 'Table 4', 'Table 5']);
    const docx = analyzeGrids(grids);
    const csv = analyzeGrids([corpusGrid()]);
    expect(docx.plans.map((p) => p.title)).toEqual(csv.plans.map((p) => p.title));
    expect(bySubject(docx.plans, docx.findings)).toEqual(bySubject(csv.plans, csv.findings));
  });

  test('merged cells and line breaks inside cells are kept', async () => {
    const f = path.join(tmp, 'merged.docx');
    fs.writeFileSync(f, await writeDocx([{ p: 'Plan 2024' }, { table: [
      [{ text: 'Goal' }, { text: 'Activity' }, { text: 'Time' }, { text: 'Owner' }],
      [{ text: '1. Members', vMerge: 'restart' }, { text: '1.1 Count them\n1.2 Call them' }, { text: 'Q1 2024\nQ2 2024' }, { text: 'Ana' }],
      [{ text: '', vMerge: 'continue' }, { text: '1.3 Meet them' }, { text: 'Q3 2024' }, { text: 'Ola' }],
    ] }]));
    const [g] = await readGrids(f);
    expect(g.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 2, left: 0, bottom: 3, right: 0 }]));
    const [p] = analyzeGrids([g]).plans;
    expect(p.title).toBe('Plan 2024');
    expect(p.rows.map((r) => r.goal)).toEqual(['1. Members', '1. Members']);
    expect(p.rows[0].activityItems.map((i) => i.id)).toEqual(['1.1', '1.2']);
  });

  test('the heading over a note in brackets is the title; the note is kept as text', async () => {
    const f = path.join(tmp, 'annex.docx');
    fs.writeFileSync(f, await writeDocx([{ p: 'KẾ HOẠCH NĂM 2025' }, { p: '(Kèm theo Quyết định số 12/QĐ-HLHPN)' }, { table: [
      [{ text: 'Hoạt động' }, { text: 'Thời gian' }, { text: 'Người phụ trách' }],
      [{ text: 'Tập huấn' }, { text: 'Quý I/2025' }, { text: 'Ban điều hành' }],
    ] }]));
    const grids = await readGrids(f);
    expect(analyzeGrids(grids).plans.map((p) => p.title)).toEqual(['KẾ HOẠCH NĂM 2025']);
    expect(grids.find((g) => g.sheet === 'Text')?.cells.map((r) => r[0].text)).toEqual(['(Kèm theo Quyết định số 12/QĐ-HLHPN)']);
  });
});

describe('documents that hold no plan', () => {
  test('neither a table nor a list: parse says so plainly, exit 0', async () => {
    const f = path.join(tmp, 'letter.docx');
    fs.writeFileSync(f, await writeDocx([{ p: 'Dear members,' }, { p: 'we met on Monday and agreed to write a plan.' }]));
    const io = captureIo();
    expect(await run(['parse', f], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/no plan table found/);
  });
  test('a broken .docx exits 2 with a clear message', async () => {
    const f = path.join(tmp, 'broken.docx');
    fs.writeFileSync(f, Buffer.from('PK\u0003\u0004 not a document at all'));
    const io = captureIo();
    expect(await run(['parse', f], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/broken\.docx: not a valid \.docx document/);
    expect(io.stderr.join('\n')).not.toMatch(/\n\s+at /);
  });
  test('convert on a table plan says there is nothing to convert, exit 2, nothing written', async () => {
    const out = path.join(tmp, 'none.xlsx');
    const io = captureIo();
    expect(await run(['convert', CORPUS_CSV, '-o', out], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/nothing to convert/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
