import * as fs from 'fs';
import * as path from 'path';
import { gridFromCsv } from '../../src/core/io/csv';
import type { Grid } from '../../src/core/model/grid';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const CORPUS_CSV = path.join(FIXTURES, 'vn-network-plans.csv');

export function corpusGrid(sheet = 'Plans'): Grid {
  return gridFromCsv(sheet, fs.readFileSync(CORPUS_CSV, 'utf8'));
}

export interface TimeRow {
  lang: string;
  expression: string;
  year: number;
  expected: string;
  note: string;
}

export function timeRows(): TimeRow[] {
  return fs
    .readFileSync(path.join(FIXTURES, 'time-expressions.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [lang, expression, year, expected, note] = l.split('\t');
      return { lang, expression: expression.replace(/\\n/g, '\n'), year: parseInt(year, 10), expected, note: note ?? '' };
    });
}
