import { cellsOf, HEADER } from './check';

describe('missing-activity', () => {
  test('a row with a method, time and owner but no activity', () => {
    expect(cellsOf('missing-activity', [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o'], ['1. A', '', 'calls', '2014', 'Ola', 'o']])).toEqual(['B3']);
  });
  test('not when every row names its activity', () => {
    expect(cellsOf('missing-activity', [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o'], ['1. A', '1.2 Visit', 'm', '2015', 'Ola', 'o']])).toEqual([]);
  });
});
