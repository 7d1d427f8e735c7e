import { cellsOf, HEADER } from './check';

describe('empty-row', () => {
  test('an empty row between two activities', () => {
    expect(cellsOf('empty-row', [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o'], ['', '', '', '', '', ''], ['1. A', '1.2 Visit', 'm', '2014', 'Ola', 'o']])).toEqual(['A3']);
  });
  test('not the rows after the table ends', () => {
    expect(cellsOf('empty-row', [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o'], ['1. A', '1.2 Visit', 'm', '2014', 'Ola', 'o'], ['', '', '', '', '', '']])).toEqual([]);
  });
});
