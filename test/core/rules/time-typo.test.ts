import { cellsOf, findingOf, HEADER } from './check';

describe('time-typo', () => {
  test('a doubled slash and a misspelt month name', () => {
    const rows = [HEADER, ['1. A', '1.1 x', 'm', '03//2014', 'Ana', 'o'], ['1. A', '1.2 y', 'm', 'Septembr 2014', 'Ana', 'o'], ['1. A', '1.3 z', 'm', 'May 2014', 'Ana', 'o']];
    expect(cellsOf('time-typo', rows)).toEqual(['D2', 'D3']);
    expect(findingOf('time-typo', rows).args.code).toBe('doubled-slash');
  });
});
