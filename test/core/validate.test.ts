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

describe('the configuration (each rule has its own test file in test/core/rules)', () => {
  const header = ['Goal', 'Activity', 'Method', 'Time', 'Owner', 'Outcome'];
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
    expect(findingMessage({ rule: 'vague-owner', args: { owner: 'Tất cả' } }, 'vi')).toContain('“Tất cả”');
  });
});

describe('a finding names its activity', () => {
  const { plans, findings } = analyzeGrids([corpusGrid()]);
  const { findingActivity } = require('../../src/core/i18n/explain') as typeof import('../../src/core/i18n/explain');
  test('by its number and the start of its first line, without its bullet', () => {
    const owner = findings.find((f) => f.rule === 'missing-owner')!;
    expect(findingActivity(owner, plans)).toMatch(/^Hội thảo…$|^[^-\s]/);
  });
  test('a row with no activity by its goal, without the goal number twice', () => {
    const f = findings.find((x) => x.rule === 'missing-activity')!;
    expect(findingActivity(f, plans)).toMatch(/^7 Kế ho/);
  });
  test('a finding about the table itself names no activity', () => {
    expect(findingActivity({ table: 0, row: 2, rule: 'missing-column' }, plans)).toBeUndefined();
  });
});
