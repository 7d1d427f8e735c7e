import { cellsOf, HEADER } from './check';

describe('split-misaligned', () => {
  test('three activities in a cell beside two owners: the owners cannot be split with them', () => {
    expect(cellsOf('split-misaligned', [HEADER, ['1. A', '1.1 Survey\n1.2 Visit\n1.3 Report', 'm', '2014', 'Ana\nOla', 'o']]).length).toBeGreaterThan(0);
  });
  test('not when the lines match one for one', () => {
    expect(cellsOf('split-misaligned', [HEADER, ['1. A', '1.1 Survey\n1.2 Visit', 'm', '2014', 'Ana\nOla', 'o1\no2']])).toEqual([]);
  });
});
