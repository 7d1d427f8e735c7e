import { cellsOf, HEADER } from './check';

describe('vague-owner', () => {
  test('owners that name nobody, in English, Polish and Vietnamese', () => {
    const rows = [HEADER, ['1. A', '1.1 x', 'm', '2014', 'everyone', 'o'], ['1. A', '1.2 y', 'm', '2014', 'Wszyscy', 'o'], ['1. A', '1.3 z', 'm', '2014', 'Tất cả', 'o'], ['1. A', '1.4 w', 'm', '2014', 'Ana', 'o']];
    expect(cellsOf('vague-owner', rows)).toEqual(['E2', 'E3', 'E4']);
  });
  test('not a named person or group', () => {
    expect(cellsOf('vague-owner', [HEADER, ['1. A', '1.1 x', 'm', '2014', 'Board of Directors', 'o']])).toEqual([]);
  });
});
