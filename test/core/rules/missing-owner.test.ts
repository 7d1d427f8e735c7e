import { cellsOf, findingOf, HEADER } from './check';

describe('missing-owner', () => {
  const rows = [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o'], ['1. A', '1.2 Visit', 'm', '2014', '', 'o']];
  test('an activity with an empty owner cell, as an error with a fill suggestion', () => {
    expect(cellsOf('missing-owner', rows)).toEqual(['E3']);
    expect(findingOf('missing-owner', rows).severity).toBe('error');
    expect(findingOf('missing-owner', rows).fix?.kind).toBe('fill-cell');
  });
  test('not for a table without an owner column: that is one missing-column finding', () => {
    expect(cellsOf('missing-owner', [['Goal', 'Activity', 'Time'], ['1. A', 'x', '2014'], ['1. A', 'y', '2015']])).toEqual([]);
  });
  test('turned off by the configuration', () => {
    expect(cellsOf('missing-owner', rows, { rules: { 'missing-owner': 'off' } })).toEqual([]);
  });
});
