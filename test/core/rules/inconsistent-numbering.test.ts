import { cellsOf, HEADER } from './check';

describe('inconsistent-numbering', () => {
  test('activity 1.2 under goal 2', () => {
    expect(cellsOf('inconsistent-numbering', [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o'], ['2. B', '1.2 Visit', 'm', '2014', 'Ola', 'o']])).toEqual(['B3']);
  });
  test('not 2.1 under goal 2', () => {
    expect(cellsOf('inconsistent-numbering', [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o'], ['2. B', '2.1 Visit', 'm', '2014', 'Ola', 'o']])).toEqual([]);
  });
});
