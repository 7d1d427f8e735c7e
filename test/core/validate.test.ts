import { analyzeGrids } from '../../src/core/analyze';
import { gridFromRows } from '../../src/core/model/grid';
import { findingMessage } from '../../src/core/i18n/messages';
import type { Finding } from '../../src/core/check';
import { corpusGrid } from '../helpers/corpus';

const MAIN = ['missing-owner', 'missing-outcome', 'missing-activity', 'missing-method', 'missing-time'];

describe('validation of the corpus: exactly the ground truth', () => {
  const { plans, findings } = analyzeGrids([corpusGrid()]);
  const of = (table: number, rule: string) => findings.filter((f) => f.table === table && f.rule === rule).map((f) => f.row - plans[table].headerRow);

  test('Hà Nội and Thái Bình: no owner or outcome missing, and no other missing cell', () => {
    for (const t of [0, 3]) for (const rule of MAIN) expect(of(t, rule)).toEqual([]);
  });
  test('Ninh Bình: all 7 rows lack an expected outcome', () => {
    expect(of(1, 'missing-outcome')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(of(1, 'missing-owner')).toEqual([]);
  });
  test('Hải Dương: row 7 lacks an owner', () => {
    expect(of(2, 'missing-owner')).toEqual([7]);
    expect(of(2, 'missing-outcome')).toEqual([]);
    const f = findings.find((x) => x.table === 2 && x.rule === 'missing-owner')!;
    expect(f.cell).toBe('E30');
    expect(f.severity).toBe('error');
  });
  test('Bắc Miền Trung: all 8 rows lack an outcome; row 7 lacks an activity and a method; row 8 a method', () => {
    expect(of(4, 'missing-outcome')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(of(4, 'missing-activity')).toEqual([7]);
    expect(of(4, 'missing-method')).toEqual([7, 8]);
    expect(of(4, 'missing-owner')).toEqual([]);
  });
  test('no time is missing or unreadable anywhere in the corpus', () => {
    expect(findings.filter((f) => f.rule === 'missing-time' || f.rule === 'unparseable-time')).toEqual([]);
  });
  test('vague-owner fires on "Tất cả" and "Mọi người"', () => {
    const vague = findings.filter((f) => f.rule === 'vague-owner');
    expect(vague.map((f) => f.args.owner)).toEqual(['Tất cả', 'Mọi người', 'Tất cả']);
    expect(vague.every((f) => f.table === 4)).toBe(true);
  });
  test('the doubled slash in Hải Dương is a typo warning', () => {
    expect(findings.filter((f) => f.rule === 'time-typo').map((f) => f.cell)).toEqual(['D30']);
  });
});

function check(rows: string[][], config = {}) {
  return analyzeGrids([gridFromRows('S', rows)], { rules: {}, ...config }).findings;
}
const rules = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.cell}`);

describe('rules', () => {
  const header = ['Goal', 'Activity', 'Method', 'Time', 'Owner', 'Outcome'];
  test('time-outside-plan: a span outside the window of the title', () => {
    const f = check([['Plan 2012–2014'], header, ['1. A', '1.1 x', 'm', 'Q2 2015', 'Ana', 'o'], ['1. A', '1.2 y', 'm', 'Q2 2013', 'Ana', 'o2']]);
    expect(rules(f.filter((x) => x.rule === 'time-outside-plan'))).toEqual(['time-outside-plan@D3']);
  });
  test('time-order: an end before its start', () => {
    const f = check([header, ['1. A', '1.1 x', 'm', 'grudzień 2015 – luty 2014', 'Ana', 'o']]);
    expect(rules(f.filter((x) => x.rule === 'time-order'))).toEqual(['time-order@D2']);
    expect(f.find((x) => x.rule === 'time-order')!.severity).toBe('error');
  });
  test('a table without an owner column gets one missing-column finding, not one per row', () => {
    const f = check([['Goal', 'Activity', 'Time'], ['1. A', 'x', '2014'], ['1. A', 'y', '2015']]);
    expect(f.filter((x) => x.rule === 'missing-owner')).toEqual([]);
    expect(f.filter((x) => x.rule === 'missing-column').map((x) => x.args.role).sort()).toEqual(['method', 'outcome', 'owner']);
  });
  test('unparseable-time, duplicate-activity, inconsistent-numbering, empty-row, header problems', () => {
    const f = check([
      [...header, 'Shoe size', 'Owner'],
      ['1. A', '1.1 Survey', 'm', 'ongoing', 'Ana', 'o', '10', 'Ola'],
      ['', '', '', '', '', '', '', ''],
      ['2. B', '1.2 Survey', 'm', '2014', 'Ana', 'o', '5', 'Ola'],
    ]);
    expect(rules(f)).toEqual(expect.arrayContaining(['unparseable-time@D2', 'empty-row@A3', 'duplicate-activity@B4', 'inconsistent-numbering@B4', 'unknown-column@G1', 'duplicate-role@H1']));
    expect(f.find((x) => x.rule === 'unparseable-time')!.severity).toBe('warning');
  });
  test('the configuration turns rules off and changes severities', () => {
    const rows = [header, ['1. A', '1.1 x', '', '2014', '', 'o']];
    expect(rules(check(rows, { rules: { 'missing-owner': 'off' } }))).not.toContain('missing-owner@E2');
    expect(check(rows, { rules: { 'missing-method': 'error' } }).find((x) => x.rule === 'missing-method')!.severity).toBe('error');
  });
});

describe('messages in English, Polish and Vietnamese', () => {
  const f = { rule: 'missing-owner' as const, args: { role: 'owner' } };
  test('each language has its own words', () => {
    expect(findingMessage(f, 'en')).toMatch(/No owner/);
    expect(findingMessage(f, 'pl')).toMatch(/Brak osoby odpowiedzialnej/);
    expect(findingMessage(f, 'vi')).toMatch(/Chưa có người thực hiện/);
  });
  test('arguments and role names are filled in', () => {
    expect(findingMessage({ rule: 'missing-column', args: { role: 'outcome' } }, 'pl')).toBe('W tabeli brak kolumny: oczekiwany rezultat.');
    expect(findingMessage({ rule: 'vague-owner', args: { owner: 'Tất cả' } }, 'vi')).toContain('"Tất cả"');
  });
});
