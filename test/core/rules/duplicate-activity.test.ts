import { cellsOf, HEADER } from './check';

describe('duplicate-activity', () => {
  test('the same activity twice in one plan: the second is reported', () => {
    expect(cellsOf('duplicate-activity', [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o'], ['2. B', '2.1 Survey', 'm', '2014', 'Ola', 'o']])).toEqual(['B3']);
  });
  test('not two different activities', () => {
    expect(cellsOf('duplicate-activity', [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o'], ['1. A', '1.2 Visit', 'm', '2014', 'Ola', 'o']])).toEqual([]);
  });
});
